import type { IncidentRule, IncidentSeverity } from './incident.constants.js';

const MINUTE_MS = 60_000;

/** A pattern: this many occurrences for one subject within the window. */
export interface Threshold {
  count: number;
  windowMs: number;
}

interface RuleSettings {
  severity: IncidentSeverity;
  threshold?: Threshold;
  lockMs?: number;
  records?: number;
}

/**
 * The suspicious-activity rules' thresholds, severities and responses. A rule fires once per
 * window per subject; while its incident is unresolved, further firings add evidence to it.
 */
export const RULES = {
  /** Wrong passwords for one account: someone guessing it. The account is locked a while. */
  failed_sign_ins_account: {
    severity: 'medium',
    threshold: { count: 5, windowMs: 15 * MINUTE_MS },
    lockMs: 15 * MINUTE_MS,
  },
  /** Failures from one address across accounts: password spraying or credential stuffing. */
  failed_sign_ins_address: {
    severity: 'high',
    threshold: { count: 20, windowMs: 15 * MINUTE_MS },
  },
  /** An admin signing in from an address never seen for them. */
  admin_new_address: { severity: 'medium' },
  /** One principal presenting its credential to other clinics. */
  cross_tenant_attempts: {
    severity: 'high',
    threshold: { count: 3, windowMs: 60 * MINUTE_MS },
    lockMs: 60 * MINUTE_MS,
  },
  /** Many exports by one principal, or many records exported. */
  mass_export: {
    severity: 'high',
    threshold: { count: 5, windowMs: 60 * MINUTE_MS },
    records: 5_000,
  },
  /** One API key used from many addresses at once: it has leaked. The key is disabled. */
  api_key_many_addresses: {
    severity: 'high',
    threshold: { count: 5, windowMs: 10 * MINUTE_MS },
  },
  /** The daily (or an on-demand) verification found a chain broken. */
  audit_chain_broken: { severity: 'critical' },
} as const satisfies Record<IncidentRule, RuleSettings>;

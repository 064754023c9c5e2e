import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { TtlCache } from '../../common/ttl-cache.js';
import type { ApiKeyUse } from '../clinic-auth/principal-resolver.js';
import type { SecurityLogService, SecurityOccurrence } from '../security/security-log.service.js';
import type { IncidentReport, IncidentService } from './incident.service.js';
import { accountTarget, type AccountRef, type IncidentResponder } from './incident-responder.js';
import { RULES, type Threshold } from './suspicious-activity.rules.js';

interface WindowCount {
  count: number;
  evidence: string[];
  /** Sum of the weights given (records exported). */
  total: number;
}

const NEW_ADDRESS_MEMORY_MS = 60_000;

/** The rate limiter's kinds whose refusals are sign-in guesses (rate-limits module). */
const SIGN_IN_KINDS: ReadonlySet<string> = new Set(['admin_sign_in', 'clinic_sign_in']);

/**
 * The suspicious-activity rules, over every occurrence the security log records (and the API key
 * uses the principal resolver reports). Counts live in Redis sliding windows, so every API
 * instance sees the same pattern; a rule that crosses its threshold raises an incident with the
 * entries as evidence, once per window, and takes its automatic response.
 */
export class SuspiciousActivityDetector {
  /** Key and address pairs seen lately by this instance: most calls need no Redis write. */
  private readonly recentKeyAddresses = new TtlCache<string, true>(50_000, NEW_ADDRESS_MEMORY_MS);

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly security: SecurityLogService,
    private readonly incidents: IncidentService,
    private readonly responder: IncidentResponder,
    private readonly log: Logger,
  ) {}

  async observe(occurrence: SecurityOccurrence): Promise<void> {
    switch (occurrence.event) {
      case 'admin_sign_in_failed':
      case 'clinic_sign_in_failed':
        return this.failedSignIn(occurrence);
      case 'rate_limited':
        // A guess the rate limiter refused is still a guess from that address.
        if (SIGN_IN_KINDS.has(String(occurrence.details.kind))) {
          return this.failedSignInFromAddress(occurrence);
        }
        return;
      case 'admin_signed_in':
        return this.adminSignedIn(occurrence);
      case 'cross_tenant_attempt':
        return this.crossTenantAttempt(occurrence);
      case 'personal_data_exported':
      case 'tenant_data_exported':
        return this.exported(occurrence);
      case 'api_key_new_address':
        return this.apiKeyNewAddress(occurrence);
      case 'audit_chain_broken':
        return this.chainBroken(occurrence);
      default:
        return;
    }
  }

  /**
   * An API key authenticated a request. The first use from an address in a while is written to
   * the audit trail (`api_key_new_address`), which is what the many-addresses rule counts.
   */
  async noteApiKeyUse(use: ApiKeyUse): Promise<void> {
    if (!use.ipAddress) return;
    const pair = `${use.keyId}|${use.ipAddress}`;
    if (this.recentKeyAddresses.get(pair)) return;
    this.recentKeyAddresses.set(pair, true);
    const key = `${this.keyPrefix}sec:key-addresses:${use.keyId}`;
    const windowMs = RULES.api_key_many_addresses.threshold.windowMs;
    const now = use.at.getTime();
    const replies = await this.redis
      .multi()
      .zremrangebyscore(key, '-inf', now - windowMs)
      .zadd(key, now, use.ipAddress)
      .pexpire(key, windowMs)
      .exec();
    if (Number(replies?.[1]?.[1] ?? 0) !== 1) return;
    await this.security.record({
      tenant_id: use.tenantId,
      event: 'api_key_new_address',
      actor: { id: `api_key:${use.keyId}`, label: null },
      details: { key_id: use.keyId, address: use.ipAddress },
    });
  }

  private async failedSignIn(occurrence: SecurityOccurrence): Promise<void> {
    const account = accountOf(occurrence);
    const accountSubject = account
      ? accountTarget(account)
      : `email:${String(occurrence.details.email_hash ?? 'unknown')}`;
    const byAccount = RULES.failed_sign_ins_account;
    const counted = await this.count(
      'failed_sign_ins_account',
      accountSubject,
      occurrence,
      byAccount.threshold,
    );
    if (counted) {
      await this.fire(
        {
          rule: 'failed_sign_ins_account',
          severity: byAccount.severity,
          title: 'Repeated failed sign-ins for one account',
          summary: `${counted.count} failed sign-ins for ${accountSubject} within ${minutes(byAccount.threshold)} minutes`,
          tenant_id: occurrence.tenant_id,
          subject: accountSubject,
          evidence: counted.evidence,
        },
        async (incidentId) => {
          if (!account) return;
          const until = new Date(occurrence.timestamp.getTime() + byAccount.lockMs);
          const outcome = await this.responder.lockAccount(
            account,
            until,
            `incident ${incidentId}`,
          );
          await this.incidents.addResponse(incidentId, {
            action: 'lock_account',
            target: accountTarget(account),
            outcome,
            until,
          });
        },
      );
    }
    await this.failedSignInFromAddress(occurrence);
  }

  private async failedSignInFromAddress(occurrence: SecurityOccurrence): Promise<void> {
    if (!occurrence.ip_address) return;
    const byAddress = RULES.failed_sign_ins_address;
    const subject = `ip:${occurrence.ip_address}`;
    const fromAddress = await this.count(
      'failed_sign_ins_address',
      subject,
      occurrence,
      byAddress.threshold,
    );
    if (fromAddress) {
      await this.fire({
        rule: 'failed_sign_ins_address',
        severity: byAddress.severity,
        title: 'Many failed sign-ins from one address',
        summary: `${fromAddress.count} failed sign-ins from ${occurrence.ip_address} within ${minutes(byAddress.threshold)} minutes`,
        tenant_id: null,
        subject,
        evidence: fromAddress.evidence,
      });
    }
  }

  private async adminSignedIn(occurrence: SecurityOccurrence): Promise<void> {
    const address = occurrence.ip_address;
    if (!address) return;
    const key = `${this.keyPrefix}sec:admin-addresses:${occurrence.actor.id}`;
    const replies = await this.redis.multi().scard(key).sadd(key, address).exec();
    const known = Number(replies?.[0]?.[1] ?? 0);
    const added = Number(replies?.[1]?.[1] ?? 0);
    // The first address ever seen is the baseline, not an anomaly.
    if (known === 0 || added === 0) return;
    await this.fire({
      rule: 'admin_new_address',
      severity: RULES.admin_new_address.severity,
      title: 'An admin signed in from a new address',
      summary: `${occurrence.actor.label ?? occurrence.actor.id} signed in from ${address}, never seen for them before`,
      tenant_id: null,
      subject: `${occurrence.actor.id}@${address}`,
      evidence: [occurrence.entryId],
    });
  }

  private async crossTenantAttempt(occurrence: SecurityOccurrence): Promise<void> {
    const rule = RULES.cross_tenant_attempts;
    const subject = occurrence.actor.id;
    const counted = await this.count('cross_tenant_attempts', subject, occurrence, rule.threshold);
    if (!counted) return;
    await this.fire(
      {
        rule: 'cross_tenant_attempts',
        severity: rule.severity,
        title: "Repeated attempts to reach other clinics' data",
        summary: `${subject} presented its credential to another clinic ${counted.count} times within ${minutes(rule.threshold)} minutes`,
        tenant_id: occurrence.tenant_id,
        subject,
        evidence: counted.evidence,
      },
      (incidentId) => this.stopPrincipal(occurrence, incidentId, rule.lockMs),
    );
  }

  private async exported(occurrence: SecurityOccurrence): Promise<void> {
    const rule = RULES.mass_export;
    const subject = occurrence.actor.id;
    const records = Number(occurrence.details.records ?? 0);
    const window = await this.add(
      'mass_export',
      subject,
      occurrence,
      rule.threshold.windowMs,
      records,
    );
    const crossed = window.count >= rule.threshold.count || window.total >= rule.records;
    if (!crossed || !(await this.claim('mass_export', subject, rule.threshold.windowMs))) return;
    await this.fire(
      {
        rule: 'mass_export',
        severity: rule.severity,
        title: 'A mass export of personal data',
        summary: `${occurrence.actor.label ?? subject} exported ${window.count} times (${window.total} records) within ${minutes(rule.threshold)} minutes`,
        tenant_id: occurrence.tenant_id,
        subject,
        evidence: window.evidence,
      },
      // Admins are not stopped automatically: an export by platform staff is often their work.
      (incidentId) =>
        subject.startsWith('admin:')
          ? Promise.resolve()
          : this.stopPrincipal(occurrence, incidentId, 0),
    );
  }

  private async apiKeyNewAddress(occurrence: SecurityOccurrence): Promise<void> {
    const rule = RULES.api_key_many_addresses;
    const keyId = String(occurrence.details.key_id ?? '');
    const counted = await this.count(
      'api_key_many_addresses',
      `api_key:${keyId}`,
      occurrence,
      rule.threshold,
    );
    if (!counted || !occurrence.tenant_id) return;
    const tenantId = occurrence.tenant_id;
    await this.fire(
      {
        rule: 'api_key_many_addresses',
        severity: rule.severity,
        title: 'An API key used from many addresses at once',
        summary: `API key ${keyId} was used from ${counted.count} addresses within ${minutes(rule.threshold)} minutes`,
        tenant_id: tenantId,
        subject: `api_key:${keyId}`,
        evidence: counted.evidence,
      },
      async (incidentId) => {
        const outcome = await this.responder.disableApiKey(
          tenantId,
          keyId,
          `incident ${incidentId}`,
        );
        await this.incidents.addResponse(incidentId, {
          action: 'disable_api_key',
          target: `api_key:${keyId}`,
          outcome,
        });
      },
    );
  }

  private async chainBroken(occurrence: SecurityOccurrence): Promise<void> {
    const chain = String(occurrence.details.chain ?? 'unknown');
    const evidence = [occurrence.entryId];
    if (typeof occurrence.details.entry_id === 'string') evidence.push(occurrence.details.entry_id);
    await this.fire({
      rule: 'audit_chain_broken',
      severity: RULES.audit_chain_broken.severity,
      title: 'The audit trail was tampered with',
      summary: `Chain ${chain}: ${String(occurrence.details.message ?? 'verification failed')} (${String(occurrence.details.kind ?? '')})`,
      tenant_id: chain === 'platform' ? null : chain,
      subject: `chain:${chain}`,
      evidence,
    });
  }

  /** Stops the principal behind an occurrence: an API key is disabled, a user's sessions end. */
  private async stopPrincipal(
    occurrence: SecurityOccurrence,
    incidentId: string,
    lockMs: number,
  ): Promise<void> {
    const [kind, id] = occurrence.actor.id.split(':');
    const reason = `incident ${incidentId}`;
    if (kind === 'api_key' && id && occurrence.tenant_id) {
      const outcome = await this.responder.disableApiKey(occurrence.tenant_id, id, reason);
      await this.incidents.addResponse(incidentId, {
        action: 'disable_api_key',
        target: occurrence.actor.id,
        outcome,
      });
      return;
    }
    const account: AccountRef | null =
      kind === 'user' && id && occurrence.tenant_id
        ? { kind: 'clinic_user', tenantId: occurrence.tenant_id, userId: id }
        : kind === 'admin' && id
          ? { kind: 'admin', adminId: id }
          : null;
    if (!account) return;
    const revoked = await this.responder.revokeSessions(account, reason);
    await this.incidents.addResponse(incidentId, {
      action: 'revoke_sessions',
      target: accountTarget(account),
      outcome: revoked,
    });
    if (lockMs > 0) {
      const until = new Date(occurrence.timestamp.getTime() + lockMs);
      const locked = await this.responder.lockAccount(account, until, reason);
      await this.incidents.addResponse(incidentId, {
        action: 'lock_account',
        target: accountTarget(account),
        outcome: locked,
        until,
      });
    }
  }

  private async fire(
    report: IncidentReport,
    respond?: (incidentId: string) => Promise<void>,
  ): Promise<void> {
    const { incident } = await this.incidents.raise(report);
    if (!respond) return;
    try {
      await respond(incident.id);
    } catch (error) {
      this.log.error({ err: error, incident: incident.id }, 'automatic response failed');
    }
  }

  /**
   * Adds the occurrence to the subject's sliding window; answers the window once it reaches the
   * threshold, the first time in the window (later ones are already part of that incident).
   */
  private async count(
    rule: string,
    subject: string,
    occurrence: SecurityOccurrence,
    threshold: Threshold,
    weight = 1,
  ): Promise<WindowCount | null> {
    const window = await this.add(rule, subject, occurrence, threshold.windowMs, weight);
    if (window.count < threshold.count) return null;
    return (await this.claim(rule, subject, threshold.windowMs)) ? window : null;
  }

  private async add(
    rule: string,
    subject: string,
    occurrence: SecurityOccurrence,
    windowMs: number,
    weight: number,
  ): Promise<WindowCount> {
    const key = this.windowKey(rule, subject);
    const now = occurrence.timestamp.getTime();
    const member = `${occurrence.entryId}:${now}:${Math.random().toString(36).slice(2, 8)}:${weight}`;
    await this.redis
      .multi()
      .zremrangebyscore(key, '-inf', now - windowMs)
      .zadd(key, now, member)
      .pexpire(key, windowMs)
      .exec();
    return this.peek(rule, subject);
  }

  private async peek(rule: string, subject: string): Promise<WindowCount> {
    const members = await this.redis.zrange(this.windowKey(rule, subject), 0, -1);
    const evidence = [...new Set(members.map((member) => member.split(':')[0]!))];
    const total = members.reduce((sum, member) => sum + Number(member.split(':')[3] ?? 0), 0);
    return { count: members.length, evidence, total };
  }

  /** Once per window per subject, across every instance. */
  private async claim(rule: string, subject: string, windowMs: number): Promise<boolean> {
    const fired = await this.redis.set(
      `${this.keyPrefix}sec:rule-fired:${rule}:${subject}`,
      '1',
      'PX',
      windowMs,
      'NX',
    );
    return fired === 'OK';
  }

  private windowKey(rule: string, subject: string): string {
    return `${this.keyPrefix}sec:rule:${rule}:${subject}`;
  }
}

const minutes = (threshold: Threshold): number => Math.round(threshold.windowMs / 60_000);

/** The account a failed sign-in was for, when it exists. */
function accountOf(occurrence: SecurityOccurrence): AccountRef | null {
  if (typeof occurrence.details.admin_id === 'string') {
    return { kind: 'admin', adminId: occurrence.details.admin_id };
  }
  if (typeof occurrence.details.user_id === 'string' && occurrence.tenant_id) {
    return {
      kind: 'clinic_user',
      tenantId: occurrence.tenant_id,
      userId: occurrence.details.user_id,
    };
  }
  return null;
}

export const SECURITY_EVENTS = [
  'tenant_created',
  'tenant_suspended',
  'tenant_activated',
  'tenant_deactivated',
  'tenant_deleted',
  'tenant_purged',
  'tenant_domain_verified',
  'access_denied',
  'cross_tenant_attempt',
  'admin_signed_in',
  'admin_sign_in_failed',
  'clinic_user_signed_in',
  'clinic_sign_in_failed',
  'rate_limited',
  'api_key_created',
  'api_key_revoked',
  'api_key_new_address',
  'account_locked',
  'sessions_revoked',
  'security_incident_raised',
  'security_incident_acknowledged',
  'security_incident_resolved',
  'audit_chain_verified',
  'audit_chain_broken',
  'security_log_pruned',
  'personal_data_exported',
  'personal_data_erased',
  'tenant_data_exported',
  'tenant_data_erased',
  'backup_downloaded',
  'backup_deleted',
  'tenant_restored',
  'tenant_cloned',
] as const;
export type SecurityEvent = (typeof SECURITY_EVENTS)[number];

/**
 * Refusals: the first of a kind in a window is written at once, its repeats become one entry
 * with a count (refusal-aggregator.ts).
 */
export const AGGREGATED_EVENTS: ReadonlySet<SecurityEvent> = new Set([
  'access_denied',
  'admin_sign_in_failed',
  'clinic_sign_in_failed',
  'rate_limited',
]);

import type { IncidentState, SecurityEvent } from '../gql/graphql';

/** Every event the log records, with how the console names it (a missing one fails to compile). */
export const EVENT_LABELS: Record<SecurityEvent, string> = {
  access_denied: 'Access denied',
  account_locked: 'Account locked',
  admin_deleted: 'Admin deleted',
  admin_disabled: 'Admin disabled',
  admin_enabled: 'Admin enabled',
  admin_invited: 'Admin invited',
  admin_role_changed: 'Admin role changed',
  admin_sign_in_failed: 'Admin sign in failed',
  admin_signed_in: 'Admin signed in',
  admin_updated: 'Admin updated',
  api_key_created: 'Api key created',
  api_key_new_address: 'Api key new address',
  api_key_revoked: 'Api key revoked',
  audit_chain_broken: 'Audit chain broken',
  audit_chain_verified: 'Audit chain verified',
  backup_deleted: 'Backup deleted',
  backup_downloaded: 'Backup downloaded',
  clinic_sign_in_failed: 'Clinic sign in failed',
  clinic_user_deleted: 'Clinic user deleted',
  clinic_user_disabled: 'Clinic user disabled',
  clinic_user_enabled: 'Clinic user enabled',
  clinic_user_invited: 'Clinic user invited',
  clinic_user_role_changed: 'Clinic user role changed',
  clinic_user_signed_in: 'Clinic user signed in',
  cross_tenant_attempt: 'Cross tenant attempt',
  password_changed: 'Password changed',
  password_reset: 'Password reset',
  password_reset_requested: 'Password reset requested',
  personal_data_erased: 'Personal data erased',
  personal_data_exported: 'Personal data exported',
  platform_settings_changed: 'Platform settings changed',
  rate_limited: 'Rate limited',
  recovery_code_used: 'Recovery code used',
  refresh_token_reused: 'Refresh token reused',
  security_incident_acknowledged: 'Security incident acknowledged',
  security_incident_raised: 'Security incident raised',
  security_incident_resolved: 'Security incident resolved',
  security_log_pruned: 'Security log pruned',
  session_ended: 'Session ended',
  sessions_revoked: 'Sessions revoked',
  tenant_activated: 'Tenant activated',
  tenant_cloned: 'Tenant cloned from a backup',
  tenant_created: 'Tenant created',
  tenant_data_erased: 'Tenant data erased',
  tenant_data_exported: 'Tenant data exported',
  tenant_deactivated: 'Tenant deactivated',
  tenant_deleted: 'Tenant deleted',
  tenant_domain_verified: 'Tenant domain verified',
  tenant_purged: 'Tenant purged',
  tenant_restored: 'Tenant restored from a backup',
  tenant_suspended: 'Tenant suspended',
  two_factor_disabled: 'Two-factor disabled',
  two_factor_enabled: 'Two-factor enabled',
};

export const STATE_LABELS: Record<IncidentState, string> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
};

export const keysOf = <K extends string>(record: Record<K, string>): K[] =>
  Object.keys(record) as K[];

export const isKeyOf = <K extends string>(record: Record<K, string>, value: string): value is K =>
  Object.prototype.hasOwnProperty.call(record, value);

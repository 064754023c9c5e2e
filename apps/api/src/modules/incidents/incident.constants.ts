export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

export const INCIDENT_STATES = ['open', 'acknowledged', 'resolved'] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

export const INCIDENT_RULES = [
  'failed_sign_ins_account',
  'failed_sign_ins_address',
  'admin_new_address',
  'cross_tenant_attempts',
  'mass_export',
  'api_key_many_addresses',
  'audit_chain_broken',
] as const;
export type IncidentRule = (typeof INCIDENT_RULES)[number];

export const RESPONSE_ACTIONS = ['lock_account', 'revoke_sessions', 'disable_api_key'] as const;
export type ResponseAction = (typeof RESPONSE_ACTIONS)[number];

export const RESPONSE_OUTCOMES = ['applied', 'not_found', 'failed'] as const;
export type ResponseOutcome = (typeof RESPONSE_OUTCOMES)[number];

export const INCIDENT_RAISED = 'INCIDENT_RAISED';

export const ALERT_RULES = [
  'high_error_rate',
  'latency_degradation',
  'security_incident',
  'billing_payment_failed',
  'billing_past_due',
  'limit_nearly_reached',
] as const;
export type AlertRuleName = (typeof ALERT_RULES)[number];

export const ALERT_SEVERITIES = ['info', 'warning', 'critical'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

export const ALERT_STATES = ['firing', 'acknowledged', 'resolved'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/** A new alert (a rule began to hold for a subject). */
export const ALERT_RAISED = 'ALERT_RAISED';
/** Any change of an alert: raised, acknowledged, resolved. */
export const ALERT_CHANGED = 'ALERT_CHANGED';

export const ALERT_WEBHOOK_QUEUE = 'alert-webhooks';

import type { BillingSignal, BillingSignals } from '../../../../common/billing-signals.js';
import type { AlertFinding, AlertRule } from '../alert-rule.js';
import type { AlertRuleName, AlertSeverity } from '../alert.constants.js';

const RULE_OF: Record<BillingSignal['kind'], AlertRuleName> = {
  payment_failed: 'billing_payment_failed',
  past_due: 'billing_past_due',
  limit_warning: 'limit_nearly_reached',
  limit_reached: 'limit_nearly_reached',
};

const SEVERITY_OF: Record<BillingSignal['kind'], AlertSeverity> = {
  payment_failed: 'warning',
  past_due: 'critical',
  limit_warning: 'info',
  limit_reached: 'warning',
};

const TITLE_OF: Record<BillingSignal['kind'], string> = {
  payment_failed: 'Payment failed',
  past_due: 'Subscription past due',
  limit_warning: 'Limit nearly reached',
  limit_reached: 'Limit reached',
};

/**
 * Billing problems (failed payments, past-due subscriptions) and limits at 80 % or more, from
 * the billing module's signals. A limit's warning and its reaching are one alert (the subject is
 * the tenant's limit), whose severity is the worst seen.
 */
export class BillingRule implements AlertRule {
  readonly owns = ['billing_payment_failed', 'billing_past_due', 'limit_nearly_reached'] as const;

  constructor(private readonly signals: BillingSignals) {}

  async evaluate(): Promise<AlertFinding[]> {
    const signals = await this.signals.current();
    const bySubject = new Map<string, AlertFinding>();
    for (const signal of signals) {
      const rule = RULE_OF[signal.kind];
      const subject = `tenant:${signal.tenant_id}:${signal.subject}`;
      const finding: AlertFinding = {
        rule,
        subject,
        tenant_id: signal.tenant_id,
        severity: SEVERITY_OF[signal.kind],
        title: TITLE_OF[signal.kind],
        message: signal.message,
      };
      const key = `${rule}|${subject}`;
      const known = bySubject.get(key);
      if (!known || rank(finding.severity) > rank(known.severity)) bySubject.set(key, finding);
    }
    return [...bySubject.values()];
  }
}

const rank = (severity: AlertSeverity): number => ['info', 'warning', 'critical'].indexOf(severity);

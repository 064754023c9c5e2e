import type { BillingSignal, BillingSignals } from '../../common/billing-signals.js';
import type { BillingModels } from './billing.models.js';
import { LIMIT_NAMES, type LimitName } from './billing.constants.js';

const ALERTED: Record<LimitName, 'staff_alerted' | 'clients_alerted' | 'storage_alerted'> = {
  staff: 'staff_alerted',
  clients: 'clients_alerted',
  storage: 'storage_alerted',
};

/**
 * The billing facts that hold now, for monitoring's alerts: past-due subscriptions and their
 * failed payment, and limits at 80 % (warning) or 100 % (reached). Reads the small per-tenant
 * documents only (subscriptions past due, usage counters with an alert level).
 */
export class BillingSignalService implements BillingSignals {
  constructor(
    private readonly models: Pick<
      BillingModels,
      'billingSubscriptions' | 'billingUsageCounters' | 'billingUsageAlerts'
    >,
  ) {}

  async current(): Promise<BillingSignal[]> {
    const signals: BillingSignal[] = [];
    const pastDue = await this.models.billingSubscriptions.find({ status: 'past_due' }).lean();
    for (const subscription of pastDue) {
      const since = subscription.past_due_since ?? subscription.updated_at;
      const [subject = 'invoice', reason = 'payment failed'] = (
        subscription.last_failure ?? ''
      ).split(': ');
      signals.push({
        kind: 'past_due',
        tenant_id: subscription._id,
        subject,
        message: `Subscription past due since ${since.toISOString().slice(0, 10)}; ${subscription.dunning_attempts} of 3 retries made`,
        since,
      });
      signals.push({
        kind: 'payment_failed',
        tenant_id: subscription._id,
        subject,
        message: `Payment for ${subject} failed: ${reason}`,
        since,
      });
    }
    const counters = await this.models.billingUsageCounters
      .find({
        $or: LIMIT_NAMES.map((limit) => ({ [ALERTED[limit]]: { $gt: 0 } })),
      })
      .lean();
    for (const counter of counters) {
      for (const limit of LIMIT_NAMES) {
        const level = counter[ALERTED[limit]];
        if (!level) continue;
        const alert = await this.models.billingUsageAlerts
          .findOne({ tenant_id: counter._id, limit, threshold: level })
          .sort({ created_at: -1 })
          .lean();
        signals.push({
          kind: level >= 100 ? 'limit_reached' : 'limit_warning',
          tenant_id: counter._id,
          subject: limit,
          message: alert
            ? `${limit}: ${alert.current} of ${alert.maximum} on the ${alert.plan} plan (${level} %)`
            : `${limit} at ${level} % of the limit`,
          since: alert?.created_at ?? counter.reconciled_at ?? new Date(0),
        });
      }
    }
    return signals;
  }
}

import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { runAsTenant } from '../../db/tenant-context.js';
import type { ClinicModels } from '../clinic/clinic.models.js';
import type { AppointmentFacts, ClinicActivity, PaymentFacts } from '../clinic/shared/activity.js';
import { dayIn } from './local-day.js';
import { CounterBatchBuilder } from './store/counter-batch.js';
import type { BufferedCounterWriter } from './store/buffered-writer.js';
import { pendingField, type UsageKeys } from './usage-keys.js';

/** Appointments that did not happen are not a day's work. */
const counts = (appointment: AppointmentFacts | null): appointment is AppointmentFacts =>
  appointment !== null && appointment.status !== 'cancelled';

/** The clinic's current totals live this long in Redis before they are counted again. */
const TOTALS_TTL_SECONDS = 3600;

/** Adds to a total only while it is kept; a missing one is counted afresh when next read. */
const ADJUST_TOTAL = `
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('HINCRBY', KEYS[1], ARGV[1], ARGV[2]) end
return false
`;

type Script = (numberOfKeys: number, ...args: (string | number)[]) => Promise<unknown>;

export interface ClinicTotals {
  staff: number;
  clients: number;
}

/**
 * Keeps the counts clinic analytics read, as the clinic's records change: appointments and
 * revenue per day of the clinic's timezone (through the same counters and flush as usage, so
 * they are durable), and the current numbers of active staff and clients. A failure is logged,
 * never passed on: the clinic's own write has already happened.
 */
export class ClinicActivityRecorder implements ClinicActivity {
  private readonly adjustTotal: Script;

  constructor(
    private readonly redis: Redis,
    private readonly writer: BufferedCounterWriter,
    private readonly keys: UsageKeys,
    private readonly models: Pick<ClinicModels, 'staffMembers' | 'clients'>,
    private readonly timezoneOf: (tenantId: string) => Promise<string>,
    private readonly log: Logger,
  ) {
    redis.defineCommand('vetcaresAdjustTotal', { lua: ADJUST_TOTAL });
    this.adjustTotal = (redis as unknown as Record<string, Script>).vetcaresAdjustTotal!.bind(
      redis,
    );
  }

  async appointmentChanged(
    tenantId: string,
    before: AppointmentFacts | null,
    after: AppointmentFacts | null,
  ): Promise<void> {
    await this.record(tenantId, async (add) => {
      if (counts(before)) add(before.starts_at, 'appointments', -1);
      if (counts(after)) add(after.starts_at, 'appointments', 1);
    });
  }

  async paymentChanged(
    tenantId: string,
    before: PaymentFacts | null,
    after: PaymentFacts | null,
  ): Promise<void> {
    await this.record(tenantId, async (add) => {
      if (before) {
        add(before.paid_at, `revenue_cents:${before.currency}`, -before.amount_cents);
        add(before.paid_at, 'payments', -1);
      }
      if (after) {
        add(after.paid_at, `revenue_cents:${after.currency}`, after.amount_cents);
        add(after.paid_at, 'payments', 1);
      }
    });
  }

  activeStaffChanged(tenantId: string, change: number): Promise<void> {
    return this.adjust(tenantId, 'staff', change);
  }

  clientsChanged(tenantId: string, change: number): Promise<void> {
    return this.adjust(tenantId, 'clients', change);
  }

  /** The clinic's active staff and clients now: kept in Redis, counted again when it expired. */
  async totals(tenantId: string): Promise<ClinicTotals> {
    const key = this.keys.clinicTotals(tenantId);
    const kept = await this.redis.hgetall(key);
    if (kept.staff !== undefined && kept.clients !== undefined) {
      return { staff: Number(kept.staff), clients: Number(kept.clients) };
    }
    const [staff, clients] = await runAsTenant(tenantId, () =>
      Promise.all([
        this.models.staffMembers.countDocuments({ active: true }),
        this.models.clients.countDocuments({}),
      ]),
    );
    await this.redis
      .multi()
      .hsetnx(key, 'staff', staff)
      .hsetnx(key, 'clients', clients)
      .expire(key, TOTALS_TTL_SECONDS)
      .exec();
    return { staff, clients };
  }

  private async adjust(tenantId: string, field: 'staff' | 'clients', change: number) {
    try {
      await this.adjustTotal(1, this.keys.clinicTotals(tenantId), field, change);
    } catch (error) {
      // The total is counted afresh within the hour; no need to fail the clinic's write.
      this.log.warn({ err: error, tenantId }, 'clinic total not adjusted');
    }
  }

  private async record(
    tenantId: string,
    collect: (add: (at: Date, metric: string, delta: number) => void) => Promise<void>,
  ): Promise<void> {
    try {
      const timeZone = await this.timezoneOf(tenantId);
      const builder = new CounterBatchBuilder();
      await collect((at, metric, delta) => {
        const day = dayIn(timeZone, at);
        builder.add({
          kind: 'hash',
          key: this.keys.day(tenantId, 'clinic', day),
          field: metric,
          delta,
          pending: pendingField(tenantId, day, 'clinic', metric),
        });
      });
      if (builder.isEmpty) return;
      await this.writer.write(builder.build({ idempotencyKey: null, dirtyTenant: tenantId }));
    } catch (error) {
      this.log.error({ err: error, tenantId }, 'clinic activity not counted');
    }
  }
}

import type { Currency } from '../../tenants/tenant.constants.js';
import type { AppointmentStatus } from '../clinic.constants.js';

/** What an appointment contributes to the clinic's daily counts. */
export interface AppointmentFacts {
  starts_at: Date;
  status: AppointmentStatus;
}

/** What a payment contributes to the clinic's daily revenue. */
export interface PaymentFacts {
  paid_at: Date;
  amount_cents: number;
  currency: Currency;
}

/**
 * What the clinic's records tell its analytics, told after each successful write so analytics
 * never read the growing collections: before and after a record changed (null when it did not
 * exist). Implemented by the usage module; it never fails the clinic's own write.
 */
export interface ClinicActivity {
  appointmentChanged(
    tenantId: string,
    before: AppointmentFacts | null,
    after: AppointmentFacts | null,
  ): Promise<void>;
  paymentChanged(
    tenantId: string,
    before: PaymentFacts | null,
    after: PaymentFacts | null,
  ): Promise<void>;
  /** Active staff members joined (+) or left (−). */
  activeStaffChanged(tenantId: string, change: number): Promise<void>;
  clientsChanged(tenantId: string, change: number): Promise<void>;
}

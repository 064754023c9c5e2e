import { mongo, Types } from 'mongoose';
import type { Clock } from '../../core/clock.js';
import type { BillingPlanId, Currency } from '../tenants/tenant.constants.js';
import type { InvoiceLineKind } from './billing.constants.js';
import type { BillingModels, InvoiceDocument } from './billing.models.js';

export interface NewInvoice {
  tenant_id: string;
  /** What it bills; unique per tenant, so billing the same thing twice makes one invoice. */
  key: string;
  plan: BillingPlanId;
  currency: Currency;
  lines: { kind: InvoiceLineKind; description: string; amount: number }[];
  period_start: Date | null;
  period_end: Date | null;
  /** Days the clinic has to pay. */
  due_days: number;
}

export type StoredInvoice = InvoiceDocument;

const isDuplicateKey = (error: unknown): boolean =>
  error instanceof mongo.MongoServerError && error.code === 11000;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Invoices as stored: drafts made under a unique (tenant, key), numbered when finalized from one
 * platform counter (an atomic `$inc`), so two processes billing the same period make one invoice
 * and numbers run without gaps. Status changes are conditional on the status they leave.
 */
export class InvoiceLedger {
  constructor(
    private readonly models: Pick<BillingModels, 'billingInvoices' | 'billingSequences'>,
    private readonly clock: Clock,
    private readonly taxRateBps: number,
  ) {}

  /** Makes and finalizes the invoice, or finalizes the one already made under its key. */
  async issue(invoice: NewInvoice): Promise<{ invoice: StoredInvoice; created: boolean }> {
    const subtotal = invoice.lines.reduce((sum, line) => sum + line.amount, 0);
    const tax = Math.max(0, Math.round((subtotal * this.taxRateBps) / 10_000));
    let created = true;
    try {
      await this.models.billingInvoices.create({
        _id: new Types.ObjectId(),
        tenant_id: invoice.tenant_id,
        key: invoice.key,
        status: 'draft',
        currency: invoice.currency,
        plan: invoice.plan,
        lines: invoice.lines,
        subtotal,
        tax_rate_bps: this.taxRateBps,
        tax,
        total: subtotal + tax,
        period_start: invoice.period_start,
        period_end: invoice.period_end,
        // due_at carries the terms until finalizing turns them into a date.
        due_at: new Date(invoice.due_days * DAY_MS),
      });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      created = false;
    }
    const draft = await this.models.billingInvoices
      .findOne({ tenant_id: invoice.tenant_id, key: invoice.key })
      .lean();
    if (!draft) throw new Error(`invoice ${invoice.key} vanished`);
    return { invoice: await this.finalize(draft), created };
  }

  /** Draft → open with the next platform number; a no-op for an invoice already past draft. */
  async finalize(draft: StoredInvoice): Promise<StoredInvoice> {
    if (draft.status !== 'draft') return draft;
    const now = this.clock.now();
    // Claim the draft first, so only one process takes a number for it.
    const claimed = await this.models.billingInvoices
      .findOneAndUpdate(
        { _id: draft._id, status: 'draft', number: null },
        { $set: { number: 'pending' } },
        { returnDocument: 'after' },
      )
      .lean();
    if (!claimed) return (await this.models.billingInvoices.findById(draft._id).lean())!;
    const sequence = await this.models.billingSequences
      .findOneAndUpdate(
        { _id: 'invoice_number' },
        { $inc: { value: 1 } },
        { upsert: true, returnDocument: 'after' },
      )
      .lean();
    const number = `VC-${String(sequence!.value).padStart(6, '0')}`;
    const terms = draft.due_at ? draft.due_at.getTime() : 0;
    const paidAlready = draft.total <= 0;
    const doc = await this.models.billingInvoices
      .findOneAndUpdate(
        { _id: draft._id, status: 'draft' },
        {
          $set: {
            number,
            status: paidAlready ? 'paid' : 'open',
            issued_at: now,
            due_at: new Date(now.getTime() + terms),
            ...(paidAlready ? { paid_at: now, payment_reference: 'nothing due' } : {}),
          },
        },
        { returnDocument: 'after' },
      )
      .lean();
    return doc!;
  }

  async byId(id: string): Promise<StoredInvoice | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    return this.models.billingInvoices.findById(id).lean();
  }

  async ofTenant(tenantId: string, limit = 50): Promise<StoredInvoice[]> {
    return this.models.billingInvoices
      .find({ tenant_id: tenantId })
      .sort({ created_at: -1 })
      .limit(limit)
      .lean();
  }

  async openOf(tenantId: string): Promise<StoredInvoice[]> {
    return this.models.billingInvoices.find({ tenant_id: tenantId, status: 'open' }).lean();
  }

  /** Open invoices whose due date has passed, across tenants (the cycle job's read). */
  async overdue(now: Date): Promise<StoredInvoice[]> {
    return this.models.billingInvoices.find({ status: 'open', due_at: { $lt: now } }).lean();
  }

  /** open (or uncollectible) → paid, once; null when it was not payable any more. */
  async markPaid(id: Types.ObjectId, reference: string): Promise<StoredInvoice | null> {
    const now = this.clock.now();
    const doc = await this.models.billingInvoices
      .findOneAndUpdate(
        { _id: id, status: { $in: ['open', 'uncollectible'] } },
        { $set: { status: 'paid', paid_at: now, payment_reference: reference } },
        { returnDocument: 'after' },
      )
      .lean();
    if (doc) {
      await this.models.billingInvoices.updateOne(
        { _id: id },
        { $set: { amount_paid: doc.total } },
      );
    }
    return doc ? { ...doc, amount_paid: doc.total } : null;
  }

  /** Counts a failed attempt on an open invoice; null when it is not open (paid meanwhile). */
  async noteFailure(id: Types.ObjectId): Promise<StoredInvoice | null> {
    return this.models.billingInvoices
      .findOneAndUpdate(
        { _id: id, status: 'open' },
        { $inc: { attempts: 1 } },
        { returnDocument: 'after' },
      )
      .lean();
  }

  async setStatus(
    id: Types.ObjectId,
    from: StoredInvoice['status'][],
    to: 'void' | 'uncollectible',
  ): Promise<StoredInvoice | null> {
    return this.models.billingInvoices
      .findOneAndUpdate(
        { _id: id, status: { $in: from } },
        { $set: { status: to } },
        { returnDocument: 'after' },
      )
      .lean();
  }
}

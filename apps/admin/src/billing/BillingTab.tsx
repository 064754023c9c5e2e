import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { toApiError } from '../errors/graphqlErrors';
import { useTabTenant } from '../tenants/tabs/useTabTenant';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { FactList, type FactRow } from '../ui/Facts';
import {
  CancelSubscriptionDocument,
  RecordManualPaymentDocument,
  ResumeSubscriptionDocument,
  TenantBillingDocument,
} from './billing.operations';
import { ChangePlanDialog } from './ChangePlanDialog';
import { InvoiceViewDialog } from './InvoiceViewDialog';
import { formatDay, formatMajor, formatMinor, limitText } from './money';

/** The tenant's plan, subscription and invoices, and what an admin does about them. */
export function BillingTab() {
  const tenant = useTabTenant();
  const { data, error, refetch } = useQuery(TenantBillingDocument, {
    variables: { tenant_id: tenant.id },
    fetchPolicy: 'cache-and-network',
  });
  const [changingPlan, setChangingPlan] = useState(false);
  const [viewing, setViewing] = useState<{ id: string; number: string | null } | null>(null);
  const [paying, setPaying] = useState<{ id: string; number: string | null } | null>(null);
  const [reference, setReference] = useState('');
  const [cancel, canceling] = useMutation(CancelSubscriptionDocument);
  const [resume, resuming] = useMutation(ResumeSubscriptionDocument);
  const [recordPayment, recording] = useMutation(RecordManualPaymentDocument);
  const billing = data?.tenantBilling;
  const refresh = () => void refetch();

  if (error && !billing) return <p role="alert">{toApiError(error).message}</p>;
  if (!billing) return <p role="status">Loading…</p>;
  const actionError = canceling.error ?? resuming.error;

  return (
    <>
      <section className="facts" aria-label="Subscription">
        <h2>Subscription</h2>
        <FactList
          rows={[
            ['Plan', <span data-testid="billing-plan">{billing.plan}</span>],
            ['Price', `${formatMajor(billing.price, billing.currency)} per month`],
            ['Status', <span data-testid="billing-status">{billing.status}</span>],
            ['Next billing date', formatDay(billing.next_billing_date)],
            [
              'Trial',
              billing.trial_ends_at
                ? `${billing.trial_days} days, ends ${formatDay(billing.trial_ends_at)}`
                : 'none',
            ],
            [
              'Limits',
              <span data-testid="billing-limits">
                {limitText(billing.limits.staff)} staff, {limitText(billing.limits.clients)}{' '}
                clients, {limitText(billing.limits.storage, ' GB')} storage
              </span>,
            ],
            ['Features', billing.features.join(', ')],
            ['Balance', formatMajor(billing.balance, billing.currency)],
            [
              'Payment',
              `${billing.payment_provider}: ${billing.payment_method ?? 'no card saved'}`,
            ],
            ...(billing.pending_plan
              ? [['Scheduled', `moves to ${billing.pending_plan} at the period's end`] as FactRow]
              : []),
            ...(billing.cancel_at_period_end
              ? [['Cancellation', `ends ${formatDay(billing.current_period_end)}`] as FactRow]
              : []),
          ]}
        />
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setChangingPlan(true)}>
            Change plan
          </button>
          {billing.cancel_at_period_end ? (
            <button
              type="button"
              className="button"
              disabled={resuming.loading}
              onClick={() => void resume({ variables: { tenant_id: tenant.id } }).then(refresh)}
            >
              Resume subscription
            </button>
          ) : billing.status !== 'canceled' ? (
            <button
              type="button"
              className="button button--danger"
              disabled={canceling.loading}
              onClick={() => void cancel({ variables: { tenant_id: tenant.id } }).then(refresh)}
            >
              Cancel at period end
            </button>
          ) : null}
        </div>
        {actionError ? <p role="alert">{toApiError(actionError).message}</p> : null}
      </section>

      <section className="panel" aria-labelledby="invoices-title">
        <h2 id="invoices-title">Invoices</h2>
        {data?.tenantInvoices.length ? (
          <table className="table">
            <thead>
              <tr>
                <th>Number</th>
                <th>Status</th>
                <th>Total</th>
                <th>Issued</th>
                <th>Due</th>
                <th>Paid</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {data.tenantInvoices.map((invoice) => (
                <tr key={invoice.id}>
                  <td>{invoice.number ?? 'draft'}</td>
                  <td>{invoice.status}</td>
                  <td>{formatMinor(invoice.total, invoice.currency)}</td>
                  <td>{formatDay(invoice.issued_at)}</td>
                  <td>{formatDay(invoice.due_at)}</td>
                  <td>{invoice.paid_at ? formatDay(invoice.paid_at) : '—'}</td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      onClick={() => setViewing({ id: invoice.id, number: invoice.number ?? null })}
                    >
                      View
                    </button>
                    {invoice.status === 'open' || invoice.status === 'uncollectible' ? (
                      <button
                        type="button"
                        className="button"
                        onClick={() =>
                          setPaying({ id: invoice.id, number: invoice.number ?? null })
                        }
                      >
                        Record payment
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>No invoices yet.</p>
        )}
      </section>

      <ChangePlanDialog
        open={changingPlan}
        tenantId={tenant.id}
        currentPlan={billing.plan}
        onClose={() => setChangingPlan(false)}
        onChanged={refresh}
      />
      <InvoiceViewDialog
        invoiceId={viewing?.id ?? null}
        number={viewing?.number ?? null}
        onClose={() => setViewing(null)}
      />
      <ConfirmDialog
        open={paying !== null}
        title={`Record a payment for ${paying?.number ?? 'the invoice'}`}
        confirmLabel="Record payment"
        tone="primary"
        busy={recording.loading}
        error={recording.error ? toApiError(recording.error).message : null}
        onCancel={() => setPaying(null)}
        onConfirm={() => {
          if (!paying) return;
          void recordPayment({
            variables: { invoice_id: paying.id, reference: reference || null },
          }).then(() => {
            setPaying(null);
            setReference('');
            refresh();
          });
        }}
      >
        <label htmlFor="payment-reference">Reference (bank transfer, cheque…)</label>
        <input
          id="payment-reference"
          value={reference}
          onChange={(event) => setReference(event.target.value)}
        />
      </ConfirmDialog>
    </>
  );
}

import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { toApiError } from '../errors/graphqlErrors';
import type { BillingPlan } from '../gql/graphql';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ChangeTenantPlanDocument, PreviewPlanChangeDocument } from './billing.operations';
import { formatDay, formatMinor, limitText } from './money';

const PLAN_CHOICES: { id: BillingPlan; label: string }[] = [
  { id: 'basic', label: 'Basic' },
  { id: 'professional', label: 'Professional' },
  { id: 'enterprise', label: 'Enterprise' },
];

/** Pick a plan, see what it costs now (proration) and its limits, then confirm. */
export function ChangePlanDialog({
  open,
  tenantId,
  currentPlan,
  onClose,
  onChanged,
}: {
  open: boolean;
  tenantId: string;
  currentPlan: BillingPlan;
  onClose: () => void;
  onChanged: () => void;
}) {
  const [plan, setPlan] = useState<BillingPlan | ''>('');
  const [preview, previewed] = useLazyQuery(PreviewPlanChangeDocument, {
    fetchPolicy: 'network-only',
  });
  const [change, changing] = useMutation(ChangeTenantPlanDocument);

  useEffect(() => {
    if (plan) void preview({ variables: { tenant_id: tenantId, plan } });
  }, [plan, preview, tenantId]);

  const result = plan ? previewed.data?.previewPlanChange : undefined;
  const blocked = (result?.blocked_by.length ?? 0) > 0;
  const error = changing.error
    ? toApiError(changing.error).message
    : previewed.error
      ? toApiError(previewed.error).message
      : null;

  return (
    <ConfirmDialog
      open={open}
      title="Change plan"
      confirmLabel="Change plan"
      tone="primary"
      busy={changing.loading}
      error={error}
      onCancel={() => {
        setPlan('');
        onClose();
      }}
      onConfirm={() => {
        if (!plan || blocked) return;
        void change({ variables: { tenant_id: tenantId, plan } }).then(() => {
          setPlan('');
          onChanged();
          onClose();
        });
      }}
    >
      <label htmlFor="new-plan">New plan</label>
      <select
        id="new-plan"
        value={plan}
        onChange={(event) => setPlan(event.target.value as BillingPlan)}
      >
        <option value="">Choose a plan…</option>
        {PLAN_CHOICES.filter((choice) => choice.id !== currentPlan).map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
      {result ? (
        <section aria-label="Proration preview" className="plan-preview">
          {result.kind === 'upgrade' ? (
            <p>
              Upgrade now: charge {formatMinor(result.charge, result.currency)} for the rest of the
              period, credit {formatMinor(result.credit, result.currency)} for unused time; due now{' '}
              <strong data-testid="amount-due">
                {formatMinor(result.amount_due, result.currency)}
              </strong>
              .
            </p>
          ) : (
            <p>Downgrade at the end of the period, on {formatDay(result.effective_at)}.</p>
          )}
          <p data-testid="new-limits">
            New limits: {limitText(result.limits.staff)} staff, {limitText(result.limits.clients)}{' '}
            clients, {limitText(result.limits.storage, ' GB')} storage
          </p>
          {blocked ? (
            <p role="alert">
              Refused: the clinic uses more than the plan allows:{' '}
              {result.blocked_by
                .map((over) => `${over.limit} ${over.current} of ${over.maximum}`)
                .join(', ')}
            </p>
          ) : null}
        </section>
      ) : null}
    </ConfirmDialog>
  );
}

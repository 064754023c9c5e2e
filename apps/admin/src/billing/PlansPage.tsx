import { useQuery } from '@apollo/client/react';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { CatalogPlansDocument } from './billing.operations';
import { formatMinor, limitText } from './money';

/** The plan catalog: each plan's prices per currency, limits and features. */
export function PlansPage() {
  useDocumentTitle('Plans');
  const { data, error, loading } = useQuery(CatalogPlansDocument);
  return (
    <section className="panel" aria-labelledby="plans-title">
      <h1 id="plans-title">Plans</h1>
      {loading && !data ? <p role="status">Loading…</p> : null}
      {error ? <p role="alert">{error.message}</p> : null}
      <div className="facts-grid">
        {(data?.plans ?? []).map((plan) => (
          <section key={plan.id} className="facts" aria-label={`${plan.name} plan`}>
            <h2>
              {plan.name} <small>${plan.price_monthly}/month</small>
            </h2>
            <p>
              {plan.prices.map((price) => formatMinor(price.amount, price.currency)).join(' · ')}
            </p>
            <p>
              {limitText(plan.limits.staff)} staff · {limitText(plan.limits.clients)} clients ·{' '}
              {limitText(plan.limits.storage, ' GB')} storage
            </p>
            <ul>
              {plan.features.map((feature) => (
                <li key={feature}>{feature}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}

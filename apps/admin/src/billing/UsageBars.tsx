import { useQuery } from '@apollo/client/react';
import { TenantUsageLimitsDocument } from './billing.operations';
import { limitText } from './money';

interface Bar {
  label: string;
  used: number;
  limit: number | null;
  unit: string;
}

function UsageBar({ label, used, limit, unit }: Bar) {
  const percent = limit === null ? null : limit === 0 ? 100 : Math.min(100, (used * 100) / limit);
  const level = percent === null ? 'ok' : percent >= 100 ? 'full' : percent >= 80 ? 'warn' : 'ok';
  return (
    <div className="usage-bar" data-level={level}>
      <div className="usage-bar__label">
        <span>{label}</span>
        <span>
          {used.toLocaleString('en-US')}
          {unit} of {limitText(limit, unit)}
        </span>
      </div>
      <progress
        aria-label={`${label} used`}
        max={limit ?? 1}
        value={limit === null ? 0 : Math.min(used, limit)}
      />
    </div>
  );
}

/** The clinic's usage against its limits (staff, clients, storage), from billing's counters. */
export function UsageBars({ tenantId }: { tenantId: string }) {
  const { data, error } = useQuery(TenantUsageLimitsDocument, {
    variables: { tenant_id: tenantId },
    fetchPolicy: 'cache-and-network',
  });
  const billing = data?.tenantBilling;
  return (
    <section className="facts" aria-label="Usage against limits">
      <h2>Usage against limits</h2>
      {error ? <p role="alert">{error.message}</p> : null}
      {billing ? (
        <>
          <UsageBar
            label="Staff"
            used={billing.usage.staff}
            limit={billing.limits.staff ?? null}
            unit=""
          />
          <UsageBar
            label="Clients"
            used={billing.usage.clients}
            limit={billing.limits.clients ?? null}
            unit=""
          />
          <UsageBar
            label="Storage"
            used={billing.usage.storage_gb}
            limit={billing.limits.storage ?? null}
            unit=" GB"
          />
        </>
      ) : null}
    </section>
  );
}

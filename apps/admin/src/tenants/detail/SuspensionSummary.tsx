import type { TenantFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../formatting';

/** Why a suspended clinic is refused, where the admin sees it first. */
export function SuspensionSummary({ tenant }: { tenant: TenantFieldsFragment }) {
  if (tenant.status !== 'suspended') return null;
  return (
    <div className="panel panel--warning suspension-summary" role="note" aria-label="Suspension">
      <p>
        <strong>Suspended</strong> since {formatDateTime(tenant.suspended_at)}. The clinic is told:
      </p>
      <blockquote className="suspension-summary__reason">
        {tenant.suspension_reason || '—'}
      </blockquote>
    </div>
  );
}

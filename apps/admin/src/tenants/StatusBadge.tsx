import type { TenantStatus } from '../gql/graphql';
import { STATUS_LABELS } from './tenantOptions';

export function StatusBadge({ status }: { status: TenantStatus }) {
  return <span className={`badge badge--${status}`}>{STATUS_LABELS[status]}</span>;
}

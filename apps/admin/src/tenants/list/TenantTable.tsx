import { Link, useLocation } from 'react-router-dom';
import type { SortOrder, TenantListQuery, TenantSortField } from '../../gql/graphql';
import { formatDate } from '../formatting';
import type { FromListState } from '../listReturn';
import { StatusBadge } from '../StatusBadge';
import { BILLING_PLAN_LABELS } from '../tenantOptions';
import { SortableHeader } from './SortableHeader';

type TenantRow = TenantListQuery['tenants']['items'][number];

interface TenantTableProps {
  tenants: TenantRow[];
  sortBy: TenantSortField;
  sortOrder: SortOrder;
  onSort: (field: TenantSortField, order: SortOrder) => void;
}

export function TenantTable({ tenants, sortBy, sortOrder, onSort }: TenantTableProps) {
  const location = useLocation();
  const fromList: FromListState = { listSearch: location.search };
  const sorting = { sortBy, sortOrder, onSort };

  return (
    <div className="table-scroll">
      <table className="tenant-table">
        <caption className="visually-hidden">
          Tenants, sorted by {sortBy.replace('_', ' ')} (
          {sortOrder === 'asc' ? 'ascending' : 'descending'})
        </caption>
        <thead>
          <tr>
            <SortableHeader field="name" label="Name" {...sorting} />
            <SortableHeader field="slug" label="Slug" {...sorting} />
            <SortableHeader field="status" label="Status" {...sorting} />
            <SortableHeader field="billing_plan" label="Plan" {...sorting} />
            <th scope="col">Contact</th>
            <SortableHeader field="created_date" label="Created" {...sorting} />
          </tr>
        </thead>
        <tbody>
          {tenants.map((tenant) => (
            <tr key={tenant.id}>
              <td>
                {tenant.status === 'deleted' ? (
                  // Deleted tenants only wait for the purge; there is no page to open.
                  <span className="tenant-link">{tenant.name}</span>
                ) : (
                  <Link to={`/tenants/${tenant.id}`} state={fromList} className="tenant-link">
                    {tenant.name}
                  </Link>
                )}
                {tenant.domain ? <div className="muted">{tenant.domain}</div> : null}
              </td>
              <td>
                <code>{tenant.slug}</code>
              </td>
              <td>
                <StatusBadge status={tenant.status} />
              </td>
              <td>{BILLING_PLAN_LABELS[tenant.billing_plan]}</td>
              <td>{tenant.contact_email}</td>
              <td>{formatDate(tenant.created_date)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

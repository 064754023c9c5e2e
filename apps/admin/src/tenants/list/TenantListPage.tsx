import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { toApiError } from '../../errors/graphqlErrors';
import { Notice } from '../../ui/Notice';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { TenantListDocument } from '../tenant.operations';
import { isKeyOf, keysOf, STATUS_LABELS } from '../tenantOptions';
import { Pagination } from './Pagination';
import { SearchBox } from './SearchBox';
import { TenantTable } from './TenantTable';
import { useLiveTenantRefresh } from './useLiveTenantRefresh';
import { useTenantListParams } from './useTenantListParams';

export function TenantListPage() {
  useDocumentTitle('Tenants');
  const { params, update } = useTenantListParams();
  const { data, previousData, error, networkStatus, refetch } = useQuery(TenantListDocument, {
    variables: { ...params, search: params.search || null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // Keep showing the previous page while the next one loads, instead of flashing a spinner.
  const shown = (data ?? previousData)?.tenants;
  useLiveTenantRefresh({ params, ids: shown?.items.map((item) => item.id) ?? [] }, () => {
    void refetch();
  });
  const busy = networkStatus !== NetworkStatus.ready && networkStatus !== NetworkStatus.error;

  return (
    <section aria-labelledby="tenants-title">
      <header className="page-header">
        <h1 id="tenants-title">Tenants</h1>
        <Link to="/tenants/new" className="button button--primary">
          New tenant
        </Link>
      </header>
      <Notice />
      <div className="toolbar">
        <SearchBox
          value={params.search}
          onSearch={(search) => update({ search }, { replace: true })}
        />
        <div className="toolbar__filter">
          <label htmlFor="status-filter">Status</label>
          <select
            id="status-filter"
            value={params.status ?? ''}
            onChange={(event) => {
              const status = event.target.value;
              update({ status: isKeyOf(STATUS_LABELS, status) ? status : null });
            }}
          >
            <option value="">All statuses</option>
            {keysOf(STATUS_LABELS).map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <span role="status" className="toolbar__busy">
          {busy && shown ? 'Updating…' : ''}
        </span>
      </div>

      {error && !busy ? (
        <div role="alert" className="panel panel--error">
          <p>Could not load tenants: {toApiError(error).message}</p>
          <button type="button" className="button" onClick={() => void refetch()}>
            Try again
          </button>
        </div>
      ) : null}

      {!shown && busy ? <p role="status">Loading tenants…</p> : null}

      {shown && shown.items.length === 0 && shown.totalCount > 0 && !busy ? (
        <div className="panel empty-state">
          <p>Page {params.page} is past the end of the list.</p>
          <button type="button" className="button" onClick={() => update({ page: 1 })}>
            Go to the first page
          </button>
        </div>
      ) : null}

      {shown && shown.totalCount === 0 && !busy ? (
        <div className="panel empty-state">
          <p>No tenants match.</p>
          {params.search || params.status ? (
            <button
              type="button"
              className="button"
              onClick={() => update({ search: '', status: null })}
            >
              Clear search and filter
            </button>
          ) : (
            <Link to="/tenants/new">Create the first tenant</Link>
          )}
        </div>
      ) : null}

      {shown && shown.items.length > 0 ? (
        <>
          <TenantTable
            tenants={shown.items}
            sortBy={params.sortBy}
            sortOrder={params.sortOrder}
            onSort={(sortBy, sortOrder) => update({ sortBy, sortOrder })}
          />
          <Pagination
            page={params.page}
            limit={params.limit}
            totalCount={shown.totalCount}
            onPage={(page) => update({ page })}
            onLimit={(limit) => update({ limit })}
          />
        </>
      ) : null}
    </section>
  );
}

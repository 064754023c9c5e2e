import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { Notice } from '../ui/Notice';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { DeleteTenantButton } from './DeleteTenantButton';
import { LifecycleActions } from './detail/LifecycleActions';
import { SuspensionSummary } from './detail/SuspensionSummary';
import { readListSearch, tenantsListPath } from './listReturn';
import { StatusBadge } from './StatusBadge';
import { TENANT_TABS } from './tabs/tenantTabs';
import type { TenantTabContext } from './tabs/useTabTenant';
import { TenantLoadProblem } from './TenantLoadProblem';
import { useRouteTenant } from './useRouteTenant';

/** A tenant's header and lifecycle actions, with its sections as tabs below. */
export function TenantDetailPage() {
  const { tenant, loading, error, notFound, refetch } = useRouteTenant();
  useDocumentTitle(tenant?.name ?? 'Tenant');
  const location = useLocation();
  const listSearch = readListSearch(location.state);
  const listPath = tenantsListPath(listSearch);

  if (!tenant) {
    if (loading) return <p role="status">Loading tenant…</p>;
    return (
      <TenantLoadProblem
        notFound={notFound}
        error={error}
        backTo={listPath}
        onRetry={() => void refetch()}
      />
    );
  }

  return (
    <section aria-labelledby="tenant-title" className="tenant-detail">
      <Link to={listPath} className="back-link">
        ← Back to tenants
      </Link>
      <Notice />
      <header className="page-header">
        <div>
          <h1 id="tenant-title">{tenant.name}</h1>
          <p className="page-header__meta">
            <StatusBadge status={tenant.status} /> <code>{tenant.slug}</code>
            {tenant.domain ? <> · {tenant.domain}</> : null}
          </p>
        </div>
        <div className="page-header__actions">
          <Link
            to={`/tenants/${tenant.id}/edit`}
            state={{ listSearch }}
            className="button button--primary"
          >
            Edit
          </Link>
          <LifecycleActions tenant={tenant} />
          <DeleteTenantButton tenant={tenant} listSearch={listSearch} />
        </div>
      </header>
      <SuspensionSummary tenant={tenant} />
      <nav aria-label="Tenant sections" className="tabs">
        {TENANT_TABS.map((tab) => (
          <NavLink
            key={tab.path}
            to={tab.path ? `/tenants/${tenant.id}/${tab.path}` : `/tenants/${tenant.id}`}
            end
            state={{ listSearch }}
            className="tabs__tab"
          >
            {tab.label}
          </NavLink>
        ))}
      </nav>
      <Outlet context={{ tenant } satisfies TenantTabContext} />
    </section>
  );
}

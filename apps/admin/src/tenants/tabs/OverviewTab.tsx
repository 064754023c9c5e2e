import { ClinicCountsSection } from '../detail/ClinicCountsSection';
import { LiveUsageSection } from '../detail/LiveUsageSection';
import { TenantFacts } from '../TenantFacts';
import { useTabTenant } from './useTabTenant';

/** Who the clinic is, its plan and limits, how much data it holds, and its usage today, live. */
export function OverviewTab() {
  const tenant = useTabTenant();
  return (
    <>
      <TenantFacts tenant={tenant} />
      <div className="facts-grid detail-sections">
        <ClinicCountsSection tenant={tenant} />
        <LiveUsageSection tenantId={tenant.id} />
      </div>
    </>
  );
}

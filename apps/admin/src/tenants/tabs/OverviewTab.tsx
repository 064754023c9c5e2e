import { UsageBars } from '../../billing/UsageBars';
import { ClinicCountsSection } from '../detail/ClinicCountsSection';
import { LiveUsageSection } from '../detail/LiveUsageSection';
import { TenantFacts } from '../TenantFacts';
import { useTabTenant } from './useTabTenant';

/**
 * Who the clinic is, its plan and limits, how much data it holds, its usage against its limits, and
 * its usage today, live.
 */
export function OverviewTab() {
  const tenant = useTabTenant();
  return (
    <>
      <TenantFacts tenant={tenant} />
      <div className="facts-grid detail-sections">
        <ClinicCountsSection tenant={tenant} />
        <UsageBars tenantId={tenant.id} />
        <LiveUsageSection tenantId={tenant.id} />
      </div>
    </>
  );
}

import { ClinicCountsSection } from '../detail/ClinicCountsSection';
import { TenantFacts } from '../TenantFacts';
import { useTabTenant } from './useTabTenant';

/** Who the clinic is, its plan and limits, and how much data it holds. */
export function OverviewTab() {
  const tenant = useTabTenant();
  return (
    <>
      <TenantFacts tenant={tenant} />
      <div className="facts-grid detail-sections">
        <ClinicCountsSection tenant={tenant} />
      </div>
    </>
  );
}

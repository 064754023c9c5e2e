import type { TenantStatus } from '../../gql/graphql';
import { ActivateTenantButton } from './ActivateTenantButton';
import { SuspendTenantButton } from './SuspendTenantButton';

interface LifecycleActionsProps {
  tenant: { id: string; name: string; status: TenantStatus };
}

/** The transitions the API allows from the tenant's status (deletion has its own button). */
export function LifecycleActions({ tenant }: LifecycleActionsProps) {
  switch (tenant.status) {
    case 'active':
      return <SuspendTenantButton tenant={tenant} />;
    case 'suspended':
    case 'inactive':
    case 'pending':
      return <ActivateTenantButton tenant={tenant} />;
    case 'deleted':
      return null;
  }
}

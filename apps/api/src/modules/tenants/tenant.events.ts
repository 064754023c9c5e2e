import type { Tenant } from './tenant.types.js';

export const TENANT_CHANGED = 'TENANT_CHANGED';

export interface TenantChange {
  kind: 'created' | 'updated' | 'deleted';
  tenant_id: string;
  tenant: Tenant | null;
}

export interface TenantEvents {
  publish(change: TenantChange): Promise<void>;
}

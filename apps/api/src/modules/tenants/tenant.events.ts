import type { AppPubSub } from '../../graphql/pubsub.js';
import type { Theme } from '@vetcares/tenant-rules';
import { effectiveFeatures, effectiveTheme, type EffectiveFeatures } from './tenant-config.js';
import type { TenantDirectory } from './tenant-directory.js';
import type { Tenant } from './tenant.types.js';

export const TENANT_CHANGED = 'TENANT_CHANGED';
export const TENANT_CONFIG_CHANGED = 'TENANT_CONFIG_CHANGED';

export interface TenantChange {
  kind: 'created' | 'updated' | 'deleted';
  tenant_id: string;
  tenant: Tenant | null;
}

/** What running clinic apps need to re-theme and re-gate themselves without reloading. */
export interface TenantConfigChange {
  tenant_id: string;
  status: Tenant['status'];
  theme: Theme;
  features: EffectiveFeatures;
  language: Tenant['language'];
  timezone: string;
  currency: Tenant['currency'];
}

type Hosts = { slug: string; domain: string | null };

/**
 * Everything that must follow a change to a tenant, in one place: every instance's routing cache
 * forgets it, admin dashboards hear about it, and the clinic's own apps get its new configuration.
 */
export class TenantChanges {
  constructor(
    private readonly directory: TenantDirectory,
    private readonly pubSub: AppPubSub,
  ) {}

  stream(): AsyncIterable<TenantChange> {
    return this.pubSub.subscribe(TENANT_CHANGED);
  }

  async changed(
    kind: TenantChange['kind'],
    tenantId: string,
    before: Hosts | null,
    after: Tenant | null,
  ): Promise<void> {
    await this.directory.invalidate(
      tenantId,
      before ? this.directory.hostsOf(before) : [],
      after ? this.directory.hostsOf(after) : [],
    );
    this.pubSub.publish(TENANT_CHANGED, {
      kind,
      tenant_id: tenantId,
      tenant: kind === 'deleted' ? null : after,
    });
    if (after) this.pubSub.publish(TENANT_CONFIG_CHANGED, configOf(after));
  }
}

export function configOf(tenant: Tenant): TenantConfigChange {
  return {
    tenant_id: tenant.id,
    status: tenant.status,
    theme: effectiveTheme(tenant),
    features: effectiveFeatures(tenant),
    language: tenant.language,
    timezone: tenant.timezone,
    currency: tenant.currency,
  };
}

import { filter, pipe } from '@graphql-yoga/subscription';
import { badInput, notFound } from '../../common/errors.js';
import { authorizeAdmin } from '../../common/policy.js';
import { isClinicPrincipal, type Principal } from '../../common/principal.js';
import type { AppPubSub } from '../../graphql/pubsub.js';
import { TENANT_CONFIG_CHANGED, type TenantConfigChange } from './tenant.events.js';
import type { ClinicAccess } from './clinic-access.js';
import { effectiveFeatures, effectiveTheme } from './tenant-config.js';
import type { ResolvedTenant } from './tenant-config.types.js';
import type { TenantDirectory } from './tenant-directory.js';
import type { TenantSummary } from './tenant.fields.js';

export const toResolvedTenant = (tenant: TenantSummary): ResolvedTenant => ({
  id: tenant.id,
  slug: tenant.slug,
  name: tenant.name,
  status: tenant.status,
  theme: effectiveTheme(tenant),
  features: effectiveFeatures(tenant),
  language: tenant.language,
  timezone: tenant.timezone,
  currency: tenant.currency,
});

/** Public: any clinic app may ask which clinic a hostname belongs to, and in what state it is. */
export class TenantResolutionService {
  constructor(
    private readonly directory: TenantDirectory,
    private readonly access: ClinicAccess,
    private readonly pubSub: AppPubSub,
  ) {}

  async resolve(hostname: string): Promise<ResolvedTenant> {
    const tenant = await this.directory.byHost(hostname);
    if (!tenant) throw notFound('Tenant for this hostname');
    return toResolvedTenant(tenant);
  }

  /** The caller's own clinic, for clinic users and API keys (refused while suspended). */
  async current(principal: Principal): Promise<ResolvedTenant> {
    const clinic = await this.access.require(principal, 'clinic:read');
    const tenant = await this.directory.byId(clinic.tenantId);
    if (!tenant) throw notFound('Tenant');
    return toResolvedTenant(tenant);
  }

  /** A clinic principal hears only its own clinic; an admin must say which clinic. */
  async configChanges(
    principal: Principal,
    tenantId: string | undefined,
  ): Promise<AsyncIterable<TenantConfigChange>> {
    let watched: string;
    if (isClinicPrincipal(principal))
      watched = (await this.access.require(principal, 'clinic_config:read')).tenantId;
    else {
      authorizeAdmin(principal, 'clinic_config:read');
      if (!tenantId) throw badInput([{ field: 'tenant_id', message: 'is required for admins' }]);
      watched = tenantId;
    }
    return pipe(
      this.pubSub.subscribe(TENANT_CONFIG_CHANGED),
      filter((change: TenantConfigChange) => change.tenant_id === watched),
    );
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context.js';
import { Tenant } from '../../tenants/tenant.types.js';
import { ClinicCounts } from './clinic-counts.types.js';

/** Not a tenant: the loader batches across the tenants of one admin request. */
const PLATFORM = 'platform';

@Resolver(() => Tenant)
export class TenantClinicCountsResolver {
  @FieldResolver(() => ClinicCounts, {
    description: "Counts of the clinic's own data and its revenue (platform admins only)",
  })
  clinic_counts(@Root() tenant: Tenant, @Ctx() ctx: GraphQLContext): Promise<ClinicCounts> {
    return ctx.loaders
      .get<
        string,
        ClinicCounts
      >('clinic.counts', PLATFORM, (ids: readonly string[]) => ctx.services.clinicCounts.countsForTenants(ctx.principal, ids))
      .load(tenant.id);
  }
}

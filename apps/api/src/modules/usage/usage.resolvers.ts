import { TenantLimitResolver } from './tenant-limits.resolver.js';
import { UsageResolver } from './usage.resolver.js';

/** The usage module's resolvers, for the schema's one list. */
export const usageResolvers = [UsageResolver, TenantLimitResolver] as const;

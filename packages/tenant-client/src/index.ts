export {
  TenantManager,
  type TenantManagerOptions,
  type TrackUsageOptions,
} from './tenant-manager.js';
export {
  TenantClientError,
  isTenantClientError,
  type FieldProblem,
  type TenantClientErrorCode,
} from './errors.js';
export { USAGE_EVENTS, isUsageEvent, type UsageEventName } from './usage-events.js';
export type { UsageStats } from './usage-queue.js';
export type {
  Currency,
  Language,
  ResolvedTenant,
  TenantFeatures,
  TenantLimitAction,
  TenantLimitCheck,
  TenantStatus,
  TenantTheme,
} from './types.js';

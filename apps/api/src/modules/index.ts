import type { AppModule } from '../core/module.js';
import { adminsModule } from './admins/admins.module.js';
import { backupsModule } from './backups/backups.module.js';
import { analyticsModule } from './analytics/analytics.module.js';
import { billingModule } from './billing/billing.module.js';
import { clinicAuthModule } from './clinic-auth/clinic-auth.module.js';
import { clinicModule } from './clinic/clinic.module.js';
import { incidentsModule } from './incidents/incidents.module.js';
import { monitoringModule } from './monitoring/monitoring.module.js';
import { privacyModule } from './privacy/privacy.module.js';
import { rateLimitsModule } from './rate-limits/rate-limits.module.js';
import { securityModule } from './security/security.module.js';
import { sessionsModule } from './sessions/sessions.module.js';
import { tenantsModule } from './tenants/tenants.module.js';
import { usageModule } from './usage/usage.module.js';

/**
 * Every module of the API: the composition root's one list. A module's services are made in this
 * order and may use the services of the modules above it. Adding a module adds one line here.
 */
export const MODULES: readonly AppModule[] = [
  securityModule,
  rateLimitsModule,
  tenantsModule,
  sessionsModule,
  adminsModule,
  clinicAuthModule,
  // Before usage and clinic (their limits count against its counters) and analytics (revenue).
  billingModule,
  // Before clinic: the clinic's services tell usage's counters what changed.
  usageModule,
  clinicModule,
  analyticsModule,
  incidentsModule,
  privacyModule,
  backupsModule,
  // After incidents and billing: it alerts on their signals.
  monitoringModule,
];

import type { ReactElement } from 'react';
import { PlansPage } from '../billing/PlansPage';
import { AccountPage } from '../account/AccountPage';
import { IncidentsPage } from '../security/IncidentsPage';
import { SecurityLogPage } from '../security/SecurityLogPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { AlertsPage } from '../monitoring/AlertsPage';
import { SystemHealthPage } from '../monitoring/SystemHealthPage';
import { CreateTenantPage } from '../tenants/CreateTenantPage';
import { TenantListPage } from '../tenants/list/TenantListPage';

export interface ConsolePage {
  /** The route, without the console's base path. */
  path: string;
  element: ReactElement;
  /** Shown in the header's navigation when set. */
  nav?: { label: string; end?: boolean };
}

/**
 * The console's top-level pages, in navigation order. A feature adds its page here (one entry) and
 * both the router and the header's navigation pick it up. The tenant page's tabs are listed in
 * tenants/tabs/tenantTabs.tsx.
 */
export const CONSOLE_PAGES: readonly ConsolePage[] = [
  { path: '', element: <DashboardPage />, nav: { label: 'Overview', end: true } },
  { path: 'tenants', element: <TenantListPage />, nav: { label: 'Tenants', end: true } },
  { path: 'tenants/new', element: <CreateTenantPage />, nav: { label: 'New tenant' } },
  { path: 'plans', element: <PlansPage />, nav: { label: 'Plans' } },
  { path: 'security/log', element: <SecurityLogPage />, nav: { label: 'Security log' } },
  { path: 'security/incidents', element: <IncidentsPage />, nav: { label: 'Incidents' } },
  { path: 'account', element: <AccountPage /> },
  { path: 'monitoring/alerts', element: <AlertsPage />, nav: { label: 'Alerts' } },
  { path: 'monitoring/health', element: <SystemHealthPage />, nav: { label: 'System health' } },
];

import type { ReactElement } from 'react';
import { BillingTab } from '../../billing/BillingTab';
import { BackupsTab } from '../../backups/BackupsTab';
import { PrivacyTab } from '../../privacy/PrivacyTab';
import { UsersTab } from '../../users/UsersTab';
import { AnalyticsTab } from './AnalyticsTab';
import { OverviewTab } from './OverviewTab';
import { SettingsTab } from './SettingsTab';

export interface TenantTab {
  /** The route under /tenants/:id ('' for the overview). */
  path: string;
  label: string;
  element: ReactElement;
}

/**
 * The tenant page's tabs, in the order they show. A feature adds its tab here (one line) and the
 * router and the tab bar pick it up.
 */
export const TENANT_TABS: readonly TenantTab[] = [
  { path: '', label: 'Overview', element: <OverviewTab /> },
  { path: 'analytics', label: 'Analytics', element: <AnalyticsTab /> },
  { path: 'billing', label: 'Billing', element: <BillingTab /> },
  { path: 'settings', label: 'Settings', element: <SettingsTab /> },
  { path: 'users', label: 'Users', element: <UsersTab /> },
  { path: 'privacy', label: 'Privacy', element: <PrivacyTab /> },
  { path: 'backups', label: 'Backups', element: <BackupsTab /> },
];

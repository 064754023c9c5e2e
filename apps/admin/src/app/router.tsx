import { createBrowserRouter } from 'react-router-dom';
import { RequireAuth } from '../auth/RequireAuth';
import { SignInPage } from '../auth/SignInPage';
import { EditTenantPage } from '../tenants/EditTenantPage';
import { TENANT_TABS } from '../tenants/tabs/tenantTabs';
import { TenantDetailPage } from '../tenants/TenantDetailPage';
import { AppLayout } from './AppLayout';
import { CONSOLE_PAGES } from './consolePages';
import { NotFoundPage } from './NotFoundPage';

// Vite's base ("/admin/") is where the API serves the console; routes are written without it.
const basename = import.meta.env.BASE_URL.replace(/\/$/, '');

/** The router's own location carries the basename; navigate() wants paths without it. */
export function withoutBasename(pathname: string): string {
  return pathname.startsWith(`${basename}/`) ? pathname.slice(basename.length) : pathname;
}

export function createConsoleRouter() {
  return createBrowserRouter(
    [
      { path: '/sign-in', element: <SignInPage /> },
      {
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        children: [
          // The home page is the console page whose path is empty (the overview dashboard).
          ...CONSOLE_PAGES.map(({ path, element }) =>
            path ? { path, element } : { index: true, element },
          ),
          {
            path: 'tenants/:id',
            element: <TenantDetailPage />,
            children: TENANT_TABS.map((tab) =>
              tab.path
                ? { path: tab.path, element: tab.element }
                : { index: true, element: tab.element },
            ),
          },
          { path: 'tenants/:id/edit', element: <EditTenantPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
    { basename },
  );
}

export type ConsoleRouter = ReturnType<typeof createConsoleRouter>;

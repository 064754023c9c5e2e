import { createBrowserRouter, Navigate } from 'react-router-dom';
import { RequireAuth } from '../auth/RequireAuth';
import { SignInPage } from '../auth/SignInPage';
import { CreateTenantPage } from '../tenants/CreateTenantPage';
import { EditTenantPage } from '../tenants/EditTenantPage';
import { TenantListPage } from '../tenants/list/TenantListPage';
import { TenantDetailPage } from '../tenants/TenantDetailPage';
import { AppLayout } from './AppLayout';
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
          { index: true, element: <Navigate to="/tenants" replace /> },
          { path: 'tenants', element: <TenantListPage /> },
          { path: 'tenants/new', element: <CreateTenantPage /> },
          { path: 'tenants/:id', element: <TenantDetailPage /> },
          { path: 'tenants/:id/edit', element: <EditTenantPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
    { basename },
  );
}

export type ConsoleRouter = ReturnType<typeof createConsoleRouter>;

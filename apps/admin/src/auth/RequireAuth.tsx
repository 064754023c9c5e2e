import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { getSessionToken } from './session';

/** Sends signed-out visitors to sign in, remembering where they were headed. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  if (!getSessionToken()) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/sign-in" replace state={{ from }} />;
  }
  return children;
}

import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { accessToken, currentToken } from './session';

/**
 * Sends signed-out visitors to sign in, remembering where they were headed. After a reload the
 * token in memory is gone: the refresh cookie is tried first.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const [state, setState] = useState<'checking' | 'in' | 'out'>(() =>
    currentToken() ? 'in' : 'checking',
  );
  useEffect(() => {
    if (state !== 'checking') return;
    let live = true;
    void accessToken().then((token) => {
      if (live) setState(token ? 'in' : 'out');
    });
    return () => {
      live = false;
    };
  }, [state]);
  if (state === 'checking') return <p className="muted">Loading…</p>;
  if (state === 'out') {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/sign-in" replace state={{ from }} />;
  }
  return children;
}

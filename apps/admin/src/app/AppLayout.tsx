import { useApolloClient, useQuery } from '@apollo/client/react';
import { NavLink, Outlet, useNavigate } from 'react-router-dom';
import { CurrentAdminDocument } from '../auth/auth.operations';
import { signOut as endSession, signOutEverywhere as endEverySession } from '../auth/session';
import { CONSOLE_PAGES } from './consolePages';

export function AppLayout() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { data } = useQuery(CurrentAdminDocument);

  async function signOut(everywhere: boolean) {
    await (everywhere ? endEverySession() : endSession());
    await client.clearStore();
    await navigate('/sign-in', { replace: true });
  }

  return (
    <div className="app">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-header__brand">VetCares Admin</span>
        <nav aria-label="Main" className="app-header__nav">
          {CONSOLE_PAGES.filter((page) => page.nav).map(({ path, nav }) => (
            <NavLink key={path} to={`/${path}`} end={nav?.end}>
              {nav?.label}
            </NavLink>
          ))}
        </nav>
        <div className="app-header__account">
          {data ? (
            <span className="app-header__email" title={`${data.me.name} (${data.me.role})`}>
              {data.me.email}
            </span>
          ) : null}
          <NavLink to="/account">Account</NavLink>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void signOut(false)}
          >
            Sign out
          </button>
          <button type="button" className="button button--quiet" onClick={() => void signOut(true)}>
            Sign out everywhere
          </button>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Notice } from '../ui/Notice';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { currentToken, signIn, SignInError } from './session';

/** Only same-app paths: a crafted link must not turn sign-in into an open redirect. */
function readReturnPath(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from = state.from;
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//')) return from;
  }
  return '/';
}

export function SignInPage() {
  useDocumentTitle('Sign in');
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const returnPath = readReturnPath(location.state);

  if (currentToken()) return <Navigate to={returnPath} replace />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setLoading(true);
    try {
      const answer = await signIn(email.trim(), password, needsCode ? code.trim() : undefined);
      // Whatever a previous admin loaded must not show through.
      await client.clearStore();
      await navigate(answer.two_factor_enrolment_required ? '/account' : returnPath, {
        replace: true,
      });
    } catch (error) {
      if (error instanceof SignInError && error.code === 'TWO_FACTOR_REQUIRED') {
        setNeedsCode(true);
        setFailure(null);
      } else if (error instanceof SignInError && error.code === 'UNAUTHENTICATED') {
        setFailure(needsCode ? error.message : 'Wrong e-mail or password.');
      } else {
        setFailure(error instanceof Error ? error.message : 'Sign-in failed.');
      }
    } finally {
      setLoading(false);
    }
  }

  return (
    <main className="sign-in">
      <form className="sign-in__card" onSubmit={(event) => void handleSubmit(event)}>
        <h1>VetCares Admin</h1>
        <p className="muted">Sign in to manage clinics.</p>
        <Notice />
        <div className="field">
          <label htmlFor="sign-in-email" className="field__label">
            E-mail
          </label>
          <input
            id="sign-in-email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password" className="field__label">
            Password
          </label>
          <input
            id="sign-in-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        {needsCode ? (
          <div className="field">
            <label htmlFor="sign-in-code" className="field__label">
              Two-factor code
            </label>
            <input
              id="sign-in-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              autoFocus
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
            <p className="muted">The code from your authenticator app, or a recovery code.</p>
          </div>
        ) : null}
        {failure ? (
          <p role="alert" className="form-error">
            {failure}
          </p>
        ) : null}
        <button type="submit" className="button button--primary button--block" disabled={loading}>
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}

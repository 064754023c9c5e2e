import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { toApiError } from '../errors/graphqlErrors';
import { Notice } from '../ui/Notice';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { SignInDocument } from './auth.operations';
import { getSessionToken, saveSession } from './session';

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
  const [signIn, { loading }] = useMutation(SignInDocument);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const returnPath = readReturnPath(location.state);

  if (getSessionToken()) return <Navigate to={returnPath} replace />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    try {
      const result = await signIn({ variables: { email: email.trim(), password } });
      const login = result.data?.login;
      if (!login) throw new Error('Sign-in returned no session.');
      saveSession(login.token, login.expires_at);
      // Whatever a previous admin loaded must not show through.
      await client.clearStore();
      await navigate(returnPath, { replace: true });
    } catch (error) {
      const { code, message } = toApiError(error);
      setFailure(code === 'UNAUTHENTICATED' ? 'Wrong e-mail or password.' : message);
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

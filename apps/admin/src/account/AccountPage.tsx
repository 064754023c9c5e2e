import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { toApiError } from '../errors/graphqlErrors';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import {
  AccountDocument,
  ConfirmTwoFactorEnrolmentDocument,
  StartTwoFactorEnrolmentDocument,
} from './account.operations';

/** The signed-in admin's own account: two-factor enrolment with a QR code. */
export function AccountPage() {
  useDocumentTitle('Account');
  const { data, refetch } = useQuery(AccountDocument);
  const [start, started] = useMutation(StartTwoFactorEnrolmentDocument);
  const [confirm] = useMutation(ConfirmTwoFactorEnrolmentDocument);
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const enrolment = started.data?.startTwoFactorEnrolment;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    try {
      const result = await confirm({ variables: { code: code.trim() } });
      setRecoveryCodes(result.data?.confirmTwoFactorEnrolment.recovery_codes ?? []);
      await refetch();
    } catch (error) {
      setFailure(toApiError(error).message);
    }
  };

  return (
    <section className="panel" aria-labelledby="account-title">
      <h1 id="account-title">Account</h1>
      {data ? (
        <p>
          {data.me.email} ({data.me.role.replace('_', ' ')})
        </p>
      ) : null}
      <h2>Two-factor sign-in</h2>
      {data?.me.two_factor_enabled ? <p role="status">Two-factor sign-in is on.</p> : null}
      {recoveryCodes ? (
        <div>
          <p>
            Keep these recovery codes somewhere safe; each signs in once. They are not shown again.
          </p>
          <ul aria-label="Recovery codes">
            {recoveryCodes.map((recovery) => (
              <li key={recovery}>
                <code>{recovery}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {data && !data.me.two_factor_enabled && !enrolment ? (
        <button
          type="button"
          className="button button--primary"
          onClick={() =>
            void start().catch((error: unknown) => setFailure(toApiError(error).message))
          }
        >
          Set up two-factor sign-in
        </button>
      ) : null}
      {enrolment && !recoveryCodes ? (
        <form onSubmit={(event) => void submit(event)}>
          <p>Scan this code with an authenticator app, then enter the code it shows.</p>
          <img src={enrolment.qr_code_data_url} alt="Two-factor QR code" width={220} height={220} />
          <p className="muted">
            Or type the key: <code>{enrolment.secret}</code>
          </p>
          <div className="field">
            <label htmlFor="enrol-code" className="field__label">
              Code from the app
            </label>
            <input
              id="enrol-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
          </div>
          <button type="submit" className="button button--primary">
            Turn on
          </button>
        </form>
      ) : null}
      {failure ? (
        <p role="alert" className="form-error">
          {failure}
        </p>
      ) : null}
    </section>
  );
}

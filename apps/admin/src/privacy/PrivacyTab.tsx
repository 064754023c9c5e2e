import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { toApiError } from '../errors/graphqlErrors';
import { useTabTenant } from '../tenants/tabs/useTabTenant';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import {
  DataSubjectDocument,
  ErasePersonDataDocument,
  RequestDataExportDocument,
} from './privacy.operations';

/** GDPR requests for one pet owner of the clinic: find them by e-mail, export, erase. */
export function PrivacyTab() {
  const tenant = useTabTenant();
  const [email, setEmail] = useState('');
  const [find, found] = useLazyQuery(DataSubjectDocument, { fetchPolicy: 'network-only' });
  const [requestExport, exporting] = useMutation(RequestDataExportDocument);
  const [erase, erasing] = useMutation(ErasePersonDataDocument);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const subject = found.data?.dataSubject ?? null;

  const search = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    void find({ variables: { tenant_id: tenant.id, email } });
  };

  const download = async () => {
    if (!subject) return;
    const result = await requestExport({
      variables: { tenant_id: tenant.id, client_id: subject.client_id },
    });
    const url = result.data?.requestDataExport.url;
    if (!url) return;
    // The link is its own credential (single use, five minutes): the browser downloads it.
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = '';
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setDone('The export is downloading.');
  };

  return (
    <section className="panel" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Pet owners’ data (GDPR)</h2>
      <form className="toolbar" aria-label="Find a pet owner" onSubmit={search}>
        <div className="toolbar__filter">
          <label htmlFor="subject-email">Pet owner’s e-mail</label>
          <input
            id="subject-email"
            type="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <button type="submit" className="button">
          Find
        </button>
      </form>
      {found.error ? <p role="alert">{toApiError(found.error).message}</p> : null}
      {found.called && !found.loading && found.data && !subject ? (
        <p role="status">No pet owner of this clinic has that e-mail.</p>
      ) : null}
      {subject ? (
        <section className="facts" aria-label="Pet owner">
          <p>
            <strong>
              {subject.first_name} {subject.last_name}
            </strong>{' '}
            ({subject.email}): {subject.patients} pets, {subject.appointments} visits,{' '}
            {subject.payments} payments
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={exporting.loading}
              onClick={() => void download()}
            >
              Export data
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => setConfirming(true)}
            >
              Erase data
            </button>
          </div>
        </section>
      ) : null}
      {exporting.error ? <p role="alert">{toApiError(exporting.error).message}</p> : null}
      {done ? <p role="status">{done}</p> : null}
      <ConfirmDialog
        open={confirming}
        title={`Erase ${subject?.first_name ?? ''} ${subject?.last_name ?? ''}?`}
        confirmLabel="Erase permanently"
        busy={erasing.loading}
        error={erasing.error ? toApiError(erasing.error).message : null}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          if (!subject) return;
          void erase({ variables: { tenant_id: tenant.id, client_id: subject.client_id } }).then(
            () => {
              setConfirming(false);
              setDone('Erased. Their payments are kept for the books, without their identity.');
              void find({ variables: { tenant_id: tenant.id, email } });
            },
          );
        }}
      >
        Their record, pets and visits are deleted and cannot be recovered; their payments stay for
        the books with their identity removed.
      </ConfirmDialog>
    </section>
  );
}

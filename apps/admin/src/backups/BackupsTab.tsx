import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { accessToken } from '../auth/session';
import { toApiError } from '../errors/graphqlErrors';
import type { BackupFieldsFragment, BackupProgressSubscription } from '../gql/graphql';
import { formatDateTime } from '../tenants/formatting';
import { useTabTenant } from '../tenants/tabs/useTabTenant';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import {
  BackupProgressDocument,
  CloneBackupDocument,
  CreateBackupDocument,
  DeleteBackupDocument,
  RestoreBackupDocument,
  TenantBackupsDocument,
  VerifyBackupDocument,
} from './backups.operations';

type ProgressEvent = BackupProgressSubscription['backupProgress'];

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Downloads with the admin's token (the archive is not a public link), through a blob. */
async function download(backup: BackupFieldsFragment): Promise<void> {
  const response = await fetch(backup.download_url, {
    headers: { authorization: `Bearer ${(await accessToken()) ?? ''}` },
  });
  if (!response.ok) throw new Error(`Download failed (${response.status})`);
  const url = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = `backup-${backup.id}.ejson.gz`;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
}

function ProgressBar({ event, label }: { event: ProgressEvent; label: string }) {
  const percent = Math.round(event.progress * 100);
  return (
    <div className="backup-progress">
      <progress aria-label={label} max={100} value={percent} />
      <span>
        {percent}% ({event.documents_done.toLocaleString()} of{' '}
        {event.documents_total.toLocaleString()} documents
        {event.phase ? `, ${event.phase.replace('_', ' ')}` : ''})
      </span>
    </div>
  );
}

/** A tenant's backups: take one (live progress), list, download, verify, restore, clone. */
export function BackupsTab() {
  const tenant = useTabTenant();
  const list = useQuery(TenantBackupsDocument, {
    variables: { tenant_id: tenant.id },
    fetchPolicy: 'cache-and-network',
  });
  const [live, setLive] = useState<Record<string, ProgressEvent>>({});
  useSubscription(BackupProgressDocument, {
    variables: { tenant_id: tenant.id },
    onData: ({ data }) => {
      const event = data.data?.backupProgress;
      if (!event) return;
      setLive((current) => ({ ...current, [event.id]: event }));
      if (event.status !== 'in_progress') void list.refetch();
    },
  });
  const [create, creating] = useMutation(CreateBackupDocument);
  const [remove] = useMutation(DeleteBackupDocument);
  const [verify, verifying] = useMutation(VerifyBackupDocument);
  const [restore, restoring] = useMutation(RestoreBackupDocument);
  const [clone, cloning] = useMutation(CloneBackupDocument);
  const [restoreTarget, setRestoreTarget] = useState<BackupFieldsFragment | null>(null);
  const [cloneTarget, setCloneTarget] = useState<BackupFieldsFragment | null>(null);
  const [cloneSlug, setCloneSlug] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const backups: BackupFieldsFragment[] = list.data?.tenantBackups.items ?? [];
  const restores = list.data?.tenantRestores ?? [];
  const running = Object.values(live).filter((event) => event.status === 'in_progress');

  const act = async (work: () => Promise<unknown>, done: string) => {
    setProblem(null);
    setMessage(null);
    try {
      await work();
      setMessage(done);
      await list.refetch();
    } catch (error) {
      setProblem(toApiError(error).message);
    }
  };

  return (
    <section className="panel" aria-labelledby="backups-title">
      <h2 id="backups-title">Backups</h2>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={creating.loading}
          onClick={() =>
            void act(() => create({ variables: { tenant_id: tenant.id } }), 'Backup started.')
          }
        >
          Back up now
        </button>
      </div>
      {running.map((event) => (
        <ProgressBar
          key={event.id}
          event={event}
          label={event.operation === 'backup' ? 'Backup progress' : 'Restore progress'}
        />
      ))}
      {message ? <p role="status">{message}</p> : null}
      {problem ? (
        <p role="alert" className="form-error">
          {problem}
        </p>
      ) : null}
      {list.error ? <p role="alert">{toApiError(list.error).message}</p> : null}
      <div className="table-scroll">
        <table className="tenant-table" aria-label="Backups">
          <thead>
            <tr>
              <th>Taken</th>
              <th>Kind</th>
              <th>Status</th>
              <th>Documents</th>
              <th>Size</th>
              <th>Verified</th>
              <th>Actions</th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => {
              const event = live[backup.id];
              const status = event?.status ?? backup.status;
              const done = status === 'completed';
              return (
                <tr key={backup.id} data-backup-id={backup.id}>
                  <td>{formatDateTime(backup.timestamp)}</td>
                  <td>{backup.kind.replace('_', ' ')}</td>
                  <td>
                    <span
                      className={`badge badge--${done ? 'active' : status === 'failed' ? 'suspended' : 'pending'}`}
                    >
                      {status.replace('_', ' ')}
                    </span>
                    {backup.error ? <span className="form-error"> {backup.error}</span> : null}
                  </td>
                  <td>{(event?.documents_done ?? backup.documents_done).toLocaleString()}</td>
                  <td>{done ? formatBytes(backup.size) : '—'}</td>
                  <td>
                    {backup.verification
                      ? `${backup.verification} ${formatDateTime(backup.verified_at)}`
                      : 'not yet'}
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button button--small"
                      disabled={!done}
                      onClick={() =>
                        void act(() => download(backup), 'The archive is downloading.')
                      }
                    >
                      Download
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      disabled={!done || verifying.loading}
                      onClick={() =>
                        void act(
                          () => verify({ variables: { id: backup.id } }),
                          'Restore drill finished.',
                        )
                      }
                    >
                      Verify
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      disabled={!done}
                      onClick={() => setRestoreTarget(backup)}
                    >
                      Restore
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      disabled={!done}
                      onClick={() => {
                        setCloneSlug(`${tenant.slug}-copy`);
                        setCloneTarget(backup);
                      }}
                    >
                      Clone
                    </button>
                    <button
                      type="button"
                      className="button button--small button--danger"
                      onClick={() =>
                        void act(() => remove({ variables: { id: backup.id } }), 'Backup deleted.')
                      }
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
            {backups.length === 0 && !list.loading ? (
              <tr>
                <td colSpan={7}>No backups yet.</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {restores.length > 0 ? (
        <>
          <h3>Restores and clones</h3>
          <ul aria-label="Restores">
            {restores.map((item) => {
              const event = live[item.id];
              return (
                <li key={item.id}>
                  {item.mode} from backup {item.backup_id.slice(-6)},{' '}
                  {formatDateTime(item.started_at)}: <strong>{event?.status ?? item.status}</strong>{' '}
                  ({event?.phase ?? item.phase}){item.error ? ` — ${item.error}` : ''}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <ConfirmDialog
        open={restoreTarget !== null}
        title="Restore this backup?"
        confirmLabel="Restore"
        busy={restoring.loading}
        onCancel={() => setRestoreTarget(null)}
        onConfirm={() => {
          const target = restoreTarget;
          if (!target) return;
          setRestoreTarget(null);
          void act(
            () => restore({ variables: { backup_id: target.id } }),
            'Restore started: a backup of the clinic as it is now is taken first.',
          );
        }}
      >
        The clinic’s data is replaced by the backup of {formatDateTime(restoreTarget?.timestamp)}.
        Its writes are refused until the restore ends; a backup of it as it is now is taken first.
      </ConfirmDialog>
      <ConfirmDialog
        open={cloneTarget !== null}
        title="Clone into a new clinic"
        confirmLabel="Clone"
        tone="primary"
        busy={cloning.loading}
        onCancel={() => setCloneTarget(null)}
        onConfirm={() => {
          const target = cloneTarget;
          if (!target) return;
          setCloneTarget(null);
          void act(
            () => clone({ variables: { backup_id: target.id, slug: cloneSlug } }),
            `Clone started as ${cloneSlug}.`,
          );
        }}
      >
        <label htmlFor="clone-slug">Slug of the new clinic</label>
        <input
          id="clone-slug"
          value={cloneSlug}
          onChange={(event) => setCloneSlug(event.target.value)}
        />
        <p>The clone gets no API keys and no custom domain.</p>
      </ConfirmDialog>
    </section>
  );
}

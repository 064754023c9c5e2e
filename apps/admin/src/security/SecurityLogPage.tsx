import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { toApiError } from '../errors/graphqlErrors';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import {
  SecurityChainsDocument,
  SecurityLogDocument,
  VerifySecurityChainDocument,
} from './security.operations';
import { EVENT_LABELS, isKeyOf, keysOf } from './securityLabels';

interface Filters {
  tenant: string;
  event: string;
  actor: string;
  from: string;
  to: string;
}

const EMPTY: Filters = { tenant: '', event: '', actor: '', from: '', to: '' };
const PAGE_SIZE = 50;
const EVENTS = keysOf(EVENT_LABELS);

/** A datetime-local value ("2026-03-01T09:30") as an instant, in the browser's zone. */
const instant = (value: string): string | null => (value ? new Date(value).toISOString() : null);

const formatTime = (value: unknown): string => new Date(String(value)).toLocaleString();

/** The security log with filters (tenant, event, actor, time) and the status of its chains. */
export function SecurityLogPage() {
  useDocumentTitle('Security log');
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [page, setPage] = useState(1);
  const { data, error, loading } = useQuery(SecurityLogDocument, {
    variables: {
      tenant_id: filters.tenant || null,
      event: isKeyOf(EVENT_LABELS, filters.event) ? filters.event : null,
      actor: filters.actor || null,
      from: instant(filters.from),
      to: instant(filters.to),
      page,
      limit: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });
  const log = data?.securityLogs;
  const pages = log ? Math.max(1, Math.ceil(log.totalCount / PAGE_SIZE)) : 1;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
    setPage(1);
  };
  const field = (name: keyof Filters) => ({
    id: `log-${name}`,
    value: draft[name],
    onChange: (event: { target: { value: string } }) =>
      setDraft((current) => ({ ...current, [name]: event.target.value })),
  });

  return (
    <section aria-labelledby="security-log-title">
      <header className="page-header">
        <h1 id="security-log-title">Security log</h1>
      </header>
      <ChainStatus />
      <form className="toolbar" aria-label="Filters" onSubmit={apply}>
        <div className="toolbar__filter">
          <label htmlFor="log-tenant">Tenant</label>
          <input {...field('tenant')} placeholder="tenant id, or platform" />
        </div>
        <div className="toolbar__filter">
          <label htmlFor="log-event">Event</label>
          <select {...field('event')}>
            <option value="">All events</option>
            {EVENTS.map((event) => (
              <option key={event} value={event}>
                {EVENT_LABELS[event]}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar__filter">
          <label htmlFor="log-actor">Actor</label>
          <input {...field('actor')} placeholder="admin e-mail or admin:<id>" />
        </div>
        <div className="toolbar__filter">
          <label htmlFor="log-from">From</label>
          <input type="datetime-local" {...field('from')} />
        </div>
        <div className="toolbar__filter">
          <label htmlFor="log-to">To</label>
          <input type="datetime-local" {...field('to')} />
        </div>
        <button type="submit" className="button">
          Apply filters
        </button>
      </form>
      {error ? (
        <div role="alert" className="panel panel--error">
          Could not load the security log: {toApiError(error).message}
        </div>
      ) : null}
      {!log && loading ? <p role="status">Loading the security log…</p> : null}
      {log ? (
        <>
          <p className="muted" role="status">
            {log.totalCount} {log.totalCount === 1 ? 'entry' : 'entries'}
          </p>
          <div className="table-scroll">
            <table className="tenant-table" aria-label="Security log entries">
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Event</th>
                  <th scope="col">Tenant</th>
                  <th scope="col">Actor</th>
                  <th scope="col">Address</th>
                  <th scope="col">Count</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {log.items.map((entry) => (
                  <tr key={entry.id}>
                    <td>{formatTime(entry.timestamp)}</td>
                    <td>{EVENT_LABELS[entry.event]}</td>
                    <td>{entry.tenant_id ?? 'platform'}</td>
                    <td>{entry.actor_label ?? entry.actor}</td>
                    <td title={entry.user_agent ?? undefined}>{entry.ip_address ?? '—'}</td>
                    <td>{entry.count}</td>
                    <td>
                      <code>{JSON.stringify(entry.details)}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="pagination" aria-label="Pages">
            <span className="pagination__summary">
              Page {page} of {pages}
            </span>
            <span className="pagination__controls">
              <button
                type="button"
                className="button"
                disabled={page <= 1}
                onClick={() => setPage(page - 1)}
              >
                Previous
              </button>
              <button
                type="button"
                className="button"
                disabled={page >= pages}
                onClick={() => setPage(page + 1)}
              >
                Next
              </button>
            </span>
          </nav>
        </>
      ) : null}
    </section>
  );
}

/** Every chain's last verification, and a button to verify one now. */
function ChainStatus() {
  const { data, refetch } = useQuery(SecurityChainsDocument, { fetchPolicy: 'cache-and-network' });
  const [verify, { loading, error }] = useMutation(VerifySecurityChainDocument);
  const chains = data?.securityChains ?? [];
  const broken = chains.filter((chain) => chain.last_verification && !chain.last_verification.ok);
  return (
    <section className="panel" aria-labelledby="chain-status-title">
      <h2 id="chain-status-title">Chain status</h2>
      <p role="status">
        {chains.length} {chains.length === 1 ? 'chain' : 'chains'}
        {broken.length > 0 ? `, ${broken.length} broken` : ', none found broken'}
      </p>
      {error ? <p role="alert">Could not verify: {toApiError(error).message}</p> : null}
      <div className="table-scroll">
        <table className="tenant-table" aria-label="Chains">
          <thead>
            <tr>
              <th scope="col">Chain</th>
              <th scope="col">Entries</th>
              <th scope="col">Last verified</th>
              <th scope="col">Result</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {chains.map((chain) => (
              <tr key={chain.chain}>
                <td>{chain.chain}</td>
                <td>{chain.length}</td>
                <td>
                  {chain.last_verification
                    ? formatTime(chain.last_verification.verified_at)
                    : 'never'}
                </td>
                <td>
                  {!chain.last_verification
                    ? '—'
                    : chain.last_verification.ok
                      ? 'Intact'
                      : `Broken: ${chain.last_verification.problem?.kind ?? ''} at ${chain.last_verification.problem?.seq ?? '?'} — ${chain.last_verification.problem?.message ?? ''}`}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={loading}
                    aria-label={`Verify ${chain.chain}`}
                    onClick={() =>
                      void verify({ variables: { chain: chain.chain } }).then(() => refetch())
                    }
                  >
                    Verify
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

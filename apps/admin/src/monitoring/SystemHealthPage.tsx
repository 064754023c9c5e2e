import { useQuery } from '@apollo/client/react';
import { toApiError } from '../errors/graphqlErrors';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { SystemHealthDocument } from './monitoring.operations';

const REFRESH_MS = 5_000;
const megabytes = (bytes: number) => `${Math.round(bytes / 1_048_576)} MB`;

/** Dependencies, job queues, websockets, error rate and latency; refreshed every few seconds. */
export function SystemHealthPage() {
  useDocumentTitle('System health');
  const { data, error } = useQuery(SystemHealthDocument, {
    pollInterval: REFRESH_MS,
    fetchPolicy: 'network-only',
  });
  const health = data?.systemHealth;

  return (
    <section aria-labelledby="health-title">
      <header className="page-header">
        <h1 id="health-title">System health</h1>
        {health ? (
          <p role="status">
            {health.status === 'ok' ? 'All dependencies answer' : 'Degraded'} · checked{' '}
            {new Date(String(health.checked_at)).toLocaleTimeString()}
          </p>
        ) : null}
      </header>
      {error ? (
        <div role="alert" className="panel panel--error">
          Could not load system health: {toApiError(error).message}
        </div>
      ) : null}
      {health ? (
        <>
          <table className="panel" aria-label="Dependencies">
            <thead>
              <tr>
                <th>Dependency</th>
                <th>State</th>
                <th>Ping</th>
              </tr>
            </thead>
            <tbody>
              {health.dependencies.map((dependency) => (
                <tr key={dependency.name}>
                  <td>{dependency.name === 'database' ? 'Database' : 'Redis'}</td>
                  <td>{dependency.state}</td>
                  <td>{dependency.latency_ms.toFixed(1)} ms</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="panel" aria-label="Job queues">
            <thead>
              <tr>
                <th>Queue</th>
                <th>Waiting</th>
                <th>Active</th>
                <th>Delayed</th>
                <th>Failed</th>
              </tr>
            </thead>
            <tbody>
              {health.queues.map((queue) => (
                <tr key={queue.name}>
                  <td>{queue.name}</td>
                  {queue.counts ? (
                    <>
                      <td>{queue.counts.waiting}</td>
                      <td>{queue.counts.active}</td>
                      <td>{queue.counts.delayed}</td>
                      <td>{queue.counts.failed}</td>
                    </>
                  ) : (
                    <td colSpan={4}>unavailable</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="panel incident__facts" aria-label="Requests today">
            <dt>Requests today (UTC)</dt>
            <dd>{health.requests ? health.requests.requests : 'unavailable'}</dd>
            <dt>Server error rate</dt>
            <dd data-testid="server-error-rate">
              {health.requests ? `${health.requests.server_error_rate} %` : '–'} (alert at{' '}
              {health.thresholds.error_rate_percent} %)
            </dd>
            <dt>Error rate (all errors)</dt>
            <dd>{health.requests ? `${health.requests.error_rate} %` : '–'}</dd>
            <dt>Latency</dt>
            <dd data-testid="latency">
              {health.requests
                ? `average ${health.requests.average_ms} ms, p95 ${health.requests.p95_ms} ms`
                : '–'}{' '}
              (alert at p95 {health.thresholds.latency_p95_ms} ms)
            </dd>
            <dt>Websockets (this instance)</dt>
            <dd>
              {health.websocket.connections} connections, {health.websocket.subscriptions}{' '}
              subscriptions
            </dd>
            <dt>Process (this instance)</dt>
            <dd>
              up {health.process.uptime_seconds} s, {megabytes(health.process.rss_bytes)} resident
            </dd>
          </dl>
        </>
      ) : null}
    </section>
  );
}

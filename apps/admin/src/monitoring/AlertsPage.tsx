import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { toApiError } from '../errors/graphqlErrors';
import type { AlertFieldsFragment, AlertState } from '../gql/graphql';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import {
  AcknowledgeAlertDocument,
  AlertChangedDocument,
  AlertsDocument,
  ResolveAlertDocument,
} from './monitoring.operations';

const STATE_LABELS: Record<AlertState, string> = {
  firing: 'Firing',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
};
const STATES = Object.keys(STATE_LABELS) as AlertState[];
const isState = (value: string): value is AlertState => value in STATE_LABELS;

/**
 * Alerts, live: a change (acknowledged, resolved) arrives with the alert itself, which the
 * cache applies by id; only a newly raised alert refetches the list, to place it.
 */
export function AlertsPage() {
  useDocumentTitle('Alerts');
  const [state, setState] = useState<string>('');
  const { data, error, refetch } = useQuery(AlertsDocument, {
    variables: { state: isState(state) ? state : null, page: 1, limit: 100 },
    fetchPolicy: 'cache-and-network',
  });
  useSubscription(AlertChangedDocument, {
    onData: ({ data: change }) => {
      if (change.data?.alertChanged.event === 'raised') void refetch();
    },
    onError: () => undefined,
  });
  const alerts = data?.alerts.items ?? [];

  return (
    <section aria-labelledby="alerts-title">
      <header className="page-header">
        <h1 id="alerts-title">Alerts</h1>
      </header>
      <div className="toolbar">
        <div className="toolbar__filter">
          <label htmlFor="alert-state">State</label>
          <select id="alert-state" value={state} onChange={(event) => setState(event.target.value)}>
            <option value="">All states</option>
            {STATES.map((value) => (
              <option key={value} value={value}>
                {STATE_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error ? (
        <div role="alert" className="panel panel--error">
          Could not load alerts: {toApiError(error).message}
        </div>
      ) : null}
      {data && alerts.length === 0 ? <p className="panel empty-state">No alerts.</p> : null}
      <ul className="incident-list" aria-label="Alerts">
        {alerts.map((alert) => (
          <AlertItem key={alert.id} alert={alert} />
        ))}
      </ul>
    </section>
  );
}

function AlertItem({ alert }: { alert: AlertFieldsFragment }) {
  const [acknowledge, ack] = useMutation(AcknowledgeAlertDocument);
  const [resolve, res] = useMutation(ResolveAlertDocument);
  const failure = ack.error ?? res.error;
  return (
    <li className="panel incident" aria-label={alert.title}>
      <h2 className="incident__title">
        <span className={`badge badge--${alert.severity}`}>{alert.severity}</span> {alert.title}
      </h2>
      <p>{alert.message}</p>
      <dl className="incident__facts">
        <dt>State</dt>
        <dd data-testid="alert-state">{alert.state}</dd>
        <dt>Rule</dt>
        <dd>{alert.rule.replaceAll('_', ' ')}</dd>
        <dt>About</dt>
        <dd>{alert.subject}</dd>
        <dt>Fired</dt>
        <dd>{new Date(String(alert.fired_at)).toLocaleString()}</dd>
        {alert.acknowledged_by ? (
          <>
            <dt>Acknowledged by</dt>
            <dd>{alert.acknowledged_by}</dd>
          </>
        ) : null}
        {alert.resolved_at ? (
          <>
            <dt>Resolved</dt>
            <dd>
              {new Date(String(alert.resolved_at)).toLocaleString()} by {alert.resolved_by}
            </dd>
          </>
        ) : null}
      </dl>
      {failure ? <p role="alert">{toApiError(failure).message}</p> : null}
      <div className="form-actions">
        {alert.state === 'firing' ? (
          <button
            type="button"
            className="button"
            disabled={ack.loading}
            onClick={() => void acknowledge({ variables: { id: alert.id } })}
          >
            Acknowledge
          </button>
        ) : null}
        {alert.state !== 'resolved' ? (
          <button
            type="button"
            className="button button--primary"
            disabled={res.loading}
            onClick={() => void resolve({ variables: { id: alert.id } })}
          >
            Resolve
          </button>
        ) : null}
      </div>
    </li>
  );
}

import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { toApiError } from '../errors/graphqlErrors';
import type { IncidentFieldsFragment } from '../gql/graphql';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import {
  AcknowledgeIncidentDocument,
  IncidentRaisedDocument,
  ResolveIncidentDocument,
  SecurityIncidentsDocument,
} from './security.operations';
import { isKeyOf, keysOf, STATE_LABELS } from './securityLabels';

const STATES = keysOf(STATE_LABELS);

/** Security incidents, live: triage them (acknowledge, resolve) and see what was done. */
export function IncidentsPage() {
  useDocumentTitle('Security incidents');
  const [state, setState] = useState<string>('');
  const { data, error, refetch } = useQuery(SecurityIncidentsDocument, {
    variables: { state: isKeyOf(STATE_LABELS, state) ? state : null, page: 1, limit: 100 },
    fetchPolicy: 'cache-and-network',
  });
  useSubscription(IncidentRaisedDocument, {
    onData: () => void refetch(),
    onError: () => undefined,
  });
  const incidents = data?.securityIncidents.items ?? [];

  return (
    <section aria-labelledby="incidents-title">
      <header className="page-header">
        <h1 id="incidents-title">Security incidents</h1>
      </header>
      <div className="toolbar">
        <div className="toolbar__filter">
          <label htmlFor="incident-state">State</label>
          <select
            id="incident-state"
            value={state}
            onChange={(event) => setState(event.target.value)}
          >
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
          Could not load incidents: {toApiError(error).message}
        </div>
      ) : null}
      {data && incidents.length === 0 ? <p className="panel empty-state">No incidents.</p> : null}
      <ul className="incident-list" aria-label="Incidents">
        {incidents.map((incident) => (
          <IncidentItem key={incident.id} incident={incident} />
        ))}
      </ul>
    </section>
  );
}

function IncidentItem({ incident }: { incident: IncidentFieldsFragment }) {
  const [acknowledge, ack] = useMutation(AcknowledgeIncidentDocument);
  const [resolve, res] = useMutation(ResolveIncidentDocument);
  const failure = ack.error ?? res.error;
  return (
    <li className="panel incident" aria-label={incident.title}>
      <h2 className="incident__title">
        <span className={`badge badge--${incident.severity}`}>{incident.severity}</span>{' '}
        {incident.title}
      </h2>
      <p>{incident.summary}</p>
      <dl className="incident__facts">
        <dt>State</dt>
        <dd data-testid="incident-state">{incident.state}</dd>
        <dt>Raised</dt>
        <dd>{new Date(String(incident.raised_at)).toLocaleString()}</dd>
        <dt>Tenant</dt>
        <dd>{incident.tenant_id ?? 'platform'}</dd>
        <dt>Evidence</dt>
        <dd>
          {incident.evidence.length} security log{' '}
          {incident.evidence.length === 1 ? 'entry' : 'entries'}
        </dd>
        <dt>Responses</dt>
        <dd>
          {incident.responses.length === 0
            ? 'none automatic'
            : incident.responses
                .map(
                  (response) =>
                    `${response.action.replaceAll('_', ' ')} ${response.target}: ${response.outcome}`,
                )
                .join('; ')}
        </dd>
      </dl>
      {failure ? <p role="alert">{toApiError(failure).message}</p> : null}
      <div className="form-actions">
        {incident.state === 'open' ? (
          <button
            type="button"
            className="button"
            disabled={ack.loading}
            onClick={() => void acknowledge({ variables: { id: incident.id } })}
          >
            Acknowledge
          </button>
        ) : null}
        {incident.state !== 'resolved' ? (
          <button
            type="button"
            className="button button--primary"
            disabled={res.loading}
            onClick={() => void resolve({ variables: { id: incident.id } })}
          >
            Resolve
          </button>
        ) : null}
      </div>
    </li>
  );
}

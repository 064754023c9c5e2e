import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { toApiError } from '../../errors/graphqlErrors';
import type { ApiKeyFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../formatting';
import { TenantApiKeysDocument } from './apiKeys.operations';
import { CreateApiKeyForm } from './CreateApiKeyForm';
import { NewApiKeyNotice } from './NewApiKeyNotice';
import { RevokeApiKeyButton } from './RevokeApiKeyButton';

interface ApiKeysSectionProps {
  tenant: { id: string; api_access: boolean };
}

/** The clinic's API keys: only where API access is on, as the API itself insists. */
export function ApiKeysSection({ tenant }: ApiKeysSectionProps) {
  return (
    <section className="facts detail-section detail-section--wide" aria-labelledby="api-keys-title">
      <h2 id="api-keys-title">API keys</h2>
      {tenant.api_access ? (
        <ApiKeys tenantId={tenant.id} />
      ) : (
        <p>
          API access is off for this clinic, so it cannot have API keys.{' '}
          <Link to={`/tenants/${tenant.id}/edit`}>Edit the tenant</Link> and tick “API access” to
          enable it.
        </p>
      )}
    </section>
  );
}

function ApiKeys({ tenantId }: { tenantId: string }) {
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const { data, error, loading } = useQuery(TenantApiKeysDocument, { variables: { tenantId } });

  return (
    <>
      {created ? (
        <NewApiKeyNotice name={created.name} apiKey={created.key} onDone={() => setCreated(null)} />
      ) : null}
      <CreateApiKeyForm tenantId={tenantId} onCreated={setCreated} />
      {error ? (
        <p role="alert" className="form-error">
          Could not load the API keys: {toApiError(error).message}
        </p>
      ) : null}
      {!data && loading ? <p role="status">Loading API keys…</p> : null}
      {data && data.apiKeys.length === 0 ? <p className="muted">No API keys yet.</p> : null}
      {data && data.apiKeys.length > 0 ? (
        <ApiKeyTable tenantId={tenantId} apiKeys={data.apiKeys} />
      ) : null}
    </>
  );
}

function ApiKeyTable({ tenantId, apiKeys }: { tenantId: string; apiKeys: ApiKeyFieldsFragment[] }) {
  return (
    <div className="table-scroll">
      <table className="tenant-table" aria-label="API keys">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Prefix</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {apiKeys.map((apiKey) => (
            <tr key={apiKey.id}>
              <td>{apiKey.name}</td>
              <td>
                <code>{apiKey.prefix}</code>
              </td>
              <td>{formatDateTime(apiKey.created_date)}</td>
              <td>{apiKey.last_used_at ? formatDateTime(apiKey.last_used_at) : 'Never'}</td>
              <td>
                {apiKey.revoked_at ? `Revoked ${formatDateTime(apiKey.revoked_at)}` : 'Active'}
              </td>
              <td>
                {apiKey.revoked_at ? null : (
                  <RevokeApiKeyButton tenantId={tenantId} apiKey={apiKey} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

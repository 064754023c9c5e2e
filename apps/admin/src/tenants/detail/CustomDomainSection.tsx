import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { toApiError } from '../../errors/graphqlErrors';
import type { TenantFieldsFragment } from '../../gql/graphql';
import { FactList } from '../../ui/Facts';
import { VerifyTenantDomainDocument } from './lifecycle.operations';

/** A custom domain routes to the clinic only once a DNS TXT record proves the clinic owns it. */
export function CustomDomainSection({ tenant }: { tenant: TenantFieldsFragment }) {
  return (
    <section className="facts detail-section" aria-labelledby="domain-title">
      <h2 id="domain-title">Custom domain</h2>
      {tenant.domain ? (
        <DomainStatus tenant={tenant} domain={tenant.domain} />
      ) : (
        <p className="muted">
          None: the clinic is reached at its subdomain, <code>{tenant.slug}</code>.{' '}
          <Link to={`/tenants/${tenant.id}/edit`}>Add a domain</Link>
        </p>
      )}
    </section>
  );
}

function DomainStatus({ tenant, domain }: { tenant: TenantFieldsFragment; domain: string }) {
  const [failure, setFailure] = useState<string | null>(null);
  const [verify, { loading }] = useMutation(VerifyTenantDomainDocument);

  async function verifyDomain() {
    setFailure(null);
    try {
      await verify({ variables: { id: tenant.id } });
    } catch (error) {
      setFailure(toApiError(error).message);
    }
  }

  if (tenant.domain_verified) {
    return (
      <FactList
        rows={[
          ['Domain', domain],
          ['Status', <span className="badge badge--active">Verified</span>],
        ]}
      />
    );
  }
  return (
    <>
      <FactList
        rows={[
          ['Domain', domain],
          ['Status', <span className="badge badge--pending">Not verified</span>],
          ['TXT record name', <code>_vetcares.{domain}</code>],
          ['TXT record value', <code>{tenant.domain_verification_token ?? '—'}</code>],
        ]}
      />
      <p className="muted">
        The domain routes to this clinic once the clinic publishes this TXT record at its DNS
        provider and the record is verified here.
      </p>
      {failure ? (
        <p role="alert" className="form-error">
          {failure}
        </p>
      ) : null}
      <button
        type="button"
        className="button"
        disabled={loading}
        onClick={() => void verifyDomain()}
      >
        {loading ? 'Checking DNS…' : 'Verify domain'}
      </button>
    </>
  );
}

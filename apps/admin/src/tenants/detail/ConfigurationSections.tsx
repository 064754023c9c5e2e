import { useQuery } from '@apollo/client/react';
import { toApiError } from '../../errors/graphqlErrors';
import type { TenantFieldsFragment } from '../../gql/graphql';
import { TenantConfigurationDocument } from './configuration.operations';
import { FeatureFlagsEditor } from './FeatureFlagsEditor';
import { ThemeEditor } from './ThemeEditor';

/** The theme and feature editors, fed with the effective configuration and the flag catalog. */
export function ConfigurationSections({ tenant }: { tenant: TenantFieldsFragment }) {
  const { data, error, loading } = useQuery(TenantConfigurationDocument, {
    variables: { id: tenant.id },
  });
  if (!data) {
    if (loading) return <p role="status">Loading configuration…</p>;
    return (
      <p role="alert" className="form-error">
        Could not load the configuration: {toApiError(error).message}
      </p>
    );
  }
  const configured = { ...tenant, ...data.tenant };
  return (
    <>
      {/* Keyed by tenant only, so a save keeps the form and its "saved" message in place. */}
      <ThemeEditor key={`theme:${tenant.id}`} tenant={configured} />
      <FeatureFlagsEditor
        key={`features:${tenant.id}`}
        tenant={configured}
        catalog={data.featureFlags}
      />
    </>
  );
}

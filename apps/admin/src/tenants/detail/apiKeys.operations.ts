import { graphql } from '../../gql';

export const ApiKeyFieldsFragment = graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    created_date
    last_used_at
    revoked_at
  }
`);

export const TenantApiKeysDocument = graphql(`
  query TenantApiKeys($tenantId: ID!) {
    apiKeys(tenant_id: $tenantId) {
      ...ApiKeyFields
    }
  }
`);

export const CreateApiKeyDocument = graphql(`
  mutation CreateApiKey($tenantId: ID!, $name: String!) {
    createApiKey(tenant_id: $tenantId, name: $name) {
      key
      api_key {
        ...ApiKeyFields
      }
    }
  }
`);

export const RevokeApiKeyDocument = graphql(`
  mutation RevokeApiKey($tenantId: ID!, $id: ID!) {
    revokeApiKey(tenant_id: $tenantId, id: $id) {
      ...ApiKeyFields
    }
  }
`);

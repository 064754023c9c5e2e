import { graphql } from '../../gql';

export const EffectiveConfigFragment = graphql(`
  fragment EffectiveConfig on Tenant {
    effective_features {
      custom_branding
      sso
      api_access
      flags
    }
    effective_theme {
      primary_color
      secondary_color
      logo_url
      font
      dark_mode
    }
  }
`);

export const TenantConfigurationDocument = graphql(`
  query TenantConfiguration($id: ID!) {
    tenant(id: $id) {
      id
      ...EffectiveConfig
    }
    featureFlags {
      name
      plans
      default
    }
  }
`);

/** Saves theme or features; the answer carries the effective result, so the page updates from it. */
export const SaveTenantConfigurationDocument = graphql(`
  mutation SaveTenantConfiguration($id: ID!, $input: UpdateTenantInput!) {
    updateTenant(id: $id, input: $input) {
      ...TenantFields
      ...EffectiveConfig
    }
  }
`);

import { graphql } from '../gql';

export const TenantFieldsFragment = graphql(`
  fragment TenantFields on Tenant {
    id
    name
    slug
    domain
    status
    billing_plan
    contact_email
    contact_phone
    address
    timezone
    currency
    language
    theme_json
    features_json
    max_staff
    max_clients
    max_storage_gb
    custom_branding
    sso_enabled
    api_access
    created_date
    updated_date
    suspension_reason
    suspended_at
    domain_verified
    domain_verification_token
  }
`);

export const TenantListDocument = graphql(`
  query TenantList(
    $page: Int!
    $limit: Int!
    $status: TenantStatus
    $search: String
    $sortBy: TenantSortField!
    $sortOrder: SortOrder!
  ) {
    tenants(
      page: $page
      limit: $limit
      status: $status
      search: $search
      sortBy: $sortBy
      sortOrder: $sortOrder
    ) {
      totalCount
      page
      limit
      items {
        id
        name
        slug
        domain
        status
        billing_plan
        contact_email
        created_date
      }
    }
  }
`);

export const TenantDocument = graphql(`
  query Tenant($id: ID!) {
    tenant(id: $id) {
      ...TenantFields
    }
  }
`);

export const BillingPlansDocument = graphql(`
  query BillingPlans {
    billingPlans {
      id
      name
      price_monthly
      max_staff
      max_clients
      max_storage_gb
      features
    }
  }
`);

export const SlugAvailabilityDocument = graphql(`
  query SlugAvailability($slug: String!) {
    slugAvailability(slug: $slug) {
      slug
      available
      reason
    }
  }
`);

export const CreateTenantDocument = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      ...TenantFields
    }
  }
`);

export const UpdateTenantDocument = graphql(`
  mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {
    updateTenant(id: $id, input: $input) {
      ...TenantFields
    }
  }
`);

export const DeleteTenantDocument = graphql(`
  mutation DeleteTenant($id: ID!) {
    deleteTenant(id: $id) {
      id
      deleted
    }
  }
`);

export const TenantChangedDocument = graphql(`
  subscription TenantChanged {
    tenantChanged {
      kind
      tenant_id
      tenant {
        id
        name
        slug
        domain
        status
        billing_plan
        contact_email
        created_date
      }
    }
  }
`);

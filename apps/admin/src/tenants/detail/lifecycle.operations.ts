import { graphql } from '../../gql';

export const SuspendTenantDocument = graphql(`
  mutation SuspendTenant($id: ID!, $reason: String!) {
    suspendTenant(id: $id, reason: $reason) {
      ...TenantFields
    }
  }
`);

export const ActivateTenantDocument = graphql(`
  mutation ActivateTenant($id: ID!) {
    activateTenant(id: $id) {
      ...TenantFields
    }
  }
`);

export const VerifyTenantDomainDocument = graphql(`
  mutation VerifyTenantDomain($id: ID!) {
    verifyTenantDomain(id: $id) {
      ...TenantFields
    }
  }
`);

export const TenantClinicCountsDocument = graphql(`
  query TenantClinicCounts($id: ID!) {
    tenant(id: $id) {
      id
      clinic_counts {
        staff
        clients
        patients
        appointments
        payments
        revenue_total
        currency
      }
    }
  }
`);

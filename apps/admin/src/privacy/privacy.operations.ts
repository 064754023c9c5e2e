import { graphql } from '../gql';

export const DataSubjectDocument = graphql(`
  query DataSubject($tenant_id: ID!, $email: String!) {
    dataSubject(tenant_id: $tenant_id, email: $email) {
      client_id
      first_name
      last_name
      email
      patients
      appointments
      payments
    }
  }
`);

export const RequestDataExportDocument = graphql(`
  mutation RequestDataExport($tenant_id: ID!, $client_id: ID!) {
    requestDataExport(tenant_id: $tenant_id, client_id: $client_id) {
      url
      expires_at
    }
  }
`);

export const ErasePersonDataDocument = graphql(`
  mutation ErasePersonData($tenant_id: ID!, $client_id: ID!) {
    erasePersonData(tenant_id: $tenant_id, client_id: $client_id) {
      erased
    }
  }
`);

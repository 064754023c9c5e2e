import { graphql } from '../gql';

export const SecurityLogDocument = graphql(`
  query SecurityLog(
    $tenant_id: String
    $event: SecurityEvent
    $actor: String
    $from: DateTimeISO
    $to: DateTimeISO
    $page: Int
    $limit: Int
  ) {
    securityLogs(
      tenant_id: $tenant_id
      event: $event
      actor: $actor
      from: $from
      to: $to
      page: $page
      limit: $limit
    ) {
      totalCount
      page
      limit
      items {
        id
        tenant_id
        seq
        event
        actor
        actor_label
        ip_address
        user_agent
        timestamp
        count
        details
      }
    }
  }
`);

export const SecurityChainsDocument = graphql(`
  query SecurityChains {
    securityChains {
      chain
      tenant_id
      length
      pruned_through
      last_verification {
        ok
        verified_at
        entries
        problem {
          kind
          seq
          message
        }
      }
    }
  }
`);

export const VerifySecurityChainDocument = graphql(`
  mutation VerifySecurityChain($chain: String!) {
    verifySecurityChain(chain: $chain) {
      chain
      ok
      entries
      problem {
        kind
        entry_id
        seq
        message
      }
    }
  }
`);

export const IncidentFieldsFragment = graphql(`
  fragment IncidentFields on SecurityIncident {
    id
    rule
    severity
    state
    title
    summary
    tenant_id
    subject
    evidence
    occurrences
    raised_at
    acknowledged_by
    resolved_by
    note
    responses {
      action
      target
      outcome
      until
    }
  }
`);

export const SecurityIncidentsDocument = graphql(`
  query SecurityIncidents($state: IncidentState, $page: Int, $limit: Int) {
    securityIncidents(state: $state, page: $page, limit: $limit) {
      totalCount
      items {
        ...IncidentFields
      }
    }
  }
`);

export const AcknowledgeIncidentDocument = graphql(`
  mutation AcknowledgeIncident($id: ID!) {
    acknowledgeSecurityIncident(id: $id) {
      ...IncidentFields
    }
  }
`);

export const ResolveIncidentDocument = graphql(`
  mutation ResolveIncident($id: ID!) {
    resolveSecurityIncident(id: $id) {
      ...IncidentFields
    }
  }
`);

export const IncidentRaisedDocument = graphql(`
  subscription IncidentRaised {
    incidentRaised {
      id
    }
  }
`);

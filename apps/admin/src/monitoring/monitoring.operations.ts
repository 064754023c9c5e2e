import { graphql } from '../gql';

export const AlertFieldsFragment = graphql(`
  fragment AlertFields on Alert {
    id
    rule
    severity
    state
    subject
    tenant_id
    title
    message
    value
    threshold
    fired_at
    last_seen_at
    evaluations
    acknowledged_at
    acknowledged_by
    resolved_at
    resolved_by
  }
`);

export const AlertsDocument = graphql(`
  query Alerts($state: AlertState, $page: Int, $limit: Int) {
    alerts(state: $state, page: $page, limit: $limit) {
      totalCount
      items {
        ...AlertFields
      }
    }
  }
`);

export const AcknowledgeAlertDocument = graphql(`
  mutation AcknowledgeAlert($id: ID!) {
    acknowledgeAlert(id: $id) {
      ...AlertFields
    }
  }
`);

export const ResolveAlertDocument = graphql(`
  mutation ResolveAlert($id: ID!) {
    resolveAlert(id: $id) {
      ...AlertFields
    }
  }
`);

export const AlertChangedDocument = graphql(`
  subscription AlertChanged {
    alertChanged {
      event
      alert {
        ...AlertFields
      }
    }
  }
`);

export const SystemHealthDocument = graphql(`
  query SystemHealth {
    systemHealth {
      status
      checked_at
      dependencies {
        name
        state
        latency_ms
      }
      queues {
        name
        counts {
          waiting
          active
          delayed
          failed
          completed
        }
      }
      websocket {
        connections
        subscriptions
      }
      requests {
        day
        requests
        server_error_rate
        error_rate
        average_ms
        p95_ms
      }
      process {
        uptime_seconds
        rss_bytes
        heap_used_bytes
      }
      thresholds {
        error_rate_percent
        latency_p95_ms
      }
    }
  }
`);

import { graphql } from '../../gql';

export const TenantAnalyticsDocument = graphql(`
  query TenantAnalytics($id: ID!, $period: String!) {
    tenantAnalytics(tenant_id: $id, period: $period) {
      tenant_id
      period
      currency
      timezone
      usage {
        staff_count
        client_count
        appointment_count
        revenue
        storage_used
      }
      trends {
        days
        appointments {
          daily
        }
        revenue {
          daily
        }
        api_calls {
          daily
        }
        logins {
          daily
        }
        usage_events {
          daily
        }
        response_time {
          daily
        }
        error_rate {
          daily
        }
      }
      performance {
        average_response_time
        p95_response_time
        uptime
        error_rate
        requests
      }
      storage_source
    }
  }
`);

export const UsageUpdatedDocument = graphql(`
  subscription UsageUpdated($id: ID!) {
    usageUpdated(tenant_id: $id) {
      tenant_id
      day
      currency
      events_today
      api_requests_today
      errors_today
      error_rate
      average_response_time
      appointments_today
      revenue_today
      at
    }
  }
`);

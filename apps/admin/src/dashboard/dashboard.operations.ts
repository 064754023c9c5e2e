import { graphql } from '../gql';

export const SystemAnalyticsDocument = graphql(`
  query SystemAnalytics($period: String!) {
    systemAnalytics(period: $period) {
      period
      days
      tenants {
        total
        by_status {
          status
          count
        }
        by_plan {
          plan
          count
        }
        new {
          daily
        }
        churned {
          daily
        }
      }
      revenue {
        source
        mrr {
          currency
          amount
        }
        arr {
          currency
          amount
        }
      }
      usage {
        total_events
        api_requests
        events {
          daily
        }
        api_calls {
          daily
        }
      }
      top_tenants {
        by_usage {
          tenant_id
          name
          events
        }
      }
      performance {
        error_rate
        average_response_time
        p95_response_time
        uptime
        response_time {
          daily
        }
        error_rate_daily {
          daily
        }
      }
    }
  }
`);

export const SystemUsageUpdatedDocument = graphql(`
  subscription SystemUsageUpdated {
    systemUsageUpdated {
      day
      events_today
      api_requests_today
      errors_today
      error_rate
      average_response_time
      tenants {
        total
        by_status {
          status
          count
        }
        by_plan {
          plan
          count
        }
      }
      mrr {
        currency
        amount
      }
      at
    }
  }
`);

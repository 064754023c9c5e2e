import { graphql } from './gql/index.js';

export const ResolveTenantDocument = graphql(`
  query ResolveTenant($hostname: String!) {
    resolveTenant(hostname: $hostname) {
      id
      slug
      name
      status
      language
      timezone
      currency
      theme {
        primary_color
        secondary_color
        logo_url
        font
        dark_mode
      }
      features {
        custom_branding
        sso
        api_access
        flags
      }
    }
  }
`);

export const TrackUsageDocument = graphql(`
  mutation TrackUsage($events: [UsageEventInput!]!, $idempotencyKey: String) {
    trackUsage(events: $events, idempotency_key: $idempotencyKey) {
      accepted
      duplicate
    }
  }
`);

export const CheckTenantLimitDocument = graphql(`
  query CheckTenantLimit($action: TenantLimitAction!) {
    checkTenantLimit(action: $action) {
      action
      allowed
      limit
      current
      remaining
    }
  }
`);

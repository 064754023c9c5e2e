/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ResolveTenant($hostname: String!) {\n    resolveTenant(hostname: $hostname) {\n      id\n      slug\n      name\n      status\n      language\n      timezone\n      currency\n      theme {\n        primary_color\n        secondary_color\n        logo_url\n        font\n        dark_mode\n      }\n      features {\n        custom_branding\n        sso\n        api_access\n        flags\n      }\n    }\n  }\n": typeof types.ResolveTenantDocument,
    "\n  mutation TrackUsage($events: [UsageEventInput!]!, $idempotencyKey: String) {\n    trackUsage(events: $events, idempotency_key: $idempotencyKey) {\n      accepted\n      duplicate\n    }\n  }\n": typeof types.TrackUsageDocument,
    "\n  query CheckTenantLimit($action: TenantLimitAction!) {\n    checkTenantLimit(action: $action) {\n      action\n      allowed\n      limit\n      current\n      remaining\n    }\n  }\n": typeof types.CheckTenantLimitDocument,
};
const documents: Documents = {
    "\n  query ResolveTenant($hostname: String!) {\n    resolveTenant(hostname: $hostname) {\n      id\n      slug\n      name\n      status\n      language\n      timezone\n      currency\n      theme {\n        primary_color\n        secondary_color\n        logo_url\n        font\n        dark_mode\n      }\n      features {\n        custom_branding\n        sso\n        api_access\n        flags\n      }\n    }\n  }\n": types.ResolveTenantDocument,
    "\n  mutation TrackUsage($events: [UsageEventInput!]!, $idempotencyKey: String) {\n    trackUsage(events: $events, idempotency_key: $idempotencyKey) {\n      accepted\n      duplicate\n    }\n  }\n": types.TrackUsageDocument,
    "\n  query CheckTenantLimit($action: TenantLimitAction!) {\n    checkTenantLimit(action: $action) {\n      action\n      allowed\n      limit\n      current\n      remaining\n    }\n  }\n": types.CheckTenantLimitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResolveTenant($hostname: String!) {\n    resolveTenant(hostname: $hostname) {\n      id\n      slug\n      name\n      status\n      language\n      timezone\n      currency\n      theme {\n        primary_color\n        secondary_color\n        logo_url\n        font\n        dark_mode\n      }\n      features {\n        custom_branding\n        sso\n        api_access\n        flags\n      }\n    }\n  }\n"): typeof import('./graphql').ResolveTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrackUsage($events: [UsageEventInput!]!, $idempotencyKey: String) {\n    trackUsage(events: $events, idempotency_key: $idempotencyKey) {\n      accepted\n      duplicate\n    }\n  }\n"): typeof import('./graphql').TrackUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckTenantLimit($action: TenantLimitAction!) {\n    checkTenantLimit(action: $action) {\n      action\n      allowed\n      limit\n      current\n      remaining\n    }\n  }\n"): typeof import('./graphql').CheckTenantLimitDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

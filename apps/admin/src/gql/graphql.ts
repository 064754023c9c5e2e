/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

/** A platform administrator */
export type Admin = {
  __typename?: 'Admin';
  created_date: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: AdminRole;
};

/** What a platform admin may do */
export type AdminRole =
  | 'admin'
  | 'super_admin'
  | 'support';

export type AuthPayload = {
  __typename?: 'AuthPayload';
  admin: Admin;
  expires_at: Scalars['DateTimeISO']['output'];
  /** Send as "Authorization: Bearer <token>" */
  token: Scalars['String']['output'];
};

export type BillingPlan =
  | 'basic'
  | 'enterprise'
  | 'professional';

export type BillingPlanInfo = {
  __typename?: 'BillingPlanInfo';
  features: Array<Scalars['String']['output']>;
  id: BillingPlan;
  /** Null means unlimited */
  max_clients?: Maybe<Scalars['Int']['output']>;
  /** Null means unlimited */
  max_staff?: Maybe<Scalars['Int']['output']>;
  /** Null means unlimited */
  max_storage_gb?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  price_monthly: Scalars['Float']['output'];
};

/** A new clinic. Omitted limits take the plan's limits. */
export type CreateTenantInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  api_access?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default: basic */
  billing_plan?: InputMaybe<BillingPlan>;
  contact_email: Scalars['String']['input'];
  contact_phone?: InputMaybe<Scalars['String']['input']>;
  /** Default: USD */
  currency?: InputMaybe<Currency>;
  custom_branding?: InputMaybe<Scalars['Boolean']['input']>;
  domain?: InputMaybe<Scalars['String']['input']>;
  features_json?: InputMaybe<Scalars['String']['input']>;
  /** Default: en */
  language?: InputMaybe<Language>;
  /** Null means unlimited; omitted means the plan's limit */
  max_clients?: InputMaybe<Scalars['Int']['input']>;
  /** Null means unlimited; omitted means the plan's limit */
  max_staff?: InputMaybe<Scalars['Int']['input']>;
  /** Null means unlimited; omitted means the plan's limit */
  max_storage_gb?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** DNS label: lowercase letters, digits, hyphens */
  slug: Scalars['String']['input'];
  sso_enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default: active */
  status?: InputMaybe<TenantStatus>;
  /** Required when status is suspended */
  suspension_reason?: InputMaybe<Scalars['String']['input']>;
  theme_json?: InputMaybe<Scalars['String']['input']>;
  /** IANA time zone. Default: UTC */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

export type Currency =
  | 'CAD'
  | 'EUR'
  | 'GBP'
  | 'USD';

export type DeleteTenantPayload = {
  __typename?: 'DeleteTenantPayload';
  deleted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
};

export type Language =
  | 'de'
  | 'en'
  | 'es'
  | 'fr';

export type Mutation = {
  __typename?: 'Mutation';
  createTenant: Tenant;
  deleteTenant: DeleteTenantPayload;
  /** Sign in as a platform admin */
  login: AuthPayload;
  updateTenant: Tenant;
};


export type MutationCreateTenantArgs = {
  input: CreateTenantInput;
};


export type MutationDeleteTenantArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationUpdateTenantArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTenantInput;
};

export type Query = {
  __typename?: 'Query';
  billingPlans: Array<BillingPlanInfo>;
  /** The signed-in admin */
  me: Admin;
  /** Whether a slug is well-formed, not reserved and free */
  slugAvailability: SlugAvailability;
  tenant: Tenant;
  tenantBySlug: Tenant;
  /** Tenants, a page at a time, filtered and sorted */
  tenants: TenantPage;
};


export type QuerySlugAvailabilityArgs = {
  slug: Scalars['String']['input'];
};


export type QueryTenantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTenantBySlugArgs = {
  slug: Scalars['String']['input'];
};


export type QueryTenantsArgs = {
  limit?: Scalars['Int']['input'];
  page?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  sortBy?: TenantSortField;
  sortOrder?: SortOrder;
  status?: InputMaybe<TenantStatus>;
};

export type SlugAvailability = {
  __typename?: 'SlugAvailability';
  available: Scalars['Boolean']['output'];
  /** Why the slug cannot be used, when it cannot */
  reason?: Maybe<Scalars['String']['output']>;
  slug: Scalars['String']['output'];
};

export type SortOrder =
  | 'asc'
  | 'desc';

export type Subscription = {
  __typename?: 'Subscription';
  /** Tenants created, updated or deleted, on any API instance */
  tenantChanged: TenantChangeEvent;
};

/** A veterinary clinic: one tenant of the platform */
export type Tenant = {
  __typename?: 'Tenant';
  address?: Maybe<Scalars['String']['output']>;
  api_access: Scalars['Boolean']['output'];
  billing_plan: BillingPlan;
  contact_email: Scalars['String']['output'];
  contact_phone?: Maybe<Scalars['String']['output']>;
  created_date: Scalars['DateTimeISO']['output'];
  currency: Currency;
  custom_branding: Scalars['Boolean']['output'];
  /** Custom domain */
  domain?: Maybe<Scalars['String']['output']>;
  /** Feature configuration: a JSON object */
  features_json?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  language: Language;
  /** Null means unlimited */
  max_clients?: Maybe<Scalars['Int']['output']>;
  /** Null means unlimited */
  max_staff?: Maybe<Scalars['Int']['output']>;
  /** Null means unlimited */
  max_storage_gb?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** Subdomain label: {slug}.{BASE_DOMAIN} */
  slug: Scalars['String']['output'];
  sso_enabled: Scalars['Boolean']['output'];
  status: TenantStatus;
  suspended_at?: Maybe<Scalars['DateTimeISO']['output']>;
  suspension_reason?: Maybe<Scalars['String']['output']>;
  /** Theme configuration: a JSON object */
  theme_json?: Maybe<Scalars['String']['output']>;
  /** IANA time zone */
  timezone: Scalars['String']['output'];
  updated_date: Scalars['DateTimeISO']['output'];
};

export type TenantChangeEvent = {
  __typename?: 'TenantChangeEvent';
  kind: TenantChangeKind;
  /** The tenant after the change; null when deleted */
  tenant?: Maybe<Tenant>;
  tenant_id: Scalars['ID']['output'];
};

export type TenantChangeKind =
  | 'created'
  | 'deleted'
  | 'updated';

export type TenantPage = {
  __typename?: 'TenantPage';
  items: Array<Tenant>;
  limit: Scalars['Int']['output'];
  page: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type TenantSortField =
  | 'billing_plan'
  | 'created_date'
  | 'name'
  | 'slug'
  | 'status'
  | 'updated_date';

export type TenantStatus =
  | 'active'
  | 'inactive'
  | 'pending'
  | 'suspended';

/** Only the fields given change. Null clears an optional field. */
export type UpdateTenantInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  api_access?: InputMaybe<Scalars['Boolean']['input']>;
  /** Limits not given with a new plan take the new plan's limits */
  billing_plan?: InputMaybe<BillingPlan>;
  contact_email?: InputMaybe<Scalars['String']['input']>;
  contact_phone?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Currency>;
  custom_branding?: InputMaybe<Scalars['Boolean']['input']>;
  domain?: InputMaybe<Scalars['String']['input']>;
  features_json?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Language>;
  /** Null means unlimited; omitted means the plan's limit */
  max_clients?: InputMaybe<Scalars['Int']['input']>;
  /** Null means unlimited; omitted means the plan's limit */
  max_staff?: InputMaybe<Scalars['Int']['input']>;
  /** Null means unlimited; omitted means the plan's limit */
  max_storage_gb?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  sso_enabled?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<TenantStatus>;
  suspension_reason?: InputMaybe<Scalars['String']['input']>;
  theme_json?: InputMaybe<Scalars['String']['input']>;
  timezone?: InputMaybe<Scalars['String']['input']>;
};

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { login: { __typename?: 'AuthPayload', token: string, expires_at: string, admin: { __typename?: 'Admin', id: string, email: string, name: string, role: AdminRole } } };

export type CurrentAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentAdminQuery = { me: { __typename?: 'Admin', id: string, email: string, name: string, role: AdminRole } };

export type TenantFieldsFragment = { __typename?: 'Tenant', id: string, name: string, slug: string, domain?: string | null, status: TenantStatus, billing_plan: BillingPlan, contact_email: string, contact_phone?: string | null, address?: string | null, timezone: string, currency: Currency, language: Language, theme_json?: string | null, features_json?: string | null, max_staff?: number | null, max_clients?: number | null, max_storage_gb?: number | null, custom_branding: boolean, sso_enabled: boolean, api_access: boolean, created_date: string, updated_date: string, suspension_reason?: string | null, suspended_at?: string | null };

export type TenantListQueryVariables = Exact<{
  page: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
  status?: InputMaybe<TenantStatus>;
  search?: InputMaybe<Scalars['String']['input']>;
  sortBy: TenantSortField;
  sortOrder: SortOrder;
}>;


export type TenantListQuery = { tenants: { __typename?: 'TenantPage', totalCount: number, page: number, limit: number, items: Array<{ __typename?: 'Tenant', id: string, name: string, slug: string, domain?: string | null, status: TenantStatus, billing_plan: BillingPlan, contact_email: string, created_date: string }> } };

export type TenantQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TenantQuery = { tenant: { __typename?: 'Tenant', id: string, name: string, slug: string, domain?: string | null, status: TenantStatus, billing_plan: BillingPlan, contact_email: string, contact_phone?: string | null, address?: string | null, timezone: string, currency: Currency, language: Language, theme_json?: string | null, features_json?: string | null, max_staff?: number | null, max_clients?: number | null, max_storage_gb?: number | null, custom_branding: boolean, sso_enabled: boolean, api_access: boolean, created_date: string, updated_date: string, suspension_reason?: string | null, suspended_at?: string | null } };

export type BillingPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingPlansQuery = { billingPlans: Array<{ __typename?: 'BillingPlanInfo', id: BillingPlan, name: string, price_monthly: number, max_staff?: number | null, max_clients?: number | null, max_storage_gb?: number | null, features: Array<string> }> };

export type SlugAvailabilityQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type SlugAvailabilityQuery = { slugAvailability: { __typename?: 'SlugAvailability', slug: string, available: boolean, reason?: string | null } };

export type CreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type CreateTenantMutation = { createTenant: { __typename?: 'Tenant', id: string, name: string, slug: string, domain?: string | null, status: TenantStatus, billing_plan: BillingPlan, contact_email: string, contact_phone?: string | null, address?: string | null, timezone: string, currency: Currency, language: Language, theme_json?: string | null, features_json?: string | null, max_staff?: number | null, max_clients?: number | null, max_storage_gb?: number | null, custom_branding: boolean, sso_enabled: boolean, api_access: boolean, created_date: string, updated_date: string, suspension_reason?: string | null, suspended_at?: string | null } };

export type UpdateTenantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTenantInput;
}>;


export type UpdateTenantMutation = { updateTenant: { __typename?: 'Tenant', id: string, name: string, slug: string, domain?: string | null, status: TenantStatus, billing_plan: BillingPlan, contact_email: string, contact_phone?: string | null, address?: string | null, timezone: string, currency: Currency, language: Language, theme_json?: string | null, features_json?: string | null, max_staff?: number | null, max_clients?: number | null, max_storage_gb?: number | null, custom_branding: boolean, sso_enabled: boolean, api_access: boolean, created_date: string, updated_date: string, suspension_reason?: string | null, suspended_at?: string | null } };

export type DeleteTenantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTenantMutation = { deleteTenant: { __typename?: 'DeleteTenantPayload', id: string, deleted: boolean } };

export type TenantChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TenantChangedSubscription = { tenantChanged: { __typename?: 'TenantChangeEvent', kind: TenantChangeKind, tenant_id: string } };

export const TenantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billing_plan"}},{"kind":"Field","name":{"kind":"Name","value":"contact_email"}},{"kind":"Field","name":{"kind":"Name","value":"contact_phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"theme_json"}},{"kind":"Field","name":{"kind":"Name","value":"features_json"}},{"kind":"Field","name":{"kind":"Name","value":"max_staff"}},{"kind":"Field","name":{"kind":"Name","value":"max_clients"}},{"kind":"Field","name":{"kind":"Name","value":"max_storage_gb"}},{"kind":"Field","name":{"kind":"Name","value":"custom_branding"}},{"kind":"Field","name":{"kind":"Name","value":"sso_enabled"}},{"kind":"Field","name":{"kind":"Name","value":"api_access"}},{"kind":"Field","name":{"kind":"Name","value":"created_date"}},{"kind":"Field","name":{"kind":"Name","value":"updated_date"}},{"kind":"Field","name":{"kind":"Name","value":"suspension_reason"}},{"kind":"Field","name":{"kind":"Name","value":"suspended_at"}}]}}]} as unknown as DocumentNode<TenantFieldsFragment, unknown>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expires_at"}},{"kind":"Field","name":{"kind":"Name","value":"admin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const CurrentAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentAdmin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CurrentAdminQuery, CurrentAdminQueryVariables>;
export const TenantListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TenantStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TenantSortField"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortOrder"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SortOrder"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortOrder"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billing_plan"}},{"kind":"Field","name":{"kind":"Name","value":"contact_email"}},{"kind":"Field","name":{"kind":"Name","value":"created_date"}}]}}]}}]}}]} as unknown as DocumentNode<TenantListQuery, TenantListQueryVariables>;
export const TenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TenantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billing_plan"}},{"kind":"Field","name":{"kind":"Name","value":"contact_email"}},{"kind":"Field","name":{"kind":"Name","value":"contact_phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"theme_json"}},{"kind":"Field","name":{"kind":"Name","value":"features_json"}},{"kind":"Field","name":{"kind":"Name","value":"max_staff"}},{"kind":"Field","name":{"kind":"Name","value":"max_clients"}},{"kind":"Field","name":{"kind":"Name","value":"max_storage_gb"}},{"kind":"Field","name":{"kind":"Name","value":"custom_branding"}},{"kind":"Field","name":{"kind":"Name","value":"sso_enabled"}},{"kind":"Field","name":{"kind":"Name","value":"api_access"}},{"kind":"Field","name":{"kind":"Name","value":"created_date"}},{"kind":"Field","name":{"kind":"Name","value":"updated_date"}},{"kind":"Field","name":{"kind":"Name","value":"suspension_reason"}},{"kind":"Field","name":{"kind":"Name","value":"suspended_at"}}]}}]} as unknown as DocumentNode<TenantQuery, TenantQueryVariables>;
export const BillingPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price_monthly"}},{"kind":"Field","name":{"kind":"Name","value":"max_staff"}},{"kind":"Field","name":{"kind":"Name","value":"max_clients"}},{"kind":"Field","name":{"kind":"Name","value":"max_storage_gb"}},{"kind":"Field","name":{"kind":"Name","value":"features"}}]}}]}}]} as unknown as DocumentNode<BillingPlansQuery, BillingPlansQueryVariables>;
export const SlugAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlugAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slugAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<SlugAvailabilityQuery, SlugAvailabilityQueryVariables>;
export const CreateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TenantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billing_plan"}},{"kind":"Field","name":{"kind":"Name","value":"contact_email"}},{"kind":"Field","name":{"kind":"Name","value":"contact_phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"theme_json"}},{"kind":"Field","name":{"kind":"Name","value":"features_json"}},{"kind":"Field","name":{"kind":"Name","value":"max_staff"}},{"kind":"Field","name":{"kind":"Name","value":"max_clients"}},{"kind":"Field","name":{"kind":"Name","value":"max_storage_gb"}},{"kind":"Field","name":{"kind":"Name","value":"custom_branding"}},{"kind":"Field","name":{"kind":"Name","value":"sso_enabled"}},{"kind":"Field","name":{"kind":"Name","value":"api_access"}},{"kind":"Field","name":{"kind":"Name","value":"created_date"}},{"kind":"Field","name":{"kind":"Name","value":"updated_date"}},{"kind":"Field","name":{"kind":"Name","value":"suspension_reason"}},{"kind":"Field","name":{"kind":"Name","value":"suspended_at"}}]}}]} as unknown as DocumentNode<CreateTenantMutation, CreateTenantMutationVariables>;
export const UpdateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TenantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billing_plan"}},{"kind":"Field","name":{"kind":"Name","value":"contact_email"}},{"kind":"Field","name":{"kind":"Name","value":"contact_phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"theme_json"}},{"kind":"Field","name":{"kind":"Name","value":"features_json"}},{"kind":"Field","name":{"kind":"Name","value":"max_staff"}},{"kind":"Field","name":{"kind":"Name","value":"max_clients"}},{"kind":"Field","name":{"kind":"Name","value":"max_storage_gb"}},{"kind":"Field","name":{"kind":"Name","value":"custom_branding"}},{"kind":"Field","name":{"kind":"Name","value":"sso_enabled"}},{"kind":"Field","name":{"kind":"Name","value":"api_access"}},{"kind":"Field","name":{"kind":"Name","value":"created_date"}},{"kind":"Field","name":{"kind":"Name","value":"updated_date"}},{"kind":"Field","name":{"kind":"Name","value":"suspension_reason"}},{"kind":"Field","name":{"kind":"Name","value":"suspended_at"}}]}}]} as unknown as DocumentNode<UpdateTenantMutation, UpdateTenantMutationVariables>;
export const DeleteTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]} as unknown as DocumentNode<DeleteTenantMutation, DeleteTenantMutationVariables>;
export const TenantChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TenantChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}}]}}]}}]} as unknown as DocumentNode<TenantChangedSubscription, TenantChangedSubscriptionVariables>;
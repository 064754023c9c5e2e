/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** What a platform admin may do */
export type AdminRole =
  | 'admin'
  | 'super_admin'
  | 'support';

export type AlertEvent =
  | 'acknowledged'
  | 'raised'
  | 'resolved';

/** The rule that raised an alert */
export type AlertRule =
  | 'billing_past_due'
  | 'billing_payment_failed'
  | 'high_error_rate'
  | 'latency_degradation'
  | 'limit_nearly_reached'
  | 'security_incident';

export type AlertSeverity =
  | 'critical'
  | 'info'
  | 'warning';

export type AlertState =
  | 'acknowledged'
  | 'firing'
  | 'resolved';

export type AppointmentSortField =
  | 'created_date'
  | 'starts_at'
  | 'status';

export type AppointmentStatus =
  | 'cancelled'
  | 'checked_in'
  | 'completed'
  | 'no_show'
  | 'scheduled';

/** Why it was taken: asked for, the schedule, or automatically before a restore or a purge */
export type BackupKind =
  | 'manual'
  | 'pre_purge'
  | 'pre_restore'
  | 'scheduled';

export type BackupStatus =
  | 'completed'
  | 'failed'
  | 'in_progress';

export type BackupVerification =
  | 'failed'
  | 'passed';

export type BillingPlan =
  | 'basic'
  | 'enterprise'
  | 'professional';

export type ChainProblemKind =
  | 'deleted'
  | 'edited'
  | 'inserted'
  | 'reordered';

export type ClientSortField =
  | 'created_date'
  | 'email'
  | 'first_name'
  | 'last_name';

/** What a clinic user may do */
export type ClinicRole =
  | 'owner'
  | 'staff';

export type ClinicSignInInput = {
  email: Scalars['String']['input'];
  /** The clinic's hostname; defaults to the request's Host */
  hostname?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  /** The clinic's slug; or give hostname */
  slug?: InputMaybe<Scalars['String']['input']>;
};

export type CreateAppointmentInput = {
  /** Default: 30 */
  duration_minutes?: InputMaybe<Scalars['Int']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** A patient of this clinic */
  patient_id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  /** An active staff member of this clinic */
  staff_member_id: Scalars['ID']['input'];
  starts_at: Scalars['DateTimeISO']['input'];
  /** Default: scheduled */
  status?: InputMaybe<AppointmentStatus>;
};

export type CreateClientInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  first_name: Scalars['String']['input'];
  last_name: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type CreateClinicUserInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  role: ClinicRole;
};

export type CreatePatientInput = {
  breed?: InputMaybe<Scalars['String']['input']>;
  /** The owner: a client of this clinic */
  client_id: Scalars['ID']['input'];
  /** A calendar date: 2019-04-23 */
  date_of_birth?: InputMaybe<Scalars['String']['input']>;
  microchip_id?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Default: unknown */
  sex?: InputMaybe<PatientSex>;
  species: Species;
  weight_kg?: InputMaybe<Scalars['Float']['input']>;
};

export type CreateStaffMemberInput = {
  /** Default: true */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  role: StaffRole;
};

/** A new clinic. Omitted limits take the plan's limits. */
export type CreateTenantInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  api_access?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default on create: basic. Limits not given with a new plan take the plan's */
  billing_plan?: InputMaybe<BillingPlan>;
  contact_email: Scalars['String']['input'];
  contact_phone?: InputMaybe<Scalars['String']['input']>;
  /** Default on create: USD */
  currency?: InputMaybe<Currency>;
  custom_branding?: InputMaybe<Scalars['Boolean']['input']>;
  domain?: InputMaybe<Scalars['String']['input']>;
  features_json?: InputMaybe<Scalars['String']['input']>;
  /** Default on create: en */
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
  /** Default on create: active. Changing it needs the tenants:suspend permission */
  status?: InputMaybe<TenantStatus>;
  /** Required when status is suspended */
  suspension_reason?: InputMaybe<Scalars['String']['input']>;
  theme_json?: InputMaybe<Scalars['String']['input']>;
  /** IANA time zone. Default on create: UTC */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

export type Currency =
  | 'CAD'
  | 'EUR'
  | 'GBP'
  | 'USD';

export type IncidentResponseAction =
  | 'disable_api_key'
  | 'lock_account'
  | 'revoke_sessions';

export type IncidentResponseOutcome =
  | 'applied'
  | 'failed'
  | 'not_found';

/** The suspicious-activity rule that raised it */
export type IncidentRule =
  | 'admin_new_address'
  | 'api_key_many_addresses'
  | 'audit_chain_broken'
  | 'cross_tenant_attempts'
  | 'failed_sign_ins_account'
  | 'failed_sign_ins_address'
  | 'mass_export';

export type IncidentSeverity =
  | 'critical'
  | 'high'
  | 'low'
  | 'medium';

export type IncidentState =
  | 'acknowledged'
  | 'open'
  | 'resolved';

export type InviteAdminInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  role: AdminRole;
};

export type InviteClinicUserInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  role: ClinicRole;
};

export type InvoiceLineKind =
  | 'credit'
  | 'plan'
  | 'proration'
  | 'tax';

export type InvoiceStatus =
  | 'draft'
  | 'open'
  | 'paid'
  | 'uncollectible'
  | 'void';

export type Language =
  | 'de'
  | 'en'
  | 'es'
  | 'fr';

export type PatientSex =
  | 'female'
  | 'female_spayed'
  | 'male'
  | 'male_neutered'
  | 'unknown';

export type PatientSortField =
  | 'created_date'
  | 'date_of_birth'
  | 'name'
  | 'species';

export type PaymentMethod =
  | 'card'
  | 'cash'
  | 'insurance'
  | 'transfer';

export type PaymentSortField =
  | 'amount'
  | 'created_date'
  | 'paid_at';

export type PlatformSecuritySettingsInput = {
  require_admin_two_factor: Scalars['Boolean']['input'];
};

export type RecordPaymentInput = {
  /** Above 0, at most two decimals */
  amount: Scalars['Float']['input'];
  /** The visit paid for: an appointment of one of the client's pets */
  appointment_id?: InputMaybe<Scalars['ID']['input']>;
  /** Who paid: a client of this clinic */
  client_id: Scalars['ID']['input'];
  /** Default: the clinic's currency */
  currency?: InputMaybe<Currency>;
  method: PaymentMethod;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Default: now; never in the future */
  paid_at?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type RestoreMode =
  | 'clone'
  | 'restore';

/** What a security log entry records */
export type SecurityEvent =
  | 'access_denied'
  | 'account_locked'
  | 'admin_deleted'
  | 'admin_disabled'
  | 'admin_enabled'
  | 'admin_invited'
  | 'admin_role_changed'
  | 'admin_sign_in_failed'
  | 'admin_signed_in'
  | 'admin_updated'
  | 'api_key_created'
  | 'api_key_new_address'
  | 'api_key_revoked'
  | 'audit_chain_broken'
  | 'audit_chain_verified'
  | 'backup_deleted'
  | 'backup_downloaded'
  | 'clinic_sign_in_failed'
  | 'clinic_user_deleted'
  | 'clinic_user_disabled'
  | 'clinic_user_enabled'
  | 'clinic_user_invited'
  | 'clinic_user_role_changed'
  | 'clinic_user_signed_in'
  | 'cross_tenant_attempt'
  | 'password_changed'
  | 'password_reset'
  | 'password_reset_requested'
  | 'personal_data_erased'
  | 'personal_data_exported'
  | 'platform_settings_changed'
  | 'rate_limited'
  | 'recovery_code_used'
  | 'refresh_token_reused'
  | 'security_incident_acknowledged'
  | 'security_incident_raised'
  | 'security_incident_resolved'
  | 'security_log_pruned'
  | 'session_ended'
  | 'sessions_revoked'
  | 'tenant_activated'
  | 'tenant_cloned'
  | 'tenant_created'
  | 'tenant_data_erased'
  | 'tenant_data_exported'
  | 'tenant_deactivated'
  | 'tenant_deleted'
  | 'tenant_domain_verified'
  | 'tenant_purged'
  | 'tenant_restored'
  | 'tenant_suspended'
  | 'two_factor_disabled'
  | 'two_factor_enabled';

export type SortOrder =
  | 'asc'
  | 'desc';

export type Species =
  | 'bird'
  | 'cat'
  | 'dog'
  | 'ferret'
  | 'horse'
  | 'other'
  | 'rabbit'
  | 'reptile'
  | 'rodent';

/** What a staff member does */
export type StaffRole =
  | 'assistant'
  | 'groomer'
  | 'manager'
  | 'receptionist'
  | 'technician'
  | 'veterinarian';

export type StaffSortField =
  | 'created_date'
  | 'email'
  | 'name'
  | 'role';

export type SubscriptionStatus =
  | 'active'
  | 'canceled'
  | 'past_due'
  | 'trialing'
  | 'unpaid';

export type TenantChangeKind =
  | 'created'
  | 'deleted'
  | 'updated';

/** add_staff counts active staff members against max_staff; add_client counts clients against max_clients */
export type TenantLimitAction =
  | 'add_client'
  | 'add_staff';

export type TenantSortField =
  | 'billing_plan'
  | 'created_date'
  | 'name'
  | 'slug'
  | 'status'
  | 'updated_date';

export type TenantStatus =
  | 'active'
  | 'deleted'
  | 'inactive'
  | 'pending'
  | 'suspended';

export type UpdateAdminInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<AdminRole>;
};

/** Only the fields given change. Null clears an optional field. Status changes follow the visit: scheduled → checked_in → completed, or cancelled / no_show. */
export type UpdateAppointmentInput = {
  duration_minutes?: InputMaybe<Scalars['Int']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  patient_id?: InputMaybe<Scalars['ID']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  staff_member_id?: InputMaybe<Scalars['ID']['input']>;
  starts_at?: InputMaybe<Scalars['DateTimeISO']['input']>;
  status?: InputMaybe<AppointmentStatus>;
};

/** Only the fields given change. Null clears an optional field. */
export type UpdateClientInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  first_name?: InputMaybe<Scalars['String']['input']>;
  last_name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change. Null clears an optional field. */
export type UpdatePatientInput = {
  breed?: InputMaybe<Scalars['String']['input']>;
  /** A new owner: a client of this clinic */
  client_id?: InputMaybe<Scalars['ID']['input']>;
  date_of_birth?: InputMaybe<Scalars['String']['input']>;
  microchip_id?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  sex?: InputMaybe<PatientSex>;
  species?: InputMaybe<Species>;
  weight_kg?: InputMaybe<Scalars['Float']['input']>;
};

/** Corrections: only the fields given change. Null clears an optional field. */
export type UpdatePaymentInput = {
  amount?: InputMaybe<Scalars['Float']['input']>;
  appointment_id?: InputMaybe<Scalars['ID']['input']>;
  currency?: InputMaybe<Currency>;
  method?: InputMaybe<PaymentMethod>;
  note?: InputMaybe<Scalars['String']['input']>;
  paid_at?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** Only the fields given change. Null clears an optional field. */
export type UpdateStaffMemberInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<StaffRole>;
};

/** Only the fields given change. Null clears an optional field. */
export type UpdateTenantInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  api_access?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default on create: basic. Limits not given with a new plan take the plan's */
  billing_plan?: InputMaybe<BillingPlan>;
  contact_email?: InputMaybe<Scalars['String']['input']>;
  contact_phone?: InputMaybe<Scalars['String']['input']>;
  /** Default on create: USD */
  currency?: InputMaybe<Currency>;
  custom_branding?: InputMaybe<Scalars['Boolean']['input']>;
  domain?: InputMaybe<Scalars['String']['input']>;
  features_json?: InputMaybe<Scalars['String']['input']>;
  /** Default on create: en */
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
  /** Default on create: active. Changing it needs the tenants:suspend permission */
  status?: InputMaybe<TenantStatus>;
  /** Required when status is suspended */
  suspension_reason?: InputMaybe<Scalars['String']['input']>;
  theme_json?: InputMaybe<Scalars['String']['input']>;
  /** IANA time zone. Default on create: UTC */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

/** Something a clinic app did, to count toward its usage */
export type UsageEventInput = {
  /** When it happened (default: now); counted on that day of the clinic's timezone */
  at?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** How many times it happened (1 to 100000) */
  count?: Scalars['Int']['input'];
  /** One of: api_call, user_login, appointment_created, appointment_completed, appointment_cancelled, client_created, patient_created, staff_created, payment_recorded, invoice_sent, reminder_sent, report_generated, file_uploaded */
  event: Scalars['String']['input'];
};

export type ResolveTenantQueryVariables = Exact<{
  hostname: Scalars['String']['input'];
}>;


export type ResolveTenantQuery = { resolveTenant: { __typename?: 'ResolvedTenant', id: string, slug: string, name: string, status: TenantStatus, language: Language, timezone: string, currency: Currency, theme: { __typename?: 'TenantTheme', primary_color: string, secondary_color: string, logo_url?: string | null, font: string, dark_mode: boolean }, features: { __typename?: 'TenantFeatures', custom_branding: boolean, sso: boolean, api_access: boolean, flags: Record<string, unknown> } } };

export type TrackUsageMutationVariables = Exact<{
  events: Array<UsageEventInput> | UsageEventInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type TrackUsageMutation = { trackUsage: { __typename?: 'TrackUsagePayload', accepted: number, duplicate: boolean } };

export type CheckTenantLimitQueryVariables = Exact<{
  action: TenantLimitAction;
}>;


export type CheckTenantLimitQuery = { checkTenantLimit: { __typename?: 'TenantLimitCheck', action: TenantLimitAction, allowed: boolean, limit?: number | null, current: number, remaining?: number | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ResolveTenantDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ResolveTenantQuery, ResolveTenantQueryVariables>;
export const TrackUsageDocument = new TypedDocumentString(`
    mutation TrackUsage($events: [UsageEventInput!]!, $idempotencyKey: String) {
  trackUsage(events: $events, idempotency_key: $idempotencyKey) {
    accepted
    duplicate
  }
}
    `) as unknown as TypedDocumentString<TrackUsageMutation, TrackUsageMutationVariables>;
export const CheckTenantLimitDocument = new TypedDocumentString(`
    query CheckTenantLimit($action: TenantLimitAction!) {
  checkTenantLimit(action: $action) {
    action
    allowed
    limit
    current
    remaining
  }
}
    `) as unknown as TypedDocumentString<CheckTenantLimitQuery, CheckTenantLimitQueryVariables>;
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

export type AccountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountQuery = { me: { __typename?: 'Admin', id: string, email: string, name: string, role: AdminRole, two_factor_enabled: boolean } };

export type StartTwoFactorEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type StartTwoFactorEnrolmentMutation = { startTwoFactorEnrolment: { __typename?: 'TwoFactorEnrolment', secret: string, qr_code_data_url: string } };

export type ConfirmTwoFactorEnrolmentMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ConfirmTwoFactorEnrolmentMutation = { confirmTwoFactorEnrolment: { __typename?: 'RecoveryCodes', recovery_codes: Array<string> } };

export type CurrentAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentAdminQuery = { me: { __typename?: 'Admin', id: string, email: string, name: string, role: AdminRole } };

export type BackupFieldsFragment = { __typename?: 'Backup', id: string, kind: BackupKind, status: BackupStatus, timestamp: string, completed_at?: string | null, progress: number, documents_done: number, documents_total: number, size: number, error?: string | null, verification?: BackupVerification | null, verified_at?: string | null, verification_detail?: string | null, download_url: string, collections: Array<{ __typename?: 'BackupCollection', name: string, count: number }> };

export type TenantBackupsQueryVariables = Exact<{
  tenant_id: Scalars['ID']['input'];
}>;


export type TenantBackupsQuery = { tenantBackups: { __typename?: 'BackupPage', totalCount: number, items: Array<{ __typename?: 'Backup', id: string, kind: BackupKind, status: BackupStatus, timestamp: string, completed_at?: string | null, progress: number, documents_done: number, documents_total: number, size: number, error?: string | null, verification?: BackupVerification | null, verified_at?: string | null, verification_detail?: string | null, download_url: string, collections: Array<{ __typename?: 'BackupCollection', name: string, count: number }> }> }, tenantRestores: Array<{ __typename?: 'BackupRestore', id: string, backup_id: string, mode: RestoreMode, status: BackupStatus, phase: string, progress: number, target_tenant_id: string, started_at: string, error?: string | null }> };

export type CreateBackupMutationVariables = Exact<{
  tenant_id: Scalars['ID']['input'];
}>;


export type CreateBackupMutation = { createBackup: { __typename?: 'Backup', id: string, kind: BackupKind, status: BackupStatus, timestamp: string, completed_at?: string | null, progress: number, documents_done: number, documents_total: number, size: number, error?: string | null, verification?: BackupVerification | null, verified_at?: string | null, verification_detail?: string | null, download_url: string, collections: Array<{ __typename?: 'BackupCollection', name: string, count: number }> } };

export type DeleteBackupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteBackupMutation = { deleteBackup: { __typename?: 'DeletedRecord', id: string, deleted: boolean } };

export type VerifyBackupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VerifyBackupMutation = { verifyBackup: { __typename?: 'Backup', id: string, kind: BackupKind, status: BackupStatus, timestamp: string, completed_at?: string | null, progress: number, documents_done: number, documents_total: number, size: number, error?: string | null, verification?: BackupVerification | null, verified_at?: string | null, verification_detail?: string | null, download_url: string, collections: Array<{ __typename?: 'BackupCollection', name: string, count: number }> } };

export type RestoreBackupMutationVariables = Exact<{
  backup_id: Scalars['ID']['input'];
}>;


export type RestoreBackupMutation = { restoreBackup: { __typename?: 'BackupRestore', id: string, status: BackupStatus, phase: string } };

export type CloneBackupMutationVariables = Exact<{
  backup_id: Scalars['ID']['input'];
  slug: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
}>;


export type CloneBackupMutation = { cloneBackup: { __typename?: 'BackupRestore', id: string, status: BackupStatus, target_tenant_id: string } };

export type BackupProgressSubscriptionVariables = Exact<{
  tenant_id: Scalars['ID']['input'];
}>;


export type BackupProgressSubscription = { backupProgress: { __typename?: 'BackupProgress', operation: string, id: string, backup_id: string, status: BackupStatus, phase?: string | null, progress: number, documents_done: number, documents_total: number, error?: string | null } };

export type BillingFieldsFragment = { __typename?: 'TenantBilling', tenant_id: string, plan: BillingPlan, price: number, currency: Currency, features: Array<string>, next_billing_date?: string | null, status: SubscriptionStatus, trial_days: number, trial_ends_at?: string | null, current_period_start: string, current_period_end: string, cancel_at_period_end: boolean, pending_plan?: BillingPlan | null, balance: number, payment_provider: string, payment_method?: string | null, past_due_since?: string | null, dunning_attempts: number, next_retry_at?: string | null, limits: { __typename?: 'BillingLimits', staff?: number | null, clients?: number | null, storage?: number | null }, usage: { __typename?: 'BillingUsage', staff: number, clients: number, storage_gb: number } };

export type TenantBillingQueryVariables = Exact<{
  tenant_id: Scalars['ID']['input'];
}>;


export type TenantBillingQuery = { tenantBilling: { __typename?: 'TenantBilling', tenant_id: string, plan: BillingPlan, price: number, currency: Currency, features: Array<string>, next_billing_date?: string | null, status: SubscriptionStatus, trial_days: number, trial_ends_at?: string | null, current_period_start: string, current_period_end: string, cancel_at_period_end: boolean, pending_plan?: BillingPlan | null, balance: number, payment_provider: string, payment_method?: string | null, past_due_since?: string | null, dunning_attempts: number, next_retry_at?: string | null, limits: { __typename?: 'BillingLimits', staff?: number | null, clients?: number | null, storage?: number | null }, usage: { __typename?: 'BillingUsage', staff: number, clients: number, storage_gb: number } }, tenantInvoices: Array<{ __typename?: 'Invoice', id: string, number?: string | null, status: InvoiceStatus, currency: Currency, total: number, issued_at?: string | null, due_at?: string | null, paid_at?: string | null }> };

export type TenantUsageLimitsQueryVariables = Exact<{
  tenant_id: Scalars['ID']['input'];
}>;


export type TenantUsageLimitsQuery = { tenantBilling: { __typename?: 'TenantBilling', tenant_id: string, limits: { __typename?: 'BillingLimits', staff?: number | null, clients?: number | null, storage?: number | null }, usage: { __typename?: 'BillingUsage', staff: number, clients: number, storage_gb: number } } };

export type PreviewPlanChangeQueryVariables = Exact<{
  tenant_id: Scalars['ID']['input'];
  plan: BillingPlan;
}>;


export type PreviewPlanChangeQuery = { previewPlanChange: { __typename?: 'PlanChangePreviewInfo', kind: string, currency: Currency, credit: number, charge: number, amount_due: number, effective_at: string, limits: { __typename?: 'BillingLimits', staff?: number | null, clients?: number | null, storage?: number | null }, blocked_by: Array<{ __typename?: 'LimitOverage', limit: string, current: number, maximum: number }> } };

export type ChangeTenantPlanMutationVariables = Exact<{
  tenant_id: Scalars['ID']['input'];
  plan: BillingPlan;
}>;


export type ChangeTenantPlanMutation = { changeTenantPlan: { __typename?: 'TenantBilling', tenant_id: string, plan: BillingPlan, price: number, currency: Currency, features: Array<string>, next_billing_date?: string | null, status: SubscriptionStatus, trial_days: number, trial_ends_at?: string | null, current_period_start: string, current_period_end: string, cancel_at_period_end: boolean, pending_plan?: BillingPlan | null, balance: number, payment_provider: string, payment_method?: string | null, past_due_since?: string | null, dunning_attempts: number, next_retry_at?: string | null, limits: { __typename?: 'BillingLimits', staff?: number | null, clients?: number | null, storage?: number | null }, usage: { __typename?: 'BillingUsage', staff: number, clients: number, storage_gb: number } } };

export type CancelSubscriptionMutationVariables = Exact<{
  tenant_id: Scalars['ID']['input'];
}>;


export type CancelSubscriptionMutation = { cancelSubscription: { __typename?: 'TenantBilling', tenant_id: string, plan: BillingPlan, price: number, currency: Currency, features: Array<string>, next_billing_date?: string | null, status: SubscriptionStatus, trial_days: number, trial_ends_at?: string | null, current_period_start: string, current_period_end: string, cancel_at_period_end: boolean, pending_plan?: BillingPlan | null, balance: number, payment_provider: string, payment_method?: string | null, past_due_since?: string | null, dunning_attempts: number, next_retry_at?: string | null, limits: { __typename?: 'BillingLimits', staff?: number | null, clients?: number | null, storage?: number | null }, usage: { __typename?: 'BillingUsage', staff: number, clients: number, storage_gb: number } } };

export type ResumeSubscriptionMutationVariables = Exact<{
  tenant_id: Scalars['ID']['input'];
}>;


export type ResumeSubscriptionMutation = { resumeSubscription: { __typename?: 'TenantBilling', tenant_id: string, plan: BillingPlan, price: number, currency: Currency, features: Array<string>, next_billing_date?: string | null, status: SubscriptionStatus, trial_days: number, trial_ends_at?: string | null, current_period_start: string, current_period_end: string, cancel_at_period_end: boolean, pending_plan?: BillingPlan | null, balance: number, payment_provider: string, payment_method?: string | null, past_due_since?: string | null, dunning_attempts: number, next_retry_at?: string | null, limits: { __typename?: 'BillingLimits', staff?: number | null, clients?: number | null, storage?: number | null }, usage: { __typename?: 'BillingUsage', staff: number, clients: number, storage_gb: number } } };

export type RecordManualPaymentMutationVariables = Exact<{
  invoice_id: Scalars['ID']['input'];
  reference?: InputMaybe<Scalars['String']['input']>;
}>;


export type RecordManualPaymentMutation = { recordManualPayment: { __typename?: 'Invoice', id: string, status: InvoiceStatus, paid_at?: string | null } };

export type CatalogPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogPlansQuery = { plans: Array<{ __typename?: 'CatalogPlanInfo', id: BillingPlan, name: string, price_monthly: number, features: Array<string>, prices: Array<{ __typename?: 'PlanPrice', currency: Currency, amount: number }>, limits: { __typename?: 'BillingLimits', staff?: number | null, clients?: number | null, storage?: number | null } }> };

export type SystemAnalyticsQueryVariables = Exact<{
  period: Scalars['String']['input'];
}>;


export type SystemAnalyticsQuery = { systemAnalytics: { __typename?: 'SystemAnalyticsResult', period: string, days: Array<string>, tenants: { __typename?: 'SystemTenantFigures', total: number, by_status: Array<{ __typename?: 'StatusCount', status: string, count: number }>, by_plan: Array<{ __typename?: 'PlanCount', plan: string, count: number }>, new: { __typename?: 'DailySeries', daily: Array<number> }, churned: { __typename?: 'DailySeries', daily: Array<number> } }, revenue: { __typename?: 'SystemRevenueFigures', source: string, mrr: Array<{ __typename?: 'MoneyAmount', currency: string, amount: number }>, arr: Array<{ __typename?: 'MoneyAmount', currency: string, amount: number }> }, usage: { __typename?: 'SystemUsageFigures', total_events: number, api_requests: number, events: { __typename?: 'DailySeries', daily: Array<number> }, api_calls: { __typename?: 'DailySeries', daily: Array<number> } }, top_tenants: { __typename?: 'TopTenants', by_usage: Array<{ __typename?: 'TenantByUsage', tenant_id: string, name: string, events: number }> }, performance: { __typename?: 'SystemPerformanceFigures', error_rate: number, average_response_time: number, p95_response_time: number, uptime: number, response_time: { __typename?: 'DailySeries', daily: Array<number> }, error_rate_daily: { __typename?: 'DailySeries', daily: Array<number> } } } };

export type SystemUsageUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SystemUsageUpdatedSubscription = { systemUsageUpdated: { __typename?: 'SystemUsageUpdateEvent', day: string, events_today: number, api_requests_today: number, errors_today: number, error_rate: number, average_response_time: number, at: string, tenants: { __typename?: 'LiveTenantFigures', total: number, by_status: Array<{ __typename?: 'StatusCount', status: string, count: number }>, by_plan: Array<{ __typename?: 'PlanCount', plan: string, count: number }> }, mrr: Array<{ __typename?: 'MoneyAmount', currency: string, amount: number }> } };

export type AlertFieldsFragment = { __typename?: 'Alert', id: string, rule: AlertRule, severity: AlertSeverity, state: AlertState, subject: string, tenant_id?: string | null, title: string, message: string, value?: number | null, threshold?: number | null, fired_at: string, last_seen_at: string, evaluations: number, acknowledged_at?: string | null, acknowledged_by?: string | null, resolved_at?: string | null, resolved_by?: string | null };

export type AlertsQueryVariables = Exact<{
  state?: InputMaybe<AlertState>;
  page?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AlertsQuery = { alerts: { __typename?: 'AlertPage', totalCount: number, items: Array<{ __typename?: 'Alert', id: string, rule: AlertRule, severity: AlertSeverity, state: AlertState, subject: string, tenant_id?: string | null, title: string, message: string, value?: number | null, threshold?: number | null, fired_at: string, last_seen_at: string, evaluations: number, acknowledged_at?: string | null, acknowledged_by?: string | null, resolved_at?: string | null, resolved_by?: string | null }> } };

export type AcknowledgeAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeAlertMutation = { acknowledgeAlert: { __typename?: 'Alert', id: string, rule: AlertRule, severity: AlertSeverity, state: AlertState, subject: string, tenant_id?: string | null, title: string, message: string, value?: number | null, threshold?: number | null, fired_at: string, last_seen_at: string, evaluations: number, acknowledged_at?: string | null, acknowledged_by?: string | null, resolved_at?: string | null, resolved_by?: string | null } };

export type ResolveAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResolveAlertMutation = { resolveAlert: { __typename?: 'Alert', id: string, rule: AlertRule, severity: AlertSeverity, state: AlertState, subject: string, tenant_id?: string | null, title: string, message: string, value?: number | null, threshold?: number | null, fired_at: string, last_seen_at: string, evaluations: number, acknowledged_at?: string | null, acknowledged_by?: string | null, resolved_at?: string | null, resolved_by?: string | null } };

export type AlertChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AlertChangedSubscription = { alertChanged: { __typename?: 'AlertChangeEvent', event: AlertEvent, alert: { __typename?: 'Alert', id: string, rule: AlertRule, severity: AlertSeverity, state: AlertState, subject: string, tenant_id?: string | null, title: string, message: string, value?: number | null, threshold?: number | null, fired_at: string, last_seen_at: string, evaluations: number, acknowledged_at?: string | null, acknowledged_by?: string | null, resolved_at?: string | null, resolved_by?: string | null } } };

export type SystemHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemHealthQuery = { systemHealth: { __typename?: 'SystemHealth', status: string, checked_at: string, dependencies: Array<{ __typename?: 'DependencyHealth', name: string, state: string, latency_ms: number }>, queues: Array<{ __typename?: 'QueueHealth', name: string, counts?: { __typename?: 'QueueJobCounts', waiting: number, active: number, delayed: number, failed: number, completed: number } | null }>, websocket: { __typename?: 'WebSocketHealth', connections: number, subscriptions: number }, requests?: { __typename?: 'RequestHealthToday', day: string, requests: number, server_error_rate: number, error_rate: number, average_ms: number, p95_ms: number } | null, process: { __typename?: 'ProcessHealth', uptime_seconds: number, rss_bytes: number, heap_used_bytes: number }, thresholds: { __typename?: 'AlertThresholds', error_rate_percent: number, latency_p95_ms: number } } };

export type DataSubjectQueryVariables = Exact<{
  tenant_id: Scalars['ID']['input'];
  email: Scalars['String']['input'];
}>;


export type DataSubjectQuery = { dataSubject?: { __typename?: 'DataSubject', client_id: string, first_name: string, last_name: string, email?: string | null, patients: number, appointments: number, payments: number } | null };

export type RequestDataExportMutationVariables = Exact<{
  tenant_id: Scalars['ID']['input'];
  client_id: Scalars['ID']['input'];
}>;


export type RequestDataExportMutation = { requestDataExport: { __typename?: 'DataExportLink', url: string, expires_at: string } };

export type ErasePersonDataMutationVariables = Exact<{
  tenant_id: Scalars['ID']['input'];
  client_id: Scalars['ID']['input'];
}>;


export type ErasePersonDataMutation = { erasePersonData: { __typename?: 'ErasureResult', erased: Record<string, unknown> } };

export type SecurityLogQueryVariables = Exact<{
  tenant_id?: InputMaybe<Scalars['String']['input']>;
  event?: InputMaybe<SecurityEvent>;
  actor?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SecurityLogQuery = { securityLogs: { __typename?: 'SecurityLogPage', totalCount: number, page: number, limit: number, items: Array<{ __typename?: 'SecurityLogEntry', id: string, tenant_id?: string | null, seq: number, event: SecurityEvent, actor: string, actor_label?: string | null, ip_address?: string | null, user_agent?: string | null, timestamp: string, count: number, details: Record<string, unknown> }> } };

export type SecurityChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityChainsQuery = { securityChains: Array<{ __typename?: 'SecurityChainStatus', chain: string, tenant_id?: string | null, length: number, pruned_through?: number | null, last_verification?: { __typename?: 'LastChainVerification', ok: boolean, verified_at: string, entries: number, problem?: { __typename?: 'ChainProblem', kind: ChainProblemKind, seq?: number | null, message: string } | null } | null }> };

export type VerifySecurityChainMutationVariables = Exact<{
  chain: Scalars['String']['input'];
}>;


export type VerifySecurityChainMutation = { verifySecurityChain: { __typename?: 'ChainVerificationResult', chain: string, ok: boolean, entries: number, problem?: { __typename?: 'ChainProblem', kind: ChainProblemKind, entry_id?: string | null, seq?: number | null, message: string } | null } };

export type IncidentFieldsFragment = { __typename?: 'SecurityIncident', id: string, rule: IncidentRule, severity: IncidentSeverity, state: IncidentState, title: string, summary: string, tenant_id?: string | null, subject: string, evidence: Array<string>, occurrences: number, raised_at: string, acknowledged_by?: string | null, resolved_by?: string | null, note?: string | null, responses: Array<{ __typename?: 'IncidentResponseTaken', action: IncidentResponseAction, target: string, outcome: IncidentResponseOutcome, until?: string | null }> };

export type SecurityIncidentsQueryVariables = Exact<{
  state?: InputMaybe<IncidentState>;
  page?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SecurityIncidentsQuery = { securityIncidents: { __typename?: 'SecurityIncidentPage', totalCount: number, items: Array<{ __typename?: 'SecurityIncident', id: string, rule: IncidentRule, severity: IncidentSeverity, state: IncidentState, title: string, summary: string, tenant_id?: string | null, subject: string, evidence: Array<string>, occurrences: number, raised_at: string, acknowledged_by?: string | null, resolved_by?: string | null, note?: string | null, responses: Array<{ __typename?: 'IncidentResponseTaken', action: IncidentResponseAction, target: string, outcome: IncidentResponseOutcome, until?: string | null }> }> } };

export type AcknowledgeIncidentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeIncidentMutation = { acknowledgeSecurityIncident: { __typename?: 'SecurityIncident', id: string, rule: IncidentRule, severity: IncidentSeverity, state: IncidentState, title: string, summary: string, tenant_id?: string | null, subject: string, evidence: Array<string>, occurrences: number, raised_at: string, acknowledged_by?: string | null, resolved_by?: string | null, note?: string | null, responses: Array<{ __typename?: 'IncidentResponseTaken', action: IncidentResponseAction, target: string, outcome: IncidentResponseOutcome, until?: string | null }> } };

export type ResolveIncidentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResolveIncidentMutation = { resolveSecurityIncident: { __typename?: 'SecurityIncident', id: string, rule: IncidentRule, severity: IncidentSeverity, state: IncidentState, title: string, summary: string, tenant_id?: string | null, subject: string, evidence: Array<string>, occurrences: number, raised_at: string, acknowledged_by?: string | null, resolved_by?: string | null, note?: string | null, responses: Array<{ __typename?: 'IncidentResponseTaken', action: IncidentResponseAction, target: string, outcome: IncidentResponseOutcome, until?: string | null }> } };

export type IncidentRaisedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type IncidentRaisedSubscription = { incidentRaised: { __typename?: 'SecurityIncident', id: string } };

export type TenantAnalyticsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  period: Scalars['String']['input'];
}>;


export type TenantAnalyticsQuery = { tenantAnalytics: { __typename?: 'TenantAnalyticsResult', tenant_id: string, period: string, currency: string, timezone: string, storage_source: string, usage: { __typename?: 'TenantUsageSummary', staff_count: number, client_count: number, appointment_count: number, revenue: number, storage_used: number }, trends: { __typename?: 'TenantTrends', days: Array<string>, appointments: { __typename?: 'DailySeries', daily: Array<number> }, revenue: { __typename?: 'DailySeries', daily: Array<number> }, api_calls: { __typename?: 'DailySeries', daily: Array<number> }, logins: { __typename?: 'DailySeries', daily: Array<number> }, usage_events: { __typename?: 'DailySeries', daily: Array<number> }, response_time: { __typename?: 'DailySeries', daily: Array<number> }, error_rate: { __typename?: 'DailySeries', daily: Array<number> } }, performance: { __typename?: 'PerformanceFigures', average_response_time: number, p95_response_time: number, uptime: number, error_rate: number, requests: number } } };

export type UsageUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UsageUpdatedSubscription = { usageUpdated: { __typename?: 'UsageUpdateEvent', tenant_id: string, day: string, currency: string, events_today: number, api_requests_today: number, errors_today: number, error_rate: number, average_response_time: number, appointments_today: number, revenue_today: number, at: string } };

export type ApiKeyFieldsFragment = { __typename?: 'ApiKey', id: string, name: string, prefix: string, created_date: string, last_used_at?: string | null, revoked_at?: string | null };

export type TenantApiKeysQueryVariables = Exact<{
  tenantId: Scalars['ID']['input'];
}>;


export type TenantApiKeysQuery = { apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, created_date: string, last_used_at?: string | null, revoked_at?: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  tenantId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type CreateApiKeyMutation = { createApiKey: { __typename?: 'CreatedApiKey', key: string, api_key: { __typename?: 'ApiKey', id: string, name: string, prefix: string, created_date: string, last_used_at?: string | null, revoked_at?: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  tenantId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, created_date: string, last_used_at?: string | null, revoked_at?: string | null } };

export type EffectiveConfigFragment = { __typename?: 'Tenant', effective_features: { __typename?: 'TenantFeatures', custom_branding: boolean, sso: boolean, api_access: boolean, flags: Record<string, unknown> }, effective_theme: { __typename?: 'TenantTheme', primary_color: string, secondary_color: string, logo_url?: string | null, font: string, dark_mode: boolean } };

export type TenantConfigurationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TenantConfigurationQuery = { tenant: { __typename?: 'Tenant', id: string, effective_features: { __typename?: 'TenantFeatures', custom_branding: boolean, sso: boolean, api_access: boolean, flags: Record<string, unknown> }, effective_theme: { __typename?: 'TenantTheme', primary_color: string, secondary_color: string, logo_url?: string | null, font: string, dark_mode: boolean } }, featureFlags: Array<{ __typename?: 'FeatureFlagInfo', name: string, plans: Array<BillingPlan>, default: boolean }> };

export type SaveTenantConfigurationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTenantInput;
}>;


export type SaveTenantConfigurationMutation = { updateTenant: { __typename?: 'Tenant', id: string, name: string, slug: string, domain?: string | null, status: TenantStatus, billing_plan: BillingPlan, contact_email: string, contact_phone?: string | null, address?: string | null, timezone: string, currency: Currency, language: Language, theme_json?: string | null, features_json?: string | null, max_staff?: number | null, max_clients?: number | null, max_storage_gb?: number | null, custom_branding: boolean, sso_enabled: boolean, api_access: boolean, created_date: string, updated_date: string, suspension_reason?: string | null, suspended_at?: string | null, domain_verified: boolean, domain_verification_token?: string | null, effective_features: { __typename?: 'TenantFeatures', custom_branding: boolean, sso: boolean, api_access: boolean, flags: Record<string, unknown> }, effective_theme: { __typename?: 'TenantTheme', primary_color: string, secondary_color: string, logo_url?: string | null, font: string, dark_mode: boolean } } };

export type SuspendTenantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type SuspendTenantMutation = { suspendTenant: { __typename?: 'Tenant', id: string, name: string, slug: string, domain?: string | null, status: TenantStatus, billing_plan: BillingPlan, contact_email: string, contact_phone?: string | null, address?: string | null, timezone: string, currency: Currency, language: Language, theme_json?: string | null, features_json?: string | null, max_staff?: number | null, max_clients?: number | null, max_storage_gb?: number | null, custom_branding: boolean, sso_enabled: boolean, api_access: boolean, created_date: string, updated_date: string, suspension_reason?: string | null, suspended_at?: string | null, domain_verified: boolean, domain_verification_token?: string | null } };

export type ActivateTenantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivateTenantMutation = { activateTenant: { __typename?: 'Tenant', id: string, name: string, slug: string, domain?: string | null, status: TenantStatus, billing_plan: BillingPlan, contact_email: string, contact_phone?: string | null, address?: string | null, timezone: string, currency: Currency, language: Language, theme_json?: string | null, features_json?: string | null, max_staff?: number | null, max_clients?: number | null, max_storage_gb?: number | null, custom_branding: boolean, sso_enabled: boolean, api_access: boolean, created_date: string, updated_date: string, suspension_reason?: string | null, suspended_at?: string | null, domain_verified: boolean, domain_verification_token?: string | null } };

export type VerifyTenantDomainMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VerifyTenantDomainMutation = { verifyTenantDomain: { __typename?: 'Tenant', id: string, name: string, slug: string, domain?: string | null, status: TenantStatus, billing_plan: BillingPlan, contact_email: string, contact_phone?: string | null, address?: string | null, timezone: string, currency: Currency, language: Language, theme_json?: string | null, features_json?: string | null, max_staff?: number | null, max_clients?: number | null, max_storage_gb?: number | null, custom_branding: boolean, sso_enabled: boolean, api_access: boolean, created_date: string, updated_date: string, suspension_reason?: string | null, suspended_at?: string | null, domain_verified: boolean, domain_verification_token?: string | null } };

export type TenantClinicCountsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TenantClinicCountsQuery = { tenant: { __typename?: 'Tenant', id: string, clinic_counts: { __typename?: 'ClinicCounts', staff: number, clients: number, patients: number, appointments: number, payments: number, revenue_total: number, currency: Currency } } };

export type TenantFieldsFragment = { __typename?: 'Tenant', id: string, name: string, slug: string, domain?: string | null, status: TenantStatus, billing_plan: BillingPlan, contact_email: string, contact_phone?: string | null, address?: string | null, timezone: string, currency: Currency, language: Language, theme_json?: string | null, features_json?: string | null, max_staff?: number | null, max_clients?: number | null, max_storage_gb?: number | null, custom_branding: boolean, sso_enabled: boolean, api_access: boolean, created_date: string, updated_date: string, suspension_reason?: string | null, suspended_at?: string | null, domain_verified: boolean, domain_verification_token?: string | null };

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


export type TenantQuery = { tenant: { __typename?: 'Tenant', id: string, name: string, slug: string, domain?: string | null, status: TenantStatus, billing_plan: BillingPlan, contact_email: string, contact_phone?: string | null, address?: string | null, timezone: string, currency: Currency, language: Language, theme_json?: string | null, features_json?: string | null, max_staff?: number | null, max_clients?: number | null, max_storage_gb?: number | null, custom_branding: boolean, sso_enabled: boolean, api_access: boolean, created_date: string, updated_date: string, suspension_reason?: string | null, suspended_at?: string | null, domain_verified: boolean, domain_verification_token?: string | null } };

export type BillingPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingPlansQuery = { billingPlans: Array<{ __typename?: 'BillingPlanInfo', id: BillingPlan, name: string, price_monthly: number, max_staff?: number | null, max_clients?: number | null, max_storage_gb?: number | null, features: Array<string> }> };

export type SlugAvailabilityQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type SlugAvailabilityQuery = { slugAvailability: { __typename?: 'SlugAvailability', slug: string, available: boolean, reason?: string | null } };

export type CreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type CreateTenantMutation = { createTenant: { __typename?: 'Tenant', id: string, name: string, slug: string, domain?: string | null, status: TenantStatus, billing_plan: BillingPlan, contact_email: string, contact_phone?: string | null, address?: string | null, timezone: string, currency: Currency, language: Language, theme_json?: string | null, features_json?: string | null, max_staff?: number | null, max_clients?: number | null, max_storage_gb?: number | null, custom_branding: boolean, sso_enabled: boolean, api_access: boolean, created_date: string, updated_date: string, suspension_reason?: string | null, suspended_at?: string | null, domain_verified: boolean, domain_verification_token?: string | null } };

export type UpdateTenantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTenantInput;
}>;


export type UpdateTenantMutation = { updateTenant: { __typename?: 'Tenant', id: string, name: string, slug: string, domain?: string | null, status: TenantStatus, billing_plan: BillingPlan, contact_email: string, contact_phone?: string | null, address?: string | null, timezone: string, currency: Currency, language: Language, theme_json?: string | null, features_json?: string | null, max_staff?: number | null, max_clients?: number | null, max_storage_gb?: number | null, custom_branding: boolean, sso_enabled: boolean, api_access: boolean, created_date: string, updated_date: string, suspension_reason?: string | null, suspended_at?: string | null, domain_verified: boolean, domain_verification_token?: string | null } };

export type DeleteTenantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTenantMutation = { deleteTenant: { __typename?: 'DeleteTenantPayload', id: string, deleted: boolean } };

export type TenantChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TenantChangedSubscription = { tenantChanged: { __typename?: 'TenantChangeEvent', kind: TenantChangeKind, tenant_id: string, tenant?: { __typename?: 'Tenant', id: string, name: string, slug: string, domain?: string | null, status: TenantStatus, billing_plan: BillingPlan, contact_email: string, created_date: string } | null } };

export type ClinicUsersQueryVariables = Exact<{
  tenant_id: Scalars['ID']['input'];
}>;


export type ClinicUsersQuery = { clinicUsers: Array<{ __typename?: 'ClinicUser', id: string, email: string, name: string, role: ClinicRole, disabled: boolean, invited: boolean, last_login_at?: string | null }> };

export type InviteClinicUserMutationVariables = Exact<{
  tenant_id: Scalars['ID']['input'];
  input: InviteClinicUserInput;
}>;


export type InviteClinicUserMutation = { inviteClinicUser: { __typename?: 'ClinicUser', id: string } };

export type ChangeClinicUserRoleMutationVariables = Exact<{
  tenant_id: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  role: ClinicRole;
}>;


export type ChangeClinicUserRoleMutation = { changeClinicUserRole: { __typename?: 'ClinicUser', id: string, role: ClinicRole } };

export type SetClinicUserDisabledMutationVariables = Exact<{
  tenant_id: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  disabled: Scalars['Boolean']['input'];
}>;


export type SetClinicUserDisabledMutation = { setClinicUserDisabled: { __typename?: 'ClinicUser', id: string, disabled: boolean } };

export type DeleteClinicUserMutationVariables = Exact<{
  tenant_id: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
}>;


export type DeleteClinicUserMutation = { deleteClinicUser: boolean };

export type SendClinicUserPasswordResetMutationVariables = Exact<{
  tenant_id: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
}>;


export type SendClinicUserPasswordResetMutation = { sendClinicUserPasswordReset: boolean };

export const BackupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BackupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Backup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"completed_at"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"documents_done"}},{"kind":"Field","name":{"kind":"Name","value":"documents_total"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"verified_at"}},{"kind":"Field","name":{"kind":"Name","value":"verification_detail"}},{"kind":"Field","name":{"kind":"Name","value":"download_url"}},{"kind":"Field","name":{"kind":"Name","value":"collections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<BackupFieldsFragment, unknown>;
export const BillingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantBilling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"storage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"storage_gb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next_billing_date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trial_days"}},{"kind":"Field","name":{"kind":"Name","value":"trial_ends_at"}},{"kind":"Field","name":{"kind":"Name","value":"current_period_start"}},{"kind":"Field","name":{"kind":"Name","value":"current_period_end"}},{"kind":"Field","name":{"kind":"Name","value":"cancel_at_period_end"}},{"kind":"Field","name":{"kind":"Name","value":"pending_plan"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"payment_provider"}},{"kind":"Field","name":{"kind":"Name","value":"payment_method"}},{"kind":"Field","name":{"kind":"Name","value":"past_due_since"}},{"kind":"Field","name":{"kind":"Name","value":"dunning_attempts"}},{"kind":"Field","name":{"kind":"Name","value":"next_retry_at"}}]}}]} as unknown as DocumentNode<BillingFieldsFragment, unknown>;
export const AlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"fired_at"}},{"kind":"Field","name":{"kind":"Name","value":"last_seen_at"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged_at"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged_by"}},{"kind":"Field","name":{"kind":"Name","value":"resolved_at"}},{"kind":"Field","name":{"kind":"Name","value":"resolved_by"}}]}}]} as unknown as DocumentNode<AlertFieldsFragment, unknown>;
export const IncidentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"}},{"kind":"Field","name":{"kind":"Name","value":"raised_at"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged_by"}},{"kind":"Field","name":{"kind":"Name","value":"resolved_by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]} as unknown as DocumentNode<IncidentFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"created_date"}},{"kind":"Field","name":{"kind":"Name","value":"last_used_at"}},{"kind":"Field","name":{"kind":"Name","value":"revoked_at"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const EffectiveConfigFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectiveConfig"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effective_features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custom_branding"}},{"kind":"Field","name":{"kind":"Name","value":"sso"}},{"kind":"Field","name":{"kind":"Name","value":"api_access"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effective_theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primary_color"}},{"kind":"Field","name":{"kind":"Name","value":"secondary_color"}},{"kind":"Field","name":{"kind":"Name","value":"logo_url"}},{"kind":"Field","name":{"kind":"Name","value":"font"}},{"kind":"Field","name":{"kind":"Name","value":"dark_mode"}}]}}]}}]} as unknown as DocumentNode<EffectiveConfigFragment, unknown>;
export const TenantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billing_plan"}},{"kind":"Field","name":{"kind":"Name","value":"contact_email"}},{"kind":"Field","name":{"kind":"Name","value":"contact_phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"theme_json"}},{"kind":"Field","name":{"kind":"Name","value":"features_json"}},{"kind":"Field","name":{"kind":"Name","value":"max_staff"}},{"kind":"Field","name":{"kind":"Name","value":"max_clients"}},{"kind":"Field","name":{"kind":"Name","value":"max_storage_gb"}},{"kind":"Field","name":{"kind":"Name","value":"custom_branding"}},{"kind":"Field","name":{"kind":"Name","value":"sso_enabled"}},{"kind":"Field","name":{"kind":"Name","value":"api_access"}},{"kind":"Field","name":{"kind":"Name","value":"created_date"}},{"kind":"Field","name":{"kind":"Name","value":"updated_date"}},{"kind":"Field","name":{"kind":"Name","value":"suspension_reason"}},{"kind":"Field","name":{"kind":"Name","value":"suspended_at"}},{"kind":"Field","name":{"kind":"Name","value":"domain_verified"}},{"kind":"Field","name":{"kind":"Name","value":"domain_verification_token"}}]}}]} as unknown as DocumentNode<TenantFieldsFragment, unknown>;
export const AccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"two_factor_enabled"}}]}}]}}]} as unknown as DocumentNode<AccountQuery, AccountQueryVariables>;
export const StartTwoFactorEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTwoFactorEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTwoFactorEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"qr_code_data_url"}}]}}]}}]} as unknown as DocumentNode<StartTwoFactorEnrolmentMutation, StartTwoFactorEnrolmentMutationVariables>;
export const ConfirmTwoFactorEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTwoFactorEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTwoFactorEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recovery_codes"}}]}}]}}]} as unknown as DocumentNode<ConfirmTwoFactorEnrolmentMutation, ConfirmTwoFactorEnrolmentMutationVariables>;
export const CurrentAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentAdmin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CurrentAdminQuery, CurrentAdminQueryVariables>;
export const TenantBackupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantBackups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantBackups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BackupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenantRestores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"backup_id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"target_tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"started_at"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BackupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Backup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"completed_at"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"documents_done"}},{"kind":"Field","name":{"kind":"Name","value":"documents_total"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"verified_at"}},{"kind":"Field","name":{"kind":"Name","value":"verification_detail"}},{"kind":"Field","name":{"kind":"Name","value":"download_url"}},{"kind":"Field","name":{"kind":"Name","value":"collections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<TenantBackupsQuery, TenantBackupsQueryVariables>;
export const CreateBackupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBackup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBackup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BackupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BackupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Backup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"completed_at"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"documents_done"}},{"kind":"Field","name":{"kind":"Name","value":"documents_total"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"verified_at"}},{"kind":"Field","name":{"kind":"Name","value":"verification_detail"}},{"kind":"Field","name":{"kind":"Name","value":"download_url"}},{"kind":"Field","name":{"kind":"Name","value":"collections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<CreateBackupMutation, CreateBackupMutationVariables>;
export const DeleteBackupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBackup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBackup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]} as unknown as DocumentNode<DeleteBackupMutation, DeleteBackupMutationVariables>;
export const VerifyBackupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyBackup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyBackup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BackupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BackupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Backup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"completed_at"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"documents_done"}},{"kind":"Field","name":{"kind":"Name","value":"documents_total"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"verified_at"}},{"kind":"Field","name":{"kind":"Name","value":"verification_detail"}},{"kind":"Field","name":{"kind":"Name","value":"download_url"}},{"kind":"Field","name":{"kind":"Name","value":"collections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<VerifyBackupMutation, VerifyBackupMutationVariables>;
export const RestoreBackupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreBackup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"backup_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreBackup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"backup_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"backup_id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]} as unknown as DocumentNode<RestoreBackupMutation, RestoreBackupMutationVariables>;
export const CloneBackupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloneBackup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"backup_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloneBackup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"backup_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"backup_id"}}},{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"target_tenant_id"}}]}}]}}]} as unknown as DocumentNode<CloneBackupMutation, CloneBackupMutationVariables>;
export const BackupProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BackupProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"backup_id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"documents_done"}},{"kind":"Field","name":{"kind":"Name","value":"documents_total"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<BackupProgressSubscription, BackupProgressSubscriptionVariables>;
export const TenantBillingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantBilling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantBilling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenantInvoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"issued_at"}},{"kind":"Field","name":{"kind":"Name","value":"due_at"}},{"kind":"Field","name":{"kind":"Name","value":"paid_at"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantBilling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"storage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"storage_gb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next_billing_date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trial_days"}},{"kind":"Field","name":{"kind":"Name","value":"trial_ends_at"}},{"kind":"Field","name":{"kind":"Name","value":"current_period_start"}},{"kind":"Field","name":{"kind":"Name","value":"current_period_end"}},{"kind":"Field","name":{"kind":"Name","value":"cancel_at_period_end"}},{"kind":"Field","name":{"kind":"Name","value":"pending_plan"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"payment_provider"}},{"kind":"Field","name":{"kind":"Name","value":"payment_method"}},{"kind":"Field","name":{"kind":"Name","value":"past_due_since"}},{"kind":"Field","name":{"kind":"Name","value":"dunning_attempts"}},{"kind":"Field","name":{"kind":"Name","value":"next_retry_at"}}]}}]} as unknown as DocumentNode<TenantBillingQuery, TenantBillingQueryVariables>;
export const TenantUsageLimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantUsageLimits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantBilling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"storage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"storage_gb"}}]}}]}}]}}]} as unknown as DocumentNode<TenantUsageLimitsQuery, TenantUsageLimitsQueryVariables>;
export const PreviewPlanChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewPlanChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingPlan"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewPlanChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}},{"kind":"Argument","name":{"kind":"Name","value":"plan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"charge"}},{"kind":"Field","name":{"kind":"Name","value":"amount_due"}},{"kind":"Field","name":{"kind":"Name","value":"effective_at"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"storage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocked_by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewPlanChangeQuery, PreviewPlanChangeQueryVariables>;
export const ChangeTenantPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeTenantPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingPlan"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeTenantPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}},{"kind":"Argument","name":{"kind":"Name","value":"plan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantBilling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"storage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"storage_gb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next_billing_date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trial_days"}},{"kind":"Field","name":{"kind":"Name","value":"trial_ends_at"}},{"kind":"Field","name":{"kind":"Name","value":"current_period_start"}},{"kind":"Field","name":{"kind":"Name","value":"current_period_end"}},{"kind":"Field","name":{"kind":"Name","value":"cancel_at_period_end"}},{"kind":"Field","name":{"kind":"Name","value":"pending_plan"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"payment_provider"}},{"kind":"Field","name":{"kind":"Name","value":"payment_method"}},{"kind":"Field","name":{"kind":"Name","value":"past_due_since"}},{"kind":"Field","name":{"kind":"Name","value":"dunning_attempts"}},{"kind":"Field","name":{"kind":"Name","value":"next_retry_at"}}]}}]} as unknown as DocumentNode<ChangeTenantPlanMutation, ChangeTenantPlanMutationVariables>;
export const CancelSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantBilling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"storage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"storage_gb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next_billing_date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trial_days"}},{"kind":"Field","name":{"kind":"Name","value":"trial_ends_at"}},{"kind":"Field","name":{"kind":"Name","value":"current_period_start"}},{"kind":"Field","name":{"kind":"Name","value":"current_period_end"}},{"kind":"Field","name":{"kind":"Name","value":"cancel_at_period_end"}},{"kind":"Field","name":{"kind":"Name","value":"pending_plan"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"payment_provider"}},{"kind":"Field","name":{"kind":"Name","value":"payment_method"}},{"kind":"Field","name":{"kind":"Name","value":"past_due_since"}},{"kind":"Field","name":{"kind":"Name","value":"dunning_attempts"}},{"kind":"Field","name":{"kind":"Name","value":"next_retry_at"}}]}}]} as unknown as DocumentNode<CancelSubscriptionMutation, CancelSubscriptionMutationVariables>;
export const ResumeSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantBilling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"storage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"storage_gb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next_billing_date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trial_days"}},{"kind":"Field","name":{"kind":"Name","value":"trial_ends_at"}},{"kind":"Field","name":{"kind":"Name","value":"current_period_start"}},{"kind":"Field","name":{"kind":"Name","value":"current_period_end"}},{"kind":"Field","name":{"kind":"Name","value":"cancel_at_period_end"}},{"kind":"Field","name":{"kind":"Name","value":"pending_plan"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"payment_provider"}},{"kind":"Field","name":{"kind":"Name","value":"payment_method"}},{"kind":"Field","name":{"kind":"Name","value":"past_due_since"}},{"kind":"Field","name":{"kind":"Name","value":"dunning_attempts"}},{"kind":"Field","name":{"kind":"Name","value":"next_retry_at"}}]}}]} as unknown as DocumentNode<ResumeSubscriptionMutation, ResumeSubscriptionMutationVariables>;
export const RecordManualPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordManualPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoice_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordManualPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invoice_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoice_id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paid_at"}}]}}]}}]} as unknown as DocumentNode<RecordManualPaymentMutation, RecordManualPaymentMutationVariables>;
export const CatalogPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price_monthly"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"storage"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogPlansQuery, CatalogPlansQueryVariables>;
export const SystemAnalyticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemAnalytics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemAnalytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"tenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"by_status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"by_plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"new"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daily"}}]}},{"kind":"Field","name":{"kind":"Name","value":"churned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daily"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"mrr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total_events"}},{"kind":"Field","name":{"kind":"Name","value":"api_requests"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daily"}}]}},{"kind":"Field","name":{"kind":"Name","value":"api_calls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daily"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"top_tenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by_usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"error_rate"}},{"kind":"Field","name":{"kind":"Name","value":"average_response_time"}},{"kind":"Field","name":{"kind":"Name","value":"p95_response_time"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"response_time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daily"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error_rate_daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daily"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SystemAnalyticsQuery, SystemAnalyticsQueryVariables>;
export const SystemUsageUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SystemUsageUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemUsageUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"events_today"}},{"kind":"Field","name":{"kind":"Name","value":"api_requests_today"}},{"kind":"Field","name":{"kind":"Name","value":"errors_today"}},{"kind":"Field","name":{"kind":"Name","value":"error_rate"}},{"kind":"Field","name":{"kind":"Name","value":"average_response_time"}},{"kind":"Field","name":{"kind":"Name","value":"tenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"by_status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"by_plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mrr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<SystemUsageUpdatedSubscription, SystemUsageUpdatedSubscriptionVariables>;
export const AlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"fired_at"}},{"kind":"Field","name":{"kind":"Name","value":"last_seen_at"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged_at"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged_by"}},{"kind":"Field","name":{"kind":"Name","value":"resolved_at"}},{"kind":"Field","name":{"kind":"Name","value":"resolved_by"}}]}}]} as unknown as DocumentNode<AlertsQuery, AlertsQueryVariables>;
export const AcknowledgeAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"fired_at"}},{"kind":"Field","name":{"kind":"Name","value":"last_seen_at"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged_at"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged_by"}},{"kind":"Field","name":{"kind":"Name","value":"resolved_at"}},{"kind":"Field","name":{"kind":"Name","value":"resolved_by"}}]}}]} as unknown as DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const ResolveAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"fired_at"}},{"kind":"Field","name":{"kind":"Name","value":"last_seen_at"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged_at"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged_by"}},{"kind":"Field","name":{"kind":"Name","value":"resolved_at"}},{"kind":"Field","name":{"kind":"Name","value":"resolved_by"}}]}}]} as unknown as DocumentNode<ResolveAlertMutation, ResolveAlertMutationVariables>;
export const AlertChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AlertChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"fired_at"}},{"kind":"Field","name":{"kind":"Name","value":"last_seen_at"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged_at"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged_by"}},{"kind":"Field","name":{"kind":"Name","value":"resolved_at"}},{"kind":"Field","name":{"kind":"Name","value":"resolved_by"}}]}}]} as unknown as DocumentNode<AlertChangedSubscription, AlertChangedSubscriptionVariables>;
export const SystemHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checked_at"}},{"kind":"Field","name":{"kind":"Name","value":"dependencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"latency_ms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"delayed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"websocket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"server_error_rate"}},{"kind":"Field","name":{"kind":"Name","value":"error_rate"}},{"kind":"Field","name":{"kind":"Name","value":"average_ms"}},{"kind":"Field","name":{"kind":"Name","value":"p95_ms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uptime_seconds"}},{"kind":"Field","name":{"kind":"Name","value":"rss_bytes"}},{"kind":"Field","name":{"kind":"Name","value":"heap_used_bytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"error_rate_percent"}},{"kind":"Field","name":{"kind":"Name","value":"latency_p95_ms"}}]}}]}}]}}]} as unknown as DocumentNode<SystemHealthQuery, SystemHealthQueryVariables>;
export const DataSubjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataSubject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSubject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client_id"}},{"kind":"Field","name":{"kind":"Name","value":"first_name"}},{"kind":"Field","name":{"kind":"Name","value":"last_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"patients"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"}},{"kind":"Field","name":{"kind":"Name","value":"payments"}}]}}]}}]} as unknown as DocumentNode<DataSubjectQuery, DataSubjectQueryVariables>;
export const RequestDataExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDataExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"client_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}},{"kind":"Argument","name":{"kind":"Name","value":"client_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"client_id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expires_at"}}]}}]}}]} as unknown as DocumentNode<RequestDataExportMutation, RequestDataExportMutationVariables>;
export const ErasePersonDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ErasePersonData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"client_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasePersonData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}},{"kind":"Argument","name":{"kind":"Name","value":"client_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"client_id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erased"}}]}}]}}]} as unknown as DocumentNode<ErasePersonDataMutation, ErasePersonDataMutationVariables>;
export const SecurityLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"event"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityEvent"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}},{"kind":"Argument","name":{"kind":"Name","value":"event"},"value":{"kind":"Variable","name":{"kind":"Name","value":"event"}}},{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actor_label"}},{"kind":"Field","name":{"kind":"Name","value":"ip_address"}},{"kind":"Field","name":{"kind":"Name","value":"user_agent"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityLogQuery, SecurityLogQueryVariables>;
export const SecurityChainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityChains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityChains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"pruned_through"}},{"kind":"Field","name":{"kind":"Name","value":"last_verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"verified_at"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SecurityChainsQuery, SecurityChainsQueryVariables>;
export const VerifySecurityChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifySecurityChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chain"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifySecurityChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chain"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entry_id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VerifySecurityChainMutation, VerifySecurityChainMutationVariables>;
export const SecurityIncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityIncidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityIncidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"}},{"kind":"Field","name":{"kind":"Name","value":"raised_at"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged_by"}},{"kind":"Field","name":{"kind":"Name","value":"resolved_by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]} as unknown as DocumentNode<SecurityIncidentsQuery, SecurityIncidentsQueryVariables>;
export const AcknowledgeIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeSecurityIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"}},{"kind":"Field","name":{"kind":"Name","value":"raised_at"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged_by"}},{"kind":"Field","name":{"kind":"Name","value":"resolved_by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeIncidentMutation, AcknowledgeIncidentMutationVariables>;
export const ResolveIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveSecurityIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"}},{"kind":"Field","name":{"kind":"Name","value":"raised_at"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged_by"}},{"kind":"Field","name":{"kind":"Name","value":"resolved_by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]} as unknown as DocumentNode<ResolveIncidentMutation, ResolveIncidentMutationVariables>;
export const IncidentRaisedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IncidentRaised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentRaised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IncidentRaisedSubscription, IncidentRaisedSubscriptionVariables>;
export const TenantAnalyticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantAnalytics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantAnalytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff_count"}},{"kind":"Field","name":{"kind":"Name","value":"client_count"}},{"kind":"Field","name":{"kind":"Name","value":"appointment_count"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"storage_used"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daily"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daily"}}]}},{"kind":"Field","name":{"kind":"Name","value":"api_calls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daily"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daily"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage_events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daily"}}]}},{"kind":"Field","name":{"kind":"Name","value":"response_time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daily"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error_rate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daily"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average_response_time"}},{"kind":"Field","name":{"kind":"Name","value":"p95_response_time"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"error_rate"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}}]}},{"kind":"Field","name":{"kind":"Name","value":"storage_source"}}]}}]}}]} as unknown as DocumentNode<TenantAnalyticsQuery, TenantAnalyticsQueryVariables>;
export const UsageUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"UsageUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"events_today"}},{"kind":"Field","name":{"kind":"Name","value":"api_requests_today"}},{"kind":"Field","name":{"kind":"Name","value":"errors_today"}},{"kind":"Field","name":{"kind":"Name","value":"error_rate"}},{"kind":"Field","name":{"kind":"Name","value":"average_response_time"}},{"kind":"Field","name":{"kind":"Name","value":"appointments_today"}},{"kind":"Field","name":{"kind":"Name","value":"revenue_today"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<UsageUpdatedSubscription, UsageUpdatedSubscriptionVariables>;
export const TenantApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"created_date"}},{"kind":"Field","name":{"kind":"Name","value":"last_used_at"}},{"kind":"Field","name":{"kind":"Name","value":"revoked_at"}}]}}]} as unknown as DocumentNode<TenantApiKeysQuery, TenantApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"api_key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"created_date"}},{"kind":"Field","name":{"kind":"Name","value":"last_used_at"}},{"kind":"Field","name":{"kind":"Name","value":"revoked_at"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"created_date"}},{"kind":"Field","name":{"kind":"Name","value":"last_used_at"}},{"kind":"Field","name":{"kind":"Name","value":"revoked_at"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const TenantConfigurationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantConfiguration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectiveConfig"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featureFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plans"}},{"kind":"Field","name":{"kind":"Name","value":"default"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectiveConfig"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effective_features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custom_branding"}},{"kind":"Field","name":{"kind":"Name","value":"sso"}},{"kind":"Field","name":{"kind":"Name","value":"api_access"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effective_theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primary_color"}},{"kind":"Field","name":{"kind":"Name","value":"secondary_color"}},{"kind":"Field","name":{"kind":"Name","value":"logo_url"}},{"kind":"Field","name":{"kind":"Name","value":"font"}},{"kind":"Field","name":{"kind":"Name","value":"dark_mode"}}]}}]}}]} as unknown as DocumentNode<TenantConfigurationQuery, TenantConfigurationQueryVariables>;
export const SaveTenantConfigurationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveTenantConfiguration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TenantFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectiveConfig"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billing_plan"}},{"kind":"Field","name":{"kind":"Name","value":"contact_email"}},{"kind":"Field","name":{"kind":"Name","value":"contact_phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"theme_json"}},{"kind":"Field","name":{"kind":"Name","value":"features_json"}},{"kind":"Field","name":{"kind":"Name","value":"max_staff"}},{"kind":"Field","name":{"kind":"Name","value":"max_clients"}},{"kind":"Field","name":{"kind":"Name","value":"max_storage_gb"}},{"kind":"Field","name":{"kind":"Name","value":"custom_branding"}},{"kind":"Field","name":{"kind":"Name","value":"sso_enabled"}},{"kind":"Field","name":{"kind":"Name","value":"api_access"}},{"kind":"Field","name":{"kind":"Name","value":"created_date"}},{"kind":"Field","name":{"kind":"Name","value":"updated_date"}},{"kind":"Field","name":{"kind":"Name","value":"suspension_reason"}},{"kind":"Field","name":{"kind":"Name","value":"suspended_at"}},{"kind":"Field","name":{"kind":"Name","value":"domain_verified"}},{"kind":"Field","name":{"kind":"Name","value":"domain_verification_token"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectiveConfig"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effective_features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custom_branding"}},{"kind":"Field","name":{"kind":"Name","value":"sso"}},{"kind":"Field","name":{"kind":"Name","value":"api_access"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effective_theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primary_color"}},{"kind":"Field","name":{"kind":"Name","value":"secondary_color"}},{"kind":"Field","name":{"kind":"Name","value":"logo_url"}},{"kind":"Field","name":{"kind":"Name","value":"font"}},{"kind":"Field","name":{"kind":"Name","value":"dark_mode"}}]}}]}}]} as unknown as DocumentNode<SaveTenantConfigurationMutation, SaveTenantConfigurationMutationVariables>;
export const SuspendTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TenantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billing_plan"}},{"kind":"Field","name":{"kind":"Name","value":"contact_email"}},{"kind":"Field","name":{"kind":"Name","value":"contact_phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"theme_json"}},{"kind":"Field","name":{"kind":"Name","value":"features_json"}},{"kind":"Field","name":{"kind":"Name","value":"max_staff"}},{"kind":"Field","name":{"kind":"Name","value":"max_clients"}},{"kind":"Field","name":{"kind":"Name","value":"max_storage_gb"}},{"kind":"Field","name":{"kind":"Name","value":"custom_branding"}},{"kind":"Field","name":{"kind":"Name","value":"sso_enabled"}},{"kind":"Field","name":{"kind":"Name","value":"api_access"}},{"kind":"Field","name":{"kind":"Name","value":"created_date"}},{"kind":"Field","name":{"kind":"Name","value":"updated_date"}},{"kind":"Field","name":{"kind":"Name","value":"suspension_reason"}},{"kind":"Field","name":{"kind":"Name","value":"suspended_at"}},{"kind":"Field","name":{"kind":"Name","value":"domain_verified"}},{"kind":"Field","name":{"kind":"Name","value":"domain_verification_token"}}]}}]} as unknown as DocumentNode<SuspendTenantMutation, SuspendTenantMutationVariables>;
export const ActivateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TenantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billing_plan"}},{"kind":"Field","name":{"kind":"Name","value":"contact_email"}},{"kind":"Field","name":{"kind":"Name","value":"contact_phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"theme_json"}},{"kind":"Field","name":{"kind":"Name","value":"features_json"}},{"kind":"Field","name":{"kind":"Name","value":"max_staff"}},{"kind":"Field","name":{"kind":"Name","value":"max_clients"}},{"kind":"Field","name":{"kind":"Name","value":"max_storage_gb"}},{"kind":"Field","name":{"kind":"Name","value":"custom_branding"}},{"kind":"Field","name":{"kind":"Name","value":"sso_enabled"}},{"kind":"Field","name":{"kind":"Name","value":"api_access"}},{"kind":"Field","name":{"kind":"Name","value":"created_date"}},{"kind":"Field","name":{"kind":"Name","value":"updated_date"}},{"kind":"Field","name":{"kind":"Name","value":"suspension_reason"}},{"kind":"Field","name":{"kind":"Name","value":"suspended_at"}},{"kind":"Field","name":{"kind":"Name","value":"domain_verified"}},{"kind":"Field","name":{"kind":"Name","value":"domain_verification_token"}}]}}]} as unknown as DocumentNode<ActivateTenantMutation, ActivateTenantMutationVariables>;
export const VerifyTenantDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyTenantDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyTenantDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TenantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billing_plan"}},{"kind":"Field","name":{"kind":"Name","value":"contact_email"}},{"kind":"Field","name":{"kind":"Name","value":"contact_phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"theme_json"}},{"kind":"Field","name":{"kind":"Name","value":"features_json"}},{"kind":"Field","name":{"kind":"Name","value":"max_staff"}},{"kind":"Field","name":{"kind":"Name","value":"max_clients"}},{"kind":"Field","name":{"kind":"Name","value":"max_storage_gb"}},{"kind":"Field","name":{"kind":"Name","value":"custom_branding"}},{"kind":"Field","name":{"kind":"Name","value":"sso_enabled"}},{"kind":"Field","name":{"kind":"Name","value":"api_access"}},{"kind":"Field","name":{"kind":"Name","value":"created_date"}},{"kind":"Field","name":{"kind":"Name","value":"updated_date"}},{"kind":"Field","name":{"kind":"Name","value":"suspension_reason"}},{"kind":"Field","name":{"kind":"Name","value":"suspended_at"}},{"kind":"Field","name":{"kind":"Name","value":"domain_verified"}},{"kind":"Field","name":{"kind":"Name","value":"domain_verification_token"}}]}}]} as unknown as DocumentNode<VerifyTenantDomainMutation, VerifyTenantDomainMutationVariables>;
export const TenantClinicCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantClinicCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clinic_counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"patients"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"}},{"kind":"Field","name":{"kind":"Name","value":"payments"}},{"kind":"Field","name":{"kind":"Name","value":"revenue_total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<TenantClinicCountsQuery, TenantClinicCountsQueryVariables>;
export const TenantListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TenantStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TenantSortField"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortOrder"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SortOrder"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortOrder"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billing_plan"}},{"kind":"Field","name":{"kind":"Name","value":"contact_email"}},{"kind":"Field","name":{"kind":"Name","value":"created_date"}}]}}]}}]}}]} as unknown as DocumentNode<TenantListQuery, TenantListQueryVariables>;
export const TenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TenantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billing_plan"}},{"kind":"Field","name":{"kind":"Name","value":"contact_email"}},{"kind":"Field","name":{"kind":"Name","value":"contact_phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"theme_json"}},{"kind":"Field","name":{"kind":"Name","value":"features_json"}},{"kind":"Field","name":{"kind":"Name","value":"max_staff"}},{"kind":"Field","name":{"kind":"Name","value":"max_clients"}},{"kind":"Field","name":{"kind":"Name","value":"max_storage_gb"}},{"kind":"Field","name":{"kind":"Name","value":"custom_branding"}},{"kind":"Field","name":{"kind":"Name","value":"sso_enabled"}},{"kind":"Field","name":{"kind":"Name","value":"api_access"}},{"kind":"Field","name":{"kind":"Name","value":"created_date"}},{"kind":"Field","name":{"kind":"Name","value":"updated_date"}},{"kind":"Field","name":{"kind":"Name","value":"suspension_reason"}},{"kind":"Field","name":{"kind":"Name","value":"suspended_at"}},{"kind":"Field","name":{"kind":"Name","value":"domain_verified"}},{"kind":"Field","name":{"kind":"Name","value":"domain_verification_token"}}]}}]} as unknown as DocumentNode<TenantQuery, TenantQueryVariables>;
export const BillingPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price_monthly"}},{"kind":"Field","name":{"kind":"Name","value":"max_staff"}},{"kind":"Field","name":{"kind":"Name","value":"max_clients"}},{"kind":"Field","name":{"kind":"Name","value":"max_storage_gb"}},{"kind":"Field","name":{"kind":"Name","value":"features"}}]}}]}}]} as unknown as DocumentNode<BillingPlansQuery, BillingPlansQueryVariables>;
export const SlugAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlugAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slugAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<SlugAvailabilityQuery, SlugAvailabilityQueryVariables>;
export const CreateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TenantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billing_plan"}},{"kind":"Field","name":{"kind":"Name","value":"contact_email"}},{"kind":"Field","name":{"kind":"Name","value":"contact_phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"theme_json"}},{"kind":"Field","name":{"kind":"Name","value":"features_json"}},{"kind":"Field","name":{"kind":"Name","value":"max_staff"}},{"kind":"Field","name":{"kind":"Name","value":"max_clients"}},{"kind":"Field","name":{"kind":"Name","value":"max_storage_gb"}},{"kind":"Field","name":{"kind":"Name","value":"custom_branding"}},{"kind":"Field","name":{"kind":"Name","value":"sso_enabled"}},{"kind":"Field","name":{"kind":"Name","value":"api_access"}},{"kind":"Field","name":{"kind":"Name","value":"created_date"}},{"kind":"Field","name":{"kind":"Name","value":"updated_date"}},{"kind":"Field","name":{"kind":"Name","value":"suspension_reason"}},{"kind":"Field","name":{"kind":"Name","value":"suspended_at"}},{"kind":"Field","name":{"kind":"Name","value":"domain_verified"}},{"kind":"Field","name":{"kind":"Name","value":"domain_verification_token"}}]}}]} as unknown as DocumentNode<CreateTenantMutation, CreateTenantMutationVariables>;
export const UpdateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TenantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billing_plan"}},{"kind":"Field","name":{"kind":"Name","value":"contact_email"}},{"kind":"Field","name":{"kind":"Name","value":"contact_phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"theme_json"}},{"kind":"Field","name":{"kind":"Name","value":"features_json"}},{"kind":"Field","name":{"kind":"Name","value":"max_staff"}},{"kind":"Field","name":{"kind":"Name","value":"max_clients"}},{"kind":"Field","name":{"kind":"Name","value":"max_storage_gb"}},{"kind":"Field","name":{"kind":"Name","value":"custom_branding"}},{"kind":"Field","name":{"kind":"Name","value":"sso_enabled"}},{"kind":"Field","name":{"kind":"Name","value":"api_access"}},{"kind":"Field","name":{"kind":"Name","value":"created_date"}},{"kind":"Field","name":{"kind":"Name","value":"updated_date"}},{"kind":"Field","name":{"kind":"Name","value":"suspension_reason"}},{"kind":"Field","name":{"kind":"Name","value":"suspended_at"}},{"kind":"Field","name":{"kind":"Name","value":"domain_verified"}},{"kind":"Field","name":{"kind":"Name","value":"domain_verification_token"}}]}}]} as unknown as DocumentNode<UpdateTenantMutation, UpdateTenantMutationVariables>;
export const DeleteTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]} as unknown as DocumentNode<DeleteTenantMutation, DeleteTenantMutationVariables>;
export const TenantChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TenantChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tenant_id"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billing_plan"}},{"kind":"Field","name":{"kind":"Name","value":"contact_email"}},{"kind":"Field","name":{"kind":"Name","value":"created_date"}}]}}]}}]}}]} as unknown as DocumentNode<TenantChangedSubscription, TenantChangedSubscriptionVariables>;
export const ClinicUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clinicUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"last_login_at"}}]}}]}}]} as unknown as DocumentNode<ClinicUsersQuery, ClinicUsersQueryVariables>;
export const InviteClinicUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteClinicUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteClinicUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteClinicUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InviteClinicUserMutation, InviteClinicUserMutationVariables>;
export const ChangeClinicUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeClinicUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClinicRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeClinicUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ChangeClinicUserRoleMutation, ChangeClinicUserRoleMutationVariables>;
export const SetClinicUserDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetClinicUserDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setClinicUserDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]} as unknown as DocumentNode<SetClinicUserDisabledMutation, SetClinicUserDisabledMutationVariables>;
export const DeleteClinicUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteClinicUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteClinicUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteClinicUserMutation, DeleteClinicUserMutationVariables>;
export const SendClinicUserPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendClinicUserPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendClinicUserPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenant_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant_id"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<SendClinicUserPasswordResetMutation, SendClinicUserPasswordResetMutationVariables>;
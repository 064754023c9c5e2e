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

/** A clinic's API key; the key itself is shown only once, at creation */
export type ApiKey = {
  __typename?: 'ApiKey';
  created_date: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  last_used_at?: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  /** The visible part, to tell keys apart */
  prefix: Scalars['String']['output'];
  revoked_at?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A visit: one patient seen by one staff member */
export type Appointment = {
  __typename?: 'Appointment';
  created_date: Scalars['DateTimeISO']['output'];
  duration_minutes: Scalars['Int']['output'];
  /** starts_at plus duration_minutes */
  ends_at: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  patient?: Maybe<Patient>;
  patient_id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  staff_member?: Maybe<StaffMember>;
  staff_member_id: Scalars['ID']['output'];
  starts_at: Scalars['DateTimeISO']['output'];
  status: AppointmentStatus;
  updated_date: Scalars['DateTimeISO']['output'];
};

export type AppointmentPage = {
  __typename?: 'AppointmentPage';
  items: Array<Appointment>;
  limit: Scalars['Int']['output'];
  page: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

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

/** A pet owner: the clinic's customer */
export type Client = {
  __typename?: 'Client';
  address?: Maybe<Scalars['String']['output']>;
  created_date: Scalars['DateTimeISO']['output'];
  email?: Maybe<Scalars['String']['output']>;
  first_name: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  last_name: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  updated_date: Scalars['DateTimeISO']['output'];
};

export type ClientPage = {
  __typename?: 'ClientPage';
  items: Array<Client>;
  limit: Scalars['Int']['output'];
  page: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type ClientSortField =
  | 'created_date'
  | 'email'
  | 'first_name'
  | 'last_name';

export type ClinicAuthPayload = {
  __typename?: 'ClinicAuthPayload';
  expires_at: Scalars['DateTimeISO']['output'];
  /** Send as "Authorization: Bearer <token>" to this clinic */
  token: Scalars['String']['output'];
  user: ClinicUser;
};

/** How much data a clinic holds: what its limits and analytics count */
export type ClinicCounts = {
  __typename?: 'ClinicCounts';
  appointments: Scalars['Int']['output'];
  clients: Scalars['Int']['output'];
  /** The clinic's currency, that revenue_total is in */
  currency: Currency;
  patients: Scalars['Int']['output'];
  payments: Scalars['Int']['output'];
  /** Revenue in every currency payments were made in */
  revenue_by_currency: Array<CurrencyAmount>;
  /** All payments in the clinic's currency, in major units */
  revenue_total: Scalars['Float']['output'];
  staff: Scalars['Int']['output'];
};

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

/** A person who signs in to one clinic */
export type ClinicUser = {
  __typename?: 'ClinicUser';
  created_date: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: ClinicRole;
  tenant_id: Scalars['ID']['output'];
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

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  api_key: ApiKey;
  /** Send as the X-API-Key header. Shown once: store it now. */
  key: Scalars['String']['output'];
};

export type Currency =
  | 'CAD'
  | 'EUR'
  | 'GBP'
  | 'USD';

export type CurrencyAmount = {
  __typename?: 'CurrencyAmount';
  currency: Currency;
  total: Scalars['Float']['output'];
};

export type DeleteTenantPayload = {
  __typename?: 'DeleteTenantPayload';
  deleted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
};

/** What a delete answers with */
export type DeletedRecord = {
  __typename?: 'DeletedRecord';
  deleted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
};

/** A feature flag of features_json, and the plans that can turn it on */
export type FeatureFlagInfo = {
  __typename?: 'FeatureFlagInfo';
  /** Whether it is on when features_json does not mention it */
  default: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** On any other plan the flag stays off */
  plans: Array<BillingPlan>;
};

export type Language =
  | 'de'
  | 'en'
  | 'es'
  | 'fr';

export type Mutation = {
  __typename?: 'Mutation';
  /** Activate a pending, suspended or inactive tenant */
  activateTenant: Tenant;
  /** Sign in to a clinic (by slug, hostname, or the request's Host) */
  clinicSignIn: ClinicAuthPayload;
  /** Create an API key (only where API access is on); the key is shown once */
  createApiKey: CreatedApiKey;
  /** Books an active staff member, refusing a time they are already booked */
  createAppointment: Appointment;
  createClient: Client;
  /** Create a clinic user (admins name the clinic; owners add to theirs) */
  createClinicUser: ClinicUser;
  createPatient: Patient;
  /** Clinic owners and API keys only */
  createStaffMember: StaffMember;
  createTenant: Tenant;
  /** Refused while payments refer to it */
  deleteAppointment: DeletedRecord;
  /** Refused while the client has patients or payments */
  deleteClient: DeletedRecord;
  /** Refused while the patient has appointments */
  deletePatient: DeletedRecord;
  /** For payments recorded by mistake */
  deletePayment: DeletedRecord;
  /** Clinic owners and API keys only; refused while appointments name the staff member */
  deleteStaffMember: DeletedRecord;
  deleteTenant: DeleteTenantPayload;
  /** Sign in as a platform admin */
  login: AuthPayload;
  /** Records money the clinic received */
  recordPayment: Payment;
  revokeApiKey: ApiKey;
  /** Suspend a tenant; its clinic is refused, with the reason */
  suspendTenant: Tenant;
  /** Count events for the caller's own clinic (clinic users and API keys); at most 500 per call */
  trackUsage: TrackUsagePayload;
  updateAppointment: Appointment;
  updateClient: Client;
  updatePatient: Patient;
  updatePayment: Payment;
  /** Clinic owners and API keys only */
  updateStaffMember: StaffMember;
  updateTenant: Tenant;
  /** Check the custom domain's DNS TXT record; once verified, the domain routes here */
  verifyTenantDomain: Tenant;
};


export type MutationActivateTenantArgs = {
  id: Scalars['ID']['input'];
};


export type MutationClinicSignInArgs = {
  input: ClinicSignInInput;
};


export type MutationCreateApiKeyArgs = {
  name: Scalars['String']['input'];
  tenant_id?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCreateAppointmentArgs = {
  input: CreateAppointmentInput;
};


export type MutationCreateClientArgs = {
  input: CreateClientInput;
};


export type MutationCreateClinicUserArgs = {
  input: CreateClinicUserInput;
  tenant_id?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCreatePatientArgs = {
  input: CreatePatientInput;
};


export type MutationCreateStaffMemberArgs = {
  input: CreateStaffMemberInput;
};


export type MutationCreateTenantArgs = {
  input: CreateTenantInput;
};


export type MutationDeleteAppointmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteClientArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePatientArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePaymentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteStaffMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTenantArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
  tenant_id?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSuspendTenantArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationTrackUsageArgs = {
  events: Array<UsageEventInput>;
};


export type MutationUpdateAppointmentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAppointmentInput;
};


export type MutationUpdateClientArgs = {
  id: Scalars['ID']['input'];
  input: UpdateClientInput;
};


export type MutationUpdatePatientArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePatientInput;
};


export type MutationUpdatePaymentArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePaymentInput;
};


export type MutationUpdateStaffMemberArgs = {
  id: Scalars['ID']['input'];
  input: UpdateStaffMemberInput;
};


export type MutationUpdateTenantArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTenantInput;
};


export type MutationVerifyTenantDomainArgs = {
  id: Scalars['ID']['input'];
};

/** A pet treated at the clinic */
export type Patient = {
  __typename?: 'Patient';
  breed?: Maybe<Scalars['String']['output']>;
  /** The owner */
  client_id: Scalars['ID']['output'];
  created_date: Scalars['DateTimeISO']['output'];
  /** A calendar date: 2019-04-23 */
  date_of_birth?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Upper case, no separators; unique within the clinic */
  microchip_id?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  /** The owner */
  owner?: Maybe<Client>;
  sex: PatientSex;
  species: Species;
  updated_date: Scalars['DateTimeISO']['output'];
  weight_kg?: Maybe<Scalars['Float']['output']>;
};

export type PatientPage = {
  __typename?: 'PatientPage';
  items: Array<Patient>;
  limit: Scalars['Int']['output'];
  page: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

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

/** Money the clinic received: its revenue */
export type Payment = {
  __typename?: 'Payment';
  /** In major units with two decimals: 120.5 is 120.50 */
  amount: Scalars['Float']['output'];
  /** The visit paid for */
  appointment?: Maybe<Appointment>;
  /** The visit paid for, if any */
  appointment_id?: Maybe<Scalars['ID']['output']>;
  /** Who paid */
  client?: Maybe<Client>;
  /** Who paid */
  client_id: Scalars['ID']['output'];
  created_date: Scalars['DateTimeISO']['output'];
  currency: Currency;
  id: Scalars['ID']['output'];
  method: PaymentMethod;
  note?: Maybe<Scalars['String']['output']>;
  paid_at: Scalars['DateTimeISO']['output'];
  updated_date: Scalars['DateTimeISO']['output'];
};

export type PaymentMethod =
  | 'card'
  | 'cash'
  | 'insurance'
  | 'transfer';

export type PaymentPage = {
  __typename?: 'PaymentPage';
  items: Array<Payment>;
  limit: Scalars['Int']['output'];
  page: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type PaymentSortField =
  | 'amount'
  | 'created_date'
  | 'paid_at';

export type Query = {
  __typename?: 'Query';
  /** A clinic's API keys (prefixes only) */
  apiKeys: Array<ApiKey>;
  appointment: Appointment;
  /** The clinic's appointments, a page at a time */
  appointments: AppointmentPage;
  billingPlans: Array<BillingPlanInfo>;
  /** Whether the caller's own clinic may add one more staff member or client (clinic principals) */
  checkTenantLimit: TenantLimitCheck;
  client: Client;
  /** The clinic's clients (pet owners), a page at a time */
  clients: ClientPage;
  clinicUsers: Array<ClinicUser>;
  /** The caller's own clinic (clinic users and API keys) */
  currentClinic: ResolvedTenant;
  /** The feature flags features_json may set (admins) */
  featureFlags: Array<FeatureFlagInfo>;
  /** The signed-in admin */
  me: Admin;
  patient: Patient;
  /** The clinic's patients (pets), a page at a time */
  patients: PatientPage;
  payment: Payment;
  /** The clinic's payments (its revenue), a page at a time */
  payments: PaymentPage;
  /** Which clinic a hostname belongs to ({slug}.{BASE_DOMAIN} or a verified custom domain), with its status, theme and features. Public. */
  resolveTenant: ResolvedTenant;
  /** Whether a slug is well-formed, not reserved and free */
  slugAvailability: SlugAvailability;
  staffMember: StaffMember;
  /** The clinic's staff, a page at a time */
  staffMembers: StaffMemberPage;
  tenant: Tenant;
  tenantBySlug: Tenant;
  /** A clinic's usage counters per UTC day: clinic principals read their own, admins name one */
  tenantUsage: TenantUsage;
  /** Tenants, a page at a time, filtered and sorted */
  tenants: TenantPage;
};


export type QueryApiKeysArgs = {
  tenant_id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAppointmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAppointmentsArgs = {
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  limit?: Scalars['Int']['input'];
  page?: Scalars['Int']['input'];
  patient_id?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sortBy?: AppointmentSortField;
  sortOrder?: SortOrder;
  staff_member_id?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<AppointmentStatus>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryCheckTenantLimitArgs = {
  action: TenantLimitAction;
};


export type QueryClientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClientsArgs = {
  limit?: Scalars['Int']['input'];
  page?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  sortBy?: ClientSortField;
  sortOrder?: SortOrder;
};


export type QueryClinicUsersArgs = {
  tenant_id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPatientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPatientsArgs = {
  client_id?: InputMaybe<Scalars['ID']['input']>;
  limit?: Scalars['Int']['input'];
  page?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  sortBy?: PatientSortField;
  sortOrder?: SortOrder;
  species?: InputMaybe<Species>;
};


export type QueryPaymentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPaymentsArgs = {
  appointment_id?: InputMaybe<Scalars['ID']['input']>;
  client_id?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  limit?: Scalars['Int']['input'];
  method?: InputMaybe<PaymentMethod>;
  page?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  sortBy?: PaymentSortField;
  sortOrder?: SortOrder;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryResolveTenantArgs = {
  hostname: Scalars['String']['input'];
};


export type QuerySlugAvailabilityArgs = {
  slug: Scalars['String']['input'];
};


export type QueryStaffMemberArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStaffMembersArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: Scalars['Int']['input'];
  page?: Scalars['Int']['input'];
  role?: InputMaybe<StaffRole>;
  search?: InputMaybe<Scalars['String']['input']>;
  sortBy?: StaffSortField;
  sortOrder?: SortOrder;
};


export type QueryTenantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTenantBySlugArgs = {
  slug: Scalars['String']['input'];
};


export type QueryTenantUsageArgs = {
  days?: Scalars['Int']['input'];
  tenant_id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTenantsArgs = {
  limit?: Scalars['Int']['input'];
  page?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  sortBy?: TenantSortField;
  sortOrder?: SortOrder;
  status?: InputMaybe<TenantStatus>;
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

/** A tenant as clinic apps see it: public fields only */
export type ResolvedTenant = {
  __typename?: 'ResolvedTenant';
  currency: Currency;
  features: TenantFeatures;
  id: Scalars['ID']['output'];
  language: Language;
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  /** Apps should show a notice unless active */
  status: TenantStatus;
  theme: TenantTheme;
  timezone: Scalars['String']['output'];
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

/** A person working at the clinic */
export type StaffMember = {
  __typename?: 'StaffMember';
  /** Only active staff members can be booked */
  active: Scalars['Boolean']['output'];
  created_date: Scalars['DateTimeISO']['output'];
  /** Unique within the clinic */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  role: StaffRole;
  updated_date: Scalars['DateTimeISO']['output'];
};

export type StaffMemberPage = {
  __typename?: 'StaffMemberPage';
  items: Array<StaffMember>;
  limit: Scalars['Int']['output'];
  page: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

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

export type Subscription = {
  __typename?: 'Subscription';
  /** Tenants created, updated or deleted, on any API instance */
  tenantChanged: TenantChangeEvent;
  /** A clinic's configuration whenever it changes. Clinic principals hear their own clinic; admins name one. */
  tenantConfigChanged: TenantConfigChangeEvent;
};


export type SubscriptionTenantConfigChangedArgs = {
  tenant_id?: InputMaybe<Scalars['ID']['input']>;
};

/** A veterinary clinic: one tenant of the platform */
export type Tenant = {
  __typename?: 'Tenant';
  address?: Maybe<Scalars['String']['output']>;
  api_access: Scalars['Boolean']['output'];
  billing_plan: BillingPlan;
  /** Counts of the clinic's own data and its revenue (platform admins only) */
  clinic_counts: ClinicCounts;
  contact_email: Scalars['String']['output'];
  contact_phone?: Maybe<Scalars['String']['output']>;
  created_date: Scalars['DateTimeISO']['output'];
  currency: Currency;
  custom_branding: Scalars['Boolean']['output'];
  /** When the tenant was (soft) deleted */
  deleted_at?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Custom domain */
  domain?: Maybe<Scalars['String']['output']>;
  /** Publish as a TXT record at _vetcares.{domain}, then call verifyTenantDomain */
  domain_verification_token?: Maybe<Scalars['String']['output']>;
  /** Whether the custom domain has proved ownership and routes here */
  domain_verified: Scalars['Boolean']['output'];
  /** The plan's features with the tenant's overrides */
  effective_features: TenantFeatures;
  /** The theme clinic apps use (the default without custom branding) */
  effective_theme: TenantTheme;
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

/** A change to a clinic's configuration, for apps to apply live */
export type TenantConfigChangeEvent = {
  __typename?: 'TenantConfigChangeEvent';
  currency: Currency;
  features: TenantFeatures;
  language: Language;
  /** Apps should show a notice unless active */
  status: TenantStatus;
  tenant_id: Scalars['ID']['output'];
  theme: TenantTheme;
  timezone: Scalars['String']['output'];
};

/** What the clinic's plan and overrides turn on */
export type TenantFeatures = {
  __typename?: 'TenantFeatures';
  api_access: Scalars['Boolean']['output'];
  custom_branding: Scalars['Boolean']['output'];
  /** Feature flags by name: online_booking, inventory, ... */
  flags: Scalars['JSONObject']['output'];
  sso: Scalars['Boolean']['output'];
};

/** add_staff counts active staff members against max_staff; add_client counts clients against max_clients */
export type TenantLimitAction =
  | 'add_client'
  | 'add_staff';

/** Whether the clinic's limits allow one more of something */
export type TenantLimitCheck = {
  __typename?: 'TenantLimitCheck';
  action: TenantLimitAction;
  /** True when one more fits under the limit */
  allowed: Scalars['Boolean']['output'];
  /** How many the clinic has now */
  current: Scalars['Int']['output'];
  /** Null means unlimited */
  limit?: Maybe<Scalars['Int']['output']>;
  /** How many more fit; null means unlimited */
  remaining?: Maybe<Scalars['Int']['output']>;
};

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
  | 'deleted'
  | 'inactive'
  | 'pending'
  | 'suspended';

/** The theme clinic apps should use */
export type TenantTheme = {
  __typename?: 'TenantTheme';
  dark_mode: Scalars['Boolean']['output'];
  font: Scalars['String']['output'];
  logo_url?: Maybe<Scalars['String']['output']>;
  primary_color: Scalars['String']['output'];
  secondary_color: Scalars['String']['output'];
};

export type TenantUsage = {
  __typename?: 'TenantUsage';
  /** Oldest first, today (UTC) last, days without events included */
  days: Array<UsageDay>;
  tenant_id: Scalars['ID']['output'];
};

export type TrackUsagePayload = {
  __typename?: 'TrackUsagePayload';
  /** How many events were counted: all of them, or the call fails */
  accepted: Scalars['Int']['output'];
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

/** One UTC day of a clinic's usage counters */
export type UsageDay = {
  __typename?: 'UsageDay';
  /** YYYY-MM-DD (UTC) */
  day: Scalars['String']['output'];
  /** Counted events by name; absent ones are 0 */
  events: Array<UsageEventCount>;
  /** All events of the day */
  total: Scalars['Int']['output'];
};

export type UsageEventCount = {
  __typename?: 'UsageEventCount';
  count: Scalars['Int']['output'];
  /** One of: api_call, user_login, appointment_created, appointment_completed, appointment_cancelled, client_created, patient_created, staff_created, payment_recorded, invoice_sent, reminder_sent, report_generated, file_uploaded */
  event: Scalars['String']['output'];
};

/** Something a clinic app did, to count toward its usage */
export type UsageEventInput = {
  /** When it happened (default: now); counted on that UTC day */
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
}>;


export type TrackUsageMutation = { trackUsage: { __typename?: 'TrackUsagePayload', accepted: number } };

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
    mutation TrackUsage($events: [UsageEventInput!]!) {
  trackUsage(events: $events) {
    accepted
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
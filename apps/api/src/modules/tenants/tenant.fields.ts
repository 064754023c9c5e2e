import type { TenantDocument } from './tenant.model.js';
import type { Tenant } from './tenant.types.js';

interface FieldTraits {
  /** Clients may set it (create, update, the spec's REST bodies). */
  writable: boolean;
  /** Request routing and clinic access need it, so the tenant directory caches it. */
  summary: boolean;
  /** What an old document that lacks the field reads as. */
  absent: unknown;
}

type StoredField = Exclude<keyof TenantDocument, '_id' | 'domain_key'>;

/**
 * Every stored tenant field, once. The `satisfies` clause makes a field added to the model and
 * forgotten here a compile error; the writable list, the cached summary's projection and the
 * mapping to the GraphQL type all come from this table.
 */
const TENANT_FIELD_TABLE = {
  name: { writable: true, summary: true, absent: '' },
  slug: { writable: true, summary: true, absent: '' },
  domain: { writable: true, summary: true, absent: null },
  status: { writable: true, summary: true, absent: 'active' },
  billing_plan: { writable: true, summary: true, absent: 'basic' },
  contact_email: { writable: true, summary: false, absent: '' },
  contact_phone: { writable: true, summary: false, absent: null },
  address: { writable: true, summary: false, absent: null },
  timezone: { writable: true, summary: true, absent: 'UTC' },
  currency: { writable: true, summary: true, absent: 'USD' },
  language: { writable: true, summary: true, absent: 'en' },
  theme_json: { writable: true, summary: true, absent: null },
  features_json: { writable: true, summary: true, absent: null },
  max_staff: { writable: true, summary: false, absent: null },
  max_clients: { writable: true, summary: false, absent: null },
  max_storage_gb: { writable: true, summary: false, absent: null },
  custom_branding: { writable: true, summary: true, absent: false },
  sso_enabled: { writable: true, summary: true, absent: false },
  api_access: { writable: true, summary: true, absent: false },
  suspension_reason: { writable: true, summary: true, absent: null },
  suspended_at: { writable: false, summary: false, absent: null },
  deleted_at: { writable: false, summary: false, absent: null },
  domain_verified: { writable: false, summary: true, absent: false },
  domain_verification_token: { writable: false, summary: false, absent: null },
  created_date: { writable: false, summary: false, absent: null },
  updated_date: { writable: false, summary: false, absent: null },
} as const satisfies Record<StoredField, FieldTraits>;

type Table = typeof TENANT_FIELD_TABLE;
type FieldsWhere<Trait extends 'writable' | 'summary'> = {
  [K in keyof Table]: Table[K][Trait] extends true ? K : never;
}[keyof Table];

export type TenantWritableField = FieldsWhere<'writable'>;
export type TenantSummaryField = FieldsWhere<'summary'>;

const STORED_FIELDS = Object.keys(TENANT_FIELD_TABLE) as StoredField[];
const fieldsWhere = <K extends StoredField>(trait: 'writable' | 'summary'): K[] =>
  STORED_FIELDS.filter((field) => TENANT_FIELD_TABLE[field][trait]) as K[];

export const TENANT_WRITABLE_FIELDS: readonly TenantWritableField[] = fieldsWhere('writable');
export const TENANT_READ_ONLY_FIELDS: readonly string[] = [
  '_id',
  'id',
  ...STORED_FIELDS.filter((field) => !TENANT_FIELD_TABLE[field].writable),
];

/** The fields a tenant is written with, typed as the model stores them. */
export type TenantFields = Pick<TenantDocument, TenantWritableField>;

/** Tenant fields as clients send them: values are unchecked until validateTenantFields reads them. */
export type TenantFieldsInput = Partial<Record<TenantWritableField, unknown>>;

/** Everything but the internal uniqueness key; a projection keeps it off the wire entirely. */
export const PUBLIC_PROJECTION = { domain_key: 0 } as const;

export const SUMMARY_PROJECTION = Object.fromEntries(
  fieldsWhere<TenantSummaryField>('summary').map((field) => [field, 1]),
) as Record<TenantSummaryField, 1>;

export type StoredTenant = Omit<TenantDocument, 'domain_key'>;
export type TenantSummarySource = Pick<TenantDocument, '_id' | TenantSummaryField>;

/** What request routing and clinic access need to know about a tenant, cheap to cache. */
export type TenantSummary = { id: string } & Pick<Tenant, TenantSummaryField>;

function pickStored<K extends StoredField>(
  doc: Partial<Record<StoredField, unknown>>,
  fields: readonly K[],
): Record<K, unknown> {
  return Object.fromEntries(
    fields.map((field) => [field, doc[field] ?? TENANT_FIELD_TABLE[field].absent]),
  ) as Record<K, unknown>;
}

export const toTenant = (doc: StoredTenant): Tenant =>
  ({ id: doc._id.toHexString(), ...pickStored(doc, STORED_FIELDS) }) as Tenant;

export const toTenantSummary = (doc: TenantSummarySource): TenantSummary =>
  ({
    id: doc._id.toHexString(),
    ...pickStored(doc, fieldsWhere<TenantSummaryField>('summary')),
  }) as TenantSummary;

import type { App } from '../src/app.js';
import type { AdminPrincipal } from '../src/common/principal.js';
import type { Tenant } from '../src/modules/tenants/tenant.types.js';
import type { TenantFieldsInput } from '../src/modules/tenants/tenant.fields.js';

let sequence = 0;

/** The spec's own example body, so tests exercise exactly what the spec documents. */
export const SPEC_CREATE_BODY = {
  name: 'Pets R Us Clinic',
  slug: 'petsrus',
  domain: 'petsrus.com',
  billing_plan: 'professional',
  contact_email: 'contact@petsrus.com',
  contact_phone: '+1-555-123-4567',
  address: '123 Main St, City, State 12345',
  timezone: 'America/New_York',
  currency: 'USD',
  language: 'en',
  max_staff: 25,
  max_clients: 5000,
  max_storage_gb: 50,
  custom_branding: true,
  sso_enabled: false,
  api_access: true,
} as const;

/** A valid tenant input; every call is unique, and overrides win. */
export function buildTenantInput(overrides: TenantFieldsInput = {}): TenantFieldsInput {
  sequence += 1;
  const n = `${Date.now().toString(36)}${sequence}`;
  return {
    name: `Clinic ${n}`,
    slug: `clinic-${n}`,
    contact_email: `owner-${n}@clinic.example`,
    billing_plan: 'basic',
    ...overrides,
  };
}

export async function systemAdmin(app: App): Promise<AdminPrincipal> {
  const admin = await app.models.admins.findOne({}).lean();
  if (!admin) throw new Error('no admin seeded');
  return { kind: 'admin', adminId: admin._id.toHexString(), email: admin.email, role: admin.role };
}

/** Creates through the service (fast), so tests of one endpoint don't depend on another. */
export async function createTenant(app: App, overrides: TenantFieldsInput = {}): Promise<Tenant> {
  return app.services.tenants.create(await systemAdmin(app), buildTenantInput(overrides));
}

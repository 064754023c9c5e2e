import type { App } from '../src/app.js';
import type { ClinicRole } from '../src/common/principal.js';
import type { Tenant } from '../src/modules/tenants/tenant.types.js';
import type { TenantFieldsInput } from '../src/modules/tenants/tenant.fields.js';
import { createTenant, systemAdmin } from './factories.js';
import type { TestApi } from './harness.js';

let sequence = 0;
const CLINIC_PASSWORD = 'Clinic-Staff-Passw0rd!';

/** An active clinic with API access granted, ready for clinic users and keys. */
export const createClinicTenant = (app: App, overrides: TenantFieldsInput = {}): Promise<Tenant> =>
  createTenant(app, { status: 'active', api_access: true, ...overrides });

/** Creates a clinic user and signs them in through the public mutation's service. */
export async function clinicUserToken(
  api: TestApi,
  tenantId: string,
  role: ClinicRole,
): Promise<string> {
  sequence += 1;
  const email = `${role}-${Date.now().toString(36)}-${sequence}@clinic.example`;
  const admin = await systemAdmin(api.app);
  await api.app.services.clinicUsers.create(admin, tenantId, {
    email,
    name: `${role} ${sequence}`,
    password: CLINIC_PASSWORD,
    role,
  });
  const tenant = await api.app.services.directory.byId(tenantId);
  const { token } = await api.app.services.clinicAuth.signIn(
    { slug: tenant!.slug, email, password: CLINIC_PASSWORD },
    undefined,
  );
  return token;
}

/** A new API key of the clinic, to send as X-API-Key. */
export async function createApiKey(api: TestApi, tenantId: string): Promise<string> {
  const admin = await systemAdmin(api.app);
  const { key } = await api.app.services.clinicAuth.createApiKey(
    admin,
    tenantId,
    `test key ${++sequence}`,
  );
  return key;
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, dataOf } from './clinic-api.js';
import { clinicUserToken, createClinicTenant } from './clinic-factories.js';
import { graphql } from './client.js';
import { createTenant, systemAdmin } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';

const EFFECTIVE = `query($id: ID!) {
  tenant(id: $id) {
    effective_features { custom_branding sso api_access flags }
    effective_theme { primary_color secondary_color logo_url font dark_mode }
  }
}`;
const FLAGS = 'query { featureFlags { name plans default } }';

interface EffectiveData {
  tenant: {
    effective_features: { custom_branding: boolean; sso: boolean; flags: Record<string, boolean> };
    effective_theme: { primary_color: string; dark_mode: boolean };
  };
}

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi();
  token = await api.token();
});
afterAll(() => api.stop());

const effective = async (id: string) =>
  dataOf(await graphql<EffectiveData>(api.url, EFFECTIVE, { id }, token)).tenant;

describe("a tenant's effective configuration, for admins", () => {
  it('applies the plan to the overrides, as resolveTenant does for clinic apps', async () => {
    const tenant = await createTenant(api.app, {
      billing_plan: 'basic',
      custom_branding: true,
      theme_json: JSON.stringify({ primary_color: '#112233', dark_mode: true }),
      features_json: JSON.stringify({ telemedicine: true, inventory: false }),
    });
    const basic = await effective(tenant.id);
    // Basic has neither custom branding nor telemedicine, whatever the overrides say.
    expect(basic.effective_features).toMatchObject({ custom_branding: false, sso: false });
    expect(basic.effective_features.flags).toMatchObject({
      telemedicine: false,
      inventory: false,
      online_booking: true,
    });
    expect(basic.effective_theme).toMatchObject({ primary_color: '#0b7285', dark_mode: false });

    await api.app.services.tenants.update(await systemAdmin(api.app), tenant.id, {
      billing_plan: 'enterprise',
    });
    const enterprise = await effective(tenant.id);
    expect(enterprise.effective_features.custom_branding).toBe(true);
    expect(enterprise.effective_features.flags).toMatchObject({
      telemedicine: true,
      inventory: false,
    });
    expect(enterprise.effective_theme).toMatchObject({ primary_color: '#112233', dark_mode: true });
  });

  it('lists the feature flags with the plans that include them, for admins only', async () => {
    const { featureFlags } = dataOf(
      await graphql<{ featureFlags: { name: string; plans: string[]; default: boolean }[] }>(
        api.url,
        FLAGS,
        {},
        token,
      ),
    );
    expect(featureFlags).toContainEqual({
      name: 'telemedicine',
      plans: ['enterprise'],
      default: false,
    });
    expect(featureFlags.map((flag) => flag.name)).toContain('online_booking');

    const clinic = await createClinicTenant(api.app);
    const owner = await clinicUserToken(api, clinic.id, 'owner');
    expect(codes(await graphql(api.url, FLAGS, {}, owner))).toEqual(['FORBIDDEN']);
  });
});

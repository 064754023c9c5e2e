import type { App } from '@vetcares/api';
import { PLANS } from '@vetcares/api/modules/tenants/plans';
import type { TenantDocument } from '@vetcares/api/modules/tenants/tenant.model';
import type { BillingPlanId, TenantStatus } from '@vetcares/api/modules/tenants/tenant.constants';
import { Types } from 'mongoose';

export interface SeedResult {
  count: number;
  ms: number;
  docsPerSecond: number;
}

const DAY_MS = 86_400_000;
const CREATED_SPAN_MS = 3 * 365 * DAY_MS;

// Roughly what a live platform looks like: mostly active clinics on the cheaper plans.
const STATUS_WEIGHTS: [TenantStatus, number][] = [
  ['active', 70],
  ['pending', 10],
  ['suspended', 10],
  ['inactive', 10],
];
const PLAN_WEIGHTS: [BillingPlanId, number][] = [
  ['basic', 50],
  ['professional', 35],
  ['enterprise', 15],
];

/**
 * Inserts `count` tenants through the raw collection, skipping mongoose's per-document casting
 * so seeding stays a small part of the run. Every field the model defines is written, so the
 * documents look exactly like ones the service creates (one is checked against the schema).
 * `alreadySeeded` continues the numbering, so a collection can grow in steps.
 */
export async function seedTenants(
  tenants: App['models']['tenants'],
  count: number,
  batchSize: number,
  alreadySeeded = 0,
): Promise<SeedResult> {
  // Fixed seed: every run benchmarks the same data set.
  const random = mulberry32(0x5eed + alreadySeeded);
  const now = Date.now();
  const docs = Array.from({ length: count }, (_, i) => tenantDoc(alreadySeeded + i, now, random));
  const first = docs[0];
  if (first) {
    await new tenants(first).validate().catch((error: unknown) => {
      throw new Error('seed documents do not match the tenant model', { cause: error });
    });
  }

  const started = performance.now();
  for (let offset = 0; offset < docs.length; offset += batchSize) {
    await tenants.collection.insertMany(docs.slice(offset, offset + batchSize), { ordered: false });
  }
  const ms = performance.now() - started;
  return { count, ms, docsPerSecond: count / (ms / 1000) };
}

function tenantDoc(i: number, now: number, random: () => number): TenantDocument {
  const _id = new Types.ObjectId();
  const status = weighted(STATUS_WEIGHTS, random);
  const plan = PLANS[weighted(PLAN_WEIGHTS, random)];
  const created = new Date(now - Math.floor(random() * CREATED_SPAN_MS));
  const updated = new Date(created.getTime() + Math.floor(random() * (now - created.getTime())));
  const number = String(i + 1).padStart(5, '0');
  return {
    _id,
    name: `Bench Veterinary Clinic ${number}`,
    slug: `bench-clinic-${number}`,
    domain: null,
    domain_key: `~${_id.toHexString()}`,
    status,
    billing_plan: plan.id,
    contact_email: `owner${number}@clinic${number}.example.com`,
    contact_phone: i % 3 === 0 ? null : `+1-555-${number.slice(1)}`,
    address: i % 4 === 0 ? null : `${i + 1} Main Street, Springfield`,
    timezone: 'UTC',
    currency: 'USD',
    language: 'en',
    theme_json: null,
    features_json: null,
    max_staff: plan.max_staff,
    max_clients: plan.max_clients,
    max_storage_gb: plan.max_storage_gb,
    custom_branding: plan.id !== 'basic',
    sso_enabled: plan.id === 'enterprise',
    api_access: plan.id === 'enterprise',
    suspension_reason: status === 'suspended' ? 'Payment overdue' : null,
    suspended_at: status === 'suspended' ? updated : null,
    deleted_at: null,
    domain_verified: false,
    domain_verification_token: null,
    created_date: created,
    updated_date: updated,
  };
}

function weighted<T>(choices: [T, number][], random: () => number): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [choice, weight] of choices) {
    roll -= weight;
    if (roll < 0) return choice;
  }
  return choices[choices.length - 1]![0];
}

/** A tiny seeded PRNG; Math.random cannot be seeded. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { createLogger, loadConfig, startApp, type App } from '@vetcares/api';
import { startServices, type ServiceHandles } from '../services.js';

const CLINIC_PASSWORD = 'Bench-Clinic-Passw0rd!';
const ATTEMPTS = 100;
const MAX_STAFF = 25;
const SEEDED = 20;

const progress = (line: string) => console.error(`[bench:billing] ${line}`);

const BENCH_ADMIN = {
  kind: 'admin',
  adminId: 'bench',
  email: 'bench@vetcares.local',
  role: 'super_admin',
} as const;

/** A clinic at max_staff 25 with 20 active staff and a signed-in owner's token. */
async function clinicNearItsLimit(app: App): Promise<{ tenantId: string; token: string }> {
  const slug = `bench-billing-${randomBytes(3).toString('hex')}`;
  const email = `owner@${slug}.example`;
  const tenant = await app.services.tenants.create(BENCH_ADMIN, {
    name: 'Bench Billing Clinic',
    slug,
    contact_email: email,
    status: 'active',
    billing_plan: 'professional',
    max_staff: MAX_STAFF,
  });
  const principal = { kind: 'api_key', tenantId: tenant.id, keyId: 'bench' } as const;
  for (let index = 0; index < SEEDED; index += 1) {
    await app.services.staffMembers.create(principal, {
      name: `Seeded ${index}`,
      email: `seeded-${index}@${slug}.example`,
      role: 'receptionist',
    });
  }
  await app.services.clinicUsers.create(BENCH_ADMIN, tenant.id, {
    email,
    name: 'Owner',
    password: CLINIC_PASSWORD,
    role: 'owner',
  });
  const { token } = await app.services.clinicAuth.signIn(
    { slug, email, password: CLINIC_PASSWORD },
    undefined,
  );
  return { tenantId: tenant.id, token };
}

/**
 * The billing section of `pnpm bench`: 100 concurrent createStaffMember calls (real HTTP, a
 * clinic owner's token) at a clinic with 5 free seats; how long they take and how many got
 * through, which must equal the free seats.
 */
export async function runBillingBench(): Promise<void> {
  const runId = randomBytes(4).toString('hex');
  let services: ServiceHandles | undefined;
  let app: App | undefined;
  try {
    progress('starting MongoDB and Redis');
    services = await startServices({ persistent: false });
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      MONGODB_URI: services.mongoUri,
      MONGODB_DATABASE: `bench_billing_${runId}`,
      REDIS_URL: services.redisUrl,
      REDIS_KEY_PREFIX: `bench:${runId}:`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
      HMAC_KEYS: `bench:${randomBytes(32).toString('base64')}`,
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'false',
      ADMIN_STATIC_DIR: '',
      GRAPHQL_INTROSPECTION: 'false',
      GRAPHQL_PLAYGROUND: 'false',
    });
    app = await startApp(config, { log: createLogger(config) });
    progress(`seeding a clinic with ${SEEDED} of ${MAX_STAFF} staff`);
    const { tenantId, token } = await clinicNearItsLimit(app);
    const url = app.url;
    const attempt = async (index: number): Promise<'created' | 'refused' | 'error'> => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query:
            'mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }',
          variables: {
            input: { name: `Bench ${index}`, email: `b${index}@bench.example`, role: 'technician' },
          },
        }),
      });
      const body = (await response.json()) as {
        data?: { createStaffMember?: { id: string } };
        errors?: { extensions?: { code?: string } }[];
      };
      if (body.data?.createStaffMember) return 'created';
      return body.errors?.[0]?.extensions?.code === 'LIMIT_EXCEEDED' ? 'refused' : 'error';
    };
    progress(`${ATTEMPTS} concurrent createStaffMember`);
    const started = performance.now();
    const outcomes = await Promise.all(Array.from({ length: ATTEMPTS }, (_, i) => attempt(i)));
    const elapsedMs = Math.round(performance.now() - started);
    const created = outcomes.filter((outcome) => outcome === 'created').length;
    const refused = outcomes.filter((outcome) => outcome === 'refused').length;
    const errors = outcomes.filter((outcome) => outcome === 'error').length;
    const free = MAX_STAFF - SEEDED;
    const stored = await app.services.usageLimits.counters(tenantId);
    console.log('\nLimits under concurrency (createStaffMember over GraphQL, a clinic owner)');
    console.log(
      `  ${ATTEMPTS} concurrent attempts at ${SEEDED} of ${MAX_STAFF} staff (${free} free seats): ${elapsedMs} ms, ${created} got through, ${refused} refused with LIMIT_EXCEEDED, ${errors} other errors — ${created === free ? 'through = free seats' : 'THROUGH ≠ FREE SEATS'}; counter ${stored.staff} of ${MAX_STAFF}`,
    );
    console.log(
      `  Machine: ${os.cpus().length} cores, load average ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')} (other work on the machine slows every figure).`,
    );
    if (created !== free) process.exitCode = 1;
  } finally {
    await app?.stop().catch((error: unknown) => console.error('[bench:billing] stop:', error));
    await services
      ?.stop()
      .catch((error: unknown) => console.error('[bench:billing] services:', error));
  }
}

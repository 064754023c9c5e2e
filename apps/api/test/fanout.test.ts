import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createClinicTenant } from './clinic-factories.js';
import { systemAdmin } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';
import { listeningIn } from './subscription-listening.js';
import { initialised, type RawSocket } from './ws-raw.js';

/**
 * The fan-out (issue 10 §5): subscribers sharing an operation, its variables and their access
 * scope form one group, whose events are executed and serialized once; groups never mix tenants
 * or roles.
 */

const CHANGES = 'subscription { tenantChanged { kind tenant_id tenant { name } } }';
const CONFIG = 'subscription { tenantConfigChanged { tenant_id features { flags } } }';
const USAGE = 'subscription($id: ID) { usageUpdated(tenant_id: $id) { tenant_id events_today } }';

let api: TestApi;
const sockets: RawSocket[] = [];

beforeAll(async () => {
  api = await startTestApi();
}, 60_000);

afterAll(async () => {
  for (const raw of sockets) raw.socket.close();
  await api?.stop();
});

async function open(params: Record<string, unknown>): Promise<RawSocket> {
  const raw = await initialised(api.url, params);
  sockets.push(raw);
  return raw;
}

/** Subscribes and resolves once the subscription hears every event published from then on. */
async function listen(
  raw: RawSocket,
  id: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<void> {
  const listening = listeningIn(api.app);
  try {
    raw.subscribe(id, query, variables);
    await Promise.race([
      listening(id),
      raw
        .next((message) => message.id === id && message.type !== 'next')
        .then((message) => {
          throw new Error(`refused: ${JSON.stringify(message)}`);
        }),
    ]);
  } finally {
    listening.stop();
  }
}

const nextFor = (raw: RawSocket, id: string, test: (payload: string) => boolean = () => true) =>
  raw.next(
    (message) =>
      message.id === id && message.type === 'next' && test(JSON.stringify(message.payload)),
  );

async function adminToken(role: 'super_admin' | 'support'): Promise<string> {
  if (role === 'super_admin') return api.token();
  const email = 'helpdesk@vetcares.test';
  const password = 'Readonly-Passw0rd-42!';
  await api.app.services.admins.ensureAdmin({ email, password, name: 'Support', role });
  return (await api.app.services.admins.login(email, password)).token;
}

describe('subscription fan-out', () => {
  it('executes and serializes each event once for every subscriber of one group, each frame under its own id', async () => {
    const token = await adminToken('super_admin');
    const stats = api.app.websockets;
    const groupsBefore = stats.groups;
    const subscribers = await Promise.all(
      [1, 2, 3, 4, 5].map(() => open({ authorization: `Bearer ${token}` })),
    );
    for (const [index, raw] of subscribers.entries()) await listen(raw, `admin-${index}`, CHANGES);
    expect(stats.groups).toBe(groupsBefore + 1);

    const executed = stats.eventsExecuted;
    const sent = stats.framesSent;
    const tenant = await createClinicTenant(api.app, { name: 'Fan Out Clinic' });
    const frames = await Promise.all(
      subscribers.map((raw, index) =>
        nextFor(raw, `admin-${index}`, (payload) => payload.includes(tenant.id)),
      ),
    );
    expect(frames.map((frame) => frame.id)).toEqual(
      subscribers.map((_, index) => `admin-${index}`),
    );
    expect(new Set(frames.map((frame) => JSON.stringify(frame.payload))).size).toBe(1);
    expect(stats.eventsExecuted - executed).toBe(1);
    expect(stats.framesSent - sent).toBe(5);
  });

  it('never puts different roles, or different tenants, in one group; each hears only what it may', async () => {
    const stats = api.app.websockets;
    const superAdmin = await open({ authorization: `Bearer ${await adminToken('super_admin')}` });
    const support = await open({ authorization: `Bearer ${await adminToken('support')}` });
    const first = await createClinicTenant(api.app);
    const second = await createClinicTenant(api.app);
    const firstKeys = [await createApiKey(api, first.id), await createApiKey(api, first.id)];
    const secondKey = await createApiKey(api, second.id);

    const before = stats.groups;
    await listen(superAdmin, 'roles-super', CHANGES);
    await listen(support, 'roles-support', CHANGES);
    // The super admin joins the group the first test's admins still hold; the support admin, with
    // the same document but another role, gets a group of its own.
    expect(stats.groups - before).toBe(1);
    const afterAdmins = stats.groups;
    const clinicA = await Promise.all(firstKeys.map((key) => open({ 'x-api-key': key })));
    const clinicB = await open({ 'x-api-key': secondKey });
    await listen(clinicA[0]!, 'a0', CONFIG);
    await listen(clinicA[1]!, 'a1', CONFIG);
    expect(stats.groups).toBe(afterAdmins + 1);
    await listen(clinicB, 'b', CONFIG);
    expect(stats.groups).toBe(afterAdmins + 2);

    const admin = await systemAdmin(api.app);
    // The first clinic's change, then the second's: one Redis channel delivers in order, so the
    // second clinic hearing its own change first proves the first clinic's never reached it.
    await api.app.services.tenants.update(admin, first.id, {
      features_json: '{"inventory": false}',
    });
    await api.app.services.tenants.update(admin, second.id, {
      features_json: '{"sms_reminders": false}',
    });
    for (const [raw, id] of [
      [clinicA[0]!, 'a0'],
      [clinicA[1]!, 'a1'],
    ] as const) {
      expect(JSON.stringify((await nextFor(raw, id)).payload)).toContain(first.id);
    }
    const heardByB = await nextFor(clinicB, 'b');
    expect(JSON.stringify(heardByB.payload)).toContain(second.id);
    expect(JSON.stringify(clinicB.messages)).not.toContain(first.id);
    // Both admin roles hear both changes, each from its own group's execution.
    for (const [raw, id] of [
      [superAdmin, 'roles-super'],
      [support, 'roles-support'],
    ] as const) {
      await nextFor(raw, id, (payload) => payload.includes(second.id));
    }
  });

  it("gives each new subscriber of a live feed its own current figures, then the group's updates", async () => {
    const token = await adminToken('super_admin');
    const tenant = await createClinicTenant(api.app);
    const stats = api.app.websockets;
    const early = await open({ authorization: `Bearer ${token}` });
    await listen(early, 'usage-early', USAGE, { id: tenant.id });
    await nextFor(early, 'usage-early');
    const groups = stats.groups;
    const late = await open({ authorization: `Bearer ${token}` });
    await listen(late, 'usage-late', USAGE, { id: tenant.id });
    expect(stats.groups).toBe(groups);
    // The late joiner got the current figures of its own, though the group was already running.
    expect((await nextFor(late, 'usage-late')).payload).toEqual({
      data: { usageUpdated: { tenant_id: tenant.id, events_today: 0 } },
    });
  });

  it('ends a group when its last subscriber completes', async () => {
    const token = await adminToken('super_admin');
    const stats = api.app.websockets;
    const raw = await open({ authorization: `Bearer ${token}` });
    const query = 'subscription { tenantChanged { tenant_id } }';
    const before = stats.groups;
    await listen(raw, 'solo', query);
    expect(stats.groups).toBe(before + 1);
    const subscriptions = stats.subscriptions;
    raw.send({ id: 'solo', type: 'complete' });
    // A ping answered means the complete before it was handled.
    raw.send({ type: 'ping' });
    await raw.next((message) => message.type === 'pong');
    expect(stats.groups).toBe(before);
    expect(stats.subscriptions).toBe(subscriptions - 1);
  });
});

import { Types } from 'mongoose';
import { ManualClock } from '../src/core/clock.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from './api-process.js';
import { graphql, rest } from './client.js';
import { createClinicTenant } from './clinic-factories.js';
import { systemAdmin } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';

/**
 * The security log as a tamper-evident audit trail: each chain verifies when intact (also when
 * two API processes wrote it at once), and every kind of tampering is found and named.
 */

let api: TestApi;
let token: string;

/** Still, at the start of a minute: a test's refusals all fall in one aggregation window. */
const clock = new ManualClock(new Date(Math.floor(Date.now() / 60_000) * 60_000 + 1000));

beforeAll(async () => {
  api = await startTestApi({ clock });
  token = await api.token();
});
afterAll(() => api.stop());

const VERIFY = `mutation($chain: String!) { verifySecurityChain(chain: $chain) {
  chain ok entries problem { kind entry_id seq message }
} }`;

interface Verification {
  chain: string;
  ok: boolean;
  entries: number;
  problem: { kind: string; entry_id: string | null; seq: number | null; message: string } | null;
}

async function verify(chain: string): Promise<Verification> {
  const response = await graphql<{ verifySecurityChain: Verification }>(
    api.url,
    VERIFY,
    { chain },
    token,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.verifySecurityChain;
}

/** A tenant whose chain holds `count` entries of its own (API key creations). */
async function tenantWithChain(count: number): Promise<string> {
  const tenant = await createClinicTenant(api.app);
  const admin = await systemAdmin(api.app);
  for (let i = 0; i < count; i += 1) {
    await api.app.services.clinicAuth.createApiKey(admin, tenant.id, `key ${i}`);
  }
  return tenant.id;
}

const entriesOf = (tenantId: string) =>
  api.app.models.securityLogs.collection.find({ tenant_id: tenantId }).sort({ seq: 1 }).toArray();

describe('an intact chain', () => {
  it('verifies, through GraphQL, REST and the daily job', async () => {
    const tenantId = await tenantWithChain(4);
    // tenant_created + 4 api_key_created
    expect(await verify(tenantId)).toMatchObject({ ok: true, entries: 5, problem: null });
    const byRest = await rest<{ ok: boolean; entries: number }>(
      api.url,
      'POST',
      `/api/admin/security-logs/chains/${tenantId}/verify`,
      { token },
    );
    expect(byRest.body).toMatchObject({ ok: true, entries: 5 });
    const daily = (await api.app.jobs.runNow('security-chains-verify')) as { broken: string[] };
    expect(daily.broken).toEqual([]);
    const entries = await entriesOf(tenantId);
    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < entries.length; i += 1) {
      expect(entries[i]!.prev_hash).toBe(entries[i - 1]!.hash);
    }
  });

  it('stays intact when two API processes append to the same chains at once', async () => {
    const tenant = await createClinicTenant(api.app);
    let other: ApiProcess | undefined;
    try {
      other = await startApiProcess(api);
      const create = (url: string, i: number) =>
        graphql(
          url,
          'mutation($t: ID!, $n: String!) { createApiKey(tenant_id: $t, name: $n) { api_key { id } } }',
          { t: tenant.id, n: `parallel ${i}` },
          token,
        );
      const signIn = (url: string) =>
        graphql(
          url,
          'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          {
            e: api.admin.email,
            p: api.admin.password,
          },
        );
      const urls = [api.url, other.url];
      const results = await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          i % 3 === 0 ? signIn(urls[i % 2]!) : create(urls[i % 2]!, i),
        ),
      );
      expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    } finally {
      expect(await other?.stop()).toBe(0);
    }
    const tenantChain = await verify(tenant.id);
    expect(tenantChain).toMatchObject({ ok: true, entries: 17 }); // created + 16 keys
    const platform = await verify('platform');
    expect(platform.ok).toBe(true);
    const seqs = (await entriesOf(tenant.id)).map((entry) => entry.seq);
    expect(seqs).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  }, 120_000);
});

describe('tampering', () => {
  const logs = () => api.app.models.securityLogs.collection;

  it('finds an edited entry', async () => {
    const tenantId = await tenantWithChain(4);
    const [, , third] = await entriesOf(tenantId);
    await logs().updateOne({ _id: third!._id }, { $set: { 'details.prefix': 'deadbeef' } });
    expect((await verify(tenantId)).problem).toMatchObject({
      kind: 'edited',
      entry_id: third!._id.toHexString(),
      seq: 3,
    });
  });

  it('finds an edit even when the editor recomputed a plain SHA-256 chain', async () => {
    const tenantId = await tenantWithChain(3);
    const entries = await entriesOf(tenantId);
    const { createHash } = await import('node:crypto');
    // Rewrite from entry 2 on with unkeyed hashes: without the HMAC key it cannot pass.
    let prev = entries[0]!.hash as string;
    for (const entry of entries.slice(1)) {
      const hash = createHash('sha256').update(`${prev}${entry.event}forged`).digest('hex');
      await logs().updateOne(
        { _id: entry._id },
        { $set: { prev_hash: prev, hash, actor: 'system' } },
      );
      prev = hash;
    }
    await api.app.models.securityChains.updateOne({ _id: tenantId }, { $set: { hash: prev } });
    expect((await verify(tenantId)).problem).toMatchObject({ kind: 'edited', seq: 2 });
  });

  it('finds a deleted entry, in the middle or at the start', async () => {
    const middle = await tenantWithChain(4);
    const entries = await entriesOf(middle);
    await logs().deleteOne({ _id: entries[2]!._id });
    expect((await verify(middle)).problem).toMatchObject({
      kind: 'deleted',
      entry_id: entries[3]!._id.toHexString(),
    });

    const start = await tenantWithChain(2);
    const first = (await entriesOf(start))[0]!;
    await logs().deleteOne({ _id: first._id });
    expect((await verify(start)).problem).toMatchObject({ kind: 'deleted', seq: 2 });
  });

  it('finds a deletion hidden by renumbering the entries after it', async () => {
    const tenantId = await tenantWithChain(4);
    const entries = await entriesOf(tenantId);
    await logs().deleteOne({ _id: entries[1]!._id });
    for (const entry of entries.slice(2)) {
      await logs().updateOne({ _id: entry._id }, { $set: { seq: entry.seq - 1 } });
    }
    expect((await verify(tenantId)).problem).toMatchObject({
      kind: 'deleted',
      entry_id: entries[2]!._id.toHexString(),
      seq: 2,
    });
  });

  it('finds entries deleted from the end', async () => {
    const tenantId = await tenantWithChain(3);
    const entries = await entriesOf(tenantId);
    await logs().deleteOne({ _id: entries.at(-1)!._id });
    expect((await verify(tenantId)).problem).toMatchObject({ kind: 'deleted', seq: 4 });
  });

  it('finds a truncation even when the head was moved back to match', async () => {
    const tenantId = await tenantWithChain(3);
    expect((await verify(tenantId)).ok).toBe(true); // remembers where the chain reached
    const entries = await entriesOf(tenantId);
    const last = entries.at(-1)!;
    const before = entries.at(-2)!;
    await logs().deleteOne({ _id: last._id });
    await api.app.models.securityChains.updateOne(
      { _id: tenantId },
      { $set: { seq: before.seq, hash: before.hash } },
    );
    expect((await verify(tenantId)).problem).toMatchObject({ kind: 'deleted', seq: last.seq });
  });

  it('finds reordered entries', async () => {
    const tenantId = await tenantWithChain(4);
    const entries = await entriesOf(tenantId);
    const [second, third] = [entries[1]!, entries[2]!];
    await logs().updateOne({ _id: second._id }, { $set: { seq: 1000 } });
    await logs().updateOne({ _id: third._id }, { $set: { seq: second.seq } });
    await logs().updateOne({ _id: second._id }, { $set: { seq: third.seq } });
    expect((await verify(tenantId)).problem).toMatchObject({
      kind: 'reordered',
      entry_id: third._id.toHexString(),
      seq: 2,
    });
  });

  it('finds an inserted entry, forged or copied', async () => {
    const forged = await tenantWithChain(3);
    const entries = await entriesOf(forged);
    for (const entry of [...entries.slice(2)].reverse()) {
      await logs().updateOne({ _id: entry._id }, { $set: { seq: entry.seq + 1 } });
    }
    const fake = new Types.ObjectId();
    await logs().insertOne({
      ...entries[1]!,
      _id: fake,
      seq: 3,
      event: 'api_key_revoked',
      prev_hash: entries[1]!.hash,
      hash: 'f'.repeat(64),
    });
    expect((await verify(forged)).problem).toMatchObject({
      kind: 'inserted',
      entry_id: fake.toHexString(),
      seq: 3,
    });

    const copied = await tenantWithChain(3);
    const original = await entriesOf(copied);
    const copy = new Types.ObjectId();
    await logs().insertOne({ ...original[1]!, _id: copy, seq: original.length + 1 });
    expect((await verify(copied)).problem).toMatchObject({
      kind: 'inserted',
      entry_id: copy.toHexString(),
    });
  });

  it('raises a critical incident when the daily job finds a break', async () => {
    const tenantId = await tenantWithChain(2);
    const [entry] = await entriesOf(tenantId);
    await logs().updateOne({ _id: entry!._id }, { $set: { ip_address: '10.0.0.66' } });
    const daily = (await api.app.jobs.runNow('security-chains-verify')) as { broken: string[] };
    expect(daily.broken).toContain(tenantId);
    const incidents = await api.app.services.incidents.openIncidents();
    const incident = incidents.find((candidate) => candidate.subject === `chain:${tenantId}`);
    expect(incident).toMatchObject({
      rule: 'audit_chain_broken',
      severity: 'critical',
      state: 'open',
    });
    expect(incident!.evidence).toContain(entry!._id.toHexString());
    const status = await graphql<{
      securityChains: { chain: string; last_verification: { ok: boolean } }[];
    }>(api.url, '{ securityChains { chain last_verification { ok } } }', {}, token);
    expect(status.data!.securityChains.find((chain) => chain.chain === tenantId)).toMatchObject({
      last_verification: { ok: false },
    });
  });
});

describe('retention and refusals', () => {
  it('prunes old entries behind a signed anchor, and the rest still verifies', async () => {
    const tenantId = await tenantWithChain(4);
    const entries = await entriesOf(tenantId);
    const old = new Date(clock.now().getTime() - 3000 * 86_400_000);
    for (const entry of entries.slice(0, 3)) {
      await api.app.models.securityLogs.collection.updateOne(
        { _id: entry._id },
        { $set: { timestamp: old } },
      );
    }
    // Re-sign them as if they had been written then: a rewrite only the API (with the key) can do.
    await resign(tenantId);
    expect((await verify(tenantId)).ok).toBe(true);
    const pruned = (await api.app.jobs.runNow('security-log-retention')) as {
      chain: string;
      through: number;
    }[];
    expect(pruned).toContainEqual(expect.objectContaining({ chain: tenantId, through: 3 }));
    const left = await entriesOf(tenantId);
    expect(left.map((entry) => entry.seq)).toEqual([4, 5, 6]); // 6: security_log_pruned
    expect(left.at(-1)!.event).toBe('security_log_pruned');
    const afterPrune = await verify(tenantId);
    expect(afterPrune, JSON.stringify(afterPrune)).toMatchObject({ ok: true, entries: 3 });

    // Moving the anchor forward to hide more deletions breaks its signature.
    await api.app.models.securityChains.updateOne({ _id: tenantId }, { $set: { 'anchor.seq': 4 } });
    await api.app.models.securityLogs.collection.deleteOne({ _id: left[0]!._id });
    expect((await verify(tenantId)).problem).toMatchObject({ kind: 'edited' });
  });

  it('keeps a flood of refusals to one entry per kind and window, with a count', async () => {
    const tenant = await createClinicTenant(api.app, { slug: 'flooded' });
    const attempt = () =>
      graphql(
        api.url,
        'mutation { clinicSignIn(input: { slug: "flooded", email: "nobody@flooded.example", password: "wrong-password-1" }) { token } }',
      );
    for (let i = 0; i < 4; i += 1) await attempt();
    const beforeFlush = await api.app.models.securityLogs
      .find({ tenant_id: tenant.id, event: 'clinic_sign_in_failed' })
      .lean();
    expect(beforeFlush, JSON.stringify(beforeFlush)).toHaveLength(1);
    expect(beforeFlush[0]).toMatchObject({ count: 1, actor: 'anonymous' });
    expect(JSON.stringify(beforeFlush[0])).not.toContain('nobody@flooded.example');

    // The window closes: the repeats become one entry.
    expect(await flushAt(clock.now())).toBe(0); // the window is still open
    const written = await flushAt(new Date(clock.now().getTime() + 60_000));
    expect(written).toBeGreaterThanOrEqual(1);
    const after = await api.app.models.securityLogs
      .find({ tenant_id: tenant.id, event: 'clinic_sign_in_failed' })
      .sort({ seq: 1 })
      .lean();
    expect(after.map((entry) => entry.count)).toEqual([1, 3]);
    expect(after[1]!.window_start).toBeInstanceOf(Date);
    expect(after[1]!.details).toMatchObject({
      repeated: true,
      email_hash: after[0]!.details.email_hash,
    });
    expect((await verify(tenant.id)).ok).toBe(true);
  });

  it('lists the log with filters, over GraphQL and REST', async () => {
    const tenant = await createClinicTenant(api.app);
    await api.app.services.tenants.suspend(await systemAdmin(api.app), tenant.id, 'Audit');
    const listed = await graphql<{
      securityLogs: {
        totalCount: number;
        items: { event: string; actor: string; actor_label: string }[];
      };
    }>(
      api.url,
      'query($t: String) { securityLogs(tenant_id: $t, event: tenant_suspended) { totalCount items { event actor actor_label } } }',
      { t: tenant.id },
      token,
    );
    expect(listed.data!.securityLogs).toMatchObject({
      totalCount: 1,
      items: [{ event: 'tenant_suspended', actor_label: api.admin.email }],
    });
    const byActor = await rest<{ items: { tenant_id: string }[] }>(
      api.url,
      'GET',
      `/api/admin/security-logs?actor=${encodeURIComponent(api.admin.email)}&tenant_id=${tenant.id}&from=${encodeURIComponent(new Date(clock.now().getTime() - 60_000).toISOString())}`,
      { token },
    );
    expect(byActor.status).toBe(200);
    expect(byActor.body.items.length).toBe(2); // created, suspended
    const clinicToken = await graphql(api.url, '{ securityLogs { totalCount } }');
    expect(clinicToken.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

/** Writes the repeats of windows that have closed by `now`. */
const flushAt = (now: Date): Promise<number> => api.app.services.security.flushRepeats(now);

/** Recomputes a chain's hashes with the API's key, as if its entries had been written as they are. */
async function resign(tenantId: string): Promise<void> {
  const { entryHash, GENESIS_HASH } = await import('../src/modules/security/audit-chain.js');
  const keyring = (
    api.app.services.security as unknown as { keyring: import('../src/crypto/keyring.js').Keyring }
  ).keyring;
  let prev = GENESIS_HASH;
  for (const entry of await entriesOf(tenantId)) {
    const hash = entryHash(keyring, entry as never, prev);
    await api.app.models.securityLogs.collection.updateOne(
      { _id: entry._id },
      { $set: { prev_hash: prev, hash } },
    );
    prev = hash;
  }
  await api.app.models.securityChains.updateOne({ _id: tenantId }, { $set: { hash: prev } });
}

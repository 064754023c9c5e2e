import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminPrincipal } from '../src/common/principal.js';
import { createTenant } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';
import { listeningIn, wsClient } from './subscription-listening.js';

const SUBSCRIPTION = 'subscription { tenantChanged { kind tenant_id } }';

let first: TestApi;
let second: TestApi;

beforeAll(async () => {
  first = await startTestApi();
  second = await startTestApi({ shareWith: first });
});
afterAll(async () => {
  await second?.stop();
  await first?.stop();
});

/**
 * The transport half of issue 7 closes sockets on `credentialEnded` (published by the sessions
 * module here); this test is the contract between the two and passes once both are merged.
 */
describe('an ended credential over websockets', () => {
  it('a subscriber whose account is disabled on another API process stops receiving within a second', async () => {
    const superAdmin = (await first.app.services.admins.authenticate(
      `Bearer ${await first.token()}`,
    )) as AdminPrincipal;
    const email = 'watcher@vetcares.test';
    await first.app.services.admins.ensureAdmin({
      email,
      password: 'Observe-Passw0rd!9',
      role: 'admin',
    });
    const { token, admin } = await first.app.services.admins.login(email, 'Observe-Passw0rd!9');

    const listening = listeningIn(second.app);
    const ws = wsClient(second.url, { authorization: `Bearer ${token}` });
    const received: string[] = [];
    let firstEvent!: () => void;
    const heardOne = new Promise<void>((resolve) => (firstEvent = resolve));
    let ended!: () => void;
    const stopped = new Promise<void>((resolve) => (ended = resolve));
    const { operationId } = ws.subscribe<{ tenantChanged: { tenant_id: string } }>(
      { query: SUBSCRIPTION },
      {
        next: (value) => {
          if (value.data) received.push(value.data.tenantChanged.tenant_id);
          firstEvent();
        },
        error: () => ended(),
        complete: () => ended(),
      },
    );
    ws.client.on('closed', () => ended());
    try {
      await listening(operationId);
      const before = await createTenant(first.app);
      await heardOne;
      expect(received).toContain(before.id);

      const disabledAt = Date.now();
      await first.app.services.adminDirectory.setDisabled(superAdmin, admin.id, true);
      // The deadline bounds the wait; it does not pace the test.
      let deadline: NodeJS.Timeout | undefined;
      const outcome = await Promise.race([
        stopped.then(() => 'stopped'),
        new Promise<string>((resolve) => {
          deadline = setTimeout(() => resolve('still open'), 1000);
        }),
      ]);
      clearTimeout(deadline);
      expect(outcome).toBe('stopped');
      expect(Date.now() - disabledAt).toBeLessThan(1000);

      const after = await createTenant(first.app);
      expect(received).not.toContain(after.id);
    } finally {
      listening.stop();
      await ws.client.dispose();
    }
  });
});

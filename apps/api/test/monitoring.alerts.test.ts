import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BillingSignal, BillingSignals } from '../src/common/billing-signals.js';
import { ManualClock } from '../src/core/clock.js';
import { defineModule } from '../src/core/module.js';
import { MODULES } from '../src/modules/index.js';
import type { AlertView } from '../src/modules/monitoring/alerts/alert.service.js';
import {
  DELIVERY_HEADER,
  EVENT_HEADER,
  SIGNATURE_HEADER,
  verifyWebhook,
} from '../src/modules/monitoring/alerts/alert-webhook.js';
import type { RequestOutcome } from '../src/modules/usage/performance/request-sample.js';
import { graphql } from './client.js';
import { startTestApi, type TestApi } from './harness.js';
import { listeningIn, wsClient } from './subscription-listening.js';

/**
 * The alert rules on a controlled clock: each fires when its condition holds, stays one alert
 * while it goes on, and resolves when it ends; alerts are pushed on `alertRaised` and posted to a
 * real local receiver, signed, and retried after a failure.
 */

const WEBHOOK_SECRET = 'alert-webhook-secret-0123456789';

/** Billing's seam as the billing module fills it: here, signals the test sets. */
class SettableBillingSignals implements BillingSignals {
  signals: BillingSignal[] = [];
  async current(): Promise<BillingSignal[]> {
    return this.signals;
  }
}

/** A webhook receiver: answers 500 to the first delivery, 200 afterwards; keeps what it got. */
class Receiver {
  readonly deliveries: { headers: IncomingMessage['headers']; body: string; status: number }[] = [];
  private server: Server | null = null;
  private waiters: { until: () => boolean; resolve: () => void }[] = [];

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        const status = this.deliveries.length === 0 ? 500 : 200;
        this.deliveries.push({ headers: req.headers, body, status });
        res.writeHead(status).end();
        this.waiters = this.waiters.filter((waiter) => {
          if (!waiter.until()) return true;
          waiter.resolve();
          return false;
        });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/alerts`;
  }

  /** Resolves once what it received satisfies `until`. */
  received(until: () => boolean): Promise<void> {
    if (until()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ until, resolve }));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

const clock = new ManualClock();
const billing = new SettableBillingSignals();
const receiver = new Receiver();
let api: TestApi;

beforeAll(async () => {
  const webhookUrl = await receiver.start();
  // The real billing module, with its signals replaced by ones the test sets (billing's own
  // signals are tested in billing.test.ts); monitoring reads them as it reads billing's.
  const realBilling = MODULES.find((module) => module.name === 'billing')!;
  const billingWithSettableSignals = defineModule({
    ...realBilling,
    services: (deps) => ({ ...realBilling.services!(deps), billingSignals: billing }),
  });
  api = await startTestApi({
    clock,
    modules: MODULES.map((module) =>
      module.name === 'billing' ? billingWithSettableSignals : module,
    ),
    env: {
      ALERT_MIN_REQUESTS: '10',
      ALERT_ERROR_RATE_PERCENT: '20',
      ALERT_LATENCY_P95_MS: '1000',
      // Evaluated by hand through the job below, not by the schedule.
      ALERT_EVALUATION_INTERVAL_SECONDS: '3600',
      ALERT_WEBHOOK_URL: webhookUrl,
      ALERT_WEBHOOK_SECRET: WEBHOOK_SECRET,
      ALERT_WEBHOOK_BACKOFF_MS: '50',
      ALERT_WEBHOOK_ATTEMPTS: '5',
    },
  });
});
afterAll(async () => {
  await api?.stop();
  await receiver.stop();
});

/** Requests as the usage module records them for every API instance, stored in its counters. */
async function serve(count: number, ms: number, outcome: RequestOutcome): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    api.app.services.performance.record({
      tenantId: null,
      operation: 'query:tenants',
      ms,
      outcome,
      at: clock.now().getTime(),
    });
  }
  await api.app.services.performance.flush();
}

/** One run of the evaluation job, as the schedule would run it, a minute later than the last. */
async function evaluate(): Promise<void> {
  clock.advance(60_000);
  await api.app.jobs.runNow('evaluate-alerts');
}

async function alertsOf(rule: string, state?: string): Promise<AlertView[]> {
  const page = await api.app.services.alerts.list(
    { kind: 'admin', adminId: 'x', email: 'x@vetcares.test', role: 'support' },
    { rule, state, limit: 100 },
  );
  return page.items;
}

describe('alert rules on a controlled clock', () => {
  it('a high server-error rate fires once while it lasts, and resolves when it ends', async () => {
    await evaluate(); // the window starts here
    await serve(20, 20, 'ok');
    await serve(10, 20, 'server_error');
    await evaluate();
    const [fired, ...others] = await alertsOf('high_error_rate');
    expect(others).toEqual([]);
    expect(fired).toMatchObject({
      state: 'firing',
      subject: 'platform',
      severity: 'warning',
      value: 33.3,
      threshold: 20,
      evaluations: 1,
    });

    // Still failing: the same alert, seen again.
    await serve(10, 20, 'server_error');
    await evaluate();
    const still = await alertsOf('high_error_rate');
    expect(still).toHaveLength(1);
    expect(still[0]).toMatchObject({ id: fired!.id, state: 'firing', evaluations: 2 });

    // Client errors are not server errors: healthy again.
    await serve(30, 20, 'client_error');
    await evaluate();
    const [resolved] = await alertsOf('high_error_rate');
    expect(resolved).toMatchObject({ id: fired!.id, state: 'resolved', resolved_by: 'system' });
    expect(new Date(resolved!.resolved_at!).getTime()).toBe(clock.now().getTime());
  });

  it('too few requests are not judged', async () => {
    await evaluate();
    await serve(5, 20, 'server_error');
    await evaluate();
    expect(await alertsOf('high_error_rate', 'firing')).toEqual([]);
  });

  it('latency degradation fires on the p95 of the window and resolves when it recovers', async () => {
    await evaluate();
    await serve(15, 3_000, 'ok');
    await serve(5, 30, 'ok');
    await evaluate();
    const [slow] = await alertsOf('latency_degradation', 'firing');
    expect(slow).toMatchObject({ subject: 'platform', threshold: 1000 });
    expect(slow!.value).toBeGreaterThanOrEqual(2500);

    await serve(40, 30, 'ok');
    await evaluate();
    expect(await alertsOf('latency_degradation', 'firing')).toEqual([]);
    expect((await alertsOf('latency_degradation', 'resolved')).map((a) => a.id)).toContain(
      slow!.id,
    );
  });

  it('billing problems and limits nearly reached raise one alert per tenant and subject', async () => {
    const since = clock.now();
    billing.signals = [
      {
        kind: 'payment_failed',
        tenant_id: 't1',
        subject: 'INV-0001',
        message: 'Card declined',
        since,
      },
      {
        kind: 'past_due',
        tenant_id: 't2',
        subject: 'subscription',
        message: 'Past due 3 days',
        since,
      },
      { kind: 'limit_warning', tenant_id: 't1', subject: 'staff', message: '8 of 10 staff', since },
    ];
    await evaluate();
    expect(await alertsOf('billing_payment_failed', 'firing')).toEqual([
      expect.objectContaining({
        subject: 'tenant:t1:INV-0001',
        tenant_id: 't1',
        message: 'Card declined',
      }),
    ]);
    expect(await alertsOf('billing_past_due', 'firing')).toEqual([
      expect.objectContaining({ subject: 'tenant:t2:subscription', severity: 'critical' }),
    ]);
    const [limit] = await alertsOf('limit_nearly_reached', 'firing');
    expect(limit).toMatchObject({ subject: 'tenant:t1:staff', severity: 'info' });

    // The limit is reached: the same alert, now a warning. The payment went through.
    billing.signals = [
      billing.signals[1]!,
      {
        kind: 'limit_reached',
        tenant_id: 't1',
        subject: 'staff',
        message: '10 of 10 staff',
        since,
      },
    ];
    await evaluate();
    expect(await alertsOf('limit_nearly_reached', 'firing')).toEqual([
      expect.objectContaining({ id: limit!.id, severity: 'warning', message: '10 of 10 staff' }),
    ]);
    expect(await alertsOf('billing_payment_failed', 'firing')).toEqual([]);

    billing.signals = [];
    await evaluate();
    expect(await alertsOf('billing_past_due', 'firing')).toEqual([]);
    expect(await alertsOf('limit_nearly_reached', 'firing')).toEqual([]);
  });

  it('a security incident is an alert at once, pushed on alertRaised; acknowledged, then resolved with the incident', async () => {
    // Earlier cases moved the clock past the first token's minutes: sign in now.
    const fresh = await api.token();
    const ws = wsClient(api.url, { authorization: `Bearer ${fresh}` });
    const listening = listeningIn(api.app);
    try {
      const raised = new Promise<{ id: string; rule: string; subject: string; state: string }>(
        (resolve, reject) => {
          const { operationId } = ws.subscribe<{
            alertRaised: { id: string; rule: string; subject: string; state: string };
          }>(
            { query: 'subscription { alertRaised { id rule subject state } }' },
            {
              next: (result) => {
                if (result.data?.alertRaised.rule === 'security_incident')
                  resolve(result.data.alertRaised);
              },
              error: reject,
              complete: () => undefined,
            },
          );
          void listening(operationId).then(() =>
            api.app.services.incidents.raise({
              rule: 'mass_export',
              severity: 'high',
              title: 'Mass export',
              summary: 'Five exports in an hour',
              tenant_id: null,
              subject: 'admin:alert-test',
              evidence: [],
            }),
          );
        },
      );
      const alert = await raised;
      const incident = (await api.app.services.incidents.openIncidents()).find(
        (candidate) => candidate.subject === 'admin:alert-test',
      )!;
      expect(alert).toMatchObject({ subject: `incident:${incident.id}`, state: 'firing' });

      const ack = await graphql<{ acknowledgeAlert: { state: string; acknowledged_by: string } }>(
        api.url,
        'mutation($id: ID!) { acknowledgeAlert(id: $id, note: "looking") { state acknowledged_by } }',
        { id: alert.id },
        fresh,
      );
      expect(ack.data?.acknowledgeAlert).toEqual({
        state: 'acknowledged',
        acknowledged_by: api.admin.email,
      });
      const again = await graphql(
        api.url,
        'mutation($id: ID!) { acknowledgeAlert(id: $id) { state } }',
        { id: alert.id },
        fresh,
      );
      expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

      await graphql(
        api.url,
        'mutation($id: ID!) { resolveSecurityIncident(id: $id) { state } }',
        { id: incident.id },
        fresh,
      );
      await evaluate();
      const [resolved] = (await alertsOf('security_incident')).filter((a) => a.id === alert.id);
      expect(resolved).toMatchObject({ state: 'resolved', resolved_by: 'system', note: 'looking' });
    } finally {
      listening.stop();
      await ws.client.dispose();
    }
  });

  it('posts alert changes to the webhook, signed with HMAC-SHA256, retrying after a 500', async () => {
    // Every change above was queued; the first delivery got a 500 and was retried.
    await receiver.received(() => receiver.deliveries.length > 0);
    const failed = receiver.deliveries[0]!;
    expect(failed.status).toBe(500);
    const id = failed.headers[DELIVERY_HEADER];
    const retryOf = () =>
      receiver.deliveries.find((d) => d !== failed && d.headers[DELIVERY_HEADER] === id);
    await receiver.received(() => retryOf() !== undefined);
    const retried = retryOf()!;
    expect(retried.status).toBe(200);
    // The retry is the same delivery: same id, same bytes, signed anew.
    expect(retried.body).toBe(failed.body);
    for (const delivery of [failed, retried]) {
      const signature = String(delivery.headers[SIGNATURE_HEADER]);
      expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      // Signed at the time of the attempt (on the test's clock, moved a minute per evaluation).
      const signedAt = Number(/^t=(\d+)/.exec(signature)![1]);
      const now = signedAt + 10;
      expect(verifyWebhook(WEBHOOK_SECRET, delivery.body, signature, now)).toBe(true);
      // A replay after the tolerance (five minutes) is refused.
      expect(verifyWebhook(WEBHOOK_SECRET, delivery.body, signature, signedAt + 301)).toBe(false);
      // A changed byte, or another secret, does not verify.
      expect(verifyWebhook(WEBHOOK_SECRET, delivery.body.replace('}', ' }'), signature, now)).toBe(
        false,
      );
      expect(verifyWebhook('another-secret-0123456789', delivery.body, signature, now)).toBe(false);
    }
    const body = JSON.parse(retried.body) as {
      event: string;
      alert: { rule: string; state: string };
    };
    expect(body.event).toBe(retried.headers[EVENT_HEADER]);
    expect(body.event).toMatch(/^alert\.(raised|acknowledged|resolved)$/);
    expect(body.alert.rule).toBeTruthy();
  });
});

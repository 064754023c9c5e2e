import { spawnManaged } from './child-processes.js';
import { exitingWithParent } from './exit-with-parent.js';
import { ensureStripeMockBinary } from './stripe-mock-binary.js';
import { type Log, type RunningServer } from './types.js';

/*
 * stripe-mock for tests: Stripe's own mock of its API (https://github.com/stripe/stripe-mock),
 * driven through the real `stripe` SDK. apps/api/test/stripe-mock.test.ts shows a client pointed
 * at it (`new Stripe(key, { host, port, protocol: 'http' })`) and pins each point below.
 *
 * - It is stateless: nothing persists. A create answers a fixture with a fresh random id and
 *   echoes top-level scalar params (email, name, amount, currency, customer, usage,
 *   payment_method) but not hashes (metadata, address come back empty). A retrieve, update or
 *   delete answers a fixture under whatever id was asked for: no 404 for an id never created,
 *   and the fields set at creation are not there. Lists hold one fixture item.
 * - No state machine: confirming a PaymentIntent (test cards like pm_card_chargeDeclined
 *   included) leaves it "requires_payment_method"; paying an invoice leaves it "draft". It sends
 *   no webhooks. Test payment outcomes and dunning by feeding our webhook handler payloads
 *   signed with stripe.webhooks.generateTestHeaderString, not through the mock.
 * - Idempotency-Key is echoed back, never honoured: a repeated create makes a new object.
 * - It validates requests against the OpenAPI spec of 2026-08-26.dahlia: required params,
 *   types, enum values, and unknown param names are refused with a 400 invalid_request_error
 *   (so a typo or a param from another API version fails here as it would at Stripe). It does
 *   not check that ids exist or refer to the right kind of object.
 * - Authorization must look like a test-mode secret key (sk_test_... or rk_test_...): 401 else.
 * - We start it with -strict-version-check: a Stripe-Version other than the spec's is refused,
 *   so an SDK upgraded without stripe-mock (or the reverse) fails loudly instead of drifting.
 * - `expand` works (with fixture objects). `-version` prints "master" for a source build.
 */

const READY_TIMEOUT_MS = 30_000;
// stripe-mock prints this once its HTTP listener is bound; the address has the port the OS chose.
const HTTP_LISTENING = 'Listening for HTTP at address: ';
/** Any key shaped like a test-mode secret key passes stripe-mock's authentication. */
export const STRIPE_MOCK_API_KEY = 'sk_test_vetcares';

/**
 * Starts stripe-mock on loopback, on a port the OS picks (so no race with other processes for a
 * port), and resolves with its plain-HTTP URL once it answers an API call.
 */
export async function startStripeMock(options: {
  log: Log;
  env: NodeJS.ProcessEnv;
}): Promise<RunningServer> {
  const binary = await ensureStripeMockBinary(options.log, options.env);
  const child = spawnManaged({
    name: 'stripe-mock',
    // Both addresses must be given: with -http-addr alone stripe-mock also opens HTTPS on
    // 0.0.0.0:12112 (clashing between parallel runs), and the flags that turn HTTPS off
    // (-http-port, -port) bind every interface. Nobody uses the HTTPS side.
    ...exitingWithParent('vetcares-stripe-mock', binary, [
      '-http-addr',
      '127.0.0.1:0',
      '-https-addr',
      '127.0.0.1:0',
      '-strict-version-check',
    ]),
    env: options.env,
    // Not forwarded: it prints three lines per request. They still appear in a start-up error.
  });
  try {
    const listening = await child.waitForLine(HTTP_LISTENING, READY_TIMEOUT_MS);
    const url = `http://${listening.slice(HTTP_LISTENING.length).trim()}`;
    await expectStripeApi(url);
    return { url, stop: () => child.stop() };
  } catch (error) {
    await child.stop();
    const output = child.recentOutput();
    const detail = output ? `\n--- its last output ---\n${output}` : '';
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`stripe-mock did not start: ${reason}${detail}`, { cause: error });
  }
}

// The listener is bound before the line is printed, so one request (queued by the kernel until
// the server accepts it) tells whether this is a working stripe-mock; no polling needed.
async function expectStripeApi(url: string): Promise<void> {
  const response = await fetch(`${url}/v1/balance`, {
    headers: { authorization: `Bearer ${STRIPE_MOCK_API_KEY}` },
    signal: AbortSignal.timeout(READY_TIMEOUT_MS),
  });
  const body = (await response.json()) as { object?: unknown };
  if (response.status !== 200 || body.object !== 'balance') {
    throw new Error(`GET /v1/balance answered ${response.status}: ${JSON.stringify(body)}`);
  }
}

import { randomUUID } from 'node:crypto';
import http from 'node:http';

/**
 * The ingestion load, in its own process (forked by ingest-bench.ts) so it never shares the
 * API's event loop: `connections` clients each send one request after another for `seconds`,
 * as a clinic app would (each batch with its own idempotency key). Reports what was accepted
 * and every request's latency.
 */

export interface IngestLoadOptions {
  url: string;
  /** One clinic token per connection, spread over several clinics. */
  tokens: string[];
  connections: number;
  seconds: number;
  /** Events per request: 1 sends `{ event }`, more sends `{ idempotency_key, events }`. */
  batchSize: number;
}

export interface IngestLoadResult {
  requests: number;
  events: number;
  failures: number;
  seconds: number;
  latenciesMs: number[];
  /** Events accepted per token (per clinic), to check against what was stored. */
  eventsByToken: number[];
}

export type IngestLoadMessage = { ready: true } | { result: IngestLoadResult } | { error: string };

function bodyFor(batchSize: number, index: number): string {
  const event = index % 2 === 0 ? 'api_call' : 'report_generated';
  if (batchSize === 1) return JSON.stringify({ event });
  return JSON.stringify({
    idempotency_key: randomUUID(),
    events: Array.from({ length: batchSize }, () => ({ event })),
  });
}

async function run(options: IngestLoadOptions): Promise<IngestLoadResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latenciesMs: number[] = [];
  const eventsByToken = options.tokens.map(() => 0);
  let requests = 0;
  let failures = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;

  const send = (token: string, body: string) =>
    new Promise<number>((resolve, reject) => {
      const request = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: `Bearer ${token}`,
          },
        },
        (response) => {
          response.resume();
          response.once('end', () => resolve(response.statusCode ?? 0));
        },
      );
      request.once('error', reject);
      request.end(body);
    });

  await Promise.all(
    Array.from({ length: options.connections }, async (_, connection) => {
      const tokenIndex = connection % options.tokens.length;
      const token = options.tokens[tokenIndex]!;
      for (let index = 0; performance.now() < deadline; index += 1) {
        const body = bodyFor(options.batchSize, index);
        const sentAt = performance.now();
        const status = await send(token, body).catch(() => 0);
        latenciesMs.push(performance.now() - sentAt);
        requests += 1;
        if (status === 202) eventsByToken[tokenIndex]! += options.batchSize;
        else failures += 1;
      }
    }),
  );
  agent.destroy();
  return {
    requests,
    events: eventsByToken.reduce((sum, n) => sum + n, 0),
    failures,
    seconds: (performance.now() - started) / 1000,
    latenciesMs,
    eventsByToken,
  };
}

const reply = (message: IngestLoadMessage, then?: () => void) =>
  process.send?.(message, undefined, {}, then);

process.once('message', (options: IngestLoadOptions) => {
  run(options).then(
    (result) => reply({ result }, () => process.exit(0)),
    (error: unknown) =>
      reply({ error: error instanceof Error ? error.message : String(error) }, () =>
        process.exit(1),
      ),
  );
});
reply({ ready: true });

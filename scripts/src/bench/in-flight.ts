import type { MongoClient } from 'mongodb';

export interface InFlight {
  count(): number;
  dispose(): void;
}

/**
 * Counts the database commands a client has started and not yet finished. autocannon drops its
 * connections when a run ends, but the server still works through the requests it had accepted;
 * this says when that work is over, so it does not slow the next phase down.
 */
export function trackCommandsInFlight(client: MongoClient): InFlight {
  let started = 0;
  let finished = 0;
  const onStarted = () => void started++;
  const onFinished = () => void finished++;
  client.on('commandStarted', onStarted);
  client.on('commandSucceeded', onFinished);
  client.on('commandFailed', onFinished);
  return {
    count: () => started - finished,
    dispose: () => {
      client.off('commandStarted', onStarted);
      client.off('commandSucceeded', onFinished);
      client.off('commandFailed', onFinished);
    },
  };
}

const POLL_MS = 20;
// A request is between database commands for well under this long (auth, then the queries).
const QUIET_MS = 200;

/** Resolves once nothing has been in flight for a short while; fails after `timeoutMs`. */
export async function waitUntilIdle(
  inFlight: () => number,
  what: string,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quietSince = Date.now();
  for (;;) {
    const now = Date.now();
    if (inFlight() > 0) quietSince = now;
    else if (now - quietSince >= QUIET_MS) return;
    if (now > deadline)
      throw new Error(`${what} still had work in flight after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

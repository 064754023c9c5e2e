import autocannon from 'autocannon';

/**
 * One autocannon run in its own process, forked by load.ts. In the servers' process it would
 * share their event loop (same thread) or their CPU accounting (worker thread), and the bench
 * measures the servers' CPU time per request. Says "ready" first, so the parent can start its
 * measurement after the fork's own cost.
 */

export type LoadGeneratorMessage =
  | { ready: true }
  | { result: autocannon.Result }
  | { error: string };

const send = (message: LoadGeneratorMessage, then?: () => void) =>
  process.send?.(message, undefined, {}, then);

process.once('message', (options: autocannon.Options) => {
  autocannon(options).then(
    (result) => send({ result }, () => process.exit(0)),
    (error: unknown) =>
      send({ error: error instanceof Error ? error.message : String(error) }, () =>
        process.exit(1),
      ),
  );
});
send({ ready: true });

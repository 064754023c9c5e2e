import net from 'node:net';

const POLL_MS = 100;

/**
 * Resolves when a Redis at 127.0.0.1:port answers PING. Rejects on timeout, or as soon as
 * `serverExited` settles (no point waiting for a server that is gone).
 */
export async function waitForRedisPing(
  port: number,
  timeoutMs: number,
  serverExited: Promise<unknown>,
): Promise<void> {
  let exited = false;
  void serverExited.then(() => (exited = true));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await pingOnce(port)) return;
    if (exited) throw new Error('redis-server exited before it answered PING');
    if (Date.now() > deadline) {
      throw new Error(`redis-server did not answer PING within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

// A raw RESP exchange: no client library, no reconnect logic to tame while the server boots.
function pingOnce(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let reply = '';
    const finish = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => finish(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString('latin1');
      if (reply.includes('\r\n')) finish(reply.startsWith('+PONG'));
    });
    socket.once('error', () => finish(false));
    socket.once('close', () => finish(false));
  });
}

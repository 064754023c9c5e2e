import { type ManagedChild } from './child-processes.js';
import { findFreePort } from './free-port.js';

const ATTEMPTS = 5;

export interface PortBoundServer {
  /** Spawns the server, told to listen on 127.0.0.1:port. */
  spawnAt(port: number): ManagedChild;
  /** Resolves once the server answers; rejects if it exits or takes too long. */
  waitUntilReady(child: ManagedChild, port: number): Promise<void>;
}

/**
 * Picks a free port and starts a server on it. The port can be taken between our check and the
 * server's bind; then the server exits saying so and we try again with a new port.
 */
export async function startOnFreePort(
  what: string,
  server: PortBoundServer,
): Promise<{ child: ManagedChild; port: number }> {
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort();
    const child = server.spawnAt(port);
    try {
      await server.waitUntilReady(child, port);
      return { child, port };
    } catch (error) {
      await child.stop();
      const output = child.recentOutput();
      if (attempt < ATTEMPTS && /address already in use/i.test(output)) continue;
      const detail = output ? `\n--- its last output ---\n${output}` : '';
      throw new Error(`${what} did not start: ${errorMessage(error)}${detail}`, { cause: error });
    }
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

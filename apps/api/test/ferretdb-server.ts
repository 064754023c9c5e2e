import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnManaged, type ManagedChild } from '../../../scripts/src/embedded/child-processes.js';
import { ensureFerretDbBinary } from '../../../scripts/src/embedded/ferretdb-binary.js';

/**
 * A FerretDB of the test's own (not the run's shared one), which it can stop and start again
 * on the same port with its data: a real database outage, then a real recovery.
 */
export class OwnFerretDb {
  private child: ManagedChild | null = null;

  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly binary: string,
  ) {}

  static async create(): Promise<OwnFerretDb> {
    const binary = await ensureFerretDbBinary();
    const dir = await mkdtemp(path.join(tmpdir(), 'vetcares-ferretdb-own-'));
    const server = new OwnFerretDb(await freePort(), dir, binary);
    await server.start();
    return server;
  }

  get url(): string {
    return `mongodb://127.0.0.1:${this.port}/`;
  }

  /** Resolves once it accepts connections (it prints READY then). */
  async start(): Promise<void> {
    const child = spawnManaged({
      name: 'ferretdb-own',
      command: this.binary,
      args: [`-listen=127.0.0.1:${this.port}`, `-dir=${this.dir}`, '-log-level=error'],
      env: { ...process.env, GOGC: '400' },
    });
    this.child = child;
    await child.waitForLine('READY ', 60_000);
  }

  /**
   * The database goes away at once, as in a crash (a graceful stop would keep serving the open
   * connections for a while); resolves once the process has exited.
   */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child) return;
    process.kill(child.pid, 'SIGKILL');
    await child.exited;
  }

  async destroy(): Promise<void> {
    await this.stop();
    await rm(this.dir, { recursive: true, force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

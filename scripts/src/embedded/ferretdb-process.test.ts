import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FERRETDB_GOGC } from '../env.js';
import { startFerretDb } from './ferretdb-process.js';

/** An environment variable of a running process, as the kernel handed it over (Linux /proc). */
async function environmentOf(pid: number, name: string): Promise<string | undefined> {
  const entries = (await readFile(`/proc/${pid}/environ`, 'utf8')).split('\0');
  return entries.find((entry) => entry.startsWith(`${name}=`))?.slice(name.length + 1);
}

describe('the embedded FerretDB process', () => {
  it.each([
    ['no GOGC set', undefined, FERRETDB_GOGC],
    ['GOGC=150 set', '150', '150'],
  ])("runs with our GOGC, or the environment's (%s)", async (_case, given, expected) => {
    const { GOGC: _ignored, ...env } = process.env;
    const server = await startFerretDb({
      dataDir: undefined,
      log: () => {},
      env: given === undefined ? env : { ...env, GOGC: given },
    });
    try {
      expect(await environmentOf(server.pid, 'GOGC')).toBe(expected);
    } finally {
      await server.stop();
    }
  });
});

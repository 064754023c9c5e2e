import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './paths.js';

const run = promisify(execFile);

/** The madge arguments `pnpm lint:cycles` runs with, read from the root package.json. */
async function lintCyclesArgs(): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  expect(manifest.scripts.lint).toContain('pnpm lint:cycles');
  const [tool, ...args] = (manifest.scripts['lint:cycles'] ?? '').split(/\s+/);
  expect(tool).toBe('madge');
  return args;
}

const madge = (args: string[]) =>
  run(path.join(repoRoot, 'node_modules/.bin/madge'), args, { cwd: repoRoot }).then(
    () => 0,
    (error: { code?: number }) => error.code ?? 1,
  );

describe('pnpm lint: import cycles', () => {
  let fixture: string;

  beforeAll(async () => {
    fixture = await mkdtemp(path.join(tmpdir(), 'vetcares-cycle-'));
  });
  afterAll(() => rm(fixture, { recursive: true, force: true }));

  it('checks the source of every app and package', async () => {
    const args = await lintCyclesArgs();
    const workspaces = [
      ...(await readdir(path.join(repoRoot, 'apps'))).map((name) => `apps/${name}/src`),
      ...(await readdir(path.join(repoRoot, 'packages'))).map((name) => `packages/${name}/src`),
      'scripts/src',
    ];
    for (const source of workspaces) expect(args).toContain(source);
  });

  it('fails on a cycle, even one made only of type imports', async () => {
    // The options without the folders: the fixture takes their place.
    const args = (await lintCyclesArgs()).filter((arg) => !arg.includes('/'));
    await writeFile(
      path.join(fixture, 'a.ts'),
      "import type { B } from './b.js';\nexport interface A { b: B }\n",
    );
    await writeFile(path.join(fixture, 'b.ts'), 'export interface B { name: string }\n');
    expect(await madge([...args, fixture])).toBe(0);

    await writeFile(
      path.join(fixture, 'b.ts'),
      "import type { A } from './a.js';\nexport interface B { a: A }\n",
    );
    expect(await madge([...args, fixture])).not.toBe(0);
  });
});

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { buildApiSchema, printSortedSchema } from '@vetcares/api';
import codegenConfig from '../../codegen.ts';
import { repoRoot } from './paths.js';

/**
 * Fails when a committed generated file differs from what the code generates now: the printed
 * SDL (from the API's resolvers) and the console's typed documents (from that SDL). Nothing is
 * written; the fix is `pnpm schema:print && pnpm codegen`, then commit.
 */
const stale: string[] = [];

const schemaFile = path.join(repoRoot, 'apps/api/schema.graphql');
const printed = printSortedSchema(await buildApiSchema());
if ((await readFileOrEmpty(schemaFile)) !== printed) stale.push('apps/api/schema.graphql');

// Codegen reads the SDL from disk; with a stale SDL its output would be checked against the wrong input.
if (stale.length === 0) {
  const outputs = await generate({ ...codegenConfig, cwd: repoRoot, silent: true }, false);
  for (const output of outputs) {
    const file = path.resolve(repoRoot, output.filename);
    if ((await readFileOrEmpty(file)) !== output.content) stale.push(path.relative(repoRoot, file));
  }
}

if (stale.length > 0) {
  console.error(`Generated files are out of date:\n  ${stale.join('\n  ')}`);
  console.error('Run `pnpm schema:print && pnpm codegen` and commit the result.');
  process.exit(1);
}
console.log('schema.graphql and all GraphQL Code Generator outputs are up to date.');

async function readFileOrEmpty(file: string): Promise<string> {
  return readFile(file, 'utf8').catch(() => '');
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_LIMITS, graphqlLimits } from '@vetcares/api/graphql/limits';
import {
  buildSchema,
  Kind,
  parse,
  print,
  specifiedRules,
  validate,
  type DocumentNode,
} from 'graphql';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const ROUNDS = Number(process.env.BENCH_LIMITS_ROUNDS ?? 200);

/** The console's and the SDK's operations, as the API receives them. */
async function realDocuments(): Promise<string[]> {
  const files = ['apps/admin/src/gql/graphql.ts', 'packages/tenant-client/src/gql/graphql.ts'];
  const sources: string[] = [];
  for (const file of files) {
    const generated = (await import(pathToFileURL(path.join(root, file)).href)) as Record<
      string,
      unknown
    >;
    for (const value of Object.values(generated)) {
      const node = value as DocumentNode | string;
      const document = typeof node === 'string' ? parse(node) : node;
      if (
        document?.kind === Kind.DOCUMENT &&
        document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION)
      ) {
        sources.push(print(document));
      }
    }
  }
  return sources.filter(Boolean);
}

/** Microseconds per document to parse and validate, timed over ROUNDS passes of all of them. */
function time(documents: string[], run: (source: string) => unknown): number {
  for (const source of documents) run(source); // warm-up
  const started = process.hrtime.bigint();
  for (let round = 0; round < ROUNDS; round += 1) for (const source of documents) run(source);
  const elapsed = Number(process.hrtime.bigint() - started) / 1e3;
  return elapsed / (ROUNDS * documents.length);
}

/**
 * What the GraphQL limits cost per request: parse and validate every console and SDK operation
 * with graphql-js's rules alone, then with the limits (depth, aliases, directives, cost, tokens).
 */
export async function runGraphqlLimitsBench(): Promise<void> {
  const schema = buildSchema(readFileSync(path.join(root, 'apps/api/schema.graphql'), 'utf8'));
  const documents = await realDocuments();
  const limits = graphqlLimits(DEFAULT_LIMITS);
  // Alternating turns, best of three each, so a busy machine slows both alike.
  const plainTimes: number[] = [];
  const limitedTimes: number[] = [];
  for (let turn = 0; turn < 3; turn += 1) {
    plainTimes.push(time(documents, (source) => validate(schema, parse(source), specifiedRules)));
    limitedTimes.push(time(documents, (source) => limits.validate(schema, limits.parse(source))));
  }
  const plain = Math.min(...plainTimes);
  const limited = Math.min(...limitedTimes);
  console.log(
    `\n[bench] GraphQL limits over ${documents.length} real operations, ${ROUNDS} rounds, best of 3 turns`,
  );
  console.log(`  parse + validate, graphql-js rules only : ${plain.toFixed(1)} µs per operation`);
  console.log(`  parse + validate, with the limits       : ${limited.toFixed(1)} µs per operation`);
  console.log(`  overhead of the limits                  : ${(limited - plain).toFixed(1)} µs`);
}

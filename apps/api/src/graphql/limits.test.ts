import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  buildSchema,
  getIntrospectionQuery,
  GraphQLError,
  Kind,
  parse,
  type DocumentNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, graphqlLimits, type OperationLimits } from './limits.js';

const schema = buildSchema(`
  type Node { id: ID!, child: Node, children(limit: Int = 10): [Node!]! }
  type Page { items: [Node!]!, limit: Int!, totalCount: Int! }
  type Query { node: Node, nodes(limit: Int! = 20): Page!, all: [Node!]! }
`);
const limitsOf = (overrides: Partial<OperationLimits>) =>
  graphqlLimits({ ...DEFAULT_LIMITS, listMaxLimit: 100, ...overrides });
const problems = (query: string, overrides: Partial<OperationLimits> = {}) => {
  const limits = limitsOf(overrides);
  return limits.validate(schema, limits.parse(query)).map((error) => error.message);
};

describe('operation limits', () => {
  it('allows operations within the limits', () => {
    expect(problems('{ node { child { child { id } } } }', { maxDepth: 4 })).toEqual([]);
    expect(problems('{ a: node { id } b: node { id } }', { maxAliases: 2 })).toEqual([]);
  });

  it('refuses depth past the limit, through fragments too', () => {
    expect(problems('{ node { child { child { child { id } } } } }', { maxDepth: 4 })).toEqual([
      'The operation is 5 levels deep; the limit is 4',
    ]);
    const viaFragments = `{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { child { id } } }`;
    expect(problems(viaFragments, { maxDepth: 4 })).toHaveLength(1);
  });

  it('does not loop on cyclic fragments', () => {
    const cyclic = '{ node { ...A } } fragment A on Node { child { ...A } }';
    // graphql-js reports the cycle itself; our rules must simply terminate.
    expect(problems(cyclic)).toEqual([expect.stringMatching(/Cannot spread fragment "A"/)]);
  });

  it('counts aliases, __typename included, and ignores introspection depth', () => {
    expect(problems('{ a: node { id } b: node { id } c: node { id } }', { maxAliases: 2 })).toEqual(
      ['The operation uses 3 aliases; the limit is 2'],
    );
    expect(problems('{ a: __typename b: __typename c: __typename }', { maxAliases: 2 })).toEqual([
      'The operation uses 3 aliases; the limit is 2',
    ]);
    expect(
      problems('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }', {
        maxDepth: 3,
      }),
    ).toEqual([]);
  });

  it('refuses too many directives', () => {
    const many =
      '{ node @include(if: true) { id @skip(if: false) child @include(if: true) { id @skip(if: false) } } }';
    expect(problems(many, { maxDirectives: 3 })).toEqual([
      'The operation uses 4 directives; the limit is 3',
    ]);
  });

  it('refuses documents past the token or size limit before building them', () => {
    const limits = limitsOf({ maxTokens: 100, maxDocumentLength: 2000 });
    const tokens = `{ ${Array.from({ length: 60 }, (_, i) => `f${i}: __typename`).join(' ')} }`;
    expect(() => limits.parse(tokens)).toThrow(/more than 100 tokens/);
    expect(() => limits.parse(`{ node { id } } #${' '.repeat(3000)}`)).toThrow(
      /3\d{3} characters; the limit is 2000/,
    );
  });

  it('costs list fields by their page size', () => {
    // 1 (nodes) + 20 (default limit) x (1 items + 1 x (1 id)) ... = 1 + 20 * (1 + 1) = 41
    expect(problems('{ nodes { items { id } } }', { maxCost: 41 })).toEqual([]);
    expect(problems('{ nodes { items { id } } }', { maxCost: 40 })).toEqual([
      expect.stringMatching(/estimated cost is 41; the limit is 40/),
    ]);
    // A variable without a default counts as the largest page (100).
    expect(
      problems('query($l: Int!) { nodes(limit: $l) { items { id } } }', { maxCost: 200 }),
    ).toEqual([expect.stringMatching(/cost is 201/)]);
    expect(problems('query($l: Int! = 5) { nodes(limit: $l) { items { id } } }')).toEqual([]);
    // Nested lists multiply: 1 + 10 x (1 + 10 x 1) = 111 for unsized lists.
    expect(problems('{ all { children { id } } }', { maxCost: 110 })).toEqual([
      expect.stringMatching(/cost is 111/),
    ]);
  });

  it('never suggests field names', () => {
    const limits = limitsOf({});
    const [error] = limits.validate(schema, parse('{ nod { id } }'));
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error!.message).toBe('Cannot query field "nod" on type "Query".');
  });
});

/** The console's and the SDK's real operations, and GraphiQL's introspection, must fit the defaults. */
describe('the default limits against real documents', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
  const apiSchema = buildSchema(readFileSync(path.join(root, 'apps/api/schema.graphql'), 'utf8'));
  const limits = graphqlLimits({ ...DEFAULT_LIMITS, listMaxLimit: 100 });

  const documentsIn = async (file: string): Promise<[string, DocumentNode][]> => {
    const generated = (await import(pathToFileURL(path.join(root, file)).href)) as Record<
      string,
      unknown
    >;
    return Object.entries(generated).flatMap(([name, value]) => {
      if (typeof value === 'string' && name.endsWith('Document'))
        return [[name, limits.parse(value)] as [string, DocumentNode]];
      const node = value as { kind?: unknown } | null;
      return node && typeof node === 'object' && node.kind === Kind.DOCUMENT
        ? [[name, value as DocumentNode] as [string, DocumentNode]]
        : [];
    });
  };

  it('lets every console and SDK operation through', async () => {
    const documents = [
      ...(await documentsIn('apps/admin/src/gql/graphql.ts')),
      ...(await documentsIn('packages/tenant-client/src/gql/graphql.ts')),
    ];
    expect(documents.length).toBeGreaterThan(20);
    const operations = documents.filter(([, document]) =>
      document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION),
    );
    for (const [name, document] of operations) {
      const errors = limits.validate(apiSchema, document).map((error) => error.message);
      expect({ name, errors }).toEqual({ name, errors: [] });
    }
  });

  it("lets GraphiQL's introspection query through", () => {
    const document = limits.parse(getIntrospectionQuery({ descriptions: true }));
    expect(limits.validate(apiSchema, document)).toEqual([]);
  });
});

import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationLimitsRule } from './limits.js';

const schema = buildSchema(`
  type Node { id: ID!, child: Node }
  type Query { node: Node }
`);
const rule = operationLimitsRule({ maxDepth: 4, maxAliases: 2 });
const problems = (query: string) =>
  validate(schema, parse(query), [rule]).map((error) => error.message);

describe('operation limits', () => {
  it('allows operations within the limits', () => {
    expect(problems('{ node { child { child { id } } } }')).toEqual([]);
    expect(problems('{ a: node { id } b: node { id } }')).toEqual([]);
  });

  it('refuses depth past the limit, through fragments too', () => {
    expect(problems('{ node { child { child { child { id } } } } }')).toEqual([
      'The operation is 5 levels deep; the limit is 4',
    ]);
    const viaFragments = `{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { child { id } } }`;
    expect(problems(viaFragments)).toHaveLength(1);
  });

  it('does not loop on cyclic fragments', () => {
    const cyclic = '{ node { ...A } } fragment A on Node { child { ...A } }';
    // graphql-js reports the cycle itself; our rule must simply terminate.
    expect(() => validate(schema, parse(cyclic), [rule])).not.toThrow();
  });

  it('refuses too many aliases and ignores introspection depth', () => {
    expect(problems('{ a: node { id } b: node { id } c: node { id } }')).toEqual([
      'The operation uses 3 aliases; the limit is 2',
    ]);
    expect(
      problems('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }'),
    ).toEqual([]);
  });
});

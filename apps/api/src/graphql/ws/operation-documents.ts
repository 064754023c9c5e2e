import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  getOperationAST,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';

export type PreparedOperation =
  | { ok: true; document: DocumentNode; operation: OperationDefinitionNode }
  | { ok: false; errors: readonly GraphQLError[] };

/** Documents longer than this are parsed each time rather than kept. */
const CACHEABLE_LENGTH = 16 * 1024;
const CACHE_ENTRIES = 500;

/**
 * Parses and validates websocket operations by the same rules as HTTP: graphql's own, the shared
 * limit rules, and no introspection where it is switched off. A thousand dashboards send the
 * same few documents, so each is parsed and validated once and kept (a bounded cache).
 */
export class OperationDocuments {
  private readonly rules: readonly ValidationRule[];
  private readonly cache = new Map<string, PreparedOperation>();

  constructor(
    private readonly schema: GraphQLSchema,
    validationRules: readonly ValidationRule[],
    introspection: boolean,
    private readonly parse: (source: string) => DocumentNode,
  ) {
    this.rules = [
      ...specifiedRules,
      ...validationRules,
      ...(introspection ? [] : [NoSchemaIntrospectionCustomRule]),
    ];
  }

  prepare(query: string, operationName: string | null | undefined): PreparedOperation {
    const key = `${operationName ?? ''}\n${query}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const prepared = this.parseAndValidate(query, operationName);
    if (query.length <= CACHEABLE_LENGTH) {
      if (this.cache.size >= CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, prepared);
    }
    return prepared;
  }

  private parseAndValidate(query: string, operationName: string | null | undefined) {
    let document: DocumentNode;
    try {
      document = this.parse(query);
    } catch (error) {
      const syntax = error instanceof GraphQLError ? error : new GraphQLError(String(error));
      return {
        ok: false as const,
        errors: [
          new GraphQLError(syntax.message, {
            nodes: syntax.nodes,
            source: syntax.source,
            positions: syntax.positions,
            // A limit's refusal keeps its `limit` extension, as over HTTP.
            extensions: { code: 'GRAPHQL_PARSE_FAILED', ...syntax.extensions },
          }),
        ],
      };
    }
    // No "did you mean" suggestions: they would reveal the schema, as over HTTP.
    const errors = validate(this.schema, document, this.rules, { hideSuggestions: true });
    if (errors.length > 0) {
      return {
        ok: false as const,
        errors: errors.map(
          (error) =>
            new GraphQLError(error.message, {
              nodes: error.nodes,
              source: error.source,
              positions: error.positions,
              extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
            }),
        ),
      };
    }
    const operation = getOperationAST(document, operationName);
    if (!operation) {
      return {
        ok: false as const,
        errors: [
          new GraphQLError(
            operationName
              ? `Unknown operation named "${operationName}"`
              : 'Name the operation to run: the document holds several',
            { extensions: { code: 'BAD_USER_INPUT' } },
          ),
        ],
      };
    }
    return { ok: true as const, document, operation };
  }
}

import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  parse as parseDocument,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type Source,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { GraphQLContext } from './context.js';
import { costLimitRule } from './cost-limit.js';

/** How much one GraphQL document may ask for; the same on HTTP and websockets. */
export interface OperationLimits {
  /** Levels of nested selections (fragments flattened; `__schema` not counted). */
  maxDepth: number;
  /** Aliased fields, `__typename` included. */
  maxAliases: number;
  /** Directives anywhere in the operation. */
  maxDirectives: number;
  /** Lexical tokens in the document, counted while parsing, so a huge document is never built. */
  maxTokens: number;
  /** Characters in the document, checked before parsing (websocket messages; HTTP bodies have their own cap). */
  maxDocumentLength: number;
  /** Estimated cost: every field 1, list fields times their page size (cost-limit.ts). */
  maxCost: number;
  /** The most items a list page may hold (LIST_MAX_LIMIT): a page's worst case. */
  listMaxLimit: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 10,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 3000,
  maxDocumentLength: 100_000,
  maxCost: 10_000,
  listMaxLimit: 100,
};

/** What a list field without a size argument counts as (cost-limit.ts). */
export const UNSIZED_LIST_SIZE = 10;

type LimitName = 'depth' | 'aliases' | 'directives' | 'tokens' | 'size' | 'cost';

/** Every refusal carries the same shape: a clear message and which limit it met. */
export const limitError = (limit: LimitName, message: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit } });

/** graphql-armor's rules report through us, so their errors carry our code and never throw mid-walk. */
const reportTo =
  (limit: LimitName, describe: (found: string) => string) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    const found = /found (\d+)/.exec(error.message)?.[1] ?? '?';
    context?.reportError(limitError(limit, describe(found)));
  };

/**
 * The one list of validation rules every transport runs after graphql-js's own: depth, aliases
 * and directives (graphql-armor) and cost (ours: armor's cost rule has no notion of page sizes).
 */
export function limitRules(limits: OperationLimits): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [
        reportTo(
          'depth',
          (found) => `The operation is ${found} levels deep; the limit is ${limits.maxDepth}`,
        ),
      ],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      // `__typename` aliases cost nothing to resolve but still multiply the response.
      allowList: [],
      propagateOnRejection: false,
      onReject: [
        reportTo(
          'aliases',
          (found) => `The operation uses ${found} aliases; the limit is ${limits.maxAliases}`,
        ),
      ],
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [
        reportTo(
          'directives',
          (found) => `The operation uses ${found} directives; the limit is ${limits.maxDirectives}`,
        ),
      ],
    }),
    costLimitRule(
      {
        maxCost: limits.maxCost,
        listSize: limits.listMaxLimit,
        unsizedListSize: UNSIZED_LIST_SIZE,
      },
      limitError,
    ),
  ];
}

/** Parse options for Apollo (`parseOptions`): graphql-js stops lexing past the token limit. */
export const parseOptionsOf = (limits: OperationLimits): ParseOptions => ({
  maxTokens: limits.maxTokens,
});

/**
 * How a transport parses, validates and words errors under the limits: Apollo is given
 * `validationRules`, `parseOptions` and `hideSchemaDetailsFromClientErrors`; the websocket server
 * is given `validationRules` and `parse`. Errors never suggest field names ("Did you mean ...?") on either.
 */
export function graphqlLimits(limits: OperationLimits = DEFAULT_LIMITS) {
  const validationRules = limitRules(limits);
  const parseOptions = parseOptionsOf(limits);
  const tooLong = (length: number) =>
    limitError(
      'size',
      `The document is ${length} characters; the limit is ${limits.maxDocumentLength}`,
    );
  const parse = (source: string | Source): DocumentNode => {
    const length = typeof source === 'string' ? source.length : source.body.length;
    if (length > limits.maxDocumentLength) throw tooLong(length);
    try {
      return parseDocument(source, parseOptions);
    } catch (error) {
      if (error instanceof GraphQLError && /tokens\. Parsing aborted/.test(error.message)) {
        throw limitError(
          'tokens',
          `The document has more than ${limits.maxTokens} tokens, the limit`,
        );
      }
      throw error;
    }
  };
  return {
    validationRules,
    parseOptions,
    /**
     * Apollo parses with `parseOptions` only and lets a plugin refuse no earlier than here, after
     * validation: this refuses an oversized document before it runs (a comment or a long string
     * is one token, so the token limit alone does not bound its size; the body limit does).
     */
    plugin: {
      async requestDidStart({ request }) {
        const length = request.query?.length ?? 0;
        if (length <= limits.maxDocumentLength) return;
        return {
          async didResolveOperation() {
            const error = tooLong(length);
            error.extensions.http = { status: 400 };
            throw error;
          },
        };
      },
    } satisfies ApolloServerPlugin<GraphQLContext>,
    /** Refuses an oversized document before lexing it, then parses with the token limit. */
    parse,
    /** graphql-js's rules plus the limits, with no "did you mean" suggestions. */
    validate(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
      return validate(schema, document, [...specifiedRules, ...validationRules], {
        hideSuggestions: true,
      });
    },
  };
}

export type GraphQLLimits = ReturnType<typeof graphqlLimits>;

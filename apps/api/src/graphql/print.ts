import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

const HEADER = '# Generated from the code by `pnpm schema:print`. Do not edit by hand.\n\n';

/** Sorted, so the committed file changes only when the schema does, not when code moves. */
export const printSortedSchema = (schema: GraphQLSchema): string =>
  HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';

import type { GraphQLSchema } from 'graphql';
import { resolversOf } from './core/compose.js';
import { buildAppSchema } from './graphql/schema.js';
import { MODULES } from './modules/index.js';

/** The whole API's schema: every module's resolvers. */
export const buildApiSchema = (): Promise<GraphQLSchema> => buildAppSchema(resolversOf(MODULES));

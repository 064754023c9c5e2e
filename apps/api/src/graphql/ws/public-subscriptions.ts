import type { GraphQLSchema } from 'graphql';

/**
 * The subscription fields anyone may run without a credential: those marked
 * `@Extensions({ public: true })`. Where there are none, anonymous sockets are turned away.
 */
export function publicSubscriptions(schema: GraphQLSchema): string[] {
  const fields = schema.getSubscriptionType()?.getFields() ?? {};
  return Object.values(fields)
    .filter((field) => field.extensions?.public === true)
    .map((field) => field.name);
}

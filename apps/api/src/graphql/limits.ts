import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
}

/**
 * Refuses deeply nested or alias-heavy operations before they run, so one request cannot make
 * the server do unbounded work. Fragments are followed (once each, so cycles cannot loop);
 * introspection fields are not counted.
 */
export function operationLimitsRule(limits: OperationLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of context.getDocument().definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION)
          fragments.set(definition.name.value, definition);
      }
      let aliases = 0;
      const measure = (
        selectionSet: SelectionSetNode,
        depth: number,
        seen: Set<string>,
      ): number => {
        let deepest = depth;
        for (const selection of selectionSet.selections) {
          if (selection.kind === Kind.FIELD) {
            // Introspection is governed by its own switch; GraphiQL's query is 15 levels deep.
            if (selection.name.value.startsWith('__')) continue;
            if (selection.alias) aliases += 1;
            if (selection.selectionSet)
              deepest = Math.max(deepest, measure(selection.selectionSet, depth + 1, seen));
          } else if (selection.kind === Kind.INLINE_FRAGMENT) {
            deepest = Math.max(deepest, measure(selection.selectionSet, depth, seen));
          } else {
            const fragment = fragments.get(selection.name.value);
            if (fragment && !seen.has(fragment.name.value)) {
              deepest = Math.max(
                deepest,
                measure(fragment.selectionSet, depth, new Set(seen).add(fragment.name.value)),
              );
            }
          }
        }
        return deepest;
      };
      const depth = measure(operation.selectionSet, 1, new Set());
      if (depth > limits.maxDepth) {
        context.reportError(
          new GraphQLError(
            `The operation is ${depth} levels deep; the limit is ${limits.maxDepth}`,
            {
              nodes: [operation],
              extensions: { code: 'BAD_USER_INPUT', limit: 'depth' },
            },
          ),
        );
      }
      if (aliases > limits.maxAliases) {
        context.reportError(
          new GraphQLError(
            `The operation uses ${aliases} aliases; the limit is ${limits.maxAliases}`,
            {
              nodes: [operation],
              extensions: { code: 'BAD_USER_INPUT', limit: 'aliases' },
            },
          ),
        );
      }
    },
  });
}

import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type FieldNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface CostSettings {
  maxCost: number;
  /** A page's worst case (LIST_MAX_LIMIT): a size argument left to a variable without a default. */
  listSize: number;
  /** The size counted for a list field with no size argument (a tenant's plans, an incident's responses). */
  unsizedListSize: number;
}

/** Arguments that say how many items a list field returns. */
const SIZE_ARGUMENTS = new Set(['limit', 'first']);

/**
 * An upper bound of the work an operation asks for, computed from the document alone (so it runs
 * as a validation rule on every transport, before any variable is read): each field costs 1, and
 * a field that returns many items multiplies the cost of what is selected inside it by how many:
 * its `limit`/`first` argument (a literal, a variable's default, else the schema's default,
 * capped at the list limit; a variable with no default counts as the largest page), or the list
 * limit for a list with no size argument. A page's `items` list is sized by the page's own
 * argument, counted once. Introspection is governed by its own switch and counts 1.
 */
export function costLimitRule(
  settings: CostSettings,
  makeError: (limit: 'cost', message: string) => GraphQLError,
): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root = schema.getRootType(operation.operation);
      if (!root) return;
      const variableDefaults = new Map<string, number>();
      for (const definition of operation.variableDefinitions ?? []) {
        if (definition.defaultValue?.kind === Kind.INT) {
          variableDefaults.set(
            definition.variable.name.value,
            Number(definition.defaultValue.value),
          );
        }
      }

      const clamp = (size: number) => Math.min(Math.max(Math.trunc(size), 1), settings.listSize);

      const sizeOf = (
        field: GraphQLField<unknown, unknown>,
        node: FieldNode,
        parent: GraphQLNamedType,
      ): number => {
        const sizeArgument = field.args.find((argument) => SIZE_ARGUMENTS.has(argument.name));
        if (sizeArgument) {
          const given = node.arguments?.find(
            (argument) => argument.name.value === sizeArgument.name,
          );
          if (given?.value.kind === Kind.INT) return clamp(Number(given.value.value));
          if (given?.value.kind === Kind.VARIABLE) {
            return clamp(variableDefaults.get(given.value.name.value) ?? settings.listSize);
          }
          const fallback = sizeArgument.defaultValue;
          return clamp(typeof fallback === 'number' ? fallback : settings.listSize);
        }
        if (!isListType(getNullableType(field.type))) return 1;
        // A page ({ items, limit, ... }) was already multiplied by the field that returned it.
        const isPage =
          (isObjectType(parent) || isInterfaceType(parent)) && 'limit' in parent.getFields();
        return isPage && field.name === 'items' ? 1 : settings.unsizedListSize;
      };

      const costOf = (
        selectionSet: SelectionSetNode,
        parent: GraphQLNamedType,
        fragmentsSeen: ReadonlySet<string>,
      ): number => {
        let total = 0;
        for (const selection of selectionSet.selections) {
          if (selection.kind === Kind.FIELD) {
            const name = selection.name.value;
            if (name.startsWith('__')) {
              total += 1;
              continue;
            }
            if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
            const field = parent.getFields()[name];
            if (!field) continue; // reported by graphql-js's own rules
            const inner = selection.selectionSet
              ? costOf(selection.selectionSet, getNamedType(field.type), fragmentsSeen)
              : 0;
            total += 1 + sizeOf(field, selection, parent) * inner;
          } else if (selection.kind === Kind.INLINE_FRAGMENT) {
            const typed = selection.typeCondition
              ? schema.getType(selection.typeCondition.name.value)
              : parent;
            if (typed) total += costOf(selection.selectionSet, typed, fragmentsSeen);
          } else {
            const name = selection.name.value;
            // A cycle is graphql-js's own error; here it must only not loop.
            if (fragmentsSeen.has(name)) continue;
            const fragment = context.getFragment(name);
            const typed = fragment && schema.getType(fragment.typeCondition.name.value);
            if (fragment && typed) {
              total += costOf(fragment.selectionSet, typed, new Set(fragmentsSeen).add(name));
            }
          }
        }
        return total;
      };

      const cost = costOf(operation.selectionSet, root, new Set());
      if (cost > settings.maxCost) {
        context.reportError(
          makeError(
            'cost',
            `The operation's estimated cost is ${cost}; the limit is ${settings.maxCost} (list fields count once per item of their page)`,
          ),
        );
      }
    },
  });
}

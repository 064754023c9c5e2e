import { registerEnumType } from 'type-graphql';

/** Builds a GraphQL enum whose names and values are the same strings as our TypeScript unions. */
export function stringEnum<T extends string>(
  values: readonly T[],
  name: string,
  description?: string,
): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const SortOrderEnum = stringEnum(['asc', 'desc'] as const, 'SortOrder');

import { Field, ID, Int, ObjectType, type ClassType } from 'type-graphql';

/** The shape every clinic list answers with, as the spec's lists do: `{ items totalCount page limit }`. */
export function PageOf<T extends object>(itemType: ClassType<T>) {
  // Abstract and never referenced by itself, so only its concrete subclasses reach the schema.
  @ObjectType()
  abstract class Page {
    @Field(() => [itemType])
    items!: T[];

    @Field(() => Int)
    totalCount!: number;

    @Field(() => Int)
    page!: number;

    @Field(() => Int)
    limit!: number;
  }
  return Page;
}

@ObjectType({ description: 'What a delete answers with' })
export class DeletedRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean)
  deleted!: boolean;
}

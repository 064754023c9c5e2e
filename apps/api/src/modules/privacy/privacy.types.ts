import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A pet owner whose data can be exported or erased' })
export class DataSubject {
  @Field(() => ID)
  client_id!: string;

  @Field(() => ID)
  tenant_id!: string;

  @Field(() => String)
  first_name!: string;

  @Field(() => String)
  last_name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => Int)
  patients!: number;

  @Field(() => Int)
  appointments!: number;

  @Field(() => Int)
  payments!: number;
}

@ObjectType({ description: 'A single-use link to download an export (a zip of JSON-lines files)' })
export class DataExportLink {
  @Field(() => String, { description: 'GET it (no credentials needed) within five minutes, once' })
  url!: string;

  @Field(() => Date)
  expires_at!: Date;
}

@ObjectType({ description: 'What an erasure removed' })
export class ErasureResult {
  @Field(() => String)
  scope!: 'person' | 'tenant';

  @Field(() => ID)
  tenant_id!: string;

  @Field(() => GraphQLJSONObject, { description: 'Records removed (or anonymized) by collection' })
  erased!: Record<string, number>;
}

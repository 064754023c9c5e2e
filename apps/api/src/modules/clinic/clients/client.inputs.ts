import { ArgsType, Field, InputType } from 'type-graphql';
import type { ClientSortField } from '../clinic.constants.js';
import { ClinicListArgs } from '../shared/list.inputs.js';
import { ClientSortFieldEnum } from './client.types.js';

const optional = { nullable: true } as const;

@InputType()
export class CreateClientInput {
  @Field(() => String)
  first_name!: string;

  @Field(() => String)
  last_name!: string;

  @Field(() => String, optional)
  email?: string | null;

  @Field(() => String, optional)
  phone?: string | null;

  @Field(() => String, optional)
  address?: string | null;

  @Field(() => String, optional)
  notes?: string | null;
}

@InputType({ description: 'Only the fields given change. Null clears an optional field.' })
export class UpdateClientInput {
  @Field(() => String, optional)
  first_name?: string;

  @Field(() => String, optional)
  last_name?: string;

  @Field(() => String, optional)
  email?: string | null;

  @Field(() => String, optional)
  phone?: string | null;

  @Field(() => String, optional)
  address?: string | null;

  @Field(() => String, optional)
  notes?: string | null;
}

@ArgsType()
export class ClientListArgs extends ClinicListArgs {
  @Field(() => ClientSortFieldEnum, { defaultValue: 'last_name' })
  sortBy!: ClientSortField;

  @Field(() => String, {
    nullable: true,
    description: 'Exactly this e-mail, any case (found by a keyed hash: e-mails are encrypted)',
  })
  email?: string | null;
}

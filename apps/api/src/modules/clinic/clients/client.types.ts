import { Field, ID, ObjectType } from 'type-graphql';
import { stringEnum } from '../../../common/enums.js';
import { CLIENT_SORT_FIELDS } from '../clinic.constants.js';
import { PageOf } from '../shared/page.types.js';

export const ClientSortFieldEnum = stringEnum(CLIENT_SORT_FIELDS, 'ClientSortField');

@ObjectType({ description: "A pet owner: the clinic's customer" })
export class Client {
  @Field(() => ID)
  id!: string;

  /** Not in the schema: nested lookups use it to stay inside the record's own tenant. */
  tenant_id!: string;

  @Field(() => String)
  first_name!: string;

  @Field(() => String)
  last_name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => Date)
  created_date!: Date;

  @Field(() => Date)
  updated_date!: Date;
}

@ObjectType()
export class ClientPage extends PageOf(Client) {}

import { Field, ID, ObjectType } from 'type-graphql';
import { stringEnum } from '../../common/enums.js';
import { ADMIN_ROLES, type AdminRole } from '../../common/principal.js';

export const AdminRoleEnum = stringEnum(ADMIN_ROLES, 'AdminRole', 'What a platform admin may do');

@ObjectType({ description: 'A platform administrator' })
export class Admin {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AdminRoleEnum)
  role!: AdminRole;

  @Field(() => Date)
  created_date!: Date;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Send as "Authorization: Bearer <token>"' })
  token!: string;

  @Field(() => Date)
  expires_at!: Date;

  @Field(() => Admin)
  admin!: Admin;
}

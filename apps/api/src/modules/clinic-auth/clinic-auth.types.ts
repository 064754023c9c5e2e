import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { stringEnum } from '../../common/enums.js';
import { CLINIC_ROLES, type ClinicRole } from '../../common/principal.js';

export const ClinicRoleEnum = stringEnum(CLINIC_ROLES, 'ClinicRole', 'What a clinic user may do');

@ObjectType({ description: 'A person who signs in to one clinic' })
export class ClinicUser {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenant_id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ClinicRoleEnum)
  role!: ClinicRole;

  @Field(() => Boolean, { description: 'A disabled user cannot sign in; their sessions ended' })
  disabled!: boolean;

  @Field(() => Boolean, { description: 'Invited, and has not set a password yet' })
  invited!: boolean;

  @Field(() => Date, { nullable: true })
  last_login_at!: Date | null;

  @Field(() => Date)
  created_date!: Date;
}

@ObjectType()
export class ClinicAuthPayload {
  @Field(() => String, {
    description: 'The access token: send as "Authorization: Bearer <token>" to this clinic',
  })
  token!: string;

  @Field(() => Date)
  expires_at!: Date;

  @Field(() => String, { description: 'Trade for new tokens with refreshSession; usable once' })
  refresh_token!: string;

  @Field(() => Date)
  refresh_expires_at!: Date;

  @Field(() => ClinicUser)
  user!: ClinicUser;
}

@InputType()
export class ClinicSignInInput {
  @Field(() => String, { nullable: true, description: "The clinic's slug; or give hostname" })
  slug?: string;

  @Field(() => String, {
    nullable: true,
    description: "The clinic's hostname; defaults to the request's Host",
  })
  hostname?: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;
}

@InputType()
export class CreateClinicUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  password!: string;

  @Field(() => ClinicRoleEnum)
  role!: ClinicRole;
}

@ObjectType({ description: "A clinic's API key; the key itself is shown only once, at creation" })
export class ApiKey {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The visible part, to tell keys apart' })
  prefix!: string;

  @Field(() => Date)
  created_date!: Date;

  @Field(() => Date, { nullable: true })
  last_used_at!: Date | null;

  @Field(() => Date, { nullable: true })
  revoked_at!: Date | null;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => String, { description: 'Send as the X-API-Key header. Shown once: store it now.' })
  key!: string;

  @Field(() => ApiKey)
  api_key!: ApiKey;
}

@InputType()
export class InviteClinicUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ClinicRoleEnum)
  role!: ClinicRole;
}

import { Field, ID, InputType, ObjectType } from 'type-graphql';
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

  @Field(() => Boolean, { description: 'A disabled admin cannot sign in; their sessions ended' })
  disabled!: boolean;

  @Field(() => Boolean, { description: 'Invited, and has not set a password yet' })
  invited!: boolean;

  @Field(() => Boolean)
  two_factor_enabled!: boolean;

  @Field(() => Date, { nullable: true })
  last_login_at!: Date | null;

  @Field(() => Date)
  created_date!: Date;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, {
    description: 'The access token: send as "Authorization: Bearer <token>"; lasts minutes',
  })
  token!: string;

  @Field(() => Date)
  expires_at!: Date;

  @Field(() => String, {
    description: 'Trade for new tokens with refreshSession before it expires; usable once',
  })
  refresh_token!: string;

  @Field(() => Date)
  refresh_expires_at!: Date;

  @Field(() => Admin)
  admin!: Admin;

  @Field(() => Boolean, {
    description:
      'Two-factor is required of every admin and this one has not enrolled: enrol before anything else',
  })
  two_factor_enrolment_required!: boolean;
}

@ObjectType({ description: 'A two-factor secret being enrolled' })
export class TwoFactorEnrolment {
  @Field(() => String, { description: 'The base32 secret, for typing into an authenticator app' })
  secret!: string;

  @Field(() => String)
  otpauth_uri!: string;

  @Field(() => String, { description: 'The otpauth URI as a QR code (a PNG data URL)' })
  qr_code_data_url!: string;
}

@ObjectType({ description: 'Shown once: each code signs in once in place of a two-factor code' })
export class RecoveryCodes {
  @Field(() => [String])
  recovery_codes!: string[];
}

@ObjectType()
export class PlatformSecuritySettings {
  @Field(() => Boolean, { description: 'Every admin must sign in with two-factor' })
  require_admin_two_factor!: boolean;
}

@InputType()
export class InviteAdminInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AdminRoleEnum)
  role!: AdminRole;
}

@InputType()
export class UpdateAdminInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => AdminRoleEnum, { nullable: true })
  role?: AdminRole;
}

@InputType()
export class PlatformSecuritySettingsInput {
  @Field(() => Boolean)
  require_admin_two_factor!: boolean;
}

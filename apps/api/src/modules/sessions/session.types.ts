import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A new access token and the refresh token that replaces the one sent' })
export class SessionTokens {
  @Field(() => String, { description: 'Send as "Authorization: Bearer <token>"; lasts minutes' })
  token!: string;

  @Field(() => Date)
  expires_at!: Date;

  @Field(() => String, {
    description:
      'Trade for new tokens with refreshSession; usable once (a reused one ends the session)',
  })
  refresh_token!: string;

  @Field(() => Date)
  refresh_expires_at!: Date;
}

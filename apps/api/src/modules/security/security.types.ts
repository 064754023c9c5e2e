import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { stringEnum } from '../../common/enums.js';
import { PageOf } from '../clinic/shared/page.types.js';
import { SECURITY_EVENTS, type SecurityEvent } from './security-events.js';

export const SecurityEventEnum = stringEnum(
  SECURITY_EVENTS,
  'SecurityEvent',
  'What a security log entry records',
);

export const CHAIN_PROBLEM_KINDS = ['edited', 'deleted', 'reordered', 'inserted'] as const;
export const ChainProblemKindEnum = stringEnum(CHAIN_PROBLEM_KINDS, 'ChainProblemKind');

@ObjectType({ description: 'One entry of the tamper-evident security log' })
export class SecurityLogEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The tenant; null for platform events' })
  tenant_id!: string | null;

  @Field(() => Int, { description: 'Its position in its chain (the tenant’s, or the platform’s)' })
  seq!: number;

  @Field(() => SecurityEventEnum)
  event!: SecurityEvent;

  @Field(() => String, { description: 'admin:<id>, user:<id>, api_key:<id>, anonymous or system' })
  actor!: string;

  @Field(() => String, { nullable: true, description: "A readable name (an admin's e-mail)" })
  actor_label!: string | null;

  @Field(() => GraphQLJSONObject)
  details!: Record<string, unknown>;

  @Field(() => String, { nullable: true })
  ip_address!: string | null;

  @Field(() => String, { nullable: true })
  user_agent!: string | null;

  @Field(() => Date)
  timestamp!: Date;

  @Field(() => Int, { description: 'Occurrences it stands for: repeated refusals are counted' })
  count!: number;

  @Field(() => Date, { nullable: true })
  window_start!: Date | null;

  @Field(() => Date, { nullable: true })
  window_end!: Date | null;

  @Field(() => String)
  hash!: string;

  @Field(() => String)
  prev_hash!: string;
}

@ObjectType()
export class SecurityLogPage extends PageOf(SecurityLogEntry) {}

@ArgsType()
export class SecurityLogArgs {
  @Field(() => String, { nullable: true, description: 'A tenant id, or "platform"' })
  tenant_id?: string | null;

  @Field(() => SecurityEventEnum, { nullable: true })
  event?: SecurityEvent | null;

  @Field(() => String, {
    nullable: true,
    description: 'An actor id (admin:<id>, ...) or an admin e-mail',
  })
  actor?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;

  @Field(() => Int, { defaultValue: 1 })
  page!: number;

  @Field(() => Int, { defaultValue: 50 })
  limit!: number;
}

@ObjectType({ description: 'Where a chain was found broken' })
export class ChainProblem {
  @Field(() => ChainProblemKindEnum)
  kind!: (typeof CHAIN_PROBLEM_KINDS)[number];

  @Field(() => ID, { nullable: true })
  entry_id!: string | null;

  @Field(() => Int, { nullable: true })
  seq!: number | null;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: 'The result of walking one chain' })
export class ChainVerificationResult {
  @Field(() => String, { description: 'A tenant id, or "platform"' })
  chain!: string;

  @Field(() => ID, { nullable: true })
  tenant_id!: string | null;

  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => Int)
  entries!: number;

  @Field(() => ChainProblem, { nullable: true })
  problem!: ChainProblem | null;

  @Field(() => Date)
  verified_at!: Date;
}

@ObjectType()
export class LastChainVerification {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => Date)
  verified_at!: Date;

  @Field(() => Int)
  entries!: number;

  @Field(() => ChainProblem, { nullable: true })
  problem!: ChainProblem | null;
}

@ObjectType({ description: 'One chain of the security log and its last verification' })
export class SecurityChainStatus {
  @Field(() => String)
  chain!: string;

  @Field(() => ID, { nullable: true })
  tenant_id!: string | null;

  @Field(() => Int, { description: 'Entries ever appended' })
  length!: number;

  @Field(() => String)
  head_hash!: string;

  @Field(() => Date, { nullable: true })
  updated_at!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Entries up to here were pruned by retention' })
  pruned_through!: number | null;

  @Field(() => LastChainVerification, { nullable: true })
  last_verification!: LastChainVerification | null;
}

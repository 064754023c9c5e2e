import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { USAGE_EVENTS } from './usage.constants.js';

const EVENT_NAMES = `One of: ${USAGE_EVENTS.join(', ')}`;

@InputType({ description: 'Something a clinic app did, to count toward its usage' })
export class UsageEventInput {
  @Field(() => String, { description: EVENT_NAMES })
  event!: string;

  @Field(() => Int, { defaultValue: 1, description: 'How many times it happened (1 to 100000)' })
  count!: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When it happened (default: now); counted on that UTC day',
  })
  at?: Date | null;
}

@ObjectType()
export class TrackUsagePayload {
  @Field(() => Int, { description: 'How many events were counted: all of them, or the call fails' })
  accepted!: number;
}

@ObjectType()
export class UsageEventCount {
  @Field(() => String, { description: EVENT_NAMES })
  event!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "One UTC day of a clinic's usage counters" })
export class UsageDay {
  @Field(() => String, { description: 'YYYY-MM-DD (UTC)' })
  day!: string;

  @Field(() => Int, { description: 'All events of the day' })
  total!: number;

  @Field(() => [UsageEventCount], { description: 'Counted events by name; absent ones are 0' })
  events!: UsageEventCount[];
}

@ObjectType()
export class TenantUsage {
  @Field(() => ID)
  tenant_id!: string;

  @Field(() => [UsageDay], {
    description: 'Oldest first, today (UTC) last, days without events included',
  })
  days!: UsageDay[];
}

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
    description: "When it happened (default: now); counted on that day of the clinic's timezone",
  })
  at?: Date | null;
}

@ObjectType()
export class TrackUsagePayload {
  @Field(() => Int, { description: 'How many events were counted: all of them, or the call fails' })
  accepted!: number;

  @Field(() => Boolean, {
    description:
      'True when this idempotency key was already counted: acknowledged, and nothing added again',
  })
  duplicate!: boolean;

  @Field(() => Boolean, {
    description:
      'True when the counter store was briefly unreachable and this server holds the batch until it is back',
  })
  buffered!: boolean;
}

@ObjectType()
export class UsageEventCount {
  @Field(() => String, { description: EVENT_NAMES })
  event!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "One day (in the clinic's timezone) of a clinic's usage counters" })
export class UsageDay {
  @Field(() => String, { description: "YYYY-MM-DD in the clinic's timezone" })
  day!: string;

  @Field(() => Int, { description: 'All events of the day' })
  total!: number;

  @Field(() => [UsageEventCount], { description: 'Counted events by name; absent ones are 0' })
  events!: UsageEventCount[];

  @Field(() => Int, {
    description:
      "Requests the API served for the clinic's users and keys that day (counted by the API itself)",
  })
  api_requests!: number;
}

@ObjectType()
export class TenantUsage {
  @Field(() => ID)
  tenant_id!: string;

  @Field(() => String, { description: "The clinic's timezone, which its days follow" })
  timezone!: string;

  @Field(() => [UsageDay], {
    description: "Oldest first, the clinic's today last, days without events included",
  })
  days!: UsageDay[];
}

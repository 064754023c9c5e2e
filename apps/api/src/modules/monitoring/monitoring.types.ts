import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { stringEnum } from '../../common/enums.js';
import { PageOf } from '../clinic/shared/page.types.js';
import {
  ALERT_RULES,
  ALERT_SEVERITIES,
  ALERT_STATES,
  type AlertRuleName,
  type AlertSeverity,
  type AlertState,
} from './alerts/alert.constants.js';
import type { AlertEvent } from './alerts/alert.service.js';

export const AlertRuleEnum = stringEnum(ALERT_RULES, 'AlertRule', 'The rule that raised an alert');
export const AlertSeverityEnum = stringEnum(ALERT_SEVERITIES, 'AlertSeverity');
export const AlertStateEnum = stringEnum(ALERT_STATES, 'AlertState');
export const AlertEventEnum = stringEnum(
  ['raised', 'acknowledged', 'resolved'] as const,
  'AlertEvent',
);

@ObjectType({ description: 'A condition an alert rule found holding (or that held)' })
export class Alert {
  @Field(() => ID)
  id!: string;

  @Field(() => AlertRuleEnum)
  rule!: AlertRuleName;

  @Field(() => AlertSeverityEnum)
  severity!: AlertSeverity;

  @Field(() => AlertStateEnum)
  state!: AlertState;

  @Field(() => String, {
    description: 'What it is about: platform, incident:<id>, tenant:<id>:<what>',
  })
  subject!: string;

  @Field(() => ID, { nullable: true })
  tenant_id!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  message!: string;

  @Field(() => Float, { nullable: true, description: 'The measured value that fired it' })
  value!: number | null;

  @Field(() => Float, { nullable: true })
  threshold!: number | null;

  @Field(() => Date)
  fired_at!: Date;

  @Field(() => Date)
  last_seen_at!: Date;

  @Field(() => Int, { description: 'Evaluations that found it holding' })
  evaluations!: number;

  @Field(() => Date, { nullable: true })
  acknowledged_at!: Date | null;

  @Field(() => String, { nullable: true })
  acknowledged_by!: string | null;

  @Field(() => Date, { nullable: true })
  resolved_at!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: '"system" when the condition ended by itself',
  })
  resolved_by!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType()
export class AlertPage extends PageOf(Alert) {}

@ObjectType({ description: 'An alert that was raised, acknowledged or resolved' })
export class AlertChangeEvent {
  @Field(() => AlertEventEnum)
  event!: AlertEvent;

  @Field(() => Alert)
  alert!: Alert;
}

@ArgsType()
export class AlertArgs {
  @Field(() => AlertStateEnum, { nullable: true })
  state?: AlertState | null;

  @Field(() => AlertRuleEnum, { nullable: true })
  rule?: AlertRuleName | null;

  @Field(() => Int, { defaultValue: 1 })
  page!: number;

  @Field(() => Int, { defaultValue: 20 })
  limit!: number;
}

@ObjectType()
export class DependencyHealth {
  @Field(() => String, { description: 'database or redis' })
  name!: string;

  @Field(() => String, { description: 'ok or unavailable' })
  state!: string;

  @Field(() => Float)
  latency_ms!: number;
}

@ObjectType()
export class QueueJobCounts {
  @Field(() => Int)
  waiting!: number;

  @Field(() => Int)
  active!: number;

  @Field(() => Int)
  delayed!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => Int)
  completed!: number;
}

@ObjectType()
export class QueueHealth {
  @Field(() => String)
  name!: string;

  @Field(() => QueueJobCounts, { nullable: true, description: 'Null when Redis could not be read' })
  counts!: QueueJobCounts | null;
}

@ObjectType()
export class WebSocketHealth {
  @Field(() => Int)
  connections!: number;

  @Field(() => Int)
  subscriptions!: number;
}

@ObjectType({ description: "Today's (UTC) requests over the whole platform" })
export class RequestHealthToday {
  @Field(() => String)
  day!: string;

  @Field(() => Int)
  requests!: number;

  @Field(() => Float, { description: 'Percent failing with a server error' })
  server_error_rate!: number;

  @Field(() => Float, { description: 'Percent failing with any error' })
  error_rate!: number;

  @Field(() => Float)
  average_ms!: number;

  @Field(() => Float)
  p95_ms!: number;
}

@ObjectType()
export class ProcessHealth {
  @Field(() => Int)
  uptime_seconds!: number;

  @Field(() => Float)
  rss_bytes!: number;

  @Field(() => Float)
  heap_used_bytes!: number;
}

@ObjectType()
export class AlertThresholds {
  @Field(() => Float)
  error_rate_percent!: number;

  @Field(() => Float)
  latency_p95_ms!: number;
}

@ObjectType({ description: 'Dependencies, job queues, websockets, error rate and latency' })
export class SystemHealth {
  @Field(() => String, { description: 'ok, or degraded when a dependency is unavailable' })
  status!: string;

  @Field(() => Date)
  checked_at!: Date;

  @Field(() => [DependencyHealth])
  dependencies!: DependencyHealth[];

  @Field(() => [QueueHealth])
  queues!: QueueHealth[];

  @Field(() => WebSocketHealth, { description: 'On the instance that answered' })
  websocket!: WebSocketHealth;

  @Field(() => RequestHealthToday, { nullable: true })
  requests!: RequestHealthToday | null;

  @Field(() => ProcessHealth, { description: 'The instance that answered' })
  process!: ProcessHealth;

  @Field(() => AlertThresholds)
  thresholds!: AlertThresholds;
}

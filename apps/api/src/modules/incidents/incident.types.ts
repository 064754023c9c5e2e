import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { stringEnum } from '../../common/enums.js';
import { PageOf } from '../clinic/shared/page.types.js';
import {
  INCIDENT_RULES,
  INCIDENT_SEVERITIES,
  INCIDENT_STATES,
  RESPONSE_ACTIONS,
  RESPONSE_OUTCOMES,
  type IncidentRule,
  type IncidentSeverity,
  type IncidentState,
  type ResponseAction,
  type ResponseOutcome,
} from './incident.constants.js';

export const IncidentRuleEnum = stringEnum(
  INCIDENT_RULES,
  'IncidentRule',
  'The suspicious-activity rule that raised it',
);
export const IncidentSeverityEnum = stringEnum(INCIDENT_SEVERITIES, 'IncidentSeverity');
export const IncidentStateEnum = stringEnum(INCIDENT_STATES, 'IncidentState');
export const ResponseActionEnum = stringEnum(RESPONSE_ACTIONS, 'IncidentResponseAction');
export const ResponseOutcomeEnum = stringEnum(RESPONSE_OUTCOMES, 'IncidentResponseOutcome');

@ObjectType({ description: 'An automatic response taken for an incident' })
export class IncidentResponseTaken {
  @Field(() => ResponseActionEnum)
  action!: ResponseAction;

  @Field(() => String)
  target!: string;

  @Field(() => ResponseOutcomeEnum)
  outcome!: ResponseOutcome;

  @Field(() => Date, { nullable: true, description: 'For a lock: when it ends' })
  until!: Date | null;

  @Field(() => Date)
  at!: Date;
}

@ObjectType({ description: 'A security incident raised by a suspicious-activity rule' })
export class SecurityIncident {
  @Field(() => ID)
  id!: string;

  @Field(() => IncidentRuleEnum)
  rule!: IncidentRule;

  @Field(() => IncidentSeverityEnum)
  severity!: IncidentSeverity;

  @Field(() => IncidentStateEnum)
  state!: IncidentState;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => ID, { nullable: true })
  tenant_id!: string | null;

  @Field(() => String, { description: 'Who or what it is about' })
  subject!: string;

  @Field(() => [ID], { description: 'The security log entries that show the pattern' })
  evidence!: string[];

  @Field(() => Int)
  occurrences!: number;

  @Field(() => [IncidentResponseTaken])
  responses!: IncidentResponseTaken[];

  @Field(() => Date)
  raised_at!: Date;

  @Field(() => Date)
  last_seen_at!: Date;

  @Field(() => Date, { nullable: true })
  acknowledged_at!: Date | null;

  @Field(() => String, { nullable: true })
  acknowledged_by!: string | null;

  @Field(() => Date, { nullable: true })
  resolved_at!: Date | null;

  @Field(() => String, { nullable: true })
  resolved_by!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType()
export class SecurityIncidentPage extends PageOf(SecurityIncident) {}

@ArgsType()
export class SecurityIncidentArgs {
  @Field(() => IncidentStateEnum, { nullable: true })
  state?: IncidentState | null;

  @Field(() => IncidentSeverityEnum, { nullable: true })
  severity?: IncidentSeverity | null;

  @Field(() => IncidentRuleEnum, { nullable: true })
  rule?: IncidentRule | null;

  @Field(() => ID, { nullable: true })
  tenant_id?: string | null;

  @Field(() => Int, { defaultValue: 1 })
  page!: number;

  @Field(() => Int, { defaultValue: 20 })
  limit!: number;
}

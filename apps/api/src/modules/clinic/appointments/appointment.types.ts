import { Field, ID, Int, ObjectType } from 'type-graphql';
import { stringEnum } from '../../../common/enums.js';
import {
  APPOINTMENT_SORT_FIELDS,
  APPOINTMENT_STATUSES,
  type AppointmentStatus,
} from '../clinic.constants.js';
import { PageOf } from '../shared/page.types.js';

export const AppointmentStatusEnum = stringEnum(APPOINTMENT_STATUSES, 'AppointmentStatus');
export const AppointmentSortFieldEnum = stringEnum(APPOINTMENT_SORT_FIELDS, 'AppointmentSortField');

@ObjectType({ description: 'A visit: one patient seen by one staff member' })
export class Appointment {
  @Field(() => ID)
  id!: string;

  /** Not in the schema: nested lookups use it to stay inside the record's own tenant. */
  tenant_id!: string;

  @Field(() => ID)
  patient_id!: string;

  @Field(() => ID)
  staff_member_id!: string;

  @Field(() => Date)
  starts_at!: Date;

  @Field(() => Int)
  duration_minutes!: number;

  @Field(() => Date, { description: 'starts_at plus duration_minutes' })
  ends_at!: Date;

  @Field(() => String)
  reason!: string;

  @Field(() => AppointmentStatusEnum)
  status!: AppointmentStatus;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => Date)
  created_date!: Date;

  @Field(() => Date)
  updated_date!: Date;
}

@ObjectType()
export class AppointmentPage extends PageOf(Appointment) {}

import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import type { AppointmentSortField, AppointmentStatus } from '../clinic.constants.js';
import { ClinicListArgs } from '../shared/list.inputs.js';
import { AppointmentSortFieldEnum, AppointmentStatusEnum } from './appointment.types.js';

const optional = { nullable: true } as const;

@InputType()
export class CreateAppointmentInput {
  @Field(() => ID, { description: 'A patient of this clinic' })
  patient_id!: string;

  @Field(() => ID, { description: 'An active staff member of this clinic' })
  staff_member_id!: string;

  @Field(() => Date)
  starts_at!: Date;

  @Field(() => Int, { nullable: true, description: 'Default: 30' })
  duration_minutes?: number;

  @Field(() => String)
  reason!: string;

  @Field(() => AppointmentStatusEnum, { nullable: true, description: 'Default: scheduled' })
  status?: AppointmentStatus;

  @Field(() => String, optional)
  notes?: string | null;
}

@InputType({
  description:
    'Only the fields given change. Null clears an optional field. Status changes follow the visit: scheduled → checked_in → completed, or cancelled / no_show.',
})
export class UpdateAppointmentInput {
  @Field(() => ID, optional)
  patient_id?: string;

  @Field(() => ID, optional)
  staff_member_id?: string;

  @Field(() => Date, optional)
  starts_at?: Date;

  @Field(() => Int, optional)
  duration_minutes?: number;

  @Field(() => String, optional)
  reason?: string;

  @Field(() => AppointmentStatusEnum, optional)
  status?: AppointmentStatus;

  @Field(() => String, optional)
  notes?: string | null;
}

@ArgsType()
export class AppointmentListArgs extends ClinicListArgs {
  @Field(() => ID, optional)
  patient_id?: string | null;

  @Field(() => ID, optional)
  staff_member_id?: string | null;

  @Field(() => AppointmentStatusEnum, optional)
  status?: AppointmentStatus | null;

  @Field(() => Date, { nullable: true, description: 'Starting at or after' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Starting before' })
  to?: Date | null;

  @Field(() => AppointmentSortFieldEnum, { defaultValue: 'starts_at' })
  sortBy!: AppointmentSortField;
}

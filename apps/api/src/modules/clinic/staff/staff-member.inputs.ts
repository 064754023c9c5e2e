import { ArgsType, Field, InputType } from 'type-graphql';
import type { StaffRole, StaffSortField } from '../clinic.constants.js';
import { ClinicListArgs } from '../shared/list.inputs.js';
import { StaffRoleEnum, StaffSortFieldEnum } from './staff-member.types.js';

const optional = { nullable: true } as const;

@InputType()
export class CreateStaffMemberInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => StaffRoleEnum)
  role!: StaffRole;

  @Field(() => String, optional)
  phone?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Default: true' })
  active?: boolean;
}

@InputType({ description: 'Only the fields given change. Null clears an optional field.' })
export class UpdateStaffMemberInput {
  @Field(() => String, optional)
  name?: string;

  @Field(() => String, optional)
  email?: string;

  @Field(() => StaffRoleEnum, optional)
  role?: StaffRole;

  @Field(() => String, optional)
  phone?: string | null;

  @Field(() => Boolean, optional)
  active?: boolean;
}

@ArgsType()
export class StaffMemberListArgs extends ClinicListArgs {
  @Field(() => StaffRoleEnum, optional)
  role?: StaffRole | null;

  @Field(() => Boolean, optional)
  active?: boolean | null;

  @Field(() => StaffSortFieldEnum, { defaultValue: 'name' })
  sortBy!: StaffSortField;
}

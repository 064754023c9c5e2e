import { Field, ID, ObjectType } from 'type-graphql';
import { stringEnum } from '../../../common/enums.js';
import { STAFF_ROLES, STAFF_SORT_FIELDS, type StaffRole } from '../clinic.constants.js';
import { PageOf } from '../shared/page.types.js';

export const StaffRoleEnum = stringEnum(STAFF_ROLES, 'StaffRole', 'What a staff member does');
export const StaffSortFieldEnum = stringEnum(STAFF_SORT_FIELDS, 'StaffSortField');

@ObjectType({ description: 'A person working at the clinic' })
export class StaffMember {
  @Field(() => ID)
  id!: string;

  /** Not in the schema: nested lookups use it to stay inside the record's own tenant. */
  tenant_id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Unique within the clinic' })
  email!: string;

  @Field(() => StaffRoleEnum)
  role!: StaffRole;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => Boolean, { description: 'Only active staff members can be booked' })
  active!: boolean;

  @Field(() => Date)
  created_date!: Date;

  @Field(() => Date)
  updated_date!: Date;
}

@ObjectType()
export class StaffMemberPage extends PageOf(StaffMember) {}

import { Field, Float, ID, ObjectType } from 'type-graphql';
import { stringEnum } from '../../../common/enums.js';
import {
  PATIENT_SEXES,
  PATIENT_SORT_FIELDS,
  SPECIES,
  type PatientSex,
  type Species,
} from '../clinic.constants.js';
import { PageOf } from '../shared/page.types.js';

export const SpeciesEnum = stringEnum(SPECIES, 'Species');
export const PatientSexEnum = stringEnum(PATIENT_SEXES, 'PatientSex');
export const PatientSortFieldEnum = stringEnum(PATIENT_SORT_FIELDS, 'PatientSortField');

@ObjectType({ description: 'A pet treated at the clinic' })
export class Patient {
  @Field(() => ID)
  id!: string;

  /** Not in the schema: nested lookups use it to stay inside the record's own tenant. */
  tenant_id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => SpeciesEnum)
  species!: Species;

  @Field(() => String, { nullable: true })
  breed!: string | null;

  @Field(() => PatientSexEnum)
  sex!: PatientSex;

  @Field(() => String, { nullable: true, description: 'A calendar date: 2019-04-23' })
  date_of_birth!: string | null;

  @Field(() => Float, { nullable: true })
  weight_kg!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Upper case, no separators; unique within the clinic',
  })
  microchip_id!: string | null;

  @Field(() => ID, { description: 'The owner' })
  client_id!: string;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => Date)
  created_date!: Date;

  @Field(() => Date)
  updated_date!: Date;
}

@ObjectType()
export class PatientPage extends PageOf(Patient) {}

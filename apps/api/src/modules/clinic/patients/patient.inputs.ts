import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import type { PatientSex, PatientSortField, Species } from '../clinic.constants.js';
import { ClinicListArgs } from '../shared/list.inputs.js';
import { PatientSexEnum, PatientSortFieldEnum, SpeciesEnum } from './patient.types.js';

const optional = { nullable: true } as const;

@InputType()
export class CreatePatientInput {
  @Field(() => String)
  name!: string;

  @Field(() => SpeciesEnum)
  species!: Species;

  @Field(() => String, optional)
  breed?: string | null;

  @Field(() => PatientSexEnum, { nullable: true, description: 'Default: unknown' })
  sex?: PatientSex;

  @Field(() => String, { nullable: true, description: 'A calendar date: 2019-04-23' })
  date_of_birth?: string | null;

  @Field(() => Float, optional)
  weight_kg?: number | null;

  @Field(() => String, optional)
  microchip_id?: string | null;

  @Field(() => ID, { description: 'The owner: a client of this clinic' })
  client_id!: string;

  @Field(() => String, optional)
  notes?: string | null;
}

@InputType({ description: 'Only the fields given change. Null clears an optional field.' })
export class UpdatePatientInput {
  @Field(() => String, optional)
  name?: string;

  @Field(() => SpeciesEnum, optional)
  species?: Species;

  @Field(() => String, optional)
  breed?: string | null;

  @Field(() => PatientSexEnum, optional)
  sex?: PatientSex;

  @Field(() => String, optional)
  date_of_birth?: string | null;

  @Field(() => Float, optional)
  weight_kg?: number | null;

  @Field(() => String, optional)
  microchip_id?: string | null;

  @Field(() => ID, { nullable: true, description: 'A new owner: a client of this clinic' })
  client_id?: string;

  @Field(() => String, optional)
  notes?: string | null;
}

@ArgsType()
export class PatientListArgs extends ClinicListArgs {
  @Field(() => ID, { nullable: true, description: "Only this client's pets" })
  client_id?: string | null;

  @Field(() => SpeciesEnum, optional)
  species?: Species | null;

  @Field(() => PatientSortFieldEnum, { defaultValue: 'name' })
  sortBy!: PatientSortField;
}

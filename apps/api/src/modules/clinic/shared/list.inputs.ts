import { ArgsType, Field, Int } from 'type-graphql';
import { SortOrderEnum } from '../../../common/enums.js';
import type { SortOrder } from '../../../common/list.js';

/** Paging and search shared by every clinic list; each list adds its own sortBy and filters. */
@ArgsType()
export class ClinicListArgs {
  @Field(() => Int, { defaultValue: 1 })
  page!: number;

  @Field(() => Int, { defaultValue: 20, description: "Capped at the server's list limit" })
  limit!: number;

  @Field(() => String, { nullable: true, description: 'Plain text, case-insensitive' })
  search?: string | null;

  @Field(() => SortOrderEnum, { defaultValue: 'asc' })
  sortOrder!: SortOrder;
}

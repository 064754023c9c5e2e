import type { ListRules } from '../../../common/list.js';
import { CLINIC_MAX_LENGTH } from '../clinic.constants.js';

/** Clinic lists sort ascending by default (names, then dates in order) and search plain text. */
export const clinicListRules = <S extends string>(
  sortFields: readonly S[],
  defaultSort: S,
  searchFields: readonly string[],
  maxPageSize: number,
): ListRules<S> => ({
  sortFields,
  defaultSort,
  defaultOrder: 'asc',
  searchFields,
  maxSearchLength: CLINIC_MAX_LENGTH.search,
  maxPageSize,
});

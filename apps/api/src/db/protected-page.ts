import type { Model } from 'mongoose';
import { AppError } from '../common/errors.js';
import { escapeRegex, findPage, type Page, type PageQuery } from '../common/list.js';
import {
  coarseSortKey,
  foldText,
  hashTerms,
  matchesQuery,
  queryTerms,
} from '../crypto/blind-index.js';
import {
  encryptedFieldsOf,
  encryptedScopeOf,
  keyringOf,
  PII,
  type EncryptedFieldSpec,
} from './encrypted-fields.plugin.js';
import { currentTenantId } from './tenant-context.js';

/** Beyond this many candidates a search must be narrowed: they are checked one by one. */
const MAX_CANDIDATES = 10_000;

export interface ProtectedPageOptions {
  /** The fields the search text is looked for in, clear and encrypted alike. */
  searchFields: readonly string[];
  /**
   * Check each candidate against the decrypted value (exact substring semantics, exact totals).
   * Without it the database's token match is the answer: a rare candidate whose 3-character runs
   * all occur, but not in a row, is counted too.
   */
  verify: boolean;
}

interface Stored {
  _id: { toHexString(): string };
}

const fieldOf = (doc: Stored, field: string): unknown =>
  (doc as unknown as Record<string, unknown>)[field];

/**
 * A page of a list whose search or sort may involve encrypted fields (db/encrypted-fields.plugin):
 * - no encrypted search and a clear sort field: the database pages as usual;
 * - sorted by an encrypted field: the database orders by its coarse sort key (first letter) and
 *   returns the letters the page spans, which are then ordered exactly after decryption;
 * - searched in encrypted fields: the keyed tokens find candidates, and (with `verify`) each is
 *   checked against its decrypted value before sorting and paging in memory.
 */
export async function findProtectedPage<M, D extends Stored, T>(
  model: Model<M>,
  baseFilter: Record<string, unknown>,
  query: PageQuery<string>,
  toItem: (doc: D) => T,
  options: ProtectedPageOptions,
  projection?: Record<string, 0 | 1>,
): Promise<Page<T>> {
  const untyped = model as unknown as Model<never>;
  const specs = encryptedFieldsOf(untyped);
  const text = query.searchText;
  const encryptedSearch = options.searchFields.filter((field) => specs[field]?.search);
  const clearSearch = options.searchFields.filter((field) => !specs[field]);
  const clearPattern = text ? { $regex: escapeRegex(text), $options: 'i' } : null;
  const clearConditions = clearPattern
    ? clearSearch.map((field) => ({ [field]: clearPattern }))
    : [];

  if (text && encryptedSearch.length > 0) {
    const tokenConditions = tokenFilters(untyped, specs, encryptedSearch, text);
    const any = [...clearConditions, ...tokenConditions];
    if (any.length === 0) return { items: [], totalCount: 0, page: query.page, limit: query.limit };
    const filter = { ...baseFilter, $or: any };
    if (!options.verify && !specs[query.sortBy]?.sort) {
      return findPage(model, filter, query, toItem, projection);
    }
    const candidates = await model
      .find(filter, projection)
      .limit(MAX_CANDIDATES + 1)
      .lean<D[]>();
    if (candidates.length > MAX_CANDIDATES) {
      throw new AppError('BAD_USER_INPUT', 'The search matches too many records; narrow it', [
        { field: 'search', message: 'matches too many records; type more of it' },
      ]);
    }
    const lowered = text.toLowerCase();
    const matching = options.verify
      ? candidates.filter(
          (doc) =>
            clearSearch.some((field) =>
              String(fieldOf(doc, field) ?? '')
                .toLowerCase()
                .includes(lowered),
            ) ||
            encryptedSearch.some((field) =>
              matchesQuery(
                specs[field]!.search!,
                (fieldOf(doc, field) as string | null) ?? null,
                text,
              ),
            ),
        )
      : candidates;
    return pageInMemory(matching, query, specs, toItem);
  }

  const filter = clearConditions.length > 0 ? { ...baseFilter, $or: clearConditions } : baseFilter;
  if (specs[query.sortBy]?.sort) {
    return coarseSortedPage(model, filter, query, toItem, specs, projection);
  }
  return findPage(model, filter, query, toItem, projection);
}

function tokenFilters(
  model: Model<never>,
  specs: Record<string, EncryptedFieldSpec>,
  fields: readonly string[],
  text: string,
): Record<string, unknown>[] {
  const keyring = keyringOf(model.db);
  const scope = encryptedScopeOf(model) === 'platform' ? 'platform' : currentTenantId();
  if (!scope) throw new Error(`${model.modelName}: an encrypted search needs its tenant`);
  const conditions: Record<string, unknown>[] = [];
  for (const field of fields) {
    const terms = queryTerms(specs[field]!.search!, text);
    if (!terms) continue;
    // Every configured HMAC key: records not yet re-indexed after a rotation are found too.
    for (const keyId of keyring.hmacKeyIds) {
      conditions.push({
        [PII.tokens(field)]: { $all: hashTerms(keyring, keyId, scope, field, terms) },
      });
    }
  }
  return conditions;
}

/** Orders decrypted records the way the coarse key promises: its letter, then the folded value. */
function compareBy(field: string, spec: EncryptedFieldSpec | undefined) {
  return (a: Stored, b: Stored): number => {
    const left = fieldOf(a, field);
    const right = fieldOf(b, field);
    if (spec) {
      const l = (left as string | null) ?? null;
      const r = (right as string | null) ?? null;
      return (
        compareText(coarseSortKey(l), coarseSortKey(r)) ||
        compareText(foldText(l ?? ''), foldText(r ?? '')) ||
        compareText(l ?? '', r ?? '')
      );
    }
    return compareClear(left, right);
  };
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** MongoDB's order for the clear values our lists sort by: nulls first, then by value. */
function compareClear(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareText(String(a), String(b));
}

function sortExactly(
  docs: Stored[],
  query: PageQuery<string>,
  spec: EncryptedFieldSpec | undefined,
) {
  const direction = query.sortOrder === 'asc' ? 1 : -1;
  const byField = compareBy(query.sortBy, spec);
  return docs.sort(
    (a, b) => direction * (byField(a, b) || compareText(a._id.toHexString(), b._id.toHexString())),
  );
}

function pageInMemory<D extends Stored, T>(
  docs: D[],
  query: PageQuery<string>,
  specs: Record<string, EncryptedFieldSpec>,
  toItem: (doc: D) => T,
): Page<T> {
  const sorted = sortExactly(docs, query, specs[query.sortBy]) as D[];
  const start = (query.page - 1) * query.limit;
  return {
    items: sorted.slice(start, start + query.limit).map(toItem),
    totalCount: docs.length,
    page: query.page,
    limit: query.limit,
  };
}

/**
 * Pages by an encrypted field: the coarse keys at the page's first and last ranks bound the
 * letters it spans; the records with those letters are read, decrypted and ordered exactly, and
 * the page is cut from them at its offset (the count of records before the first letter).
 */
async function coarseSortedPage<M, D extends Stored, T>(
  model: Model<M>,
  filter: Record<string, unknown>,
  query: PageQuery<string>,
  toItem: (doc: D) => T,
  specs: Record<string, EncryptedFieldSpec>,
  projection?: Record<string, 0 | 1>,
): Promise<Page<T>> {
  const path = PII.sort(query.sortBy);
  const direction = query.sortOrder === 'asc' ? 1 : -1;
  const skip = (query.page - 1) * query.limit;
  const totalCount = await model.countDocuments(filter);
  const empty = { items: [], totalCount, page: query.page, limit: query.limit };
  if (skip >= totalCount) return empty;
  const keyAt = async (rank: number): Promise<string> => {
    const [doc] = await model
      .find(filter, { [path]: 1 })
      .sort({ [path]: direction, _id: direction })
      .skip(rank)
      .limit(1)
      .lean<Record<string, unknown>[]>();
    return String(
      ((doc?.pii as Record<string, Record<string, unknown>>)?.sort ?? {})[query.sortBy] ?? '',
    );
  };
  const first = await keyAt(skip);
  const last = await keyAt(Math.min(skip + query.limit, totalCount) - 1);
  const [low, high] = direction === 1 ? [first, last] : [last, first];
  const before = await model.countDocuments({
    ...filter,
    [path]: direction === 1 ? { $lt: first } : { $gt: first },
  });
  const docs = await model
    .find({ ...filter, [path]: { $gte: low, $lte: high } }, projection)
    .lean<D[]>();
  const sorted = sortExactly(docs, query, specs[query.sortBy]) as D[];
  const offset = skip - before;
  return {
    items: sorted.slice(offset, offset + query.limit).map(toItem),
    totalCount,
    page: query.page,
    limit: query.limit,
  };
}

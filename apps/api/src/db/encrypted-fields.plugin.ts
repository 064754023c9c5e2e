import {
  Document,
  type Connection,
  type Model,
  type MongooseQueryMiddleware,
  type Query,
  type Schema,
} from 'mongoose';
import {
  coarseSortKey,
  exactIndexes,
  exactIndex,
  hashTerms,
  searchTerms,
  type SearchKind,
} from '../crypto/blind-index.js';
import { decryptValue, encryptValue, envelopeKeyId, isEnvelope } from '../crypto/field-cipher.js';
import type { Keyring } from '../crypto/keyring.js';
import { currentTenantId } from './tenant-context.js';

/** How one personal field is kept: always encrypted; optionally findable and sortable. */
export interface EncryptedFieldSpec {
  /** Substring search through keyed tokens (see crypto/blind-index.ts). */
  search?: SearchKind;
  /** Equality filters on the field work, through a keyed hash (and can back a unique index). */
  exact?: boolean;
  /** A coarse clear sort key (first letter), so lists can sort by the field. */
  sort?: boolean;
}

export interface EncryptedFieldsOptions {
  fields: Record<string, EncryptedFieldSpec>;
  /** Whose keys: the document's tenant (clinic data), or the platform's (tenants' contacts). */
  scope: 'tenant' | 'platform';
}

export class EncryptedFieldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EncryptedFieldError';
  }
}

/** Where the derived lookup values live: `pii.exact.email`, `pii.tokens.last_name`, ... */
export const PII = {
  exact: (field: string) => `pii.exact.${field}`,
  tokens: (field: string) => `pii.tokens.${field}`,
  sort: (field: string) => `pii.sort.${field}`,
  /** The HMAC key the field's lookups were made with, so the rotation script finds stale ones. */
  hmacKey: (field: string) => `pii.hkey.${field}`,
};

const keyrings = new WeakMap<Connection, Keyring>();
const optionsByModel = new WeakMap<Schema, EncryptedFieldsOptions>();

/** Gives a connection's models the keys their encrypted fields are written and read with. */
export function useKeyring(connection: Connection, keyring: Keyring): void {
  keyrings.set(connection, keyring);
}

export function keyringOf(connection: Connection): Keyring {
  const keyring = keyrings.get(connection);
  if (!keyring) {
    throw new EncryptedFieldError('No encryption keys are set up for this database connection');
  }
  return keyring;
}

/** The encrypted fields of a model, or none. */
export const encryptedFieldsOf = (model: Model<never>): Record<string, EncryptedFieldSpec> =>
  optionsByModel.get(model.schema)?.fields ?? {};

export const encryptedScopeOf = (model: Model<never>): 'tenant' | 'platform' =>
  optionsByModel.get(model.schema)?.scope ?? 'platform';

const associatedData = (modelName: string, field: string, scope: string): string =>
  `${modelName}.${field}:${scope}`;

type Fields = Record<string, unknown>;

/** The derived lookup values of one field's clear value, as dotted paths. */
export function derivedValues(
  keyring: Keyring,
  scope: string,
  field: string,
  spec: EncryptedFieldSpec,
  value: string | null,
): Fields {
  const hmacKeyId = keyring.activeHmacKey.id;
  const out: Fields = {};
  if (spec.exact) {
    out[PII.exact(field)] =
      value === null ? null : exactIndex(keyring, hmacKeyId, scope, field, value);
  }
  if (spec.search) {
    out[PII.tokens(field)] =
      value === null
        ? []
        : hashTerms(keyring, hmacKeyId, scope, field, searchTerms(spec.search, value));
  }
  if (spec.sort) out[PII.sort(field)] = coarseSortKey(value);
  if (spec.exact || spec.search) out[PII.hmacKey(field)] = hmacKeyId;
  return out;
}

/** The stored form of one field: its envelope (or null) and its derived values. */
export function protectedValues(
  keyring: Keyring,
  modelName: string,
  scope: string,
  field: string,
  spec: EncryptedFieldSpec,
  value: unknown,
): Fields {
  const text = value === null || value === undefined ? null : String(value);
  return {
    [field]:
      text === null ? null : encryptValue(keyring, text, associatedData(modelName, field, scope)),
    ...derivedValues(keyring, scope, field, spec, text),
  };
}

/** A stored document's fields in clear (a copy): for raw reads such as exports and cursors. */
export function revealDocument<T extends Fields>(model: Model<never>, stored: T): T {
  const options = optionsByModel.get(model.schema);
  if (!options) return stored;
  const copy: Fields = { ...stored };
  revealInPlace(keyringOf(model.db), model.modelName, options, copy);
  return copy as T;
}

function revealInPlace(
  keyring: Keyring,
  modelName: string,
  options: EncryptedFieldsOptions,
  fields: Fields,
): void {
  const scope = scopeOfStored(options, fields);
  for (const field of Object.keys(options.fields)) {
    const value = fields[field];
    if (isEnvelope(value)) {
      fields[field] = decryptValue(keyring, value, associatedData(modelName, field, scope));
    }
  }
}

const scopeOfStored = (options: EncryptedFieldsOptions, fields: Fields): string =>
  options.scope === 'platform' ? 'platform' : String(fields.tenant_id ?? currentTenantId() ?? '');

function scopeOfQuery(options: EncryptedFieldsOptions, filter: Fields): string {
  if (options.scope === 'platform') return 'platform';
  const tenantId =
    currentTenantId() ?? (typeof filter.tenant_id === 'string' ? filter.tenant_id : null);
  if (!tenantId) throw new EncryptedFieldError('A query on encrypted fields needs its tenant');
  return tenantId;
}

/**
 * The stored update for a document written with the active keys: every encrypted field whose
 * value was clear text or made with another key, and every lookup made with another HMAC key.
 * Empty when the document is current. Used by the rotation script, below the plugin.
 */
export function rotationUpdate(model: Model<never>, stored: Fields): Fields {
  const options = optionsByModel.get(model.schema);
  if (!options) return {};
  const keyring = keyringOf(model.db);
  const scope = scopeOfStored(options, stored);
  const update: Fields = {};
  for (const [field, spec] of Object.entries(options.fields)) {
    const value = stored[field];
    if (value === null || value === undefined) {
      const lookups = spec.exact || spec.search;
      if (lookups && getPath(stored, PII.hmacKey(field)) !== keyring.activeHmacKey.id) {
        Object.assign(update, derivedValues(keyring, scope, field, spec, null));
      }
      continue;
    }
    const encryptedWith = envelopeKeyId(value);
    const clear = isEnvelope(value)
      ? decryptValue(keyring, value, associatedData(model.modelName, field, scope))
      : String(value);
    const staleCipher = encryptedWith !== keyring.activeEncryptionKey.id;
    const staleLookups =
      (spec.exact || spec.search) &&
      getPath(stored, PII.hmacKey(field)) !== keyring.activeHmacKey.id;
    const missingSort = spec.sort && getPath(stored, PII.sort(field)) === undefined;
    if (staleCipher) {
      Object.assign(update, protectedValues(keyring, model.modelName, scope, field, spec, clear));
    } else if (staleLookups || missingSort) {
      Object.assign(update, derivedValues(keyring, scope, field, spec, clear));
    }
  }
  return update;
}

function getPath(fields: Fields, path: string): unknown {
  let current: unknown = fields;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Fields)[part];
  }
  return current;
}

/** Dotted paths to the nested object a replacement document needs. */
function nest(flat: Fields): Fields {
  const out: Fields = {};
  for (const [path, value] of Object.entries(flat)) {
    const parts = path.split('.');
    let target = out;
    for (const part of parts.slice(0, -1)) {
      target[part] ??= {};
      target = target[part] as Fields;
    }
    target[parts.at(-1)!] = value;
  }
  return out;
}

const isRecord = (value: unknown): value is Fields =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

const FILTER_OPERATIONS: MongooseQueryMiddleware[] = [
  'find',
  'findOne',
  'countDocuments',
  'distinct',
  'updateOne',
  'updateMany',
  'replaceOne',
  'deleteOne',
  'deleteMany',
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOneAndReplace',
];
const UPDATE_OPERATIONS = new Set(['updateOne', 'updateMany', 'findOneAndUpdate']);
const REPLACE_OPERATIONS = new Set(['replaceOne', 'findOneAndReplace']);
const RESULT_OPERATIONS: MongooseQueryMiddleware[] = [
  'find',
  'findOne',
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOneAndReplace',
];

/**
 * Encrypts a model's personal fields at rest (AES-256-GCM, key id beside each value) and keeps
 * keyed lookups beside them, transparently: saves, inserts, updates and replacements store
 * ciphertext; reads (lean or not) give clear text back. Filters may test an `exact` field for
 * equality (rewritten to its keyed hash) or for null; any other condition on an encrypted field,
 * or a sort by one, throws, since the database cannot answer it truthfully. Substring search and
 * sorting by these fields go through db/protected-page.ts.
 */
export function encryptedFieldsPlugin(schema: Schema, options: EncryptedFieldsOptions): void {
  optionsByModel.set(schema, options);
  const fields = Object.entries(options.fields);
  const derivedPaths: Fields = {};
  for (const [field, spec] of fields) {
    if (spec.exact) derivedPaths[PII.exact(field)] = { type: String, default: null };
    if (spec.search) derivedPaths[PII.tokens(field)] = { type: [String], default: undefined };
    if (spec.sort) derivedPaths[PII.sort(field)] = { type: String };
    if (spec.exact || spec.search) derivedPaths[PII.hmacKey(field)] = { type: String };
  }
  schema.add(nest(derivedPaths) as Parameters<Schema['add']>[0]);

  const protect = (
    keyring: Keyring,
    modelName: string,
    scope: string,
    field: string,
    value: unknown,
  ) => protectedValues(keyring, modelName, scope, field, options.fields[field]!, value);

  schema.pre('save', function (this: Document) {
    const model = this.constructor as Model<never>;
    const keyring = keyringOf(model.db);
    const scope = scopeOfStored(options, { tenant_id: this.get('tenant_id') });
    const clear: Record<string, unknown> = {};
    for (const [field] of fields) {
      if (!this.isNew && !this.isModified(field)) continue;
      clear[field] = this.get(field);
      for (const [path, value] of Object.entries(
        protect(keyring, model.modelName, scope, field, clear[field]),
      )) {
        this.set(path, value);
      }
    }
    this.$locals.clearFields = clear;
  });

  // The saved document goes on in memory with clear values, as the caller gave them.
  schema.post('save', function (this: Document) {
    const clear = (this.$locals.clearFields ?? {}) as Record<string, unknown>;
    const stored = (this as unknown as { _doc: Fields })._doc;
    for (const [field, value] of Object.entries(clear)) stored[field] = value ?? null;
    delete this.$locals.clearFields;
  });

  // Documents loaded from the database (not lean) are decrypted as they are built.
  schema.post('init', function (this: Document) {
    const model = this.constructor as Model<never>;
    const stored = (this as unknown as { _doc: Fields })._doc;
    revealInPlace(keyringOf(model.db), model.modelName, options, stored);
  });

  schema.pre('insertMany', function (this: Model<unknown>, docs: unknown) {
    const keyring = keyringOf(this.db);
    for (const doc of (Array.isArray(docs) ? docs : [docs]) as unknown[]) {
      if (!isRecord(doc) || doc instanceof Document) continue;
      const scope = scopeOfStored(options, doc);
      for (const [field] of fields) {
        if (!(field in doc)) continue;
        Object.assign(doc, nest(protect(keyring, this.modelName, scope, field, doc[field])));
      }
    }
  });

  schema.post('insertMany', function (this: Model<unknown>, docs: unknown) {
    const keyring = keyringOf(this.db);
    for (const doc of (Array.isArray(docs) ? docs : [docs]) as unknown[]) {
      const stored = doc instanceof Document ? (doc as unknown as { _doc: Fields })._doc : doc;
      if (isRecord(stored)) revealInPlace(keyring, this.modelName, options, stored);
    }
  });

  schema.pre(FILTER_OPERATIONS, function (this: Query<unknown, unknown> & { op?: string }) {
    const model = this.model as Model<never>;
    const keyring = keyringOf(model.db);
    const operation = this.op ?? 'query';
    const filter = this.getFilter() as Fields;
    const where = `${model.modelName}.${operation}`;
    if (touchesEncrypted(filter, options)) {
      this.setQuery(rewriteFilter(keyring, scopeOfQuery(options, filter), options, filter, where));
    }
    const sort = this.getOptions().sort as Fields | undefined;
    for (const key of Object.keys(sort ?? {})) {
      if (key in options.fields) {
        throw new EncryptedFieldError(
          `${where}: ${key} is encrypted; sort by its sort key instead`,
        );
      }
    }
    if (operation === 'distinct') {
      const field = (this as unknown as { _distinct?: string })._distinct;
      if (field && field in options.fields) {
        throw new EncryptedFieldError(`${where}: distinct values of ${field} are encrypted`);
      }
    }
    const update: unknown = this.getUpdate();
    if (update === null || update === undefined) return;
    if (REPLACE_OPERATIONS.has(operation) && isRecord(update)) {
      const scope = scopeOfQuery(options, {
        ...filter,
        tenant_id: update.tenant_id ?? filter.tenant_id,
      });
      const replacement: Fields = { ...update };
      for (const [field] of fields) {
        if (!(field in replacement)) continue;
        const flat = protect(keyring, model.modelName, scope, field, replacement[field]);
        mergeNested(replacement, nest(flat));
      }
      this.setUpdate(replacement);
      return;
    }
    if (UPDATE_OPERATIONS.has(operation) && isRecord(update)) {
      this.setUpdate(
        rewriteUpdate(
          keyring,
          model.modelName,
          scopeOfQuery(options, filter),
          options,
          update,
          where,
        ),
      );
    }
  });

  schema.post(RESULT_OPERATIONS, function (this: Query<unknown, unknown>, result: unknown) {
    const model = this.model as Model<never>;
    const keyring = keyringOf(model.db);
    const reveal = (doc: unknown) => {
      // Hydrated documents were decrypted by the init hook; only plain (lean) ones are left.
      if (isRecord(doc) && !(doc instanceof Document)) {
        revealInPlace(keyring, model.modelName, options, doc);
      }
    };
    if (Array.isArray(result)) result.forEach(reveal);
    else if (isRecord(result) && 'value' in result && 'ok' in result) reveal(result.value);
    else reveal(result);
  });
}

function mergeNested(target: Fields, source: Fields): void {
  for (const [key, value] of Object.entries(source)) {
    if (isRecord(value) && isRecord(target[key])) mergeNested(target[key], value);
    else target[key] = value;
  }
}

function touchesEncrypted(filter: Fields, options: EncryptedFieldsOptions): boolean {
  for (const [key, value] of Object.entries(filter)) {
    if (key in options.fields) return true;
    if ((key === '$and' || key === '$or' || key === '$nor') && Array.isArray(value)) {
      if (value.some((part) => isRecord(part) && touchesEncrypted(part, options))) return true;
    }
  }
  return false;
}

function rewriteFilter(
  keyring: Keyring,
  scope: string,
  options: EncryptedFieldsOptions,
  filter: Fields,
  where: string,
): Fields {
  const out: Fields = {};
  for (const [key, condition] of Object.entries(filter)) {
    if ((key === '$and' || key === '$or' || key === '$nor') && Array.isArray(condition)) {
      out[key] = condition.map((part) =>
        isRecord(part) ? rewriteFilter(keyring, scope, options, part, where) : part,
      );
      continue;
    }
    const spec = options.fields[key];
    if (!spec) {
      out[key] = condition;
      continue;
    }
    Object.assign(out, encryptedCondition(keyring, scope, key, spec, condition, where));
  }
  return out;
}

/** Equality (and null tests) on an encrypted field, as conditions on its keyed hash. */
function encryptedCondition(
  keyring: Keyring,
  scope: string,
  field: string,
  spec: EncryptedFieldSpec,
  condition: unknown,
  where: string,
): Fields {
  if (condition === null) return { [field]: null };
  const macsOf = (values: unknown[]) =>
    values.flatMap((value) =>
      typeof value === 'string' ? exactIndexes(keyring, scope, field, value) : [],
    );
  if (typeof condition === 'string' && spec.exact) {
    return { [PII.exact(field)]: { $in: macsOf([condition]) } };
  }
  if (isRecord(condition)) {
    const keys = Object.keys(condition);
    if (keys.length === 1 && keys[0] === '$exists') return { [field]: condition };
    if (keys.length === 1 && keys[0] === '$ne' && condition.$ne === null) {
      return { [field]: condition };
    }
    if (keys.length === 1 && keys[0] === '$in' && Array.isArray(condition.$in) && spec.exact) {
      const values = condition.$in as unknown[];
      const hasNull = values.includes(null);
      const macs = { [PII.exact(field)]: { $in: macsOf(values) } };
      return hasNull ? { $or: [macs, { [field]: null }] } : macs;
    }
  }
  throw new EncryptedFieldError(
    `${where}: ${field} is encrypted; only equality${spec.exact ? '' : ' (not set up for it)'} or null tests can filter it`,
  );
}

function rewriteUpdate(
  keyring: Keyring,
  modelName: string,
  scope: string,
  options: EncryptedFieldsOptions,
  update: Fields,
  where: string,
): Fields {
  const out: Fields = {};
  const implicitSet: Fields = {};
  for (const [key, value] of Object.entries(update)) {
    if (key.startsWith('$')) out[key] = isRecord(value) ? { ...value } : value;
    else implicitSet[key] = value;
  }
  if (Object.keys(implicitSet).length > 0) out.$set = { ...(out.$set as Fields), ...implicitSet };
  for (const [operator, argument] of Object.entries(out)) {
    if (!isRecord(argument)) continue;
    for (const field of Object.keys(argument)) {
      const spec = options.fields[field];
      if (!spec) continue;
      if (operator === '$set' || operator === '$setOnInsert') {
        Object.assign(
          argument,
          protectedValues(keyring, modelName, scope, field, spec, argument[field]),
        );
      } else if (operator === '$unset') {
        for (const path of Object.keys(derivedValues(keyring, scope, field, spec, null))) {
          argument[path] = 1;
        }
      } else {
        throw new EncryptedFieldError(`${where}: ${operator} cannot change encrypted ${field}`);
      }
    }
  }
  return out;
}

import type { Model, Types } from 'mongoose';
import { badInput, conflict, notFound, type FieldError } from '../../../common/errors.js';
import { noSuch } from './records.js';

/** A record the new or changed one points at, e.g. a patient's owner. */
export interface Reference {
  field: string;
  /** What the field names, for the message: "client". */
  what: string;
  /** Looks the id up in the tenant in context. */
  exists: () => Promise<boolean>;
}

/** Records that point at the one being deleted, e.g. a client's patients. */
export interface Dependents {
  exist: () => Promise<unknown>;
  /** Why the delete is refused while they exist. */
  conflict: string;
}

/**
 * Every reference must resolve inside the caller's tenant. Another tenant's id is simply not
 * found there, so it gets the same answer as an id that exists nowhere.
 */
export async function assertReferences(references: readonly Reference[]): Promise<void> {
  const missing: FieldError[] = [];
  for (const reference of references) {
    if (!(await reference.exists())) {
      missing.push({ field: reference.field, message: noSuch(reference.what) });
    }
  }
  if (missing.length > 0) throw badInput(missing);
}

export interface ReferencingWrite<T> {
  references: readonly Reference[];
  /** Further checks that only make sense once the references exist (e.g. a double booking). */
  check?: () => Promise<void>;
  write: () => Promise<T>;
  undo: (written: T) => Promise<unknown>;
}

/**
 * Writes a record that points at others, then checks the references again. With no transactions
 * (FerretDB v1), a referenced record can be deleted between the first check and the write; the
 * second check catches that and undoes the write. Together with deleteUnlessReferenced, which
 * re-checks after deleting, no interleaving leaves a record pointing at nothing.
 */
export async function writeReferencing<T>(plan: ReferencingWrite<T>): Promise<T> {
  await assertReferences(plan.references);
  await plan.check?.();
  const written = await plan.write();
  if (plan.references.length > 0) {
    try {
      await assertReferences(plan.references);
    } catch (error) {
      await plan.undo(written);
      throw error;
    }
  }
  return written;
}

/** An update that has to be undone: the record before and after it, and what it set. */
export interface UpdateToUndo<D> {
  before: D;
  /** The record as the update left it; null when it was already gone. */
  after: D | null;
  /** Every field the update set, derived ones included (an appointment's ends_at). */
  fields: readonly (keyof D & string)[];
  /** Fields whose values only make sense together (a start, a duration and the end they give). */
  together?: readonly (readonly (keyof D & string)[])[];
}

interface Stored {
  _id: Types.ObjectId;
  updated_date: Date;
}

/**
 * Puts back every field an update set, so a refused update leaves the record as it was, not
 * half-written while the caller is told it failed.
 *
 * Why only where the record still holds what this update wrote: in the moment between the update
 * and its undo, another request may have written the same record; that write is newer than ours
 * and must stand. Without transactions, a condition on each restore is how to tell. The first
 * attempt restores everything at once, updated_date included, on condition that nobody wrote in
 * between (the usual case): the record is then exactly as before, in one atomic step. Otherwise
 * each field is restored alone where it still holds our value, except values that belong together,
 * which are restored all or none so no mix of old and new is left; updated_date keeps the newer
 * write's time, since the record did change after all. (A newer write of the very value we wrote
 * cannot be told from ours without a version field, and is undone with it.)
 */
export async function undoUpdate<M, D extends Stored>(
  model: Model<M>,
  { before, after, fields, together = [] }: UpdateToUndo<D>,
): Promise<void> {
  if (!after) return;
  const restore = (restored: readonly (keyof D & string)[], stillOurs: Record<string, unknown>) =>
    model.updateOne(
      { _id: after._id, ...stillOurs },
      valuesBefore(before, restored),
      // Our own updated_date, or none: the restore is not a change of its own.
      { timestamps: false },
    );

  const whole = await restore([...fields, 'updated_date'], {
    ...pick(after, fields),
    updated_date: after.updated_date,
  });
  if (whole.matchedCount > 0) return;
  const grouped = together.map((group) => group.filter((field) => fields.includes(field)));
  const alone = fields
    .filter((field) => !grouped.some((group) => group.includes(field)))
    .map((field) => [field]);
  for (const group of [...grouped, ...alone]) {
    if (group.length > 0) await restore(group, pick(after, group));
  }
}

function pick<D>(doc: D, fields: readonly (keyof D & string)[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, doc[field] ?? null]));
}

/** The update that puts these fields back; a field the record did not have is removed again. */
function valuesBefore<D>(before: D, fields: readonly (keyof D & string)[]) {
  const $set: Record<string, unknown> = {};
  const $unset: Record<string, ''> = {};
  for (const field of fields) {
    if (before[field] === undefined) $unset[field] = '';
    else $set[field] = before[field];
  }
  return {
    ...(Object.keys($set).length > 0 && { $set }),
    ...(Object.keys($unset).length > 0 && { $unset }),
  };
}

/**
 * Deletes a record unless others still point at it. The dependents are checked before and again
 * after the delete; if one appeared in between (a concurrent insert), the record is put back and
 * the delete is refused, so the new dependent is never left without its parent.
 */
export async function deleteUnlessReferenced<D>(
  what: string,
  dependents: readonly Dependents[],
  remove: () => Promise<D | null>,
  restore: (removed: D) => Promise<unknown>,
): Promise<void> {
  const refuseIfReferenced = async (): Promise<void> => {
    for (const dependent of dependents) {
      if (await dependent.exist()) throw conflict('id', dependent.conflict);
    }
  };
  await refuseIfReferenced();
  const removed = await remove();
  if (!removed) throw notFound(what);
  try {
    await refuseIfReferenced();
  } catch (error) {
    await restore(removed);
    throw error;
  }
}

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

const DUPLICATE_KEY = 11000;

/** Whether a write failed on a unique index: the database's answer to a race past a friendly check. */
export const isDuplicateKey = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === DUPLICATE_KEY;

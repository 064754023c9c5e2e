import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

/**
 * Where archives live. A local folder by default (`BACKUP_DIR`); an object store implements the
 * same four calls. Writes are atomic from a reader's view: `commit` publishes what `create` wrote.
 */
export interface BackupStorage {
  /** A stream to write a new object; nothing is visible under `key` until `commit`. */
  create(key: string): { stream: Writable; commit(): Promise<void>; abort(): Promise<void> };
  open(key: string): Readable;
  size(key: string): Promise<number | null>;
  remove(key: string): Promise<void>;
}

const SAFE_KEY = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;

export class LocalFolderStorage implements BackupStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!SAFE_KEY.test(key) || key.includes('..')) throw new Error(`Bad storage key "${key}"`);
    return path.join(this.root, key);
  }

  create(key: string) {
    const final = this.pathOf(key);
    const partial = `${final}.partial`;
    mkdirSync(path.dirname(final), { recursive: true });
    const stream = createWriteStream(partial, { flags: 'w' });
    return {
      stream,
      commit: async () => {
        await rename(partial, final);
      },
      abort: async () => {
        stream.destroy();
        await rm(partial, { force: true });
      },
    };
  }

  open(key: string): Readable {
    return createReadStream(this.pathOf(key));
  }

  async size(key: string): Promise<number | null> {
    try {
      return (await stat(this.pathOf(key))).size;
    } catch {
      return null;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

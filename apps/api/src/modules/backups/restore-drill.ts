import { randomBytes } from 'node:crypto';
import type { Connection, mongo } from 'mongoose';
import type { Logger } from 'pino';
import { AppError } from '../../common/errors.js';
import { authorize } from '../../common/policy.js';
import type { Principal } from '../../common/principal.js';
import type { BackupDocument } from './backup.model.js';
import { toBackupView, type BackupService, type BackupView } from './backup.service.js';
import { fromCanonicalText, canonicalText, MultisetHash } from './canonical.js';

const BATCH = 1000;

/**
 * The restore drill: restores a backup into a scratch database on the same server, reads it
 * back, and compares each collection's canonical hash and count with the manifest (the source's
 * hashes when it was backed up). It proves the archive restores to exactly what was backed up,
 * without touching the tenant. The scratch database is dropped afterwards.
 */
export class RestoreDrill {
  constructor(
    private readonly connection: Connection,
    private readonly backups: BackupService,
    private readonly log: Logger,
  ) {}

  async verify(principal: Principal, idArg: unknown): Promise<BackupView> {
    authorize(principal, 'backups:write');
    const backup = await this.backups.find(idArg);
    await this.drill(backup);
    return toBackupView(await this.backups.find(idArg));
  }

  /** Drills one backup and records the result on it; answers whether it passed. */
  async drill(backup: BackupDocument): Promise<boolean> {
    const name = `${this.connection.name}_drill_${randomBytes(4).toString('hex')}`;
    const scratch: mongo.Db = this.connection.getClient().db(name);
    try {
      let batch: mongo.Document[] = [];
      let current: string | null = null;
      const flush = async () => {
        if (current === null || batch.length === 0) return;
        await scratch.collection(current).insertMany(batch, { ordered: false });
        batch = [];
      };
      await this.backups.readVerified(backup, async (collection, canonical) => {
        if (collection !== current) {
          await flush();
          current = collection;
        }
        batch.push(fromCanonicalText(canonical));
        if (batch.length >= BATCH) await flush();
      });
      await flush();
      for (const entry of backup.collections) {
        const set = new MultisetHash();
        const cursor = scratch
          .collection(entry.name)
          .find({ tenant_id: backup.tenant_id }, { promoteValues: false, batchSize: BATCH });
        for await (const doc of cursor) set.add(canonicalText(doc));
        if (set.count !== entry.count || set.digest() !== entry.canonical) {
          throw new AppError(
            'BACKUP_CORRUPT',
            `${entry.name}: restored ${set.count} documents hashing differently from the source`,
          );
        }
      }
      await this.backups.recordVerification(backup, true, null);
      return true;
    } catch (error) {
      this.log.warn({ err: error, backupId: backup._id }, 'restore drill failed');
      await this.backups.recordVerification(backup, false, (error as Error).message);
      return false;
    } finally {
      await scratch.dropDatabase().catch(() => undefined);
    }
  }

  /** The scheduled drill: the newest completed backups never drilled, a few per run. */
  async drillRecent(limit = 3): Promise<number> {
    const pending = await this.backups.model
      .find({ status: 'completed', verified_at: null })
      .sort({ timestamp: -1 })
      .limit(limit)
      .lean();
    for (const backup of pending) await this.drill(backup);
    return pending.length;
  }
}

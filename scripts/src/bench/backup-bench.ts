import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mongo } from 'mongoose';
import { createLogger, loadConfig, startApp, subscribeFor, type App } from '@vetcares/api';
import { startServices, type ServiceHandles } from '../services.js';

const progress = (line: string) => console.error(`[bench:backups] ${line}`);
const GOAL_RATIO = 0.5;
const BATCH = 1000;

interface SizeFigures {
  /** From the start of "replace" to its first batch written: emptying the tenant's collections. */
  emptySeconds: number;
  documents: number;
  rawInsertPerSecond: number;
  rawReadPerSecond: number;
  backupSeconds: number;
  backupPerSecond: number;
  archiveBytes: number;
  backupPeakRssMb: number;
  restoreSeconds: number;
  replaceSeconds: number;
  replacePerSecond: number;
  restorePeakRssMb: number;
  baselineRssMb: number;
  backupPeakHeapMb: number;
  restorePeakHeapMb: number;
}

/** Samples the process's resident memory while `work` runs; answers its peak in MB. */
async function peakRss<T>(
  work: () => Promise<T>,
): Promise<{ result: T; peakMb: number; peakHeapMb: number }> {
  let peak = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const usage = process.memoryUsage();
    peak = Math.max(peak, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  }, 20);
  try {
    const result = await work();
    return { result, peakMb: Math.round(peak / 1e6), peakHeapMb: Math.round(peakHeap / 1e6) };
  } finally {
    clearInterval(timer);
  }
}

/** Realistic documents of three clinic collections, as the driver would store them. */
function documentsFor(tenantId: string, index: number): [string, mongo.Document] {
  const now = new Date();
  const kind = index % 10;
  if (kind < 5) {
    return [
      'appointments',
      {
        _id: new mongo.ObjectId(),
        tenant_id: tenantId,
        patient_id: new mongo.ObjectId(),
        staff_member_id: new mongo.ObjectId(),
        starts_at: now,
        duration_minutes: 30,
        status: 'scheduled',
        reason: `Annual check-up and vaccination ${index}`,
        notes: 'Bring the vaccination booklet; fasting from midnight.',
        created_date: now,
        updated_date: now,
      },
    ];
  }
  if (kind < 8) {
    return [
      'patients',
      {
        _id: new mongo.ObjectId(),
        tenant_id: tenantId,
        client_id: new mongo.ObjectId(),
        name: `Patient ${index}`,
        species: 'dog',
        breed: 'Border Collie',
        birth_date: now,
        weight_kg: 18.5,
        microchip_key: `~${new mongo.ObjectId().toHexString()}`,
        notes: 'Allergic to chicken.',
        created_date: now,
        updated_date: now,
      },
    ];
  }
  return [
    'payments',
    {
      _id: new mongo.ObjectId(),
      tenant_id: tenantId,
      client_id: new mongo.ObjectId(),
      appointment_id: null,
      amount_cents: 4500 + index,
      currency: 'USD',
      method: 'card',
      paid_at: now,
      note: null,
      created_date: now,
      updated_date: now,
    },
  ];
}

async function measureSize(app: App, documents: number): Promise<SizeFigures> {
  const admin = {
    kind: 'admin',
    adminId: 'bench',
    email: 'bench@vetcares.local',
    role: 'super_admin',
  } as const;
  const slug = `bench-backup-${documents}-${randomBytes(3).toString('hex')}`;
  const tenant = await app.services.tenants.create(admin, {
    name: `Bench ${documents}`,
    slug,
    contact_email: `owner@${slug}.example`,
    // Pending: the daily schedule backs up active tenants only, and must not run alongside.
    status: 'pending',
  });
  const db = app.connection.db!;

  progress(`${documents.toLocaleString('en-US')} documents: raw driver insert`);
  const insertStart = performance.now();
  const batches = new Map<string, mongo.Document[]>();
  for (let index = 0; index < documents; index += 1) {
    const [collection, doc] = documentsFor(tenant.id, index);
    const batch = batches.get(collection) ?? [];
    batch.push(doc);
    batches.set(collection, batch);
    if (batch.length >= BATCH) {
      await db.collection(collection).insertMany(batch, { ordered: false });
      batches.set(collection, []);
    }
  }
  for (const [collection, batch] of batches) {
    if (batch.length > 0) await db.collection(collection).insertMany(batch, { ordered: false });
  }
  const rawInsertSeconds = (performance.now() - insertStart) / 1000;

  progress('raw driver read');
  const readStart = performance.now();
  let read = 0;
  for (const collection of ['appointments', 'patients', 'payments']) {
    const cursor = db
      .collection(collection)
      .find({ tenant_id: tenant.id }, { batchSize: BATCH, promoteValues: false });
    for await (const doc of cursor) if (doc) read += 1;
  }
  const rawReadSeconds = (performance.now() - readStart) / 1000;
  if (read !== documents) throw new Error(`raw read found ${read} of ${documents}`);

  const baselineRssMb = Math.round(process.memoryUsage().rss / 1e6);
  progress('backup');
  const backupStart = performance.now();
  const {
    result: backup,
    peakMb: backupPeakRssMb,
    peakHeapMb: backupPeakHeapMb,
  } = await peakRss(() => app.services.backups.takeNow(tenant.id, 'manual', 'bench'));
  const backupSeconds = (performance.now() - backupStart) / 1000;

  progress('restore (verify, pre-restore backup, replace, erasures)');
  const phases = new Map<string, number>();
  // Listening before the restore starts, so no progress event is missed.
  const operationId = `bench-${runId()}`;
  const listening = new Promise<void>((resolve) => {
    const stop = app.pubSub.onListening((event) => {
      if (event.operationId === operationId) {
        stop();
        resolve();
      }
    });
  });
  const events = subscribeFor(operationId, () =>
    app.pubSub.subscribeTo('backupProgress', tenant.id),
  )[Symbol.asyncIterator]();
  let next = events.next();
  await listening;
  const restoreStart = performance.now();
  const { peakMb: restorePeakRssMb, peakHeapMb: restorePeakHeapMb } = await peakRss(async () => {
    const restore = await app.services.restores.restore(admin, backup._id.toHexString());
    for (;;) {
      const { value, done } = await next;
      if (done) throw new Error('progress ended');
      if (value.id === restore.id && value.phase && !phases.has(value.phase)) {
        phases.set(value.phase, performance.now());
      }
      if (value.id === restore.id && value.phase === 'replacing' && value.documents_done > 0) {
        if (!phases.has('first-insert')) phases.set('first-insert', performance.now());
      }
      if (value.id === restore.id && value.status !== 'in_progress') {
        if (value.status !== 'completed')
          throw new Error(`restore ${value.status}: ${value.error}`);
        return;
      }
      next = events.next();
    }
  });
  await events.return?.();
  const restoreSeconds = (performance.now() - restoreStart) / 1000;
  const replaceSeconds =
    ((phases.get('erasures') ?? performance.now()) - (phases.get('replacing') ?? restoreStart)) /
    1000;

  const emptySeconds =
    ((phases.get('first-insert') ?? restoreStart) - (phases.get('replacing') ?? restoreStart)) /
    1000;
  return {
    emptySeconds: round(emptySeconds),
    documents,
    rawInsertPerSecond: Math.round(documents / rawInsertSeconds),
    rawReadPerSecond: Math.round(documents / rawReadSeconds),
    backupSeconds: round(backupSeconds),
    backupPerSecond: Math.round(documents / backupSeconds),
    archiveBytes: backup.size,
    backupPeakRssMb,
    restoreSeconds: round(restoreSeconds),
    replaceSeconds: round(replaceSeconds),
    replacePerSecond: Math.round(documents / replaceSeconds),
    restorePeakRssMb,
    baselineRssMb,
    backupPeakHeapMb,
    restorePeakHeapMb,
  };
}

const runId = () => randomBytes(4).toString('hex');
const round = (value: number) => Math.round(value * 100) / 100;
const mark = (ok: boolean) => (ok ? 'meets' : 'MISSES');

function print(figures: SizeFigures[]): void {
  console.log('\nBackups: one tenant, backed up and restored (the API process, in place)');
  for (const f of figures) {
    const n = f.documents.toLocaleString('en-US');
    const backupRatio = f.backupPerSecond / f.rawReadPerSecond;
    const replaceRatio = f.replacePerSecond / f.rawInsertPerSecond;
    console.log(`  ${n} documents`);
    console.log(
      `    raw driver: read ${f.rawReadPerSecond.toLocaleString('en-US')} docs/s, insert ${f.rawInsertPerSecond.toLocaleString('en-US')} docs/s`,
    );
    console.log(
      `    backup  ${f.backupSeconds} s, ${f.backupPerSecond.toLocaleString('en-US')} docs/s (${backupRatio.toFixed(2)}× raw read — goal ≥ ${GOAL_RATIO}: ${mark(backupRatio >= GOAL_RATIO)}), archive ${(f.archiveBytes / 1e6).toFixed(2)} MB (${Math.round(f.archiveBytes / f.documents)} bytes a document), peak RSS ${f.backupPeakRssMb} MB (before: ${f.baselineRssMb} MB), peak JS heap ${f.backupPeakHeapMb} MB`,
    );
    console.log(
      `    restore ${f.restoreSeconds} s in all (verify + pre-restore backup + replace + erasures); replace ${f.replaceSeconds} s (of which emptying the old data ${f.emptySeconds} s), ${f.replacePerSecond.toLocaleString('en-US')} docs/s (${replaceRatio.toFixed(2)}× raw insert — goal ≥ ${GOAL_RATIO}: ${mark(replaceRatio >= GOAL_RATIO)}), peak RSS ${f.restorePeakRssMb} MB, peak JS heap ${f.restorePeakHeapMb} MB`,
    );
  }
  console.log(
    `\nMachine: ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} at the end (other work on the machine slows every figure).`,
  );
}

/** `pnpm bench backups`: backup and restore throughput against the raw driver, and memory. */
export async function runBackupBench(): Promise<void> {
  const run = runId();
  const backupDir = await mkdtemp(path.join(os.tmpdir(), 'vetcares-bench-backups-'));
  const sizes = (process.env.BENCH_BACKUP_SIZES ?? '20000,100000')
    .split(',')
    .map((value) => Number(value.trim()))
    .filter((value) => Number.isInteger(value) && value > 0);
  let services: ServiceHandles | undefined;
  let app: App | undefined;
  try {
    progress('starting MongoDB and Redis');
    services = await startServices({ persistent: false });
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      MONGODB_URI: services.mongoUri,
      MONGODB_DATABASE: `bench_backups_${run}`,
      REDIS_URL: services.redisUrl,
      REDIS_KEY_PREFIX: `bench:${run}:`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      ENCRYPTION_KEYS: `b1:${randomBytes(32).toString('base64')}`,
      HMAC_KEYS: `b1:${randomBytes(32).toString('base64')}`,
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'true',
      BACKUP_DIR: backupDir,
      ADMIN_STATIC_DIR: '',
    });
    app = await startApp(config, { log: createLogger(config) });
    const figures: SizeFigures[] = [];
    for (const size of sizes) figures.push(await measureSize(app, size));
    print(figures);
  } finally {
    await app?.connection.dropDatabase().catch(() => undefined);
    await app?.stop().catch((error: unknown) => console.error('[bench:backups] stop:', error));
    await services
      ?.stop()
      .catch((error: unknown) => console.error('[bench:backups] services:', error));
    await rm(backupDir, { recursive: true, force: true });
  }
}

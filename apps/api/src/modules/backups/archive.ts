import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, createGzip, constants as zlib } from 'node:zlib';
import { AppError } from '../../common/errors.js';
import { MultisetHash } from './canonical.js';

/**
 * The archive: one gzip stream of UTF-8 lines. Each document is a line
 * `{"c":"<collection>","d":<canonical Extended JSON>}`, collection after collection; the last
 * line is `{"manifest":{...}}` (the format, tenant, time and per-collection counts and
 * checksums). The database keeps the same manifest plus the SHA-256 of the archive's bytes and a
 * keyed MAC, so an archive is checked against a copy its writer could not change.
 */
export const ARCHIVE_FORMAT = 'vetcares-backup';
export const ARCHIVE_VERSION = 1;

export interface CollectionSummary {
  name: string;
  count: number;
  sha256: string;
  canonical: string;
}

export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  backup_id: string;
  tenant_id: string;
  timestamp: string;
  collections: CollectionSummary[];
}

const LINE = /^\{"c":"([A-Za-z0-9_.-]+)","d":/;

class CollectionTally {
  private readonly lines: Hash = createHash('sha256');
  private readonly set = new MultisetHash();

  constructor(readonly name: string) {}

  add(canonical: string): void {
    this.lines.update(canonical).update('\n');
    this.set.add(canonical);
  }

  summary(): CollectionSummary {
    return {
      name: this.name,
      count: this.set.count,
      sha256: this.lines.digest('hex'),
      canonical: this.set.digest(),
    };
  }
}

/** Writes an archive to `out`, with backpressure, tallying checksums as it goes. */
export class ArchiveWriter {
  private readonly gzip = createGzip({ level: zlib.Z_BEST_SPEED + 2 });
  private readonly bytes = createHash('sha256');
  private size = 0;
  private current: CollectionTally | null = null;
  private readonly done: CollectionSummary[] = [];
  private readonly finished: Promise<void>;

  constructor(out: Writable) {
    const counter = new PassThrough();
    counter.on('data', (chunk: Buffer) => {
      this.bytes.update(chunk);
      this.size += chunk.length;
    });
    this.gzip.pipe(counter).pipe(out);
    this.finished = once(out, 'finish').then(() => undefined);
    out.on('error', (error) => this.gzip.destroy(error));
  }

  startCollection(name: string): void {
    this.endCollection();
    this.current = new CollectionTally(name);
  }

  async addDocument(canonical: string): Promise<void> {
    this.current!.add(canonical);
    if (!this.gzip.write(`{"c":"${this.current!.name}","d":${canonical}}\n`)) {
      await once(this.gzip, 'drain');
    }
  }

  private endCollection(): void {
    if (this.current) this.done.push(this.current.summary());
    this.current = null;
  }

  /** Writes the manifest line and closes; answers the archive's size and SHA-256. */
  async finish(
    head: Omit<ArchiveManifest, 'collections'>,
  ): Promise<{ manifest: ArchiveManifest; size: number; sha256: string }> {
    this.endCollection();
    const manifest: ArchiveManifest = { ...head, collections: this.done };
    this.gzip.end(`${JSON.stringify({ manifest })}\n`);
    await this.finished;
    return { manifest, size: this.size, sha256: this.bytes.digest('hex') };
  }
}

export const corrupt = (detail: string): AppError =>
  new AppError('BACKUP_CORRUPT', `The archive failed verification: ${detail}`, [
    { field: 'backup_id', message: detail },
  ]);

export interface ExpectedArchive {
  sha256: string;
  collections: readonly CollectionSummary[];
}

/**
 * Reads an archive line by line: each document goes to `onDocument` (collection name and
 * canonical text), and at the end every checksum is compared with `expected` — the bytes' SHA-256,
 * each collection's count, line hash and canonical hash, and the manifest line. Any difference
 * (a one-byte change anywhere breaks at least the byte hash, and usually gzip's CRC) throws
 * BACKUP_CORRUPT. A caller that must not act on unverified data reads it once with no
 * `onDocument` first.
 */
export async function readArchive(
  input: Readable,
  expected: ExpectedArchive,
  onDocument?: (collection: string, canonical: string) => Promise<void> | void,
): Promise<void> {
  const bytes = createHash('sha256');
  input.on('data', (chunk: Buffer) => bytes.update(chunk));
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  const tallies = new Map<string, CollectionTally>();
  let manifestLine: string | null = null;
  try {
    for await (const line of linesOf(gunzip)) {
      if (manifestLine !== null) throw corrupt('data after the manifest');
      const match = LINE.exec(line);
      if (!match) {
        if (line.startsWith('{"manifest":')) {
          manifestLine = line;
          continue;
        }
        throw corrupt('a line is not a document');
      }
      const name = match[1]!;
      let tally = tallies.get(name);
      if (!tally) tallies.set(name, (tally = new CollectionTally(name)));
      const canonical = line.slice(match[0].length, -1);
      tally.add(canonical);
      if (onDocument) {
        try {
          await onDocument(name, canonical);
        } catch (error) {
          throw new CallbackFailed(error);
        }
      }
    }
    // Whatever follows the gzip stream is hashed too (and then fails the byte hash).
    input.resume();
    await finished(input);
  } catch (error) {
    input.destroy();
    if (error instanceof CallbackFailed) throw error.reason;
    if (error instanceof AppError) throw error;
    throw corrupt(`unreadable (${(error as Error).message})`);
  }
  const digest = bytes.digest('hex');
  if (digest !== expected.sha256) throw corrupt('the archive bytes do not match their SHA-256');
  if (manifestLine === null) throw corrupt('the manifest is missing');
  let manifest: ArchiveManifest;
  try {
    manifest = (JSON.parse(manifestLine) as { manifest: ArchiveManifest }).manifest;
  } catch {
    throw corrupt('the manifest is not JSON');
  }
  const wanted = new Map(expected.collections.map((entry) => [entry.name, entry]));
  for (const entry of manifest.collections) {
    const stored = wanted.get(entry.name);
    if (!stored || stored.sha256 !== entry.sha256 || stored.count !== entry.count) {
      throw corrupt(`the manifest differs for ${entry.name}`);
    }
  }
  for (const entry of expected.collections) {
    const got = tallies.get(entry.name)?.summary() ?? {
      name: entry.name,
      count: 0,
      sha256: createHash('sha256').digest('hex'),
      canonical: new MultisetHash().digest(),
    };
    if (got.count !== entry.count || got.sha256 !== entry.sha256) {
      throw corrupt(`${entry.name} does not match its checksum`);
    }
    if (got.canonical !== entry.canonical) throw corrupt(`${entry.name} canonical hash differs`);
  }
  for (const name of tallies.keys()) {
    if (!wanted.has(name)) throw corrupt(`${name} is not in the manifest`);
  }
}

/** What the caller's own callback threw: passed on as it is, never taken for corruption. */
class CallbackFailed extends Error {
  constructor(readonly reason: unknown) {
    super('the document callback failed');
  }
}

/**
 * The lines of a stream, pulled as the reader asks (readline's iterator buffers ahead of a slow
 * reader without bound; this one holds one chunk at a time, so memory stays flat).
 */
async function* linesOf(stream: Readable): AsyncIterable<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of stream) {
    rest += decoder.write(chunk as Buffer);
    let start = 0;
    for (let end = rest.indexOf('\n', start); end >= 0; end = rest.indexOf('\n', start)) {
      yield rest.slice(start, end);
      start = end + 1;
    }
    rest = rest.slice(start);
  }
  rest += decoder.end();
  if (rest.length > 0) yield rest;
}

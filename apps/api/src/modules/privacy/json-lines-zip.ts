import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Zip, ZipDeflate } from 'fflate';

export interface ArchivedFile {
  name: string;
  records: number;
  bytes: number;
  sha256: string;
}

const LINES_PER_CHUNK = 200;

/**
 * A zip archive of JSON-lines files written straight to a stream: each record is compressed and
 * sent as it is read, waiting whenever the stream is full, so an export of any size holds only a
 * few hundred records in memory. Sizes and checksums are counted on the way for the manifest.
 */
export class JsonLinesZip {
  private readonly zip: Zip;
  private failure: Error | null = null;
  private full = false;
  private readonly finished: Promise<void>;

  constructor(private readonly out: Writable) {
    let done!: () => void;
    this.finished = new Promise((resolve) => (done = resolve));
    this.zip = new Zip((error, chunk, final) => {
      if (error) {
        this.failure = error;
        return;
      }
      if (!out.write(chunk)) this.full = true;
      if (final) done();
    });
  }

  async addLines(name: string, records: AsyncIterable<unknown>): Promise<ArchivedFile> {
    const entry = new ZipDeflate(name, { level: 6 });
    this.zip.add(entry);
    const hash = createHash('sha256');
    let count = 0;
    let bytes = 0;
    let pending: string[] = [];
    const push = async (final: boolean) => {
      const data = Buffer.from(pending.join(''), 'utf8');
      pending = [];
      hash.update(data);
      bytes += data.length;
      entry.push(data, final);
      await this.drain();
    };
    for await (const record of records) {
      pending.push(`${JSON.stringify(record)}\n`);
      count += 1;
      if (pending.length >= LINES_PER_CHUNK) await push(false);
    }
    await push(true);
    return { name, records: count, bytes, sha256: hash.digest('hex') };
  }

  async addJson(name: string, value: unknown): Promise<void> {
    const entry = new ZipDeflate(name, { level: 6 });
    this.zip.add(entry);
    entry.push(Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8'), true);
    await this.drain();
  }

  async close(): Promise<void> {
    this.zip.end();
    await this.finished;
    if (this.failure) throw this.failure;
    this.out.end();
  }

  private async drain(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.full) {
      this.full = false;
      await once(this.out, 'drain');
    }
  }
}

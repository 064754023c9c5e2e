import { createSocket, type Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';

/**
 * A tiny authoritative DNS server on loopback answering TXT queries from a table, so domain
 * verification runs through node:dns for real without the internet. Anything else: NXDOMAIN.
 */
export class TxtDnsServer {
  readonly records = new Map<string, string[]>();
  private socket: Socket | null = null;

  async start(): Promise<string> {
    const socket = createSocket('udp4');
    this.socket = socket;
    socket.on('message', (query, peer) => {
      const answer = this.answer(query);
      if (answer) socket.send(answer, peer.port, peer.address);
    });
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    return `127.0.0.1:${(socket.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.socket ? this.socket.close(() => resolve()) : resolve()));
  }

  private answer(query: Buffer): Buffer | null {
    if (query.length < 12) return null;
    let offset = 12;
    const labels: string[] = [];
    while (offset < query.length && query[offset] !== 0) {
      const length = query[offset]!;
      labels.push(query.subarray(offset + 1, offset + 1 + length).toString('ascii'));
      offset += length + 1;
    }
    const questionEnd = offset + 5; // zero byte, type, class
    const type = query.readUInt16BE(offset + 1);
    const name = labels.join('.').toLowerCase();
    const values = type === 16 ? this.records.get(name) : undefined;

    const header = Buffer.alloc(12);
    query.copy(header, 0, 0, 2); // same id
    header.writeUInt16BE(values ? 0x8400 : 0x8403, 2); // response, authoritative; NXDOMAIN when none
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(values?.length ?? 0, 6);
    const answers = (values ?? []).map((value) => {
      const text = Buffer.from(value, 'utf8');
      const record = Buffer.alloc(12);
      record.writeUInt16BE(0xc00c, 0); // pointer to the question's name
      record.writeUInt16BE(16, 2); // TXT
      record.writeUInt16BE(1, 4); // IN
      record.writeUInt32BE(60, 6);
      record.writeUInt16BE(text.length + 1, 10);
      return Buffer.concat([record, Buffer.from([text.length]), text]);
    });
    return Buffer.concat([header, query.subarray(12, questionEnd), ...answers]);
  }
}

import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

/**
 * The benchmark's dashboards, on a thread of their own so parsing their frames does not take the
 * API's event loop: `count` graphql-transport-ws sockets, each one subscription.
 */
export interface SubscribersData {
  url: string;
  token: string;
  count: number;
  /** The document and variables of subscriber `index`. */
  documents: { query: string; variables?: Record<string, unknown> }[];
  /** Which field of the payload holds the moment the event was made (ISO string). */
  stampPath: string[];
}

const data = workerData as SubscribersData;
const sockets: WebSocket[] = [];
const latencies: number[] = [];
let measuring = false;

function stampOf(payload: unknown): number | null {
  let value: unknown = payload;
  for (const key of data.stampPath) value = (value as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? Date.parse(value) : null;
}

async function open(index: number): Promise<void> {
  const socket = new WebSocket(
    `${data.url.replace(/^http/, 'ws')}/graphql`,
    'graphql-transport-ws',
  );
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  socket.send(
    JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${data.token}` } }),
  );
  await new Promise<void>((resolve) => {
    socket.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as { type: string; payload?: unknown };
      if (message.type === 'connection_ack') return resolve();
      if (message.type === 'error') parentPort!.postMessage({ refused: message });
      if (message.type !== 'next' || !measuring) return;
      const stamp = stampOf(message.payload);
      if (stamp !== null) latencies.push(Date.now() - stamp);
    });
  });
  const document = data.documents[index % data.documents.length]!;
  socket.send(JSON.stringify({ id: `bench-${index}`, type: 'subscribe', payload: document }));
}

parentPort!.on('message', (command: string) => {
  if (command === 'measure') measuring = true;
  if (command === 'report') {
    measuring = false;
    parentPort!.postMessage({ latencies });
    for (const socket of sockets) socket.terminate();
  }
});

for (let start = 0; start < data.count; start += 50) {
  await Promise.all(
    Array.from({ length: Math.min(50, data.count - start) }, (_, offset) => open(start + offset)),
  );
}
parentPort!.postMessage({ opened: sockets.length });

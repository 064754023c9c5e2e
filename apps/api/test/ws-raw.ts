import WebSocket from 'ws';

export interface RawMessage {
  id?: string;
  type: string;
  payload?: unknown;
}

export interface RawSocket {
  socket: WebSocket;
  messages: RawMessage[];
  /** Resolves with the first message (already received or still to come) that passes `test`. */
  next(test: (message: RawMessage) => boolean): Promise<RawMessage>;
  /** Resolves with the close code and reason, whenever the socket closes. */
  closed: Promise<{ code: number; reason: string }>;
  send(message: RawMessage): void;
  subscribe(id: string, query: string, variables?: Record<string, unknown>): void;
}

/**
 * A graphql-transport-ws socket spoken by hand, to see exactly what the server sends (frames,
 * close codes) without a client library's retries and interpretations.
 */
export function rawSocket(
  url: string,
  options: { headers?: Record<string, string>; protocol?: string } = {},
): RawSocket {
  const socket = new WebSocket(
    `${url.replace(/^http/, 'ws')}/graphql`,
    options.protocol ?? 'graphql-transport-ws',
    { headers: options.headers },
  );
  const messages: RawMessage[] = [];
  const waiters = new Set<() => void>();
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)) as RawMessage);
    for (const waiter of [...waiters]) waiter();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.once('close', (code, reason) => {
      resolve({ code, reason: reason.toString() });
      for (const waiter of [...waiters]) waiter();
    });
    socket.once('error', () => undefined);
  });
  const opened = new Promise<void>((resolve) => socket.once('open', () => resolve()));
  const send = (message: RawMessage) => {
    void opened.then(() => socket.send(JSON.stringify(message)));
  };
  return {
    socket,
    messages,
    closed,
    send,
    subscribe: (id, query, variables) =>
      send({ id, type: 'subscribe', payload: { query, ...(variables ? { variables } : {}) } }),
    next: (test) =>
      new Promise<RawMessage>((resolve, reject) => {
        const check = () => {
          const found = messages.find(test);
          if (found) {
            waiters.delete(check);
            resolve(found);
          } else if (socket.readyState === WebSocket.CLOSED) {
            waiters.delete(check);
            reject(new Error(`socket closed; received ${JSON.stringify(messages)}`));
          }
        };
        waiters.add(check);
        check();
      }),
  };
}

/** Opens a socket and completes connection_init; resolves once acknowledged. */
export async function initialised(
  url: string,
  params: Record<string, unknown> = {},
  headers?: Record<string, string>,
): Promise<RawSocket> {
  const raw = rawSocket(url, { headers });
  raw.send({ type: 'connection_init', payload: params });
  await raw.next((message) => message.type === 'connection_ack');
  return raw;
}

import type { Page, WebSocket } from 'playwright-core';

interface Message {
  id?: string;
  type?: string;
  payload?: { query?: string };
}

/**
 * Follows the graphql-ws subscriptions a page opens to one root field, by the frames it sends:
 * `open()` resolves with the operation id of one that is open now, waiting for the page to open
 * one if it has none. With that id, a test can wait for the API to say the subscription listens.
 */
export function followPageSubscriptions(page: Page, field: string) {
  const open = new Map<string, WebSocket>();
  const waiting = new Set<(operationId: string) => void>();

  page.on('websocket', (socket) => {
    socket.on('framesent', ({ payload }) => {
      const message = parse(payload);
      if (!message?.id) return;
      if (message.type === 'subscribe' && message.payload?.query?.includes(field)) {
        open.set(message.id, socket);
        for (const resolve of waiting) resolve(message.id);
        waiting.clear();
      } else if (message.type === 'complete') {
        open.delete(message.id);
      }
    });
    socket.on('close', () => {
      for (const [operationId, owner] of open) if (owner === socket) open.delete(operationId);
    });
  });

  return {
    open(): Promise<string> {
      const latest = [...open.keys()].at(-1);
      if (latest) return Promise.resolve(latest);
      return new Promise<string>((resolve) => waiting.add(resolve));
    },
  };
}

function parse(payload: string | Buffer): Message | null {
  try {
    return JSON.parse(payload.toString()) as Message;
  } catch {
    return null;
  }
}

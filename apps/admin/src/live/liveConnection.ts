import { useSyncExternalStore } from 'react';

/** Whether live updates are flowing: the websocket the console's subscriptions use. */
export type LiveConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

let state: LiveConnectionState = 'connecting';
let everConnected = false;
const listeners = new Set<() => void>();

function set(next: LiveConnectionState): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

/** Fed by the websocket client's own events (see createApolloClient). */
export const liveConnection = {
  connecting(): void {
    set(everConnected ? 'reconnecting' : 'connecting');
  },
  connected(): void {
    everConnected = true;
    set('connected');
  },
  closed(): void {
    set(everConnected ? 'reconnecting' : 'offline');
  },
  /** After the client gave up retrying. */
  gaveUp(): void {
    set('offline');
  },
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useLiveConnection = (): LiveConnectionState =>
  useSyncExternalStore(subscribe, () => state);

/**
 * Live counts of the websocket transport, updated in place: the hook for metrics (read them at
 * scrape time). `startGraphQL` returns it.
 */
export interface WebSocketStats {
  /** Open websockets. */
  connections: number;
  /** Running subscriptions, over all sockets. */
  subscriptions: number;
  /** Groups of subscriptions that share one execution per event. */
  groups: number;
  /** Events executed and serialized (once per group and event). */
  eventsExecuted: number;
  /** Frames written to sockets (once per subscription and event). */
  framesSent: number;
  /** Sockets closed because their credential ended or expired. */
  credentialClosures: number;
  /** Sockets dropped for reading too slowly. */
  slowClientsDropped: number;
  /** Upgrades refused because the address held its maximum of sockets. */
  connectionsRefused: number;
}

export const emptyWebSocketStats = (): WebSocketStats => ({
  connections: 0,
  subscriptions: 0,
  groups: 0,
  eventsExecuted: 0,
  framesSent: 0,
  credentialClosures: 0,
  slowClientsDropped: 0,
  connectionsRefused: 0,
});

import type { Redis } from 'ioredis';

type Listener = (event: CustomEvent) => void;
type ListenerOrObject = Listener | { handleEvent: Listener };

interface Channel {
  listeners: Set<Listener>;
  /** Settles when Redis has answered the SUBSCRIBE that all of the channel's listeners share. */
  subscribed: Promise<void>;
}

export interface Serializer {
  stringify(value: unknown): string;
  parse(text: string): unknown;
}

/**
 * The event target the pub/sub runs on: events published on any instance reach listeners on
 * every instance, one Redis channel per topic, subscribed while anyone here listens.
 *
 * Like @graphql-yoga/redis-event-target, with one addition: it keeps the SUBSCRIBE's answer, so
 * the pub/sub can tell when a new listener really hears every event published from then on (a
 * listener added before Redis confirmed the channel misses what is published in between).
 */
export class RedisEventTarget {
  private readonly channels = new Map<string, Channel>();
  /** Settles once the last (UN)SUBSCRIBE asked for has been sent; the next waits for it. */
  private sent: Promise<void> = Promise.resolve();

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly serializer: Serializer,
    /** Hears a publish Redis refused (say, the connection closing as the app stops). */
    private readonly onPublishFailed: (channel: string, error: unknown) => void,
  ) {
    subscriber.on('message', (channel: string, message: string) => {
      const listeners = this.channels.get(channel)?.listeners;
      if (!listeners) return;
      const detail = message === '' ? null : serializer.parse(message);
      for (const listener of listeners) listener(new CustomEvent(channel, { detail }));
    });
  }

  addEventListener(type: string, callback: ListenerOrObject | null): void {
    if (!callback) return;
    let channel = this.channels.get(type);
    if (!channel) {
      const subscribed = this.send(() => this.subscriber.subscribe(type)).then(() => undefined);
      // Whoever waits on it hears the failure; nobody waiting is no reason to crash.
      subscribed.catch(() => undefined);
      channel = { listeners: new Set(), subscribed };
      this.channels.set(type, channel);
    }
    channel.listeners.add(listenerOf(callback));
  }

  removeEventListener(type: string, callback: ListenerOrObject | null): void {
    const channel = this.channels.get(type);
    if (!callback || !channel) return;
    channel.listeners.delete(listenerOf(callback));
    if (channel.listeners.size > 0) return;
    this.channels.delete(type);
    // The connection may be gone (the app stopping): its subscriptions went with it.
    this.send(() => this.subscriber.unsubscribe(type)).catch(() => undefined);
  }

  dispatchEvent(event: CustomEvent): boolean {
    const { detail } = event as { detail: unknown };
    this.publisher
      .publish(event.type, detail === undefined ? '' : this.serializer.stringify(detail))
      .catch((error: unknown) => this.onPublishFailed(event.type, error));
    return true;
  }

  /**
   * Sends (UN)SUBSCRIBEs in the order asked, and only on a ready connection. ioredis 5 writes a
   * SUBSCRIBE made while its connection handshake runs at once, ahead of the handshake's own
   * CLIENT and INFO; Redis refuses those in subscriber mode, ioredis resets the connection, and
   * the subscription is silently gone (redis/ioredis#2037, fixed in ioredis 6). The API
   * subscribes to cache invalidations as it starts, right in that window; under load it lost them.
   */
  private send<T>(command: () => Promise<T>): Promise<T> {
    let reply: Promise<T> | undefined;
    const sent = this.sent
      .then(() => this.ready())
      .then(() => {
        reply = command();
      });
    this.sent = sent.catch(() => undefined);
    return sent.then(() => reply!);
  }

  private ready(): Promise<void> {
    if (this.subscriber.status === 'ready') return Promise.resolve();
    return new Promise((resolve) => this.subscriber.once('ready', () => resolve()));
  }

  /**
   * Resolves once Redis has confirmed the channel the current listeners of `type` share: from
   * then on they hear everything published to it.
   */
  subscribed(type: string): Promise<void> {
    return (
      this.channels.get(type)?.subscribed ?? Promise.reject(new Error(`nobody listens to ${type}`))
    );
  }
}

const listenerOf = (callback: ListenerOrObject): Listener =>
  'handleEvent' in callback ? callback.handleEvent : callback;

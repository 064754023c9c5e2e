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

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly serializer: Serializer,
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
      const subscribed = this.subscriber.subscribe(type).then(() => undefined);
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
    void this.subscriber.unsubscribe(type);
  }

  dispatchEvent(event: CustomEvent): boolean {
    const { detail } = event as { detail: unknown };
    void this.publisher.publish(
      event.type,
      detail === undefined ? '' : this.serializer.stringify(detail),
    );
    return true;
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

import {
  createSourceEventStream,
  execute,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { Logger } from 'pino';
import { canonicalJson } from '../../common/canonical-json.js';
import type { Principal } from '../../common/principal.js';
import type { Clock } from '../../core/clock.js';
import type { ServiceRegistry } from '../../core/registry.js';
import type { GraphQLContext } from '../context.js';
import { currentThenParts } from '../current-then.js';
import { subscribeFor, type AppPubSub, type Listening } from '../pubsub.js';
import { RequestLoaders } from '../request-loaders.js';
import { WS_CLOSE } from './close-codes.js';
import type { Subscriber } from './connection.js';
import type { WebSocketStats } from './stats.js';

/** What one subscription runs, and as whom. */
export interface SubscriptionRequest {
  query: string;
  document: DocumentNode;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
  principal: Principal;
  host: string | null;
  requestId: string;
}

export type FormatError = (
  formatted: GraphQLFormattedError,
  error: unknown,
) => GraphQLFormattedError;

export interface FanoutOptions {
  schema: GraphQLSchema;
  services: ServiceRegistry;
  pubSub: AppPubSub;
  log: Logger;
  formatError: FormatError;
  clock: Clock;
  /** A socket with more than this queued unsent is dropped (WS_CLOSE.tooSlow). */
  maxBufferedBytes: number;
  stats: WebSocketStats;
}

/** Subscriptions that get the same frames: one source stream, one execution per event. */
interface Group {
  key: string;
  /** Names the group's pub/sub subscription, so its Listening signal can be relayed to members. */
  token: string;
  request: SubscriptionRequest;
  members: Set<Subscriber>;
  iterator: AsyncIterator<unknown>;
  listening: Listening['topic'] | null;
}

const GROUP_TOKEN = 'ws-group:';
const FRAME_END = Buffer.from('}');

/**
 * Who may see what: the principal's kind, role and tenant decide every subscription's result
 * (services authorize by role, clinic principals are confined to their tenant). Subscribers in
 * different tenants or roles never share a group.
 */
export function accessScope(principal: Principal, host: string | null): string {
  switch (principal.kind) {
    case 'admin':
      return `admin:${principal.role}@${host ?? ''}`;
    case 'clinic_user':
      return `clinic_user:${principal.tenantId}:${principal.role}@${host ?? ''}`;
    case 'api_key':
      return `api_key:${principal.tenantId}@${host ?? ''}`;
    case 'anonymous':
      return `anonymous@${host ?? ''}`;
  }
}

export const groupKey = (request: SubscriptionRequest): string =>
  [
    accessScope(request.principal, request.host),
    request.operationName ?? '',
    canonicalJson(request.variables ?? {}),
    request.query,
  ].join('\n');

/** The start of every `next` frame for an operation: the rest is the payload and `}`. */
export const framePrefix = (operationId: string): Buffer =>
  Buffer.from(`{"id":${JSON.stringify(operationId)},"type":"next","payload":`);

/**
 * The fan-out (issue 10 §5). Subscribers that share an operation document, variables and access
 * scope form a group: the group holds one source stream; each event is executed and serialized
 * once, and the same bytes (behind each operation's own id) are written to every member's socket
 * synchronously, with no promise per member. Before each frame the member's credential is checked
 * in memory (ended, expired) and a socket that has fallen behind is dropped.
 */
export class SubscriptionFanout {
  private readonly groups = new Map<string, Group>();
  private readonly byToken = new Map<string, Group>();
  private serial = 0;

  constructor(private readonly options: FanoutOptions) {
    options.pubSub.onListening((listening) => this.relayListening(listening));
  }

  /** Whether a Listening signal is a group's own (relayed to its members, not logged). */
  static isGroupSignal(listening: Listening): boolean {
    return listening.operationId?.startsWith(GROUP_TOKEN) ?? false;
  }

  /**
   * Starts `subscriber` on `request`. The subscription field's own `subscribe` runs for every
   * subscriber (it authorizes, and gives a feed's current state); the group's stream is shared.
   * Resolves with the errors to answer when the field refused.
   */
  async subscribe(
    subscriber: Subscriber,
    request: SubscriptionRequest,
  ): Promise<ExecutionResult | null> {
    const key = groupKey(request);
    const existing = this.groups.get(key);
    const token = existing ? undefined : `${GROUP_TOKEN}${++this.serial}`;
    const source = await subscribeFor(token, () =>
      createSourceEventStream({
        schema: this.options.schema,
        document: request.document,
        contextValue: this.context(request),
        variableValues: request.variables,
        operationName: request.operationName,
      }),
    );
    if (!isAsyncIterable(source)) return source;
    if (subscriber.cancelled || !subscriber.connection.open) return null;

    const parts = currentThenParts(source);
    if (parts) {
      // The feed's current state, to this subscriber alone, before it hears the shared updates.
      const frame = await this.frame(request, parts.current);
      this.deliver(subscriber, frame, this.options.clock.now().getTime());
      if (subscriber.cancelled || !subscriber.connection.open) return null;
    }

    let group = this.groups.get(key);
    if (!group) {
      // The group this subscriber meant to join ended meanwhile: start over as a group's first.
      if (!token) return this.subscribe(subscriber, request);
      group = this.startGroup(key, token, request, parts ? parts.updates : source);
    }
    this.join(group, subscriber);
    return null;
  }

  /** Counts for metrics and tests: how many groups run now. */
  get groupCount(): number {
    return this.groups.size;
  }

  /** Ends every group's stream (the server is stopping). */
  stop(): void {
    for (const group of [...this.groups.values()]) this.endGroup(group);
  }

  private startGroup(
    key: string,
    token: string,
    request: SubscriptionRequest,
    events: AsyncIterable<unknown>,
  ): Group {
    const group: Group = {
      key,
      token,
      request,
      members: new Set(),
      iterator: events[Symbol.asyncIterator](),
      listening: null,
    };
    this.groups.set(key, group);
    this.byToken.set(token, group);
    this.options.stats.groups += 1;
    void this.run(group);
    return group;
  }

  private join(group: Group, subscriber: Subscriber): void {
    group.members.add(subscriber);
    this.options.stats.subscriptions += 1;
    subscriber.leave = () => this.leave(group, subscriber);
    if (group.listening) this.announce(group.listening, subscriber);
  }

  private leave(group: Group, subscriber: Subscriber): void {
    if (!group.members.delete(subscriber)) return;
    this.options.stats.subscriptions -= 1;
    if (group.members.size === 0) this.endGroup(group);
  }

  private endGroup(group: Group): void {
    if (this.groups.get(group.key) !== group) return;
    this.groups.delete(group.key);
    this.byToken.delete(group.token);
    this.options.stats.groups -= 1;
    // Stops the stream (and its Redis subscription, once nobody else here listens).
    group.iterator.return?.().catch(() => undefined);
  }

  /** One pull per event for the whole group; one execution; one frame body for every member. */
  private async run(group: Group): Promise<void> {
    try {
      for (;;) {
        const next = await group.iterator.next();
        if (next.done || this.groups.get(group.key) !== group) break;
        const frame = await this.frame(group.request, next.value);
        const now = this.options.clock.now().getTime();
        for (const member of group.members) this.deliver(member, frame, now);
      }
    } catch (error) {
      this.options.log.error({ err: error }, 'a subscription stream failed');
    } finally {
      // The stream ended (or failed): its subscribers hear `complete`, as graphql-ws would send.
      for (const member of group.members) {
        member.leave = null;
        member.connection.operations.delete(member.operationId);
        this.options.stats.subscriptions -= 1;
        if (member.connection.open)
          member.connection.socket.send(
            JSON.stringify({ id: member.operationId, type: 'complete' }),
          );
      }
      group.members.clear();
      this.endGroup(group);
    }
  }

  /** Executes the operation for one event and serializes the result: once per group and event. */
  private async frame(request: SubscriptionRequest, event: unknown): Promise<Buffer> {
    const result = await execute({
      schema: this.options.schema,
      document: request.document,
      rootValue: event,
      contextValue: this.context(request),
      variableValues: request.variables,
      operationName: request.operationName,
    });
    this.options.stats.eventsExecuted += 1;
    return Buffer.from(JSON.stringify(this.formatResult(result)));
  }

  formatResult(result: ExecutionResult): Record<string, unknown> {
    if (!result.errors?.length) return { data: result.data };
    return {
      ...(result.data !== undefined ? { data: result.data } : {}),
      errors: result.errors.map((error) => this.options.formatError(error.toJSON(), error)),
    };
  }

  /** Writes one frame to one member, synchronously; checks its credential and its backlog first. */
  private deliver(member: Subscriber, payload: Buffer, nowMs: number): void {
    const { connection } = member;
    if (!connection.mayReceive(nowMs)) return;
    if (connection.socket.bufferedAmount > this.options.maxBufferedBytes) {
      this.options.stats.slowClientsDropped += 1;
      connection.close(WS_CLOSE.tooSlow, 'Too slow: read your messages, then reconnect');
      return;
    }
    connection.socket.send(Buffer.concat([member.framePrefix, payload, FRAME_END]), {
      binary: false,
    });
    this.options.stats.framesSent += 1;
  }

  /** A fresh context per execution, so DataLoader caches never outlive one event. */
  private context(request: SubscriptionRequest): GraphQLContext {
    return {
      requestId: request.requestId,
      principal: request.principal,
      host: request.host,
      services: this.options.services,
      pubSub: this.options.pubSub,
      log: this.options.log,
      loaders: new RequestLoaders(),
    };
  }

  /** The group's stream now hears every event: so does each of its members, now and later. */
  private relayListening(listening: Listening): void {
    if (!SubscriptionFanout.isGroupSignal(listening)) return;
    const group = this.byToken.get(listening.operationId!);
    if (!group || group.listening) return;
    group.listening = listening.topic;
    for (const member of group.members) this.announce(listening.topic, member);
  }

  private announce(topic: Listening['topic'], member: Subscriber): void {
    this.options.pubSub.announceListening({ topic, operationId: member.operationId });
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

import type { Logger } from 'pino';
import {
  CREDENTIAL_ENDED,
  credentialSubjects,
  type CredentialEnded,
} from '../../common/credential-ended.js';
import type { AppPubSub } from '../pubsub.js';
import { WS_CLOSE } from './close-codes.js';
import type { WsConnection } from './connection.js';
import type { WebSocketStats } from './stats.js';

/**
 * Hears `credentialEnded` from every API instance (through Redis) and closes this instance's
 * sockets whose principal carries one of its subjects, at once. The sockets are also marked, so
 * no frame reaches them even before the close completes.
 */
export class CredentialWatch {
  private readonly bySubject = new Map<string, Set<WsConnection>>();
  private readonly subjectsOf = new Map<WsConnection, string[]>();
  private stopWatching: (() => void) | null = null;

  constructor(
    private readonly stats: WebSocketStats,
    private readonly log: Logger,
  ) {}

  /** Starts hearing the topic; resolves once Redis confirmed it (nothing published after is missed). */
  async start(pubSub: AppPubSub): Promise<void> {
    let events: AsyncIterable<CredentialEnded>;
    try {
      events = pubSub.subscribe(CREDENTIAL_ENDED);
    } catch {
      // A narrowed test app without the module that declares the topic: nothing ends credentials.
      this.log.warn(
        'credentialEnded is not declared; open sockets will not hear ended credentials',
      );
      return;
    }
    const iterator = events[Symbol.asyncIterator]();
    let stopped = false;
    this.stopWatching = () => {
      stopped = true;
      void iterator.return?.();
    };
    const loop = async () => {
      while (!stopped) {
        const next = await iterator.next();
        if (next.done) return;
        this.ended(next.value);
      }
    };
    loop().catch((error: unknown) => this.log.error({ err: error }, 'credential watch stopped'));
    await pubSub.subscribed(CREDENTIAL_ENDED);
  }

  stop(): void {
    this.stopWatching?.();
  }

  /** Indexes the socket under its principal's current subjects. */
  track(connection: WsConnection): void {
    this.untrack(connection);
    const subjects = credentialSubjects(connection.principal);
    this.subjectsOf.set(connection, subjects);
    for (const subject of subjects) {
      let connections = this.bySubject.get(subject);
      if (!connections) this.bySubject.set(subject, (connections = new Set()));
      connections.add(connection);
    }
  }

  untrack(connection: WsConnection): void {
    for (const subject of this.subjectsOf.get(connection) ?? []) {
      const connections = this.bySubject.get(subject);
      connections?.delete(connection);
      if (connections?.size === 0) this.bySubject.delete(subject);
    }
    this.subjectsOf.delete(connection);
  }

  private ended({ subjects, reason }: CredentialEnded): void {
    for (const subject of subjects) {
      for (const connection of this.bySubject.get(subject) ?? []) {
        connection.credentialEnded = true;
        this.stats.credentialClosures += 1;
        this.log.info({ subject, reason }, 'websocket closed: its credential ended');
        connection.close(WS_CLOSE.forbidden, `Credential ended: ${reason}`.slice(0, 120));
      }
    }
  }
}

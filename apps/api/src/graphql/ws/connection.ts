import type WebSocket from 'ws';
import { ANONYMOUS, type Principal } from '../../common/principal.js';
import type { Clock } from '../../core/clock.js';
import { WS_CLOSE } from './close-codes.js';

/** setTimeout's longest delay; a later expiry is reached in steps. */
const MAX_TIMER_MS = 2_147_483_647;

/** A subscription a socket runs: its place in a group, and the start of every frame it is sent. */
export interface Subscriber {
  connection: WsConnection;
  operationId: string;
  /** `{"id":"…","type":"next","payload":` for this operation: a frame is this, the payload, `}`. */
  framePrefix: Buffer;
  /** Set once the subscription joined its group; until then it is being set up. */
  leave: (() => void) | null;
  /** The client completed it (or the socket closed) while it was being set up. */
  cancelled: boolean;
}

/**
 * One graphql-ws socket: who is on it (re-resolved on each subscribe), whether that credential
 * has ended or expired (checked in memory before every frame), and its running operations.
 */
export class WsConnection {
  principal: Principal = ANONYMOUS;
  /** Set when a credentialEnded event named one of the principal's subjects. */
  credentialEnded = false;
  expiresAtMs: number | null = null;
  initReceived = false;
  acknowledged = false;
  connectionParams: Record<string, unknown> = {};
  readonly operations = new Map<string, Subscriber>();
  private expiryTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly socket: WebSocket,
    /** The caller's address (X-Forwarded-For through trusted proxies, else the socket's). */
    readonly address: string,
    readonly userAgent: string | null,
    readonly host: string | null,
    private readonly clock: Clock,
  ) {}

  get open(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  /** The socket's current principal; its token's exp arms the timer that closes the socket. */
  setPrincipal(principal: Principal): void {
    this.principal = principal;
    const expiresAt =
      principal.kind === 'admin' || principal.kind === 'clinic_user'
        ? principal.expiresAt
        : undefined;
    this.expiresAtMs = expiresAt ? expiresAt.getTime() : null;
    this.armExpiry();
  }

  /** Whether frames may still go to this socket: open, credential alive and unexpired. */
  mayReceive(nowMs: number): boolean {
    if (!this.open) return false;
    if (this.credentialEnded) {
      this.close(WS_CLOSE.forbidden, 'Credential ended');
      return false;
    }
    if (this.expiresAtMs !== null && nowMs >= this.expiresAtMs) {
      this.close(WS_CLOSE.unauthorized, 'Token expired');
      return false;
    }
    return true;
  }

  close(code: number, reason: string): void {
    this.clearExpiry();
    if (
      this.socket.readyState === this.socket.OPEN ||
      this.socket.readyState === this.socket.CONNECTING
    )
      this.socket.close(code, reason);
  }

  /** Stops the timers; the socket is gone. */
  dispose(): void {
    this.clearExpiry();
  }

  private armExpiry(): void {
    this.clearExpiry();
    if (this.expiresAtMs === null) return;
    const delay = this.expiresAtMs - this.clock.now().getTime();
    if (delay <= 0) {
      this.close(WS_CLOSE.unauthorized, 'Token expired');
      return;
    }
    this.expiryTimer = setTimeout(() => this.armExpiry(), Math.min(delay, MAX_TIMER_MS));
    this.expiryTimer.unref();
  }

  private clearExpiry(): void {
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
    this.expiryTimer = null;
  }
}

import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';
import { TRUST_PROXY } from '../../http/trust-proxy.js';

const trusted = proxyAddr.compile(TRUST_PROXY);

/**
 * The address a websocket's upgrade request came from: X-Forwarded-For as far as it passed
 * trusted proxies (the same rule as Express's `req.ip`), else the socket's own address.
 */
export function callerAddress(request: IncomingMessage): string {
  try {
    return proxyAddr(request, trusted);
  } catch {
    return request.socket.remoteAddress ?? 'unknown';
  }
}

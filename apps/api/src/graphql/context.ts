import type { Logger } from 'pino';
import type { Principal } from '../common/principal.js';
import type { ServiceRegistry } from '../core/registry.js';
import type { AppPubSub } from './pubsub.js';
import type { RequestLoaders } from './request-loaders.js';

/** What every resolver gets; built per HTTP request and per websocket operation. */
export interface GraphQLContext {
  requestId: string;
  principal: Principal;
  /** The request's Host header, which names the clinic for clinic-facing requests. */
  host: string | null;
  services: ServiceRegistry;
  pubSub: AppPubSub;
  log: Logger;
  /** Per-request DataLoaders, keyed by tenant. */
  loaders: RequestLoaders;
}

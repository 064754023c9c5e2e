import type { Logger } from 'pino';
import type { Principal } from '../common/principal.js';
import type { Services } from '../services.js';
import type { AppPubSub } from './pubsub.js';

/** What every resolver gets; built per HTTP request and per websocket operation. */
export interface GraphQLContext {
  requestId: string;
  principal: Principal;
  services: Services;
  pubSub: AppPubSub;
  log: Logger;
}

import express, { type Router } from 'express';
import { objectBody, onlyBodyKeys } from '../../http/rest/body.js';
import { locals } from '../../http/request-context.js';
import type { UsageService } from './usage.service.js';

/**
 * The ingest route for clinic apps (clinic token or X-API-Key):
 *
 *   POST /api/usage/events   {"idempotency_key": "…", "events": [{"event": "api_call", "count": 1}]}
 *   POST /api/usage/events   {"event": "user_login"}                       (one event)
 *
 * The key may come as the `Idempotency-Key` header instead. Answers 202 with
 * {"accepted", "duplicate", "buffered"}; a batch sent again with its key is acknowledged and not
 * counted again.
 */
export function usageRestRouter(usage: UsageService): Router {
  const router = express.Router();
  router.post('/events', async (req, res) => {
    const body = objectBody(req.body);
    const single = !('events' in body);
    onlyBodyKeys(body, single ? ['event', 'count', 'at'] : ['events', 'idempotency_key']);
    const events = single ? [body] : body.events;
    const key = body.idempotency_key ?? req.header('idempotency-key');
    const result = await usage.track(locals(res).principal, events, key);
    res.status(202).json(result);
  });
  return router;
}

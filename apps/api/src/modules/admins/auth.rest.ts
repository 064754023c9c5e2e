import express, { type Router } from 'express';
import { objectBody } from '../../http/rest/body.js';
import type { AdminService } from './admin.service.js';

export function authRestRouter(admins: AdminService): Router {
  const router = express.Router();
  router.post('/login', async (req, res) => {
    const body = objectBody(req.body);
    res.json(await admins.login(body.email, body.password));
  });
  return router;
}

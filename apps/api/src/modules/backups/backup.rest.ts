import express, { type Router } from 'express';
import { locals } from '../../http/request-context.js';
import type { BackupService } from './backup.service.js';

/** POST /api/admin/tenants/:id/backup, as the spec documents it. */
export function tenantBackupRouter(backups: BackupService): Router {
  const router = express.Router();
  router.post('/:id/backup', async (req, res) => {
    const backup = await backups.create(locals(res).principal, req.params.id);
    res.status(202).json({
      backup_id: backup.id,
      tenant_id: backup.tenant_id,
      status: backup.status,
      started_at: backup.started_at,
    });
  });
  router.get('/:id/backups', async (req, res) => {
    const query = req.query as Record<string, unknown>;
    res.json(await backups.list(locals(res).principal, req.params.id, query.page, query.limit));
  });
  return router;
}

/** /api/admin/backups/:id (read, delete) and its archive, streamed. */
export function backupRouter(backups: BackupService): Router {
  const router = express.Router();
  router.get('/:id', async (req, res) => {
    res.json(await backups.get(locals(res).principal, req.params.id));
  });
  router.delete('/:id', async (req, res) => {
    res.json(await backups.delete(locals(res).principal, req.params.id));
  });
  router.get('/:id/download', async (req, res) => {
    const backup = await backups.authorizeDownload(locals(res).principal, req.params.id);
    res.status(200);
    res.setHeader('Content-Type', 'application/gzip');
    res.setHeader('Content-Length', String(backup.size));
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="vetcares-backup-${backup.tenant_slug}-${backup._id.toHexString()}.ejson.gz"`,
    );
    res.setHeader('X-Archive-SHA256', backup.archive_sha256 ?? '');
    res.setHeader('Cache-Control', 'no-store');
    const archive = backups.openArchive(backup);
    await new Promise<void>((resolve, reject) => {
      archive.on('error', reject);
      res.on('finish', resolve);
      res.on('close', resolve);
      archive.pipe(res);
    });
  });
  return router;
}

import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { DeletedRecord } from '../clinic/shared/page.types.js';
import type { BackupProgressEvent, BackupView } from './backup.service.js';
import { Backup, BackupPage, BackupProgress, BackupRestore } from './backup.types.js';

const withUrl = (backup: BackupView): Backup => ({
  ...backup,
  download_url: `/api/admin/backups/${backup.id}/download`,
});

@Resolver()
export class BackupResolver {
  @Query(() => BackupPage, { description: "A tenant's backups, newest first" })
  async tenantBackups(
    @Arg('tenant_id', () => ID) tenantId: string,
    @Arg('page', () => Int, { nullable: true }) page: number | undefined,
    @Arg('limit', () => Int, { nullable: true }) limit: number | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BackupPage> {
    const found = await ctx.services.backups.list(ctx.principal, tenantId, page, limit);
    return { ...found, items: found.items.map(withUrl) };
  }

  @Query(() => Backup)
  async backup(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Backup> {
    return withUrl(await ctx.services.backups.get(ctx.principal, id));
  }

  @Query(() => [BackupRestore], { description: 'Restores and clones of (or from) a tenant' })
  tenantRestores(
    @Arg('tenant_id', () => ID) tenantId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BackupRestore[]> {
    return ctx.services.restores.list(ctx.principal, tenantId);
  }

  @Mutation(() => Backup, { description: 'Starts a backup now; follow it on backupProgress' })
  async createBackup(
    @Arg('tenant_id', () => ID) tenantId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Backup> {
    return withUrl(await ctx.services.backups.create(ctx.principal, tenantId));
  }

  @Mutation(() => DeletedRecord)
  deleteBackup(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DeletedRecord> {
    return ctx.services.backups.delete(ctx.principal, id);
  }

  @Mutation(() => Backup, {
    description: 'Runs a restore drill now: restores into a scratch database and compares hashes',
  })
  async verifyBackup(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Backup> {
    return withUrl(await ctx.services.restoreDrill.verify(ctx.principal, id));
  }

  @Mutation(() => BackupRestore, {
    description: "Replaces the tenant's data with the backup's (a backup is taken first)",
  })
  restoreBackup(
    @Arg('backup_id', () => ID) backupId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BackupRestore> {
    return ctx.services.restores.restore(ctx.principal, backupId);
  }

  @Mutation(() => BackupRestore, {
    description: 'Makes a new tenant (new slug, no API keys, no domain) from the backup',
  })
  cloneBackup(
    @Arg('backup_id', () => ID) backupId: string,
    @Arg('slug', () => String) slug: string,
    @Arg('name', () => String, { nullable: true }) name: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BackupRestore> {
    return ctx.services.restores.clone(ctx.principal, backupId, slug, name);
  }

  @Subscription(() => BackupProgress, {
    description: "Progress of a tenant's backups, restores and clones, from any API instance",
    subscribe: ({ args, context }: { args: { tenant_id: string }; context: GraphQLContext }) =>
      context.services.backups.watch(context.principal, args.tenant_id),
  })
  backupProgress(
    @Arg('tenant_id', () => ID) _tenantId: string,
    @Root() event: BackupProgressEvent,
  ): BackupProgress {
    return event as BackupProgress;
  }
}

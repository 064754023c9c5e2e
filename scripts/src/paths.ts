import { fileURLToPath } from 'node:url';

/** The monorepo root (where the root package.json lives). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Our Go main that embeds FerretDB. */
export const ferretDbSourceDir = fileURLToPath(new URL('../ferretdb/', import.meta.url));

/** Default home of persistent local data (git-ignored). */
export const defaultDataDir = fileURLToPath(new URL('../../.data/', import.meta.url));

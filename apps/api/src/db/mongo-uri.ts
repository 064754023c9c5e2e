/**
 * Reading and rewriting the database path of MongoDB URIs, including multi-host and mongodb+srv
 * ones, which `new URL()` cannot parse; and the one answer to "which database?" that the API, the
 * setup scripts, the dev command and the benchmarks all use.
 */

/** The database used when neither the URI nor MONGODB_DATABASE names one. */
export const DEFAULT_DATABASE = 'vet_cares';

/**
 * The database every entry point uses: the one named in MONGODB_URI's path, else
 * MONGODB_DATABASE, else vet_cares. The URI wins because a deployment's URI is the one thing
 * every process surely shares; a MONGODB_DATABASE default must not send a script elsewhere.
 */
export function databaseName(mongodbUri: string, mongodbDatabase: string | undefined): string {
  return databaseOf(mongodbUri) ?? (mongodbDatabase?.trim() || DEFAULT_DATABASE);
}

interface UriParts {
  prefix: string; // scheme, credentials and hosts, e.g. "mongodb://u:p@a:1,b:2"
  database: string;
  query: string; // including the leading "?", or ""
}

function splitUri(uri: string): UriParts {
  const schemeEnd = uri.indexOf('://');
  if (schemeEnd < 0) throw new Error(`not a MongoDB URI: ${uri}`);
  const afterScheme = schemeEnd + 3;
  const queryStart = uri.indexOf('?', afterScheme);
  const beforeQuery = queryStart < 0 ? uri : uri.slice(0, queryStart);
  const query = queryStart < 0 ? '' : uri.slice(queryStart);
  // Credentials must percent-encode "/" and "@", so the first "/" after the last "@" ends the hosts.
  const hostsStart = Math.max(afterScheme, beforeQuery.lastIndexOf('@') + 1);
  const pathStart = beforeQuery.indexOf('/', hostsStart);
  if (pathStart < 0) return { prefix: beforeQuery, database: '', query };
  return {
    prefix: beforeQuery.slice(0, pathStart),
    database: decodeURIComponent(beforeQuery.slice(pathStart + 1)),
    query,
  };
}

/** "mongodb://h:1/app?x=1" → "mongodb://h:1/?x=1" */
export function withoutDatabase(uri: string): string {
  const { prefix, query } = splitUri(uri);
  return `${prefix}/${query}`;
}

/** ("mongodb://h:1/?x=1", "tests_a") → "mongodb://h:1/tests_a?x=1" */
export function withDatabase(uri: string, database: string): string {
  const { prefix, query } = splitUri(uri);
  return `${prefix}/${encodeURIComponent(database)}${query}`;
}

/** The database named in a URI's path, or undefined. */
function databaseOf(uri: string): string | undefined {
  // Not a URI at all: it names no database (the API's config check reports the URI itself).
  if (!uri.includes('://')) return undefined;
  return splitUri(uri).database || undefined;
}

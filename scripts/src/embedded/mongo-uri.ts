/**
 * MongoDB URIs without the database path, so one server can serve many databases: callers pick
 * theirs (each test file its own), either with `withDatabase(uri, name)` or mongoose's `dbName`
 * option. Works on multi-host and mongodb+srv URIs, which `new URL()` cannot parse.
 */

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
export function databaseOf(uri: string): string | undefined {
  return splitUri(uri).database || undefined;
}

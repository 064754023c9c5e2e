/**
 * Which proxies' X-Forwarded-For the API believes: only one on the same machine. HTTP (Express's
 * `trust proxy`) and websockets (the upgrade request) read the caller's address by this one rule.
 */
export const TRUST_PROXY = 'loopback';

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { connect, type TLSSocket } from 'node:tls';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.js';

/** HTTPS with TLS 1.3 only and HSTS; behind a TLS proxy, HSTS when the proxy says HTTPS. */

let dir: string;
let cert: string;
let api: TestApi;
let plain: TestApi;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vetcares-tls-'));
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  cert = pems.cert;
  await writeFile(path.join(dir, 'cert.pem'), pems.cert);
  await writeFile(path.join(dir, 'key.pem'), pems.private, { mode: 0o600 });
  api = await startTestApi({
    env: { TLS_CERT_FILE: path.join(dir, 'cert.pem'), TLS_KEY_FILE: path.join(dir, 'key.pem') },
  });
  plain = await startTestApi();
}, 60_000);

afterAll(async () => {
  await api?.stop();
  await plain?.stop();
  await rm(dir, { recursive: true, force: true });
});

function handshake(maxVersion: 'TLSv1.2' | 'TLSv1.3'): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket: TLSSocket = connect(
      { host: '127.0.0.1', port: api.app.port, ca: cert, maxVersion },
      () => {
        const protocol = socket.getProtocol() ?? '';
        socket.end();
        resolve(protocol);
      },
    );
    socket.once('error', reject);
  });
}

describe('transport security', () => {
  it('serves HTTPS over TLS 1.3 only', async () => {
    expect(api.url).toMatch(/^https:\/\//);
    expect(await handshake('TLSv1.3')).toBe('TLSv1.3');
    await expect(handshake('TLSv1.2')).rejects.toThrow();
  });

  it('sends HSTS over HTTPS', async () => {
    const headers = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const req = request(`${api.url}/healthz`, { ca: cert }, (res) => {
        res.resume();
        resolve(res.headers);
      });
      req.once('error', reject);
      req.end();
    });
    expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('sends HSTS behind a TLS proxy only when the proxy says the request came over HTTPS', async () => {
    const viaProxy = await fetch(`${plain.url}/healthz`, {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(viaProxy.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
    const direct = await fetch(`${plain.url}/healthz`);
    expect(direct.headers.get('strict-transport-security')).toBeNull();
  });
});

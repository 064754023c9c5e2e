import net from 'node:net';

/**
 * Asks the OS for a free loopback port. Another process can grab it before our server binds it,
 * so callers retry with a fresh port when the server reports the address is in use.
 */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0, exclusive: true }, () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not read the port the OS picked'));
      });
    });
  });
}

/** True when nothing accepts TCP connections on 127.0.0.1:port. */
export function isPortClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

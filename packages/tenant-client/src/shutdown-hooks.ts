type Listener = () => void;

interface ProcessLike {
  on(event: 'beforeExit', listener: Listener): unknown;
  off(event: 'beforeExit', listener: Listener): unknown;
}

interface PageLike {
  document?: unknown;
  addEventListener?(type: 'pagehide', listener: Listener): void;
  removeEventListener?(type: 'pagehide', listener: Listener): void;
}

/**
 * Calls `flush` when the host is about to go away: Node's beforeExit (registered only where a
 * `process` exists, so browsers never touch it) or a page's pagehide. Returns the unregister.
 * Feature-detected through globalThis, so the SDK imports nothing Node-only.
 */
export function onShutdown(flush: (options: { keepalive: boolean }) => void): () => void {
  const host = globalThis as unknown as PageLike & { process?: Partial<ProcessLike> };
  const removers: Array<() => void> = [];

  const process = host.process;
  if (typeof process?.on === 'function' && typeof process.off === 'function') {
    const onBeforeExit = () => flush({ keepalive: false });
    process.on('beforeExit', onBeforeExit);
    removers.push(() => process.off?.('beforeExit', onBeforeExit));
  }

  if (typeof host.document === 'object' && typeof host.addEventListener === 'function') {
    // keepalive lets the request finish after the page is gone.
    const onPageHide = () => flush({ keepalive: true });
    host.addEventListener('pagehide', onPageHide);
    removers.push(() => host.removeEventListener?.('pagehide', onPageHide));
  }

  return () => removers.forEach((remove) => remove());
}

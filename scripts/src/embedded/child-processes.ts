import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';

/**
 * Server processes we start and must never leave behind.
 *
 * Each child gets its own process group (so a Ctrl-C in the terminal reaches us first and we stop
 * them in order) and a stdin pipe that only we hold. Our children exit when that pipe closes,
 * which the kernel does when we die, even by SIGKILL. On a normal exit or SIGINT/SIGTERM/SIGHUP
 * we also signal their process groups.
 */

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ManagedChild {
  readonly name: string;
  readonly pid: number;
  /** Settles when the process has exited. */
  readonly exited: Promise<ExitInfo>;
  /** Last lines of stdout and stderr, for error messages. */
  recentOutput(): string;
  /** Resolves with the first stdout line that starts with prefix; rejects if the child exits. */
  waitForLine(prefix: string, timeoutMs: number): Promise<string>;
  /** Closes stdin (the child's cue to exit), then escalates to signals if it lingers. */
  stop(): Promise<void>;
}

export interface SpawnManagedOptions {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
  onLine?: (line: string) => void;
}

const STOP_GRACE_MS = 10_000;
const KEPT_OUTPUT_LINES = 40;
const running = new Set<ChildProcess>();

export function spawnManaged(options: SpawnManagedOptions): ManagedChild {
  installExitHooks();
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);

  const exited = new Promise<ExitInfo>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
    child.once('error', () => {
      // spawn failure (e.g. ENOENT): 'exit' never fires
      running.delete(child);
      resolve({ code: null, signal: null });
    });
  });
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));

  const recent: string[] = [];
  const recentStdout: string[] = [];
  const lineListeners = new Set<(line: string) => void>();
  const remember = (line: string) => {
    recent.push(line);
    if (recent.length > KEPT_OUTPUT_LINES) recent.shift();
    options.onLine?.(`[${options.name}] ${line}`);
  };
  readline.createInterface({ input: child.stderr }).on('line', remember);
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    remember(line);
    recentStdout.push(line);
    if (recentStdout.length > KEPT_OUTPUT_LINES) recentStdout.shift();
    for (const listener of lineListeners) listener(line);
  });
  // The child may exit before reading stdin; a write error then is expected, not fatal.
  child.stdin.on('error', () => {});

  const waitForLine = (prefix: string, timeoutMs: number) =>
    new Promise<string>((resolve, reject) => {
      const seen = recentStdout.find((line) => line.startsWith(prefix));
      if (seen !== undefined) return resolve(seen);
      const timer = setTimeout(
        () => reject(new Error(`${options.name} did not print "${prefix}" within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const listener = (line: string) => {
        if (!line.startsWith(prefix)) return;
        clearTimeout(timer);
        lineListeners.delete(listener);
        resolve(line);
      };
      lineListeners.add(listener);
      void spawnError.then((error) => {
        clearTimeout(timer);
        reject(error);
      });
      void exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(
          new Error(`${options.name} exited (${signal ?? `code ${code}`}) before it was ready`),
        );
      });
    });

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || !running.has(child)) return;
    child.stdin.end();
    if (await settlesWithin(exited, STOP_GRACE_MS)) return;
    signalGroup(child, 'SIGTERM');
    if (await settlesWithin(exited, STOP_GRACE_MS)) return;
    signalGroup(child, 'SIGKILL');
    await exited;
  };

  return {
    name: options.name,
    pid: child.pid ?? -1,
    exited,
    recentOutput: () => recent.join('\n'),
    waitForLine,
    stop,
  };
}

function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void promise.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal); // negative pid: the whole process group
  } catch {
    // already gone
  }
}

function signalAllNow(): void {
  for (const child of running) signalGroup(child, 'SIGTERM');
}

let hooksInstalled = false;

function installExitHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  // 'exit' handlers must be synchronous: we can only send signals, not wait.
  process.on('exit', signalAllNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      signalAllNow();
      // Listening to a signal disables Node's default "exit on signal". If nobody else (e.g. a
      // test runner) handles it, re-raise it now that our listener is gone, to exit as usual.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

import { execFile, spawn } from 'node:child_process';
import readline from 'node:readline';
import { promisify } from 'node:util';
import { isErrnoException } from './build-once.js';
import { type Log } from './types.js';

/** Our embedded tools are Go programs built on first use; these run the `go` command for them. */

/**
 * `go version` as run in cwd (so a toolchain switch requested by a go.mod there is reflected).
 * Without Go on PATH, throws `missingGoMessage`, which should say what Go is needed for and how
 * to do without it.
 */
export async function readGoVersion(options: {
  cwd: string;
  env: NodeJS.ProcessEnv;
  missingGoMessage: string;
}): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)('go', ['version'], {
      cwd: options.cwd,
      env: options.env,
    });
    return stdout.trim();
  } catch (error) {
    if (isErrnoException(error) && error.code === 'ENOENT') {
      throw new Error(options.missingGoMessage);
    }
    throw error;
  }
}

/** Runs `go <args>`, logging its output line by line; throws with that output if it fails. */
export async function runGo(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; log: Log; what: string },
): Promise<void> {
  const child = spawn('go', args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      output.push(line);
      options.log(`  go: ${line}`);
    });
  }
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) {
    throw new Error(
      `building ${options.what} failed (go exit code ${code}):\n${output.join('\n')}`,
    );
  }
}

// Some servers (redis-server, stripe-mock) have no "exit when the parent dies" option. This
// wrapper runs one and kills it when our stdin pipe closes (stop(), or the kernel closing it
// because we died, even by SIGKILL), then exits with its status, so the wrapper's exit always
// means the server is gone too. $@ is the server's command line.
const EXIT_WITH_PARENT = [
  'exec 3<&0',
  '"$@" </dev/null &',
  'server=$!',
  '{ while read -r _ <&3; do :; done; kill "$server" 2>/dev/null; } &',
  'watcher=$!',
  'wait "$server"; status=$?',
  'kill "$watcher" 2>/dev/null',
  'exit "$status"',
].join('\n');

/** The command and args for spawnManaged that run `command args...` under that wrapper. */
export function exitingWithParent(
  label: string,
  command: string,
  args: string[],
): { command: string; args: string[] } {
  return { command: '/bin/sh', args: ['-c', EXIT_WITH_PARENT, label, command, ...args] };
}

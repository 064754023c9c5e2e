import type { CommandStartedEvent, MongoClient } from 'mongodb';

export interface CommandCount {
  pageSize: number;
  commands: number;
  /** e.g. ["aggregate tenants", "find tenants"], so a surprise says what it was. */
  names: string[];
}

// Connection monitoring, not requests: the driver sends these on its own schedule.
const BACKGROUND_COMMANDS = new Set(['hello', 'ismaster', 'isMaster', 'ping', 'endSessions']);
// The API re-reads the signed-in admin when its 10 s cache entry expires; that lookup lands in
// whichever request comes next. It cannot land in two requests a row (unless each took 10 s),
// so the fewer of two tries is what the page itself costs.
const TRIES = 2;

/**
 * Sends requests for each page size, one at a time, and counts the database commands each one
 * started. Run it with no other traffic: anything the client sends meanwhile is counted too.
 */
export async function countCommandsPerRequest(
  client: MongoClient,
  pageSizes: number[],
  send: (pageSize: number) => Promise<void>,
): Promise<CommandCount[]> {
  let seen: string[] = [];
  const record = (event: CommandStartedEvent) => {
    if (BACKGROUND_COMMANDS.has(event.commandName)) return;
    const collection: unknown = event.command[event.commandName];
    seen.push(
      typeof collection === 'string' ? `${event.commandName} ${collection}` : event.commandName,
    );
  };
  client.on('commandStarted', record);
  try {
    // Fills per-process caches (the parsed query, the signed-in admin) before anything counts.
    await send(pageSizes[0] ?? 20);
    const counts: CommandCount[] = [];
    for (const pageSize of pageSizes) {
      let fewest: CommandCount | undefined;
      for (let attempt = 0; attempt < TRIES; attempt++) {
        seen = [];
        await send(pageSize);
        if (!fewest || seen.length < fewest.commands) {
          fewest = { pageSize, commands: seen.length, names: [...seen].sort() };
        }
      }
      if (fewest) counts.push(fewest);
    }
    return counts;
  } finally {
    client.off('commandStarted', record);
  }
}

export const sameAtEveryPageSize = (counts: CommandCount[]): boolean =>
  counts.every((count) => count.commands === counts[0]?.commands);

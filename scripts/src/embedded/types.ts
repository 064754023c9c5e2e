/** Receives progress and server output lines. */
export type Log = (line: string) => void;

/** A server we started, and how to stop it. */
export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

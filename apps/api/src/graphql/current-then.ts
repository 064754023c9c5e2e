const PARTS = Symbol('currentThen');

interface Parts<T> {
  current: T;
  updates: AsyncIterable<T>;
}

/**
 * A feed that starts with the current state, then its updates. Marked as such, so the websocket
 * layer can send `current` to each new subscriber alone and share the updates' stream (and each
 * update's execution) among every subscriber of the same feed.
 */
export function currentThen<T>(current: T, updates: AsyncIterable<T>): AsyncIterable<T> {
  const parts: Parts<T> = { current, updates };
  return {
    [PARTS]: parts,
    async *[Symbol.asyncIterator]() {
      yield current;
      yield* updates;
    },
  } as AsyncIterable<T>;
}

/** The current state and the updates of a feed made by `currentThen`; undefined for any other. */
export function currentThenParts<T>(feed: AsyncIterable<T>): Parts<T> | undefined {
  return (feed as { [PARTS]?: Parts<T> })[PARTS];
}

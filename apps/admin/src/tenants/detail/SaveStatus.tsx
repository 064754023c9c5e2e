import type { SaveState } from './useSaveConfiguration';

/** What happened to the last save: announced to screen readers either way. */
export function SaveStatus({ state, savedText }: { state: SaveState; savedText: string }) {
  if (state.kind === 'failed') {
    return (
      <p role="alert" className="form-error">
        Not saved: {state.message}
      </p>
    );
  }
  return (
    <p role="status" className="save-status">
      {state.kind === 'saved' ? savedText : ''}
    </p>
  );
}

import { useLiveConnection, type LiveConnectionState } from './liveConnection';

const LABELS: Record<LiveConnectionState, string> = {
  connecting: 'Connecting…',
  connected: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline: figures are not updating',
};

/** Says whether the figures on the page are updating live. */
export function LiveStatus() {
  const state = useLiveConnection();
  return (
    <span role="status" aria-label="Live updates" className={`live-status live-status--${state}`}>
      <span className="live-status__dot" aria-hidden="true" />
      {LABELS[state]}
    </span>
  );
}

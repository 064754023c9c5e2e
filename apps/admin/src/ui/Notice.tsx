import { useLocation } from 'react-router-dom';

/** Pages pass a one-line confirmation ("Tenant deleted") through navigation state. */
export function readNotice(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'notice' in state) {
    return typeof state.notice === 'string' ? state.notice : null;
  }
  return null;
}

export function Notice() {
  const location = useLocation();
  const notice = readNotice(location.state);
  if (!notice) return null;
  return (
    <p role="status" className="notice">
      {notice}
    </p>
  );
}

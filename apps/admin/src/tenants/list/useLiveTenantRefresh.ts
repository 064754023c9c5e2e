import { useSubscription } from '@apollo/client/react';
import { TenantChangedDocument } from '../tenant.operations';

/**
 * Another admin (or a job) changing any tenant may change what this page should show; the event
 * only says which tenant changed, so the visible page is simply fetched again.
 */
export function useLiveTenantRefresh(refresh: () => void): void {
  useSubscription(TenantChangedDocument, {
    onData: () => refresh(),
    // A dropped websocket only costs liveness; the list itself still works over HTTP.
    onError: () => undefined,
  });
}

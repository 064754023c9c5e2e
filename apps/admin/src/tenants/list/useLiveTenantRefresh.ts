import { useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import { TenantChangedDocument } from '../tenant.operations';
import type { TenantListParams } from './useTenantListParams';

/** A burst of changes costs one list query, at most this often. */
const REFRESH_DELAY_MS = 1_000;
const REFRESH_MAX_WAIT_MS = 5_000;

interface ShownPage {
  params: TenantListParams;
  ids: readonly string[];
}

/**
 * Keeps the visible page of tenants current as tenants change anywhere. An update carries the
 * tenant itself, which the cache applies to its row in place: no query. Only a change that can
 * move tenants into or out of this page (a creation, a deletion, a status leaving or joining the
 * filter, a new position in a sort by update time) asks for the page again, and a burst of such
 * changes asks once, not once per event.
 */
export function useLiveTenantRefresh(page: ShownPage, refresh: () => void): void {
  const shown = useRef(page);
  useEffect(() => {
    shown.current = page;
  });
  const refreshLater = useDebouncedCall(refresh, REFRESH_DELAY_MS, REFRESH_MAX_WAIT_MS);

  useSubscription(TenantChangedDocument, {
    onData: ({ data }) => {
      const change = data.data?.tenantChanged;
      if (!change) return;
      const { params, ids } = shown.current;
      const onPage = ids.includes(change.tenant_id);
      if (change.kind !== 'updated' || !change.tenant) return refreshLater();
      const matchesFilter = params.status === null || change.tenant.status === params.status;
      if (onPage !== matchesFilter || params.sortBy === 'updated_date' || params.search !== '') {
        refreshLater();
      }
    },
    // A dropped websocket only costs liveness; the list itself still works over HTTP.
    onError: () => undefined,
  });
}

/** Calls `call` once things have been quiet for `delayMs`, and at least every `maxWaitMs`. */
function useDebouncedCall(call: () => void, delayMs: number, maxWaitMs: number): () => void {
  const latest = useRef(call);
  useEffect(() => {
    latest.current = call;
  });
  const timer = useRef<number | null>(null);
  const firstAsked = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );
  return useCallback(() => {
    const now = Date.now();
    firstAsked.current ??= now;
    if (timer.current !== null) window.clearTimeout(timer.current);
    const wait = Math.max(0, Math.min(delayMs, firstAsked.current + maxWaitMs - now));
    timer.current = window.setTimeout(() => {
      timer.current = null;
      firstAsked.current = null;
      latest.current();
    }, wait);
  }, [delayMs, maxWaitMs]);
}

import { useSubscription } from '@apollo/client/react';
import { formatCount, formatMs, formatPercent } from '../../charts/Tile';
import { LiveStatus } from '../../live/LiveStatus';
import { FactList } from '../../ui/Facts';
import { UsageUpdatedDocument } from '../analytics/tenantAnalytics.operations';
import { formatDateTime, formatMoney } from '../formatting';

/** The clinic's usage today, as it happens. */
export function LiveUsageSection({ tenantId }: { tenantId: string }) {
  const { data, error } = useSubscription(UsageUpdatedDocument, { variables: { id: tenantId } });
  const today = data?.usageUpdated;
  return (
    <section className="facts detail-section" aria-labelledby="live-usage-title">
      <h2 id="live-usage-title">Usage today</h2>
      <LiveStatus />
      {today ? (
        <FactList
          rows={[
            ['Usage events', formatCount(today.events_today)],
            ['API requests', formatCount(today.api_requests_today)],
            ['Errors', `${formatCount(today.errors_today)} (${formatPercent(today.error_rate)})`],
            ['Mean response', formatMs(today.average_response_time)],
            ['Appointments', formatCount(today.appointments_today)],
            ['Revenue', formatMoney(today.revenue_today, today.currency)],
            ['Updated', formatDateTime(today.at)],
          ]}
        />
      ) : error ? (
        <p role="alert" className="form-error">
          Live usage is unavailable: {error.message}
        </p>
      ) : (
        <p role="status">Waiting for the live feed…</p>
      )}
    </section>
  );
}

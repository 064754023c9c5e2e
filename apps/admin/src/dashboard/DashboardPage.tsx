import { useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { DailyChart } from '../charts/DailyChart';
import { PeriodSwitcher, type Period } from '../charts/PeriodSwitcher';
import { formatCount, formatMs, formatPercent, Tile } from '../charts/Tile';
import { toApiError } from '../errors/graphqlErrors';
import { LiveStatus } from '../live/LiveStatus';
import { formatMoney } from '../tenants/formatting';
import { STATUS_LABELS } from '../tenants/tenantOptions';
import { FactList } from '../ui/Facts';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { SystemAnalyticsDocument, SystemUsageUpdatedDocument } from './dashboard.operations';

const PLAN_LABELS: Record<string, string> = {
  basic: 'Basic',
  professional: 'Professional',
  enterprise: 'Enterprise',
};

/** The console's home: the platform at a glance, updating live. */
export function DashboardPage() {
  useDocumentTitle('Overview');
  const [period, setPeriod] = useState<Period>('30d');
  const { data, error, loading } = useQuery(SystemAnalyticsDocument, {
    variables: { period },
    fetchPolicy: 'cache-and-network',
  });
  const { data: live } = useSubscription(SystemUsageUpdatedDocument, {
    // A dropped websocket only costs liveness: the status says so, the figures stay.
    onError: () => undefined,
  });
  const analytics = data?.systemAnalytics;
  const today = live?.systemUsageUpdated;
  // Today's point of the usage chart follows the live figures.
  const todayIndex = analytics && today ? analytics.days.indexOf(today.day) : -1;
  const withToday = (values: readonly number[], value: number | undefined) =>
    todayIndex < 0 || value === undefined ? values : values.with(todayIndex, value);
  const tenants = today?.tenants ?? analytics?.tenants;
  const mrr = today?.mrr ?? analytics?.revenue.mrr ?? [];

  return (
    <section aria-labelledby="dashboard-title">
      <header className="page-header">
        <div>
          <h1 id="dashboard-title">Overview</h1>
          <p className="page-header__meta">
            <LiveStatus />
          </p>
        </div>
        <PeriodSwitcher value={period} onChange={setPeriod} />
      </header>

      {error && !analytics ? (
        <p role="alert" className="panel panel--error">
          Could not load the platform figures: {toApiError(error).message}
        </p>
      ) : null}
      {!analytics && loading ? <p role="status">Loading the platform figures…</p> : null}

      <div className="tiles">
        <Tile
          label="Tenants"
          value={tenants ? formatCount(tenants.total) : '—'}
          detail={
            tenants
              ? `${formatCount(countOf(tenants.by_status, 'active'))} active · ${formatCount(countOf(tenants.by_status, 'suspended'))} suspended`
              : null
          }
        />
        <Tile
          label="MRR"
          value={
            mrr.length
              ? mrr.map((row) => formatMoney(row.amount, row.currency)).join(' · ')
              : formatMoney(0, 'USD')
          }
          detail={analytics?.revenue.source}
        />
        <Tile
          label="Events today"
          value={today ? formatCount(today.events_today) : '—'}
          detail={today ? `${formatCount(today.api_requests_today)} API requests` : null}
        />
        <Tile
          label="Error rate today"
          value={today ? formatPercent(today.error_rate) : '—'}
          detail={today ? `mean response ${formatMs(today.average_response_time)}` : null}
        />
      </div>

      <div className="facts-grid">
        <section className="facts" aria-label="Tenants by status">
          <h2>Tenants by status</h2>
          <FactList
            rows={(tenants?.by_status ?? [])
              .filter((row) => row.status !== 'deleted')
              .map((row) => [labelOf(STATUS_LABELS, row.status), formatCount(row.count)])}
          />
        </section>
        <section className="facts" aria-label="Tenants by plan">
          <h2>Tenants by plan</h2>
          <FactList
            rows={(tenants?.by_plan ?? []).map((row) => [
              PLAN_LABELS[row.plan] ?? row.plan,
              formatCount(row.count),
            ])}
          />
        </section>
        <section className="facts" aria-label="Top tenants by usage">
          <h2>Top tenants by usage</h2>
          {analytics?.top_tenants.by_usage.length ? (
            <ol className="top-list">
              {analytics.top_tenants.by_usage.map((row) => (
                <li key={row.tenant_id}>
                  <Link to={`/tenants/${row.tenant_id}/analytics`}>{row.name}</Link> —{' '}
                  {formatCount(row.events)} events
                </li>
              ))}
            </ol>
          ) : (
            <p>No usage in this period.</p>
          )}
        </section>
      </div>

      {analytics ? (
        <div className="charts-grid detail-sections">
          <DailyChart
            title="Platform usage per day"
            days={analytics.days}
            series={[
              {
                name: 'Usage events',
                values: withToday(analytics.usage.events.daily, today?.events_today),
                color: '#1a5e63',
              },
              {
                name: 'API requests',
                values: withToday(analytics.usage.api_calls.daily, today?.api_requests_today),
                color: '#d69e2e',
              },
            ]}
          />
          <DailyChart
            title="New and churned tenants"
            kind="bar"
            days={analytics.days}
            series={[
              { name: 'New', values: analytics.tenants.new.daily, color: '#1f9d55' },
              { name: 'Churned', values: analytics.tenants.churned.daily, color: '#c53030' },
            ]}
          />
          <DailyChart
            title="Mean response time (ms)"
            days={analytics.days}
            series={[
              {
                name: 'Response time',
                values: analytics.performance.response_time.daily,
                color: '#2b6cb0',
              },
            ]}
            format={(value) => `${value} ms`}
          />
          <DailyChart
            title="Error rate (%)"
            days={analytics.days}
            series={[
              {
                name: 'Error rate',
                values: analytics.performance.error_rate_daily.daily,
                color: '#c53030',
              },
            ]}
            format={(value) => `${value}%`}
          />
        </div>
      ) : null}
    </section>
  );
}

function countOf(rows: readonly { status: string; count: number }[], status: string): number {
  return rows.find((row) => row.status === status)?.count ?? 0;
}

function labelOf(labels: Record<string, string>, key: string): string {
  return labels[key] ?? key;
}

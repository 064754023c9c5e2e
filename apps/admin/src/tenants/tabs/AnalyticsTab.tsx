import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { DailyChart } from '../../charts/DailyChart';
import { PeriodSwitcher, type Period } from '../../charts/PeriodSwitcher';
import { formatCount, formatMs, formatPercent, Tile } from '../../charts/Tile';
import { toApiError } from '../../errors/graphqlErrors';
import { TenantAnalyticsDocument } from '../analytics/tenantAnalytics.operations';
import { formatMoney } from '../formatting';
import { useTabTenant } from './useTabTenant';

/** The clinic's usage, revenue and performance over a period, as charts. */
export function AnalyticsTab() {
  const tenant = useTabTenant();
  const [period, setPeriod] = useState<Period>('30d');
  const { data, error, loading } = useQuery(TenantAnalyticsDocument, {
    variables: { id: tenant.id, period },
    fetchPolicy: 'cache-and-network',
  });
  const analytics = data?.tenantAnalytics;

  return (
    <section aria-labelledby="analytics-title" className="detail-sections">
      <header className="page-header">
        <h2 id="analytics-title">Analytics</h2>
        <PeriodSwitcher value={period} onChange={setPeriod} />
      </header>
      {error && !analytics ? (
        <p role="alert" className="panel panel--error">
          Could not load the analytics: {toApiError(error).message}
        </p>
      ) : null}
      {!analytics && loading ? <p role="status">Loading analytics…</p> : null}
      {analytics ? (
        <>
          <div className="tiles">
            <Tile
              label="Staff"
              value={formatCount(analytics.usage.staff_count)}
              detail="active now"
            />
            <Tile label="Clients" value={formatCount(analytics.usage.client_count)} />
            <Tile label="Appointments" value={formatCount(analytics.usage.appointment_count)} />
            <Tile
              label="Revenue"
              value={formatMoney(analytics.usage.revenue, analytics.currency)}
              detail="from the clinic's payments"
            />
            <Tile
              label="Mean response"
              value={formatMs(analytics.performance.average_response_time)}
              detail={`p95 ${formatMs(analytics.performance.p95_response_time)}`}
            />
            <Tile label="Uptime" value={formatPercent(analytics.performance.uptime)} />
            <Tile
              label="Error rate"
              value={formatPercent(analytics.performance.error_rate)}
              detail={`${formatCount(analytics.performance.requests)} requests`}
            />
            <Tile
              label="Storage"
              value={`${analytics.usage.storage_used} GB`}
              detail={analytics.storage_source}
            />
          </div>
          <div className="charts-grid">
            <DailyChart
              title="Usage trends"
              days={analytics.trends.days}
              series={[
                {
                  name: 'Usage events',
                  values: analytics.trends.usage_events.daily,
                  color: '#1a5e63',
                },
                { name: 'API calls', values: analytics.trends.api_calls.daily, color: '#d69e2e' },
                { name: 'Logins', values: analytics.trends.logins.daily, color: '#6b46c1' },
                {
                  name: 'Appointments',
                  values: analytics.trends.appointments.daily,
                  color: '#2b6cb0',
                },
              ]}
            />
            <DailyChart
              title={`Revenue (${analytics.currency})`}
              kind="bar"
              days={analytics.trends.days}
              series={[
                { name: 'Revenue', values: analytics.trends.revenue.daily, color: '#1f9d55' },
              ]}
              format={(value) => formatMoney(value, analytics.currency)}
            />
            <DailyChart
              title="Mean response time (ms)"
              days={analytics.trends.days}
              series={[
                {
                  name: 'Response time',
                  values: analytics.trends.response_time.daily,
                  color: '#2b6cb0',
                },
              ]}
              format={(value) => `${value} ms`}
            />
            <DailyChart
              title="Error rate (%)"
              days={analytics.trends.days}
              series={[
                { name: 'Error rate', values: analytics.trends.error_rate.daily, color: '#c53030' },
              ]}
              format={(value) => `${value}%`}
            />
          </div>
          <p className="tile__detail">Days follow the clinic's timezone ({analytics.timezone}).</p>
        </>
      ) : null}
    </section>
  );
}

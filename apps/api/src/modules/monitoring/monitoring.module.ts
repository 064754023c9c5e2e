import { defineModule } from '../../core/module.js';
import type { AlertRule } from './alerts/alert-rule.js';
import { ALERT_CHANGED, ALERT_RAISED, ALERT_WEBHOOK_QUEUE } from './alerts/alert.constants.js';
import { createAlertModel, type AlertModel } from './alerts/alert.model.js';
import { AlertService, type AlertChange, type AlertView } from './alerts/alert.service.js';
import { AlertWebhook } from './alerts/alert-webhook.js';
import { PlatformPerformanceWindow } from './alerts/performance-window.js';
import { BillingRule } from './alerts/rules/billing.rule.js';
import { ErrorRateRule, LatencyRule } from './alerts/rules/performance.rules.js';
import { SecurityIncidentRule } from './alerts/rules/security-incident.rule.js';
import { QUEUE_STATES, QueueWatch } from './health/queue-watch.js';
import { SystemHealthService } from './health/system-health.service.js';
import { ApiMetrics } from './metrics/api-metrics.js';
import { graphqlMetricsPlugin } from './metrics/graphql-metrics.plugin.js';
import { httpMetricsRouter } from './metrics/http-metrics.middleware.js';
import { metricsRouter } from './metrics/metrics.route.js';
import { MonitoringRuntime, type MonitoringSettings } from './monitoring.runtime.js';
import { MonitoringResolver } from './monitoring.resolver.js';

declare module '../../core/registry.js' {
  interface ModelRegistry {
    alerts: AlertModel;
  }
  interface ServiceRegistry {
    apiMetrics: ApiMetrics;
    systemHealth: SystemHealthService;
    alerts: AlertService;
    alertWebhook: AlertWebhook | null;
    monitoring: MonitoringRuntime;
  }
}

declare module '../../graphql/pubsub.js' {
  interface Topics {
    [ALERT_RAISED]: AlertView;
    [ALERT_CHANGED]: AlertChange;
  }
}

/** The JobScheduler's queue (jobs/scheduler.ts); other modules add theirs with `systemHealth.queues.watch`. */
const MAINTENANCE_QUEUE = 'maintenance';
const RETENTION_EVERY_MS = 6 * 3600_000;
/**
 * Watching the platform: Prometheus metrics (`/metrics`), the system health query, readiness
 * that names the dependency that is down, and alerts (error rate, latency, security incidents,
 * billing) evaluated on the injected clock, stored with their state, pushed live and posted to a
 * signed webhook.
 */
export const monitoringModule = defineModule({
  name: 'monitoring',
  models: (connection) => ({ alerts: createAlertModel(connection) }),
  services: ({ config, models, services, redis, pubSub, clock, log }) => {
    const bullConnection = { url: config.redisUrl, maxRetriesPerRequest: null };
    const bullPrefix = `${config.redisKeyPrefix}bull`;
    const apiMetrics = new ApiMetrics();
    const queues = new QueueWatch(bullConnection, bullPrefix, [
      MAINTENANCE_QUEUE,
      ALERT_WEBHOOK_QUEUE,
    ]);
    const systemHealth = new SystemHealthService(
      models.alerts.db,
      redis,
      services.usageKeys,
      queues,
      clock,
      { errorRatePercent: config.alertErrorRatePercent, latencyP95Ms: config.alertLatencyP95Ms },
    );
    apiMetrics.gauge(
      'vetcares_dependency_up',
      'Whether the dependency answered its last ping (1) or not (0)',
      ['dependency'],
      async (gauge) => {
        for (const check of await systemHealth.dependencies()) {
          gauge.set({ dependency: check.name }, check.state === 'ok' ? 1 : 0);
        }
      },
    );
    apiMetrics.gauge(
      'vetcares_dependency_ping_seconds',
      "How long the dependency's last ping took (up to the check's timeout)",
      ['dependency'],
      async (gauge) => {
        for (const check of await systemHealth.dependencies()) {
          gauge.set({ dependency: check.name }, check.ms / 1000);
        }
      },
    );
    apiMetrics.gauge(
      'vetcares_job_queue_jobs',
      'Jobs in each BullMQ queue by state (waiting and delayed: the depth; failed: kept failures)',
      ['queue', 'state'],
      async (gauge) => {
        gauge.reset();
        for (const { name, counts } of await queues.counts()) {
          if (!counts) continue;
          for (const state of QUEUE_STATES) gauge.set({ queue: name, state }, counts[state]);
        }
      },
    );
    apiMetrics.gauge(
      'vetcares_websocket_connections',
      'Open websocket connections',
      [],
      (gauge) => {
        gauge.set(systemHealth.websockets().connections);
      },
    );
    apiMetrics.gauge(
      'vetcares_websocket_subscriptions',
      'Operations (subscriptions) running on websockets',
      [],
      (gauge) => {
        gauge.set(systemHealth.websockets().subscriptions);
      },
    );

    const thresholds = {
      errorRatePercent: config.alertErrorRatePercent,
      latencyP95Ms: config.alertLatencyP95Ms,
      minRequests: config.alertMinRequests,
    };
    const rules: AlertRule[] = [new ErrorRateRule(thresholds), new LatencyRule(thresholds)];
    if ('incidents' in services) rules.push(new SecurityIncidentRule(services.incidents));
    // The billing module (listed before this one) provides the signals.
    rules.push(new BillingRule(services.billingSignals));
    const alertWebhook =
      config.alertWebhookUrl && config.alertWebhookSecret
        ? new AlertWebhook(
            bullConnection,
            bullPrefix,
            {
              url: config.alertWebhookUrl,
              secret: config.alertWebhookSecret,
              attempts: config.alertWebhookAttempts,
              backoffMs: config.alertWebhookBackoffMs,
            },
            clock,
            log.child({ part: 'webhook' }),
            () => apiMetrics.jobFailures.inc({ queue: ALERT_WEBHOOK_QUEUE }),
          )
        : null;
    const alerts = new AlertService(
      models.alerts,
      rules,
      new PlatformPerformanceWindow(
        redis,
        services.usageKeys,
        `${config.redisKeyPrefix}monitoring:perf-window`,
      ),
      pubSub,
      clock,
      alertWebhook,
      config.listMaxLimit,
      log.child({ part: 'alerts' }),
    );
    const settings: MonitoringSettings = {
      evaluationEveryMs: config.alertEvaluationIntervalSeconds * 1000,
      retentionDays: config.alertRetentionDays,
      metrics:
        config.metricsPort !== null
          ? {
              where: 'port',
              port: config.metricsPort,
              host: config.host,
              token: config.metricsToken,
            }
          : config.metricsToken !== null || config.nodeEnv !== 'production'
            ? { where: 'api', token: config.metricsToken }
            : { where: 'off' },
    };
    const monitoring = new MonitoringRuntime(
      settings,
      apiMetrics,
      alerts,
      alertWebhook,
      pubSub,
      log,
    );
    return { apiMetrics, systemHealth, alerts, alertWebhook, monitoring };
  },
  resolvers: [MonitoringResolver],
  topics: [ALERT_RAISED, ALERT_CHANGED],
  jobs: (services) => [
    {
      name: 'evaluate-alerts',
      every: services.monitoring.settings.evaluationEveryMs,
      run: () => services.alerts.evaluate(),
    },
    {
      name: 'alert-retention',
      every: RETENTION_EVERY_MS,
      run: () => services.alerts.prune(services.monitoring.settings.retentionDays),
    },
  ],
  http: (services) => {
    const { metrics } = services.monitoring.settings;
    return [
      { path: '/', router: httpMetricsRouter(services.apiMetrics) },
      ...(metrics.where === 'api'
        ? [{ path: '/metrics', router: metricsRouter(services.apiMetrics, metrics.token) }]
        : []),
    ];
  },
  graphqlPlugins: (services) => [graphqlMetricsPlugin(services.apiMetrics)],
  serverReady: (services, server) => {
    services.systemHealth.observeWebSockets(() => server.websocketStats());
  },
  start: (services) => services.monitoring.start('incidents' in services),
  stop: async (services) => {
    await services.monitoring.stop();
    await services.systemHealth.queues.stop();
  },
});

import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { AppPubSub } from '../../graphql/pubsub.js';
import { INCIDENT_RAISED } from '../incidents/incident.constants.js';
import type { AlertService } from './alerts/alert.service.js';
import type { AlertWebhook } from './alerts/alert-webhook.js';
import type { ApiMetrics } from './metrics/api-metrics.js';
import { startMetricsServer } from './metrics/metrics.route.js';

export interface MonitoringSettings {
  evaluationEveryMs: number;
  retentionDays: number;
  /** Where /metrics is served: on the API's port (with or without a token), its own port, or not at all. */
  metrics:
    | { where: 'api'; token: string | null }
    | { where: 'port'; port: number; host: string; token: string | null }
    | { where: 'off' };
}

/**
 * What the module starts and stops beside its services: the metrics port, the webhook's worker,
 * and the feed that evaluates the incident rule as soon as an incident is raised.
 */
export class MonitoringRuntime {
  private metricsServer: Server | null = null;
  private incidentFeed: AsyncIterator<unknown> | null = null;

  constructor(
    readonly settings: MonitoringSettings,
    private readonly metrics: ApiMetrics,
    private readonly alerts: AlertService,
    private readonly webhook: AlertWebhook | null,
    private readonly pubSub: AppPubSub,
    private readonly log: Logger,
  ) {}

  async start(watchIncidents: boolean): Promise<void> {
    const { metrics } = this.settings;
    if (metrics.where === 'port') {
      this.metricsServer = await startMetricsServer(
        this.metrics,
        metrics.port,
        metrics.host,
        metrics.token,
        this.log,
      );
    }
    // Deliveries are not periodic jobs: every instance delivers, whatever JOBS_ENABLED says.
    await this.webhook?.start(true);
    if (watchIncidents) this.followIncidents();
  }

  async stop(): Promise<void> {
    await this.incidentFeed?.return?.();
    this.incidentFeed = null;
    await this.webhook?.stop();
    const server = this.metricsServer;
    this.metricsServer = null;
    if (server) await new Promise((resolve) => server.close(resolve));
  }

  /** The metrics server's port (METRICS_PORT=0 picks a free one). */
  get metricsPort(): number | null {
    const address = this.metricsServer?.address();
    return address && typeof address === 'object' ? address.port : null;
  }

  /** A new incident becomes an alert now, not at the next evaluation. */
  private followIncidents(): void {
    const feed = this.pubSub.subscribe(INCIDENT_RAISED)[Symbol.asyncIterator]();
    this.incidentFeed = feed;
    void (async () => {
      for (;;) {
        const next = await feed.next().catch(() => ({ done: true as const, value: undefined }));
        if (next.done) return;
        await this.alerts
          .evaluate(['security_incident'])
          .catch((error: unknown) => this.log.warn({ err: error }, 'incident alert not evaluated'));
      }
    })();
  }
}

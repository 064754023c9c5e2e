import type { AlertFinding, AlertRule } from '../alert-rule.js';

/** The part of an incident this rule reads (the incidents module's IncidentView fits it). */
export interface OpenIncident {
  id: string;
  rule: string;
  severity: 'low' | 'medium' | 'high' | 'critical';
  title: string;
  summary: string;
  tenant_id: string | null;
}

export interface OpenIncidents {
  openIncidents(): Promise<OpenIncident[]>;
}

/** Every unresolved security incident is an alert until the incident is resolved. */
export class SecurityIncidentRule implements AlertRule {
  readonly owns = ['security_incident'] as const;

  constructor(private readonly incidents: OpenIncidents) {}

  async evaluate(): Promise<AlertFinding[]> {
    const open = await this.incidents.openIncidents();
    return open.map((incident) => ({
      rule: 'security_incident',
      subject: `incident:${incident.id}`,
      tenant_id: incident.tenant_id,
      severity:
        incident.severity === 'critical' || incident.severity === 'high' ? 'critical' : 'warning',
      title: `Security incident: ${incident.title}`,
      message: `${incident.summary} (${incident.rule}, ${incident.severity})`,
    }));
  }
}

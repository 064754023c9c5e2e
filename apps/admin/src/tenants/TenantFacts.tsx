import type { ReactNode } from 'react';
import type { TenantFieldsFragment } from '../gql/graphql';
import { Facts } from '../ui/Facts';
import { formatDateTime, formatFlag, formatJson, formatLimit } from './formatting';
import {
  BILLING_PLAN_LABELS,
  CURRENCY_LABELS,
  LANGUAGE_LABELS,
  STATUS_LABELS,
} from './tenantOptions';

/** Every stored field of a tenant, grouped the way the form groups them. */
export function TenantFacts({ tenant }: { tenant: TenantFieldsFragment }) {
  return (
    <div className="facts-grid">
      <Facts
        title="Clinic"
        rows={[
          ['Name', tenant.name],
          ['Slug', tenant.slug],
          ['Custom domain', tenant.domain || '—'],
          ['Status', STATUS_LABELS[tenant.status]],
          ...(tenant.suspended_at || tenant.suspension_reason
            ? ([
                ['Suspended at', formatDateTime(tenant.suspended_at)],
                ['Suspension reason', tenant.suspension_reason || '—'],
              ] satisfies Array<[string, ReactNode]>)
            : []),
          ['Created', formatDateTime(tenant.created_date)],
          ['Updated', formatDateTime(tenant.updated_date)],
        ]}
      />
      <Facts
        title="Contact"
        rows={[
          ['Contact e-mail', tenant.contact_email],
          ['Contact phone', tenant.contact_phone || '—'],
          ['Address', tenant.address || '—'],
        ]}
      />
      <Facts
        title="Plan and limits"
        rows={[
          ['Billing plan', BILLING_PLAN_LABELS[tenant.billing_plan]],
          ['Max staff', formatLimit(tenant.max_staff)],
          ['Max clients', formatLimit(tenant.max_clients)],
          ['Max storage (GB)', formatLimit(tenant.max_storage_gb)],
        ]}
      />
      <Facts
        title="Locale and features"
        rows={[
          ['Time zone', tenant.timezone],
          ['Currency', CURRENCY_LABELS[tenant.currency]],
          ['Language', LANGUAGE_LABELS[tenant.language]],
          ['Custom branding', formatFlag(tenant.custom_branding)],
          ['SSO enabled', formatFlag(tenant.sso_enabled)],
          ['API access', formatFlag(tenant.api_access)],
        ]}
      />
      <Facts
        title="Configuration"
        rows={[
          ['Theme', <pre key="theme">{formatJson(tenant.theme_json)}</pre>],
          ['Features', <pre key="features">{formatJson(tenant.features_json)}</pre>],
        ]}
      />
    </div>
  );
}

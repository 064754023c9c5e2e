import { useQuery } from '@apollo/client/react';
import { toApiError } from '../../errors/graphqlErrors';
import { FactList } from '../../ui/Facts';
import { formatMoney } from '../formatting';
import { TenantClinicCountsDocument } from './lifecycle.operations';

interface ClinicCountsSectionProps {
  tenant: { id: string; max_staff?: number | null; max_clients?: number | null };
}

/** How much the clinic holds, beside the limits that apply to it. */
export function ClinicCountsSection({ tenant }: ClinicCountsSectionProps) {
  const { data, error, loading } = useQuery(TenantClinicCountsDocument, {
    variables: { id: tenant.id },
    fetchPolicy: 'cache-and-network',
  });
  const counts = data?.tenant.clinic_counts;
  const count = (n: number) => n.toLocaleString('en-US');
  const ofLimit = (n: number, limit: number | null | undefined) =>
    limit === null || limit === undefined
      ? `${count(n)} (no limit)`
      : `${count(n)} of ${count(limit)}`;

  return (
    <section className="facts detail-section" aria-labelledby="clinic-data-title">
      <h2 id="clinic-data-title">Clinic data</h2>
      {counts ? (
        <FactList
          rows={[
            ['Staff', ofLimit(counts.staff, tenant.max_staff)],
            ['Clients', ofLimit(counts.clients, tenant.max_clients)],
            ['Patients', count(counts.patients)],
            ['Appointments', count(counts.appointments)],
            ['Payments', count(counts.payments)],
            ['Revenue', formatMoney(counts.revenue_total, counts.currency)],
          ]}
        />
      ) : loading ? (
        <p role="status">Loading counts…</p>
      ) : (
        <p role="alert" className="form-error">
          Could not load the counts: {toApiError(error).message}
        </p>
      )}
    </section>
  );
}

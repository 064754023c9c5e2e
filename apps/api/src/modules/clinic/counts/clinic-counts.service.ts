import { notFound, type AppError } from '../../../common/errors.js';
import { parseObjectId } from '../../../common/object-id.js';
import { authorizeAdmin } from '../../../common/policy.js';
import type { Principal } from '../../../common/principal.js';
import { groupAcrossTenants } from '../../../db/cross-tenant.js';
import type { Currency } from '../../tenants/tenant.constants.js';
import type { ClinicModels } from '../clinic.models.js';
import { toMajorUnits } from '../payments/payment.validation.js';
import type { ClinicCounts } from './clinic-counts.types.js';

/** The currency of each of these tenants; tenants that do not exist are left out. */
export type TenantCurrencies = (tenantIds: readonly string[]) => Promise<Map<string, Currency>>;

interface CountRow {
  _id: string;
  n: number;
}

interface CurrencyRow {
  _id: { tenant_id: string; currency: Currency };
  value: number;
}

/*
 * One accumulator per $group: FerretDB v1 fills only the first accumulator of a group and
 * answers 0 for the others, so payment counts and sums are two aggregations.
 */
const COUNT = { _id: '$tenant_id', n: { $sum: 1 } };
const BY_CURRENCY = { tenant_id: '$tenant_id', currency: '$currency' };
const PAYMENT_COUNT = { _id: BY_CURRENCY, value: { $sum: 1 } };
const PAYMENT_CENTS = { _id: BY_CURRENCY, value: { $sum: '$amount_cents' } };

/** Platform-side counts of each clinic's data, for admins: a fixed number of queries per batch. */
export class ClinicCountsService {
  constructor(
    private readonly models: ClinicModels,
    private readonly currenciesOf: TenantCurrencies,
  ) {}

  async countsFor(principal: Principal, tenantId: unknown): Promise<ClinicCounts> {
    const id = parseObjectId(tenantId).toHexString();
    const [counts] = await this.countsForTenants(principal, [id]);
    if (!counts || counts instanceof Error) throw counts ?? notFound('Tenant');
    return counts;
  }

  /** A DataLoader batch: counts in the order asked, an error in the place of an unknown tenant. */
  async countsForTenants(
    principal: Principal,
    tenantIds: readonly string[],
  ): Promise<(ClinicCounts | AppError)[]> {
    authorizeAdmin(principal, 'tenants:read');
    const { staffMembers, clients, patients, appointments, payments } = this.models;
    const [currencies, staff, clientRows, patientRows, appointmentRows, paymentRows, centRows] =
      await Promise.all([
        this.currenciesOf(tenantIds),
        groupAcrossTenants<CountRow, unknown>(staffMembers, tenantIds, COUNT),
        groupAcrossTenants<CountRow, unknown>(clients, tenantIds, COUNT),
        groupAcrossTenants<CountRow, unknown>(patients, tenantIds, COUNT),
        groupAcrossTenants<CountRow, unknown>(appointments, tenantIds, COUNT),
        groupAcrossTenants<CurrencyRow, unknown>(payments, tenantIds, PAYMENT_COUNT),
        groupAcrossTenants<CurrencyRow, unknown>(payments, tenantIds, PAYMENT_CENTS),
      ]);
    const countOf = (rows: CountRow[]) => new Map(rows.map((row) => [row._id, row.n]));
    const [staffBy, clientsBy, patientsBy, appointmentsBy] = [
      countOf(staff),
      countOf(clientRows),
      countOf(patientRows),
      countOf(appointmentRows),
    ];
    const centsOf = new Map(
      centRows.map((row) => [`${row._id.tenant_id}:${row._id.currency}`, row.value]),
    );

    return tenantIds.map((tenantId) => {
      const currency = currencies.get(tenantId);
      if (!currency) return notFound('Tenant');
      const own = paymentRows
        .filter((row) => row._id.tenant_id === tenantId)
        .map((row) => ({
          currency: row._id.currency,
          count: row.value,
          cents: centsOf.get(`${tenantId}:${row._id.currency}`) ?? 0,
        }))
        .sort((a, b) => a.currency.localeCompare(b.currency));
      return {
        staff: staffBy.get(tenantId) ?? 0,
        clients: clientsBy.get(tenantId) ?? 0,
        patients: patientsBy.get(tenantId) ?? 0,
        appointments: appointmentsBy.get(tenantId) ?? 0,
        payments: own.reduce((sum, row) => sum + row.count, 0),
        revenue_total: toMajorUnits(own.find((row) => row.currency === currency)?.cents ?? 0),
        currency,
        revenue_by_currency: own.map((row) => ({
          currency: row.currency,
          total: toMajorUnits(row.cents),
        })),
      };
    });
  }
}

/**
 * How much a tenant stores, in gigabytes. Billing measures document bytes per tenant and
 * registers it (MeasuredStorage); analytics read it per request, so it must be a cheap lookup.
 */
export interface StorageUsage {
  readonly source: string;
  gigabytesUsed(tenantId: string): Promise<number>;
}

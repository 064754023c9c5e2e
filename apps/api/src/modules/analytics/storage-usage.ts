/**
 * How much a tenant stores, in gigabytes. Billing measures document bytes per tenant and will
 * register the real one; analytics read it per request, so it must be a cheap lookup.
 */
export interface StorageUsage {
  readonly source: string;
  gigabytesUsed(tenantId: string): Promise<number>;
}

/** INTERIM, until billing's measurement lands: nothing is measured yet, so it answers 0. */
export class NotYetMeasuredStorage implements StorageUsage {
  readonly source = 'interim: not measured yet (0)';

  async gigabytesUsed(): Promise<number> {
    return 0;
  }
}

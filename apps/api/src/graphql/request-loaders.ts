import DataLoader from 'dataloader';

/**
 * The DataLoaders of one request. Each is keyed by name and tenant, so a batch never mixes
 * tenants and nothing cached outlives the request that loaded it.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, tenantId: string, batch: DataLoader.BatchLoadFn<K, V>): DataLoader<K, V> {
    const key = `${name}:${tenantId}`;
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
      this.loaders.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { toApiError } from '../../errors/graphqlErrors';
import type { UpdateTenantInput } from '../../gql/graphql';
import { SaveTenantConfigurationDocument } from './configuration.operations';

export type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/**
 * Saves part of a tenant's configuration. The answer carries the tenant's effective features
 * and theme, so every section showing them updates from the cache.
 */
export function useSaveConfiguration(tenantId: string, field: 'theme_json' | 'features_json') {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [save, { loading }] = useMutation(SaveTenantConfigurationDocument);

  async function saveValue(value: string | null): Promise<void> {
    setState({ kind: 'idle' });
    const input: UpdateTenantInput = { [field]: value };
    try {
      await save({ variables: { id: tenantId, input } });
      setState({ kind: 'saved' });
    } catch (error) {
      const apiError = toApiError(error);
      const onField = apiError.fields.find((problem) => problem.field === field);
      setState({ kind: 'failed', message: onField?.message ?? apiError.message });
    }
  }

  return { state, saving: loading, save: saveValue, reset: () => setState({ kind: 'idle' }) };
}

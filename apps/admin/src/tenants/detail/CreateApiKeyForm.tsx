import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { toApiError } from '../../errors/graphqlErrors';
import { Field } from '../../ui/Field';
import { CreateApiKeyDocument, TenantApiKeysDocument } from './apiKeys.operations';

const MAX_NAME_LENGTH = 100;

interface CreateApiKeyFormProps {
  tenantId: string;
  onCreated: (created: { name: string; key: string }) => void;
}

export function CreateApiKeyForm({ tenantId, onCreated }: CreateApiKeyFormProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [createApiKey, { loading }] = useMutation(CreateApiKeyDocument, {
    refetchQueries: [{ query: TenantApiKeysDocument, variables: { tenantId } }],
    awaitRefetchQueries: true,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > MAX_NAME_LENGTH) {
      setError(`Name the key (at most ${MAX_NAME_LENGTH} characters), e.g. “Front desk app”.`);
      return;
    }
    try {
      const { data } = await createApiKey({ variables: { tenantId, name: trimmed } });
      if (!data) return;
      setName('');
      onCreated({ name: data.createApiKey.api_key.name, key: data.createApiKey.key });
    } catch (caught) {
      setError(toApiError(caught).message);
    }
  }

  return (
    <form
      noValidate
      className="inline-form"
      onSubmit={(event) => void submit(event)}
      aria-label="Create an API key"
    >
      <Field label="Key name" error={error} hint="Which software will use it">
        {(control) => (
          <input
            {...control}
            name="api_key_name"
            value={name}
            maxLength={MAX_NAME_LENGTH + 20}
            onChange={(event) => {
              setName(event.target.value);
              setError(undefined);
            }}
          />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={loading}>
        {loading ? 'Creating…' : 'Create key'}
      </button>
    </form>
  );
}

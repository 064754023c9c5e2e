import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { toApiError } from '../../errors/graphqlErrors';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { RevokeApiKeyDocument } from './apiKeys.operations';

interface RevokeApiKeyButtonProps {
  tenantId: string;
  apiKey: { id: string; name: string; prefix: string };
}

export function RevokeApiKeyButton({ tenantId, apiKey }: RevokeApiKeyButtonProps) {
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // The answer is the key with revoked_at set; the cache updates the row in place.
  const [revokeApiKey, { loading }] = useMutation(RevokeApiKeyDocument);

  async function confirm() {
    setFailure(null);
    try {
      await revokeApiKey({ variables: { tenantId, id: apiKey.id } });
      setOpen(false);
    } catch (error) {
      setFailure(toApiError(error).message);
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button--quiet-danger"
        aria-label={`Revoke ${apiKey.name}`}
        onClick={() => setOpen(true)}
      >
        Revoke
      </button>
      <ConfirmDialog
        open={open}
        title={`Revoke “${apiKey.name}”?`}
        confirmLabel="Revoke key"
        busy={loading}
        error={failure}
        onConfirm={() => void confirm()}
        onCancel={() => {
          setOpen(false);
          setFailure(null);
        }}
      >
        <p>
          Software sending the key <code>{apiKey.prefix}</code> is refused from now on. This cannot
          be undone; create a new key instead.
        </p>
      </ConfirmDialog>
    </>
  );
}

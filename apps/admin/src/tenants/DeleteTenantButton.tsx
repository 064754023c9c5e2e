import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { toApiError } from '../errors/graphqlErrors';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { tenantsListPath } from './listReturn';
import { DeleteTenantDocument } from './tenant.operations';
import { forgetTenant, forgetTenantLists } from './tenantCache';

interface DeleteTenantButtonProps {
  tenant: { id: string; name: string; slug: string };
  listSearch: string;
}

export function DeleteTenantButton({ tenant, listSearch }: DeleteTenantButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const navigate = useNavigate();
  const client = useApolloClient();
  const [deleteTenant, { loading }] = useMutation(DeleteTenantDocument, {
    update: (cache) => forgetTenantLists(cache),
  });

  async function confirm() {
    setFailure(null);
    try {
      await deleteTenant({ variables: { id: tenant.id } });
      await navigate(tenantsListPath(listSearch), {
        replace: true,
        state: { notice: `Deleted ${tenant.name}.` },
      });
      // Only once this page is gone: evicting earlier would make it refetch a deleted tenant.
      forgetTenant(client.cache, tenant.id);
    } catch (error) {
      setFailure(toApiError(error).message);
    }
  }

  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        Delete
      </button>
      <ConfirmDialog
        open={confirming}
        title={`Delete ${tenant.name}?`}
        confirmLabel="Delete tenant"
        busy={loading}
        error={failure}
        onConfirm={() => void confirm()}
        onCancel={() => {
          setConfirming(false);
          setFailure(null);
        }}
      >
        <p>
          The clinic <strong>{tenant.slug}</strong> loses access to VetCares. This cannot be undone
          from the console.
        </p>
      </ConfirmDialog>
    </>
  );
}

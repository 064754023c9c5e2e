import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { toApiError } from '../../errors/graphqlErrors';
import type { TenantStatus } from '../../gql/graphql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { forgetTenantLists } from '../tenantCache';
import { ActivateTenantDocument } from './lifecycle.operations';
import { useShowNotice } from './useShowNotice';

interface ActivateTenantButtonProps {
  tenant: { id: string; name: string; status: TenantStatus };
}

export function ActivateTenantButton({ tenant }: ActivateTenantButtonProps) {
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const showNotice = useShowNotice();
  const [activateTenant, { loading }] = useMutation(ActivateTenantDocument, {
    update: (cache) => forgetTenantLists(cache),
  });

  function close() {
    setOpen(false);
    setFailure(null);
  }

  async function confirm() {
    setFailure(null);
    try {
      await activateTenant({ variables: { id: tenant.id } });
      close();
      showNotice(`Activated ${tenant.name}.`);
    } catch (error) {
      setFailure(toApiError(error).message);
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Activate
      </button>
      <ConfirmDialog
        open={open}
        title={`Activate ${tenant.name}?`}
        confirmLabel="Activate tenant"
        tone="primary"
        busy={loading}
        error={failure}
        onConfirm={() => void confirm()}
        onCancel={close}
      >
        <p>
          The clinic&apos;s users and API keys can use VetCares again
          {tenant.status === 'suspended' ? ', and the suspension reason is cleared' : ''}.
        </p>
      </ConfirmDialog>
    </>
  );
}

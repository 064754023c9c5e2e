import { useMutation } from '@apollo/client/react';
import { MAX_LENGTH } from '@vetcares/tenant-rules';
import { useState } from 'react';
import { toApiError } from '../../errors/graphqlErrors';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Field } from '../../ui/Field';
import { forgetTenantLists } from '../tenantCache';
import { SuspendTenantDocument } from './lifecycle.operations';
import { useShowNotice } from './useShowNotice';

interface SuspendTenantButtonProps {
  tenant: { id: string; name: string };
}

/** Suspension needs a reason: the clinic's users are told it with every refused request. */
export function SuspendTenantButton({ tenant }: SuspendTenantButtonProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const showNotice = useShowNotice();
  const [suspendTenant, { loading }] = useMutation(SuspendTenantDocument, {
    update: (cache) => forgetTenantLists(cache),
  });

  function close() {
    setOpen(false);
    setReason('');
    setReasonError(undefined);
    setFailure(null);
  }

  async function confirm() {
    setFailure(null);
    const trimmed = reason.trim();
    const problem = reasonProblem(trimmed);
    if (problem) {
      setReasonError(problem);
      return;
    }
    try {
      await suspendTenant({ variables: { id: tenant.id, reason: trimmed } });
      close();
      showNotice(`Suspended ${tenant.name}.`);
    } catch (error) {
      const apiError = toApiError(error);
      const onReason = apiError.fields.find(
        (field) => field.field === 'reason' || field.field === 'suspension_reason',
      );
      if (onReason) setReasonError(onReason.message);
      else setFailure(apiError.message);
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Suspend
      </button>
      <ConfirmDialog
        open={open}
        title={`Suspend ${tenant.name}?`}
        confirmLabel="Suspend tenant"
        busy={loading}
        error={failure}
        onConfirm={() => void confirm()}
        onCancel={close}
      >
        <p>
          The clinic&apos;s users and API keys are refused, with this reason, until the tenant is
          activated again. Admins can still manage it.
        </p>
        <Field label="Reason" required error={reasonError} hint="For example: Payment overdue">
          {(control) => (
            <textarea
              {...control}
              name="reason"
              rows={3}
              value={reason}
              onChange={(event) => {
                setReason(event.target.value);
                setReasonError(undefined);
              }}
            />
          )}
        </Field>
      </ConfirmDialog>
    </>
  );
}

function reasonProblem(reason: string): string | undefined {
  if (reason === '') return 'A reason is required: the clinic is shown it.';
  if (reason.length > MAX_LENGTH.suspension_reason) {
    return `At most ${MAX_LENGTH.suspension_reason} characters.`;
  }
  return undefined;
}

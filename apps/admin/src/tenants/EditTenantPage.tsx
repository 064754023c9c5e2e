import { useMutation } from '@apollo/client/react';
import { useLocation, useNavigate } from 'react-router-dom';
import { toApiError } from '../errors/graphqlErrors';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { readListSearch } from './listReturn';
import { UpdateTenantDocument } from './tenant.operations';
import { forgetTenantLists } from './tenantCache';
import {
  formValuesFromTenant,
  toUpdateTenantInput,
  type TenantFormValues,
} from './tenantFormValues';
import { TenantForm } from './TenantForm';
import { TenantLoadProblem } from './TenantLoadProblem';
import { useRouteTenant } from './useRouteTenant';

export function EditTenantPage() {
  const { id, tenant, loading, error, notFound, refetch } = useRouteTenant();
  useDocumentTitle(tenant ? `Edit ${tenant.name}` : 'Edit tenant');
  const navigate = useNavigate();
  const location = useLocation();
  const detailPath = `/tenants/${id}`;
  // Keep the way back to the list the admin came from, through detail and edit alike.
  const returnState = { listSearch: readListSearch(location.state) };
  const [updateTenant] = useMutation(UpdateTenantDocument, {
    update: (cache) => forgetTenantLists(cache),
  });

  if (!tenant) {
    if (loading) return <p role="status">Loading tenant…</p>;
    return (
      <TenantLoadProblem
        notFound={notFound}
        error={error}
        backTo="/tenants"
        onRetry={() => void refetch()}
      />
    );
  }

  const initialValues = formValuesFromTenant(tenant);

  async function submit(values: TenantFormValues) {
    const input = toUpdateTenantInput(initialValues, values);
    if (Object.keys(input).length === 0) {
      navigate(detailPath, { state: { ...returnState, notice: 'Nothing changed.' } });
      return null;
    }
    try {
      await updateTenant({ variables: { id, input } });
      navigate(detailPath, { state: { ...returnState, notice: 'Changes saved.' } });
      return null;
    } catch (caught) {
      return toApiError(caught);
    }
  }

  return (
    <section aria-labelledby="edit-tenant-title">
      <h1 id="edit-tenant-title">Edit {tenant.name}</h1>
      <TenantForm
        // A fresh form per tenant version, so a background refetch never mixes old and new values.
        key={`${tenant.id}:${tenant.updated_date}`}
        mode="edit"
        initialValues={initialValues}
        submitLabel="Save changes"
        cancelTo={detailPath}
        cancelState={returnState}
        onSubmit={submit}
      />
    </section>
  );
}

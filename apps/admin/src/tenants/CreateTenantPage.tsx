import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { toApiError } from '../errors/graphqlErrors';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { CreateTenantDocument } from './tenant.operations';
import { forgetTenantLists } from './tenantCache';
import { EMPTY_TENANT_FORM, toCreateTenantInput, type TenantFormValues } from './tenantFormValues';
import { TenantForm } from './TenantForm';

export function CreateTenantPage() {
  useDocumentTitle('New tenant');
  const navigate = useNavigate();
  const [createTenant] = useMutation(CreateTenantDocument, {
    update: (cache) => forgetTenantLists(cache),
  });

  async function submit(values: TenantFormValues) {
    try {
      const result = await createTenant({ variables: { input: toCreateTenantInput(values) } });
      const tenant = result.data?.createTenant;
      if (tenant) {
        navigate(`/tenants/${tenant.id}`, { state: { notice: `Created ${tenant.name}.` } });
      }
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }

  return (
    <section aria-labelledby="create-tenant-title">
      <h1 id="create-tenant-title">New tenant</h1>
      <TenantForm
        mode="create"
        initialValues={EMPTY_TENANT_FORM}
        submitLabel="Create tenant"
        cancelTo="/tenants"
        onSubmit={submit}
      />
    </section>
  );
}

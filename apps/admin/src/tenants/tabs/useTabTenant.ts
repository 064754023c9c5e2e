import { useOutletContext } from 'react-router-dom';
import type { TenantFieldsFragment } from '../../gql/graphql';

export interface TenantTabContext {
  tenant: TenantFieldsFragment;
}

/** The tenant the tab's page loaded; tabs never load it again. */
export const useTabTenant = (): TenantFieldsFragment => useOutletContext<TenantTabContext>().tenant;

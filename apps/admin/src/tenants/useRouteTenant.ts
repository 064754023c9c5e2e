import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router-dom';
import { hasErrorCode, toApiError } from '../errors/graphqlErrors';
import { TenantDocument } from './tenant.operations';

/** The tenant named by the route's :id, with a not-found flag the pages can render. */
export function useRouteTenant() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(TenantDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  return {
    id,
    tenant: data?.tenant,
    loading,
    error,
    // A mangled id in the URL is refused as bad input; to the admin it is just a missing tenant.
    notFound:
      hasErrorCode(error, 'NOT_FOUND') ||
      (hasErrorCode(error, 'BAD_USER_INPUT') &&
        toApiError(error).fields.some((f) => f.field === 'id')),
    refetch,
  };
}

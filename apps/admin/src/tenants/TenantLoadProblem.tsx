import { Link } from 'react-router-dom';
import { toApiError } from '../errors/graphqlErrors';

interface TenantLoadProblemProps {
  notFound: boolean;
  error: unknown;
  backTo: string;
  onRetry: () => void;
}

export function TenantLoadProblem({ notFound, error, backTo, onRetry }: TenantLoadProblemProps) {
  if (notFound) {
    return (
      <section className="panel">
        <h1>Tenant not found</h1>
        <p>It may have been deleted.</p>
        <Link to={backTo}>Back to tenants</Link>
      </section>
    );
  }
  return (
    <div role="alert" className="panel panel--error">
      <p>Could not load this tenant: {toApiError(error).message}</p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function NotFoundPage() {
  useDocumentTitle('Not found');
  return (
    <section className="panel">
      <h1>Page not found</h1>
      <Link to="/tenants">Go to tenants</Link>
    </section>
  );
}

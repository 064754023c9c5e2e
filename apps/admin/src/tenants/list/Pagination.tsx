import { PAGE_SIZES } from './useTenantListParams';

interface PaginationProps {
  page: number;
  limit: number;
  totalCount: number;
  onPage: (page: number) => void;
  onLimit: (limit: number) => void;
}

export function Pagination({ page, limit, totalCount, onPage, onLimit }: PaginationProps) {
  const pageCount = Math.max(1, Math.ceil(totalCount / limit));
  const first = totalCount === 0 ? 0 : (page - 1) * limit + 1;
  const last = Math.min(page * limit, totalCount);

  return (
    <nav className="pagination" aria-label="Pages">
      <p className="pagination__summary">
        {first}–{last} of {totalCount} · page {page} of {pageCount}
      </p>
      <div className="pagination__controls">
        <label htmlFor="page-size">Per page</label>
        <select
          id="page-size"
          value={limit}
          onChange={(event) => onLimit(Number(event.target.value))}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={page <= 1}
          onClick={() => onPage(page - 1)}
        >
          Previous
        </button>
        <button
          type="button"
          className="button"
          disabled={page >= pageCount}
          onClick={() => onPage(page + 1)}
        >
          Next
        </button>
      </div>
    </nav>
  );
}

import type { SortOrder, TenantSortField } from '../../gql/graphql';

interface SortableHeaderProps {
  field: TenantSortField;
  label: string;
  sortBy: TenantSortField;
  sortOrder: SortOrder;
  onSort: (field: TenantSortField, order: SortOrder) => void;
}

/** Names and dates read naturally A→Z and newest-first; a second click flips the order. */
function firstOrderFor(field: TenantSortField): SortOrder {
  return field === 'created_date' || field === 'updated_date' ? 'desc' : 'asc';
}

export function SortableHeader({ field, label, sortBy, sortOrder, onSort }: SortableHeaderProps) {
  const active = field === sortBy;
  const nextOrder = active ? (sortOrder === 'asc' ? 'desc' : 'asc') : firstOrderFor(field);
  const ariaSort = active ? (sortOrder === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(field, nextOrder)}
        title={`Sort by ${label.toLowerCase()}, ${nextOrder === 'asc' ? 'ascending' : 'descending'}`}
      >
        {label}
        <span aria-hidden="true" className="sort-button__arrow">
          {active ? (sortOrder === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

import type { ReactNode } from 'react';

export type FactRow = [label: string, value: ReactNode];

/** A titled card of label/value rows, as on the tenant's detail page. */
export function Facts({ title, rows }: { title: string; rows: FactRow[] }) {
  return (
    <section className="facts" aria-label={title}>
      <h2>{title}</h2>
      <FactList rows={rows} />
    </section>
  );
}

export function FactList({ rows }: { rows: FactRow[] }) {
  return (
    <dl>
      {rows.map(([label, value]) => (
        <div key={label} className="facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

import type { ReactNode } from 'react';

/** One headline figure. */
export function Tile({
  label,
  value,
  detail,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
}) {
  return (
    <section className="tile" aria-label={label}>
      <p className="tile__label">{label}</p>
      <p className="tile__value">{value}</p>
      {detail ? <p className="tile__detail">{detail}</p> : null}
    </section>
  );
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');
export const formatPercent = (n: number): string =>
  `${n.toLocaleString('en-US', { maximumFractionDigits: 2 })}%`;
export const formatMs = (n: number): string =>
  `${n.toLocaleString('en-US', { maximumFractionDigits: 1 })} ms`;

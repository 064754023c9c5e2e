export const PERIODS = ['7d', '30d', '90d'] as const;
export type Period = (typeof PERIODS)[number];

const LABELS: Record<Period, string> = { '7d': '7 days', '30d': '30 days', '90d': '90 days' };

/** Which period the charts cover. */
export function PeriodSwitcher({
  value,
  onChange,
}: {
  value: Period;
  onChange: (period: Period) => void;
}) {
  return (
    <div className="period-switcher" role="group" aria-label="Period">
      {PERIODS.map((period) => (
        <button
          key={period}
          type="button"
          className="button"
          aria-pressed={value === period}
          onClick={() => onChange(period)}
        >
          {LABELS[period]}
        </button>
      ))}
    </div>
  );
}

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface DailySeries {
  name: string;
  values: readonly number[];
  color: string;
}

interface DailyChartProps {
  title: string;
  days: readonly string[];
  series: readonly DailySeries[];
  kind?: 'line' | 'bar';
  /** Formats values on the axis and in the tooltip. */
  format?: (value: number) => string;
}

const shortDay = (day: string) => day.slice(5);

/** One value per day, as lines or bars, drawn by Recharts. */
export function DailyChart({ title, days, series, kind = 'line', format }: DailyChartProps) {
  const rows = days.map((day, index) => ({
    day,
    ...Object.fromEntries(series.map((line) => [line.name, line.values[index] ?? 0])),
  }));
  const formatter = format ? (value: unknown) => format(Number(value)) : undefined;
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e6ea" />
      <XAxis dataKey="day" tickFormatter={shortDay} fontSize={11} minTickGap={16} />
      <YAxis fontSize={11} width={56} tickFormatter={formatter} allowDecimals />
      <Tooltip formatter={formatter} />
      {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
    </>
  );
  return (
    <figure className="chart-card" aria-label={title}>
      <h3>{title}</h3>
      <ResponsiveContainer width="100%" height={220}>
        {kind === 'bar' ? (
          <BarChart data={rows}>
            {axes}
            {series.map((bar) => (
              <Bar key={bar.name} dataKey={bar.name} fill={bar.color} isAnimationActive={false} />
            ))}
          </BarChart>
        ) : (
          <LineChart data={rows}>
            {axes}
            {series.map((line) => (
              <Line
                key={line.name}
                type="monotone"
                dataKey={line.name}
                stroke={line.color}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        )}
      </ResponsiveContainer>
    </figure>
  );
}

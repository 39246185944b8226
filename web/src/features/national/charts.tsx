import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';

ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend);

/**
 * The national pages' charts, in their own chunk (chart.js is the heaviest library of the app): the pages import
 * it with React.lazy, so on a slow link the table and its figures show first and the chart follows. Every chart
 * repeats a table that is on the page; colour is never the only carrier of meaning (stale bars are also named
 * so in the tooltip's label and in the table).
 */

const CURRENT = '#0b4f8a';
const STALE = '#9aa5b1';
const HIGHLIGHT = '#e8a200';

const short = (label: string) => (label.length > 24 ? `${label.slice(0, 23)}…` : label);

/**
 * Bars for a ranking: named horizontal bars while they fit (up to 40), else the whole field as a sorted profile
 * of vertical bars whose names are in the tooltips, so that 200 sites remain one readable shape.
 */
export default function RankingChart({
  items,
  label,
  caption,
  locale,
  percent = false,
}: {
  items: { label: string; value: number | null; stale?: boolean; highlight?: boolean }[];
  label: string;
  caption: string;
  /** Numbers on the axis and in the tooltips as the page writes them (id-ID: "1.400"). */
  locale: string;
  /** Values are shares (0–1): drawn and labelled as percentages. */
  percent?: boolean;
}) {
  const named = items.length <= 40;
  const colours = items.map((i) => (i.highlight ? HIGHLIGHT : i.stale ? STALE : CURRENT));
  return (
    <div
      className="nat-chart"
      style={{ height: named ? `${Math.max(10, items.length * 1.6 + 3)}rem` : '18rem' }}
    >
      <Bar
        role="img"
        aria-label={caption}
        data={{
          labels: items.map((i) => i.label),
          datasets: [
            {
              label: percent ? `${label} (%)` : label,
              data: items.map((i) =>
                i.value !== null && percent ? Math.round(i.value * 1000) / 10 : i.value,
              ),
              backgroundColor: colours,
            },
          ],
        }}
        options={{
          locale,
          indexAxis: named ? 'y' : 'x',
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false } },
          scales: named
            ? {
                // A long name is cut with an ellipsis (the tooltip and the table have it whole).
                y: { ticks: { autoSkip: false, callback: (_v, i) => short(items[i]?.label ?? '') } },
                x: { beginAtZero: true },
              }
            : { x: { ticks: { display: false }, grid: { display: false } }, y: { beginAtZero: true } },
        }}
      />
    </div>
  );
}

/** A monthly trend: one line per series (the site, its peers' median), gaps where a month has no figure. */
export function TrendChart({
  months,
  series,
  caption,
  locale,
  percent = false,
}: {
  months: string[];
  series: { label: string; values: (number | null)[]; muted?: boolean }[];
  caption: string;
  locale: string;
  percent?: boolean;
}) {
  return (
    <div className="nat-chart nat-trend">
      <Line
        role="img"
        aria-label={caption}
        data={{
          labels: months,
          datasets: series.map((s) => ({
            label: percent ? `${s.label} (%)` : s.label,
            data: s.values.map((v) => (v !== null && percent ? Math.round(v * 1000) / 10 : v)),
            borderColor: s.muted ? STALE : CURRENT,
            backgroundColor: s.muted ? STALE : CURRENT,
            borderDash: s.muted ? [6, 4] : undefined,
          })),
        }}
        options={{
          locale,
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          spanGaps: false,
          scales: { y: { beginAtZero: true } },
        }}
      />
    </div>
  );
}

/**
 * One measure over time as a uPlot chart in a figure: one chart per measure, so followers never lie flat under
 * likes on a shared axis (issue 16). The x range is padded around the readings (one or two visits give a day or
 * so either side, never years), axis labels and the legend are Intl-formatted in the interface language, and the
 * legend is ours (uPlot's shows "--" until hovered). The canvas is decorative for screen readers: the same numbers
 * are in the tables below. uPlot is loaded with the first chart, not with the dashboard: the account table's
 * first render is on a 300 ms budget (npm run bench) and needs no charts.
 */
import { useEffect, useRef } from 'preact/hooks';
import type uPlot from 'uplot';
import { t } from '../shared/i18n';
import { cssColor, useDark } from '../shared/theme';
import { day, locale, num } from './format';

let uplot: Promise<typeof uPlot> | undefined;
function loadUplot(): Promise<typeof uPlot> {
  uplot ??= Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([m]) => m.default);
  return uplot;
}

const HALF_DAY_S = 12 * 3600;
const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
const shortDay = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
// With minutes: an hour alone reads as a bare number in some languages (es "3 dic, 8"; seen 2026-12-03).
const hour = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

/**
 * The x range: the readings padded by 5 % either side, at least half a day, so one reading sits in the middle of a
 * day's width instead of an axis of years (uPlot's range for a single x value).
 */
export function xRange(xs: readonly number[]): [number, number] {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const pad = Math.max((hi - lo) * 0.05, HALF_DAY_S);
  return [lo - pad, hi + pad];
}

interface Props {
  title: string;
  /** x in Unix seconds. */
  x: number[];
  y: (number | null)[];
  label: string;
  /** The series' colour: a custom property of ui.css (`--chart-followers`), so that it follows the theme. */
  stroke: string;
  /** Points only (one post each), not a line. */
  points?: boolean;
}

export function Chart({ title, x, y, label, stroke, points }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const dark = useDark();
  useEffect(() => {
    const el = box.current;
    if (!el || x.length === 0) return;
    let plot: uPlot | undefined;
    let gone = false;
    void loadUplot().then((UPlot) => {
      if (gone) return;
      const span = Math.max(...x) - Math.min(...x);
      // The canvas takes colours, not custom properties: the theme's of the moment (redrawn when it changes).
      const line = cssColor(stroke, '#1d4ed8');
      const axis = {
        stroke: cssColor('--chart-axis', '#404040'),
        grid: { stroke: cssColor('--chart-grid', '#e5e7eb') },
      };
      const ticks = { stroke: cssColor('--chart-grid', '#e5e7eb') };
      plot = new UPlot(
        {
          width: Math.max(280, el.clientWidth || 420),
          height: 200,
          legend: { show: false },
          scales: { x: { time: true, range: () => xRange(x) } },
          series: [
            {},
            {
              label,
              stroke: line,
              width: points ? 0 : 2,
              points: { show: true, size: points ? 6 : 5, fill: line, stroke: line },
            },
          ],
          axes: [
            {
              ...axis,
              ticks,
              // Labels at least 100 px apart: a date and an hour each fit without overlapping.
              space: 100,
              values: (_u, splits) =>
                splits.map((v) => (span < 2 * 86_400 ? hour.format(v * 1000) : shortDay.format(v * 1000))),
            },
            { ...axis, ticks, size: 60, values: (_u, splits) => splits.map((v) => compact.format(v)) },
          ],
        },
        [x, y] as uPlot.AlignedData,
        el,
      );
    });
    return () => {
      gone = true;
      plot?.destroy();
    };
  }, [x, y, label, stroke, points, dark]);
  const last = [...y].reverse().find((v) => v !== null);
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      {x.length === 0 ? (
        <p class="muted">{t('dash_no_readings')}</p>
      ) : (
        <>
          <div ref={box} aria-hidden="true" />
          <p class="legend">
            <span class="swatch" style={{ background: `var(${stroke})` }} aria-hidden="true" /> {label}:{' '}
            {x.length === 1
              ? t('dash_legend_one', [num(last ?? undefined), day(x[0]! * 1000)])
              : t('dash_legend_range', [
                  num(last ?? undefined),
                  day(Math.min(...x) * 1000),
                  day(Math.max(...x) * 1000),
                  num(x.length),
                ])}
          </p>
        </>
      )}
    </figure>
  );
}

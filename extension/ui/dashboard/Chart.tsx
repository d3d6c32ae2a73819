/**
 * A uPlot chart in a figure with a caption. The canvas is decorative for screen readers: the same numbers are
 * in the tables beside it. uPlot is loaded with the first chart, not with the dashboard: the account table's first
 * render is on a 300 ms budget (npm run bench) and needs no charts.
 */
import { useEffect, useRef } from 'preact/hooks';
import type uPlot from 'uplot';

let uplot: Promise<typeof uPlot> | undefined;
function loadUplot(): Promise<typeof uPlot> {
  uplot ??= Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([m]) => m.default);
  return uplot;
}

interface Props {
  title: string;
  /** x in Unix seconds, then one array per series. */
  data: [number[], ...(number | null)[][]];
  series: { label: string; stroke: string; points?: boolean }[];
}

export function Chart({ title, data, series }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || data[0].length === 0) return;
    let plot: uPlot | undefined;
    let gone = false;
    void loadUplot().then((UPlot) => {
      if (gone) return;
      plot = new UPlot(
        {
          width: Math.max(320, el.clientWidth || 480),
          height: 220,
          series: [
            {},
            ...series.map((s) => ({
              label: s.label,
              stroke: s.stroke,
              width: s.points ? 0 : 2,
              points: { show: true, size: s.points ? 6 : 4, fill: s.stroke },
            })),
          ],
          axes: [{}, { size: 90 }],
        },
        data as uPlot.AlignedData,
        el,
      );
    });
    return () => {
      gone = true;
      plot?.destroy();
    };
  }, [data, series]);
  return (
    <figure>
      <figcaption>{title}</figcaption>
      {data[0].length === 0 ? <p class="muted">No readings yet.</p> : <div ref={box} aria-hidden="true" />}
    </figure>
  );
}

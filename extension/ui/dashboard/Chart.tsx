/**
 * A uPlot chart in a figure with a caption. The canvas is decorative for screen readers: the same numbers are
 * in the tables beside it.
 */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

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
    const plot = new uPlot(
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
        axes: [{}, { size: 70 }],
      },
      data as uPlot.AlignedData,
      el,
    );
    return () => plot.destroy();
  }, [data, series]);
  return (
    <figure>
      <figcaption>{title}</figcaption>
      {data[0].length === 0 ? <p class="muted">No readings yet.</p> : <div ref={box} aria-hidden="true" />}
    </figure>
  );
}

import { useEffect, useRef } from 'react';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';

/** Colours with at least 4.5:1 against white, told apart by pattern too (ECharts decals). */
export const CHART_COLOURS = ['#1554a8', '#b45309', '#1f6b03', '#7e22ce', '#b3161c'];

/**
 * A thin React wrapper around one ECharts instance. ECharts itself loads on first use, in a chunk
 * of its own, so no other page carries it. The chart is an image to assistive technology, named
 * by `label`; the data table beside it carries the numbers.
 */
export function EChart({
  option,
  label,
  height = 320,
}: {
  option: EChartsCoreOption;
  label: string;
  height?: number;
}) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const latest = useRef(option);

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void import('./echarts-setup.js').then(({ echarts }) => {
      const element = container.current;
      if (disposed || !element) return;
      chart.current = echarts.init(element, undefined, { renderer: 'svg' });
      chart.current.setOption(latest.current);
      observer = new ResizeObserver(() => chart.current?.resize());
      observer.observe(element);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    latest.current = option;
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div ref={container} className="statistics-chart" role="img" aria-label={label} style={{ height }} />
  );
}

/** What every chart of the dashboard shares: palette, patterns, no generated description. */
export function baseOption(): EChartsCoreOption {
  return {
    color: CHART_COLOURS,
    // The description is the section's text and table; ECharts' own would repeat it in English.
    aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
    textStyle: { fontFamily: 'inherit', fontSize: 13, color: '#1f2329' },
    grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { fontSize: 13 } },
    tooltip: { trigger: 'axis', confine: true },
    animation: false,
  };
}

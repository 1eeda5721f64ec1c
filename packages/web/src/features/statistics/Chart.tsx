import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './chart.ts';

/** One chart; its accessible equivalent is the table next to it, so it is hidden from readers. */
export function Chart({ option, height = 280 }: { option: ChartOption; height?: number }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return <div ref={element} aria-hidden="true" style={{ width: '100%', height }} />;
}

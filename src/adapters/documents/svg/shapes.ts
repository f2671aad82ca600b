import type { Point } from '../process/geometry.js';
import { el } from './markup.js';

/** Shapes drawn the same way in the diagram and in its legend. */

export const STROKE = '#1f2933';

export const ARROW_MARKER = el('defs', {}, [
  el(
    'marker',
    {
      id: 'arrow',
      viewBox: '0 0 10 10',
      refX: 10,
      refY: 5,
      markerWidth: 8,
      markerHeight: 8,
      orient: 'auto',
    },
    el('path', { d: 'M0,0 L10,5 L0,10 z', fill: STROKE }),
  ),
]);

export function arrow(points: readonly Point[], className = 'flow'): string {
  return el('polyline', {
    class: className,
    points: points.map((p) => `${round(p.x)},${round(p.y)}`).join(' '),
    fill: 'none',
    stroke: STROKE,
    'stroke-width': 1.4,
    'marker-end': 'url(#arrow)',
  });
}

export function eventCircle(c: Point, radius: number, end: boolean, className: string): string {
  return el('circle', {
    class: className,
    cx: c.x,
    cy: c.y,
    r: radius,
    fill: end ? '#fde8e8' : '#e6f4ea',
    stroke: STROKE,
    'stroke-width': end ? 3 : 1.5,
  });
}

export function stepRect(x: number, y: number, width: number, height: number): string {
  return el('rect', {
    x,
    y,
    width,
    height,
    rx: 6,
    fill: '#eef3fb',
    stroke: STROKE,
    'stroke-width': 1.2,
  });
}

export function diamond(c: Point, size: number, className: string): string {
  const h = size / 2;
  const points = [
    [c.x, c.y - h],
    [c.x + h, c.y],
    [c.x, c.y + h],
    [c.x - h, c.y],
  ];

  return el('polygon', {
    class: className,
    points: points.map(([x = 0, y = 0]) => `${round(x)},${round(y)}`).join(' '),
    fill: '#fff8e1',
    stroke: STROKE,
    'stroke-width': 1.4,
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

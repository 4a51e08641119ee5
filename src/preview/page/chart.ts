// Draws an embedded chart from its recorded spec as SVG. Enough to check that the dashboard's charts
// show the right series with the right labels; not a charting library.
import { PREVIEW } from '../../shared/messages/preview';
import type { ChartView } from '../protocol';

const NS = 'http://www.w3.org/2000/svg';

function esc(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded).replace('.', ',');
}

function shorten(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** Width of one character of a 10 px axis label, and the longest slanted label before it is cut. */
const CHAR_WIDTH = 5.5;
const SLANTED_MAX = 30;

function niceMax(max: number): number {
  if (max <= 0) return 1;
  const exp = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * exp >= max) return step * exp;
  return 10 * exp;
}

/** Legend entries: a column at the right, or rows under the plot ("bottom"/"top"). */
function legendSvg(chart: ChartView, x: number, y: number): string {
  if (chart.legend === 'none' || chart.series.length < 2) return '';
  if (chart.legend === 'right') {
    return chart.series
      .map(
        (s, i) =>
          `<rect x="${x}" y="${y + i * 16}" width="10" height="10" fill="${s.color}"/>` +
          `<text x="${x + 14}" y="${y + i * 16 + 9}" font-size="11">${esc(shorten(s.name, 22))}</text>`,
      )
      .join('');
  }
  return chart.series
    .map(
      (s, i) =>
        `<rect x="${12}" y="${y + i * 15}" width="10" height="10" fill="${s.color}"/>` +
        `<text x="${26}" y="${y + i * 15 + 9}" font-size="11">${esc(shorten(s.name, Math.floor((chart.width - 30) / 6)))}</text>`,
    )
    .join('');
}

/** Space the legend takes: width at the right, or height under the plot. */
function legendSpace(chart: ChartView): { right: number; bottom: number } {
  if (chart.legend === 'none' || chart.series.length < 2) return { right: 0, bottom: 0 };
  if (chart.legend === 'right') return { right: Math.min(150, chart.width * 0.35), bottom: 0 };
  return { right: 0, bottom: chart.series.length * 15 + 6 };
}

function ticks(plotSize: number): number {
  return Math.max(1, Math.min(4, Math.floor(plotSize / 45)));
}

/** The title in one or two lines that fit the width. */
function titleSvg(chart: ChartView): { svg: string; height: number } {
  if (!chart.title) return { svg: '', height: 12 };
  const perLine = Math.max(12, Math.floor((chart.width - 24) / 7.5));
  const words = chart.title.split(/\s+/);
  const lines: string[] = [''];
  for (const w of words) {
    const last = lines[lines.length - 1] as string;
    if (last && `${last} ${w}`.length > perLine && lines.length < 2) lines.push(w);
    else lines[lines.length - 1] = last ? `${last} ${w}` : w;
  }
  const svg = lines
    .map(
      (l, i) =>
        `<text x="12" y="${22 + i * 17}" font-size="14" font-weight="500">${esc(shorten(l, perLine))}</text>`,
    )
    .join('');
  return { svg, height: 16 + lines.length * 17 };
}

function barChart(chart: ChartView, horizontal: boolean, top: number): string {
  const { width } = chart;
  const legend = legendSpace(chart);
  const legendWidth = legend.right;
  const height = chart.height - legend.bottom;
  const totals = chart.categories.map((_, i) =>
    chart.stacked
      ? chart.series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0)
      : Math.max(0, ...chart.series.map((s) => s.values[i] ?? 0)),
  );
  const max = niceMax(Math.max(0, ...totals));
  const parts: string[] = [];
  if (horizontal) {
    // Room for the longest label, up to 45% of the chart, as Google sizes the axis.
    const longestLabel = Math.max(0, ...chart.categories.map((c) => c.length));
    const left = Math.min(width * 0.45, Math.max(60, longestLabel * 6 + 12));
    const labelMax = Math.max(6, Math.floor((left - 12) / 6));
    const right = 16 + legendWidth;
    const plotW = width - left - right;
    const plotH = height - top - 24;
    const band = plotH / Math.max(1, chart.categories.length);
    const perSeries = chart.stacked ? 1 : chart.series.length;
    const barH = Math.max(2, (band * 0.7) / perSeries);
    const n = ticks(plotW);
    for (let t = 0; t <= n; t++) {
      const x = left + (plotW * t) / n;
      parts.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${top + plotH}" stroke="#e0e0e0"/>`);
      parts.push(
        `<text x="${x}" y="${top + plotH + 14}" font-size="10" text-anchor="middle" fill="#5f6368">${num((max * t) / n)}</text>`,
      );
    }
    chart.categories.forEach((cat, i) => {
      const y0 = top + i * band + band * 0.15;
      parts.push(
        `<text x="${left - 6}" y="${y0 + (barH * perSeries) / 2 + 4}" font-size="11" text-anchor="end"><title>${esc(cat)}</title>${esc(shorten(cat, labelMax))}</text>`,
      );
      let stackX = left;
      chart.series.forEach((s, j) => {
        const v = Math.max(0, s.values[i] ?? 0);
        const w = (plotW * v) / max;
        const x = chart.stacked ? stackX : left;
        const y = chart.stacked ? y0 : y0 + j * barH;
        parts.push(
          `<rect x="${x}" y="${y}" width="${w}" height="${barH}" fill="${s.color}"><title>${esc(`${cat} — ${s.name}: ${num(v)}`)}</title></rect>`,
        );
        stackX += w;
      });
    });
    parts.push(legendSvg(chart, width - legendWidth + 6, legend.right ? top : height + 4));
  } else {
    const right = 12 + legendWidth;
    const band0 = (width - 44 - right) / Math.max(1, chart.categories.length);
    // Like Google, labels that do not fit under their column are slanted instead of cut short;
    // the first one runs down to the left, so the plot moves right to make room for it.
    const slant = chart.categories.some((c) => c.length * CHAR_WIDTH > band0);
    const longest = Math.min(SLANTED_MAX, Math.max(0, ...chart.categories.map((c) => c.length)));
    const bottom = slant ? 20 + Math.ceil(longest * CHAR_WIDTH * 0.7) : 48;
    const left = slant
      ? Math.max(44, Math.min(width * 0.3, longest * CHAR_WIDTH * 0.77 - band0 / 2 + 8))
      : 44;
    const plotW = width - left - right;
    const plotH = height - top - bottom;
    const band = plotW / Math.max(1, chart.categories.length);
    const perSeries = chart.stacked ? 1 : chart.series.length;
    const barW = Math.max(2, (band * 0.7) / perSeries);
    const n = ticks(plotH);
    for (let t = 0; t <= n; t++) {
      const y = top + plotH - (plotH * t) / n;
      parts.push(`<line x1="${left}" y1="${y}" x2="${left + plotW}" y2="${y}" stroke="#e0e0e0"/>`);
      parts.push(
        `<text x="${left - 6}" y="${y + 4}" font-size="10" text-anchor="end" fill="#5f6368">${num((max * t) / n)}</text>`,
      );
    }
    chart.categories.forEach((cat, i) => {
      const x0 = left + i * band + band * 0.15;
      const lx = x0 + (barW * perSeries) / 2;
      const ly = top + plotH + 14;
      parts.push(
        slant
          ? `<text x="${lx}" y="${ly}" font-size="10" text-anchor="end" transform="rotate(-40 ${lx} ${ly})"><title>${esc(cat)}</title>${esc(shorten(cat, SLANTED_MAX))}</text>`
          : `<text x="${lx}" y="${ly}" font-size="10" text-anchor="middle"><title>${esc(cat)}</title>${esc(cat)}</text>`,
      );
      let stackY = top + plotH;
      chart.series.forEach((s, j) => {
        const v = Math.max(0, s.values[i] ?? 0);
        const h = (plotH * v) / max;
        const x = chart.stacked ? x0 : x0 + j * barW;
        const y = chart.stacked ? stackY - h : top + plotH - h;
        parts.push(
          `<rect x="${x}" y="${y}" width="${barW}" height="${h}" fill="${s.color}"><title>${esc(`${cat} — ${s.name}: ${num(v)}`)}</title></rect>`,
        );
        stackY -= h;
      });
    });
    parts.push(legendSvg(chart, width - legendWidth + 6, legend.right ? top : height + 4));
  }
  return parts.join('');
}

function lineChart(chart: ChartView, area: boolean, top: number): string {
  const { width } = chart;
  const legend = legendSpace(chart);
  const height = chart.height - legend.bottom;
  const left = 44;
  const plotW = width - left - 16;
  const plotH = height - top - 40;
  const max = niceMax(Math.max(0, ...chart.series.flatMap((s) => s.values)));
  // One category sits in the middle (a single year is one point, not a line from the left edge).
  const single = chart.categories.length === 1;
  const step = single ? 0 : plotW / Math.max(1, chart.categories.length - 1);
  const x0 = single ? left + plotW / 2 : left;
  const parts: string[] = [];
  for (let t = 0; t <= 4; t++) {
    const y = top + plotH - (plotH * t) / 4;
    parts.push(`<line x1="${left}" y1="${y}" x2="${left + plotW}" y2="${y}" stroke="#e0e0e0"/>`);
    parts.push(
      `<text x="${left - 6}" y="${y + 4}" font-size="10" text-anchor="end">${num((max * t) / 4)}</text>`,
    );
  }
  chart.categories.forEach((cat, i) => {
    parts.push(
      `<text x="${x0 + i * step}" y="${top + plotH + 14}" font-size="10" text-anchor="middle">${esc(shorten(cat, 16))}</text>`,
    );
  });
  for (const s of chart.series) {
    const xy = s.values.map((v, i) => [x0 + i * step, top + plotH - (plotH * Math.max(0, v)) / max] as const);
    const points = xy.map(([x, y]) => `${x},${y}`);
    if (area && points.length) {
      parts.push(
        `<polygon points="${x0},${top + plotH} ${points.join(' ')} ${x0 + (points.length - 1) * step},${top + plotH}" fill="${s.color}" opacity="0.25"/>`,
      );
    }
    parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${s.color}" stroke-width="2"/>`);
    // Dots only when the chart asks for them (pointSize), as in Google: without them one year is invisible.
    if (chart.pointSize > 0)
      xy.forEach(([x, y], i) => {
        parts.push(
          `<circle class="point" cx="${x}" cy="${y}" r="${chart.pointSize / 2}" fill="${s.color}"><title>${esc(`${chart.categories[i] ?? ''} — ${s.name}: ${num(s.values[i] ?? 0)}`)}</title></circle>`,
        );
      });
  }
  parts.push(legendSvg(chart, width - legend.right + 6, legend.right ? top : height + 4));
  return parts.join('');
}

function pieChart(chart: ChartView, top: number): string {
  const values = (chart.series[0]?.values ?? []).map((v) => Math.max(0, v));
  const total = values.reduce((a, b) => a + b, 0);
  const r = Math.max(20, Math.min(chart.width * 0.3, (chart.height - top - 12) / 2));
  const cx = 16 + r;
  const cy = top + r;
  const palette = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1', '#ff7043', '#9e9d24'];
  const parts: string[] = [];
  let angle = -Math.PI / 2;
  values.forEach((v, i) => {
    const color = palette[i % palette.length] as string;
    const label = chart.categories[i] ?? '';
    const share = total ? v / total : 0;
    if (share >= 0.9999) {
      parts.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${color}"/>`);
    } else if (share > 0) {
      const a2 = angle + share * 2 * Math.PI;
      const large = share > 0.5 ? 1 : 0;
      parts.push(
        `<path d="M${cx},${cy} L${cx + r * Math.cos(angle)},${cy + r * Math.sin(angle)} A${r},${r} 0 ${large} 1 ${cx + r * Math.cos(a2)},${cy + r * Math.sin(a2)} Z" fill="${color}"><title>${esc(`${label}: ${num(v)}`)}</title></path>`,
      );
      angle = a2;
    }
    const ly = top + i * 18;
    parts.push(`<rect x="${cx + r + 16}" y="${ly}" width="10" height="10" fill="${color}"/>`);
    parts.push(
      `<text x="${cx + r + 30}" y="${ly + 9}" font-size="11">${esc(shorten(label, 24))} (${num(share * 100)}%)</text>`,
    );
  });
  return parts.join('');
}

/** SVG markup of a chart, sized as recorded. */
export function chartSvg(chart: ChartView): string {
  const hasData = chart.series.some((s) => s.values.some((v) => v !== 0)) && chart.categories.length > 0;
  const { svg: title, height: top } = titleSvg(chart);
  let body: string;
  if (!hasData) {
    body = `<text x="${chart.width / 2}" y="${chart.height / 2}" text-anchor="middle" fill="#5f6368">${esc(PREVIEW.chartNoData)}</text>`;
  } else if (chart.type === 'pie') body = pieChart(chart, top);
  else if (chart.type === 'line' || chart.type === 'area')
    body = lineChart(chart, chart.type === 'area', top);
  else body = barChart(chart, chart.type === 'bar', top);
  return `<svg xmlns="${NS}" width="${chart.width}" height="${chart.height}" viewBox="0 0 ${chart.width} ${chart.height}" font-family="Roboto, Arial, sans-serif" role="img" aria-label="${esc(chart.title)}">${title}${body}</svg>`;
}

// Charts of the verantwoording as images, without a browser: ECharts renders
// server-side SVG, resvg turns it into a PNG for Word and Excel. Each chart
// says at a glance whether Druten is on track: the status in colour under the
// title, the figures against the straight path and the target.
//
// The chart is laid out at 800 px wide (about the text width of an A4 page, so
// font sizes in px read as points on paper) and rasterised at 1200 px, about
// 180 dpi across the 16.6 cm of text width: sharp on paper, and the one size
// Word and Excel share, so a chart drawn for one export serves the other.
// Every ECharts instance is disposed: an undisposed one keeps a timer that
// holds Node open.
import fs from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { describeTarget, formatValue, hasFigures, measureOf, progressLabel } from '../accountability/progress';
import { LIGHT_SYMBOL, unansweredHeading } from '../domain/stoplight';
import { countsWholeThings } from '../domain/indicators';
import type { AccountabilityReport, IndicatorProgress, ProgressStatus, StatusSummary, TrafficLight } from '../domain/accountability';
import { RESULT_STATUS_WORDS, type ResultStatus } from '../domain/results';
import { INDICATOR_UNIT_WORDS, type IndicatorUnit } from '../domain/types';

export interface ChartImage {
  svg: string;
  png: Buffer;
  /** Of the PNG, in pixels. */
  width: number;
  height: number;
}

export interface ChartOptions {
  /** Layout size in px; the PNG is `pngWidth` wide with the same proportions. */
  width?: number;
  height?: number;
  pngWidth?: number;
  /** Replaces the indicator's title. */
  title?: string;
  /** Party names by id (short names read best); the id when absent. */
  partyNames?: Record<string, string>;
}

export interface CumulativeChartOptions extends ChartOptions {
  /** Further targets on the same running total, e.g. 270 by 2030 next to 180 by 2028. */
  extraTargets?: { value: number; year: number; label?: string }[];
}

const FONT = 'DejaVu Sans';

/** The app's teal and a calm traffic light. */
export const CHART_COLORS = {
  title: '#1F4E5F',
  accent: '#2E7D8C',
  text: '#262626',
  muted: '#595959',
  grid: '#D9D9D9',
  path: '#7F7F7F',
  target: '#1F4E5F',
  parties: ['#2E7D8C', '#8CC4CE', '#1F4E5F', '#B7D7DD', '#5A9FAE'],
} as const;

export const LIGHT_COLORS: Record<TrafficLight, string> = {
  green: '#4E9A5B',
  orange: '#E0A526',
  red: '#C8553D',
  /** Planned, nothing answered yet: a neutral blue-grey, drawn as an open ring. */
  open: '#6F8AA6',
  grey: '#A6A6A6',
};

const STATUS_COLORS: Record<ProgressStatus, string> = {
  achieved: '#2E7D32',
  'on-track': '#3E8A4C',
  behind: '#B8452F',
  unknown: '#7F7F7F',
};

/** Per result status: greens for done and ongoing, amber for partial and delayed, reds for not started and dropped; the neutral blue-grey of the 'open' light for no answer. */
export const RESULT_STATUS_COLORS: Record<ResultStatus | 'unanswered', string> = {
  done: '#4E9A5B',
  ongoing: '#9CC9A3',
  'partly-done': '#F0CF7A',
  delayed: '#E0A526',
  'not-started': '#D9826F',
  dropped: '#A8402C',
  unanswered: '#C9D6E3',
};

const STATUS_ORDER: (ResultStatus | 'unanswered')[] = [
  'done',
  'ongoing',
  'partly-done',
  'delayed',
  'not-started',
  'dropped',
  'unanswered',
];

// ECharts lays text out before resvg draws it. Without a canvas it guesses
// widths from Arial-like metrics, and DejaVu Sans is wider: labels ran into
// each other and the status badge was cut off. These are DejaVu Sans's own
// advance widths (per 1000 em, read from the font files), so the layout fits
// the font the PNG is drawn with; another font on another machine is narrower
// and only gains room.
const WIDTH_CHARS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~éëèêïöüóáàçÉ€–—●…·’‘“”°²×";
const WIDTHS_REGULAR = [318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838, 615, 615, 615, 615, 278, 612, 634, 612, 613, 613, 550, 632, 636, 500, 1000, 873, 1000, 318, 318, 318, 518, 518, 500, 401, 838];
const WIDTHS_BOLD = [348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838, 678, 678, 678, 678, 343, 687, 712, 687, 675, 675, 593, 683, 696, 500, 1000, 873, 1000, 380, 380, 380, 657, 657, 500, 438, 838];
const REGULAR = new Map([...WIDTH_CHARS].map((c, i) => [c, WIDTHS_REGULAR[i] ?? 636]));
const BOLD = new Map([...WIDTH_CHARS].map((c, i) => [c, WIDTHS_BOLD[i] ?? 696]));

/** Text width in px as DejaVu Sans draws it, for the given CSS font shorthand. */
export function measureTextWidth(text: string, font = '12px sans-serif'): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
  const bold = /\bbold(er)?\b|\b[6-9]00\b/.test(font);
  const table = bold ? BOLD : REGULAR;
  let width = 0;
  for (const ch of text) width += table.get(ch) ?? (bold ? 696 : 636);
  return (width / 1000) * size;
}

echarts.setPlatformAPI({ measureText: (text: string, font?: string) => ({ width: measureTextWidth(text, font) }) });

const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const nl = (n: number) => NUMBER.format(n);

/** The PNG width of a chart in Word and Excel (see the top of this file). */
export const PRINT_WIDTH = 1200;

/** Renders an ECharts option to SVG, and to PNG when that is asked for; always disposes the chart. */
export function renderChart(option: EChartsOption, width: number, height: number, pngWidth = PRINT_WIDTH): ChartImage {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  let svg: string;
  try {
    chart.setOption({ animation: false, ...option });
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  // The PNG is drawn on first use: the page shows the SVG and never needs it.
  let rendered: Raster | null = null;
  const raster = () => (rendered ??= rasterize(svg, pngWidth));
  return {
    svg,
    get png() {
      return raster().png;
    },
    get width() {
      return raster().width;
    },
    get height() {
      return raster().height;
    },
  };
}

interface Raster {
  png: Buffer;
  width: number;
  height: number;
}

/** The PNGs drawn last, by their SVG and width; the same chart of the same figures is drawn once. */
const RASTERS = new Map<string, Raster>();
/** A verantwoording has a chart per indicator and two more; a few reports' worth is kept. */
const RASTERS_KEPT = 96;

/**
 * The PNG of an SVG at a width. resvg gives the same pixels for the same SVG,
 * so a chart drawn for the Word report and again for the next export (or the
 * Excel workbook at the same width) is rasterised once and reused.
 */
function rasterize(svg: string, pngWidth: number): Raster {
  const key = `${pngWidth}\n${sameDrawing(svg)}`;
  const kept = RASTERS.get(key);
  if (kept) {
    // The most recently used last, so that the oldest goes first.
    RASTERS.delete(key);
    RASTERS.set(key, kept);
    return kept;
  }
  const image = new Resvg(svg, {
    font: chartFonts(),
    fitTo: { mode: 'width', value: pngWidth },
    background: '#ffffff',
  }).render();
  const raster = { png: image.asPng(), width: image.width, height: image.height };
  RASTERS.set(key, raster);
  if (RASTERS.size > RASTERS_KEPT) RASTERS.delete(RASTERS.keys().next().value as string);
  return raster;
}

/**
 * DejaVu Sans's own files, where the system keeps them (Debian, Ubuntu): resvg
 * then reads the two faces the charts use, not every font of the system,
 * for each chart it draws. Elsewhere it looks among the system's fonts.
 */
const DEJAVU_FILES = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'];
let fonts: { loadSystemFonts: boolean; fontFiles?: string[]; defaultFontFamily: string } | undefined;
function chartFonts(): { loadSystemFonts: boolean; fontFiles?: string[]; defaultFontFamily: string } {
  fonts ??= DEJAVU_FILES.every((f) => fs.existsSync(f))
    ? { loadSystemFonts: false, fontFiles: DEJAVU_FILES, defaultFontFamily: FONT }
    : { loadSystemFonts: true, defaultFontFamily: FONT };
  return fonts;
}

/**
 * An SVG with the names ECharts numbers per chart drawn (`zr3-cls-17`, the
 * clip path `zr3-c0`) renumbered in the order they appear: the same chart
 * drawn twice gives the same text, and the same pixels.
 */
function sameDrawing(svg: string): string {
  const names = new Map<string, number>();
  return svg.replace(/zr\d+-(?:cls-\d+|c\d+)/g, (name) => {
    let n = names.get(name);
    if (n === undefined) names.set(name, (n = names.size));
    return `zr-${n}`;
  });
}

/** Forgets the PNGs drawn so far: for a benchmark that times drawing them. */
export function forgetChartImages(): void {
  RASTERS.clear();
}

// ---- indicator charts --------------------------------------------------------

/** The title block: the indicator, and the status in its colour with the headline figure. */
function titleBlock(progress: IndicatorProgress, options: ChartOptions, headline: string): EChartsOption['title'] {
  return {
    text: options.title ?? progress.indicator.title,
    subtext: `{status|${capitalize(progressLabel(progress))}}  ${headline}`,
    left: 0,
    top: 0,
    textStyle: { fontFamily: FONT, fontSize: 17, fontWeight: 'bold', color: CHART_COLORS.title },
    subtextStyle: {
      fontFamily: FONT,
      fontSize: 13,
      color: CHART_COLORS.text,
      rich: {
        status: {
          fontFamily: FONT,
          fontSize: 13,
          fontWeight: 'bold',
          color: '#ffffff',
          backgroundColor: STATUS_COLORS[progress.status],
          borderRadius: 3,
          padding: [3, 6, 3, 6],
        },
      },
    },
    itemGap: 10,
  };
}

function baseOption(): EChartsOption {
  return {
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT, color: CHART_COLORS.text },
    legend: {
      bottom: 0,
      left: 'center',
      itemGap: 18,
      textStyle: { fontFamily: FONT, fontSize: 12, color: CHART_COLORS.text },
    },
  };
}

/**
 * Room under the plot for the legend: one line of entries takes the usual margin, a legend
 * that wraps (a joint bar or several parties) gets a line more, so it never covers the years.
 */
function legendRoom(names: string[], width: number, oneLine: number): number {
  const entries = names.map((n) => measureTextWidth(n, '12px sans-serif') + 25 + 18);
  let lines = 1;
  let used = 0;
  for (const w of entries) {
    if (used > 0 && used + w > width - 40) {
      lines++;
      used = 0;
    }
    used += w;
  }
  return oneLine + (lines - 1) * 24;
}

function yearAxis(years: number[]): EChartsOption['xAxis'] {
  return {
    type: 'category',
    data: years.map(String),
    axisTick: { alignWithLabel: true },
    axisLine: { lineStyle: { color: CHART_COLORS.muted } },
    axisLabel: { fontFamily: FONT, fontSize: 12, color: CHART_COLORS.text },
  };
}

/** The value axis from 0: whole steps where the unit counts things (woningen, euro), Dutch decimal commas otherwise. */
function valueAxis(max: number, unit: IndicatorUnit, name: string): EChartsOption['yAxis'] {
  const whole = countsWholeThings(unit);
  const { max: niceMax, interval } = niceScale(max, { whole });
  return {
    type: 'value',
    min: 0,
    max: niceMax,
    interval,
    ...(whole ? { minInterval: 1 } : {}),
    name,
    nameTextStyle: { fontFamily: FONT, fontSize: 12, color: CHART_COLORS.muted, align: 'left' },
    axisLabel: {
      fontFamily: FONT,
      fontSize: 12,
      color: CHART_COLORS.muted,
      formatter: (v: number) => (unit === 'percent' ? `${nl(v)}%` : unit === 'euro' ? `€ ${nl(v)}` : nl(v)),
    },
    splitLine: { lineStyle: { color: CHART_COLORS.grid } },
  };
}

/**
 * A round axis maximum at or above `value` with about five steps of 1, 2, 2,5 or 5 × 10^k.
 * `whole`: the unit counts things, so every step is a whole number (no 0,3 woningen), and an
 * axis with nothing on it still runs to 5 rather than to 1 in fifths.
 */
export function niceScale(value: number, options: { whole?: boolean } = {}): { max: number; interval: number } {
  const whole = options.whole === true;
  const top = value > 0 ? value * 1.08 : whole ? 5 : 1;
  const raw = top / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const steps = [1, 2, 2.5, 5, 10].map((s) => s * power).filter((s) => !whole || (s >= 1 && Number.isInteger(s)));
  const step = steps.find((s) => s >= raw) ?? (whole ? Math.max(1, Math.ceil(raw)) : 10 * power);
  return { max: round(Math.ceil(top / step - 1e-9) * step), interval: step };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function partyName(options: ChartOptions, id: string): string {
  return options.partyNames?.[id] ?? id;
}

/** A year's total entered for all parties together (no party's own figure): drawn as a bar of its own. */
function jointOf(row: IndicatorProgress['years'][number] | undefined): number | null {
  if (!row || row.total === null) return null;
  return Object.values(row.byParty).every((v) => v === null) ? row.total : null;
}

const JOINT_NAME = 'Alle partijen samen (ingevoerd)';
const JOINT_COLOR = '#9FA8AB';

/**
 * Homes added: a bar per year (stacked per party where the target is shared),
 * the running total as a line, the straight path (or the milestones) dashed,
 * and the target as a marked line — with more targets on the same total if asked.
 */
export function cumulativeChart(progress: IndicatorProgress, options: CumulativeChartOptions = {}): ChartImage {
  const width = options.width ?? 800;
  const height = options.height ?? 440;
  const ind = progress.indicator;
  const extra = options.extraTargets ?? [];
  const lastYear = Math.max(...progress.years.map((y) => y.year), ...extra.map((t) => t.year));
  const firstYear = progress.years.find((y) => y.path !== null || y.cumulative !== null)?.year ?? progress.years[0]?.year ?? ind.deadlineYear;
  const years: number[] = [];
  for (let y = firstYear; y <= lastYear; y++) years.push(y);
  const row = (year: number) => progress.years.find((y) => y.year === year);

  const targets = [{ value: ind.target, year: ind.deadlineYear, label: `Doel ${formatValue(ind.target, ind.unit)} eind ${ind.deadlineYear}` }, ...extra.map((t) => ({ ...t, label: t.label ?? `Doel ${formatValue(t.value, ind.unit)} eind ${t.year}` }))];
  const max = Math.max(
    ...targets.map((t) => t.value),
    ...progress.years.map((y) => Math.max(y.cumulative ?? 0, y.path ?? 0)),
  );

  const bars = ind.partyIds.map((id, i) => ({
    type: 'bar' as const,
    name: ind.partyIds.length > 1 ? `${partyName(options, id)} (per jaar)` : 'Opgeleverd per jaar',
    stack: 'jaar',
    barMaxWidth: 34,
    itemStyle: { color: CHART_COLORS.parties[i % CHART_COLORS.parties.length] as string },
    data: years.map((y): number | string => row(y)?.byParty[id] ?? '-'),
  }));
  if (years.some((y) => jointOf(row(y)) !== null)) {
    bars.push({
      type: 'bar' as const,
      name: JOINT_NAME,
      stack: 'jaar',
      barMaxWidth: 34,
      itemStyle: { color: JOINT_COLOR },
      data: years.map((y) => jointOf(row(y)) ?? '-'),
    });
  }
  const milestoneYears = new Set(ind.milestones.map((m) => m.year));
  const pathName = ind.milestones.length > 0 ? 'Lijn langs de mijlpalen' : 'Rechte lijn naar het doel';
  const series: NonNullable<EChartsOption['series']> = [
    ...bars,
    {
      type: 'line',
      name: pathName,
      // Milestones show as open circles on the line, with their value.
      data: years.map((y) => {
        const value = row(y)?.path ?? null;
        if (value === null) return '-';
        if (!milestoneYears.has(y)) return { value, symbol: 'none' };
        return {
          value,
          symbol: 'emptyCircle',
          symbolSize: 9,
          label: { show: true, position: 'left' as const, fontFamily: FONT, fontSize: 12, color: CHART_COLORS.muted, formatter: `mijlpaal ${nl(value)}` },
        };
      }),
      showSymbol: true,
      lineStyle: { type: 'dashed', width: 2, color: CHART_COLORS.path },
      itemStyle: { color: CHART_COLORS.path },
      z: 3,
    },
    {
      type: 'line',
      name: 'Totaal opgeleverd',
      // A point below the path has its figure in red: behind, at a glance.
      data: years.map((y) => {
        const r = row(y);
        if (!r || r.cumulative === null) return '-';
        const behind = r.path !== null && r.cumulative < r.path;
        return behind ? { value: r.cumulative, label: { color: STATUS_COLORS.behind } } : r.cumulative;
      }),
      symbol: 'circle',
      symbolSize: 8,
      lineStyle: { width: 3, color: CHART_COLORS.title },
      itemStyle: { color: CHART_COLORS.title },
      label: { show: true, position: 'top', fontFamily: FONT, fontSize: 12, fontWeight: 'bold', color: CHART_COLORS.title, formatter: (p: { value: unknown }) => nl(Number(p.value)) },
      z: 4,
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: { type: 'solid', width: 1.5, color: CHART_COLORS.target },
        label: { fontFamily: FONT, fontSize: 12, color: CHART_COLORS.target, position: 'insideStartTop', formatter: (p: { name?: string }) => p.name ?? '' },
        data: targets.map((t) => ({ name: t.label, yAxis: t.value })),
      },
    },
    {
      // The target's deadline: a diamond where the line must end.
      type: 'scatter',
      name: 'Doel',
      data: targets.map((t) => [String(t.year), t.value]),
      legendHoverLink: false,
      symbol: 'diamond',
      symbolSize: 14,
      itemStyle: { color: CHART_COLORS.target },
      z: 5,
    },
  ];

  const latest = progress.latest;
  const headline = !latest
    ? `nog geen cijfers; doel ${describeTarget(ind)}`
    : latest.missing && latest.missing.length > 0
      ? `${formatValue(latest.value, ind.unit)} in de jaren met cijfers; over ${yearSpan(latest.missing)} ontbreken ze nog`
      : `${formatValue(latest.value, ind.unit)} eind ${latest.year} (${Math.round((latest.value / ind.target) * 100)}% van ${nl(ind.target)})${pathAt(progress, latest.year)}`;
  const option: EChartsOption = {
    ...baseOption(),
    // The target diamonds explain themselves through the marked lines' labels.
    legend: { ...(baseOption().legend as object), data: [...bars.map((b) => b.name), pathName, 'Totaal opgeleverd'] },
    title: titleBlock(progress, options, headline),
    grid: { left: 8, right: 24, top: 78, bottom: legendRoom([...bars.map((b) => b.name), pathName, 'Totaal opgeleverd'], width, 44), containLabel: true },
    xAxis: yearAxis(years),
    yAxis: valueAxis(max, ind.unit, INDICATOR_UNIT_WORDS[ind.unit]),
    series,
  };
  return renderChart(option, width, height, options.pngWidth);
}

function pathAt(progress: IndicatorProgress, year: number): string {
  const p = progress.years.find((y) => y.year === year)?.path;
  if (p === null || p === undefined) return '';
  return `; ${progress.indicator.milestones.length > 0 ? 'mijlpalen' : 'rechte lijn'}: ${nl(Math.round(p))}`;
}

/** A stock that must go to zero (labels E/F/G in 2028): bars per year stacked per party, the straight path down, 0 at the deadline. */
export function downwardChart(progress: IndicatorProgress, options: ChartOptions = {}): ChartImage {
  const width = options.width ?? 800;
  const height = options.height ?? 440;
  const ind = progress.indicator;
  const reported = progress.years.filter((y) => y.total !== null).map((y) => y.year);
  // From the baseline (where the straight path starts) or the first stock reported.
  const starts = [...reported, ...(progress.baseline ? [progress.baseline.year] : [])];
  const firstYear = Math.min(...(starts.length > 0 ? starts : [progress.years[0]?.year ?? ind.deadlineYear]));
  const lastYear = Math.max(ind.deadlineYear, ...progress.years.filter((y) => y.total !== null).map((y) => y.year));
  const years: number[] = [];
  for (let y = firstYear; y <= lastYear; y++) years.push(y);
  const row = (year: number) => progress.years.find((y) => y.year === year);
  const max = Math.max(1, ...progress.years.map((y) => Math.max(y.total ?? 0, y.path ?? 0)));

  const series: NonNullable<EChartsOption['series']> = [
    ...ind.partyIds.map((id, i) => ({
      type: 'bar' as const,
      name: ind.partyIds.length > 1 ? partyName(options, id) : 'Aantal woningen',
      stack: 'voorraad',
      barMaxWidth: 40,
      itemStyle: { color: CHART_COLORS.parties[i % CHART_COLORS.parties.length] },
      data: years.map((y) => row(y)?.byParty[id] ?? '-'),
    })),
    ...(years.some((y) => jointOf(row(y)) !== null)
      ? [
          {
            type: 'bar' as const,
            name: JOINT_NAME,
            stack: 'voorraad',
            barMaxWidth: 40,
            itemStyle: { color: JOINT_COLOR },
            data: years.map((y) => jointOf(row(y)) ?? '-'),
          },
        ]
      : []),
    {
      // The total above each stack.
      type: 'scatter',
      name: 'Totaal',
      // A total above the path has its figure in red: behind, at a glance.
      data: years.map((y) => {
        const r = row(y);
        if (!r || r.total === null) return '-';
        const behind = r.path !== null && r.total > r.path;
        return behind ? { value: r.total, label: { color: STATUS_COLORS.behind } } : r.total;
      }),
      symbolSize: 0,
      label: { show: true, position: 'top', fontFamily: FONT, fontSize: 12, fontWeight: 'bold', color: CHART_COLORS.title, formatter: (p: { value: unknown }) => nl(Number(p.value)) },
      tooltip: { show: false },
      legendHoverLink: false,
    },
    {
      type: 'line',
      name: 'Rechte lijn naar 0',
      // The baseline, where the line starts, is marked with its value.
      data: years.map((y) => {
        const value = row(y)?.path ?? null;
        if (value === null) return '-';
        if (!progress.baseline || y !== progress.baseline.year) return { value, symbol: 'none' };
        return {
          value,
          symbol: 'emptyCircle',
          symbolSize: 9,
          label: { show: true, position: 'right' as const, fontFamily: FONT, fontSize: 12, color: CHART_COLORS.muted, formatter: `vertrekpunt ${nl(value)}` },
        };
      }),
      showSymbol: true,
      lineStyle: { type: 'dashed', width: 2, color: CHART_COLORS.path },
      itemStyle: { color: CHART_COLORS.path },
      z: 3,
    },
    {
      type: 'scatter',
      name: `Doel: geen (0) eind ${ind.deadlineYear}`,
      data: [[String(ind.deadlineYear), 0]],
      symbol: 'diamond',
      symbolSize: 16,
      itemStyle: { color: CHART_COLORS.target },
      label: { show: true, position: 'top', fontFamily: FONT, fontSize: 12, fontWeight: 'bold', color: CHART_COLORS.target, formatter: `geen (0) eind ${ind.deadlineYear}` },
      z: 5,
    },
  ];
  const latest = progress.latest;
  const headline = latest
    ? `${formatValue(latest.value, ind.unit)} in ${latest.year}${pathAt(progress, latest.year)}; doel geen (0) eind ${ind.deadlineYear}`
    : `nog geen cijfers; doel geen (0) eind ${ind.deadlineYear}`;
  const legendParties = ind.partyIds.map((id) => (ind.partyIds.length > 1 ? partyName(options, id) : 'Aantal woningen'));
  const legend = [...legendParties, ...(years.some((y) => jointOf(row(y)) !== null) ? [JOINT_NAME] : []), 'Rechte lijn naar 0', `Doel: geen (0) eind ${ind.deadlineYear}`];
  const option: EChartsOption = {
    ...baseOption(),
    // The total scatter has no legend entry of its own.
    legend: { ...(baseOption().legend as object), data: legend },
    title: titleBlock(progress, options, headline),
    grid: { left: 8, right: 24, top: 78, bottom: legendRoom(legend, width, 56), containLabel: true },
    xAxis: yearAxis(years),
    yAxis: valueAxis(max, ind.unit, INDICATOR_UNIT_WORDS[ind.unit]),
    series,
  };
  return renderChart(option, width, height, options.pngWidth);
}

/** A share or amount per year (bars per party side by side) against its norm or maximum. */
export function levelChart(progress: IndicatorProgress, options: ChartOptions = {}): ChartImage {
  const width = options.width ?? 800;
  const height = options.height ?? 400;
  const ind = progress.indicator;
  const withFigures = progress.years.filter((y) => y.total !== null).map((y) => y.year);
  const years = withFigures.length > 0 ? progress.years.filter((y) => y.year >= Math.min(...withFigures) && y.year <= Math.max(...withFigures)) : progress.years.slice(-1);
  const max = Math.max(ind.target, ...years.flatMap((y) => Object.values(y.byParty).map((v) => v ?? 0)));
  const limit = ind.direction === 'at_most';
  const targetLabel = `${limit ? 'Ten hoogste' : 'Ten minste'} ${formatValue(ind.target, ind.unit)}`;
  const series: NonNullable<EChartsOption['series']> = [...ind.partyIds, ...(years.some((y) => jointOf(y) !== null) ? [null] : [])].map((id, i) => ({
    type: 'bar' as const,
    name: id === null ? JOINT_NAME : partyName(options, id),
    barMaxWidth: 40,
    itemStyle: { color: id === null ? JOINT_COLOR : CHART_COLORS.parties[i % CHART_COLORS.parties.length] },
    label: { show: true, position: 'top', fontFamily: FONT, fontSize: 12, color: CHART_COLORS.title, formatter: (p: { value: unknown }) => (ind.unit === 'homes' ? nl(Number(p.value)) : formatValue(Number(p.value), ind.unit)) },
    // A bar on the wrong side of the norm or limit gets a red outline.
    data: years.map((y) => {
      const value = id === null ? jointOf(y) : (y.byParty[id] ?? null);
      if (value === null) return '-';
      const wrong = limit ? value > ind.target : value < ind.target;
      return wrong ? { value, itemStyle: { borderColor: LIGHT_COLORS.red, borderWidth: 2.5 } } : value;
    }),
    ...(i === 0
      ? {
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: limit ? ('dashed' as const) : ('solid' as const), width: 2, color: limit ? LIGHT_COLORS.red : CHART_COLORS.target },
            label: { fontFamily: FONT, fontSize: 12, position: 'insideEndTop' as const, color: limit ? LIGHT_COLORS.red : CHART_COLORS.target, formatter: targetLabel },
            data: [{ yAxis: ind.target }],
          },
        }
      : {}),
  }));
  const latest = progress.latest;
  // The message's first sentence names the party above a shared limit; the average alone would hide it.
  const headline = latest ? firstSentence(progress.message) : `nog geen cijfers; ${targetLabel.toLowerCase()}`;
  const option: EChartsOption = {
    ...baseOption(),
    title: titleBlock(progress, options, headline),
    grid: { left: 8, right: 24, top: 78, bottom: 48, containLabel: true },
    xAxis: yearAxis(years.map((y) => y.year)),
    yAxis: valueAxis(max, ind.unit, INDICATOR_UNIT_WORDS[ind.unit]),
    series,
  };
  return renderChart(option, width, height, options.pngWidth);
}

/** The fitting chart for an indicator: running total, stock to zero, or level. */
export function indicatorChart(progress: IndicatorProgress, options: CumulativeChartOptions = {}): ChartImage {
  switch (measureOf(progress.indicator)) {
    case 'count':
      return progress.indicator.direction === 'at_least' ? cumulativeChart(progress, options) : levelChart(progress, options);
    case 'stock':
      return downwardChart(progress, options);
    case 'level':
      return levelChart(progress, options);
  }
}

// ---- status chart ------------------------------------------------------------

export interface StatusChartRow {
  /** "1 Woningbouw en beschikbaarheid", "Woonwaarts". */
  label: string;
  summary: StatusSummary;
}

export interface StatusChartOptions extends Omit<ChartOptions, 'partyNames'> {
  /** What the unanswered part is called in this report: "nog niet binnen" before the results deadline, "geen antwoord" after. */
  unansweredLabel?: string;
}

/** Stacked bars of the statuses per theme (or party), the stoplight's mark before each label (stoplight.ts). */
export function statusChart(rows: StatusChartRow[], options: StatusChartOptions = {}): ChartImage {
  const width = options.width ?? 800;
  const height = options.height ?? Math.max(280, 150 + rows.length * 44);
  const unanswered = options.unansweredLabel ?? 'geen antwoord';
  const labels = rows.map((r) => `{${r.summary.light}|${LIGHT_SYMBOL[r.summary.light]}} ${truncate(r.label, 44)}`);
  // Left-aligned, so the dots stand in one column: the margin is the widest label.
  const labelWidth = Math.max(...rows.map((r) => measureTextWidth(`● ${truncate(r.label, 44)}`, '12.5px sans-serif')), 40) + 14;
  const rich = Object.fromEntries(
    (Object.keys(LIGHT_COLORS) as TrafficLight[]).map((l) => [l, { color: LIGHT_COLORS[l], fontSize: 18, fontFamily: FONT }]),
  );
  const series: NonNullable<EChartsOption['series']> = STATUS_ORDER.map((status) => ({
    type: 'bar' as const,
    name: status === 'unanswered' ? unanswered : RESULT_STATUS_WORDS[status],
    stack: 'status',
    barWidth: 24,
    itemStyle: { color: RESULT_STATUS_COLORS[status], borderColor: '#ffffff', borderWidth: 1 },
    label: {
      show: true,
      fontFamily: FONT,
      fontSize: 12,
      color: status === 'dropped' ? '#ffffff' : CHART_COLORS.text,
      formatter: (p: { value: unknown }) => (Number(p.value) > 0 ? String(p.value) : ''),
    },
    data: rows.map((r) => (r.summary.counts[status] > 0 ? r.summary.counts[status] : '-')),
  }));
  const max = Math.max(1, ...rows.map((r) => Object.values(r.summary.counts).reduce((a, b) => a + b, 0)));
  const { max: niceMax, interval } = niceScale(max);
  const option: EChartsOption = {
    ...baseOption(),
    title: {
      text: options.title ?? 'Stand van de activiteiten per thema',
      subtext: 'Geplande activiteiten naar status; de stip is het stoplicht, uit de ontvangen antwoorden',
      left: 0,
      textStyle: { fontFamily: FONT, fontSize: 17, fontWeight: 'bold', color: CHART_COLORS.title },
      subtextStyle: { fontFamily: FONT, fontSize: 12, color: CHART_COLORS.muted },
    },
    legend: { ...(baseOption().legend as object), itemGap: 12, textStyle: { fontFamily: FONT, fontSize: 11.5, color: CHART_COLORS.text } },
    grid: { left: labelWidth + 8, right: 24, top: 62, bottom: 76 },
    xAxis: {
      type: 'value',
      min: 0,
      max: niceMax,
      interval,
      axisLabel: { fontFamily: FONT, fontSize: 12, color: CHART_COLORS.muted },
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: labels,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: CHART_COLORS.muted } },
      axisLabel: { fontFamily: FONT, fontSize: 12.5, color: CHART_COLORS.text, rich, align: 'left', margin: labelWidth },
    },
    series,
  };
  return renderChart(option, width, height, options.pngWidth);
}

/** "2022–2024", "2023". */
function yearSpan(years: number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return '';
  return first === last ? String(first) : last - first + 1 === sorted.length ? `${first}–${last}` : sorted.join(', ');
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---- all charts of a report --------------------------------------------------

export interface ReportCharts {
  /** Statuses per theme, with the theme's traffic light. */
  themes: ChartImage;
  /** Statuses per party. */
  parties: ChartImage;
  /** One chart per indicator with figures, in the report's order. */
  indicators: { code: string; image: ChartImage }[];
}

/**
 * Every chart of a verantwoording or tussenevaluatie. A running total that
 * another, later target counts too (180 by 2028 inside 270 by 2030: same
 * parties, same baseline) shows that target as well.
 */
export function reportCharts(report: AccountabilityReport, options: Pick<ChartOptions, 'pngWidth'> = {}): ReportCharts {
  const partyNames = Object.fromEntries(report.parties.map((p) => [p.id, p.shortName]));
  const isRunningTotal = (p: IndicatorProgress) => measureOf(p.indicator) === 'count' && p.indicator.direction === 'at_least';
  // An indicator without figures gets no chart: the reports list those in one table.
  const indicators = report.indicators.filter(hasFigures).map((p) => {
    const extraTargets = isRunningTotal(p)
      ? report.indicators
          .filter(
            (o) =>
              o !== p &&
              isRunningTotal(o) &&
              o.indicator.deadlineYear > p.indicator.deadlineYear &&
              o.indicator.baselineYear !== undefined &&
              o.indicator.baselineYear === p.indicator.baselineYear &&
              o.indicator.partyIds.join() === p.indicator.partyIds.join(),
          )
          .map((o) => ({ value: o.indicator.target, year: o.indicator.deadlineYear }))
      : [];
    return { code: p.indicator.code, image: indicatorChart(p, { ...options, partyNames, extraTargets }) };
  });
  const unansweredLabel = unansweredHeading(report.responses).toLowerCase();
  const period = report.executionYears.length > 1 ? `${report.executionYears[0]}–${report.executionYears[report.executionYears.length - 1]}` : `${report.executionYears[0]}`;
  return {
    themes: statusChart(
      report.themes.map((t) => ({ label: `${t.number} ${t.title}`, summary: t.summary })),
      { ...options, unansweredLabel, title: `Stand van de activiteiten per thema, ${period}` },
    ),
    parties: statusChart(
      report.byParty.map((b) => ({ label: partyNames[b.partyId] ?? b.partyId, summary: b.summary })),
      { ...options, unansweredLabel, title: `Stand van de activiteiten per partij, ${period}` },
    ),
    indicators,
  };
}

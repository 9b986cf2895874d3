// Charts as images: real PNGs of the realistic tussenevaluatie, written to
// test-output/charts/ to be looked at, and a child process that renders a
// chart and must exit on its own (no timer left behind by ECharts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeIndicatorProgress } from '../../src/accountability/progress';
import type { AccountabilityReport, IndicatorProgress } from '../../src/domain/accountability';
import {
  cumulativeChart,
  downwardChart,
  forgetChartImages,
  indicatorChart,
  levelChart,
  reportCharts,
  measureTextWidth,
  niceScale,
  PRINT_WIDTH,
  statusChart,
  type ChartImage,
} from '../../src/reports/charts';
import { realisticAccountabilityReport } from '../fixtures/accountability';

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'test-output', 'charts');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let report: AccountabilityReport;
let names: Record<string, string>;

const indicator = (code: string): IndicatorProgress => {
  const p = report.indicators.find((i) => i.indicator.code === code);
  if (!p) throw new Error(`geen indicator ${code}`);
  return p;
};

function save(name: string, image: ChartImage): void {
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, `${name}.png`), image.png);
  fs.writeFileSync(path.join(OUT, `${name}.svg`), image.svg);
}

/** PNG signature, and the IHDR's width and height agree with what the function says. */
function expectPng(image: ChartImage, width = PRINT_WIDTH): void {
  expect(image.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(image.png.toString('ascii', 12, 16)).toBe('IHDR');
  expect(image.png.readUInt32BE(16)).toBe(image.width);
  expect(image.png.readUInt32BE(20)).toBe(image.height);
  expect(image.width).toBe(width);
  expect(image.height).toBeGreaterThan(width / 3);
  expect(image.png.length).toBeGreaterThan(10_000);
  expect(image.svg.startsWith('<svg')).toBe(true);
}

beforeAll(async () => {
  report = await realisticAccountabilityReport('tussenevaluatie');
  names = Object.fromEntries(report.parties.map((p) => [p.id, p.shortName]));
});

describe('cumulativeChart', () => {
  it('shows the social rental homes of both corporations against 180 by 2028 and 270 by 2030', () => {
    const p270 = indicator('sociale-huur-270');
    const image = cumulativeChart(indicator('sociale-huur-180'), {
      partyNames: names,
      title: 'Sociale huurwoningen erbij (opgeteld vanaf 2022)',
      extraTargets: [{ value: p270.indicator.target, year: p270.indicator.deadlineYear }],
    });
    save('sociale-huur', image);
    expectPng(image);
    expect(image.svg).toContain('Doel 180 woningen eind 2028');
    expect(image.svg).toContain('Doel 270 woningen eind 2030');
    expect(image.svg).toContain('Op schema');
    expect(image.svg).toContain('Woonwaarts (per jaar)');
    expect(image.svg).toContain('De Kernen (per jaar)');
    expect(image.svg).toContain('Rechte lijn naar het doel');
    // The years run from the baseline to the last target.
    expect(image.svg).toContain('>2022<');
    expect(image.svg).toContain('>2030<');
  });

  it('draws the milestones of Woonwaarts and says it is behind', () => {
    const image = cumulativeChart(indicator('woonwaarts-sociale-huur-240'), { partyNames: names });
    save('woonwaarts-240', image);
    expectPng(image);
    expect(image.svg).toContain('mijlpaal 140');
    expect(image.svg).toContain('mijlpaal 220');
    expect(image.svg).toContain('Achter');
  });

  it('renders an indicator without figures', () => {
    const p = computeIndicatorProgress(indicator('deest-zuid-max-90').indicator, [], [2025, 2026], 2026);
    const image = indicatorChart(p, { partyNames: names });
    expectPng(image);
    expect(image.svg).toContain('Nog geen cijfers');
  });
});

describe('downwardChart', () => {
  it('shows labels E/F/G going to zero in 2028', () => {
    const image = downwardChart(indicator('energielabels-efg-0'), { partyNames: names });
    save('labels-efg', image);
    expectPng(image);
    expect(image.svg).toContain('geen (0) eind 2028');
    expect(image.svg).not.toContain('ten minste 0');
    expect(image.svg).toContain('Rechte lijn naar 0');
    expect(image.svg).toContain('>334<');
    expect(image.svg).toContain('>217<');
  });
});

describe('levelChart', () => {
  it('names the party above a shared limit, with nl-NL decimals', () => {
    const image = levelChart(indicator('vrije-toewijzing-15'), { partyNames: names });
    save('vrije-toewijzing', image);
    expectPng(image);
    expect(image.svg).toContain('De Kernen zit boven het maximum van 15%');
    expect(image.svg).toContain('12,5%');
    expect(image.svg).toContain('Ten hoogste 15%');
  });

  it('indicatorChart picks the chart by what the figure measures', () => {
    const image = indicatorChart(indicator('woonwaarts-aftopping-80'), { partyNames: names });
    save('aftopping', image);
    expect(image.svg).toContain('Ten minste 80%');
    save('verhuiscoach', indicatorChart(indicator('verhuiscoach-20000'), { partyNames: names }));
    expect(indicatorChart(indicator('verhuiscoach-20000')).svg).toContain('€ 20.000');
  });
});

describe('statusChart', () => {
  it('stacks the statuses per theme with a traffic-light dot', () => {
    const image = statusChart(report.themes.map((t) => ({ label: `${t.number} ${t.title}`, summary: t.summary })));
    save('status-thema', image);
    expectPng(image);
    expect(image.svg).toContain('Stand van de activiteiten per thema');
    expect(image.svg).toContain('geen antwoord');
    expect(image.svg).toContain('1 Woningbouw en beschikbaarheid');
    // The theme's light in its colour: theme 1 is rood (#C8553D).
    expect(report.themes[0]?.summary.light).toBe('red');
    expect(image.svg.toLowerCase()).toContain('#c8553d');
  });

  it('also works per party, and for no rows', () => {
    const image = statusChart(
      report.byParty.map((p) => ({ label: names[p.partyId] ?? p.partyId, summary: p.summary })),
      { title: 'Stand van de activiteiten per partij' },
    );
    save('status-partij', image);
    expectPng(image);
    expectPng(statusChart([]));
  });
});

/** The value axis's labels: right-aligned, in the muted grey the axis uses (a milestone's label is words). */
function axisLabels(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*text-anchor="end"[^>]*fill="#595959"[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1] as string)
    .filter((text) => !/mijlpaal|vertrekpunt/.test(text));
}

describe('axes', () => {
  const stock = (values: [string, number, number][], code = 'energielabels-efg-0') => {
    const ind = indicator(code).indicator;
    return computeIndicatorProgress(ind, values.map(([partyId, year, value]) => ({ code, partyId, year, value, note: '' })), [2025, 2026, 2027, 2028], 2026);
  };

  it('count woningen in whole numbers, also when there are only a few', () => {
    const few = downwardChart(stock([['woonwaarts', 2025, 2], ['de-kernen', 2025, 0], ['woonwaarts', 2026, 1], ['de-kernen', 2026, 0]]), { partyNames: names });
    save('axis-few', few);
    const labels = axisLabels(few.svg);
    expect(labels).toEqual(['0', '1', '2', '3']);
    // Every indicator in woningen or euro, with its figures: whole ticks, Dutch grouping.
    for (const p of report.indicators.filter((i) => i.indicator.unit !== 'percent')) {
      for (const label of axisLabels(indicatorChart(p, { partyNames: names }).svg)) {
        expect(label, p.indicator.code).toMatch(/^(€ )?\d{1,3}(\.\d{3})*$/);
      }
    }
  });

  it('gives shares Dutch decimal commas', () => {
    const p = indicator('vrije-toewijzing-15');
    const labels = axisLabels(levelChart(p, { partyNames: names }).svg);
    expect(labels.length).toBeGreaterThan(2);
    for (const label of labels) expect(label).toMatch(/^\d+(,\d)?%$/);
  });

  it('marks where an entered start value puts the straight line, and draws a figure entered for all parties together', () => {
    const ind = indicator('energielabels-efg-0').indicator;
    const options = { partyNames: names, startYear: 2025, baseline: { code: ind.code, year: 2024, value: 400, note: 'Jaarverslagen' } };
    const p = computeIndicatorProgress(
      ind,
      [{ code: ind.code, partyId: 'woonwaarts', year: 2025, value: 280, note: '' }, { code: ind.code, partyId: 'de-kernen', year: 2025, value: 40, note: '' }],
      [2024, 2025, 2026, 2027, 2028],
      2025,
      options,
    );
    const image = downwardChart(p, { partyNames: names });
    save('labels-efg-vertrekpunt', image);
    expect(image.svg).toContain('vertrekpunt 400');
    expect(image.svg).toContain('>2024<');
    expect(image.svg).toContain('Achter');
    const joint = computeIndicatorProgress(indicator('sociale-huur-180').indicator, [], [2022, 2023, 2024, 2025, 2026, 2027, 2028], 2025, {
      partyNames: names,
      startYear: 2025,
      entered: [2022, 2023, 2024].map((year) => ({ code: 'sociale-huur-180', partyId: null, year, value: 10, note: 'Woondeal-monitor' })),
    });
    const bars = cumulativeChart(joint, { partyNames: names });
    save('sociale-huur-samen-ingevoerd', bars);
    expect(bars.svg).toContain('Alle partijen samen (ingevoerd)');
  });
});

describe('every indicator', () => {
  it('renders each of the 22, with figures and without', () => {
    for (const p of report.indicators) {
      const image = indicatorChart(p, { partyNames: names });
      expectPng(image);
      save(`indicator-${p.indicator.code}`, image);
      const empty = computeIndicatorProgress(p.indicator, [], p.years.map((y) => y.year), 2026);
      const blank = indicatorChart(empty, { partyNames: names });
      expectPng(blank);
      expect(blank.svg).toContain('nog geen cijfers');
      expect(image.svg).not.toContain('NaN');
    }
  });
});

describe('reportCharts', () => {
  it('renders every chart of the verantwoording, the 180 together with the 270', async () => {
    const verantwoording = await realisticAccountabilityReport('verantwoording');
    const charts = reportCharts(verantwoording);
    // Only indicators with figures get a chart; the others share one table in the documents.
    const withFigures = verantwoording.indicators.filter((p) => p.years.some((y) => y.total !== null)).map((p) => p.indicator.code);
    expect(withFigures.length).toBeLessThan(verantwoording.indicators.length);
    expect(charts.indicators.map((c) => c.code)).toEqual(withFigures);
    const c180 = charts.indicators.find((c) => c.code === 'sociale-huur-180')?.image;
    expect(c180?.svg).toContain('Doel 270 woningen eind 2030');
    expect(charts.indicators.find((c) => c.code === 'sociale-huur-270')?.image.svg).not.toContain('Doel 180 woningen');
    // The 910 of the Woondeal has its own parties: no 270 there.
    expect(charts.indicators.find((c) => c.code === 'woondeal-910')?.image.svg).not.toContain('270');
    expect(charts.themes.svg).toContain('Stand van de activiteiten per thema, 2026');
    expect(charts.parties.svg).toContain('Bewonersraad De Kernen');
    expectPng(charts.themes);
    expectPng(charts.parties);
  });
});

describe('drawing each chart once', () => {
  it('reuses the PNG of a chart drawn again from the same figures, and it is the PNG drawn anew', async () => {
    const verantwoording = await realisticAccountabilityReport('verantwoording');
    forgetChartImages();
    const first = reportCharts(verantwoording);
    const again = reportCharts(verantwoording);
    // ECharts numbers its CSS classes per chart drawn, so the SVG text differs...
    expect(again.themes.svg).not.toBe(first.themes.svg);
    // ...but the picture is the same: drawn once, the same bytes.
    expect(again.themes.png).toBe(first.themes.png);
    expect(again.indicators.map((c) => c.image.png)).toEqual(first.indicators.map((c) => c.image.png));
    forgetChartImages();
    const fresh = reportCharts(verantwoording);
    expect(fresh.themes.png).not.toBe(first.themes.png);
    expect(fresh.themes.png.equals(first.themes.png)).toBe(true);
    expect(fresh.indicators.every((c, i) => c.image.png.equals(first.indicators[i]!.image.png))).toBe(true);
    // Another width is another picture.
    const smaller = reportCharts(verantwoording, { pngWidth: 900 });
    expect(smaller.themes.width).toBe(900);
    expect(smaller.themes.png.equals(first.themes.png)).toBe(false);
    expect(first.themes.width).toBe(PRINT_WIDTH);
  });
});

describe('helpers', () => {
  it('measures DejaVu Sans text, wider when bold', () => {
    expect(measureTextWidth('Op schema', '13px sans-serif')).toBeCloseTo(((787 + 635 + 318 + 521 + 550 + 634 + 615 + 974 + 613) / 1000) * 13, 5);
    expect(measureTextWidth('Op schema', 'bold 13px DejaVu Sans')).toBeGreaterThan(measureTextWidth('Op schema', '13px DejaVu Sans'));
  });

  it('chooses round axis maxima', () => {
    expect(niceScale(180)).toEqual({ max: 200, interval: 50 });
    expect(niceScale(270)).toEqual({ max: 300, interval: 100 });
    expect(niceScale(0)).toEqual({ max: 1, interval: 0.2 });
    // Things counted (woningen, euro) get whole steps, and an empty axis runs to 5, not 0, 0,2 … 1.
    expect(niceScale(0, { whole: true })).toEqual({ max: 5, interval: 1 });
    expect(niceScale(1, { whole: true })).toEqual({ max: 2, interval: 1 });
    expect(niceScale(2, { whole: true })).toEqual({ max: 3, interval: 1 });
    expect(niceScale(12, { whole: true })).toEqual({ max: 15, interval: 5 });
    expect(niceScale(180, { whole: true })).toEqual({ max: 200, interval: 50 });
    expect(niceScale(7.5)).toEqual({ max: 10, interval: 2 });
  });
});

describe('no dangling timers', () => {
  it('a Node process that renders every kind of chart exits by itself', () => {
    const script = `
      const { createJiti } = require('jiti');
      const jiti = createJiti(${JSON.stringify(path.join(ROOT, 'index.js'))});
      (async () => {
        const charts = await jiti.import(${JSON.stringify(path.join(ROOT, 'src/reports/charts.ts'))});
        const { computeIndicatorProgress } = await jiti.import(${JSON.stringify(path.join(ROOT, 'src/accountability/progress.ts'))});
        const ind = { code: 'x', title: 'Test', description: '', unit: 'woningen', direction: 'at_least', target: 180, baselineYear: 2022,
          deadlineYear: 2028, partyIds: ['a', 'b'], shared: true, topicNumber: '1.1', sourceQuote: '', milestones: [] };
        const values = [{ code: 'x', partyId: 'a', year: 2025, value: 40, note: '' }, { code: 'x', partyId: 'b', year: 2025, value: 12, note: '' }];
        const p = computeIndicatorProgress(ind, values, [2022, 2023, 2024, 2025, 2026, 2027, 2028], 2025);
        const a = charts.cumulativeChart(p);
        const b = charts.downwardChart(computeIndicatorProgress({ ...ind, direction: 'zero', target: 0 }, values, [2025, 2026, 2027, 2028], 2025));
        const c = charts.statusChart([]);
        process.stdout.write('klaar ' + (a.png.length > 0 && b.png.length > 0 && c.png.length > 0));
      })();
    `;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('klaar true');
  });
});

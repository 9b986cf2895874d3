import { describe, expect, it } from 'vitest';
import { realisticAccountabilityReport } from '../fixtures/accountability';

describe('realistic accountability fixture', () => {
  it('builds both kinds', async () => {
    for (const kind of ['verantwoording', 'tussenevaluatie'] as const) {
      const r = await realisticAccountabilityReport(kind);
      console.log(kind, r.executionYears, r.notes);
      for (const t of r.themes) console.log(t.number, t.title, t.summary.light, JSON.stringify(t.summary.counts), t.years.map((y) => y.summary.light).join(','));
      for (const p of r.byParty) console.log(p.partyId, p.summary.light, JSON.stringify(p.summary.counts));
      console.log('overall', r.overall.summary.light, 'dev', r.deviations.length, 'steer', r.steering.length, 'unpl', r.unplanned.length, 'missExpl', r.missingExplanations.length, 'unlinked', r.unlinked.results.length, r.unlinked.missing.length);
      for (const i of r.indicators) console.log(i.indicator.code, i.status, '|', i.message);
      expect(r.kind).toBe(kind);
    }
  });
});

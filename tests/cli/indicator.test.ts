// `prestatie indicator`, spawned as a user runs it (after `npm run build`):
// the indicators with their start, a start value entered where the agreement
// gives none, figures of the years before the first uitvraag per party and for
// all together, removed again, each change in the log; and what it refuses.
import { describe, expect, it } from 'vitest';
import { cliWorkspace } from '../helpers/cli';
import type { IndicatorInputs } from '../../src/service/contract';
import type { IndicatorLogEntry } from '../../src/domain/indicators';

const { prestatie } = cliWorkspace('werkbank-cli-indicator-');

describe('prestatie indicator', () => {
  it('lists every indicator with its code, target and start', () => {
    const { code, out } = prestatie(['indicator']);
    expect(code).toBe(0);
    expect(out).toContain('energielabels-efg-0  Geen woningen met energielabel E, F of G');
    expect(out).toContain('    doel: geen (0) woningen met energielabel E, F of G eind 2028');
    expect(out).toContain('    vertrekpunt: Nog geen vertrekpunt: voer de stand op 31 december 2024 in');
    expect(out).toContain(
      '    vertrekpunt: 0 woningen op 31 december 2021 (uit de afspraken: de afspraak telt vanaf 2022) [uit de afspraken, niet te wijzigen]',
    );
    expect(out).toContain('    cijfers vóór de eerste uitvraag (2022–2024): nog geen');
    const all = JSON.parse(prestatie(['indicator', '--json']).out) as IndicatorInputs[];
    expect(all).toHaveLength(22);
  });

  it('enters a start value with its source, and shows it', () => {
    const { code, out } = prestatie(['indicator', '--code', 'energielabels-efg-0', '--vertrekpunt', '2024=412', '--bron', 'Jaarverslagen 2024']);
    expect(code).toBe(0);
    expect(out.split('\n').slice(0, 5)).toEqual([
      'Vertrekpunt opgeslagen: de stand op 31 december 2024.',
      '',
      'energielabels-efg-0  Geen woningen met energielabel E, F of G',
      '    doel: geen (0) woningen met energielabel E, F of G eind 2028',
      '    vertrekpunt: 412 woningen op 31 december 2024 (ingevoerd door het secretariaat; bron: Jaarverslagen 2024)',
    ]);
    const json = JSON.parse(prestatie(['indicator', '--code', 'energielabels-efg-0', '--json']).out) as IndicatorInputs;
    expect(json.baseline).toEqual({ year: 2024, value: 412, source: 'entered', note: 'Jaarverslagen 2024' });
  });

  it('enters figures of the years before the first uitvraag, per party and for all together, and removes one', () => {
    const perParty = prestatie(['indicator', '--code', 'sociale-huur-180', '--cijfer', '2023=14', '--cijfer', '2024=10', '--partij', 'Woonwaarts', '--bron', 'Woondeal-monitor']);
    expect(perParty.code).toBe(0);
    expect(perParty.out).toContain('Opgeslagen: het cijfer over 2023 van Woonwaarts.');
    expect(perParty.out).toContain('      2024  Woonwaarts: 10 woningen (bron: Woondeal-monitor)');
    const together = prestatie(['indicator', '--code', 'sociale-huur-180', '--cijfer', '2022=8', '--bron', 'Woondeal-monitor']);
    expect(together.out).toContain('      2022  alle partijen samen: 8 woningen (bron: Woondeal-monitor)');
    const removed = prestatie(['indicator', '--code', 'sociale-huur-180', '--cijfer', '2024=geen', '--partij', 'Woonwaarts', '--bron', 'Dubbel geteld']);
    expect(removed.out).toContain('Verwijderd: het cijfer over 2024 van Woonwaarts.');
    expect(removed.out).not.toContain('2024  Woonwaarts');
    const share = prestatie(['indicator', '--code', 'vrije-toewijzing-15', '--cijfer', '2024=7,5', '--partij', 'De Kernen', '--bron', 'Jaarverslag']);
    expect(share.out).toContain('      2024  De Kernen: 7,5% (bron: Jaarverslag)');
  });

  it('shows every change in the log, newest first, with its source', () => {
    const { code, out } = prestatie(['indicator', '--logboek', '--code', 'sociale-huur-180']);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/\[sociale-huur-180\] Cijfer 2024 Woonwaarts: 10 woningen → verwijderd$/);
    expect(lines[1]).toBe('      bron: Dubbel geteld');
    const log = JSON.parse(prestatie(['indicator', '--logboek', '--json']).out) as IndicatorLogEntry[];
    expect(log.map((e) => e.action)).toEqual(['figure', 'figure-removed', 'figure', 'figure', 'figure', 'baseline']);
  });

  it('refuses what it cannot do, in Dutch, and changes nothing', () => {
    const noSource = prestatie(['indicator', '--code', 'energielabels-efg-0', '--vertrekpunt', '2024=400']);
    expect(noSource.code).toBe(2);
    expect(noSource.err).toContain('Zeg met --bron waar het cijfer vandaan komt');
    const given = prestatie(['indicator', '--code', 'sociale-huur-180', '--vertrekpunt', '2021=5', '--bron', 'x']);
    expect(given.code).toBe(1);
    expect(given.err).toContain('De prestatieafspraken geven het vertrekpunt van “Toevoeging sociale huurwoningen tot en met 2028” al');
    const uitvraag = prestatie(['indicator', '--code', 'sociale-huur-180', '--cijfer', '2025=40', '--bron', 'x']);
    expect(uitvraag.code).toBe(1);
    expect(uitvraag.err).toContain('Over 2025 vraagt de uitvraag de partijen zelf');
    const notANumber = prestatie(['indicator', '--code', 'sociale-huur-180', '--cijfer', '2023=veel', '--bron', 'x']);
    expect(notANumber.code).toBe(2);
    expect(notANumber.err).toContain('"veel" is geen getal');
    const unknown = prestatie(['indicator', '--code', 'onbekend', '--cijfer', '2023=1', '--bron', 'x']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Onbekende indicator "onbekend"');
    expect((JSON.parse(prestatie(['indicator', '--logboek', '--json']).out) as unknown[]).length).toBe(6);
  });
});

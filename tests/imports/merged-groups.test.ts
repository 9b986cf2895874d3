// Partners who group their work by merging cells down: a project merged over its steps, another party's project
// merged over the sender's own part per row, a remark merged over the rows it speaks of, a theme or trekker cell
// merged over rows that are there for information. Each step is its own activity;
// what the merged cell says of the group holds for every row under it. A step is read with its group before it, as the
// documents show it, once the rules have read its own words.
import { Workbook, type Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { otherPartyRows } from '../../src/imports/other-party-rows';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import type { ReadWorkbook } from '../../src/imports/types';
import { saveWorkbook } from '../helpers/workbook';

/** A sheet with its header on row 1, the rows under it, and the cells merged down: [column, first row, last row]. */
async function mergedSheet(header: string[], rows: (string | number)[][], merges: [number, number, number][], fileName: string, planningYear: number): Promise<ReadWorkbook> {
  const wb = new Workbook();
  const ws: Worksheet = wb.addWorksheet('Plan');
  ws.getRow(1).values = header;
  rows.forEach((row, i) => (ws.getRow(2 + i).values = row));
  for (const [col, from, to] of merges) ws.mergeCells(from, col, to, col);
  return readActivityWorkbook(await saveWorkbook(wb), fileName, { planningYear });
}

describe('cells merged down over groups of rows', () => {
  it('reads the steps beside a project merged over them as the activities, each with its project before it', async () => {
    const r = await mergedSheet(
      ['Project', 'Stap / activiteit', 'Planning'],
      [
        ['Hofje De Lindehof, Puiflijk (16 won.)', 'Start bouw 16 geclusterde seniorenwoningen', 'maart'],
        ['', 'Kosten ontmoetingsruimte verdelen met de gemeente', 'voor start bouw'],
        ['', 'Senioren in grote eengezinswoningen aanschrijven', 'Q4'],
        ['Deest Zuid fase 2', 'Omgevingsvergunning aanvragen en aanbesteden: 24 soc. huurwon.', 'Q2'],
        ['', 'Verkoop 6 eengezinswoningen in Deest bij mutatie', 'hele jaar'],
      ],
      [
        [1, 2, 4],
        [1, 5, 6],
      ],
      'WW activiteitenoverzicht Druten 2027.xlsx',
      2027,
    );
    expect(r.activities.map((a) => [a.rowNumber, a.activity, a.topicContext])).toEqual([
      [2, 'Hofje De Lindehof, Puiflijk (16 won.): Start bouw 16 geclusterde seniorenwoningen', undefined],
      [3, 'Hofje De Lindehof, Puiflijk (16 won.): Kosten ontmoetingsruimte verdelen met de gemeente', undefined],
      [4, 'Hofje De Lindehof, Puiflijk (16 won.): Senioren in grote eengezinswoningen aanschrijven', undefined],
      [5, 'Deest Zuid fase 2: Omgevingsvergunning aanvragen en aanbesteden: 24 soc. huurwon.', undefined],
      [6, 'Deest Zuid fase 2: Verkoop 6 eengezinswoningen in Deest bij mutatie', undefined],
    ]);
    expect(r.problems.filter((p) => p.code === 'duplicate-column')).toEqual([]);
  });

  it("reads the sender's part per row beside another party's project merged over it as the activities", async () => {
    const r = await mergedSheet(
      ['Project (van wie)', 'Onze rol', 'Wanneer'],
      [
        ['WW – Hoogstraat Druten: 36 won. na-isoleren, label E → B', 'Bewonersavond organiseren en de instemming ophalen', 'feb.'],
        ['', 'Spreekuur in de bouwkeet tijdens de werkzaamheden houden', 'mrt – jun'],
        ['', 'Planning per blok: zie brief WW (ter info)', ''],
        ['Wijkschouwen (gemeente / WW)', 'Druten-Zuid: bewoners uitnodigen en de route uitzetten', 'mei'],
        ['', 'Meeschrijven aan het uitvoeringsplan na de schouw', 'sept.'],
      ],
      [
        [1, 2, 4],
        [1, 5, 6],
      ],
      'HBD jaarplan 2027 Druten.xlsx',
      2027,
    );
    // The pointer under the project is read by its own words, as a pointer: a note.
    expect(r.activities.map((a) => [a.rowNumber, a.activity])).toEqual([
      [2, 'WW – Hoogstraat Druten: 36 won. na-isoleren, label E → B: Bewonersavond organiseren en de instemming ophalen'],
      [3, 'WW – Hoogstraat Druten: 36 won. na-isoleren, label E → B: Spreekuur in de bouwkeet tijdens de werkzaamheden houden'],
      [5, 'Wijkschouwen (gemeente / WW): Druten-Zuid: bewoners uitnodigen en de route uitzetten'],
      [6, 'Wijkschouwen (gemeente / WW): Meeschrijven aan het uitvoeringsplan na de schouw'],
    ]);
    expect(r.notes.map((n) => n.text)).toEqual(['Planning per blok: zie brief WW (ter info)']);
  });

  it("reads one amount merged over a project's steps once, on its first row, and says so on the others", async () => {
    const r = await mergedSheet(
      ['Project', 'Stap / activiteit', 'Planning', 'Budget'],
      [
        ['Hofje De Lindehof, Puiflijk (16 won.)', 'Start bouw 16 geclusterde seniorenwoningen', 'maart', 3_400_000],
        ['', 'Kosten ontmoetingsruimte verdelen met de gemeente', 'voor start bouw', ''],
        ['', 'Senioren in grote eengezinswoningen aanschrijven', 'Q4', ''],
        ['Deest Zuid fase 2', 'Omgevingsvergunning aanvragen en aanbesteden', 'Q2', 12_000],
        ['', 'Verkoop 6 eengezinswoningen in Deest bij mutatie', 'hele jaar', ''],
      ],
      [
        [1, 2, 4],
        [4, 2, 4],
        [1, 5, 6],
      ],
      'WW activiteitenoverzicht Druten 2027.xlsx',
      2027,
    );
    expect(r.activities.map((a) => a.budget)).toEqual([3_400_000, undefined, undefined, 12_000, undefined]);
    expect(r.activities[1]?.extra.Budget).toBe('3400000 samen voor rij 2–4, gelezen bij rij 2');
    expect(r.problems.find((p) => p.code === 'budget-shared')?.message).toContain('staat samengevoegd over rij 2–4; het is één keer gelezen, bij rij 2, niet bij elke rij');
  });

  it('keeps an activity merged over its sub-rows one activity, where the column holds single rows too', async () => {
    const r = await mergedSheet(
      ['Nr', 'Activiteit', 'Kern', 'Wat / waar'],
      [
        [1, 'Doelgroepenverordening toepassen op alle nieuwe bouwplannen', 'alle kernen', 'Heilig Land-West'],
        [2, 'Wijkschouwen faciliteren: uitnodigingen versturen en verslag maken', 'Deest', 'Wilgenland (met HBD)'],
        ['', '', 'Druten', 'Druten-Zuid (met HBD)'],
        [3, 'Energiecoaches doorzetten: gratis huisbezoeken', 'Druten', '150 huisbezoeken'],
        ['', '', 'Deest', '60 huisbezoeken'],
        [4, 'Convenant ondermijning en woonfraude sluiten', 'alle kernen', 'met WW en DK'],
        [5, 'Buurtfonds: bewonersinitiatieven ondersteunen', 'alle kernen', 'max. € 2.500'],
      ],
      [
        [1, 3, 4],
        [2, 3, 4],
        [1, 5, 6],
        [2, 5, 6],
      ],
      'Uitvoeringsagenda Wonen 2027 gemeente Druten.xlsx',
      2027,
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 3, 5, 7, 8]);
  });

  it('keeps each activity merged over its rows per kern one activity, also where every activity has such rows', async () => {
    const r = await mergedSheet(
      ['Activiteit', 'Kern', 'Wat / waar', 'Wanneer'],
      [
        ['Wijkschouwen faciliteren: uitnodigingen versturen en verslag maken', 'Deest', 'Wilgenland (met HBD)', 'april'],
        ['', 'Druten', 'Druten-Zuid (met HBD)', 'juni'],
        ['Energiecoaches doorzetten: gratis huisbezoeken', 'Druten', '150 huisbezoeken', 'heel jaar'],
        ['', 'Deest', '60 huisbezoeken', 'heel jaar'],
      ],
      [
        [1, 2, 3],
        [1, 4, 5],
      ],
      'Uitvoeringsagenda Wonen 2027 gemeente Druten.xlsx',
      2027,
    );
    expect(r.activities.map((a) => a.activity)).toEqual(['Wijkschouwen faciliteren: uitnodigingen versturen en verslag maken', 'Energiecoaches doorzetten: gratis huisbezoeken']);
  });

  it('sets aside the rows under a remark merged over them that says nothing is promised yet', async () => {
    const r = await mergedSheet(
      ['Thema', 'Activiteit', 'Planning', 'Toelichting'],
      [
        ['Leefbaarheid', 'Buurtkamer in leegstaande winkel Dorpsstraat Horssen', '', 'Ideeën uit de bewonersavond – nog niet in het MT besproken, dus nog geen toezegging'],
        ['', 'Jeu-de-boulesbaan bij de seniorenwoningen Kloosterakker', '', ''],
        ['', 'Convenant ondermijning: signalen doorgeven aan het casusoverleg', 'doorlopend', ''],
      ],
      [
        [1, 2, 4],
        [4, 2, 3],
      ],
      'De Kernen - Druten 2028.xlsx',
      2028,
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4]);
    expect(r.problems.filter((p) => p.code === 'undecided-row').map((p) => [p.row, p.message.includes('"dus nog geen toezegging" (Toelichting)')])).toEqual([
      [2, true],
      [3, true],
    ]);
  });

  it('sets aside the rows a theme cell merged over them gives for information', async () => {
    const r = await mergedSheet(
      ['Thema', 'Wat gaan we doen', 'Planning'],
      [
        ['Leefbaarheid', 'Wijkschouw Horssen-Noord: bewoners uitnodigen en de route maken', 'mei'],
        ['Ter info (DK)', 'Nieuwe kozijnen en gevelisolatie Kloosterakker-Zuid', 'zomer'],
        ['', 'Dakrenovatie Dorpsstraat', 'najaar'],
      ],
      [[1, 3, 4]],
      'Bewonersraad plannen 2028.xlsx',
      2028,
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2]);
    expect(r.problems.filter((p) => p.code === 'remark-row').map((p) => p.message)).toEqual([
      expect.stringContaining('staat bij "Ter info (DK)": ter informatie, geen eigen werk'),
      expect.stringContaining('staat bij "Ter info (DK)": ter informatie, geen eigen werk'),
    ]);
  });

  it("keeps as notes the rows whose trekker, merged over them, is another party there for information", async () => {
    const read = await mergedSheet(
      ['Afspraak PA', 'Activiteit', 'Rol gemeente', 'Trekker'],
      [
        ['1.1 Nieuwbouw', 'Doelgroepenverordening actualiseren: 30% soc. huur per project', 'kaders stellen', 'Sanne'],
        ['', 'Oplevering 48 soc. huurwon. Kattenburg Druten', '', 'Woonwaarts (ter info)'],
        ['', 'Deest Zuid fase 2: start bouw 24 soc. huurwon.', '', ''],
        ['', 'Wilgenland: openbare ruimte herinrichten', 'uitvoeren', 'Woonwaarts (ter info)'],
      ],
      [
        [1, 2, 5],
        [4, 3, 4],
      ],
      'Gemeente Druten PA 2028.xlsx',
      2028,
    );
    const woonwaarts = (text: string): string[] | null => (/^woonwaarts$/i.test(text.trim()) ? ['woonwaarts'] : null);
    const r = otherPartyRows(read, 'gemeente', woonwaarts, (id) => (id === 'woonwaarts' ? 'Woonwaarts' : 'Gemeente Druten'), (text) => (/woonwaarts/i.test(text) ? ['woonwaarts'] : []));
    // Row 5 has a role of the gemeente's own: its part in the work.
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 5]);
    expect(r.problems.filter((p) => p.code === 'other-party-row').map((p) => p.message)).toEqual([
      expect.stringContaining('volgens de trekker ("Woonwaarts (ter info)") werk van Woonwaarts, niet van Gemeente Druten'),
      expect.stringContaining('volgens de trekker ("Woonwaarts (ter info)") werk van Woonwaarts, niet van Gemeente Druten'),
    ]);
  });
});

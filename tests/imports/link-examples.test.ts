// The example activities that ship with the Druten set (resources/druten-2025-2028-voorbeelden.json):
// made of the labelled sets exactly, every example's afspraak one of the set's, and weighed by the
// linker as it weighs the werkgroep's earlier decisions: a proposal or a choice that names the example.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplePrecedents, linkExamplesFile, loadLinkExamples, type LinkExamplesUse } from '../../src/imports/link-examples';
import { DEFAULT_SET_CODE, openWerkbank, type Werkbank } from '../../src/service/index';
import type { ImportPreview } from '../../src/service/imports-contract';
import { buildLinkExamples, formatLinkExamples } from '../../scripts/build-link-examples';
import { LABELLED_SETS } from '../fixtures/labelled-sets';
import { tempDir } from '../helpers/tmp';

describe('the example activities of the Druten set', () => {
  it('are the labelled sets as the app reads them, each labelled activity once (scripts/build-link-examples.ts)', async () => {
    const made = await buildLinkExamples();
    expect(formatLinkExamples(made)).toBe(fs.readFileSync(linkExamplesFile(DEFAULT_SET_CODE), 'utf8'));
    expect(new Set(made.examples.map((e) => e.set))).toEqual(new Set(LABELLED_SETS.map((s) => s.name)));
    // Every labelled workbook of every set is written and read: about a minute on a quiet machine of two cores.
  }, 300_000);

  it("each name an afspraak of the set, or none, and a party of the set's", async () => {
    const tmp = tempDir('werkbank-voorbeelden-');
    const werkbank = openWerkbank({ databasePath: path.join(tmp.dir, 'werkbank.sqlite'), changedBy: 'test' });
    try {
      const agreements = await werkbank.api.listAgreements({});
      const parties = new Set((await werkbank.api.listParties()).map((p) => p.id));
      const examples = loadLinkExamples(DEFAULT_SET_CODE);
      expect(examples.length).toBeGreaterThan(2000);
      // None is left out for an afspraak the set does not have.
      expect(examplePrecedents(examples, agreements, 'all')).toHaveLength(examples.length);
      expect(examples.filter((e) => !parties.has(e.partyId))).toEqual([]);
      // Measuring on a labelled set leaves its own out.
      const first = examples.filter((e) => e.set === 'first').length;
      expect(examplePrecedents(examples, agreements, { without: ['first'] })).toHaveLength(examples.length - first);
      expect(examplePrecedents(examples, agreements, 'none')).toEqual([]);
    } finally {
      await werkbank.close();
      tmp.cleanup();
    }
  });
});

describe('a partner file read with the examples', () => {
  const tmp = tempDir('werkbank-voorbeelden-');
  let data: string;
  const previews = new Map<string, ImportPreview>();

  const preview = async (use: LinkExamplesUse): Promise<ImportPreview> => {
    const werkbank: Werkbank = openWerkbank({ databasePath: path.join(tmp.dir, `${JSON.stringify(use).replace(/\W/g, '')}.sqlite`), changedBy: 'test', linkExamples: use });
    try {
      return await werkbank.api.previewImport({ file: { name: 'HBD activiteiten 2027.xlsx', data }, partyId: 'hbd', planningYear: 2027 });
    } finally {
      await werkbank.close();
    }
  };

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('HBD 2027');
    sheet.addRow(['Activiteiten HBD 2027']);
    sheet.addRow([]);
    sheet.addRow(['Wat doen we', 'Wanneer']);
    sheet.addRow(['Met Woonwaarts langs de flats om te kijken of ze brandveilig zijn', 'voorjaar']);
    sheet.addRow(['Meelopen met de wijkschouw in Deest en bewoners uitnodigen', 'najaar']);
    sheet.addRow(['Nieuwsbrief voor de leden', 'elk kwartaal']);
    data = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    for (const use of ['none', 'all'] as const) previews.set(use, await preview(use));
  }, 60_000);
  afterAll(() => tmp.cleanup());

  const link = (use: 'none' | 'all', row: number) => (previews.get(use) as ImportPreview).activities[row]?.link;
  const namesExample = (reasons: readonly string[] | undefined) => (reasons ?? []).some((r) => /^lijkt \d+% op het voorbeeld "/.test(r));

  it('proposes the afspraak of an example much like an activity, naming the example, where the words alone chose a sibling', () => {
    // Alone, "flats" and "Woonwaarts" weigh most: the warmtevisie first, to choose.
    expect(link('none', 0)).toMatchObject({ status: 'choice' });
    expect(link('none', 0)?.alternatives[0]?.reference).toBe('3 bij 1 (1)');
    // An example says what it is about: fire safety in the flats.
    expect(link('all', 0)).toMatchObject({ status: 'proposed', reference: '3 bij 1 (2)' });
    expect(namesExample(link('all', 0)?.reasons)).toBe(true);
    // Alone, the plan after the schouw; with an example, organising the schouw itself.
    expect(link('none', 1)).toMatchObject({ status: 'proposed', reference: '5.1 bij 2 (2)' });
    expect(link('all', 1)).toMatchObject({ status: 'proposed', reference: '5.1 bij 2 (1)' });
    expect(namesExample(link('none', 1)?.reasons)).toBe(false);
  });

  it('never links as fact on an example, and learns nothing from examples that point different ways', () => {
    expect([link('all', 0)?.status, link('all', 1)?.status]).toEqual(['proposed', 'proposed']);
    // Newsletters about the verhuiscoach, about gardens and about the schouw: a plain newsletter is none of them.
    expect(link('all', 2)).toMatchObject({ status: 'none', agreementId: null });
  });
});

describe('a partner file read with the examples as a whole', () => {
  const tmp = tempDir('werkbank-voorbeelden-');
  const previews = new Map<string, ImportPreview>();
  const PROFILE = 'lijkt het meest op de voorbeelden bij deze afspraak';

  const preview = async (use: 'none' | 'all', partyId: string, rows: readonly string[]): Promise<ImportPreview> => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Plannen 2027');
    sheet.addRow(['Plannen 2027']);
    sheet.addRow([]);
    sheet.addRow(['Wat doen we', 'Wanneer']);
    for (const row of rows) sheet.addRow([row, 'najaar']);
    const data = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const werkbank = openWerkbank({ databasePath: path.join(tmp.dir, `${use}-${partyId}.sqlite`), changedBy: 'test', linkExamples: use });
    try {
      return await werkbank.api.previewImport({ file: { name: `${partyId} plannen 2027.xlsx`, data }, partyId, planningYear: 2027 });
    } finally {
      await werkbank.close();
    }
  };

  // The second in the words of a tenant: Woonwaarts' study of a regeling to move with the rent kept (4.1 bij 3 (2)).
  const HBD_ROWS = ['Bij de flats kijken of de vluchtwegen vrij zijn en de rookmelders werken', 'Uitzoeken of ouderen hun oude huurprijs mogen houden als ze kleiner gaan wonen'];
  // The second: early payment plans, the corporations' incasso policy (inzet 1 of 2.2, under which no afspraak stands).
  const WOONWAARTS_ROWS = ['Het nieuwe klantportaal in gebruik nemen, zodat huurders online een reparatie melden', 'Huurincasso: betalingsregelingen vroeg aanbieden'];
  // The municipality's own work, which no afspraak asks for.
  const GEMEENTE_ROWS = ['Leges voor kleine verbouwingen verlagen', 'Wmo-beleidsplan 2028 opstellen met de adviesraad'];

  beforeAll(async () => {
    for (const use of ['none', 'all'] as const) {
      previews.set(`${use}-hbd`, await preview(use, 'hbd', HBD_ROWS));
      previews.set(`${use}-woonwaarts`, await preview(use, 'woonwaarts', WOONWAARTS_ROWS));
      previews.set(`${use}-gemeente`, await preview(use, 'gemeente', GEMEENTE_ROWS));
    }
  }, 60_000);
  afterAll(() => tmp.cleanup());

  const link = (key: string, row: number) => (previews.get(key) as ImportPreview).activities[row]?.link;

  it('proposes nothing, nor offers a choice, on words and party alone that share little with an afspraak, where no example is like them; the afspraken stay hints', () => {
    // Without examples, "betalingsregelingen" and Woonwaarts' part propose the overlegtafel on early signals (5.3).
    expect(link('none-woonwaarts', 1)).toMatchObject({ status: 'proposed', reference: '5.3 bij 1 (1)' });
    expect(link('all-woonwaarts', 1)).toMatchObject({ status: 'none', agreementId: null });
    expect(link('all-woonwaarts', 1)?.alternatives.map((a) => a.reference)).toEqual(['5.3 bij 1 (1)']);
    // Lower leges: "verbouwingen" touches De Kernen's help to tenants (3 bij 4), in which the municipality has no part:
    // the words alone propose no afspraak of another's, with examples or without; 3 bij 4 is a hint.
    expect(link('none-gemeente', 0)).toMatchObject({ status: 'none', agreementId: null });
    expect(link('none-gemeente', 0)?.alternatives[0]?.reference).toBe('3 bij 4');
    expect(link('all-gemeente', 0)).toMatchObject({ status: 'none', agreementId: null });
    expect(link('all-gemeente', 0)?.alternatives[0]?.reference).toBe('3 bij 4');
    // A Wmo plan: no choice between the ontmoetingsruimte of clustered homes and the warmtevisie, but none found.
    expect(link('none-gemeente', 1)).toMatchObject({ status: 'choice' });
    expect(link('all-gemeente', 1)).toMatchObject({ status: 'none', agreementId: null });
    expect(link('all-gemeente', 1)?.alternatives.map((a) => a.reference)).toEqual(['1.2 bij 4', '3 bij 5 (2)']);
  });

  it('proposes the afspraak whose examples an activity in plain words is most like, where its words reach no afspraak', () => {
    expect(link('none-hbd', 0)).toMatchObject({ status: 'none', agreementId: null });
    expect(link('all-hbd', 0)).toMatchObject({ status: 'proposed', reference: '3 bij 1 (2)' });
    expect(link('all-hbd', 0)?.reasons).toContain(PROFILE);
    // The examples of the afspraak as a whole are like it, and one of them names the same work in other words.
    expect(link('all-hbd', 0)?.reasons.some((r) => /^lijkt \d+% op het voorbeeld "[^"]*(rookmelder|vluchtweg|[Bb]randveilig)/.test(r))).toBe(true);
    expect(link('none-hbd', 1)).toMatchObject({ status: 'none' });
    expect(link('all-hbd', 1)).toMatchObject({ status: 'proposed', reference: '4.1 bij 3 (2)' });
  });

  it("leaves a party's own work like an example of none without afspraak, the afspraken its words touch only hints, saying why", () => {
    expect(link('none-woonwaarts', 0)?.status).toBe('choice');
    const none = link('all-woonwaarts', 0);
    expect(none).toMatchObject({ status: 'none', agreementId: null });
    expect(none?.alternatives.length).toBeGreaterThan(0);
    expect(none?.alternatives.every((a) => a.reasons.some((r) => /^lijkt \d+% op het voorbeeld "[^"]*klantportaal[^"]*", zonder afspraak$/i.test(r)))).toBe(true);
  });
});

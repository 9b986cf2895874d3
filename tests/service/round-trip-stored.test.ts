// The round trip, as stored: the signed Druten agreement written as a Word
// document from its source text, stored through the service in a database that
// another werkgroep started, and read back from the SQLite file, equals the
// embedded set field by field. Not the preview: what the database holds.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAgreementSetData } from '../../src/db/load-set';
import { openDatabase } from '../../src/db/open';
import { findSetId } from '../../src/db/seed';
import type { AgreementSetData } from '../../src/domain/dataset';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { BEUNINGEN } from '../fixtures/beuningen-set';
import { writeDocxFromSourceText } from '../fixtures/druten-source-docx';
import { tempDir } from '../helpers/tmp';

const druten = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../resources/druten-2025-2028.json'), 'utf8')) as AgreementSetData;
const sourcePath = path.resolve(__dirname, '../../../shared/bronnen/prestatieafspraken-druten-2025-2028.txt');

let tmp: ReturnType<typeof tempDir>;
let werkbank: Werkbank;
let stored: AgreementSetData;

beforeAll(async () => {
  tmp = tempDir('werkbank-round-trip-');
  const databasePath = path.join(tmp.dir, 'werkbank.sqlite');
  // A database another werkgroep started: Druten's set is not in it yet.
  werkbank = openWerkbank({ databasePath, changedBy: 'secretaris', defaultSet: BEUNINGEN, now: () => new Date('2024-12-01T10:00:00Z') });
  const docx = await writeDocxFromSourceText(fs.readFileSync(sourcePath, 'utf8'));
  await werkbank.api.storeAgreementSet({ file: { name: 'Prestatieafspraken Druten 2025-2028.docx', data: docx.toString('base64') } });
  const db = openDatabase(databasePath, { readOnly: true });
  try {
    stored = loadAgreementSetData(db, findSetId(db, 'druten-2025-2028') as number);
  } finally {
    db.close();
  }
});
afterAll(async () => {
  await werkbank.close();
  tmp.cleanup();
});

const topics = (set: AgreementSetData) => set.themes.flatMap((t) => t.topics);

describe('the Druten agreement from its own document, stored and read back', () => {
  it('has the embedded set’s title, period, signing, introduction, cycle and glossary', () => {
    for (const field of ['code', 'title', 'municipality', 'periodStart', 'periodEnd', 'signedOn', 'signedPlace', 'introduction', 'cycle', 'glossaryIntro', 'glossary'] as const) {
      expect(stored[field], field).toEqual(druten[field]);
    }
  });

  it('has the same themes and topics, each with its opgave, 48 ambities, 59 inzet items and footnotes', () => {
    expect(stored.themes.map((t) => [t.number, t.title])).toEqual(druten.themes.map((t) => [t.number, t.title]));
    expect(topics(stored).map((t) => `${t.number} ${t.title}`)).toEqual(topics(druten).map((t) => `${t.number} ${t.title}`));
    for (const expected of topics(druten)) {
      const topic = topics(stored).find((t) => t.number === expected.number);
      expect(topic?.task, `${expected.number} opgave`).toEqual(expected.task);
      expect(topic?.ambitions, `${expected.number} ambities`).toEqual(expected.ambitions);
      expect(topic?.commitments, `${expected.number} inzet`).toEqual(expected.commitments);
      expect(topic?.footnotes, `${expected.number} voetnoten`).toEqual(expected.footnotes);
    }
    expect(topics(stored).flatMap((t) => t.ambitions)).toHaveLength(48);
    expect(topics(stored).flatMap((t) => t.commitments)).toHaveLength(59);
  });

  it('has the same 47 afspraken, each with its inzet number, trekker, betrokkenen and uitvoering as written', () => {
    const agreements = topics(stored).flatMap((t) => t.agreements.map((a) => ({ topic: t.number, ...a })));
    expect(agreements).toHaveLength(47);
    expect(agreements).toEqual(topics(druten).flatMap((t) => t.agreements.map((a) => ({ topic: t.number, ...a }))));
  });

  it('has the five signatories with their kinds, signatures and links, and the groups resolved to them', () => {
    const byName = (set: AgreementSetData) => (id: string) => set.parties.find((p) => p.id === id)?.shortName;
    const view = (set: AgreementSetData) =>
      set.parties.map((p) => ({ kind: p.kind, shortName: p.shortName, signatory: p.signatory, linked: p.linkedPartyIds.map(byName(set)) }));
    expect(view(stored)).toEqual(view(druten));
    const groups = (set: AgreementSetData) => set.groups.filter((g) => ['Corporaties', 'Huurdersorganisaties'].includes(g.name)).map((g) => [g.name, g.memberIds.map(byName(set))]);
    expect(groups(stored)).toEqual(groups(druten));
  });

  it('proposes the indicators from the text; confirmed, they are the set’s indicators: the embedded 22', async () => {
    await werkbank.api.switchAgreementSet({ code: 'druten-2025-2028' });
    expect(await werkbank.api.listIndicators()).toEqual([]);
    await werkbank.api.decideIndicatorProposals({ confirm: 'all' });
    const key = (i: { topicNumber: string; direction: string; target: number; unit: string; deadlineYear: number }) => `${i.topicNumber} ${i.direction} ${i.target} ${i.unit} ${i.deadlineYear}`;
    const confirmed = (await werkbank.api.listIndicators()).map(key).sort();
    // "2/3 in de betaalbare segmenten" is read as a share, "(gemiddeld 7 tot 8 woningen per jaar)" as a pace of sales.
    expect(confirmed).toEqual(druten.indicators.map(key).sort());
  });
});

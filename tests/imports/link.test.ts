// Linking activities to afspraken, against the real Druten afspraken as the
// service hands them out: keys, references in every way partners write them,
// pasted afspraak texts, and proposals by text similarity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkActivities, parseReference } from '../../src/imports/link';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import type { ActivityLink, ReadActivity } from '../../src/imports/types';
import type { AgreementRow } from '../../src/service/contract';
import {
  CV_KETEL_TEXT,
  DE_KERNEN_FILE,
  deKernenWorkbook,
  GEMEENTE_FILE,
  gemeenteWorkbook,
  HBD_FILE,
  hbdWorkbook,
  WOONWAARTS_FILE,
  woonwaartsWorkbook,
} from '../fixtures/partner-workbooks';
import { openRequestFixture, type RequestFixture } from '../requests/fixture';

let fixture: RequestFixture;
let agreements: AgreementRow[];
beforeAll(async () => {
  fixture = await openRequestFixture();
  agreements = fixture.agreements;
});
afterAll(() => fixture.close());

function ref(reference: string): AgreementRow {
  const a = agreements.find((x) => x.reference === reference);
  if (!a) throw new Error(`geen afspraak ${reference}`);
  return a;
}

function refOf(id: number | null | undefined): string | null {
  return id === null || id === undefined ? null : (agreements.find((a) => a.id === id)?.reference ?? `?${id}`);
}

function activity(fields: Partial<ReadActivity>): ReadActivity {
  return { sheet: 'Activiteiten', rowNumber: 7, activity: '', extra: {}, fieldColumns: { agreementRef: 'B', activity: 'C' }, ...fields };
}

function linkOne(fields: Partial<ReadActivity>): ActivityLink {
  const [link] = linkActivities([activity(fields)], agreements, { fileName: 'test.xlsx' });
  if (!link) throw new Error('geen koppeling');
  return link;
}

describe('reading references as partners write them', () => {
  it.each([
    ['1.1 bij 1', { topic: '1.1', commitment: 1 }],
    ['1.1 Bij 1.', { topic: '1.1', commitment: 1 }],
    ['1.1-1', { topic: '1.1', commitment: 1 }],
    ['1.1 – 4', { topic: '1.1', commitment: 4 }],
    ['3 bij 5', { topic: '3', commitment: 5 }],
    ['1.1 bij 1 (2)', { topic: '1.1', commitment: 1, seq: 2 }],
    ['1.1.4', { topic: '1.1', commitment: 4 }],
    ['Bij 4', { commitment: 4 }],
    ['bij inzet 2', { commitment: 2 }],
    ['Afspraak 1.3', { topic: '1.3' }],
    ['Nr. 5.2 bij 3', { topic: '5.2', commitment: 3 }],
    ['3.5', { topic: '3.5' }],
    ['A17', { key: 17 }],
    ['1.2 bij 2 – Corporaties voegen t/m 2030 85 geclusterde woonvormen …', { topic: '1.2', commitment: 2 }],
  ])('%s', (written, expected) => {
    expect(parseReference(written)).toEqual(expected);
  });

  it.each(['Woonwaarts zet in op de bouw', 'n.v.t.', '', 'zie boven'])('%s is no reference', (written) => {
    expect(parseReference(written)).toBeNull();
  });
});

describe('linking one activity', () => {
  it('takes our key as certain', () => {
    const a = ref('2.2 bij 3');
    expect(linkOne({ key: `A${a.id}`, agreementRef: 'iets anders', activity: 'Geen huurverhoging' })).toEqual({ status: 'key', agreementId: a.id });
  });

  it('takes a reference to one row as the link', () => {
    expect(linkOne({ agreementRef: '1.1 bij 6', activity: 'Planmonitor' })).toEqual({
      status: 'reference',
      agreementId: ref('1.1 bij 6').id,
      readAs: '1.1 bij 6',
    });
    expect(linkOne({ agreementRef: '1.1 Bij 1 (2)' }).agreementId).toBe(ref('1.1 bij 1 (2)').id);
    expect(linkOne({ agreementRef: '1.1 bij 1 (3) – In Deest Zuid hebben Woonwaarts en de gemeente…' }).agreementId).toBe(ref('1.1 bij 1 (3)').id);
  });

  it('takes the topic for "Bij 4" from a topic column or from the theme row above', () => {
    expect(linkOne({ agreementRef: 'Bij 6', topicContext: '1.1 Nieuwbouw' })).toMatchObject({ status: 'reference', agreementId: ref('1.1 bij 6').id });
    expect(linkOne({ agreementRef: 'Bij 3', section: 'Thema 3 Kwaliteit & Duurzaamheid van de woningen' })).toMatchObject({
      status: 'reference',
      agreementId: ref('3 bij 3').id,
    });
    // By title, when the column holds no number.
    expect(linkOne({ agreementRef: 'Bij 5', topicContext: 'Woonlasten' })).toMatchObject({ status: 'reference', agreementId: ref('2.2 bij 5').id });
  });

  it('links an ambiguous reference to the first row, with the others as alternatives and a warning naming the cell', () => {
    const link = linkOne({ agreementRef: '1.1 bij 1', activity: 'Overleg over de bouwplanning' });
    expect(link.status).toBe('reference');
    expect(refOf(link.agreementId)).toBe('1.1 bij 1 (1)');
    expect(link.alternatives?.map((a) => refOf(a.agreementId)).sort()).toEqual(['1.1 bij 1 (2)', '1.1 bij 1 (3)']);
    expect(link.problem).toMatchObject({
      severity: 'warning',
      code: 'ambiguous-reference',
      sheet: 'Activiteiten',
      row: 7,
      column: 'B',
      message:
        'test.xlsx, blad "Activiteiten", rij 7, kolom B: "1.1 bij 1" past bij 3 afspraken (1.1 bij 1 (1), 1.1 bij 1 (2), 1.1 bij 1 (3)); gekozen is 1.1 bij 1 (1). Controleer de koppeling.',
    });
  });

  it('picks among an ambiguous reference\'s rows by text when one clearly fits', () => {
    const link = linkOne({ agreementRef: '1.1 bij 1', activity: 'Circa 25% sociale huur in Deest Zuid vastleggen met de gemeente' });
    expect(refOf(link.agreementId)).toBe('1.1 bij 1 (3)');
    expect(link.problem?.message).toContain('gekozen is 1.1 bij 1 (3) (de tekst lijkt er het meest op)');
  });

  it('proposes within a topic named without an inzet number, and within a guessed reading', () => {
    const topic = linkOne({ agreementRef: 'afspraak 1.3', activity: 'Woningsplitsing en optoppen mogelijk maken in bestaande voorraad' });
    expect(topic).toMatchObject({ status: 'proposed', readAs: '1.3' });
    expect(refOf(topic.agreementId)).toBe('1.3 bij 2 (2)');

    const guessed = linkOne({ agreementRef: '3.5', activity: 'Warmtevisie uitwerken met de corporaties' });
    expect(guessed).toMatchObject({ status: 'proposed', readAs: '3 bij 5' });
    expect(refOf(guessed.agreementId)).toBe('3 bij 5 (2)');
    expect(guessed.problem?.code).toBe('reference-guessed');
  });

  it('proposes by text, with a warning, when "Bij 4" names no topic and the sheet gives none', () => {
    const link = linkOne({ agreementRef: 'Bij 4', activity: 'Volkshuisvestelijk vereveningsfonds onderzoeken' });
    expect(link.status).toBe('proposed');
    expect(refOf(link.agreementId)).toBe('1.1 bij 4 (2)');
    expect(link.problem?.code).toBe('reference-without-topic');
  });

  it('falls back to the text, with a warning, when the reference names no afspraak', () => {
    const link = linkOne({
      agreementRef: '1.1 bij 9',
      activity: 'Een overlegtafel Leefbaarheid inrichten met vertegenwoordigers van corporaties, gemeente en huurdersorganisaties',
    });
    expect(link.status).toBe('proposed');
    expect(refOf(link.agreementId)).toBe('5.2 bij 1 (2)');
    expect(link.problem).toMatchObject({ code: 'unknown-reference', column: 'B', message: expect.stringContaining('"1.1 bij 9" is gelezen als 1.1 bij 9, maar zo\'n afspraak bestaat niet') });
  });

  it('recognises a pasted afspraak text, exact or nearly', () => {
    expect(linkOne({ agreementRef: CV_KETEL_TEXT })).toMatchObject({ status: 'reference', agreementId: ref('3 bij 1 (4)').id, score: 1 });
    const near = linkOne({
      agreementRef: 'Gemeente deelt elk jaar informatie uit de planmonitor met de betrokken partners',
      activity: 'Planmonitor bijwerken',
    });
    expect(near).toMatchObject({ status: 'reference', agreementId: ref('1.1 bij 6').id });
  });

  it('proposes by text with a score and alternatives; keeps an activity without a good match as none', () => {
    const proposed = linkOne({ activity: 'Pluspakketten aanbieden aan huurders om het wooncomfort te verbeteren' });
    expect(proposed.status).toBe('proposed');
    expect(refOf(proposed.agreementId)).toBe('3 bij 7');
    expect(proposed.score).toBeGreaterThan(0.5);
    expect(proposed.score).toBeLessThanOrEqual(1);

    expect(linkOne({ activity: 'Kerstborrel voor de vrijwilligers' })).toEqual({ status: 'none', agreementId: null });
    expect(linkOne({ activity: '' })).toEqual({ status: 'none', agreementId: null });
  });

  it('says when our key names no afspraak, and links by what else the row says', () => {
    const link = linkOne({ key: 'A999', agreementRef: '1.1 bij 6' });
    expect(link).toMatchObject({ status: 'reference', agreementId: ref('1.1 bij 6').id });
    expect(link.problem?.code).toBe('unknown-key');
  });
});

describe('linking the partners\' spreadsheets', () => {
  async function linked(make: () => Promise<Buffer>, fileName: string): Promise<[string, ActivityLink['status'], string | null][]> {
    const read = await readActivityWorkbook(await make(), fileName);
    const links = linkActivities(read.activities, agreements, { fileName });
    expect(links).toHaveLength(read.activities.length);
    return read.activities.map((a, i) => [a.activity.slice(0, 31), links[i]?.status ?? 'none', refOf(links[i]?.agreementId)]);
  }

  it('Woonwaarts: "Bij N" with the Thema column or theme row, ambiguous ones narrowed by text', async () => {
    expect(await linked(woonwaartsWorkbook, WOONWAARTS_FILE)).toEqual([
      ['Oplevering van 36 sociale huurw', 'reference', '1.1 bij 1 (3)'],
      ['In het vervolg van Deest Zuid c', 'reference', '1.1 bij 1 (3)'],
      ['Een hofje met 12 geclusterde wo', 'reference', '1.2 bij 2'],
      ['Zonnepanelen aanbieden aan huur', 'reference', '3 bij 1 (3)'],
      ['Verduurzamen van 120 woningen m', 'reference', '3 bij 3'],
      ['Verhuiscoach voortzetten voor s', 'reference', '4.1 bij 3 (1)'],
    ]);
  });

  it('Gemeente: "1.1-4", "3 bij 5" and the like', async () => {
    expect(await linked(gemeenteWorkbook, GEMEENTE_FILE)).toEqual([
      ['Corporaties vroegtijdig betrekk', 'reference', '1.1 bij 4 (1)'],
      ['De planmonitor woningbouw actua', 'reference', '1.1 bij 6'],
      ['Uitwerking van de warmtevisie p', 'reference', '3 bij 5 (2)'],
      ["Overlegtafel 'Leefbaarheid' vie", 'reference', '5.2 bij 1 (2)'],
      ['Energiecoaches en het energielo', 'reference', '2.2 bij 5'],
    ]);
  });

  it('HBD: no references, so proposals by text; what fits nothing stays unlinked but kept', async () => {
    expect(await linked(hbdWorkbook, HBD_FILE)).toEqual([
      ['Meedoen aan de jaarlijkse wijks', 'none', null],
      ['Informatieavond voor huurders o', 'proposed', '2.2 bij 3'],
      ['Meedenken over de aanpak van wo', 'proposed', '5.3 bij 1 (2)'],
      ['Nieuwsbrief voor de leden', 'none', null],
    ]);
    const read = await readActivityWorkbook(await hbdWorkbook(), HBD_FILE);
    const [first] = linkActivities(read.activities, agreements);
    // Too weak to propose, but offered as a hint.
    expect(first?.alternatives?.map((a) => refOf(a.agreementId))).toContain('5.1 bij 2 (1)');
  });

  it('De Kernen: pasted afspraak texts are references; a row without one is proposed', async () => {
    expect(await linked(deKernenWorkbook, DE_KERNEN_FILE)).toEqual([
      ['In 2027 vervangen we 40 cv-kete', 'reference', '3 bij 1 (4)'],
      ['Start bouw van 27 sociale huurw', 'reference', '1.1 bij 1 (2)'],
      ['Pluspakketten aanbieden aan huu', 'proposed', '3 bij 7'],
    ]);
  });
});

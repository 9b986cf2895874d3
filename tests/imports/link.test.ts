// Linking activities to afspraken, against the real Druten afspraken as the
// service hands them out: keys, references in every way partners write them,
// pasted afspraak texts, and proposals by text similarity.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineReference, linkActivities, parseReference, type LinkableAgreement, type LinkOptions } from '../../src/imports/link';
import { examplePrecedents, loadLinkExamples } from '../../src/imports/link-examples';
import { DEFAULT_SET_CODE } from '../../src/service';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import type { ActivityLink, ReadActivity } from '../../src/imports/types';
import type { AgreementRow } from '../../src/domain/agreements';
import type { AgreementSetData } from '../../src/domain/dataset';
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
import { partnerSheet } from '../helpers/workbook';
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

/** A shipped example as the linker weighs it: a partner's activity placed under an afspraak, or under none. */
function asExample(activity: string, agreementId: number | null, partyId: string) {
  return { activity, agreementId, partyId, planningYear: 0, byHand: false, example: true };
}

function activity(fields: Partial<ReadActivity>): ReadActivity {
  return { sheet: 'Activiteiten', rowNumber: 7, activity: '', extra: {}, fieldColumns: { agreementRef: 'B', activity: 'C' }, ...fields };
}

function linkOne(fields: Partial<ReadActivity>, options: LinkOptions = {}): ActivityLink {
  const [link] = linkActivities([activity(fields)], agreements, { fileName: 'test.xlsx', partyName: (id) => NAMES[id] ?? id, ...options });
  if (!link) throw new Error('geen koppeling');
  return link;
}

const NAMES: Record<string, string> = { gemeente: 'Gemeente', woonwaarts: 'Woonwaarts', 'de-kernen': 'De Kernen', hbd: 'HBD', bewonersraad: 'Bewonersraad De Kernen' };

/** The candidates as the secretary reads them: reference and reasons. */
function candidates(link: ActivityLink): [string | null, string][] {
  return link.candidates.map((c) => [refOf(c.agreementId), c.reasons.join(' · ')]);
}

function codes(link: ActivityLink): string[] {
  return (link.problems ?? []).map((p) => p.code);
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
    ['H4.1', { topic: '4.1' }],
    ['H 5', { topic: '5' }],
    ['Hfst. 3 bij 7', { topic: '3', commitment: 7 }],
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
    expect(linkOne({ key: `A${a.id}`, agreementRef: 'iets anders', activity: 'Geen huurverhoging' })).toEqual({
      status: 'key',
      agreementId: a.id,
      candidates: [{ agreementId: a.id, score: 1, reasons: ['uit de uitvraag-werkmap'] }],
    });
  });

  it('takes a reference to one row as the link, and says so', () => {
    const link = linkOne({ agreementRef: '1.1 bij 6', activity: 'Planmonitor' });
    expect(link).toMatchObject({ status: 'reference', agreementId: ref('1.1 bij 6').id, readAs: '1.1 bij 6' });
    expect(candidates(link)).toEqual([['1.1 bij 6', 'verwijzing 1.1 bij 6 in het bestand · tekst lijkt 66%']]);
    expect(linkOne({ agreementRef: '1.1 Bij 1 (2)' }).agreementId).toBe(ref('1.1 bij 1 (2)').id);
    expect(linkOne({ agreementRef: '1.1 bij 1 (3) – In Deest Zuid hebben Woonwaarts en de gemeente…' }).agreementId).toBe(ref('1.1 bij 1 (3)').id);
  });

  it('reads a reference written in brackets inside the activity text when the row has no reference cell', () => {
    expect(inlineReference('Planmonitor delen met de partners (PA 1.1 bij 6)')).toBe('1.1 bij 6');
    expect(inlineReference('Overzicht slaagkansen toelichten [PA 2.1]')).toBe('2.1');
    expect(inlineReference('Zonnepanelen aanbieden (zie 3)')).toBe('3');
    expect(inlineReference('Bouw van 24 woningen (fase 2) in Deest (30 woningen)')).toBeNull();
    const link = linkOne({ activity: 'Planmonitor delen met de partners (PA 1.1 bij 6)', fieldColumns: { activity: 'C' } });
    expect(link).toMatchObject({ status: 'reference', agreementId: ref('1.1 bij 6').id, readAs: '1.1 bij 6' });
    // The reference cell, when filled, is what counts.
    expect(linkOne({ agreementRef: '1.1 bij 5', activity: 'Planmonitor delen (PA 1.1 bij 6)' }).agreementId).toBe(ref('1.1 bij 5').id);
  });

  it('takes a group row above the activities that names an afspraak as their reference, and reads English reference words', () => {
    const link = linkOne({ activity: 'Planmonitor delen', section: 'PA 1.1 bij 6 — Planmonitor', fieldColumns: { activity: 'C' } });
    expect(link).toMatchObject({ status: 'reference', agreementId: ref('1.1 bij 6').id });
    // A group row naming only a theme is the rows' scope, not their reference.
    expect(linkOne({ activity: 'Wijkschouw in Deest', section: 'PA 5 — Leefbaarheid' }).candidates.every((c) => refOf(c.agreementId)?.startsWith('5.'))).toBe(true);
    expect(parseReference('section 4.1')).toEqual({ topic: '4.1' });
    expect(parseReference('Theme 3')).toEqual({ topic: '3' });
  });

  it('takes the topic for "Bij 4" from a topic column or from the theme row above', () => {
    expect(linkOne({ agreementRef: 'Bij 6', topicContext: '1.1 Nieuwbouw' })).toMatchObject({ status: 'reference', agreementId: ref('1.1 bij 6').id });
    expect(linkOne({ agreementRef: 'Bij 3', section: 'Thema 3 Kwaliteit & Duurzaamheid van de woningen' })).toMatchObject({
      status: 'reference',
      agreementId: ref('3 bij 3').id,
    });
    // By title, when the column holds no number; and a paragraaf written "5.2".
    expect(linkOne({ agreementRef: 'Bij 5', topicContext: 'Woonlasten' })).toMatchObject({ status: 'reference', agreementId: ref('2.2 bij 5').id });
    expect(linkOne({ agreementRef: 'bij 3', topicContext: '5.2' }).candidates.map((c) => refOf(c.agreementId)).sort()).toEqual(['5.2 bij 3 (1)', '5.2 bij 3 (2)']);
    expect(linkOne({ agreementRef: 'Bij 7', topicContext: 'par. 3' })).toMatchObject({ status: 'reference', agreementId: ref('3 bij 7').id });
    expect(linkOne({ agreementRef: 'Bij 6', topicContext: '§ 1.1' })).toMatchObject({ status: 'reference', agreementId: ref('1.1 bij 6').id });
  });

  it("reads the row's own subject beside its action as a person does: the work is about what the subject names", () => {
    const link = linkOne(
      { activity: 'verkooplijst Deest (6 won.) actualiseren', topicContext: 'Deest Zuid fase 2: start 22 soc. huur + verkoop Deest gelijk op' },
      { partyId: 'woonwaarts' },
    );
    expect(refOf(link.candidates[0]?.agreementId)).toBe('1.1 bij 1 (3)');
    expect(link.status).not.toBe('none');
  });

  it('reads "idem in Deest" and "zie vorige regel" with the row above they are spelled out with, and a bare "idem" with the work beside it', async () => {
    const read = async (header: string[], rows: string[][]): Promise<{ texts: string[]; links: ActivityLink[] }> => {
      const fileName = 'HBD plannen 2028.xlsx';
      const r = await readActivityWorkbook(await partnerSheet(header, rows), fileName, { planningYear: 2028 });
      const links = linkActivities(r.activities, agreements, { fileName, partyId: 'hbd', partyName: (id) => NAMES[id] ?? id });
      return { texts: r.activities.map((a) => a.activity), links };
    };
    const above = 'Wijkschouw Druten-Zuid organiseren: bewoners uitnodigen, route lopen met Woonwaarts en gemeente';
    for (const text of ['idem in Deest, maar dan in september. Zelfde opzet.', 'zie vorige regel, nu in Deest']) {
      const { texts, links } = await read(['Activiteit', 'Wie'], [[above, 'Truus'], [text, 'Truus']]);
      expect(texts[1]).toContain(`“${above}”`);
      expect(refOf(links[1]?.candidates[0]?.agreementId)).toBe('5.1 bij 2 (1)');
    }
    // "idem" beside what was done the year before is that again, not the row above.
    const beside = await read(
      ['Activiteit 2028', 'Wat deden we in 2027', 'Opmerking'],
      [
        [above, 'Wijkschouw Deest', ''],
        ['idem', 'Ledenvergadering (april) en nieuwsbrief HBD Nieuws', 'ALV 12 april'],
      ],
    );
    expect(beside.texts[1]).toBe('idem: “Ledenvergadering (april) en nieuwsbrief HBD Nieuws”');
    expect(refOf(beside.links[1]?.candidates[0]?.agreementId)).not.toBe('5.1 bij 2 (1)');
    // Last year's is not the row above: "idem als vorig jaar: …" is read alone.
    const lastYear = await read(['Activiteit', 'Wie'], [[above, 'Truus'], ['idem als vorig jaar: nieuwsbrief voor de leden', 'Ans']]);
    expect(lastYear.texts[1]).toBe('idem als vorig jaar: nieuwsbrief voor de leden');
    expect(refOf(lastYear.links[1]?.candidates[0]?.agreementId)).not.toBe('5.1 bij 2 (1)');
  });

  it('reads a step on the row right under its activity ("fase 1 – voorbereiding: …", "- uitvoering: …") with that activity', () => {
    const steps = (rowNumbers: [number, number, number]): ActivityLink[] =>
      linkActivities(
        [
          activity({ rowNumber: rowNumbers[0], activity: 'Wijkschouw Druten-Zuid (Rozenstraat e.o.) – initiatief HBD' }),
          activity({ rowNumber: rowNumbers[1], activity: '- voorbereiding: route uitzetten, buurtvereniging en wijkagent uitnodigen' }),
          activity({ rowNumber: rowNumbers[2], activity: '- uitvoering: schouw lopen met bewoners' }),
        ],
        agreements,
        { fileName: 'HBD jaarplanning Druten 2028.xlsx', partyId: 'hbd', partyName: (id) => NAMES[id] ?? id },
      );
    expect(steps([5, 6, 7]).map((l) => refOf(l.candidates[0]?.agreementId))).toEqual(['5.1 bij 2 (1)', '5.1 bij 2 (1)', '5.1 bij 2 (1)']);
    // A step that does not follow its activity is read alone: a row between may be another's heading.
    expect(refOf(steps([5, 7, 8])[2]?.candidates[0]?.agreementId)).not.toBe('5.1 bij 2 (1)');
  });

  it('proposes nothing for a row under "Overig" that only the party makes look like an afspraak', () => {
    const activity = 'Nieuw zaaksysteem team Wonen: alle PA-acties en toezeggingen daarin bijhouden';
    const under = (topicContext: string): ActivityLink => linkOne({ activity, topicContext }, { partyId: 'gemeente' });
    expect(under('Overig').status).toBe('none');
    expect(under('6. Overige activiteiten').status).toBe('none');
    // Under "Overig" a text that is an afspraak's is still proposed.
    expect(refOf(linkOne({ activity: 'Wijkschouw Deest organiseren met bewoners, Woonwaarts en de gemeente', topicContext: 'Overig' }, { partyId: 'hbd' }).agreementId)).toBe('5.1 bij 2 (1)');
  });

  it('reads a heading of time above the rows ("4e kwartaal", "1e helft", "2 maart") as no theme', () => {
    const activity = 'Leefbaarheid Horssen: lijst knelpunten per buurt maken met De Kernen en gemeente (jaarlijks)';
    for (const topicContext of ['4e kwartaal', '1e helft 2028', '2 maart']) {
      const reasons = linkOne({ activity, topicContext }, { partyId: 'bewonersraad' }).candidates.flatMap((c) => c.reasons);
      expect(reasons.filter((r) => r.startsWith('zelfde thema') || r.startsWith('zelfde onderwerp'))).toEqual([]);
    }
    // A theme's number before its title is one.
    expect(linkOne({ activity, topicContext: '5 Leefbaarheid' }, { partyId: 'bewonersraad' }).candidates[0]?.reasons).toContain('zelfde thema 5');
  });

  it('never picks silently among the rows a reference names: without other evidence the secretary chooses', () => {
    const link = linkOne({ agreementRef: '1.1 bij 1', activity: 'Overleg over de bouwplanning' });
    expect(link).toMatchObject({ status: 'choice', agreementId: null, readAs: '1.1 bij 1' });
    expect(link.candidates.map((c) => refOf(c.agreementId)).sort()).toEqual(['1.1 bij 1 (1)', '1.1 bij 1 (2)', '1.1 bij 1 (3)']);
    expect(link.candidates[0]?.reasons[0]).toBe('verwijzing 1.1 bij 1 past bij 3 afspraken');
  });

  it("settles a reference to several rows when the row's party is in exactly one of them", () => {
    const link = linkOne({ agreementRef: '1.1 bij 1', activity: 'Bouw 27 sociale huurwoningen Horssen' }, { partyId: 'de-kernen' });
    expect(link).toMatchObject({ status: 'evidence', agreementId: ref('1.1 bij 1 (2)').id });
    expect(link.candidates[0]?.reasons).toEqual(['verwijzing 1.1 bij 1 past bij 3 afspraken', 'De Kernen is trekker', 'tekst lijkt 51%']);
    // The party of the row's own trekker column counts, before the file's party.
    expect(
      linkOne({ agreementRef: '1.1 bij 1', lead: 'De Kern en', activity: 'Bouw 27 sociale huurwoningen Horssen' }, {
        partyId: 'gemeente',
        resolveLead: (written) => (/kern/i.test(written) ? ['de-kernen'] : []),
      }),
    ).toMatchObject({ status: 'evidence', agreementId: ref('1.1 bij 1 (2)').id });
  });

  it('proposes, not links, what a reference ties to an afspraak that by its planning does not run in the planning year', () => {
    // 4.1 bij 3 (2), the regeling for seniors, was agreed for 2025; HBD is betrokkene.
    const row = { agreementRef: '4.1 bij 3', activity: 'Info-avond senioren over verhuizen naar De Boomgaard' };
    expect(linkOne(row, { partyId: 'hbd', planningYear: 2025 })).toMatchObject({ status: 'evidence', agreementId: ref('4.1 bij 3 (2)').id });
    const later = linkOne(row, { partyId: 'hbd', planningYear: 2027 });
    expect(later).toMatchObject({ status: 'proposed', agreementId: ref('4.1 bij 3 (2)').id });
    expect(candidates(later)[0]?.[1]).toMatch(/ · loopt volgens de afspraak alleen in 2025, niet in 2027$/);
    expect(later.problems?.map((p) => p.message)).toEqual([
      'test.xlsx, blad "Activiteiten", rij 7, kolom B: "4.1 bij 3" verwijst naar 4.1 bij 3 (2), maar die afspraak loopt volgens haar planning alleen in 2025, niet in 2027; ' +
        'de koppeling is een voorstel: bevestig of kies een andere afspraak.',
    ]);
    // An afspraak running in the year is followed as written.
    expect(linkOne({ agreementRef: '4.1 bij 4 (2)', activity: 'Info-avond senioren' }, { partyId: 'hbd', planningYear: 2027 })).toMatchObject({ status: 'reference' });
  });

  it('proposes, not links, when only the text tells the rows of a reference apart', () => {
    const link = linkOne({ agreementRef: '1.1 bij 1', activity: 'Circa 25% sociale huur in Deest Zuid vastleggen met de gemeente' }, { partyId: 'woonwaarts' });
    expect(link.status).toBe('proposed');
    expect(refOf(link.agreementId)).toBe('1.1 bij 1 (3)');
    expect(candidates(link)[0]).toEqual(['1.1 bij 1 (3)', expect.stringMatching(/^verwijzing 1\.1 bij 1 past bij 3 afspraken · Woonwaarts is trekker · tekst lijkt \d+%$/)]);
  });

  it('asks when the reference and the topic column of the same row disagree', () => {
    const link = linkOne({ agreementRef: '5.3 bij 1', topicContext: '5.2 Leefbaarheid in de wijk', activity: "Overlegtafel 'Leefbaarheid' viermaal per jaar" });
    expect(link.status).toBe('choice');
    expect(codes(link)).toEqual(['reference-conflict']);
    expect(link.candidates.map((c) => refOf(c.agreementId))).toContain('5.2 bij 1 (2)');
  });

  it('asks on one distinctive word when the afspraak the reference names shares no word with the activity', () => {
    // 3 bij 4 is De Kernen's support to tenants; the labels E, F, G are 3 bij 3.
    const link = linkOne(
      { agreementRef: '3 bij 4', activity: 'Dak- en vloerisolatie en HR++-glas voor de 6 woningen aan de Leigraaf die nog label E hebben' },
      { partyId: 'de-kernen' },
    );
    expect(link).toMatchObject({ status: 'choice', agreementId: null });
    expect(link.candidates.map((c) => refOf(c.agreementId)).slice(0, 2)).toEqual(['3 bij 3', '3 bij 4']);
    expect(codes(link)).toEqual(['reference-doubted']);
    // Words that only look alike elsewhere ("opstellen" ~ "opstal", "nieuwbouw" in "nieuwbouwproject") leave the reference standing:
    // a few words often share none with a long afspraak, and rightly.
    const kept = linkOne({ agreementRef: '1.1 bij 1 (1)', activity: 'Beeldkwaliteitsplan opstellen voor de nieuwbouw van Woonwaarts' }, { partyId: 'gemeente' });
    expect(kept).toMatchObject({ status: 'reference', agreementId: ref('1.1 bij 1 (1)').id });
    // A full sentence that shares not a word with the one afspraak named, nor with its inzet: proposed, to confirm.
    const unlike = linkOne(
      { agreementRef: 'PA 4.3/1', activity: 'Wmo-woningaanpassingen (traplift, douchestoel, drempelhulpen) bij huurders en eigenaren' },
      { partyId: 'gemeente' },
    );
    expect(unlike).toMatchObject({ status: 'proposed', agreementId: ref('4.3 bij 1').id });
    expect(codes(unlike)).toEqual(['reference-unlike']);
    expect(unlike.problems?.[0]?.message).toBe(
      'test.xlsx, blad "Activiteiten", rij 7, kolom B: "PA 4.3/1" verwijst naar 4.3 bij 1, maar de activiteit deelt geen woord met die afspraak; controleer de koppeling.',
    );
  });

  it('asks when the text fits another afspraak far better than the one the reference names', () => {
    const link = linkOne({
      agreementRef: '1.1 bij 6',
      activity: 'Een overlegtafel Leefbaarheid inrichten met vertegenwoordigers van corporaties, gemeente en huurdersorganisaties',
    });
    expect(link).toMatchObject({ status: 'choice', agreementId: null });
    expect(link.candidates.map((c) => refOf(c.agreementId))).toEqual(['5.2 bij 1 (2)', '1.1 bij 6']);
    expect(link.problems?.[0]?.message).toBe(
      'test.xlsx, blad "Activiteiten", rij 7, kolom B: "1.1 bij 6" verwijst naar 1.1 bij 6, maar de tekst lijkt meer op 5.2 bij 1 (2); kies de afspraak.',
    );
  });

  it('proposes within a topic named without an inzet number, and within a guessed reading', () => {
    const topic = linkOne({ agreementRef: 'afspraak 1.3', activity: 'Woningsplitsing en optoppen mogelijk maken in bestaande voorraad' });
    expect(topic).toMatchObject({ status: 'proposed', readAs: '1.3' });
    expect(refOf(topic.agreementId)).toBe('1.3 bij 2 (2)');

    const guessed = linkOne({ agreementRef: '3.5', activity: 'Warmtevisie uitwerken met de corporaties' });
    expect(guessed).toMatchObject({ status: 'proposed', readAs: '3 bij 5' });
    expect(refOf(guessed.agreementId)).toBe('3 bij 5 (2)');
    expect(codes(guessed)).toEqual(['reference-guessed']);
  });

  it('proposes by text, with a warning, when "Bij 4" names no topic and the sheet gives none', () => {
    const link = linkOne({ agreementRef: 'Bij 4', activity: 'Volkshuisvestelijk vereveningsfonds onderzoeken' });
    expect(link.status).toBe('proposed');
    expect(refOf(link.agreementId)).toBe('1.1 bij 4 (2)');
    expect(codes(link)).toEqual(['reference-without-topic']);
  });

  it('looks further, with a warning, when the reference names no afspraak', () => {
    const link = linkOne({
      agreementRef: '1.1 bij 9',
      activity: 'Een overlegtafel Leefbaarheid inrichten met vertegenwoordigers van corporaties, gemeente en huurdersorganisaties',
    });
    expect(link.status).toBe('proposed');
    expect(refOf(link.agreementId)).toBe('5.2 bij 1 (2)');
    expect(link.problems?.[0]).toMatchObject({ code: 'unknown-reference', column: 'B', message: expect.stringContaining('"1.1 bij 9" is gelezen als 1.1 bij 9, maar zo\'n afspraak bestaat niet') });
  });

  it('reads the remark beside an activity written as a title as what explains it', () => {
    const remark = 'Bij 4 van de 5 nieuwe verhuringen de kale huur niet boven de hoge aftoppingsgrens; elk kwartaal rapporteren';
    expect(linkOne({ activity: 'Mutatiehuur' }, { partyId: 'woonwaarts' }).status).toBe('none');
    const explained = linkOne({ activity: 'Mutatiehuur', notes: remark }, { partyId: 'woonwaarts' });
    expect(refOf(explained.agreementId ?? explained.candidates[0]?.agreementId)).toBe('2.1 bij 1 (3)');
    // A full sentence says what it is about itself: its remark does not change the link.
    const sentence = 'Na-isolatie van 72 eengezinswoningen in Deest naar De Standaard, zodat er geen label E, F of G overblijft';
    expect(linkOne({ activity: sentence, notes: remark }, { partyId: 'woonwaarts' })).toEqual(linkOne({ activity: sentence }, { partyId: 'woonwaarts' }));
  });

  it('reads the decision an action carries out, in a list of decisions, as what explains a short action', () => {
    const decision = 'Ook in 2028 bij elke cv-vervanging een hybride warmtepomp (ca. 30 stuks)';
    const alone = linkOne({ activity: 'Raamcontract installateur verlengen' }, { partyId: 'de-kernen' });
    expect(alone.status).toBe('none');
    const explained = linkOne({ activity: 'Raamcontract installateur verlengen', extra: { Besluit: decision } }, { partyId: 'de-kernen' });
    expect(refOf(explained.agreementId ?? explained.candidates[0]?.agreementId)).toBe('3 bij 1 (4)');
    // Another column of the same words is no decision: it changes nothing.
    expect(linkOne({ activity: 'Raamcontract installateur verlengen', extra: { Vergadering: decision } }, { partyId: 'de-kernen' })).toEqual(alone);
  });

  it("proposes, not states, the one afspraak a reference names when it gives the row's party no part", () => {
    // 2.2 bij 3 is Woonwaarts' rent afspraak (HBD betrokken); De Kernen has none on its rent.
    const text = 'Huurbeleid 2027: de huurindexatie en onze streefhuren bespreken met de Bewonersraad';
    const theirs = linkOne({ activity: text, agreementRef: '2.2 bij 3' }, { partyId: 'de-kernen' });
    expect(theirs).toMatchObject({ status: 'proposed', agreementId: ref('2.2 bij 3').id });
    expect(theirs.problems?.[0]?.message).toContain('"2.2 bij 3" verwijst naar 2.2 bij 3, maar De Kernen staat daar niet bij; controleer de koppeling.');
    // Woonwaarts' own reference to it is the file's link.
    expect(linkOne({ activity: text, agreementRef: '2.2 bij 3' }, { partyId: 'woonwaarts' })).toMatchObject({ status: 'reference', agreementId: ref('2.2 bij 3').id });
  });

  it('recognises a pasted afspraak text, exact or nearly', () => {
    expect(linkOne({ agreementRef: CV_KETEL_TEXT })).toMatchObject({ status: 'reference', agreementId: ref('3 bij 1 (4)').id, score: 1 });
    const near = linkOne({
      agreementRef: 'Gemeente deelt elk jaar informatie uit de planmonitor met de betrokken partners',
      activity: 'Planmonitor bijwerken',
    });
    expect(near).toMatchObject({ status: 'reference', agreementId: ref('1.1 bij 6').id });
  });

  it('asks rather than follows the afspraak text an activity stands beside when it shares no word with it but a distinctive one with another', () => {
    // A list of the afspraken answered row by row: Woonwaarts' zonnepanelen written beside the brandveiligheid row.
    const link = linkOne(
      {
        agreementRef: 'Bij 1. Corporaties doen onderzoek naar de brandveiligheid van hun complexen op basis van de meest recente voorschriften van de brandweer.',
        activity: 'Zonnepanelen aanbieden aan 150 huurders in Afferden en Deest',
      },
      { partyId: 'woonwaarts' },
    );
    expect(link.status).toBe('choice');
    expect(candidates(link).map(([r]) => r)).toEqual(['3 bij 1 (2)', '3 bij 1 (3)']);
    expect(link.problems?.[0]?.message).toContain('de activiteit staat bij de afspraaktekst van 3 bij 1 (2), maar deelt er geen woord mee, wel met 3 bij 1 (3); kies de afspraak.');
    // Beside its own afspraak it is the file's link.
    const own = linkOne(
      { agreementRef: 'Bij 1. Woonwaarts biedt bewoners zonnepanelen aan, bij onderhoud en vervanging van de keuken bereiden we voor op elektrisch koken, en de collectieve stroom in appartementencomplexen is groen.', activity: 'Zonnepanelen aanbieden aan 150 huurders in Afferden en Deest' },
      { partyId: 'woonwaarts' },
    );
    expect(own).toMatchObject({ status: 'reference', agreementId: ref('3 bij 1 (3)').id });
  });

  it('asks rather than follows the afspraak text an activity stands beside when it shares only the inzet with it, and words with another afspraak under that inzet', () => {
    // The Bewonersraad pasted the row under the one meant: 5.1 bij 1 (2) is the gemeente's list of building
    // projects, 5.1 bij 1 (1) maps the leefbaarheidsproblemen together; both work out 5.1's inzet 1, whose
    // text ("aandacht besteden aan de leefbaarheid van alle kernen") the service hands the linker with each.
    const data = JSON.parse(fs.readFileSync('resources/druten-2025-2028.json', 'utf8')) as AgreementSetData;
    const inzet = new Map(data.themes.flatMap((th) => th.topics.flatMap((t) => t.commitments.map((c) => [`${t.number} ${c.number}`, c.text] as const))));
    const withInzet = agreements.map((a) => ({ ...a, commitmentText: inzet.get(`${a.topicNumber} ${a.commitmentNumber}`) ?? '' }));
    const row = activity({
      agreementRef: 'Gemeente stelt een overzicht op van alle lopende en geplande woningbouwprojecten in de kernen. We gebruiken dit overzicht als input voor het jaarlijkse planmonitoringsgesprek.',
      activity: 'Met gemeente en De Kernen per straat in Horssen opschrijven waar de leefbaarheid knelt (zwerfvuil, hard rijden, eenzaamheid), op basis van wat huurders bij ons melden',
    });
    const [link] = linkActivities([row], withInzet, { fileName: 'test.xlsx', partyId: 'bewonersraad' }) as [ActivityLink];
    expect(link.status).toBe('choice');
    expect(candidates(link).map(([r]) => r)).toEqual(['5.1 bij 1 (1)', '5.1 bij 1 (2)']);
    expect(link.problems?.[0]?.message).toContain(
      'de activiteit staat bij de afspraaktekst van 5.1 bij 1 (2), maar deelt er geen woord mee, wel met 5.1 bij 1 (1) onder dezelfde inzet; kies de afspraak.',
    );
  });

  it("asks rather than follows a pasted afspraak text when the activity's own words fit another afspraak far better", () => {
    // The partner copied the row under the one meant: 4.1 bij 4 (2) approaches seniors, 4.1 bij 4 (1) agrees the allocation.
    const link = linkOne(
      {
        agreementRef: 'Corporaties benaderen, conform de provinciale regeling, senioren als er levensloopbestendige nieuwbouw in de buurt beschikbaar komt.',
        activity: 'Toewijzing hofje Kloosterstraat: met de gemeente vastleggen dat de 12 woningen naar 65-plussers met een zorg- of ontmoetingswens gaan',
      },
      { partyId: 'de-kernen' },
    );
    expect(link.status).toBe('choice');
    expect(candidates(link).map(([r]) => r)).toEqual(['4.1 bij 4 (1)', '4.1 bij 4 (2)']);
    expect(candidates(link)[1]?.[1]).toContain('afspraaktekst in het bestand');
    expect(link.problems?.[0]).toMatchObject({
      code: 'reference-doubted',
      column: 'B',
      message: 'test.xlsx, blad "Activiteiten", rij 7, kolom B: de geplakte afspraaktekst is die van 4.1 bij 4 (2), maar de activiteit lijkt meer op 4.1 bij 4 (1); kies de afspraak.',
    });
  });

  it('proposes by text and party with reasons; keeps an activity without a good match as none', () => {
    const proposed = linkOne({ activity: 'Pluspakketten aanbieden aan huurders om het wooncomfort te verbeteren' }, { partyId: 'de-kernen' });
    expect(proposed.status).toBe('proposed');
    expect(refOf(proposed.agreementId)).toBe('3 bij 7');
    expect(proposed.candidates[0]?.reasons).toEqual(['De Kernen is trekker', expect.stringMatching(/^tekst lijkt \d+%$/)]);

    expect(linkOne({ activity: 'Kerstborrel voor de vrijwilligers' })).toEqual({ status: 'none', agreementId: null, candidates: [] });
    expect(linkOne({ activity: '' })).toEqual({ status: 'none', agreementId: null, candidates: [] });
  });

  it('weighs what the inzet item an afspraak works out is for, beside the afspraak\'s own words', () => {
    // Inzet 1 of 4.1 is the voorrang for 55-plussers leaving a large eengezinswoning; its afspraak only says
    // "voorrangscriteria" per nieuwbouwlocatie. The service hands the linker each afspraak's inzet text.
    const data = JSON.parse(fs.readFileSync('resources/druten-2025-2028.json', 'utf8')) as AgreementSetData;
    const inzet = new Map(data.themes.flatMap((th) => th.topics.flatMap((t) => t.commitments.map((c) => [`${t.number} ${c.number}`, c.text] as const))));
    const withInzet = agreements.map((a) => ({ ...a, commitmentText: inzet.get(`${a.topicNumber} ${a.commitmentNumber}`) ?? '' }));
    const link = (text: string, set: readonly LinkableAgreement[]): ActivityLink | undefined =>
      linkActivities([activity({ activity: text, topicContext: 'Thema 4' })], set, { partyId: 'woonwaarts', partyName: (id) => NAMES[id] ?? id })[0];

    const seniors = 'Seniorenvoorrang bij de nieuwe appartementen Julianastraat: 55-plussers uit een grote eengezinswoning eerst';
    expect(link(seniors, agreements)).toMatchObject({ status: 'proposed', agreementId: ref('4.2 bij 5').id });
    const weighed = link(seniors, withInzet);
    expect(weighed?.status).toBe('choice');
    expect(refOf(weighed?.candidates[0]?.agreementId)).toBe('4.1 bij 1');
    expect(weighed?.candidates[0]?.reasons.at(-1)).toMatch(/^inzet 1 lijkt \d+%$/);

    const rules = 'Voorrangsregels voor de nieuwe appartementen aan de Julianastraat met de gemeente vastleggen: voorrang voor wie een eengezinswoning achterlaat';
    expect(link(rules, agreements)?.status).toBe('choice');
    expect(link(rules, withInzet)).toMatchObject({ status: 'proposed', agreementId: ref('4.1 bij 1').id });
  });

  it("counts a person's choice for the same text in an earlier year as evidence for a proposal, not as a link", () => {
    const wijkschouw = ref('5.1 bij 2 (1)');
    const activity = 'Ronde door de wijk met de bewonerscommissie';
    const link = linkOne({ activity }, { partyId: 'hbd', precedents: [{ activity, agreementId: wijkschouw.id, partyId: 'hbd', planningYear: 2026, byHand: true }] });
    expect(link).toMatchObject({ status: 'proposed', agreementId: wijkschouw.id });
    expect(link.candidates[0]?.reasons).toContain('in 2026 met de hand zo gekoppeld');
  });

  it('learns from what was settled for a text much like it, of any party: a proposal with the precedent named, never a link', () => {
    const organise = ref('5.1 bij 2 (1)');
    const plans = ref('5.1 bij 2 (2)');
    const activity = 'Wijkschouw Puiflijk: wij nodigen de bewoners uit en lopen de route';
    // Alone, the plans after the schouw share more words with it ("bewoners").
    expect(refOf(linkOne({ activity }, { partyId: 'hbd' }).candidates[0]?.agreementId)).not.toBe('5.1 bij 2 (1)');
    const precedents = [
      { activity: 'Wijkschouw Horssen-Oost: route lopen met bewoners en de gemeente', agreementId: organise.id, partyId: 'bewonersraad', planningYear: 2027, byHand: true },
      { activity: 'Na de schouw het uitvoeringsplan voor Deest-Noord opstellen', agreementId: plans.id, partyId: 'gemeente', planningYear: 2027, byHand: true },
      { activity: 'Huurverhoging 2027 bespreken met de bewonersraad', agreementId: null, partyId: 'de-kernen', planningYear: 2027, byHand: true },
    ];
    const link = linkOne({ activity }, { partyId: 'hbd', precedents });
    expect(link).toMatchObject({ status: 'proposed', agreementId: organise.id });
    expect(link.candidates[0]?.reasons.some((r) => /^lijkt \d+% op "Wijkschouw Horssen-Oost: route lopen met bewone…" \(Bewonersraad De Kernen, 2027\), met de hand zo gekoppeld$/.test(r))).toBe(true);
    // A person's "geen afspraak" for a text much like it: none again, with the nearest afspraken as hints.
    const none = linkOne({ activity: 'Huurverhoging 2028 bespreken met de bewonersraad' }, { partyId: 'de-kernen', precedents });
    expect(none).toMatchObject({ status: 'none', agreementId: null });
    // Unlike texts learn nothing: the same answer as without precedents.
    const other = 'Energiecoaches op huisbezoek bij huurders met een hoge energierekening';
    expect(linkOne({ activity: other }, { partyId: 'hbd', precedents })).toEqual(linkOne({ activity: other }, { partyId: 'hbd' }));
  });

  it("weighs the set's example activities as precedents: a proposal that names the example, never a link", () => {
    const organise = ref('5.1 bij 2 (1)');
    const activity = 'Wijkschouw Puiflijk: wij nodigen de bewoners uit en lopen de route';
    const example = { activity: 'Wijkschouw Horssen-Oost: route lopen met bewoners en de gemeente', agreementId: organise.id, partyId: 'bewonersraad', planningYear: 0, byHand: false, example: true };
    const link = linkOne({ activity }, { partyId: 'hbd', examples: [example] });
    expect(link).toMatchObject({ status: 'proposed', agreementId: organise.id });
    expect(link.candidates[0]?.reasons.some((r) => /^lijkt \d+% op het voorbeeld "Wijkschouw Horssen-Oost: route lopen met bewone…" \(Bewonersraad De Kernen\)$/.test(r))).toBe(true);
    // The party's own example of the very same text.
    const same = linkOne({ activity }, { partyId: 'hbd', examples: [{ ...example, activity, partyId: 'hbd' }] });
    expect(same).toMatchObject({ status: 'proposed', agreementId: organise.id });
    expect(same.candidates[0]?.reasons).toContain('zelfde tekst als een voorbeeld bij deze afspraak');
    // The werkgroep's decision for the very same text goes before an example of it.
    const plans = ref('5.1 bij 2 (2)');
    const decided = linkOne(
      { activity },
      { partyId: 'hbd', precedents: [{ activity, agreementId: plans.id, partyId: 'hbd', planningYear: 2027, byHand: true }], examples: [{ ...example, activity, partyId: 'hbd' }] },
    );
    expect(decided).toMatchObject({ status: 'proposed', agreementId: plans.id });
    expect(decided.candidates[0]?.reasons).toContain('in 2027 met de hand zo gekoppeld');
  });

  it('weighs every example the set ships, however many: the last of thousands still names its afspraak', () => {
    const organise = ref('5.1 bij 2 (1)');
    const activity = 'Wijkschouw Puiflijk: wij nodigen de bewoners uit en lopen de route';
    // Thousands of other examples before it, each its own text, as the shipped examples number (over 11,000).
    const others = Array.from({ length: 6000 }, (_, i) => asExample(`Nieuwsbrief nummer ${i} voor de leden van de vereniging`, null, 'hbd'));
    const last = asExample('Wijkschouw Horssen-Oost: route lopen met bewoners en de gemeente', organise.id, 'bewonersraad');
    const link = linkOne({ activity }, { partyId: 'hbd', examples: [...others, last] });
    expect(link).toMatchObject({ status: 'proposed', agreementId: organise.id });
    expect(link.candidates[0]?.reasons.some((r) => r.startsWith('lijkt ') && r.includes('op het voorbeeld "Wijkschouw Horssen-Oost'))).toBe(true);
  });

  it('weighs the examples as a whole: the afspraak, or none, whose examples use the words of an activity no single example is much like', () => {
    const fire = ref('3 bij 1 (2)');
    const examples = [
      asExample('Met Woonwaarts langs de flats: hangen er rookmelders, zijn de vluchtroutes vrij?', fire.id, 'hbd'),
      asExample('Flats Hogeweg: brandwerende deuren plaatsen en de vluchtroutes vrijmaken', fire.id, 'woonwaarts'),
      asExample('Rookmelders in alle complexen controleren en waar nodig vervangen', fire.id, 'de-kernen'),
      asExample('Cursus dementie herkennen voor de huismeesters', null, 'de-kernen'),
      asExample('Training klantvriendelijk werken voor woonconsulenten', null, 'de-kernen'),
      asExample('Teamdag voor huismeesters en woonconsulenten', null, 'de-kernen'),
      asExample('Nieuw klantportaal: huurders melden reparaties online', null, 'woonwaarts'),
    ];
    const PROFILE = 'lijkt het meest op de voorbeelden bij deze afspraak';
    const PROFILE_NONE = 'lijkt het meest op de voorbeelden zonder afspraak';
    // Plain words that no afspraak's text holds, nor one example much: the examples of the fire safety of the flats do.
    const plain = { activity: 'Samen controleren of je veilig uit je flat komt' };
    expect(linkOne(plain, { partyId: 'hbd' })).toMatchObject({ status: 'none', candidates: [] });
    const proposed = linkOne(plain, { partyId: 'hbd', examples });
    expect(proposed).toMatchObject({ status: 'proposed', agreementId: fire.id });
    expect(proposed.candidates[0]?.reasons).toEqual(['HBD is betrokken', PROFILE]);
    // A corporation's own training, a choice by its words alone, is like the examples of no afspraak.
    const training = { activity: "Training 'omgaan met verward gedrag' voor huismeesters en woonconsulenten" };
    expect(linkOne(training, { partyId: 'de-kernen' })).toMatchObject({ status: 'choice' });
    const none = linkOne(training, { partyId: 'de-kernen', examples });
    expect(none).toMatchObject({ status: 'none', agreementId: null });
    expect(none.candidates.length).toBeGreaterThan(0);
    expect(none.candidates.every((c) => c.reasons.includes(PROFILE_NONE))).toBe(true);
    // One example of none much like it says so itself, on every hint.
    const portal = linkOne({ activity: 'Het nieuwe klantportaal, zodat huurders reparaties online melden' }, { partyId: 'woonwaarts', examples });
    expect(portal).toMatchObject({ status: 'none', agreementId: null });
    expect(portal.candidates.every((c) => c.reasons.some((r) => /^lijkt \d+% op het voorbeeld "Nieuw klantportaal: huurders melden reparaties…", zonder afspraak$/.test(r)))).toBe(true);
  });

  it("asks where a partner's reference names an afspraak far less like the activity, by the examples, than another", () => {
    const pays = ref('1.2 bij 4');
    const room = ref('4.3 bij 1');
    const examples = [
      asExample('Met de gemeente afspreken wie de inrichting van de ontmoetingsruimte in het nieuwe hofje betaalt', pays.id, 'woonwaarts'),
      asExample('Kosten van inrichting en beheer van de gemeenschappelijke ruimte verdelen met de gemeente', pays.id, 'de-kernen'),
      asExample('Afspraken over exploitatie en inrichting van de huiskamer en oplaadpunten voor scootmobielen', pays.id, 'gemeente'),
      asExample('Vastleggen wie de exploitatie van de buurtkamer in het nieuwe complex betaalt', pays.id, 'woonwaarts'),
      asExample('Per nieuw complex bekijken of een ontmoetingsruimte in het gebouw nodig is', room.id, 'gemeente'),
      asExample('Toets: heeft het complex aan de Molenweg een eigen ontmoetingsruimte nodig?', room.id, 'woonwaarts'),
      // Examples of other afspraken, as the set has many: the words they share say little.
      ...[
        'Met Woonwaarts langs de flats: hangen er rookmelders, zijn de vluchtroutes vrij?',
        'Rookmelders in alle complexen controleren en waar nodig vervangen',
        'Energiecoaches aan huis bij huurders met een hoge energierekening',
        'De energiecoach van de gemeente uitnodigen op de huurdersavond',
        'Zonnepanelen aanbieden bij onderhoud van de daken',
        'Wijkschouw in Deest organiseren met de gemeente en de huurders',
      ].map((text) => asExample(text, ref('3 bij 1 (2)').id, 'hbd')),
    ];
    const activity = 'Lindeboom: met gem. vastleggen wie inrichting en exploitatie van de ontmoetingsruimte betaalt';
    expect(linkOne({ activity, agreementRef: '4.3 bij 1' }, { partyId: 'woonwaarts' })).toMatchObject({ status: 'reference', agreementId: room.id });
    const asked = linkOne({ activity, agreementRef: '4.3 bij 1' }, { partyId: 'woonwaarts', examples });
    expect(asked).toMatchObject({ status: 'choice', agreementId: null });
    expect(asked.candidates.map((c) => refOf(c.agreementId))).toEqual(['1.2 bij 4', '4.3 bij 1']);
    expect(asked.problems?.map((p) => p.message)).toEqual(['test.xlsx, blad "Activiteiten", rij 7, kolom B: "4.3 bij 1" verwijst naar 4.3 bij 1, maar de activiteit lijkt veel meer op de voorbeelden bij 1.2 bij 4; kies de afspraak.']);
    // A reference the examples agree with stays the file's link.
    expect(linkOne({ activity, agreementRef: '1.2 bij 4' }, { partyId: 'woonwaarts', examples })).toMatchObject({ status: 'reference', agreementId: pays.id });
    // So does one the werkgroep confirmed before for a text like it.
    const decided = [{ activity, agreementId: room.id, partyId: 'woonwaarts', planningYear: 2027, byHand: true }];
    expect(linkOne({ activity, agreementRef: '4.3 bij 1' }, { partyId: 'woonwaarts', examples, precedents: decided })).toMatchObject({ status: 'reference', agreementId: room.id });
  });

  it('asks where the activity\'s own words and the examples both prefer another afspraak than the one the file names', () => {
    const campaign = ref('2.2 bij 5');
    const project = ref('3 bij 5 (1)');
    const examples = [
      asExample('Gedragscampagne over zuinig stoken in de krant en op de gemeentepagina', campaign.id, 'gemeente'),
      asExample('Campagne "Bespaar thuis": tips om energie en kosten te besparen', campaign.id, 'gemeente'),
      asExample('Energiecoaches voortzetten; huurders kunnen een coach aanvragen', campaign.id, 'woonwaarts'),
      asExample('Klusteams en energieboxen voor huishoudens die moeilijk mee kunnen doen', project.id, 'gemeente'),
      asExample('Project "Iedereen doet mee" in Deest: energiehulp aan huis voor mensen met een kleine beurs', project.id, 'gemeente'),
      asExample('Energiecoaches inzetten bij inwoners die moeilijk mee kunnen doen in de energietransitie', project.id, 'gemeente'),
    ];
    // The row is written beside the pasted text of 3 bij 5 (1), but what it plans is a campaign for all inwoners.
    const row = { activity: 'Campagne in de winter: inwoners aanzetten tot zuinig stoken en kosten besparen, met posters en berichten op social media', agreementRef: project.text };
    expect(linkOne(row, { partyId: 'gemeente' })).toMatchObject({ status: 'reference', agreementId: project.id });
    const asked = linkOne(row, { partyId: 'gemeente', examples });
    expect(asked).toMatchObject({ status: 'choice', agreementId: null });
    // What the file says comes first: the examples are not far enough apart to put their afspraak first.
    expect(asked.candidates.map((c) => refOf(c.agreementId))).toEqual(['3 bij 5 (1)', '2.2 bij 5']);
    expect(asked.problems?.map((p) => p.message)).toEqual([
      'test.xlsx, blad "Activiteiten", rij 7, kolom B: de geplakte afspraaktekst is die van 3 bij 5 (1), maar de woorden van de activiteit en de voorbeelden passen allebei beter bij 2.2 bij 5; kies de afspraak.',
    ]);
    // A project for those who can hardly join in, beside the same text, stays the file's link.
    const fits = { activity: 'Klusteams aan huis voor inwoners die moeilijk mee kunnen doen met de energietransitie', agreementRef: project.text };
    expect(linkOne(fits, { partyId: 'gemeente', examples })).toMatchObject({ status: 'reference', agreementId: project.id });
  });

  it('asks where the examples and the words both prefer another afspraak, though the words fit the named one as a proposal would', () => {
    const freeze = ref('2.2 bij 3');
    const labels = ref('3 bij 3');
    const examples = [
      asExample('Isoleren van 40 woningen met label E en F (dak en vloer)', labels.id, 'woonwaarts'),
      asExample('Laatste E-, F- en G-labels wegwerken: na-isolatie en HR++ glas', labels.id, 'de-kernen'),
      asExample('Spouwmuurisolatie in 30 woningen met een slecht label', labels.id, 'woonwaarts'),
      asExample('Geen huurverhoging per 1 juli voor woningen met label D t/m G', freeze.id, 'woonwaarts'),
    ];
    // Written "2.2 bij 3" (the rent freeze for poor labels), but what it plans is taking the poor labels away.
    const row = { activity: 'Na-isolatie van de laatste woningen met energielabel E en F (dak, spouw, vloer)', agreementRef: '2.2 bij 3' };
    expect(linkOne(row, { partyId: 'woonwaarts' })).toMatchObject({ status: 'reference', agreementId: freeze.id });
    const asked = linkOne(row, { partyId: 'woonwaarts', examples });
    expect(asked).toMatchObject({ status: 'choice', agreementId: null });
    // The examples' afspraak comes first: the words the row shares with the one named (the labels) are all in it too.
    expect(asked.candidates.map((c) => refOf(c.agreementId))).toEqual(['3 bij 3', '2.2 bij 3']);
    expect(asked.problems?.map((p) => p.message)).toEqual([
      'test.xlsx, blad "Activiteiten", rij 7, kolom B: "2.2 bij 3" verwijst naar 2.2 bij 3, maar de woorden van de activiteit en de voorbeelden passen allebei beter bij 3 bij 3; kies de afspraak.',
    ]);
    // The rent freeze itself, written so, stays the file's link.
    const own = { activity: 'Ook in 2027 geen huurverhoging voor woningen met energielabel D t/m G', agreementRef: '2.2 bij 3' };
    expect(linkOne(own, { partyId: 'woonwaarts', examples })).toMatchObject({ status: 'reference', agreementId: freeze.id });
  });

  it('asks where the examples and the words prefer a sibling that holds every word the row shares with the afspraak named', () => {
    const locations = ref('1.1 bij 5');
    const carryOut = ref('1.1 bij 7');
    const examples = [
      asExample('Zoeklocaties voor woningbouw na 2030 verkennen en periodiek bespreken met de corporaties', locations.id, 'gemeente'),
      asExample('Beeld vormen van het ontwikkelpotentieel na 2030 in de kleine kernen', locations.id, 'gemeente'),
      asExample('Uitbreidingslocaties voor na 2030 verbinden met de omgevingsvisie', locations.id, 'gemeente'),
      asExample('Na vaststelling van de omgevingsvisie met marktpartijen in gesprek over de uitvoering', carryOut.id, 'gemeente'),
    ];
    // Written "1.1 bij 7" (the talk on carrying out the omgevingsvisie), but what it plans is the locations after 2030
    // of 1.1 bij 5, which holds the omgevingsvisie too: nothing in the row is the named afspraak's own.
    const row = { activity: 'Werkatelier ontwikkelpotentieel na 2030 met corporaties en huurdersorganisaties (omgevingsvisie)', agreementRef: '1.1 bij 7' };
    expect(linkOne(row, { partyId: 'gemeente' })).toMatchObject({ status: 'reference', agreementId: carryOut.id });
    const asked = linkOne(row, { partyId: 'gemeente', examples });
    expect(asked).toMatchObject({ status: 'choice', agreementId: null });
    expect(asked.candidates.map((c) => refOf(c.agreementId))).toEqual(['1.1 bij 5', '1.1 bij 7']);
    expect(asked.problems?.map((p) => p.message)).toEqual([
      'test.xlsx, blad "Activiteiten", rij 7, kolom B: "1.1 bij 7" verwijst naar 1.1 bij 7, maar de woorden van de activiteit en de voorbeelden passen allebei beter bij 1.1 bij 5; kies de afspraak.',
    ]);
    // The talk with marktpartijen, written so, stays the file's link.
    const own = { activity: 'Gesprek met corporaties en marktpartijen over de uitvoering van de vastgestelde omgevingsvisie', agreementRef: '1.1 bij 7' };
    expect(linkOne(own, { partyId: 'gemeente', examples })).toMatchObject({ status: 'reference', agreementId: carryOut.id });
  });

  it('asks where one of the shipped examples stands under another afspraak that holds every word the row shares with the one named', () => {
    // The row as labelled set 146 wrote it ("3 bij 3", the labels), linked with the examples of every other set: one of
    // them, "Huuraanpassing 1 juli 2028: 0% voor woningen met label D of slechter", is the rent freeze of 2.2 bij 3.
    const examples = examplePrecedents(loadLinkExamples(DEFAULT_SET_CODE), agreements, { without: ['hundredfortysixth'] });
    const row = { activity: 'Huuraanpassing 1-7-2028: 0% voor label D', agreementRef: '3 bij 3' };
    const asked = linkOne(row, { partyId: 'woonwaarts', examples });
    expect(asked).toMatchObject({ status: 'choice', agreementId: null });
    // The afspraak the examples prefer comes first: the words the row shares with 3 bij 3 (label D) are in it too.
    expect(asked.candidates.map((c) => refOf(c.agreementId))).toEqual(['2.2 bij 3', '3 bij 3']);
    expect(asked.problems?.map((p) => p.message)).toEqual([
      'test.xlsx, blad "Activiteiten", rij 7, kolom B: "3 bij 3" verwijst naar 3 bij 3, maar de woorden van de activiteit en de voorbeelden passen allebei beter bij 2.2 bij 3; kies de afspraak.',
    ]);
    // A text the werkgroep linked so before keeps the file's link.
    const decided = [{ activity: row.activity, agreementId: ref('3 bij 3').id, partyId: 'woonwaarts', planningYear: 2027, byHand: true }];
    expect(linkOne(row, { partyId: 'woonwaarts', examples, precedents: decided })).toMatchObject({ status: 'reference', agreementId: ref('3 bij 3').id });
  });

  it('asks where one example, nearly word for word the same, stands under another afspraak than the one the file names', () => {
    const locations = ref('1.1 bij 5');
    const carryOut = ref('1.1 bij 7');
    // Most examples like the row are the talk on carrying out the omgevingsvisie; one, nearly the row word for word, is
    // the locations after 2030.
    const examples = [
      asExample('Verkenning uitbreidingslocaties voor na 2030 bespreken met de corporaties', locations.id, 'gemeente'),
      ...[
        'Verkenning met corporaties en marktpartijen: uitvoering van de omgevingsvisie bespreken',
        'Omgevingsvisie vastgesteld: uitvoering bespreken met corporaties en ontwikkelaars',
        'Bespreken met de corporaties hoe de omgevingsvisie wordt uitgevoerd',
        'Verkenning uitvoering omgevingsvisie met marktpartijen',
      ].map((text) => asExample(text, carryOut.id, 'gemeente')),
    ];
    const row = { activity: 'Verkenning uitbreidingslocaties na 2030, bespreken met corporaties (omgevingsvisie)', agreementRef: '1.1 bij 7' };
    expect(linkOne(row, { partyId: 'gemeente' })).toMatchObject({ status: 'reference', agreementId: carryOut.id });
    const asked = linkOne(row, { partyId: 'gemeente', examples });
    expect(asked).toMatchObject({ status: 'choice', agreementId: null });
    // What the file says comes first; the afspraak the example stands under is asked beside it.
    expect(asked.candidates.map((c) => refOf(c.agreementId))).toEqual(['1.1 bij 7', '1.1 bij 5']);
    expect(asked.problems?.map((p) => p.message)).toEqual([
      'test.xlsx, blad "Activiteiten", rij 7, kolom B: "1.1 bij 7" verwijst naar 1.1 bij 7, maar de activiteit lijkt bijna woordelijk op een voorbeeld bij 1.1 bij 5; kies de afspraak.',
    ]);
  });

  it('follows a reference that the examples and the words place at a sibling of the same topic: the row may hold both', () => {
    const start = ref('1.1 bij 1 (1)');
    const deestZuid = ref('1.1 bij 1 (3)');
    const examples = [
      asExample('Oplevering 36 sociale huurwoningen Deest Zuid fase 1', deestZuid.id, 'woonwaarts'),
      asExample('Deest Zuid fase 2: start bouw 32 sociale huurwoningen', deestZuid.id, 'woonwaarts'),
      asExample('Verkoop van 8 huurwoningen in Deest, gelijk met de bouw in Deest Zuid', deestZuid.id, 'woonwaarts'),
      asExample('Start bouw 28 sociale huurappartementen aan de Julianastraat', start.id, 'woonwaarts'),
    ];
    const row = { activity: 'Oplevering 36 sociale huurwoningen Deest Zuid (fase 1) en start bouw 24 sociale huurwoningen Hogestraat', agreementRef: '1.1 bij 1 (1)' };
    expect(linkOne(row, { partyId: 'woonwaarts', examples })).toMatchObject({ status: 'reference', agreementId: start.id });
  });

  it('reads a partner\'s own name for a topic or theme by the words of our titles, typing errors forgiven', () => {
    const topicsOf = (link: ActivityLink): string[] => [...new Set(link.candidates.map((c) => agreements.find((a) => a.id === c.agreementId)?.topicNumber ?? '?'))];
    // "Doorstroming" is 4.1 "Stimuleren van doorstroming": the candidates stay inside it.
    const doorstroming = linkOne({ activity: 'Verhuiscoach voor senioren die kleiner willen wonen', topicContext: 'Doorstroming' }, { partyId: 'woonwaarts' });
    expect(topicsOf(doorstroming)).toEqual(['4.1']);
    expect(doorstroming.candidates[0]?.reasons[0]).toBe('zelfde onderwerp 4.1');
    // "Duurzaamhied" is theme 3, "Leefbaarheit" theme 5 (three titles say it, all in that theme).
    expect(linkOne({ activity: 'Hybride warmtepomp bij vervanging van de cv-ketel', topicContext: 'Duurzaamhied' }, { partyId: 'de-kernen' }).candidates[0]?.reasons[0]).toBe(
      'zelfde thema 3',
    );
    expect(linkOne({ activity: 'Tuinbon voor huurders die tegels eruit halen', topicContext: 'Leefbaarheit' }, { partyId: 'de-kernen' }).candidates[0]?.reasons[0]).toBe(
      'zelfde thema 5',
    );
    // "Wonen en zorg" is no title of ours: no scope, so no "zelfde onderwerp".
    const zorg = linkOne({ activity: 'Hofje met 16 geclusterde seniorenwoningen en een ontmoetingsruimte', topicContext: 'Wonen en zorg' }, { partyId: 'woonwaarts' });
    expect(zorg.candidates.flatMap((c) => c.reasons).some((r) => r.startsWith('zelfde'))).toBe(false);
    // A section that names subjects of two themes ("doorstroming" is 4.1's, "leefbaarheid" theme 5's) narrows to neither.
    const mixed = linkOne({ activity: 'Verhuiscoach voor senioren die kleiner willen wonen', section: 'D  Wonen, doorstroming en leefbaarheid' }, { partyId: 'woonwaarts' });
    expect(topicsOf(mixed)[0]).toBe('4.1');
    expect(mixed.candidates.flatMap((c) => c.reasons).some((r) => r.startsWith('zelfde'))).toBe(false);
    // A partner's own department that names one of our subjects among others is no scope; a heading that
    // opens with our title, then quotes the agreement, is.
    const department = linkOne({ activity: 'Label-sprong Afferden: 48 eengezinswoningen van D naar B', section: 'VASTGOED – nieuwbouw en bestaand bezit' }, { partyId: 'woonwaarts' });
    expect(department.candidates.flatMap((c) => c.reasons).some((r) => r.startsWith('zelfde'))).toBe(false);
    const quoted = linkOne({ activity: 'Oplevering Ganzenwei: 42 sociale huurappartementen', section: 'Nieuwbouw – "Woonwaarts zet in op de bouw van ca. 240 sociale huurwoningen t/m 2030"' }, { partyId: 'woonwaarts' });
    expect(quoted.candidates[0]?.reasons[0]).toBe('zelfde onderwerp 1.1');
  });

  it('weighs the role cell: a party that only thinks along fits the afspraak where it is betrokkene, not where it is trekker', () => {
    const text = 'Wijkschouw Altforst met bewonerscommissie';
    const leads = linkOne({ activity: text, agreementRef: '5.1 bij 2', role: 'trekker' }, { partyId: 'hbd' });
    const thinksAlong = linkOne({ activity: text, agreementRef: '5.1 bij 2', role: 'meedenken' }, { partyId: 'hbd' });
    const first = (link: ActivityLink) => refOf(link.agreementId ?? link.candidates[0]?.agreementId);
    expect(first(leads)).toBe('5.1 bij 2 (1)'); // huurdersorganisaties are trekker of the wijkschouw
    expect(leads.candidates[0]?.reasons).toContain('rol "trekker" past bij trekker');
    expect(first(thinksAlong)).toBe('5.1 bij 2 (2)'); // they take part in the plan the gemeente leads
    expect(thinksAlong.candidates[0]?.reasons).toContain('rol "meedenken" past bij betrokkene');
  });

  it('counts a party the afspraak\'s text names, where its columns do not', () => {
    // 5.2 bij 1 (2): trekker Gemeente, betrokken Corporaties; the text: "verzamelen de huurdersorganisaties info van huurders".
    const link = linkOne({ activity: 'Signalen van huurders inbrengen aan de overlegtafel Leefbaarheid', topicContext: '5.2' }, { partyId: 'hbd' });
    const overlegtafel = link.candidates.find((c) => refOf(c.agreementId) === '5.2 bij 1 (2)');
    expect(overlegtafel?.reasons).toContain('HBD wordt in de tekst genoemd');
  });

  it('says when our key names no afspraak, and links by what else the row says', () => {
    const link = linkOne({ key: 'A999', agreementRef: '1.1 bij 6' });
    expect(link).toMatchObject({ status: 'reference', agreementId: ref('1.1 bij 6').id });
    expect(codes(link)).toEqual(['unknown-key']);
  });
});

describe("the gemeente's own name", () => {
  it('says nothing of which afspraak: "(Druten)" in an activity does not lead to the one afspraak that names the gemeente', () => {
    const fields = { activity: 'Kattenburg fase 2 (Druten): 36 sociale huurappartementen opleveren', agreementRef: '1.1' };
    const named = linkOne(fields, { partyId: 'woonwaarts', municipality: 'Druten' });
    expect(refOf(named.agreementId ?? named.candidates[0]?.agreementId ?? null)).toBe('1.1 bij 1 (1)');
    // Weighed as a word, the name pulls it to the vereveningsfonds "in de gemeente Druten".
    const weighed = linkOne(fields, { partyId: 'woonwaarts' });
    expect(refOf(weighed.agreementId ?? weighed.candidates[0]?.agreementId ?? null)).toBe('1.1 bij 4 (2)');
  });
});

describe('linking the partners\' spreadsheets', () => {
  async function linked(make: () => Promise<Buffer>, fileName: string, partyId: string): Promise<[string, ActivityLink['status'], string | null][]> {
    const read = await readActivityWorkbook(await make(), fileName);
    // As the import links them: the tenant organisations speak for their corporation's tenants.
    const representedBy = (id: string) => ({ hbd: ['woonwaarts'], bewonersraad: ['de-kernen'] })[id] ?? [];
    const links = linkActivities(read.activities, agreements, { fileName, partyId, representedBy });
    expect(links).toHaveLength(read.activities.length);
    return read.activities.map((a, i) => [a.activity.slice(0, 31), links[i]?.status ?? 'none', refOf(links[i]?.agreementId ?? links[i]?.candidates[0]?.agreementId)]);
  }

  it('Woonwaarts: "Bij N" with the Thema column or theme row; where the party leaves several rows the text proposes', async () => {
    expect(await linked(woonwaartsWorkbook, WOONWAARTS_FILE, 'woonwaarts')).toEqual([
      ['Oplevering van 36 sociale huurw', 'proposed', '1.1 bij 1 (3)'],
      ['In het vervolg van Deest Zuid c', 'proposed', '1.1 bij 1 (3)'],
      ['Een hofje met 12 geclusterde wo', 'reference', '1.2 bij 2'],
      ['Zonnepanelen aanbieden aan huur', 'proposed', '3 bij 1 (3)'],
      ['Verduurzamen van 120 woningen m', 'reference', '3 bij 3'],
      ['Verhuiscoach voortzetten voor s', 'proposed', '4.1 bij 3 (1)'],
    ]);
  });

  it('Gemeente: "1.1-4", "3 bij 5" and the like', async () => {
    expect(await linked(gemeenteWorkbook, GEMEENTE_FILE, 'gemeente')).toEqual([
      ['Corporaties vroegtijdig betrekk', 'proposed', '1.1 bij 4 (1)'],
      ['De planmonitor woningbouw actua', 'reference', '1.1 bij 6'],
      ['Uitwerking van de warmtevisie p', 'proposed', '3 bij 5 (2)'],
      ["Overlegtafel 'Leefbaarheid' vie", 'proposed', '5.2 bij 1 (2)'],
      ['Energiecoaches en het energielo', 'reference', '2.2 bij 5'],
    ]);
  });

  it('HBD: no references, so proposals by text and party; what fits nothing stays unlinked but kept', async () => {
    expect(await linked(hbdWorkbook, HBD_FILE, 'hbd')).toEqual([
      ['Meedoen aan de jaarlijkse wijks', 'proposed', '5.1 bij 2 (1)'],
      ['Informatieavond voor huurders o', 'proposed', '2.2 bij 3'],
      ['Meedenken over de aanpak van wo', 'proposed', '5.3 bij 1 (2)'],
      ['Nieuwsbrief voor de leden', 'none', null],
    ]);
  });

  it('De Kernen: pasted afspraak texts are references; a row without one is proposed', async () => {
    expect(await linked(deKernenWorkbook, DE_KERNEN_FILE, 'de-kernen')).toEqual([
      ['In 2027 vervangen we 40 cv-kete', 'reference', '3 bij 1 (4)'],
      ['Start bouw van 27 sociale huurw', 'reference', '1.1 bij 1 (2)'],
      ['Pluspakketten aanbieden aan huu', 'proposed', '3 bij 7'],
    ]);
  });
});

describe('evidence for "geen afspraak" and for the tenant organisations', () => {
  const data = (): AgreementSetData => JSON.parse(fs.readFileSync('resources/druten-2025-2028.json', 'utf8')) as AgreementSetData;
  const commitments = () => data().themes.flatMap((th) => th.topics.flatMap((t) => t.commitments.map((c) => ({ topicNumber: t.number, number: c.number, text: c.text }))));
  const withInzet = () => {
    const inzet = new Map(commitments().map((c) => [`${c.topicNumber} ${c.number}`, c.text] as const));
    return agreements.map((a) => ({ ...a, commitmentText: inzet.get(`${a.topicNumber} ${a.commitmentNumber}`) ?? '' }));
  };
  const link = (fields: Partial<ReadActivity>, options: LinkOptions): ActivityLink => {
    const [made] = linkActivities([activity(fields)], withInzet(), { partyName: (id) => NAMES[id] ?? id, ...options });
    if (!made) throw new Error('geen koppeling');
    return made;
  };

  it("does not propose an afspraak the row's party has no part in on its words alone, but offers it as a hint", () => {
    // 2.2 bij 3 is Woonwaarts' rent freeze for labels D-G (HBD betrokken); De Kernen's yearly huurverhoging is no part of it.
    const text = 'Advies op de huurverhoging 2028 van De Kernen';
    const bewonersraad = link({ activity: text }, { partyId: 'bewonersraad' });
    expect(bewonersraad.status).toBe('none');
    expect(bewonersraad.agreementId).toBeNull();
    const hint = bewonersraad.candidates.find((c) => refOf(c.agreementId) === '2.2 bij 3');
    expect(hint?.reasons).toContain('Bewonersraad De Kernen staat er niet bij');
    // HBD is betrokken at 2.2 bij 3: the same words remain a proposal for HBD's advice on the freeze.
    const hbd = link({ activity: 'Advies aan Woonwaarts: geen huurverhoging voor woningen met label D t/m G' }, { partyId: 'hbd' });
    expect(hbd.status).toBe('proposed');
    expect(refOf(hbd.agreementId)).toBe('2.2 bij 3');
    // An example of the party's own under the afspraak still carries it there.
    const own = link({ activity: text }, { partyId: 'bewonersraad', examples: [asExample(text, ref('2.2 bij 3').id, 'bewonersraad')] });
    expect(refOf(own.agreementId)).toBe('2.2 bij 3');
  });

  it('answers "geen afspraak" for an activity that serves an inzet item no afspraak works out', () => {
    // 4.1 inzet 2 (Woonwaarts gives tenants of the Nijmegen corporations priority in the middle segment) has no
    // Doelstellingen row; the afspraken of 4.1 are about voorrang for seniors and the verhuiscoach.
    const text = 'Vrijkomende middenhuurwoningen in Druten eerst aanbieden aan huurders van een sociale huurwoning bij de Nijmeegse corporaties';
    const without = link({ activity: text, topicContext: '4.1' }, { partyId: 'woonwaarts' });
    expect(without.agreementId).not.toBeNull();
    const none = link({ activity: text, topicContext: '4.1' }, { partyId: 'woonwaarts', commitments: commitments() });
    expect(none).toMatchObject({ status: 'none', agreementId: null });
    expect(none.candidates[0]?.reasons.at(-1)).toMatch(/^de tekst lijkt meer \(\d+%\) op inzet 2 van 4\.1, waaronder geen afspraak staat$/);
    // An activity that fits an afspraak as well keeps it: the inzet items only speak where no afspraak does.
    const coach = link({ activity: 'Verhuiscoach van Woonwaarts: 20 trajecten met ouderen die kleiner willen wonen', topicContext: '4.1' }, { partyId: 'woonwaarts', commitments: commitments() });
    expect(coach.status).not.toBe('none');
  });

  it('does not state as fact the afspraak a party picks from a reference when the words fit an inzet item without afspraak', () => {
    // "1.1 bij 1" copied down the column: of its three afspraken De Kernen leads one, but building in wood and
    // circularly is theme 3 inzet 8, which no afspraak works out.
    const text = 'Horssen-Noord in houtbouw (HSB/CLT) uitwerken; circulair bouwen als uitgangspunt in het PvE';
    expect(link({ activity: text, agreementRef: '1.1 bij 1' }, { partyId: 'de-kernen' })).toMatchObject({ status: 'evidence', agreementId: ref('1.1 bij 1 (2)').id });
    const doubted = link({ activity: text, agreementRef: '1.1 bij 1' }, { partyId: 'de-kernen', commitments: commitments() });
    expect(doubted).toMatchObject({ status: 'none', agreementId: null });
    expect(refOf(doubted.candidates[0]?.agreementId)).toBe('1.1 bij 1 (2)');
    expect(doubted.problems?.[0]?.message).toMatch(/"1\.1 bij 1" past bij 3 afspraken en de partij kiest 1\.1 bij 1 \(2\), maar de tekst lijkt meer \(\d+%\) op inzet 8 van 3, waaronder geen afspraak staat; kies de afspraak of geen afspraak\.$/);
    // Where the words fit the pick, the party settles it.
    const horssen = link({ activity: 'Horssen-Noord: haalbaarheid van ca. 14 sociale huurwoningen na de Kloosterstraat', agreementRef: '1.1 bij 1' }, { partyId: 'de-kernen', commitments: commitments() });
    expect(horssen).toMatchObject({ status: 'evidence', agreementId: ref('1.1 bij 1 (2)').id });
  });

  it('does not state as fact the one afspraak a reference names when the words fit an inzet item without afspraak', () => {
    // The halfyearly check of the statushouders' taakstelling is 4.2 inzet 4, which no afspraak works out;
    // 4.2 bij 5 is the begeleiding of kwetsbare doelgroepen, statushouders among them.
    const text = 'Overleg met Woonwaarts en De Kernen: halfjaarlijkse check taakstelling statushouders en zo nodig bijsturen';
    expect(link({ activity: text, agreementRef: '4.2 bij 5' }, { partyId: 'gemeente' })).toMatchObject({ status: 'reference', agreementId: ref('4.2 bij 5').id });
    const doubted = link({ activity: text, agreementRef: '4.2 bij 5' }, { partyId: 'gemeente', commitments: commitments() });
    expect(doubted).toMatchObject({ status: 'none', agreementId: null });
    expect(refOf(doubted.candidates[0]?.agreementId)).toBe('4.2 bij 5');
    expect(doubted.problems?.[0]?.message).toMatch(/"4\.2 bij 5" verwijst naar 4\.2 bij 5, maar de tekst lijkt meer \(\d+%\) op inzet 4 van 4\.2, waaronder geen afspraak staat; kies de afspraak of geen afspraak\.$/);
    // Where the words fit the afspraak, the reference settles it.
    const begeleiding = link({ activity: 'Bijeenkomst met zorginstellingen over de begeleiding van kwetsbare nieuwe huurders in de wijk', agreementRef: '4.2 bij 5' }, { partyId: 'gemeente', commitments: commitments() });
    expect(begeleiding).toMatchObject({ status: 'reference', agreementId: ref('4.2 bij 5').id });
  });

  it('does not state as fact a reference sharing no word with the activity, where a word of it names an inzet item without afspraak of that topic', () => {
    // A title under a reference to a neighbour: an Ons Thuis initiative or a woonzorgcluster is 1.2 inzet 3 (no afspraak),
    // not the clustered homes of 1.2 bij 2; the vrije toewijzingsruimte is 4.2 inzet 6 (no afspraak), not the begeleiding
    // of 4.2 bij 5. "Thuis" is one word, also of 4.2 inzet 3 ("Een thuis voor iedereen"): the topic named settles which.
    for (const [text, reference, inzet] of [
      ['Ons Thuis Puiflijk', '1.2 bij 2', 'inzet 3 van 1\\.2'],
      ['Woonzorgcluster Afferden', '1.2 bij 2', 'inzet 3 van 1\\.2'],
      ['Vrije toewijzingsruimte 15%', '4.2 bij 5', 'inzet 6 van 4\\.2'],
    ] as const) {
      expect(link({ activity: text, agreementRef: reference }, { partyId: 'de-kernen' })).toMatchObject({ status: 'reference', agreementId: ref(reference).id });
      const doubted = link({ activity: text, agreementRef: reference }, { partyId: 'de-kernen', commitments: commitments() });
      expect(doubted).toMatchObject({ status: 'none', agreementId: null });
      expect(refOf(doubted.candidates[0]?.agreementId)).toBe(reference);
      expect(doubted.problems?.[0]?.message).toMatch(new RegExp(`maar de tekst lijkt meer \\(\\d+%\\) op ${inzet}, waaronder geen afspraak staat; kies de afspraak of geen afspraak\\.$`));
    }
    // A title that shares a word with the afspraak it names keeps it; so does one whose words name no inzet item.
    expect(link({ activity: 'Hofjeswoningen Deest', agreementRef: '1.2 bij 2' }, { partyId: 'de-kernen', commitments: commitments() })).toMatchObject({
      status: 'reference',
      agreementId: ref('1.2 bij 2').id,
    });
    expect(link({ activity: 'Project Kerkepad', agreementRef: '1.2 bij 2' }, { partyId: 'de-kernen', commitments: commitments() })).toMatchObject({
      status: 'reference',
      agreementId: ref('1.2 bij 2').id,
    });
  });

  it('answers "geen afspraak" for work of the yearly cycle of the cooperation, naming its step; work of a theme keeps its afspraak', () => {
    const set = data();
    const cycle = set.cycle.map((step, i) => ({ topicNumber: set.cycleSection, number: i + 1, text: [step.title, ...step.agreements].join(' '), cycleStep: `${step.code}. ${step.title}` }));
    const withCycle = [...commitments(), ...cycle];
    const text = 'Het bestuurlijk overleg voorbereiden in de werkgroep: monitoringsinformatie verzamelen en de accenten voor het planningsjaar';
    const none = link({ activity: text }, { partyId: 'gemeente', commitments: withCycle });
    expect(none).toMatchObject({ status: 'none', agreementId: null });
    expect(none.candidates[0]?.reasons.at(-1)).toMatch(/^de tekst lijkt meer \(\d+%\) op de jaarlijkse samenwerking \(6\.2: 1\. Monitoring, terugblikken en vooruitkijken\), werk zonder afspraak van een thema$/);
    expect(link({ activity: text }, { partyId: 'gemeente', commitments: commitments() }).status).not.toBe('none');
    const report = link({ activity: 'Resultaten van het afgelopen uitvoeringsjaar vóór 1 maart aanleveren bij de werkgroep (verantwoording)' }, { partyId: 'woonwaarts', commitments: withCycle });
    expect(report.candidates[0]?.reasons.at(-1)).toContain('4. Verslaglegging en verantwoording');
    const monitor = link({ activity: 'Planmonitor met alle woningbouwplannen bijwerken en delen in het tripartiete overleg' }, { partyId: 'gemeente', commitments: withCycle });
    expect(refOf(monitor.agreementId)).toBe('1.1 bij 6');
  });

  it('counts an inzet item that repeats one with afspraken in other words as worked out', () => {
    // 5.3 inzet 4 repeats 4.2 inzet 5 (afspraken on woonbegeleiding), whose afspraak 4.2 bij 5 works out both.
    const text = 'Met zorgaanbieders en de gemeente afspreken wie de woonbegeleiding van kwetsbare nieuwe huurders doet';
    const made = link({ activity: text }, { partyId: 'gemeente', commitments: commitments() });
    expect(refOf(made.agreementId ?? made.candidates[0]?.agreementId)).toBe('4.2 bij 5');
    expect(made.candidates.flatMap((c) => c.reasons).some((r) => r.includes('waaronder geen afspraak'))).toBe(false);
  });

  it('leaves a topic named without a word in common with its afspraken unlinked, unless the activity names the topic', () => {
    // A topic holds more inzet items than afspraken: the party alone picks none of its afspraken.
    const vrijwilligers = link({ activity: 'Vrijwilligersavond als bedankje voor onze contactpersonen per straat', topicContext: '5.1' }, { partyId: 'hbd' });
    expect(vrijwilligers.status).toBe('none');
    expect(vrijwilligers.candidates.length).toBeGreaterThan(0);
    // Nor does one common word in common ("woningen"): it says nothing of which afspraak.
    expect(link({ activity: 'Nieuwsbrief over onze woningen, twee keer per jaar', topicContext: '5.1' }, { partyId: 'hbd' }).status).toBe('none');
    // "Nieuwbouw …" under 1.1 Nieuwbouw names the topic's own subject: the party may propose.
    const nieuwbouw = link({ activity: 'Nieuwbouw Kloosterhof', topicContext: '1.1 Nieuwbouw' }, { partyId: 'de-kernen' });
    expect(nieuwbouw.status).not.toBe('none');
  });

  it("counts a tenant organisation as no stranger to an afspraak of its own corporation, though it is not named in it", () => {
    // 4.1 bij 3 (1): the gemeente and Woonwaarts continue Woonwaarts' verhuiscoach; HBD speaks for Woonwaarts' tenants.
    const representedBy = (id: string) => ({ hbd: ['woonwaarts'], bewonersraad: ['de-kernen'] })[id] ?? [];
    const text = 'Op ons spreekuur oudere huurders vertellen wat de verhuiscoach voor hen kan doen';
    const hbd = link({ activity: text }, { partyId: 'hbd', representedBy });
    const coach = hbd.candidates.find((c) => refOf(c.agreementId) === '4.1 bij 3 (1)');
    expect(coach?.reasons).toContain('HBD spreekt voor de huurders van Woonwaarts');
    // Without the tie it is a stranger to it, and falls behind.
    const stranger = link({ activity: text }, { partyId: 'hbd' });
    const position = (made: ActivityLink) => made.candidates.findIndex((c) => refOf(c.agreementId) === '4.1 bij 3 (1)');
    expect(stranger.candidates.find((c) => refOf(c.agreementId) === '4.1 bij 3 (1)')?.reasons ?? ['HBD staat er niet bij']).toContain('HBD staat er niet bij');
    expect(position(hbd)).toBeGreaterThanOrEqual(0);
    if (position(stranger) >= 0) expect(position(hbd)).toBeLessThanOrEqual(position(stranger));
    // The Bewonersraad speaks for De Kernen's tenants, not Woonwaarts': a stranger to it.
    const other = link({ activity: text }, { partyId: 'bewonersraad', representedBy });
    const otherCoach = other.candidates.find((c) => refOf(c.agreementId) === '4.1 bij 3 (1)');
    if (otherCoach) expect(otherCoach.reasons).toContain('Bewonersraad De Kernen staat er niet bij');
  });

  it('puts the sibling the party leads before the one it only takes part in, when the text does not clearly tell them apart', () => {
    // Two afspraken under one inzet item: the tenant organisations organise the schouw, the gemeente
    // makes a plan on it. The short one holds every word the activity shares with the long one.
    const huurders = { written: 'Huurdersorganisaties', partyIds: ['hbd', 'bewonersraad'], status: 'group' as const };
    const gemeente = { written: 'Gemeente', partyIds: ['gemeente'], status: 'exact' as const };
    const siblings: LinkableAgreement[] = [
      {
        id: 1, reference: '7.1 bij 1 (1)', topicNumber: '7.1', commitmentNumber: 1, lead: [huurders], involved: [gemeente],
        text: 'Huurdersorganisaties organiseren elk voorjaar per kern een wijkschouw met bewoners, buurtverenigingen en wijkorganisaties, en leggen vast wat zij zien en horen.',
      },
      { id: 2, reference: '7.1 bij 1 (2)', topicNumber: '7.1', commitmentNumber: 1, lead: [gemeente], involved: [huurders], text: 'Na de wijkschouw maken we met de bewoners een plan.' },
      { id: 3, reference: '7.2 bij 1', topicNumber: '7.2', commitmentNumber: 1, lead: [gemeente], involved: [], text: 'De gemeente onderhoudt de speelplekken in alle kernen.' },
    ];
    const first = (made: ActivityLink | undefined) => made?.agreementId ?? made?.candidates[0]?.agreementId;
    const made = linkActivities([activity({ activity: 'Wijkschouw Altforst met de bewoners' })], siblings, { partyId: 'hbd', partyName: (id) => NAMES[id] ?? id })[0];
    expect(first(made)).toBe(1);
    expect(made?.candidates[0]?.reasons).toContain('HBD trekt deze, niet 7.1 bij 1 (2)');
    // The gemeente's own row keeps the plan it leads; a role that says HBD only takes part leaves the order to the role.
    expect(first(linkActivities([activity({ activity: 'Wijkschouw Altforst' })], siblings, { partyId: 'gemeente' })[0])).toBe(2);
    const along = linkActivities([activity({ activity: 'Wijkschouw Altforst', role: 'meedenken' })], siblings, { partyId: 'hbd' })[0];
    expect(along?.candidates.flatMap((c) => c.reasons).some((r) => r.includes('trekt deze'))).toBe(false);
  });
});

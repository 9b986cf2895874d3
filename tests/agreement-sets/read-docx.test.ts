// The strongest test of the agreement-set reader: the Druten agreement written
// as a realistic Word document, read back, equals the embedded data set in
// themes, topics, inzet and afspraken: nothing lost, nothing invented.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AgreementSetData } from '../../src/domain/dataset';
import { readAgreementSetDocx } from '../../src/agreement-sets/read-docx';
import { DRUTEN_LAYOUT, writeAgreementDocx } from '../fixtures/agreement-docx';
import { BEUNINGEN, BEUNINGEN_LAYOUT } from '../fixtures/beuningen-set';
import { writeDocxFromSourceText } from '../fixtures/druten-source-docx';

const druten = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../resources/druten-2025-2028.json'), 'utf8')) as AgreementSetData;

describe('reading the Druten agreement from its Word document', async () => {
  const bytes = await writeAgreementDocx(druten, DRUTEN_LAYOUT);
  const reading = readAgreementSetDocx(bytes, 'Prestatieafspraken Druten 2025-2028.docx');
  const { data } = reading;

  it('reads the title, period, signing and the same themes and topics', () => {
    expect(data.title).toBe(druten.title);
    expect([data.periodStart, data.periodEnd]).toEqual([2025, 2028]);
    expect(data.municipality).toBe('Druten');
    expect(data.code).toBe('druten-2025-2028');
    expect([data.signedOn, data.signedPlace]).toEqual([druten.signedOn, druten.signedPlace]);
    expect(data.themes.map((t) => [t.number, t.title])).toEqual(druten.themes.map((t) => [t.number, t.title]));
    expect(data.themes.map((t) => t.topics.map((tp) => `${tp.number} ${tp.title}`))).toEqual(druten.themes.map((t) => t.topics.map((tp) => `${tp.number} ${tp.title}`)));
  });

  it('reads every topic as it stands: opgave, ambities, inzet, afspraken and footnotes', () => {
    for (const theme of druten.themes) {
      for (const expected of theme.topics) {
        const topic = data.themes.flatMap((t) => t.topics).find((t) => t.number === expected.number);
        expect(topic, expected.number).toEqual(expected);
      }
    }
    const all = data.themes.flatMap((t) => t.topics);
    expect(all.flatMap((t) => t.agreements)).toHaveLength(47);
    expect(all.flatMap((t) => t.commitments)).toHaveLength(59);
    expect(all.flatMap((t) => t.ambitions)).toHaveLength(48);
  });

  it('reads the introduction, the yearly cycle and the glossary', () => {
    expect(data.introduction).toEqual(druten.introduction);
    expect(data.cycle).toEqual(druten.cycle);
    expect(data.glossaryIntro).toEqual(druten.glossaryIntro);
    expect(data.glossary).toEqual(druten.glossary);
  });

  it('proposes the signatories as parties, with their kinds, links and the groups resolved to them', () => {
    expect(data.parties.map((p) => [p.name, p.kind, p.signatory.name])).toEqual(druten.parties.map((p) => [p.name, p.kind, p.signatory.name]));
    // Codes from the names (initials for a long one); the data set chose "bewonersraad" for the last.
    expect(data.parties.map((p) => p.id)).toEqual(['gemeente', 'woonwaarts', 'de-kernen', 'hbd', 'bewonersraad-de-kernen']);
    expect(data.parties.find((p) => p.id === 'hbd')?.aliases).toContain('HBD');
    const id = (name: string) => data.parties.find((p) => p.name === name)?.id;
    expect(data.parties.find((p) => p.name === 'Bewonersraad De Kernen')?.linkedPartyIds).toEqual([id('De Kernen')]);
    expect(data.parties.find((p) => p.name === 'Huurdersbelangen Beuningen Druten')?.linkedPartyIds).toEqual([id('Woonwaarts')]);
    expect(reading.parties.find((p) => p.name === 'Huurdersbelangen Beuningen Druten')?.linkGuessed).toBe(true);
    expect(reading.parties.find((p) => p.name === 'Bewonersraad De Kernen')?.linkGuessed).toBe(false);
    const group = (name: string) => data.groups.find((g) => g.name === name)?.memberIds;
    expect(group('Corporaties')).toEqual([id('Woonwaarts'), id('De Kernen')]);
    expect(group('Huurdersorganisaties')).toEqual([id('Huurdersbelangen Beuningen Druten'), id('Bewonersraad De Kernen')]);
  });

  it('names the real problems of the signed text by place, and no others', () => {
    const codes = reading.problems.map((p) => p.code);
    // Names outside the five parties, and the one afspraak without uitvoering (1.1 bij 7).
    expect(reading.problems.filter((p) => p.code === 'unknown-party').map((p) => p.message.replace(/:.*?onbekende partij /, ': '))).toEqual(
      expect.arrayContaining([expect.stringContaining('"marktpartijen"')]),
    );
    const empty = reading.problems.filter((p) => p.code === 'schedule-empty');
    expect(empty.map((p) => p.place)).toEqual(['1.1 Nieuwbouw, tabel "Doelstellingen", rij 9']);
    expect(codes).not.toContain('no-lead');
    expect(codes).not.toContain('schedule-unreadable');
    expect(codes).not.toContain('topic-without-agreements');
    expect(codes).not.toContain('text-outside-structure');
    for (const p of reading.problems) expect(p.message.startsWith('Prestatieafspraken Druten 2025-2028.docx, ')).toBe(true);
  });

  it('proposes the numeric targets of the text as indicators, each with its sentence', () => {
    const key = (i: { topicNumber: string; target: number; unit: string; direction: string; deadlineYear: number }) => `${i.topicNumber} ${i.direction} ${i.target} ${i.unit} ${i.deadlineYear}`;
    const proposed = new Set(reading.indicators.map(key));
    const expected = druten.indicators.map(key);
    const found = expected.filter((k) => proposed.has(k));
    expect(found).toEqual(expect.arrayContaining(['1.1 at_least 910 homes 2030', '1.1 at_least 180 homes 2028', '1.1 at_least 270 homes 2030', '1.2 at_least 85 homes 2030', '3 zero 0 homes 2028', '4.1 at_most 50 percent 2028']));
    const text = JSON.stringify(data.themes);
    for (const i of reading.indicators) {
      expect(i.proposal).toBe(true);
      expect(text).toContain(i.sourceQuote.replace(/"/g, '\\"'));
    }
    expect(data.indicators).toEqual([]);
  });
});

describe('reading the Druten agreement written from its source text, not from the data set', async () => {
  const sourcePath = path.resolve(__dirname, '../../../shared/bronnen/prestatieafspraken-druten-2025-2028.txt');
  const reading = readAgreementSetDocx(await writeDocxFromSourceText(fs.readFileSync(sourcePath, 'utf8')), 'Prestatieafspraken Druten 2025-2028.docx');

  it('equals the embedded set in everything the document states', () => {
    // The gemeente's kernen are the app's own knowledge, which the document does not state: read, it has none.
    const { parties: _p, groups: _g, externalNames: _e, indicators: _i, places: _pl, ...stated } = druten;
    const { parties: _rp, groups: _rg, externalNames: _re, indicators: _ri, places: readPlaces, ...read } = reading.data;
    expect(read).toEqual(stated);
    expect(readPlaces).toEqual([]);
    expect(reading.data.parties.map((p) => [p.kind, p.signatory])).toEqual(druten.parties.map((p) => [p.kind, p.signatory]));
    // Above its signature the last one is "Bewonersraad de Kernen": it takes De Kernen's own spelling, and keeps this as an alias, as the data set does.
    expect(reading.data.parties.map((p) => [p.name, p.shortName])).toEqual(druten.parties.map((p) => [p.name, p.shortName]));
    expect(reading.data.parties[4]?.aliases).toContain('Bewonersraad de Kernen');
    expect(reading.data.parties[4]?.linkedPartyIds).toEqual([reading.data.parties[2]?.id]);
  });

  it('proposes the set’s 22 indicators from the text, and nothing more', () => {
    const key = (i: { topicNumber: string; target: number; unit: string; direction: string; deadlineYear: number }) => `${i.topicNumber} ${i.direction} ${i.target} ${i.unit} ${i.deadlineYear}`;
    const proposed = new Set(reading.indicators.map(key));
    // "2/3 in de betaalbare segmenten" is read as a share; "(gemiddeld 7 tot 8 woningen per jaar)" as a pace of
    // sales, bounded by its top, although it stands between parentheses.
    expect(druten.indicators.map(key).filter((k) => !proposed.has(k))).toEqual([]);
    expect(reading.indicators.find((i) => i.target === 8)).toMatchObject({ unit: 'homes', direction: 'at_most', deadlineYear: 2030, partyIds: ['woonwaarts'], sourceQuote: 'Een deel hiervan zal als vervanging zijn voor verkopen (gemiddeld 7 tot 8 woningen per jaar).' });
    // Nothing more: a forecast ("naar verwachting 140 woningen") and a target said again ("de beoogde opgave van
    // 270 woningen") are not proposed.
    expect(reading.indicators.map(key).sort()).toEqual(druten.indicators.map(key).sort());
    expect(reading.indicators.find((i) => i.target === 66.7)).toMatchObject({ unit: 'percent', direction: 'at_least', deadlineYear: 2030, topicNumber: '1.1' });
    expect(reading.indicators.find((i) => i.target === 15 && i.unit === 'percent')).toMatchObject({ direction: 'at_most', baselineValue: 7.5, topicNumber: '4.2' });
    expect(reading.indicators.find((i) => i.target === 33)).toMatchObject({ deadlineYear: 2026, commitmentNumber: 1, foundAt: '1.1 Nieuwbouw, afspraak bij inzet 1' });
  });
});

describe('reading another werkgroep’s document, styled differently', async () => {
  const bytes = await writeAgreementDocx(BEUNINGEN, BEUNINGEN_LAYOUT);
  const file = 'Prestatieafspraken Beuningen 2029-2032.docx';
  const reading = readAgreementSetDocx(bytes, file);

  it('reads its themes, topics and afspraken under its own headings and column order', () => {
    expect(reading.data.code).toBe('beuningen-2029-2032');
    expect([reading.data.periodStart, reading.data.periodEnd]).toEqual([2029, 2032]);
    expect(reading.data.themes).toEqual(BEUNINGEN.themes);
    expect(reading.data.parties.map((p) => [p.name, p.kind])).toEqual(BEUNINGEN.parties.map((p) => [p.name, p.kind]));
    const id = (name: string) => reading.data.parties.find((p) => p.name === name)?.id;
    expect(reading.data.parties.find((p) => p.name === 'Huurdersvereniging Woonwerk')?.linkedPartyIds).toEqual([id('Woonwerk')]);
    expect(reading.data.groups.find((g) => g.name === 'Corporaties')?.memberIds).toEqual([id('Woonwerk'), id('Maasland Wonen')]);
    expect(JSON.stringify(reading)).not.toMatch(/druten/i);
  });

  it('names each problem by its place, in Dutch', () => {
    expect(reading.problems.map((p) => [p.code, p.message])).toEqual([
      ['no-lead', `${file}, 1.1 Nieuwbouw sociale huur, tabel "Wat gaan we doen", rij 3: geen trekker ingevuld bij de afspraak "Maasland Wonen bouwt 60 sociale huurwoningen in Weurt.".`],
      [
        'unknown-party',
        `${file}, 1.2 Huurprijzen, tabel "Wat gaan we doen", rij 2: onbekende partij "Stichting Thuis" als trekker: geen van de partijen van deze afspraken. Voeg haar toe als partij of als naam buiten de partijen, of verbeter de naam.`,
      ],
      [
        'schedule-unreadable',
        `${file}, 1.2 Huurprijzen, tabel "Wat gaan we doen", rij 2: de uitvoering "na de zomer" is niet in jaren te lezen (afspraak "Een steunpunt voor huurders met betalingsachterstanden…"). Er staat geen jaartal in. Schrijf bijvoorbeeld "2029", "2029 - 2032", "Jaarlijks" of "Doorlopend".`,
      ],
      ['topic-without-agreements', `${file}, 2.2 Leefbaarheid in de kernen: onderwerp 2.2 Leefbaarheid in de kernen heeft inzet (1) maar geen afspraken; er is geen tabel met afspraken gevonden.`],
    ]);
    expect(reading.problems.find((p) => p.code === 'no-lead')).toMatchObject({ section: '1.1', row: 3, place: '1.1 Nieuwbouw sociale huur, tabel "Wat gaan we doen", rij 3' });
  });

  it('proposes its numeric targets', () => {
    expect(reading.indicators.map((i) => `${i.topicNumber} ${i.direction} ${i.target} ${i.unit} ${i.deadlineYear}`)).toEqual(
      expect.arrayContaining(['1.1 at_least 150 homes 2032', '1.2 at_least 70 percent 2032', '2.1 zero 0 homes 2031']),
    );
  });
});

describe('what is no agreement set', () => {
  it('refuses a Word document without themes or without an afspraken table, in Dutch', async () => {
    const { Document, Packer, Paragraph, HeadingLevel } = await import('docx');
    const letter = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Geachte heer, mevrouw,'), new Paragraph('Hierbij ontvangt u de notulen.')] }] }));
    expect(() => readAgreementSetDocx(letter, 'brief.docx')).toThrow('brief.docx is niet gelezen: er staan geen thema\'s in ("1 Thema …" of "Thema 1: …" als kop). Is dit wel een document met prestatieafspraken?');
    const noTable = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph({ text: '1 Thema Wonen', heading: HeadingLevel.HEADING_1 }), new Paragraph({ text: '1.1 Nieuwbouw', heading: HeadingLevel.HEADING_2 }), new Paragraph('We bouwen.')] }] }),
    );
    expect(() => readAgreementSetDocx(noTable, 'zonder-tabel.docx')).toThrow(/zonder-tabel\.docx is niet gelezen: er staat geen tabel met afspraken in/);
    expect(() => readAgreementSetDocx(Buffer.from('geen zip'), 'kapot.docx')).toThrow('kapot.docx is geen Word-document (.docx) dat de Werkbank kan lezen: het bestand is geen .docx.');
    expect(() => readAgreementSetDocx(Buffer.from('%PDF-1.7\n…'), 'getekend.pdf')).toThrow(
      'getekend.pdf is geen Word-document (.docx) dat de Werkbank kan lezen: het is een PDF. Vraag het Word-bestand van het ondertekende document op, of neem de afspraken over in het sjabloon (prestatie afspraken-sjabloon).',
    );
    expect(() => readAgreementSetDocx(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'oud.doc')).toThrow(/oud\.doc is geen Word-document \(\.docx\) dat de Werkbank kan lezen: het is een ouder Word-bestand \(\.doc\)/);
  });
});

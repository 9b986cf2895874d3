// Checks the embedded data set (resources/druten-2025-2028.json) against the signed agreement as
// text, the way a user comparing the app with the paper would: nothing missing, nothing
// reworded, the agreement's own quirks kept. The counts here come from simple line-based
// reading of the source, independent of scripts/build-dataset.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it, expect } from 'vitest';
import type { AgreementSetData, TopicData } from '../src/domain/dataset';

const SOURCE_PATH = path.resolve(__dirname, '../../shared/bronnen/prestatieafspraken-druten-2025-2028.txt');
const DATASET_PATH = path.resolve(__dirname, '../resources/druten-2025-2028.json');

if (!fs.existsSync(SOURCE_PATH)) {
  throw new Error(
    `The source text of the agreement is missing: expected ${SOURCE_PATH} ` +
      '(the shared/ folder must stand beside the clone: shared/bronnen/prestatieafspraken-druten-2025-2028.txt).',
  );
}

const source = fs.readFileSync(SOURCE_PATH, 'utf8');
const rawDataset = fs.readFileSync(DATASET_PATH, 'utf8');
const data = JSON.parse(rawDataset) as AgreementSetData;

/** Layout markup only: <i>, <p>, *x*, **x** and " ^e " superscripts ("2 ^e jaar" → "2e jaar"). */
function stripMarkup(text: string): string {
  return text
    .replace(/<\/?i>|<\/?p>/g, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\*(.+?)\*/g, '$1')
    .replace(/ \^e /g, 'e ');
}

function normalise(text: string): string {
  return stripMarkup(text).replace(/\s+/g, ' ').trim();
}

const normalisedSource = normalise(source);
const lines = source.split(/\r?\n/);
const tocStart = lines.indexOf('Inhoud');
const bodyStart = lines.indexOf('Inleiding');
const signingStart = lines.indexOf('7 Ondertekening', bodyStart);
const annexStart = lines.indexOf('Bijlage 1: Definities en begrippen', bodyStart);

/** Headings as listed in the table of contents, without page numbers. */
const tocHeadings = lines
  .slice(tocStart + 1, bodyStart)
  .filter((line) => line.includes('\t'))
  .map((line) => line.split('\t')[0] ?? '');

const topics: TopicData[] = data.themes.flatMap((theme) => theme.topics);
const topicByNumber = new Map(topics.map((topic) => [topic.number, topic]));

function topic(number: string): TopicData {
  const found = topicByNumber.get(number);
  if (!found) throw new Error(`topic ${number} missing from the data set`);
  return found;
}

interface SourceTopic {
  ambitions: number;
  commitments: number;
  rows: string[];
}

/** Walks the body line by line: which topic a line belongs to, and what kind of line it is. */
function readSourceTopics(): Map<string, SourceTopic> {
  const result = new Map<string, SourceTopic>();
  let current: SourceTopic | undefined;
  for (const line of lines.slice(bodyStart, signingStart)) {
    if (tocHeadings.includes(line)) {
      const number = /^(\d+(?:\.\d+)?) /.exec(line)?.[1];
      current = number ? { ambitions: 0, commitments: 0, rows: [] } : undefined;
      if (number) result.set(number, current as SourceTopic);
      continue;
    }
    if (!current) continue;
    if (line.startsWith('- ')) current.ambitions += 1;
    else if (/^\d+\. /.test(line) && !line.includes('\t')) current.commitments += 1;
    else if (/^Bij \d+\. /.test(line) && line.includes('\t')) current.rows.push(line);
  }
  // A theme heading stands for its topic only when the theme has no sub-topics (theme 3).
  for (const key of [...result.keys()]) {
    if (!key.includes('.') && [...result.keys()].some((other) => other.startsWith(`${key}.`))) result.delete(key);
  }
  return result;
}

const sourceTopics = readSourceTopics();

/** Every string value in the data set. */
function allStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) allStrings(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) allStrings(item, into);
  return into;
}

/** Searches each string after the previous hit; returns the strings not found in that order. */
function notInOrder(haystack: string, needles: string[]): string[] {
  const missing: string[] = [];
  let cursor = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, cursor);
    if (at < 0) missing.push(needle);
    else cursor = at + needle.length;
  }
  return missing;
}

describe('the embedded data set druten-2025-2028', () => {
  it('is pretty-printed JSON with two spaces, as the generator writes it', () => {
    expect(rawDataset).toBe(`${JSON.stringify(data, null, 2)}\n`);
  });

  it('carries the meta data of the signed agreement', () => {
    expect(data.code).toBe('druten-2025-2028');
    expect(data.title).toBe('Meerjarige Prestatieafspraken Druten 2025 - 2028');
    expect(lines.find((line) => line.trim() !== '')).toBe(data.title);
    expect(data.municipality).toBe('Druten');
    expect([data.periodStart, data.periodEnd]).toEqual([2025, 2028]);
    expect(source).toContain('Aldus overeengekomen op 12 december 2024 te Druten:');
    expect(data.signedOn).toBe('2024-12-12');
    expect(data.signedPlace).toBe('Druten');
    // The gemeente's kernen are the app's own knowledge of Druten, like a party's kind: no text of the
    // agreement, so they are checked here and nowhere against the source.
    expect(data.places).toEqual(['Druten', 'Afferden', 'Deest', 'Horssen', 'Puiflijk']);
  });

  it('lists the themes and topics of the table of contents, with their titles', () => {
    const expectedThemes = tocHeadings
      .map((heading) => /^([1-6]) (?:Thema )?(.+)$/.exec(heading))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => ({ number: Number(match[1]), title: match[2] }));
    expect(data.themes.map((theme) => ({ number: theme.number, title: theme.title }))).toEqual(expectedThemes);
    expect(data.themes.map((theme) => theme.title)).toEqual([
      'Woningbouw en beschikbaarheid',
      'Betaalbaarheid',
      'Kwaliteit & Duurzaamheid van de woningen',
      'Thuis voor iedereen',
      'Leefbaarheid',
      'Samenwerking',
    ]);

    const expectedTopics = tocHeadings
      .map((heading) => /^([1-6]\.\d+) (.+)$/.exec(heading))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => ({ number: match[1], title: match[2] }));
    expectedTopics.splice(5, 0, { number: '3', title: 'Kwaliteit & Duurzaamheid van de woningen' });
    expect(topics.map((t) => ({ number: t.number, title: t.title }))).toEqual(expectedTopics);
    for (const theme of data.themes) {
      for (const t of theme.topics) expect(t.number.split('.')[0]).toBe(String(theme.number));
    }
  });

  it('has per topic as many ambities, inzet items and afspraken as the source', () => {
    const counted = topics.map((t) => ({
      number: t.number,
      ambitions: t.ambitions.length,
      commitments: t.commitments.length,
      agreements: t.agreements.length,
    }));
    const fromSource = [...sourceTopics.entries()].map(([number, s]) => ({
      number,
      ambitions: s.ambitions,
      commitments: s.commitments,
      agreements: s.rows.length,
    }));
    expect(counted).toEqual(fromSource);
    // The same, written out, so a change in the line-based reading shows up too.
    expect(Object.fromEntries(counted.map((c) => [c.number, [c.ambitions, c.commitments, c.agreements]]))).toEqual({
      '1.1': [5, 8, 8],
      '1.2': [3, 4, 3],
      '1.3': [6, 3, 2],
      '2.1': [3, 1, 3],
      '2.2': [5, 8, 2],
      '3': [7, 9, 9],
      '4.1': [5, 7, 5],
      '4.2': [5, 6, 2],
      '4.3': [2, 2, 2],
      '5.1': [3, 3, 4],
      '5.2': [2, 3, 4],
      '5.3': [2, 5, 3],
      '6.1': [0, 0, 0],
      '6.2': [0, 0, 0],
    });
  });

  it('has all 47 Doelstellingen rows of the source', () => {
    const rowsInSource = lines.filter((line) => /^Bij \d+\. /.test(line) && line.includes('\t'));
    expect(rowsInSource).toHaveLength(47);
    expect(topics.reduce((sum, t) => sum + t.agreements.length, 0)).toBe(rowsInSource.length);
  });

  it('keeps every Doelstellingen row cell for cell, with "Bij N." split off', () => {
    for (const t of topics) {
      const rows = sourceTopics.get(t.number)?.rows ?? [];
      const fromData = t.agreements.map((a) =>
        [`Bij ${a.commitmentNumber}. ${a.text}`, a.lead, a.involved, a.schedule].join('\t'),
      );
      const fromSource = rows.map((row) => row.split('\t').map(normalise).join('\t'));
      expect(fromData, `rows of ${t.number}`).toEqual(fromSource);
    }
  });

  it('has every afspraak verbatim in the source, in the order of the source', () => {
    const needles = topics.flatMap((t) => t.agreements.map((a) => `Bij ${a.commitmentNumber}. ${a.text}`));
    expect(notInOrder(normalisedSource, needles)).toEqual([]);
  });

  it('has every text of the agreement verbatim and in order', () => {
    const needles = [
      ...data.introduction,
      ...topics.flatMap((t) => [
        ...t.task,
        ...t.ambitions,
        ...t.commitments.map((c) => `${c.number}. ${c.text}`),
        ...t.agreements.map((a) => `Bij ${a.commitmentNumber}. ${a.text} ${a.lead} ${a.involved} ${a.schedule}`.trim()),
      ]),
      ...data.cycle.flatMap((step) => [`${step.code}. ${step.title} ${step.period}`, ...step.agreements]),
      ...data.glossaryIntro,
      ...data.glossary.map((term) => term.definition),
    ];
    expect(notInOrder(normalisedSource, needles)).toEqual([]);
  });

  it('misses no line of the source', () => {
    const strings = new Set(allStrings(data));
    const sectionMarker =
      /^(Wat is (de|op) opgave\?|Ambities: [Ww]at willen we bereiken\?|Inzet: Wat spreken we daarvoor samen af\?|Doelstellingen: Hoe gaan we dat concreet doen\?|Afspraak\tTrekker\tBetrokkenen\tUitvoering|Onderdeel\tPeriode\tAfspraak)$/;
    const groups = new Set(data.glossary.map((term) => term.group));
    const unaccounted: string[] = [];
    lines.forEach((line, index) => {
      if (index < bodyStart || line.trim() === '') return;
      if (tocHeadings.includes(line) || sectionMarker.test(line) || groups.has(line)) return;
      if (index > signingStart && index < annexStart) return; // signatures, checked below
      for (const cell of line.split('\t')) {
        const text = normalise(cell);
        if (text === '') continue;
        const candidates = [
          text,
          text.replace(/^- /, ''),
          text.replace(/^\d+[a-z]?\. /, ''),
          text.replace(/^Bij \d+\. /, ''),
          text.replace(/^[¹²] ?/, ''),
        ];
        if (!candidates.some((candidate) => strings.has(candidate))) unaccounted.push(text);
      }
    });
    expect(unaccounted).toEqual([]);
  });

  it('refers only to inzet items that exist in the same topic', () => {
    for (const t of topics) {
      const numbers = t.commitments.map((c) => c.number);
      expect(numbers, `inzet of ${t.number}`).toEqual(numbers.map((_, i) => i + 1));
      for (const a of t.agreements) expect(numbers, `${t.number} Bij ${a.commitmentNumber}.`).toContain(a.commitmentNumber);
    }
  });

  it('keeps the wording exactly as written, typos included', () => {
    expect(topic('1.1').agreements[3]?.text).toBe(
      'Gemeente brengt de corporaties in positie en betreft hen vroegtijdig bij woningbouwontwikkelingen. De voorwaarden voor het woningbouwprogramma worden vastgelegd in een doelgroepenverordening of anterieure overeenkomsten met initiatiefnemers/ projectontwikkelaars.',
    );
    expect(topic('2.2').commitments[0]?.text).toContain(
      'De Kern en overweegt of zij wil aanhaken bij het bestaande covenant hierover tussen Woonwaarts en gemeente.',
    );
    expect(topic('2.2').agreements[0]?.text).toBe(
      "Woonwaarts: geen huurverhoging voor huurders van huurwoningen met energielabel D t/m G ('niet-groene energielabels'). De kern is in werkggebied Horssen al ver met de duurzaamheidsopgave.",
    );
    expect(topic('4.1').commitments[6]?.text).toContain(
      'Corporaties gaan woningzoekenden actief adviseren bij het inschrijven in twee woonruimte verdeelsystemen als ze een lokale verhuiscens hebben.',
    );
    expect(topic('4.2').task[2]).toContain('Veel (oudere) huurders met lage middeninkomens zijn bij een verhuiscens gebaat bij een betaalbare (midden)huur.');
    expect(topic('1.3').commitments[0]?.text).toContain(
      'Verkoop wordt gecompenseerd door vervangende woningbouw in de gemeente en gaat niet ten koste van de aantallen in de opgave.',
    );
    expect(topic('3').commitments[0]?.text).toContain('gericht op het aardgasvrij-ready maken van de woningvoorraad.');
    expect(topic('3').task[0]).toContain('Het gaat hier bijvoorbeeld over isoleren en CO₂-neutraal maken van woningen.');
    expect(topic('4.2').commitments[2]?.text).toContain(
      'Regionaal is het afsprakenkader Een thuis voor iedereen in de Groene Metropoolregio opgesteld¹.',
    );
    expect(topic('5.2').agreements[3]?.text).toBe(
      'We gaan gezamenlijk onderzoeken of we samen kunnen optrekken in de 3-30-300 ² regel in de vergroening van buurten. De gemeente stelt in 2025 een groenbeleidsplan op.',
    );
    expect(topic('5.1').agreements[1]?.text).toBe(
      'Gemeente stelt een overzicht op van alle lopende en geplande woningbouwprojecten in de kernen. We gebruiken dit overzicht als input voor het jaarlijkse planmonitoringsgesprek.',
    );
    expect(data.introduction).toContain('2. Wat willen we de komende jaren bereiken?');
    expect(data.cycle[0]?.agreements[1]).toBe(
      'Als voorbereiding op dit bestuurlijk overleg wordt de monitoringsinformatie verzameld. Bijvoorbeeld de marktinformatie en (vanaf het 2e jaar) de resultaten van het 1e uitvoeringsjaar.',
    );
    // "Wat is op opgave?" (5.3) is only a heading.
    expect(allStrings(data).some((s) => /opgave\?$/.test(s) && s.startsWith('Wat is'))).toBe(false);
  });

  it('contains no layout markup and no stray whitespace', () => {
    for (const s of allStrings(data)) {
      expect(s, s).not.toMatch(/<\/?(i|p)>|\*|\^/);
      expect(s, s).toBe(s.replace(/\s+/g, ' ').trim());
    }
  });

  it('keeps the quirks of the rows as written', () => {
    const gemeenteRow = topic('1.3').agreements[0];
    expect([gemeenteRow?.lead, gemeenteRow?.involved]).toEqual(['Gemeente', 'Gemeente']);

    const emptySchedule = topic('1.1').agreements.find((a) => a.commitmentNumber === 7);
    expect(emptySchedule?.schedule).toBe('');
    expect(emptySchedule?.involved).toBe('Corporaties, Huurdersorganisaties, marktpartijen');
    expect(lines.find((line) => line.startsWith('Bij 7. Na vaststelling van de omgevingsvisie'))).toMatch(/\t$/);

    expect(topic('4.3').agreements[1]?.lead).toBe('Gemeente (aan de hand van uitvoeringsprogramma woonzorgvisie)');
    expect(topic('4.2').agreements[1]?.involved).toBe(
      'Corporaties, Zorg- en welzijnsinstellingen, Huurdersorganisaties (in een later stadium)',
    );
    expect(topic('3').agreements.filter((a) => a.involved.includes('Huurders-organisaties'))).toHaveLength(3);
    expect(topic('1.1').agreements[0]?.schedule).toBe('2025: ca. 140 won. 2026 - 2028: ca 80 won.');
  });

  it('gives theme 3 one topic of its own and keeps the sub-headings of 4.3 and the principles of 6.1', () => {
    expect(data.themes[2]?.topics.map((t) => [t.number, t.title])).toEqual([
      ['3', 'Kwaliteit & Duurzaamheid van de woningen'],
    ]);
    expect(topic('4.3').task).toHaveLength(4);
    expect(topic('4.3').task[0]).toBe('Langer thuis kunnen wonen');
    expect(topic('4.3').task[2]).toBe('Ontmoeting en activiteit (voorkomen eenzaamheid, vergroten welzijn)');
    expect(topic('6.1').task.map((p) => p.split(':')[0])).toEqual([
      'Bij het werken aan onze ambities is ieders inzet nodig. We willen prettig contact op basis van vertrouwen en met wederzijds respect, en met oog voor elkaars kwaliteiten, beschikbare tijd en enthousiasme. Dat vraagt van ons dat we onszelf en elkaar scherp houden op onze behoeften in de samenwerking. We hebben samen verkend wat we belangrijk vinden. Hieronder staan de dingen die we het belangrijkste vinden',
      'Gelijkwaardigheid',
      'Openheid vanuit autonomie',
      'Wederkerigheid',
      'Transparantie',
      'Goede taakverdeling',
      'Praktische monitoring',
      'Ruimte voor inzichten vanuit de dorpen',
    ]);
    expect(topic('6.2').task).toHaveLength(1);
    for (const t of [topic('6.1'), topic('6.2')]) {
      expect([t.ambitions, t.commitments, t.agreements, t.footnotes]).toEqual([[], [], [], []]);
    }
  });

  it('gives each footnote to the topic that refers to it, without its mark', () => {
    const withNotes = topics.filter((t) => t.footnotes.length > 0).map((t) => [t.number, t.footnotes.map((f) => f.mark)]);
    expect(withNotes).toEqual([
      ['4.2', ['¹']],
      ['5.2', ['²']],
    ]);
    const first = topic('4.2').footnotes[0]?.text ?? '';
    const second = topic('5.2').footnotes[0]?.text ?? '';
    expect(first.startsWith('In de conceptuitwerking')).toBe(true);
    expect(first).toContain('minimaal 25% toewijzingen aan urgente doelgroepen');
    expect(second.startsWith('3-regel:')).toBe(true);
    for (const text of [first, second]) expect(normalisedSource).toContain(text);
  });

  it('has the five steps of the 6.2 cycle', () => {
    expect(data.cycle.map((step) => [step.code, step.title, step.period, step.agreements.length])).toEqual([
      ['1', 'Monitoring, terugblikken en vooruitkijken', 'Januari - Maart', 3],
      ['2', 'Opstellen en uitbrengen activiteitenoverzichten', 'April - Juni', 3],
      ['3', 'Uitwerken gezamenlijk activiteitenoverzicht', 'Augustus - November', 2],
      ['4', 'Verslaglegging en verantwoording', 'December - Februari', 2],
      ['4a', 'Tussenevaluatie Meerjarige prestatieafspraken', 'Januari - Juni (2027)', 2],
    ]);
    const tableLines = lines.slice(lines.indexOf('Onderdeel\tPeriode\tAfspraak') + 1, signingStart);
    const cells = tableLines.filter((line) => line.includes('\t')).map((line) => normalise(line.split('\t')[2] ?? ''));
    expect(data.cycle.flatMap((step) => step.agreements)).toEqual(cells);
  });

  it('has the glossary of Bijlage 1', () => {
    const bolded = [...source.matchAll(/\*\*([^*]+)\*\*/g)].map((match) => match[1]);
    expect(data.glossary.map((term) => [term.term, term.group])).toEqual([
      ...bolded.map((term) => [term, 'Woonvormen ouderen']),
      ['Volkshuisvestelijk vereveningsfonds', 'Volkshuisvestelijk vereveningsfonds'],
    ]);
    expect(bolded).toEqual(['Reguliere woningen', 'Nultredenwoningen', 'Geclusterd wonen', 'Zorggeschikte woningen']);
    for (const term of data.glossary) {
      expect(normalisedSource).toContain(term.definition);
      expect(term.definition.toLowerCase()).toContain(term.term.toLowerCase());
    }
    expect(data.glossaryIntro).toEqual([normalise(lines[annexStart + 2] ?? '')]);
    expect(data.glossaryIntro[0]).toMatch(/^Het Rijk hanteert de volgende definities voor woonvormen voor ouderen\./);
  });

  it('has the five parties, linked corporation ↔ tenant organisation, with their signatories', () => {
    expect(data.parties.map((p) => [p.id, p.name, p.shortName, p.kind])).toEqual([
      ['gemeente', 'Gemeente Druten', 'Gemeente', 'municipality'],
      ['woonwaarts', 'Woonwaarts', 'Woonwaarts', 'corporation'],
      ['de-kernen', 'De Kernen', 'De Kernen', 'corporation'],
      ['hbd', 'Huurdersbelangen Beuningen Druten', 'HBD', 'tenant-body'],
      ['bewonersraad', 'Bewonersraad De Kernen', 'Bewonersraad De Kernen', 'tenant-body'],
    ]);
    const ids = new Set(data.parties.map((p) => p.id));
    for (const party of data.parties) {
      for (const linked of party.linkedPartyIds) {
        expect(ids.has(linked), `${party.id} → ${linked}`).toBe(true);
        expect(data.parties.find((p) => p.id === linked)?.linkedPartyIds).toContain(party.id);
      }
    }
    expect(data.parties.find((p) => p.id === 'woonwaarts')?.linkedPartyIds).toEqual(['hbd']);
    expect(data.parties.find((p) => p.id === 'de-kernen')?.linkedPartyIds).toEqual(['bewonersraad']);

    const signing = lines.slice(signingStart, annexStart).map(normalise);
    for (const party of data.parties) {
      const names = [party.name, party.shortName, ...party.aliases];
      const line = signing.find((s) => s.endsWith(` ${party.signatory.name} ${party.signatory.role}`));
      expect(line, party.id).toBeDefined();
      expect(names.some((name) => line === `${name} ${party.signatory.name} ${party.signatory.role}`), party.id).toBe(true);
    }
    expect(data.parties[0]?.signatory).toEqual({ name: 'W. Brink', role: 'Wethouder Bouwen en Wonen' });
  });

  it('has groups and names that refer to existing parties only, without overlaps', () => {
    const ids = new Set(data.parties.map((p) => p.id));
    expect(data.groups.map((g) => [g.name, g.memberIds])).toEqual([
      ['Corporaties', ['woonwaarts', 'de-kernen']],
      ['Huurdersorganisaties', ['hbd', 'bewonersraad']],
    ]);
    for (const group of data.groups) for (const id of group.memberIds) expect(ids.has(id)).toBe(true);

    // No name may stand for two different things (a party, a group, an outside actor).
    const owners = new Map<string, Set<string>>();
    const own = (name: string, owner: string) => owners.set(name, (owners.get(name) ?? new Set()).add(owner));
    for (const p of data.parties) for (const name of [p.name, p.shortName, ...p.aliases]) own(name, p.id);
    for (const g of data.groups) for (const name of [g.name, ...g.aliases]) own(name, `group:${g.name}`);
    for (const name of data.externalNames) own(name, 'external');
    expect([...owners].filter(([, by]) => by.size > 1).map(([name]) => name)).toEqual([]);
    expect(data.externalNames.length).toBe(new Set(data.externalNames).size);
    for (const alias of ['Gemeente', 'gemeente Druten', 'Gemeente Druten']) {
      expect(data.parties[0]?.aliases).toContain(alias);
    }
    for (const alias of ['De Kernen', 'de Kernen', 'De Kern en', 'De Kern', 'Kernen']) {
      expect(data.parties[2]?.aliases).toContain(alias);
    }
    for (const alias of ['Bewonersraad (De Kernen)', 'Bewonersraad de Kernen', 'De Bewonersraad', 'Bewonersraad']) {
      expect(data.parties[4]?.aliases).toContain(alias);
    }
    expect(data.groups[0]?.aliases).toEqual(expect.arrayContaining(['corporaties', 'Woningcorporaties', 'Woonwaarts en De Kernen']));
    expect(data.groups[1]?.aliases).toEqual(
      expect.arrayContaining(['Huurders-organisaties', 'Huurdersorganisatie', 'huurdersorganisaties']),
    );
    expect(data.externalNames).toEqual(
      expect.arrayContaining(['Zorg- en welzijnsinstellingen', 'marktpartijen', 'partners/wijkorganisaties', 'zorginstellingen']),
    );
  });

  it('knows every name in the Trekker and Betrokkenen columns', () => {
    const known = new Set([
      ...data.parties.flatMap((p) => [p.name, p.shortName, ...p.aliases]),
      ...data.groups.flatMap((g) => [g.name, ...g.aliases]),
      ...data.externalNames,
    ]);
    const resolves = (written: string): boolean => {
      const name = written.trim();
      if (known.has(name)) return true;
      if (name.includes(', ')) return name.split(', ').every(resolves);
      const qualified = /^(.+?) \([^)]*\)$/.exec(name);
      if (qualified?.[1]) return resolves(qualified[1]);
      if (name.includes(' en ')) return name.split(' en ').every(resolves);
      return false;
    };
    const cells = topics.flatMap((t) => t.agreements.flatMap((a) => [a.lead, a.involved]));
    expect(cells.filter((cell) => !resolves(cell))).toEqual([]);
  });

  it('has every quantitative target as an indicator quoted verbatim from the source', () => {
    const ids = new Set(data.parties.map((p) => p.id));
    const codes = data.indicators.map((i) => i.code);
    expect(codes.length).toBe(new Set(codes).size);
    for (const indicator of data.indicators) {
      expect(indicator.code, indicator.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(normalisedSource, indicator.code).toContain(indicator.sourceQuote);
      expect(indicator.sourceQuote, indicator.code).toMatch(/^[A-Z0-9].*\.$/);
      expect(indicator.partyIds.length, indicator.code).toBeGreaterThan(0);
      for (const id of indicator.partyIds) expect(ids.has(id), `${indicator.code}: ${id}`).toBe(true);
      for (const m of indicator.milestones) if (m.partyId) expect(indicator.partyIds).toContain(m.partyId);
      expect(indicator.shared, indicator.code).toBe(indicator.partyIds.length > 1);
      const t = topic(indicator.topicNumber);
      if (indicator.commitmentNumber !== undefined) {
        expect(t.commitments.map((c) => c.number), indicator.code).toContain(indicator.commitmentNumber);
      }
      // The quote stands in the topic the indicator names.
      const topicText = normalise(
        [...t.task, ...t.ambitions, ...t.commitments.map((c) => c.text), ...t.agreements.map((a) => a.text)].join(' '),
      );
      expect(topicText, indicator.code).toContain(indicator.sourceQuote);
    }

    const corporations = ['woonwaarts', 'de-kernen'];
    // code: [unit, direction, target, deadline, parties, topic, inzet, a phrase the quote must contain]
    const expected: Record<string, [string, string, number, number, string[], string, number | undefined, string]> = {
      'woondeal-910': ['homes', 'at_least', 910, 2030, ['gemeente'], '1.1', undefined, '2022 tot en met 2030 910 woningen'],
      'woondeal-betaalbaar': ['percent', 'at_least', 66.7, 2030, ['gemeente'], '1.1', undefined, '2/3 in de betaalbare'],
      'middenhuur-50': ['homes', 'at_least', 50, 2030, ['gemeente'], '1.1', undefined, 'midden huur 50 woningen'],
      'sociale-huur-270': ['homes', 'at_least', 270, 2030, corporations, '1.1', 1, '270 (bruto) toevoegingen tussen 2022 en 2030'],
      'sociale-huur-180': ['homes', 'at_least', 180, 2028, corporations, '1.1', 1, '180 toevoegingen'],
      'woonwaarts-sociale-huur-240': ['homes', 'at_least', 240, 2030, ['woonwaarts'], '1.1', 1, 'ca. 240'],
      'de-kernen-sociale-huur-33': ['homes', 'at_least', 33, 2026, ['de-kernen'], '1.1', 1, '33 sociale huurwoningen (netto +29)'],
      'woonwaarts-verkoop-7-8': ['homes', 'at_most', 8, 2030, ['woonwaarts'], '1.1', 1, 'gemiddeld 7 tot 8'],
      'deest-zuid-sociale-huur-25': ['percent', 'at_least', 25, 2032, ['woonwaarts', 'gemeente'], '1.1', 1, 'circa 25%'],
      'deest-zuid-max-90': ['homes', 'at_most', 90, 2032, ['woonwaarts', 'gemeente'], '1.1', 1, 'maximum van 90'],
      'sociale-huur-norm-30': ['percent', 'at_least', 30, 2028, ['gemeente'], '1.1', undefined, '30% sociale huur per project'],
      'geclusterd-ouderen-85': ['homes', 'at_least', 85, 2030, corporations, '1.2', 2, '85 geclusterde woonvormen'],
      'woonwaarts-aftopping-80': ['percent', 'at_least', 80, 2028, ['woonwaarts'], '2.1', 1, 'ca. 80% van het aanbod'],
      'energielabels-efg-0': ['homes', 'zero', 0, 2028, corporations, '3', 3, 'labels E, F of G'],
      'woonwaarts-label-d-0': ['homes', 'zero', 0, 2030, ['woonwaarts'], '3', 3, 'geen label D'],
      'verhuiscoach-20000': ['euro', 'at_most', 20000, 2026, ['gemeente'], '4.1', 3, 'maximaal € 20.000'],
      'eigen-gemeente-max-50': ['percent', 'at_most', 50, 2028, corporations, '4.1', 5, 'maximaal 50%'],
      'bijzondere-bemiddeling-6': ['percent', 'at_least', 6, 2028, corporations, '4.2', 3, '6% van de toewijzing'],
      'statushouders-de-kernen-5': ['percent', 'at_least', 5, 2028, ['de-kernen'], '4.2', 4, 'De Kernen is dit momenteel 5%'],
      'statushouders-woonwaarts-95': ['percent', 'at_least', 95, 2028, ['woonwaarts'], '4.2', 4, 'Woonwaarts 95%'],
      'vrije-toewijzing-15': ['percent', 'at_most', 15, 2028, corporations, '4.2', 6, 'van 7,5% naar maximaal 15%'],
      'sociale-huur-gemiddelde-30': ['percent', 'at_least', 30, 2028, ['gemeente'], '5.1', 1, 'gemiddelde van 30% sociale huur'],
    };
    expect(codes.sort()).toEqual(Object.keys(expected).sort());
    for (const [code, [unit, direction, target, deadline, parties, topicNumber, inzet, phrase]] of Object.entries(expected)) {
      const indicator = data.indicators.find((i) => i.code === code);
      expect(
        [indicator?.unit, indicator?.direction, indicator?.target, indicator?.deadlineYear, indicator?.partyIds],
        code,
      ).toEqual([unit, direction, target, deadline, parties]);
      expect([indicator?.topicNumber, indicator?.commitmentNumber], code).toEqual([topicNumber, inzet]);
      expect(indicator?.sourceQuote, code).toContain(phrase);
    }

    const byCode = (code: string) => data.indicators.find((i) => i.code === code);
    expect(byCode('sociale-huur-270')?.baselineYear).toBe(2022);
    // Baselines only where the agreement gives one: a count "tussen 2022 en 2030" starts at 0,
    // "van 7,5% naar maximaal 15%" at 7,5; the labels E/F/G have none (the secretary enters it).
    const baselines = Object.fromEntries(
      data.indicators.filter((i) => i.baselineValue !== undefined).map((i) => [i.code, [i.baselineYear, i.baselineValue]]),
    );
    expect(baselines).toEqual({
      'woondeal-910': [2022, 0],
      'middenhuur-50': [2022, 0],
      'sociale-huur-270': [2022, 0],
      'sociale-huur-180': [2022, 0],
      'vrije-toewijzing-15': [2025, 7.5],
    });
    expect(normalisedSource).toContain('tussen 2022 en 2030');
    expect(normalisedSource).toContain('van 7,5% naar maximaal 15%');
    expect(byCode('woonwaarts-sociale-huur-240')?.milestones).toEqual([
      { year: 2025, value: 140, partyId: 'woonwaarts' },
      { year: 2028, value: 80, partyId: 'woonwaarts' },
    ]);
    expect(byCode('de-kernen-sociale-huur-33')?.milestones).toEqual([
      { year: 2025, value: 6, partyId: 'de-kernen' },
      { year: 2026, value: 27, partyId: 'de-kernen' },
    ]);
  });
});

// Reads a signed agreement set (.docx) in the common structure: themes
// ("1 Thema …" or "Thema 1: …"), topics ("1.1 Nieuwbouw"), under each topic
// its opgave, ambities and numbered inzet, and a table of concrete afspraken
// (afspraak, trekker, betrokkenen, uitvoering) under whatever heading the
// document uses; the columns are found by their header words. Also the
// introduction, the yearly cycle table, the signatories and the glossary
// annex when the document has them. Pure: bytes in, a reading out.
import { MONTHS_NL } from '../domain/calendar';
import type { AgreementData, AgreementSetData, CycleStepData, PartyData, ThemeData, TopicData } from '../domain/dataset';
import { PARTY_KIND_WORDS, type GlossaryTerm } from '../domain/types';
import { checkAgreements, makeProblem, type Place } from './checks';
import { readDocx, type DocBlock, type DocParagraph, type DocTable } from './docx-blocks';
import { proposeIndicators } from './indicator-proposals';
import { groupsFor, isGroupWord, linkTenants, partyFromName, proposals, resolverFor, settlePartyNames, type Signatory } from './parties';
import { AgreementSetRefusal, emptyAgreementSet, type AgreementSetReading, type SetProblem } from './types';

type Part = 'task' | 'ambitions' | 'commitments' | 'agreements' | 'other';
type Section = 'front' | 'toc' | 'intro' | 'themes' | 'signing' | 'annex' | 'other';


/** The heading words of the parts of a topic; matched on a whole short paragraph. */
const PART_HEADINGS: { part: Part; pattern: RegExp }[] = [
  { part: 'task', pattern: /^(?:wat is (?:de|op|het) opgave|de opgave|opgave)\b/i },
  { part: 'ambitions', pattern: /^(?:ambities?\b|doelen\b|wat willen we (?:\S+\s+){0,4}bereiken)/i },
  { part: 'commitments', pattern: /^(?:inzet\b|wat spreken we (?:\S+\s+){0,3}af|wat gaan we (?:\S+\s+){0,4}doen om)/i },
  { part: 'agreements', pattern: /^(?:doelstellingen|(?:concrete )?afspraken|wat gaan we doen|hoe gaan we (?:dat|dit) concreet doen|acties|uitvoeringsafspraken)\b/i },
];

const COLUMN_WORDS: { field: 'text' | 'lead' | 'involved' | 'schedule' | 'commitment'; pattern: RegExp }[] = [
  { field: 'commitment', pattern: /^(?:bij inzet|inzet(?:\s*nr\.?)?|nr\.?|nummer)$/i },
  { field: 'lead', pattern: /\b(?:trekker|eigenaar|verantwoordelijke?|wie trekt|kartrekker)\b/i },
  { field: 'involved', pattern: /\b(?:betrokkenen?|betrokken partijen|partners|samen met|met wie)\b/i },
  { field: 'schedule', pattern: /\b(?:uitvoering|planning|wanneer|termijn|looptijd|jaar|periode)\b/i },
  { field: 'text', pattern: /\b(?:afspraak|afspraken|doelstelling|doelstellingen|activiteit|actie|acties|wat gaan we doen|wat)\b/i },
];

interface Heading {
  level: number;
  text: string;
}

export function readAgreementSetDocx(bytes: Uint8Array, fileName: string): AgreementSetReading {
  const { blocks, footnotes } = readDocx(bytes, fileName);
  const problems: SetProblem[] = [];
  const warn = (code: SetProblem['code'], place: Place, text: string): void => {
    problems.push(makeProblem(fileName, 'warning', code, place, text));
  };

  // Its places stay []: the agreement does not list the gemeente's kernen (the template can hold them).
  const data: AgreementSetData = emptyAgreementSet();

  const agreementPlaces = new Map<AgreementData, Place>();
  const topicPlaces = new Map<TopicData, Place>();
  const signatories: Signatory[] = [];
  let agreementTables = 0;

  let section: Section = 'front';
  let theme: ThemeData | null = null;
  let topic: TopicData | null = null;
  let part: Part | null = null;
  let partHeading = '';
  let tableCount = 0;
  let glossaryGroup = '';
  let lastHeading: Heading | null = null;
  let signatureLines: string[] = [];
  const flushSignature = (): void => {
    if (signatureLines.length >= 2) signatories.push({ partyName: signatureLines[0] as string, name: signatureLines[1] as string, role: signatureLines.slice(2).join(' ') });
    signatureLines = [];
  };
  let lastTable = null as { topic: TopicData; at: ColumnMap; width: number } | null;

  const topicPlace = (): Place => (topic ? { text: `${topic.number} ${topic.title}`, section: topic.number } : { text: theme ? `thema ${theme.number} ${theme.title}` : 'begin van het document' });

  /** A theme that is its own topic ("3 Thema Kwaliteit …" with its opgave right below). */
  const ensureTopic = (): TopicData | null => {
    if (topic) return topic;
    if (!theme) return null;
    topic = { number: String(theme.number), title: theme.title, task: [], ambitions: [], commitments: [], agreements: [], footnotes: [] };
    theme.topics.push(topic);
    topicPlaces.set(topic, topicPlace());
    return topic;
  };

  const startTheme = (number: number, title: string): void => {
    theme = { number, title, topics: [] };
    data.themes.push(theme);
    topic = null;
    part = null;
  };

  for (const block of blocks) {
    if (block.type === 'table') {
      tableCount++;
      if (section === 'signing') {
        signatories.push(...signatoriesFromTable(block));
        continue;
      }
      const cycle = readCycleTable(block);
      if (cycle) {
        data.cycle.push(...cycle);
        if (data.cycleSection === '' && topic) data.cycleSection = topic.number;
        continue;
      }
      const found = agreementColumns(block);
      // A table that goes on where the previous one stopped (split by hand, no header of its own):
      // the same topic and as many columns; read with the columns of the one before.
      const previous = lastTable;
      const continued = !found && previous !== null && previous.topic === (topic as TopicData | null) && block.rows[0]?.length === previous.width ? previous : null;
      const columns = found ?? (continued ? { headerRow: -1, at: continued.at } : null);
      if (!columns) {
        if (section === 'themes' && topic) warn('text-outside-structure', topicPlace(), `een tabel zonder de kolommen afspraak en trekker (kop: "${block.rows[0]?.join(' | ') ?? ''}") is niet gelezen.`);
        continue;
      }
      const current = ensureTopic();
      if (!current) {
        warn('text-outside-structure', { text: lastHeading ? `onder "${lastHeading.text}"` : 'begin van het document' }, 'een tabel met afspraken staat niet onder een thema of onderwerp en is niet gelezen.');
        continue;
      }
      agreementTables++;
      lastTable = { topic: current, at: columns.at, width: (block.rows[Math.max(0, columns.headerRow)] ?? []).length };
      const tableName = partHeading ? `tabel "${shortHeading(partHeading)}"` : `tabel ${tableCount}`;
      const header = columns.headerRow >= 0 ? (block.rows[columns.headerRow] ?? []) : [];
      header.forEach((cell, i) => {
        if (cell.trim() !== '' && !Object.values(columns.at).includes(i)) {
          warn('unread-column', { text: `${current.number} ${current.title}, ${tableName}`, section: current.number }, `de kolom "${cell.trim()}" hoort niet bij afspraak, trekker, betrokkenen of uitvoering en is niet gelezen.`);
        }
      });
      for (let r = columns.headerRow + 1; r < block.rows.length; r++) {
        const row = block.rows[r] as string[];
        const cell = (field: keyof typeof columns.at): string => {
          const i = columns.at[field];
          return i === undefined ? '' : (row[i] ?? '').trim();
        };
        if (row.every((c) => c.trim() === '')) continue;
        const place: Place = { text: `${current.number} ${current.title}, ${tableName}, rij ${r + 1}`, section: current.number, row: r + 1 };
        let text = cell('text');
        let commitmentNumber = 0;
        const written = cell('commitment');
        const prefix = /^bij\s+(?:inzet\s+)?(\d+)\s*[.:)]?\s*/i.exec(text);
        if (prefix) {
          commitmentNumber = Number(prefix[1]);
          text = text.slice(prefix[0].length);
        } else if (/^\d+$/.test(written.replace(/^bij\s+|\.$/gi, ''))) {
          commitmentNumber = Number(written.replace(/^bij\s+|\.$/gi, ''));
        }
        if (text === '') {
          warn('text-outside-structure', place, 'een rij zonder afspraak is niet gelezen.');
          continue;
        }
        const agreement: AgreementData = { commitmentNumber, text, lead: cell('lead'), involved: cell('involved'), schedule: cell('schedule') };
        current.agreements.push(agreement);
        agreementPlaces.set(agreement, place);
      }
      continue;
    }

    const p = block;
    const text = p.text.trim();
    // Signatures as paragraphs: party, name and role, each block ended by an empty line or the next heading.
    if (section === 'signing' && (text === '' || p.headingLevel !== null)) flushSignature();
    if (text === '') continue;
    if (/^(toc|inhopg|table of contents|inhoudsopgave)/i.test(p.styleName)) continue;

    // The title: the first title paragraph, or the first text of the document.
    if (data.title === '' && (p.headingLevel === 0 || section === 'front')) {
      if (p.headingLevel === 0 || !isStructureHeading(p, text)) {
        data.title = text.replace(/\s+/g, ' ');
        continue;
      }
    }

    const heading = headingOf(p, text);
    if (heading) {
      lastHeading = heading;
      const themeMatch = /^(\d+)\.?\s+thema\s*[:.\-–]?\s*(.+)$/i.exec(heading.text) ?? /^thema\s+(\d+)\s*[:.\-–]\s*(.+)$/i.exec(heading.text);
      const topicMatch = /^(\d+)\.(\d+)\.?\s+(\S.*)$/.exec(heading.text);
      const numbered = /^(\d+)\.?\s+(\S.*)$/.exec(heading.text);
      const plain = heading.text.replace(/^\d+\.?\s+/, '');
      if (/^inhoud(sopgave)?$/i.test(plain)) {
        section = 'toc';
        continue;
      }
      if (/^(inleiding|voorwoord)$/i.test(plain)) {
        section = 'intro';
        continue;
      }
      if (/^ondertekening\b/i.test(plain)) {
        section = 'signing';
        theme = null;
        topic = null;
        continue;
      }
      if (/^bijlagen?\b/i.test(plain)) {
        section = 'annex';
        theme = null;
        topic = null;
        glossaryGroup = '';
        if (/^bijlage\s+\d+\s*:?\s*(definities|begrippen)/i.test(plain) || /begrippen|definities/i.test(plain)) glossaryGroup = '';
        continue;
      }
      if (themeMatch) {
        startTheme(Number(themeMatch[1]), (themeMatch[2] as string).trim());
        section = 'themes';
        continue;
      }
      if (topicMatch && (theme as ThemeData | null)?.number === Number(topicMatch[1]) && section === 'themes') {
        const current = theme as unknown as ThemeData;
        topic = { number: `${topicMatch[1]}.${topicMatch[2]}`, title: (topicMatch[3] as string).trim(), task: [], ambitions: [], commitments: [], agreements: [], footnotes: [] };
        current.topics.push(topic);
        topicPlaces.set(topic, topicPlace());
        part = 'task';
        partHeading = '';
        continue;
      }
      if (numbered && !topicMatch && heading.level === 1 && (section === 'themes' || section === 'intro' || section === 'toc' || section === 'front')) {
        // "6 Samenwerking": a numbered chapter is a theme.
        startTheme(Number(numbered[1]), (numbered[2] as string).trim());
        section = 'themes';
        continue;
      }
      if (section === 'annex') {
        glossaryGroup = heading.text;
        continue;
      }
    }

    if (section === 'themes') {
      const partMatch = !p.list && text.length <= 120 ? PART_HEADINGS.find((h) => h.pattern.test(text)) : undefined;
      if (partMatch) {
        ensureTopic();
        part = partMatch.part;
        partHeading = text;
        continue;
      }
      const current = topic ?? (part ? ensureTopic() : null);
      if (!current) {
        if (theme) warn('text-outside-structure', { text: `thema ${(theme as ThemeData).number} ${(theme as ThemeData).title}` }, `tekst onder het thema maar vóór het eerste onderwerp is niet gelezen: "${text.slice(0, 60)}".`);
        continue;
      }
      switch (part ?? 'task') {
        case 'task':
          current.task.push(text);
          break;
        case 'ambitions':
          current.ambitions.push(text);
          break;
        case 'commitments': {
          const typed = /^(\d+)[.)]\s+(.*)$/s.exec(text);
          if (p.list && !p.list.bullet && !typed) current.commitments.push({ number: p.list.number, text });
          else if (typed) current.commitments.push({ number: Number(typed[1]), text: (typed[2] as string).trim() });
          else if (current.commitments.length > 0) {
            const last = current.commitments[current.commitments.length - 1] as { number: number; text: string };
            last.text = `${last.text}\n${text}`;
          } else warn('text-outside-structure', topicPlace(), `tekst onder de inzet zonder nummer is niet als inzet gelezen: "${text.slice(0, 60)}".`);
          break;
        }
        default:
          warn('text-outside-structure', topicPlace(), `tekst onder "${shortHeading(partHeading)}" buiten de tabel is niet gelezen: "${text.slice(0, 60)}".`);
      }
      continue;
    }

    if (section === 'intro') {
      data.introduction.push(p.list && !p.list.bullet && !/^\d+[.)]\s/.test(text) ? `${p.list.label} ${text}` : text);
    } else if (section === 'signing') {
      const signed = /overeengekomen\s+op\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})(?:\s+te\s+([^:,.]+))?/iu.exec(text);
      if (signed) {
        const month = MONTHS_NL.indexOf((signed[2] as string).toLowerCase()) + 1;
        if (month > 0) data.signedOn = `${signed[3]}-${String(month).padStart(2, '0')}-${String(signed[1]).padStart(2, '0')}`;
        if (signed[4]) data.signedPlace = signed[4].trim();
      } else if (!/^(handtekening|datum|plaats)\b|^[._\s]+$/i.test(text)) {
        signatureLines.push(text);
      }
    } else if (section === 'annex') {
      if (p.boldStart !== '' && p.list) {
        data.glossary.push({ term: p.boldStart.replace(/[:.]$/, ''), definition: text, group: glossaryGroup });
      } else if (data.glossary.length === 0 && glossaryGroup === '') {
        data.glossaryIntro.push(text);
      } else if (glossaryGroup !== '' && !data.glossary.some((g) => g.group === glossaryGroup)) {
        data.glossary.push({ term: glossaryGroup, definition: text, group: glossaryGroup });
      } else {
        const last = data.glossary[data.glossary.length - 1] as GlossaryTerm | undefined;
        if (last) last.definition = `${last.definition}\n${text}`;
      }
    }
  }

  flushSignature();
  if (data.themes.length === 0 || agreementTables === 0) {
    throw new AgreementSetRefusal(
      data.themes.length === 0
        ? `${fileName} is niet gelezen: er staan geen thema's in ("1 Thema …" of "Thema 1: …" als kop). Is dit wel een document met prestatieafspraken?`
        : `${fileName} is niet gelezen: er staat geen tabel met afspraken in (kolommen afspraak, trekker, betrokkenen, uitvoering). Gebruik voor zo'n document het Excel-sjabloon (prestatie afspraken-sjabloon).`,
    );
  }

  // Footnotes belong to the topic whose text carries their mark.
  for (const [mark, text] of footnotes) {
    const owner = data.themes.flatMap((t) => t.topics).find((t) => JSON.stringify(t).includes(mark));
    if (owner) owner.footnotes.push({ mark, text });
  }

  // Title, period, municipality, code.
  const period = /(\d{4})\s*[-–—]\s*(\d{4})/.exec(data.title) ?? /(\d{4})\s*(?:t\/m|tot en met)\s*(\d{4})/.exec(data.title);
  if (period) {
    data.periodStart = Number(period[1]);
    data.periodEnd = Number(period[2]);
  } else {
    problems.push(
      makeProblem(fileName, 'error', 'no-period', { text: 'titel' }, `in de titel "${data.title}" staat geen looptijd ("2025 - 2028"); zonder looptijd zijn de uitvoeringsjaren niet te lezen.`),
    );
  }
  const municipality = /prestatieafspraken\s+(?:gemeente\s+)?(.+?)\s+\d{4}/i.exec(data.title)?.[1]?.trim() ?? '';
  data.municipality = municipality;
  data.code = [municipality.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''), data.periodStart || '', data.periodEnd || ''].filter((x) => x !== '').join('-');

  // Parties: the signatories, else the names in the tables.
  const taken = new Set<string>();
  const kindGuessed = new Set<string>();
  let source: 'signatures' | 'table' = 'signatures';
  for (const s of signatories) {
    const { party, kindGuessed: guessed } = partyFromName(s.partyName, municipality, taken, s);
    data.parties.push(party);
    if (guessed) kindGuessed.add(party.id);
  }
  const allAgreements = data.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements));
  if (data.parties.length === 0) {
    source = 'table';
    warn('no-signatories', { text: 'Ondertekening' }, 'het document heeft geen ondertekening met partijen; de partijen zijn voorgesteld uit de kolommen trekker en betrokkenen. Controleer ze.');
    const names = new Map<string, string>();
    const probe = resolverFor([], [], []);
    for (const a of allAgreements) {
      for (const ref of [...probe.resolve(a.lead), ...probe.resolve(a.involved)]) {
        const name = ref.written.replace(/\s*\([^)]*\)\s*$/, '').trim();
        if (name !== '' && !isGroupWord(name) && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
      }
    }
    for (const name of names.values()) {
      const { party, kindGuessed: guessed } = partyFromName(name, municipality, taken);
      data.parties.push(party);
      if (guessed) kindGuessed.add(party.id);
    }
  }
  settlePartyNames(data.parties, allAgreements.flatMap((a) => [a.lead, a.involved]));
  const linkGuessed = linkTenants(data.parties);
  data.groups = groupsFor(data.parties);
  for (const id of kindGuessed) {
    const party = data.parties.find((p) => p.id === id) as PartyData;
    warn('kind-guessed', { text: source === 'signatures' ? 'Ondertekening' : 'partijen' }, `van "${party.name}" is uit de naam niet op te maken of het een gemeente, corporatie of huurdersorganisatie is; voorgesteld: ${PARTY_KIND_WORDS[party.kind]}. Controleer dit.`);
  }
  const resolver = resolverFor(data.parties, data.groups, data.externalNames);
  problems.push(...checkAgreements(data, fileName, resolver, agreementPlaces, topicPlaces));

  const indicators = proposeIndicators(data, resolver);
  return { fileName, format: 'docx', data, parties: proposals(data.parties, source, kindGuessed, linkGuessed), indicators, problems };
}

function shortHeading(text: string): string {
  return text.replace(/\s*[:?].*$/, '').trim() || text;
}

/** A heading by style, or a short unstyled paragraph that reads as a theme or topic heading. */
function headingOf(p: DocParagraph, text: string): Heading | null {
  const labelled = p.list && !p.list.bullet && !/^\d/.test(text) && p.headingLevel !== null ? `${p.list.label.replace(/\.$/, '')} ${text}` : text;
  if (p.headingLevel !== null && p.headingLevel > 0) return { level: p.headingLevel, text: labelled.replace(/\s+/g, ' ') };
  if (p.list || text.length > 120 || /[.;,]$/.test(text)) return null;
  if (/^\d+\.?\s+thema\b/i.test(text) || /^thema\s+\d+\s*[:.\-–]/i.test(text)) return { level: 1, text };
  if (/^\d+\.\d+\.?\s+\S/.test(text) && !/^\d+\.\d+\.?\s+\d/.test(text)) return { level: 2, text };
  if (/^(\d+\.?\s+)?(ondertekening|inleiding|bijlagen?)\b/i.test(text) && text.length < 60) return { level: 1, text };
  return null;
}

function isStructureHeading(p: DocParagraph, text: string): boolean {
  return headingOf(p, text) !== null || PART_HEADINGS.some((h) => h.pattern.test(text));
}

type ColumnMap = Partial<Record<'text' | 'lead' | 'involved' | 'schedule' | 'commitment', number>>;

/** The columns of an afspraken table by their header words; null when it is no such table. */
function agreementColumns(table: DocTable): { headerRow: number; at: ColumnMap } | null {
  for (let r = 0; r < Math.min(3, table.rows.length); r++) {
    const at: ColumnMap = {};
    (table.rows[r] as string[]).forEach((cell, i) => {
      const words = cell.replace(/\s+/g, ' ').trim();
      if (words === '' || words.length > 60) return;
      const found = COLUMN_WORDS.find((c) => c.pattern.test(words) && at[c.field] === undefined);
      if (found) at[found.field] = i;
    });
    if (at.text !== undefined && (at.lead !== undefined || (at.involved !== undefined && at.schedule !== undefined))) return { headerRow: r, at };
  }
  return null;
}

/** The yearly cycle: a table headed Onderdeel | Periode | Afspraak; continuation rows add to the step above. */
function readCycleTable(table: DocTable): CycleStepData[] | null {
  const header = (table.rows[0] ?? []).map((c) => c.toLowerCase());
  const part = header.findIndex((c) => /^(onderdeel|stap|fase)$/.test(c.trim()));
  const period = header.findIndex((c) => /^(periode|wanneer)$/.test(c.trim()));
  const agreement = header.findIndex((c) => /^(afspraak|afspraken|wat)$/.test(c.trim()));
  if (part < 0 || period < 0 || agreement < 0) return null;
  const steps: CycleStepData[] = [];
  for (const row of table.rows.slice(1)) {
    const label = (row[part] ?? '').trim();
    const text = (row[agreement] ?? '').trim();
    const m = /^(\d+[a-z]?)\.?\s+(.*)$/s.exec(label);
    if (label !== '') {
      steps.push({ code: m ? (m[1] as string) : String(steps.length + 1), title: m ? (m[2] as string).trim() : label, period: (row[period] ?? '').trim(), agreements: text ? [text] : [] });
    } else if (steps.length > 0 && text !== '') {
      (steps[steps.length - 1] as CycleStepData).agreements.push(text);
    }
  }
  return steps;
}

/** Signature blocks: per cell, the party, the signatory's name and role as its paragraphs. */
function signatoriesFromTable(table: DocTable): Signatory[] {
  const out: Signatory[] = [];
  for (const row of table.cellParagraphs) {
    for (const cell of row) {
      const lines = cell.flatMap((p) => p.split('\n')).map((l) => l.trim()).filter((l) => l !== '' && !/^[._\s]+$/.test(l) && !/^(handtekening|datum)\b/i.test(l));
      if (lines.length === 0) continue;
      out.push({ partyName: lines[0] as string, name: lines[1] ?? '', role: lines.slice(2).join(' ') });
    }
  }
  return out;
}

export type { DocBlock };

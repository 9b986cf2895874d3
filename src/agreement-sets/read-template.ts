// Reads a filled-in agreement-set template (template.ts) into the set and its
// problems, each named by file, sheet, row and column. Columns are found by
// their headers, so a moved column still reads; a missing sheet or column is
// an error that names it. Nothing is dropped: a row that cannot be placed is
// named as a problem.
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { AgreementData, AgreementSetData, PartyData, ThemeData, TopicData } from '../domain/dataset';
import { indicatorUnitOfWord, partyKindOfWord, type Indicator, type IndicatorDirection, type IndicatorMilestone, type IndicatorOverlap } from '../domain/types';
import { cellText } from '../imports/cell-text';
import { startsLikeZip } from '../imports/zip';
import { checkAgreements, makeProblem, type Place } from './checks';
import { proposeIndicators } from './indicator-proposals';
import { groupsFor, resolverFor, slug } from './parties';
import { DIRECTION_WORDS, OVERLAP_WORDS, TEMPLATE_COLUMNS, TEMPLATE_SHEETS, partyByAnyName } from './template';
import type { SET_FIELDS } from './template';
import { AgreementSetRefusal, emptyAgreementSet, type AgreementSetReading, type SetProblem } from './types';

type SheetKey = keyof typeof TEMPLATE_COLUMNS;

interface Row {
  number: number;
  get(header: string): string;
  raw(header: string): ExcelJS.CellValue;
  column(header: string): string;
}

export async function readAgreementSetTemplate(bytes: Uint8Array, fileName: string): Promise<AgreementSetReading> {
  const notOurs = `${fileName} is geen ingevuld sjabloon voor prestatieafspraken`;
  if (!startsLikeZip(bytes)) throw new AgreementSetRefusal(`${notOurs}: het bestand is geen Excel-werkmap (.xlsx).`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AgreementSetRefusal(`${notOurs}: de werkmap is beschadigd of geen .xlsx.`);
  }
  const missing = [TEMPLATE_SHEETS.set, TEMPLATE_SHEETS.parties, TEMPLATE_SHEETS.topics, TEMPLATE_SHEETS.agreements].filter((name) => !wb.getWorksheet(name));
  if (missing.length > 0) {
    throw new AgreementSetRefusal(`${notOurs}: de bladen ${missing.map((m) => `"${m}"`).join(', ')} ontbreken. Maak een sjabloon met: prestatie afspraken-sjabloon --uit BESTAND.xlsx.`);
  }

  const problems: SetProblem[] = [];
  const error = (place: Place, text: string, column?: string): void => {
    problems.push(makeProblem(fileName, 'error', 'invalid-value', place, text, column));
  };
  const placeOf = (sheet: string, row: number): Place => ({ text: `blad "${sheet}", rij ${row}`, sheet, row });

  /** The rows of a data sheet, with cells by header; an absent optional sheet has none. */
  const rows = (key: SheetKey, sheetName: string): Row[] => {
    const sheet = wb.getWorksheet(sheetName);
    if (!sheet) return [];
    const at = new Map<string, number>();
    sheet.getRow(1).eachCell((cell, col) => at.set(cellText(cell.value).text.toLowerCase(), col));
    const absent = TEMPLATE_COLUMNS[key].filter((h) => !at.has(h.toLowerCase()));
    if (absent.length > 0) {
      error({ text: `blad "${sheetName}", rij 1`, sheet: sheetName, row: 1 }, `de kolom${absent.length > 1 ? 'men' : ''} ${absent.map((h) => `"${h}"`).join(', ')} ontbreekt; dat blad is niet gelezen.`);
      return [];
    }
    const out: Row[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const colOf = (h: string): number => at.get(h.toLowerCase()) as number;
      const get = (h: string): string => cellText(row.getCell(colOf(h)).value).text;
      if (TEMPLATE_COLUMNS[key].every((h) => get(h) === '')) continue;
      out.push({ number: r, get, raw: (h) => row.getCell(colOf(h)).value, column: (h) => columnLetter(colOf(h)) });
    }
    return out;
  };

  // The set's own facts.
  const setSheet = wb.getWorksheet(TEMPLATE_SHEETS.set) as Worksheet;
  const fact = new Map<string, { text: string; raw: ExcelJS.CellValue; row: number }>();
  setSheet.eachRow((row, r) => fact.set(cellText(row.getCell(1).value).text.toLowerCase(), { text: cellText(row.getCell(2).value).text, raw: row.getCell(2).value, row: r }));
  const factText = (name: (typeof SET_FIELDS)[number]): string => fact.get(name.toLowerCase())?.text ?? '';
  const factYear = (name: (typeof SET_FIELDS)[number]): number => {
    const f = fact.get(name.toLowerCase());
    const year = typeof f?.raw === 'number' ? f.raw : Number(f?.text ?? '');
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      problems.push(makeProblem(fileName, 'error', 'no-period', { text: `blad "${TEMPLATE_SHEETS.set}", rij ${f?.row ?? '?'}`, sheet: TEMPLATE_SHEETS.set, ...(f ? { row: f.row } : {}) }, `"${name}" moet een jaartal zijn, niet "${f?.text ?? ''}".`, 'B'));
      return 0;
    }
    return year;
  };
  const signedRaw = fact.get('ondertekend op')?.raw;
  const data: AgreementSetData = {
    ...emptyAgreementSet(),
    code: factText('Code'),
    title: factText('Titel'),
    municipality: factText('Gemeente'),
    periodStart: factYear('Eerste jaar'),
    periodEnd: factYear('Laatste jaar'),
    signedOn: signedRaw instanceof Date ? signedRaw.toISOString().slice(0, 10) : factText('Ondertekend op'),
    signedPlace: factText('Plaats'),
    // The gemeente's kernen (the app's own knowledge, not the agreement's words); a template made before they were asked has none.
    places: factText('Kernen').split(/[,;\n]/).map((s) => s.trim()).filter((s) => s !== ''),
    cycleSection: factText('Paragraaf jaarcyclus'),
    introduction: paragraphs(factText('Inleiding')),
    glossaryIntro: paragraphs(factText('Toelichting bij de begrippen')),
  };


  // Parties, groups and outside names.
  const partyRows = rows('parties', TEMPLATE_SHEETS.parties);
  const pendingLinks: { party: PartyData; names: string[]; row: Row }[] = [];
  const pendingGroups: { index: number; names: string[]; row: Row }[] = [];
  for (const row of partyRows) {
    const name = row.get('Naam');
    // The Soort column holds the Dutch word a person chose or typed.
    const kind = row.get('Soort').toLowerCase();
    const partyKind = partyKindOfWord(kind);
    const place = placeOf(TEMPLATE_SHEETS.parties, row.number);
    const list = (h: string): string[] => row.get(h).split(/\s*;\s*|\n/).map((s) => s.trim()).filter((s) => s !== '');
    if (name === '') {
      error(place, 'een rij zonder naam is niet gelezen.', row.column('Naam'));
      continue;
    }
    if (kind === 'groep') {
      pendingGroups.push({ index: data.groups.length, names: list('Hoort bij / leden'), row });
      data.groups.push({ name, memberIds: [], aliases: list('Andere schrijfwijzen') });
    } else if (kind === 'buiten de partijen') {
      data.externalNames.push(name);
    } else if (partyKind !== undefined) {
      const party: PartyData = {
        id: row.get('Code') || slug(row.get('Korte naam') || name),
        name,
        shortName: row.get('Korte naam') || name,
        kind: partyKind,
        linkedPartyIds: [],
        aliases: list('Andere schrijfwijzen'),
        signatory: { name: row.get('Ondertekend door'), role: row.get('Functie') },
      };
      if (data.parties.some((p) => p.id === party.id)) {
        problems.push(makeProblem(fileName, 'error', 'duplicate', place, `de code "${party.id}" staat al bij een andere partij.`, row.column('Code')));
        continue;
      }
      data.parties.push(party);
      pendingLinks.push({ party, names: list('Hoort bij / leden'), row });
    } else {
      error(place, `de soort "${row.get('Soort')}" is geen gemeente, corporatie, huurdersorganisatie, groep of buiten de partijen; de rij is niet gelezen.`, row.column('Soort'));
    }
  }
  const idsOf = (names: string[], row: Row, sheet: string, header: string): string[] =>
    names.flatMap((n) => {
      const p = partyByAnyName(data.parties, n);
      if (!p) {
        problems.push(makeProblem(fileName, 'warning', 'unknown-party', placeOf(sheet, row.number), `onbekende partij "${n}": geen korte naam of code op het blad Partijen.`, row.column(header)));
        return [];
      }
      return [p.id];
    });
  for (const { party, names, row } of pendingLinks) party.linkedPartyIds = idsOf(names, row, TEMPLATE_SHEETS.parties, 'Hoort bij / leden');
  for (const { index, names, row } of pendingGroups) (data.groups[index] as { memberIds: string[] }).memberIds = idsOf(names, row, TEMPLATE_SHEETS.parties, 'Hoort bij / leden');

  // Themes and topics.
  const topicByNumber = new Map<string, TopicData>();
  const topicPlaces = new Map<TopicData, Place>();
  for (const row of rows('topics', TEMPLATE_SHEETS.topics)) {
    const place = placeOf(TEMPLATE_SHEETS.topics, row.number);
    const themeNumber = Number(row.get('Thema'));
    const number = row.get('Onderwerp') || String(themeNumber);
    if (!Number.isInteger(themeNumber) || themeNumber <= 0) {
      error(place, `het thema "${row.get('Thema')}" is geen nummer; het onderwerp is niet gelezen.`, row.column('Thema'));
      continue;
    }
    if (topicByNumber.has(number)) {
      problems.push(makeProblem(fileName, 'error', 'duplicate', place, `onderwerp ${number} staat twee keer op dit blad; de tweede rij is niet gelezen.`, row.column('Onderwerp')));
      continue;
    }
    let theme = data.themes.find((t) => t.number === themeNumber);
    if (!theme) {
      theme = { number: themeNumber, title: row.get('Themanaam'), topics: [] } as ThemeData;
      data.themes.push(theme);
    }
    const topic: TopicData = {
      number,
      title: row.get('Onderwerpnaam') || theme.title,
      task: paragraphs(row.get('Opgave')),
      ambitions: row.get('Ambities').split('\n').map((s) => s.trim()).filter((s) => s !== ''),
      commitments: [],
      agreements: [],
      footnotes: row
        .get('Voetnoten')
        .split('\n')
        .map((s) => /^(\S+)\s+(.*)$/s.exec(s.trim()))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => ({ mark: m[1] as string, text: (m[2] as string).trim() })),
    };
    theme.topics.push(topic);
    topicByNumber.set(number, topic);
    topicPlaces.set(topic, { text: `${number} ${topic.title} (blad "${TEMPLATE_SHEETS.topics}", rij ${row.number})`, sheet: TEMPLATE_SHEETS.topics, row: row.number, section: number });
  }
  const topicOf = (row: Row, sheet: string): TopicData | null => {
    const number = row.get('Onderwerp');
    const topic = topicByNumber.get(number);
    if (!topic) error(placeOf(sheet, row.number), `onderwerp "${number}" staat niet op het blad "${TEMPLATE_SHEETS.topics}"; de rij is niet gelezen.`, row.column('Onderwerp'));
    return topic ?? null;
  };
  const wholeNumber = (row: Row, sheet: string, header: string): number | null => {
    const raw = row.raw(header);
    const n = typeof raw === 'number' ? raw : Number(row.get(header).replace(/^bij\s+/i, '').replace(/\.$/, ''));
    if (row.get(header) === '' || !Number.isInteger(n) || n < 0) {
      error(placeOf(sheet, row.number), `"${row.get(header)}" is geen nummer.`, row.column(header));
      return null;
    }
    return n;
  };

  for (const row of rows('commitments', TEMPLATE_SHEETS.commitments)) {
    const topic = topicOf(row, TEMPLATE_SHEETS.commitments);
    const number = wholeNumber(row, TEMPLATE_SHEETS.commitments, 'Nummer');
    if (topic && number !== null) topic.commitments.push({ number, text: row.get('Inzet') });
  }

  const agreementPlaces = new Map<AgreementData, Place>();
  for (const row of rows('agreements', TEMPLATE_SHEETS.agreements)) {
    const topic = topicOf(row, TEMPLATE_SHEETS.agreements);
    if (!topic) continue;
    const commitmentNumber = row.get('Bij inzet') === '' ? 0 : (wholeNumber(row, TEMPLATE_SHEETS.agreements, 'Bij inzet') ?? 0);
    const agreement: AgreementData = { commitmentNumber, text: row.get('Afspraak'), lead: row.get('Trekker'), involved: row.get('Betrokkenen'), schedule: row.get('Uitvoering') };
    if (agreement.text === '') {
      error(placeOf(TEMPLATE_SHEETS.agreements, row.number), 'een rij zonder afspraak is niet gelezen.', row.column('Afspraak'));
      continue;
    }
    topic.agreements.push(agreement);
    agreementPlaces.set(agreement, {
      ...placeOf(TEMPLATE_SHEETS.agreements, row.number),
      section: topic.number,
      columns: { text: row.column('Afspraak'), lead: row.column('Trekker'), involved: row.column('Betrokkenen'), schedule: row.column('Uitvoering') },
    });
  }

  const indicatorRows = new Map<Indicator, Row>();
  for (const row of rows('indicators', TEMPLATE_SHEETS.indicators)) {
    const indicator = readIndicator(row, data, (text, header) => error(placeOf(TEMPLATE_SHEETS.indicators, row.number), text, row.column(header)), (names) =>
      idsOf(names, row, TEMPLATE_SHEETS.indicators, 'Partijen'),
    );
    if (indicator) {
      data.indicators.push(indicator);
      indicatorRows.set(indicator, row);
    }
  }
  for (const [indicator, row] of indicatorRows) {
    for (const overlap of indicator.overlaps ?? []) {
      if (data.indicators.some((i) => i.code === overlap.code)) continue;
      error(placeOf(TEMPLATE_SHEETS.indicators, row.number), `de indicator "${overlap.code}" onder "Overlapt met" staat niet op dit blad.`, row.column('Overlapt met'));
    }
  }

  for (const row of rows('cycle', TEMPLATE_SHEETS.cycle)) {
    const code = row.get('Stap');
    const last = data.cycle[data.cycle.length - 1];
    if (code === '' && last) last.agreements.push(row.get('Afspraak'));
    else if (code === '') error(placeOf(TEMPLATE_SHEETS.cycle, row.number), 'een afspraak zonder stap vóór de eerste stap is niet gelezen.', row.column('Stap'));
    else data.cycle.push({ code, title: row.get('Onderdeel'), period: row.get('Periode'), agreements: row.get('Afspraak') === '' ? [] : [row.get('Afspraak')] });
  }

  for (const row of rows('glossary', TEMPLATE_SHEETS.glossary)) data.glossary.push({ group: row.get('Groep'), term: row.get('Begrip'), definition: row.get('Omschrijving') });

  if (data.themes.length === 0) {
    throw new AgreementSetRefusal(`${fileName} is niet gelezen: op het blad "${TEMPLATE_SHEETS.topics}" staat geen enkel onderwerp.`);
  }
  if (data.parties.length === 0) {
    problems.push(makeProblem(fileName, 'error', 'no-signatories', { text: `blad "${TEMPLATE_SHEETS.parties}"`, sheet: TEMPLATE_SHEETS.parties }, 'er staat geen enkele partij op dit blad.'));
  }
  // "Corporaties" and "Huurdersorganisaties" stand for the set's own members unless the sheet says otherwise.
  for (const group of groupsFor(data.parties, false)) {
    if (!data.groups.some((g) => g.name.toLowerCase() === group.name.toLowerCase())) data.groups.push(group);
  }
  const resolver = resolverFor(data.parties, data.groups, data.externalNames);
  problems.push(...checkAgreements(data, fileName, resolver, agreementPlaces, topicPlaces));
  // Targets in the text the template's indicators do not already cover are proposed as well.
  const known = new Set(data.indicators.map((i) => `${i.topicNumber}|${i.target}|${i.unit}`));
  const indicators = proposeIndicators(data, resolver).filter((p) => !known.has(`${p.topicNumber}|${p.target}|${p.unit}`));
  return {
    fileName,
    format: 'xlsx',
    data,
    parties: data.parties.map((p) => ({ id: p.id, name: p.name, kind: p.kind, source: 'template', kindGuessed: false, linkGuessed: false })),
    indicators,
    problems,
  };
}

function readIndicator(row: Row, data: AgreementSetData, fail: (text: string, header: string) => void, ids: (names: string[]) => string[]): Indicator | null {
  // The Eenheid column holds the Dutch word a person typed; a code made without one keeps that word.
  const unitWord = row.get('Eenheid').toLowerCase();
  const unit = indicatorUnitOfWord(unitWord);
  if (!unit) {
    fail(`de eenheid "${row.get('Eenheid')}" is geen woningen, procent of euro; de indicator is niet gelezen.`, 'Eenheid');
    return null;
  }
  const direction = (Object.entries(DIRECTION_WORDS).find(([, word]) => word === row.get('Richting').toLowerCase())?.[0] ?? null) as IndicatorDirection | null;
  if (!direction) {
    fail(`de richting "${row.get('Richting')}" is geen ten minste, ten hoogste of naar nul; de indicator is niet gelezen.`, 'Richting');
    return null;
  }
  const number = (header: string, required: boolean): number | undefined | null => {
    const raw = row.raw(header);
    if (typeof raw === 'number') return raw;
    const text = row.get(header);
    if (text === '') {
      if (required) fail(`"${header}" is niet ingevuld; de indicator is niet gelezen.`, header);
      return required ? null : undefined;
    }
    const n = Number(text.replace(/\./g, '').replace(',', '.'));
    if (!Number.isFinite(n)) {
      fail(`"${text}" is geen getal; de indicator is niet gelezen.`, header);
      return null;
    }
    return n;
  };
  const target = number('Doel', true);
  const deadline = number('Eindjaar', true);
  const baselineYear = number('Beginjaar', false);
  const baselineValue = number('Beginwaarde', false);
  const commitment = number('Bij inzet', false);
  if (target === null || deadline === null || target === undefined || deadline === undefined || baselineYear === null || baselineValue === null || commitment === null) return null;
  const milestones: IndicatorMilestone[] = [];
  for (const part of row.get('Tussendoelen').split(/\s*;\s*/).filter((s) => s !== '')) {
    const m = /^(\d{4})\s*[:=]\s*([\d.,]+)\s*(.*)$/.exec(part);
    if (!m) {
      fail(`het tussendoel "${part}" is niet te lezen; schrijf "2026: 100" of "2026: 100 Korte naam".`, 'Tussendoelen');
      continue;
    }
    const milestone: IndicatorMilestone = { year: Number(m[1]), value: Number((m[2] as string).replace(/\./g, '').replace(',', '.')) };
    if (m[3]) {
      const partyId = ids([m[3]])[0];
      if (partyId) milestone.partyId = partyId;
    }
    milestones.push(milestone);
  }
  const indicator: Indicator = {
    code: row.get('Code') || `${row.get('Onderwerp')}-${target}-${unitWord}`,
    title: row.get('Titel'),
    description: row.get('Omschrijving'),
    unit,
    direction,
    target,
    deadlineYear: deadline,
    partyIds: ids(row.get('Partijen').split(/\s*;\s*/).filter((s) => s !== '')),
    shared: /^(ja|j|waar|1)$/i.test(row.get('Gedeeld')),
    topicNumber: row.get('Onderwerp'),
    sourceQuote: row.get('Bron'),
    milestones,
  };
  const overlaps: IndicatorOverlap[] = [];
  for (const part of row.get('Overlapt met').split(/\s*;\s*/).filter((x) => x !== '')) {
    const m = /^(\S+)\s*\((.+)\)$/.exec(part);
    const relation = Object.entries(OVERLAP_WORDS).find(([, words]) => words === m?.[2]?.trim().toLowerCase())?.[0] as IndicatorOverlap['relation'] | undefined;
    if (!m || !relation) {
      fail(`"${part}" is niet te lezen; schrijf de code van de andere indicator met "(deel van)" of "(tussenstap naar)".`, 'Overlapt met');
      continue;
    }
    overlaps.push({ code: m[1] as string, relation });
  }
  if (overlaps.length > 0) indicator.overlaps = overlaps;
  if (baselineYear !== undefined) indicator.baselineYear = baselineYear;
  if (baselineValue !== undefined) indicator.baselineValue = baselineValue;
  if (commitment !== undefined) indicator.commitmentNumber = commitment;
  if (!data.themes.some((t) => t.topics.some((tp) => tp.number === indicator.topicNumber))) {
    fail(`onderwerp "${indicator.topicNumber}" staat niet op het blad "${TEMPLATE_SHEETS.topics}".`, 'Onderwerp');
  }
  return indicator;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}


function columnLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}


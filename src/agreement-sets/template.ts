// The Excel template for an agreement set whose document has no tables of
// afspraken: the secretary fills it in (or gets it prefilled) and the Werkbank
// reads it back with read-template.ts. One sheet per part, Dutch headers, a
// Toelichting first, and trekker/betrokkenen offered from the Partijen sheet.
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { AgreementSetData, PartyData } from '../domain/dataset';
import { INDICATOR_UNIT_WORDS, PARTY_KINDS, PARTY_KIND_WORDS, type IndicatorDirection, type IndicatorOverlap } from '../domain/types';

export const TEMPLATE_SHEETS = {
  info: 'Toelichting',
  set: 'Afsprakenset',
  parties: 'Partijen',
  topics: "Thema's en onderwerpen",
  commitments: 'Inzet',
  agreements: 'Afspraken',
  indicators: 'Indicatoren',
  cycle: 'Jaarcyclus',
  glossary: 'Begrippen',
} as const;

/** The columns of each data sheet, in order; the reader finds them by these headers. */
export const TEMPLATE_COLUMNS = {
  parties: ['Naam', 'Korte naam', 'Soort', 'Code', 'Hoort bij / leden', 'Andere schrijfwijzen', 'Ondertekend door', 'Functie'],
  topics: ['Thema', 'Themanaam', 'Onderwerp', 'Onderwerpnaam', 'Opgave', 'Ambities', 'Voetnoten'],
  commitments: ['Onderwerp', 'Nummer', 'Inzet'],
  agreements: ['Onderwerp', 'Bij inzet', 'Afspraak', 'Trekker', 'Betrokkenen', 'Uitvoering'],
  indicators: ['Code', 'Titel', 'Omschrijving', 'Eenheid', 'Richting', 'Doel', 'Beginjaar', 'Beginwaarde', 'Eindjaar', 'Partijen', 'Gedeeld', 'Onderwerp', 'Bij inzet', 'Bron', 'Tussendoelen', 'Overlapt met'],
  cycle: ['Stap', 'Onderdeel', 'Periode', 'Afspraak'],
  glossary: ['Groep', 'Begrip', 'Omschrijving'],
} as const;

export const SET_FIELDS = ['Code', 'Titel', 'Gemeente', 'Eerste jaar', 'Laatste jaar', 'Ondertekend op', 'Plaats', 'Kernen', 'Paragraaf jaarcyclus', 'Inleiding', 'Toelichting bij de begrippen'] as const;

/** The gemeente's kernen in one cell; read back split on commas, semicolons or line breaks. */
const PLACE_SEPARATOR = ', ';

/** The words of the Soort column: a party's kind, a group, or a name outside the parties. */
const KIND_CHOICES = [...PARTY_KINDS.map((k) => PARTY_KIND_WORDS[k]), 'groep', 'buiten de partijen'];

export const DIRECTION_WORDS: Record<IndicatorDirection, string> = { at_least: 'ten minste', at_most: 'ten hoogste', zero: 'naar nul' };

/** How one indicator's homes relate to another's: the words in the "Overlapt met" column. */
export const OVERLAP_WORDS: Record<IndicatorOverlap['relation'], string> = { 'part-of': 'deel van', 'step-of': 'tussenstap naar' };

/** Paragraphs in one cell: separated by an empty line. */
export const PARAGRAPH_BREAK = '\n\n';
/** Names in one cell. */
export const NAME_SEPARATOR = '; ';

const MAX_ROWS = 2000;

const INSTRUCTIONS = [
  'Sjabloon voor prestatieafspraken',
  '',
  'Gebruik dit sjabloon als het ondertekende document van de prestatieafspraken geen tabellen met afspraken heeft. Vul het in en lees het in met: prestatie afspraken-inlezen BESTAND.xlsx. De Werkbank laat eerst zien wat hij leest en wat hij niet begrijpt; er wordt dan nog niets opgeslagen.',
  '',
  'Afsprakenset: de titel, de gemeente, de looptijd (eerste en laatste jaar), de datum en plaats van ondertekening en de inleiding. Onder "Kernen" de dorpen en kernen van de gemeente, gescheiden door een komma (bijvoorbeeld Druten, Afferden, Deest, Horssen, Puiflijk): die staan niet in de afspraken zelf, maar helpen de Werkbank een plaats van de gemeente te onderscheiden van een plaats elders. Weet u ze niet, laat het vak dan leeg.',
  'Partijen: één rij per partij, met de soort gemeente, corporatie of huurdersorganisatie. Bij een huurdersorganisatie staat onder "Hoort bij / leden" de korte naam van haar corporatie. Een groep (soort "groep", bijvoorbeeld Corporaties) noemt daar haar leden; een naam buiten de partijen (soort "buiten de partijen", bijvoorbeeld marktpartijen) wordt herkend maar telt niet als partij. Meer namen in één cel scheidt u met een puntkomma.',
  "Thema's en onderwerpen: één rij per onderwerp. Een thema zonder onderwerpen krijgt als onderwerp zijn eigen nummer (3). De opgave mag meer alinea's hebben (scheid ze met een lege regel, Alt+Enter); de ambities staan elk op een eigen regel.",
  'Inzet: de genummerde inzet per onderwerp. Afspraken: per afspraak het onderwerp, het nummer van de inzet waar zij bij hoort, de tekst, de trekker, de betrokkenen en de uitvoering (een jaar, "2025 - 2028", "Jaarlijks", "Doorlopend" …). Trekker en betrokkenen kiest u uit de namen op het blad Partijen; meer betrokkenen scheidt u met een komma.',
  'Indicatoren: de succesindicatoren met hun doel (eenheid woningen, procent of euro; richting ten minste, ten hoogste of naar nul). Tussendoelen schrijft u als "2026: 100 Korte naam; 2028: 180". Telt een indicator dezelfde woningen als een andere, schrijf dan onder "Overlapt met" de code van die andere met "(deel van)" of "(tussenstap naar)": hun cijfers worden nooit opgeteld.',
  'Jaarcyclus: de vaste momenten van het jaar; een afspraak die bij dezelfde stap hoort, zet u op de volgende rij met een lege stap. Begrippen: de begrippenlijst uit de bijlage.',
];

export async function writeAgreementSetTemplate(data?: AgreementSetData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Prestatieafspraken Werkbank';
  const info = wb.addWorksheet(TEMPLATE_SHEETS.info);
  info.getColumn(1).width = 110;
  INSTRUCTIONS.forEach((line, i) => {
    const cell = info.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });

  const set = wb.addWorksheet(TEMPLATE_SHEETS.set);
  set.columns = [{ width: 28 }, { width: 100 }];
  const values: Record<(typeof SET_FIELDS)[number], string | number> = {
    Code: data?.code ?? '',
    Titel: data?.title ?? '',
    Gemeente: data?.municipality ?? '',
    'Eerste jaar': data?.periodStart ?? '',
    'Laatste jaar': data?.periodEnd ?? '',
    'Ondertekend op': data?.signedOn ?? '',
    Plaats: data?.signedPlace ?? '',
    Kernen: (data?.places ?? []).join(PLACE_SEPARATOR),
    'Paragraaf jaarcyclus': data?.cycleSection ?? '',
    Inleiding: (data?.introduction ?? []).join(PARAGRAPH_BREAK),
    'Toelichting bij de begrippen': (data?.glossaryIntro ?? []).join(PARAGRAPH_BREAK),
  };
  SET_FIELDS.forEach((field, i) => {
    set.getCell(i + 1, 1).value = field;
    set.getCell(i + 1, 1).font = { bold: true };
    set.getCell(i + 1, 2).value = values[field];
    set.getCell(i + 1, 2).alignment = { wrapText: true, vertical: 'top' };
  });

  const parties = dataSheet(wb, TEMPLATE_SHEETS.parties, TEMPLATE_COLUMNS.parties, [34, 22, 20, 20, 34, 50, 26, 36]);
  const shortNameOf = (id: string): string => data?.parties.find((p) => p.id === id)?.shortName ?? id;
  for (const p of data?.parties ?? []) {
    parties.addRow([p.name, p.shortName, PARTY_KIND_WORDS[p.kind], p.id, p.linkedPartyIds.map(shortNameOf).join(NAME_SEPARATOR), p.aliases.join(NAME_SEPARATOR), p.signatory.name, p.signatory.role]);
  }
  for (const g of data?.groups ?? []) parties.addRow([g.name, g.name, 'groep', '', g.memberIds.map(shortNameOf).join(NAME_SEPARATOR), g.aliases.join(NAME_SEPARATOR), '', '']);
  for (const name of data?.externalNames ?? []) parties.addRow([name, name, 'buiten de partijen', '', '', '', '', '']);
  validate(parties, `C2:C${MAX_ROWS}`, [`"${KIND_CHOICES.join(',')}"`], 'stop', 'Kies gemeente, corporatie, huurdersorganisatie, groep of buiten de partijen.');

  const topics = dataSheet(wb, TEMPLATE_SHEETS.topics, TEMPLATE_COLUMNS.topics, [8, 34, 11, 40, 80, 80, 40]);
  for (const theme of data?.themes ?? []) {
    for (const t of theme.topics) {
      topics.addRow([theme.number, theme.title, t.number, t.title, t.task.join(PARAGRAPH_BREAK), t.ambitions.join('\n'), t.footnotes.map((f) => `${f.mark} ${f.text}`).join('\n')]);
    }
  }

  const commitments = dataSheet(wb, TEMPLATE_SHEETS.commitments, TEMPLATE_COLUMNS.commitments, [12, 10, 110]);
  for (const t of data?.themes.flatMap((th) => th.topics) ?? []) {
    for (const c of t.commitments) commitments.addRow([t.number, c.number, c.text]);
  }

  const agreements = dataSheet(wb, TEMPLATE_SHEETS.agreements, TEMPLATE_COLUMNS.agreements, [12, 10, 80, 24, 34, 24]);
  for (const t of data?.themes.flatMap((th) => th.topics) ?? []) {
    for (const a of t.agreements) agreements.addRow([t.number, a.commitmentNumber, a.text, a.lead, a.involved, a.schedule]);
  }
  const names = `'${TEMPLATE_SHEETS.parties}'!$B$2:$B$${MAX_ROWS}`;
  validate(agreements, `D2:D${MAX_ROWS}`, [names], 'warning', 'Kies de trekker uit de korte namen op het blad Partijen.');
  // Several betrokkenen in one cell are allowed: the list only offers the names.
  validate(agreements, `E2:E${MAX_ROWS}`, [names], 'information', 'Kies uit de korte namen op het blad Partijen; meer namen scheidt u met een komma.');

  const indicators = dataSheet(wb, TEMPLATE_SHEETS.indicators, TEMPLATE_COLUMNS.indicators, [24, 40, 60, 12, 14, 10, 11, 12, 10, 30, 10, 12, 10, 60, 34, 34]);
  for (const i of data?.indicators ?? []) {
    indicators.addRow([
      i.code,
      i.title,
      i.description,
      INDICATOR_UNIT_WORDS[i.unit],
      DIRECTION_WORDS[i.direction],
      i.target,
      i.baselineYear ?? '',
      i.baselineValue ?? '',
      i.deadlineYear,
      i.partyIds.map(shortNameOf).join(NAME_SEPARATOR),
      i.shared ? 'ja' : 'nee',
      i.topicNumber,
      i.commitmentNumber ?? '',
      i.sourceQuote,
      i.milestones.map((m) => `${m.year}: ${m.value}${m.partyId ? ` ${shortNameOf(m.partyId)}` : ''}`).join(NAME_SEPARATOR),
      (i.overlaps ?? []).map((o) => `${o.code} (${OVERLAP_WORDS[o.relation]})`).join(NAME_SEPARATOR),
    ]);
  }
  validate(indicators, `D2:D${MAX_ROWS}`, ['"woningen,procent,euro"'], 'stop', 'Kies woningen, procent of euro.');
  validate(indicators, `E2:E${MAX_ROWS}`, [`"${Object.values(DIRECTION_WORDS).join(',')}"`], 'stop', 'Kies ten minste, ten hoogste of naar nul.');
  validate(indicators, `K2:K${MAX_ROWS}`, ['"ja,nee"'], 'stop', 'Kies ja of nee.');

  const cycle = dataSheet(wb, TEMPLATE_SHEETS.cycle, TEMPLATE_COLUMNS.cycle, [8, 44, 22, 90]);
  for (const step of data?.cycle ?? []) {
    step.agreements.forEach((text, i) => cycle.addRow(i === 0 ? [step.code, step.title, step.period, text] : ['', '', '', text]));
    if (step.agreements.length === 0) cycle.addRow([step.code, step.title, step.period, '']);
  }

  const glossary = dataSheet(wb, TEMPLATE_SHEETS.glossary, TEMPLATE_COLUMNS.glossary, [30, 34, 100]);
  for (const g of data?.glossary ?? []) glossary.addRow([g.group, g.term, g.definition]);

  for (const sheet of [parties, topics, commitments, agreements, indicators, cycle, glossary]) {
    sheet.eachRow((row, n) => {
      if (n > 1) row.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function dataSheet(wb: ExcelJS.Workbook, name: string, headers: readonly string[], widths: number[]): Worksheet {
  const sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((header, i) => ({ header, width: widths[i] ?? 20 }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  return sheet;
}

function validate(sheet: Worksheet, range: string, formulae: string[], errorStyle: 'stop' | 'warning' | 'information', prompt: string): void {
  const rules = (sheet as Worksheet & { dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
  rules.add(range, {
    type: 'list',
    allowBlank: true,
    formulae,
    showInputMessage: true,
    promptTitle: 'Kiezen',
    prompt,
    showErrorMessage: true,
    errorStyle,
    errorTitle: 'Niet in de lijst',
    error: prompt,
  });
}

/** The party a short name, code or name stands for. */
export function partyByAnyName(parties: PartyData[], written: string): PartyData | undefined {
  const key = written.trim().toLowerCase();
  return parties.find((p) => p.shortName.toLowerCase() === key || p.id.toLowerCase() === key || p.name.toLowerCase() === key);
}

// A partner that works in several gemeenten keeps one list for all of them, with a column saying where
// ("Gemeente": Druten, Beuningen, Beide). Read for the werkgroep of one gemeente, a row of another is not
// work under these prestatieafspraken: it is kept as a note, with a warning naming the row and the
// gemeente, and the secretary can make it an activity in one click. A row for both or all stays; a
// column that never names the werkgroep's own gemeente says nothing of this and is left alone. Where no such
// column says where, a column of places ("Kern": Deest, Dr.-Zuid, Wijchen) whose cell is the name of
// another gemeente (dutch-municipalities.ts) says so too, and else an activity that names only another
// gemeente itself ("Wijkschouw Ewijk (gemeente Beuningen)") is kept as a note. A village of the gemeenten
// around (dutch-places.ts: "Ewijk" lies in Beuningen) counts in a column of places, and in the text where the row
// or the file says the party works in that gemeente ("Opl. 14 won. Ewijk" | "gem. Beuningen"). Pure.
import { normalizeForSearch, regExpLiteral } from '../domain/text';
import { DUTCH_MUNICIPALITIES } from './dutch-municipalities';
import { KNOWN_PLACES, municipalitiesOfPlace, municipalityMisspelt, municipalityOfCode, namesOfMunicipality } from './dutch-places';
import { keptAsNotes } from './kept-as-notes';
import { activityPlace, problem, quote } from './problems';
import type { ReadTable } from './table';
import type { ReadActivity } from './types';

/** A heading that says in which gemeente the row's work is done. */
const MUNICIPALITY_HEADER = /^(gemeente|gemeenten|gem\.?|werkgebied)$/i;
/** An activity that names its gemeente itself, in brackets: "Wijkschouw Ewijk (gemeente Beuningen)". */
const NAMED_MUNICIPALITY = /\((?:gemeente|gem\.)\s+(\p{Lu}[\p{L}-]+(?:\s+(?:en\s+)?\p{Lu}[\p{L}-]+)*)\)/gu;
/** A text headed by its place, as a list by place writes it: "Wijchen, Huurlingsedam: 28 huurwoningen", "West Maas en Waal: …". */
const HEADED_BY_PLACE = /^(\p{Lu}[\p{L}-]+(?:\s+(?:en\s+|aan\s+|de\s+|den\s+|op\s+)?\p{Lu}[\p{L}-]+){0,3})\s*[:,]\s/u;
/** A place after "in", its gemeente in brackets after it, in any case: "in Beneden-Leeuwen (West Maas en Waal)", "IN WAMEL (GEM. WMW)". */
const IN_PLACE_OF = /\bin\s+([^()]{2,40}?)\s*\(\s*(?:gemeente\s+|gem\.\s*)?([^()]{3,40}?)\s*\)/giu;
/** A code of capitals heading the text before a dash, a kern's code after it or not: "WMW/BL – …", "BEU – …". */
/** "voor" and a name with capitals: "Voor Wijchen doe ik …". */
const FOR_PLACE = /\b[Vv]oor\s+(\p{Lu}[\p{L}-]+(?:\s+(?:en\s+|aan\s+|de\s+|den\s+|op\s+)?\p{Lu}[\p{L}-]+){0,3})/gu;
const CODE_HEAD = /^(\p{Lu}{3,4})(?:\/\p{Lu}{1,4})*\s+[–—-]\s/u;
/** A place after "in": "in Beuningen", "in West Maas en Waal". */
const IN_PLACE = /\bin\s+(\p{Lu}[\p{L}-]+(?:\s+(?:en\s+|aan\s+|de\s+|den\s+|op\s+)?\p{Lu}[\p{L}-]+){0,3})/gu;
/** The agreement called by its gemeente ("valt buiten de prestatieafspraken Druten"): a name, not where work is done. */
const AGREEMENT_NAMED = /\b(?:prestatieafspraken|PA)\s+\p{Lu}[\p{L}-]+/gu;
/** A heading of the village or town where the row's work is done. */
export const PLACE_HEADER = /^(kern|kernen|plaats|plaatsen|woonplaats|dorp|dorpen|waar|locatie|buurt|wijk)(\s*[/&,]\s*(kern|buurt|wijk|dorp|plaats))?$/i;
const MUNICIPALITY_NAMES = new Set(DUTCH_MUNICIPALITIES.map(normalizeForSearch));
/**
 * An address and its place after it, as a list per complex writes it: "Schoolstraat 1-24, Ewijk", "Kloosterstraat 2-20,
 * Weurt: …". House numbers, not a year ("mei 2027, Deest").
 */
const ADDRESS_PLACE = /\b\p{L}[\p{L}.-]*\s+\d{1,3}[a-z]?(?:\s*[-–]\s*\d{1,3}[a-z]?)?\s*,\s*(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/gu;
/** A place with its gemeente in brackets: "Wamel (West Maas en Waal)", "Ewijk (gem. Beuningen)". */
const PLACE_IN_MUNICIPALITY = /^[^()]+\((?:gemeente\s+|gem\.\s*)?([^()]+)\)\s*$/i;

/** A cell that spans more than one gemeente, or says nothing yet: "beide", "alle kernen", "ons hele werkgebied". */
const SEVERAL = /^(beide|allebei|alle|alle (gemeenten|kernen|dorpen|plaatsen)|(ons |het |heel |geheel )?(hele |gehele )?werkgebied|overal|algemeen|regio|regionaal|kies\b.*|n\.?v\.?t\.?|-+|–)$/i;
/** "gemeente Beuningen", "gem. Wijchen" in a cell: a gemeente named as such (its name in capitals). */
const GEMEENTE_NAMED = /\b(?:gemeente|gem\.)\s+(\p{Lu}[\p{L}-]+(?:\s+(?:en|aan|de|den|op)?\s*\p{Lu}?[\p{L}-]+){0,3})/gu;
/** A heading above rows that names the gemeente they are for: "Gemeente Wijchen", "Gem. West Maas en Waal". */
const MUNICIPALITY_HEADING = /^(?:gemeente|gem\.)\s+(.+?)\s*:?$/i;
/** A cell opened by a gemeente and a colon: "Gemeente Wijchen: 16 appartementen Tuinstraat". */
const CELL_OPENED_BY_GEMEENTE = /^(?:gemeente|gem\.)\s+([^:]{2,40}?)\s*:/i;
/** A known place as written, with a capital, alone or at the head of a compound ("Beuningen-Noord"); not within a longer name. */
const PLACE_IN_TEXT = new RegExp(String.raw`(?<![\p{L}-])(${KNOWN_PLACES.map(regExpLiteral).join('|')})(?![\p{L}])`, 'gu');
/**
 * The word before a place that makes it a partner in the work or where people come from, not where it is done
 * ("met Wijchen", "uit Tiel", "regio Nijmegen"), or an article that makes it another name ("De Ooij", a street).
 */
const NOT_WHERE = /^(met|en|uit|van|vanuit|naar|regio|tussen|richting|dan|als|de|het|t)$/i;
/** A place named to compare with: "zelfde opzet als in Druten", "net als in Deest", "zoals in Puiflijk". */
const COMPARED_WITH = /\b(zelfde\s+\p{L}+\s+|net\s+)?(als|zoals)\s+(in|bij)\s+\p{Lu}[\p{L}-]*/gu;
/** The party's own office or building, which serves every gemeente it works in: "ons eigen kantoor in Wamel". */
const OWN_BUILDING = /\b(kantoor|hoofdkantoor|bedrijfsgebouw|werkplaats|servicepunt)\b/i;

/** The places of the text where it says work is done: each named place not named as a partner ("met Wijchen") or origin ("uit Tiel"). */
function placesInText(text: string): string[] {
  if (OWN_BUILDING.test(text)) return [];
  return [...text.matchAll(PLACE_IN_TEXT)]
    .filter((m) => !NOT_WHERE.test(/(\p{L}+)\W*$/u.exec(text.slice(0, m.index))?.[1] ?? ''))
    .map((m) => m[1] as string);
}

/** Where the werkgroep works, and the file's party. */
export interface WorkArea {
  /** The werkgroep's gemeente ("Druten"). */
  municipality: string;
  /**
   * Its kernen ("Deest", "Horssen"): a column of the gemeente or the werkgebied that names one of them names the
   * werkgroep's own; where they are known, any other place there lies elsewhere, and where they are not, only
   * another gemeente's own name says so.
   */
  places?: readonly string[];
  /** The file's party's full name, when known: one named for two gemeenten ("Huurdersbelangen Beuningen Druten") works in both. */
  partyName?: string;
}

/** The table without the rows its gemeente column, or its text, gives to another gemeente than the werkgroep's. */
export function setAsideOtherMunicipalities(read: ReadTable, file: string, { municipality, places = [], partyName = '' }: WorkArea): ReadTable {
  const own = normalizeForSearch(municipality);
  if (own === '') return read;
  const asWord = (name: string): string => String.raw`(^|[^\p{L}])${regExpLiteral(normalizeForSearch(name))}($|[^\p{L}])`;
  const ownWord = new RegExp([municipality, ...places].filter((p) => normalizeForSearch(p) !== '').map(asWord).join('|'), 'u');
  // A gemeente by the code of the partner's system counts as named: "DRU", or "BEU/DRU" for both.
  const decoded = (text: string): string[] => text.split(/\s*[/,+&]\s*/).flatMap((part) => municipalityOfCode(part) ?? []);
  const names = (text: string): boolean => ownWord.test(normalizeForSearch(text)) || decoded(text).some((m) => ownWord.test(normalizeForSearch(m)));
  const column = read.columns.find((c) => c.field === null && MUNICIPALITY_HEADER.test(c.header.trim()));
  // The gemeente the row's column gives, where the column names the werkgroep's own on some row; else the
  // other gemeente the activity itself names, when it names only another ("(gemeente Beuningen)").
  const fromColumn = column && read.activities.some((a) => names(a.extra[column.header] ?? '')) ? column : undefined;
  // A column of places: a cell that is another gemeente's name, where other rows name places that are not.
  // The place itself, or its gemeente in brackets: "Wamel (West Maas en Waal)".
  // A known village of another gemeente says so too ("Ewijk" → Beuningen), unless one of its gemeenten is the werkgroep's.
  const municipalityOf = (text: string): string | undefined => {
    const named = (PLACE_IN_MUNICIPALITY.exec(text)?.[1] ?? text).trim();
    if (MUNICIPALITY_NAMES.has(normalizeForSearch(named))) return named;
    const of = municipalitiesOfPlace(named);
    if (of.length === 0) return municipalityMisspelt(named);
    return of.some(names) ? undefined : (of[0] as string);
  };
  /** A place as the reader is told it: "Ewijk (gemeente Beuningen)", or a gemeente's own name. */
  const placeWithMunicipality = (place: string): string => {
    const municipality = municipalityOf(place) ?? place;
    if (PLACE_IN_MUNICIPALITY.test(place)) return municipality;
    return normalizeForSearch(municipality) === normalizeForSearch(place) ? municipality : `${place} (gemeente ${municipality})`;
  };
  const otherMunicipality = (text: string): boolean => {
    const municipality = municipalityOf(text);
    return municipality !== undefined && !names(municipality);
  };
  const placeColumn = fromColumn
    ? undefined
    : read.columns.find(
        (c) =>
          c.field === null &&
          PLACE_HEADER.test(c.header.trim()) &&
          read.activities.some((a) => {
            const text = a.extra[c.header]?.trim() ?? '';
            return text !== '' && !otherMunicipality(text);
          }),
      );
  // A gemeente column holds gemeenten; a werkgebied may hold villages, of which only the known kernen tell.
  const holdsVillages = fromColumn !== undefined && !/^(gemeente|gemeenten|gem\.?)$/i.test(fromColumn.header.trim()) && places.length === 0;
  const placeOf = (act: ReadActivity): { where: string; said: string } | undefined => {
    const text = (fromColumn ? act.extra[fromColumn.header] : undefined)?.trim() ?? '';
    if (text !== '') {
      if (names(text) || SEVERAL.test(text) || (holdsVillages && municipalityOf(text) === undefined)) return undefined;
      const [code] = decoded(text);
      return { where: code !== undefined ? `${code} (${text})` : text, said: `volgens kolom ${fromColumn?.column} ${quote(fromColumn?.header ?? '')}` };
    }
    const place = (placeColumn ? act.extra[placeColumn.header] : undefined)?.trim() ?? '';
    if (place !== '' && otherMunicipality(place)) return { where: placeWithMunicipality(place), said: `volgens kolom ${placeColumn?.column} ${quote(placeColumn?.header ?? '')}` };
    const named = [...act.activity.matchAll(NAMED_MUNICIPALITY)].map((m) => m[1] as string);
    if (named.length > 0) return named.some(names) ? undefined : { where: named.join(', '), said: 'volgens de tekst zelf' };
    // Another cell of the row that says so in brackets, where the text names no place: "Nieuwbouw Zandstraat
    // Beneden-Leeuwen (gem. West Maas en Waal)" as the indicator of "Start bouw 30 sociale huurwoningen".
    const cells = [...Object.values(act.extra), act.needs ?? '', act.notes ?? '', act.involved ?? ''];
    const namedInRow = cells.flatMap((v) => [...v.matchAll(NAMED_MUNICIPALITY)].map((m) => m[1] as string));
    if (namedInRow.length > 0 && placesInText(act.activity).length === 0 && !names(act.activity) && !cells.some(names)) {
      return { where: namedInRow.join(', '), said: 'volgens de rij' };
    }
    // Another cell that opens with another gemeente as what the row is about: "Gemeente Wijchen: 16 appartementen
    // Tuinstraat" as the subject of "start bouw".
    const openedBy = [...cells, act.topicContext ?? ''].map((v) => CELL_OPENED_BY_GEMEENTE.exec(v.trim())?.[1]).find((g) => g !== undefined && MUNICIPALITY_NAMES.has(normalizeForSearch(g)) && !names(g));
    if (openedBy !== undefined && placesInText(act.activity).length === 0 && !names(act.activity)) return { where: openedBy, said: 'volgens de rij' };
    // Another gemeente where the text says the work is: "Huurdersspreekuur in Beuningen (Het Wielewaal)".
    // Not the party's own office there, which serves every gemeente it works in.
    // Also misspelt ("in Wijgchen"), or with its gemeente in brackets after the place, in any case ("IN BENEDEN LEEUWN (WEST
    // MAAS EN WAAL)").
    const gemeenteOf = (p: string): string | undefined => (MUNICIPALITY_NAMES.has(normalizeForSearch(p)) ? p : municipalityMisspelt(p));
    const inMunicipality = OWN_BUILDING.test(act.activity)
      ? undefined
      : [
          ...[...act.activity.matchAll(IN_PLACE)].map((m) => ({ gemeente: gemeenteOf(m[1] as string), where: gemeenteOf(m[1] as string) })),
          ...[...act.activity.matchAll(IN_PLACE_OF)].map((m) => ({ gemeente: gemeenteOf(m[2] as string), where: `${(m[1] as string).trim()} (gemeente ${(m[2] as string).trim()})` })),
          // "Voor Wijchen doe ik in 2027 ook de planmonitor": for another gemeente, named exactly.
          ...[...act.activity.matchAll(FOR_PLACE)].map((m) => {
            const named = MUNICIPALITY_NAMES.has(normalizeForSearch(m[1] as string)) ? (m[1] as string) : undefined;
            return { gemeente: named, where: named };
          }),
        ].find((p): p is { gemeente: string; where: string } => p.gemeente !== undefined && !names(p.gemeente))?.where;
    if (inMunicipality !== undefined && !names(act.activity.replace(AGREEMENT_NAMED, ''))) return { where: inMunicipality, said: 'volgens de tekst zelf' };
    // Another gemeente's code heading the text, as a list by place writes it: "WMW/BL – 14 appartementen Molenstraat".
    const codeHead = CODE_HEAD.exec(act.activity.trim())?.[1];
    const codedGemeente = codeHead === undefined ? undefined : municipalityOfCode(codeHead);
    if (codedGemeente !== undefined && !names(codedGemeente)) return { where: `${codedGemeente} (${codeHead})`, said: 'volgens het begin van de tekst' };
    // Another gemeente heading the text, where the text names none of the werkgroep's places as where it works.
    // The gemeente itself, or heading a part of it: "Nijmegen-Dukenburg: renovatie van 120 portiekflats".
    const written = HEADED_BY_PLACE.exec(act.activity.trim())?.[1];
    const headedBy = written !== undefined && !MUNICIPALITY_NAMES.has(normalizeForSearch(written)) ? written.split('-')[0] : written;
    if (headedBy !== undefined && MUNICIPALITY_NAMES.has(normalizeForSearch(headedBy)) && !names(act.activity.replace(AGREEMENT_NAMED, ''))) {
      return { where: headedBy, said: 'volgens het begin van de tekst' };
    }
    // A village of another gemeente heading the text: "Ewijk, Keizershof: oplevering 24 soc. huurapp." (Ewijk lies in Beuningen).
    if (written !== undefined && !MUNICIPALITY_NAMES.has(normalizeForSearch(written)) && otherMunicipality(written) && !names(act.activity.replace(AGREEMENT_NAMED, ''))) {
      return { where: placeWithMunicipality(written), said: 'volgens het begin van de tekst' };
    }
    // A place of another gemeente in the text ("Wijkschouw Beuningen-Centrum"), the row saying whose it is
    // in another cell ("met gemeente Beuningen").
    const said = [...Object.values(act.extra), act.notes ?? '', act.involved ?? ''].flatMap((v) => [...v.matchAll(GEMEENTE_NAMED)].map((m) => (m[1] as string).trim()));
    const placed = said.find((g) => MUNICIPALITY_NAMES.has(normalizeForSearch(g)) && !names(g) && new RegExp(String.raw`(^|[^\p{L}])${g}($|[^\p{L}])`, 'iu').test(act.activity));
    if (placed !== undefined && !names(act.activity)) return { where: placed, said: 'volgens de tekst en de rij' };
    // The address of the complex or building the row is about, its place that of another gemeente: in the text ("Kloosterstraat
    // 2-20, Weurt: BC begeleiden"), a cell of its own ("Dreumelsestraat 1-30, Wamel") or the heading over its rows ("Complex 2210
    // – Schoolstraat 1-24, Ewijk"), where the row names no address or place of the werkgroep's own.
    const addressed = [act.activity, act.section ?? '', ...Object.values(act.extra)].flatMap((t) => [...t.matchAll(ADDRESS_PLACE)].map((m) => m[1] as string));
    const away = addressed.find(otherMunicipality);
    if (away !== undefined && !addressed.some(names) && !names(act.activity)) return { where: placeWithMunicipality(away), said: 'volgens het adres' };
    // Under a heading that names another gemeente: "Gemeente Wijchen", then its rows.
    const heading = (act.section ?? '').trim();
    const headed = MUNICIPALITY_HEADING.exec(heading)?.[1] ?? heading;
    if (heading !== '' && !names(heading) && MUNICIPALITY_NAMES.has(normalizeForSearch(headed))) return { where: headed, said: `volgens de kop ${quote(heading)} erboven` };
    return undefined;
  };
  const elsewhere = new Map(read.activities.flatMap((a) => {
    const place = placeOf(a);
    return place ? [[a, place] as const] : [];
  }));
  // A place the file's own column gave to elsewhere ("Winssen"), named in the text of a row that leaves the
  // column empty ("… de nieuwe flat aan de Julianastraat in Winssen"), where it names none of the werkgroep's.
  const placesElsewhere = [...new Set([...elsewhere.values()].filter((p) => p.said.startsWith('volgens kolom')).map((p) => p.where))];
  if (fromColumn && placesElsewhere.length > 0) {
    const inText = new RegExp(String.raw`\b(?:in|te|uit)\s+(${placesElsewhere.map(regExpLiteral).join('|')})(?![\p{L}-])`, 'u');
    for (const a of read.activities) {
      const found = (a.extra[fromColumn.header] ?? '').trim() === '' && !elsewhere.has(a) && !names(a.activity) ? inText.exec(a.activity) : null;
      if (found) elsewhere.set(a, { where: found[1] as string, said: `volgens de tekst (kolom ${fromColumn.column} ${quote(fromColumn.header)} noemt het elders)` });
    }
  }
  // A village of another gemeente where the text says the work is done ("Opl. 14 won. Ewijk"), naming no place of the
  // werkgroep's own, where the row or the file says the party works in that gemeente: the row names it ("gem. Beuningen"
  // in a remark), or another row of the file was set aside for it. A village alone says nothing: a partner's own
  // project name may hold one.
  // First the rows that say so themselves, then those the file's other rows vouch for.
  for (const byFile of [false, true]) {
    const setAsideFor = byFile ? [...elsewhere.values()].map((p) => normalizeForSearch(p.where)) : [];
    for (const a of read.activities) {
      // A place of the werkgroep's named as a comparison ("zelfde opzet als in Druten") says nothing of where this work is.
      if (elsewhere.has(a) || names(a.activity.replace(COMPARED_WITH, ' '))) continue;
      // Nor where the row's own gemeente column says it spans them all ("alle", "werkgebied"), as placeOf reads it:
      // "Streefhuurbeleid actualiseren en toelichten aan HBD en huurdersorganisaties Wijchen" is Druten's too.
      if (fromColumn && SEVERAL.test((a.extra[fromColumn.header] ?? '').trim())) continue;
      const villages = [...new Set(placesInText(a.activity))];
      const gemeenten = villages.map(municipalityOf);
      if (villages.length === 0 || gemeenten.some((g) => g === undefined)) continue;
      const rest = normalizeForSearch([villages.reduce((text, v) => text.replace(v, ' '), a.activity), a.notes ?? '', a.involved ?? '', a.lead ?? '', ...Object.values(a.extra)].join(' | '));
      // The gemeente named beside its village ("in Beneden-Leeuwen (West Maas en Waal)") says it as a remark would.
      const besideItsVillage = (g: string): boolean => villages.includes(g) && villages.some((v) => v !== g && municipalityOf(v) === g);
      // A village that heads the text as its place ("Winssen: 12 huurwoningen …") is where the work is.
      const headsText = (v: string): boolean => new RegExp(`^${regExpLiteral(v)}\\s*:`, 'u').test(a.activity.trim());
      const said = (g: string): boolean => {
        const written = new RegExp(namesOfMunicipality(g).map(asWord).join('|'), 'u');
        return written.test(rest) || besideItsVillage(g) || villages.some((v) => headsText(v) && municipalityOf(v) === g) || setAsideFor.some((w) => written.test(w));
      };
      // The party named for that gemeente too ("Huurdersbelangen Beuningen Druten") works there.
      const partyWorksIn = (g: string): boolean => new RegExp(namesOfMunicipality(g).map(asWord).join('|'), 'u').test(normalizeForSearch(partyName));
      const named = villages.filter((v) => !besideItsVillage(v));
      if ((gemeenten as string[]).every(said)) {
        elsewhere.set(a, { where: named.map(placeWithMunicipality).join(', '), said: byFile ? 'volgens de tekst (andere rijen noemen die gemeente)' : 'volgens de tekst en de rij' });
      } else if (!byFile && partyName !== '' && (gemeenten as string[]).every((g) => said(g) || partyWorksIn(g))) {
        elsewhere.set(a, { where: named.map(placeWithMunicipality).join(', '), said: `volgens de tekst (${partyName} werkt ook daar)` });
      }
    }
  }
  return keptAsNotes(read, [...elsewhere.keys()], (a) => {
    const place = elsewhere.get(a) as { where: string; said: string };
    return problem(
      'warning',
      'other-municipality',
      activityPlace(file, a),
      `${quote(a.activity, 80)} is ${place.said} werk in ${quote(place.where)}, niet in ${municipality}; ` +
        'bewaard als opmerking bij het overzicht, niet als activiteit. Hoort het toch in dit overzicht, maak er dan een activiteit van.',
    );
  });
}

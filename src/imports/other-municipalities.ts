// A partner that works in several gemeenten keeps one list for all of them, with a column saying where
// ("Gemeente": Druten, Beuningen, Beide). Read for the werkgroep of one gemeente, a row of another is not
// work under these prestatieafspraken: it is kept as a note, with a warning naming the row and the
// gemeente, and the secretary can make it an activity in one click. A row for both or all stays; a
// column that never names the werkgroep's own gemeente says nothing of this and is left alone. Where no such
// column says where, a column of places ("Kern": Deest, Dr.-Zuid, Wijchen) whose cell is the name of
// another gemeente (dutch-municipalities.ts) says so too, and else an activity that names only another
// gemeente itself ("Wijkschouw Ewijk (gemeente Beuningen)") is kept as a note. Pure.
import { normalizeForSearch } from '../domain/text';
import { DUTCH_MUNICIPALITIES } from './dutch-municipalities';
import { keptAsNotes } from './kept-as-notes';
import { activityPlace, problem, quote } from './problems';
import type { ReadTable } from './table';
import type { ReadActivity } from './types';

/** A heading that says in which gemeente the row's work is done. */
const MUNICIPALITY_HEADER = /^(gemeente|gemeenten|gem\.?|werkgebied)$/i;
/** An activity that names its gemeente itself, in brackets: "Wijkschouw Ewijk (gemeente Beuningen)". */
const NAMED_MUNICIPALITY = /\((?:gemeente|gem\.)\s+(\p{Lu}[\p{L}-]+(?:\s+(?:en\s+)?\p{Lu}[\p{L}-]+)*)\)/gu;
/** A heading of the village or town where the row's work is done. */
const PLACE_HEADER = /^(kern|kernen|plaats|plaatsen|woonplaats|dorp|waar|locatie)$/i;
const MUNICIPALITY_NAMES = new Set(DUTCH_MUNICIPALITIES.map(normalizeForSearch));
/** A place with its gemeente in brackets: "Wamel (West Maas en Waal)", "Ewijk (gem. Beuningen)". */
const PLACE_IN_MUNICIPALITY = /^[^()]+\((?:gemeente\s+|gem\.\s*)?([^()]+)\)\s*$/i;

/** A cell that spans more than one gemeente, or says nothing yet: "beide", "alle kernen", "ons hele werkgebied". */
const SEVERAL = /^(beide|allebei|alle|alle (gemeenten|kernen|dorpen|plaatsen)|(ons |het |heel |geheel )?(hele |gehele )?werkgebied|overal|algemeen|regio|regionaal|kies\b.*|n\.?v\.?t\.?|-+|–)$/i;
/** "gemeente Beuningen", "gem. Wijchen" in a cell: a gemeente named as such (its name in capitals). */
const GEMEENTE_NAMED = /\b(?:gemeente|gem\.)\s+(\p{Lu}[\p{L}-]+(?:\s+(?:en|aan|de|den|op)?\s*\p{Lu}?[\p{L}-]+){0,3})/gu;
/** A heading above rows that names the gemeente they are for: "Gemeente Wijchen", "Gem. West Maas en Waal". */
const MUNICIPALITY_HEADING = /^(?:gemeente|gem\.)\s+(.+?)\s*:?$/i;

/**
 * The table without the rows its gemeente column gives to another gemeente than `municipality`. `places`
 * are the kernen of the werkgroep's gemeente ("Deest", "Horssen"): a column of the gemeente or the
 * werkgebied that names one of them names the werkgroep's own; where they are known, any other place there
 * lies elsewhere, and where they are not, only another gemeente's own name says so.
 */
export function setAsideOtherMunicipalities(read: ReadTable, municipality: string, file: string, places: readonly string[] = []): ReadTable {
  const own = normalizeForSearch(municipality);
  if (own === '') return read;
  const asWord = (name: string): string => String.raw`(^|[^\p{L}])${normalizeForSearch(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\p{L}])`;
  const ownWord = new RegExp([municipality, ...places].filter((p) => normalizeForSearch(p) !== '').map(asWord).join('|'), 'u');
  const names = (text: string): boolean => ownWord.test(normalizeForSearch(text));
  const column = read.columns.find((c) => c.field === null && MUNICIPALITY_HEADER.test(c.header.trim()));
  // The gemeente the row's column gives, where the column names the werkgroep's own on some row; else the
  // other gemeente the activity itself names, when it names only another ("(gemeente Beuningen)").
  const fromColumn = column && read.activities.some((a) => names(a.extra[column.header] ?? '')) ? column : undefined;
  // A column of places: a cell that is another gemeente's name, where other rows name places that are not.
  // The place itself, or its gemeente in brackets: "Wamel (West Maas en Waal)".
  const municipalityOf = (text: string): string | undefined => {
    const named = PLACE_IN_MUNICIPALITY.exec(text)?.[1] ?? text;
    return MUNICIPALITY_NAMES.has(normalizeForSearch(named)) ? named.trim() : undefined;
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
      return { where: text, said: `volgens kolom ${fromColumn?.column} ${quote(fromColumn?.header ?? '')}` };
    }
    const place = (placeColumn ? act.extra[placeColumn.header] : undefined)?.trim() ?? '';
    if (place !== '' && otherMunicipality(place)) return { where: municipalityOf(place) as string, said: `volgens kolom ${placeColumn?.column} ${quote(placeColumn?.header ?? '')}` };
    const named = [...act.activity.matchAll(NAMED_MUNICIPALITY)].map((m) => m[1] as string);
    if (named.length > 0) return named.some(names) ? undefined : { where: named.join(', '), said: 'volgens de tekst zelf' };
    // A place of another gemeente in the text ("Wijkschouw Beuningen-Centrum"), the row saying whose it is
    // in another cell ("met gemeente Beuningen").
    const said = [...Object.values(act.extra), act.notes ?? '', act.involved ?? ''].flatMap((v) => [...v.matchAll(GEMEENTE_NAMED)].map((m) => (m[1] as string).trim()));
    const placed = said.find((g) => MUNICIPALITY_NAMES.has(normalizeForSearch(g)) && !names(g) && new RegExp(String.raw`(^|[^\p{L}])${g}($|[^\p{L}])`, 'iu').test(act.activity));
    if (placed !== undefined && !names(act.activity)) return { where: placed, said: 'volgens de tekst en de rij' };
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
    const inText = new RegExp(String.raw`\b(?:in|te|uit)\s+(${placesElsewhere.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\p{L}-])`, 'u');
    for (const a of read.activities) {
      const found = (a.extra[fromColumn.header] ?? '').trim() === '' && !elsewhere.has(a) && !names(a.activity) ? inText.exec(a.activity) : null;
      if (found) elsewhere.set(a, { where: found[1] as string, said: `volgens de tekst (kolom ${fromColumn.column} ${quote(fromColumn.header)} noemt het elders)` });
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

// The woonplaatsen (villages and towns) of the gemeenten along the Waal and the Maas around Druten, with
// their gemeente: Rijk van Nijmegen, Maas en Waal, Rivierenland, the Bommelerwaard and the Maasland of
// Oss. The corporations and tenant organisations of a werkgroep there work in several of these gemeenten,
// and their lists name the village, not the gemeente ("Opl. 14 won. Ewijk", "Schouw Weurt"). A row that
// names a village of another gemeente, and none of the werkgroep's own, is that gemeente's work
// (other-municipalities.ts).
//
// Not complete for the country: a village not listed here says nothing, as before. Left out on purpose are
// names that are also Dutch words or common elsewhere in a sentence ("Beek", "Haren", "Well", "Est",
// "Buren"), so that a capital at the start of a sentence is never read as a place.
import { editDistance } from '../domain/text';

const PLACES: Readonly<Record<string, readonly string[]>> = {
  Beuningen: ['Beuningen', 'Ewijk', 'Weurt', 'Winssen'],
  'Berg en Dal': ['Berg en Dal', 'Groesbeek', 'Heilig Landstichting', 'Kekerdom', 'Leuth', 'Millingen aan de Rijn', 'Ooij', 'Persingen', 'Ubbergen'],
  Druten: ['Druten', 'Afferden', 'Deest', 'Horssen', 'Puiflijk'],
  Heumen: ['Heumen', 'Malden', 'Nederasselt', 'Overasselt'],
  Lingewaard: ['Lingewaard', 'Angeren', 'Bemmel', 'Doornenburg', 'Gendt', 'Haalderen', 'Huissen'],
  Maasdriel: ['Maasdriel', 'Alem', 'Ammerzoden', 'Hedel', 'Heerewaarden', 'Hoenzadriel', 'Hurwenen', 'Kerkdriel', 'Rossum', 'Velddriel'],
  'Neder-Betuwe': ['Neder-Betuwe', 'Dodewaard', 'Echteld', 'IJzendoorn', 'Kesteren', 'Ochten', 'Opheusden'],
  Nijmegen: ['Nijmegen', 'Lent', 'Oosterhout', 'Ressen'],
  Oss: ['Oss', 'Berghem', 'Demen', 'Deursen', 'Dieden', 'Herpen', 'Lith', 'Lithoijen', 'Macharen', 'Maren-Kessel', 'Megen', 'Oijen', 'Ravenstein', 'Teeffelen'],
  Overbetuwe: ['Overbetuwe', 'Andelst', 'Driel', 'Elst', 'Hemmen', 'Herveld', 'Heteren', 'Randwijk', 'Slijk-Ewijk', 'Valburg', 'Zetten'],
  Tiel: ['Tiel', 'Kapel-Avezaath', 'Wadenoijen', 'Zennewijnen'],
  'West Betuwe': ['West Betuwe', 'Asperen', 'Beesd', 'Geldermalsen', 'Haaften', 'Herwijnen', 'Heukelum', 'Leerdam', 'Meteren', 'Tricht', 'Varik', 'Waardenburg'],
  'West Maas en Waal': ['West Maas en Waal', 'Alphen', 'Altforst', 'Appeltern', 'Beneden-Leeuwen', 'Boven-Leeuwen', 'Dreumel', 'Maasbommel', 'Wamel'],
  Wijchen: ['Wijchen', 'Alverna', 'Balgoij', 'Batenburg', 'Bergharen', 'Hernen', 'Leur', 'Niftrik'],
  Zaltbommel: ['Zaltbommel', 'Brakel', 'Bruchem', 'Gameren', 'Kerkwijk', 'Nederhemert', 'Nieuwaal', 'Poederoijen', 'Zuilichem'],
};

/** The short names people write for a gemeente in a remark ("gem. WMW"). */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  'West Maas en Waal': ['WMW'],
};

/** A gemeente's name and the short names written for it. */
export function namesOfMunicipality(municipality: string): readonly string[] {
  return [municipality, ...(ABBREVIATIONS[municipality] ?? [])];
}

/** Small words a gemeente's initials leave out: "West Maas en Waal" is "WMW". */
const LINKING_WORDS = new Set(['en', 'aan', 'de', 'den', 'op']);

/**
 * The gemeente a partner's system code stands for, among those listed here: three or four capitals that its
 * name begins with ("DRU" Druten, "BEU" Beuningen), its initials ("WMW" West Maas en Waal), or its letters in
 * order from the first ("WCH" Wijchen); only where one gemeente fits. Undefined for any other code ("GEM", "HO").
 */
export function municipalityOfCode(code: string): string | undefined {
  const written = code.trim();
  if (!/^\p{Lu}{3,4}$/u.test(written)) return undefined;
  const letters = written.toLowerCase();
  const fits = (name: string): boolean => {
    const words = name.toLowerCase().split(/[\s-]+/);
    const initials = words.filter((w) => !LINKING_WORDS.has(w)).map((w) => w[0]).join('');
    const flat = words.join('');
    let at = 0;
    for (const letter of letters) {
      at = flat.indexOf(letter, at);
      if (at < 0) return false;
      at++;
    }
    return flat.startsWith(letters) || initials === letters || (flat[0] === letters[0] && at > 0);
  };
  const found = Object.keys(PLACES).filter((m) => (ABBREVIATIONS[m] ?? []).includes(written) || fits(m));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The gemeente listed here that a name of at least six letters misspells by one letter ("Wijgchen", "Beuningn");
 * undefined where none or more than one is that near.
 */
export function municipalityMisspelt(name: string): string | undefined {
  const written = name.trim().toLowerCase();
  if (written.length < 6) return undefined;
  const found = Object.keys(PLACES).filter((m) => {
    const known = m.toLowerCase();
    return known !== written && Math.abs(known.length - written.length) <= 1 && editDistance(known, written) === 1;
  });
  return found.length === 1 ? found[0] : undefined;
}

/** Each place with the gemeenten it lies in (a name may stand for places in more than one). */
const MUNICIPALITIES_OF = new Map<string, string[]>();
for (const [municipality, places] of Object.entries(PLACES)) {
  for (const place of places) MUNICIPALITIES_OF.set(place, [...(MUNICIPALITIES_OF.get(place) ?? []), municipality]);
}

/** The gemeenten a place lies in, by its name as written with capitals ("Ewijk" → Beuningen); empty when not known. */
export function municipalitiesOfPlace(name: string): readonly string[] {
  return MUNICIPALITIES_OF.get(name.trim()) ?? [];
}

/** The known places, longest first, so that "Slijk-Ewijk" is found before "Ewijk". */
export const KNOWN_PLACES: readonly string[] = [...MUNICIPALITIES_OF.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));

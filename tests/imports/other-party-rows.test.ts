// A meeting's action list sent as a party's activiteitenoverzicht: the other parties' actions are theirs.
import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { otherPartyRows } from '../../src/imports/other-party-rows';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import { expectPlacesInMessages } from '../helpers/problems';
import { saveWorkbook } from '../helpers/workbook';

const NAMES: Record<string, string[]> = {
  gemeente: ['gemeente'],
  woonwaarts: ['woonwaarts'],
  ww: ['woonwaarts'],
  'de kernen': ['de-kernen'],
  hbd: ['hbd'],
  bewonersraad: ['bewonersraad'],
  corporaties: ['woonwaarts', 'de-kernen'],
};
/** Every party a cell names, or null when it names anyone unknown (a person, "WW"). */
const partiesOf = (written: string): string[] | null => {
  const parts = written.split(/\s*(?:[,+&/]|\ben\b)\s*/).filter((p) => p.trim() !== '');
  const found = parts.map((p) => NAMES[p.trim().toLowerCase()]);
  return found.some((f) => f === undefined) ? null : [...new Set(found.flat() as string[])];
};
const NAME: Record<string, string> = { gemeente: 'Gemeente Druten', woonwaarts: 'Woonwaarts', 'de-kernen': 'De Kernen', hbd: 'HBD', bewonersraad: 'Bewonersraad' };
/** The parties a free text names, as the service finds them by their names and aliases. */
const namedIn = (text: string): string[] =>
  Object.entries({ 'de-kernen': /\bDe Kernen\b|\bcorporaties\b/, woonwaarts: /\bWoonwaarts\b|\bWW\b/, bewonersraad: /\bBewonersraad\b/, gemeente: /\bgemeente\b/i })
    .filter(([, name]) => name.test(text))
    .map(([id]) => id);

async function list(header: string[], rows: string[][], fileName = 'De Kernen - actielijst werkgroep 2028.xlsx') {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Actielijst');
  ws.getRow(1).values = header;
  rows.forEach((row, i) => (ws.getRow(2 + i).values = row));
  const read = await readActivityWorkbook(await saveWorkbook(wb), fileName);
  return otherPartyRows(read, 'de-kernen', partiesOf, (id) => NAME[id] ?? id, namedIn);
}

describe("the other parties' rows of an action list", () => {
  it('keeps the actions only other parties hold as notes, and the sender\'s own, shared or unknown ones as activities', async () => {
    const r = await list(
      ['Nr', 'Actiepunt', 'Wie', 'Wanneer'],
      [
        ['1', 'Hybride warmtepomp bij vervanging van de cv-ketel', 'De Kernen', 'hele jaar'],
        ['2', 'Monitor toewijzingen toelichten in de werkgroep', 'Woonwaarts', 'april'],
        ['3', 'Convenant woonfraude uitwerken met de politie', 'corporaties, gemeente', 'Q2'],
        ['4', 'Raadsvoorstel vereveningsfonds', 'gemeente', 'Q3'],
        ['5', 'Buurtkamer: aanbod voor ouderen', 'Welzijn Druten', '2028'],
      ],
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 4, 6]);
    expect(r.notes.map((n) => n.row)).toEqual([3, 5]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is volgens kolom C "Wie" werk van Woonwaarts, niet van De Kernen');
    expectPlacesInMessages(r);
  });

  it("reads a plan's \"Wie\" as the party leading work the sender takes part in: nothing is set aside", async () => {
    const r = await list(
      ['Onderwerp', 'Wat gaan we doen', 'Wie', 'Wanneer'],
      [
        ['Energie', 'Hybride warmtepomp bij vervanging van de cv-ketel', 'De Kernen', 'hele jaar'],
        ['Ontmoeting', 'Naar de sessie over ontmoeting van de gemeente', 'gemeente', 'juni'],
      ],
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 3]);
  });

  it('reads the "Wie" of a sheet two parties keep together: the other\'s rows are theirs, but for those that give the sender a part', async () => {
    const r = await list(
      ['Nr', 'Wie', 'Wat', 'Wanneer'],
      [
        ['1', 'De Kernen', 'Hybride warmtepomp bij vervanging van de cv-ketel', 'hele jaar'],
        ['2', 'WW', 'Oplevering 34 sociale huurappartementen Heuvelstraat', 'Q3'],
        ['3', 'Woonwaarts', 'Cijfers over de verhuringen delen met De Kernen', 'oktober'],
        ['4', 'Woonwaarts', 'Meedenken over de regeling voor ouderen die kleiner gaan wonen', 'voorjaar'],
        ['5', 'samen', 'Wijkschouw Horssen-Zuid', 'juni'],
      ],
      'Planning Woonwaarts-De Kernen 2028.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 4, 5, 6]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is volgens kolom B "Wie" werk van Woonwaarts, niet van De Kernen');
  });

  it("reads a step under an action that another party takes (\"– Woonwaarts levert …\") as theirs; not one that gives the sender a part", async () => {
    const r = await list(
      ['Doel / actie', 'Met wie', 'Wanneer'],
      [
        ['1.1 Nagaan of huurders met label D t/m G echt geen huurverhoging kregen', 'Woonwaarts', 'augustus'],
        ['– Woonwaarts levert de lijst met adressen', 'Woonwaarts', 'juli'],
        ['a. Gemeente en De Kernen nodigen de buren uit', 'gemeente', 'mei'],
        ['• Met Woonwaarts bekijken of een verhuiscoach iets is', 'Woonwaarts', 'najaar'],
        ['– Woonwaarts stuurt ons de cijfers', 'Woonwaarts', 'juni'],
      ],
      'De Kernen jaarplan 2027.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 4, 5, 6]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is als stap van een actie werk van Woonwaarts, niet van De Kernen');
  });

  it('reads rows under "Inbreng Bewonersraad" as the Bewonersraad\'s, but for those that give the sender a part', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Druten 2028');
    ws.getRow(1).values = ['Activiteit', 'Doel', 'Wanneer'];
    ws.getRow(2).values = ['Convenant tegen woonfraude met gemeente en politie uitvoeren', 'veilige buurt', 'Q2'];
    ws.getRow(4).values = ['Inbreng Bewonersraad'];
    ws.getCell('A4').font = { bold: true };
    ws.getRow(5).values = ['Wijkschouw Horssen-Zuid: de Bewonersraad nodigt uit, De Kernen zorgt voor de zaal', 'zien wat er speelt', 'juni'];
    ws.getRow(6).values = ['Twee leden volgen de Woonbond-cursus over prestatieafspraken', 'kennis', 'voorjaar'];
    const read = await readActivityWorkbook(await saveWorkbook(wb), 'De Kernen activiteiten Druten 2028.xlsx');
    const r = otherPartyRows(read, 'de-kernen', partiesOf, (id) => NAME[id] ?? id, namedIn);
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 5]);
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('is onder de kop "Inbreng Bewonersraad" werk van Bewonersraad, niet van De Kernen');
  });

  it('reads a row whose text another party\'s name opens, with a verb said of it, as theirs; not a note naming whom to ask, nor work the sender is named in but for being told', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('2028');
    ws.getRow(1).values = ['Activiteit', 'Kern', 'Wanneer'];
    const rows = [
      'Woonwaarts bouwt 28 appartementen aan de Hogeweg, gemeente verleent de vergunning',
      'Gemeente investeert in de openbare ruimte van Wilgenland',
      'Woonwaarts informeert De Kernen over de planning van het schilderwerk',
      'Woonwaarts vragen hoeveel woningen nog label E hebben',
      'Woonwaarts bouwt, De Kernen denkt mee over het ontwerp',
      'Gemeente legt ons de planmonitor voor',
      'Hybride warmtepompen in Horssen-Zuid',
    ];
    rows.forEach((text, i) => (ws.getRow(2 + i).values = [text, 'Druten', '2028']));
    const read = await readActivityWorkbook(await saveWorkbook(wb), 'De Kernen activiteiten 2028.xlsx');
    const r = otherPartyRows(read, 'de-kernen', partiesOf, (id) => NAME[id] ?? id, namedIn);
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5, 6, 7, 8]);
    expect(r.problems.find((p) => p.row === 2)?.message).toContain('is volgens de tekst werk van Woonwaarts, niet van De Kernen');
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is volgens de tekst werk van Gemeente Druten, niet van De Kernen');
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('is volgens de tekst werk van Woonwaarts, niet van De Kernen');
    expectPlacesInMessages(r);
  });

  it('keeps another party\'s project where the row gives the sender a role of its own, not where the role is none or the sender is only told', async () => {
    const r = await list(
      ['Project', 'Rol De Kernen', 'Opmerking'],
      [
        ['Woonwaarts bouwt 24 appartementen aan de Kattenburg', 'meedenken over de toewijzing', ''],
        ['Woonwaarts verduurzaamt complex Heuvelstraat', 'n.v.t.', ''],
        ['Woonwaarts biedt zonnepanelen aan in Druten-Noord', 'informeren', 'wij worden op de hoogte gehouden'],
        ['Gemeente maakt de warmtevisie', 'ter info', ''],
      ],
      'De Kernen volglijst projecten 2028.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('staat met rol "n.v.t.": geen eigen bijdrage');
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('is volgens de tekst werk van Woonwaarts, niet van De Kernen');
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('staat met rol "ter info": geen eigen bijdrage');
  });

  it('reads a project another party\'s name opens with a colon as theirs where the column of the sender\'s own part stays empty or says none', async () => {
    const r = await list(
      ['Project', 'Van', 'Inzet De Kernen', 'Wanneer'],
      [
        ['Woonwaarts bouwt 24 levensloopgeschikte appartementen Kattenburg', 'Woonwaarts', 'oudere huurders in de buurt vertellen over de voorrang', 'najaar'],
        ['Woonwaarts: groot onderhoud Druten-Zuid', 'Woonwaarts', 'ter info', ''],
        ['Woonwaarts: percentage loting en aandeel jongeren', 'Woonwaarts', '', ''],
        ['Woonwaarts: regeling voor ouderen die kleiner gaan wonen', 'Woonwaarts', 'folder verspreiden onder onze huurders', 'voorjaar'],
      ],
      'De Kernen inzet projecten 2027.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 5]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is volgens de tekst werk van Woonwaarts, niet van De Kernen');
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('is volgens de tekst werk van Woonwaarts, niet van De Kernen');
  });

  it('reads work the text gives to another party in the passive, or says the sender has no part in, as theirs', async () => {
    const r = await list(
      ['Activiteit', 'Status / wie', 'Opmerking'],
      [
        ['Herinrichting openbare ruimte Wilgenland (Deest) wordt door de gemeente uitgevoerd', 'gemeente', ''],
        ['Inzet van de verhuiscoach wordt voortgezet, mede gefinancierd door de gemeente', 'loopt', ''],
        ['Pluspakketten worden door Woonwaarts aangeboden en afgehandeld', 'geen rol De Kernen', ''],
        ['Zon', '', 'Woonwaarts legt weer zonnepanelen; De Kernen is daar dit jaar niet bij betrokken'],
        ['Wijkschouw wordt door de gemeente en De Kernen samen voorbereid', '', ''],
      ],
      'De Kernen activiteiten 2028.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([3, 6]);
    expect(r.problems.find((p) => p.row === 2)?.message).toContain('is volgens de tekst werk van Gemeente Druten, niet van De Kernen');
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('is volgens de tekst werk van Woonwaarts, niet van De Kernen');
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('is volgens de tekst werk van Woonwaarts, niet van De Kernen');
  });

  it('reads a person of another party doing the work, a party and colon before a verb, and a role column named for another party, as that party\'s', async () => {
    const r = await list(
      ['Activiteit', 'Rol Woonwaarts', 'Wanneer'],
      [
        ['Peter (gemeente) levert de cijfers uit de planmonitor', '', 'maart'],
        ['Gemeente: neemt besluit over het ondertekenen van het convenant', '', 'Q2'],
        ['Woonwaarts houdt een huurdersavond in Druten-Zuid over de buurt', 'organiseert', 'mei'],
        ['De Pit (bewonersblad) themanummer energie', '', 'oktober'],
        ['Gemeente: overleg over de grondprijs van Kattenburg', '', 'Q1'],
        ['Jeroen: start tweede fase Deest Zuid', '', 'Q3'],
      ],
      'De Kernen activiteiten 2028.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5, 6, 7]);
    expect(r.problems.find((p) => p.row === 2)?.message).toContain('is volgens de tekst werk van Gemeente Druten, niet van De Kernen');
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is volgens de tekst werk van Gemeente Druten, niet van De Kernen');
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('is volgens de tekst werk van Woonwaarts, niet van De Kernen');
  });

  it('reads work the region, the province or the Rijk does as theirs, where the row gives the sender no part', async () => {
    const r = await list(
      ['Wat', 'Programma', 'Wanneer'],
      [
        ['Inbreng leveren voor de regionale woonagenda', 'Woondeal', 'voorjaar'],
        ['De regio publiceert de voortgangsrapportage van de Woondeal', 'Woondeal', 'juni'],
        ['Provincie Gelderland opent een nieuwe subsidie voor woningaanpassing', 'provinciaal', 'maart'],
        ['Het Rijk stelt de huurverhoging voor 2028 vast; wij rekenen de gevolgen voor onze huurders door', 'landelijk', 'juli'],
      ],
      'De Kernen activiteiten 2028.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 5]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is volgens de tekst werk van de regio, niet van De Kernen');
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('is volgens de tekst werk van de provincie Gelderland, niet van De Kernen');
    expectPlacesInMessages(r);
  });

  it("reads a party's name typed in lower case, opening the text before its verb, as the one who does it", async () => {
    const r = await list(
      ['Wat', 'Wanneer', 'Rol'],
      [
        ['Huurders informeren over de zonnepanelen van Woonwaarts', 'voorjaar', 'voorlichting'],
        ['woonwaarts bouwt 20 woningen in Deest', '2028', ''],
        ['gemeente stelt de woonvisie vast; wij geven advies', 'juni', ''],
      ],
      'De Kernen activiteiten 2028.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 4]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is volgens de tekst werk van Woonwaarts, niet van De Kernen');
  });

  it('reads another party answering the sender ("reageert op ons advies") as that party\'s step, not the sender\'s', async () => {
    const r = await list(
      ['Wat', 'Wanneer'],
      [
        ['Advies uitbrengen op de huurverhoging van Woonwaarts', 'februari'],
        ['Woonwaarts reageert schriftelijk op ons advies', 'maart'],
        ['Woonwaarts en wij bespreken het advies in het overleg', 'april'],
      ],
      'De Kernen activiteiten 2028.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 4]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is volgens de tekst werk van Woonwaarts, niet van De Kernen');
  });

  it('reads a project another party\'s name opens with a colon or a dash as theirs where the row says it is there for information', async () => {
    const r = await list(
      ['Wat', 'Wanneer', 'Opmerking'],
      [
        ['Nieuwsbrief juni: artikel over de warmtepompen', 'juni', ''],
        ['Woonwaarts: persbericht huurverhoging in De Maas en Waler', 'juli', 'ter info, niet van De Kernen'],
        ["Gemeente: campagne 'Een graadje lager' op Facebook", '', 'ter info'],
        ['Gemeente: energiecoaches bij onze huurders inzetten', 'najaar', ''],
        ['Woonwaarts: gezamenlijke huurdersavond, wij organiseren mee', 'okt', 'ter info'],
        ['HBD – klimaatmeting in 12 woningen Kerkstraat (ter info)', '', ''],
        ['Wijkschouw Horssen – route maken met de dorpsraad', 'mei', ''],
        ['Energiefestival Woonwaarts in Druten (ter info)', 'sept', ''],
        ['Kraam op het energiefestival, samen met Woonwaarts (ter info)', 'sept', ''],
      ],
      'De Kernen communicatie 2027.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 5, 6, 8, 10]);
    expect(r.problems.find((p) => p.row === 9)?.message).toContain('is volgens de tekst werk van Woonwaarts, niet van De Kernen');
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is volgens de tekst werk van Woonwaarts, niet van De Kernen');
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('is volgens de tekst werk van Gemeente Druten, niet van De Kernen');
    expect(r.problems.find((p) => p.row === 7)?.message).toContain('is volgens de tekst werk van HBD, niet van De Kernen');
  });

  it('reads a row told "ter info" beside it (in its reference or remark) or at the end of its text as the work of the party it names, unless the sender tells others', async () => {
    const r = await list(
      ['Wat gaan we doen', 'Samen met', 'Wie trekt', 'Link PA', 'Opmerking'],
      [
        ['Hybride warmtepompen bij vervanging van de cv-ketel', '', 'De Kernen', '3 bij 1 (4)', ''],
        ['Energiefestival in Horssen', 'Woonwaarts', '', 'ter info', ''],
        ['Huurdersdag in Druten', '', 'Bewonersraad', '', 'ter info, wij gaan niet'],
        ['Overlegtafel Leefbaarheid (gemeente met Woonwaarts) – verslag ter info', '', 'gemeente', '', ''],
        ['Jaarcijfers van het leefbaarheidsbudget delen', 'Woonwaarts', '', '', 'ter kennisname aan de gemeente'],
        ['Wijkschouw Horssen met de Bewonersraad', 'Bewonersraad', 'De Kernen', '', 'ter info: route volgt'],
        ['Gemeente: nieuwe speelplek Wilgenland, ter info (PvD)', '', '', '', ''],
      ],
      'De Kernen - PA Druten 2027 (samenwerking).xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 6, 7]);
    expect(r.notes.map((n) => n.row).sort((a, b) => a - b)).toEqual([3, 4, 5, 8]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is ter informatie genoemd, dus werk van Woonwaarts, niet van De Kernen');
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('is ter informatie genoemd, dus werk van Gemeente Druten, niet van De Kernen');
    expectPlacesInMessages(r);
  });

  it('keeps a text that says itself it is there for information, naming no party nor a partner, as a note, without saying whose it is', async () => {
    const r = await list(
      ['Wat', 'Wanneer', 'Opmerking'],
      [
        ['Zorggroep Maas & Waal sluit steunpunt Horssen per 1 april (ter info)', '', ''],
        ['Ontmoetingsochtend in het steunpunt, met Zorggroep Maas & Waal (ter info)', 'mrt', ''],
        ['Wij schuiven aan bij de sluiting van het steunpunt (ter info)', 'april', ''],
        ['Wijkschouw Horssen', 'mei', ''],
        ['Planning aannemer Hurks (ter info): steigers blok B wk 36–41, kozijnen wk 40–47', '', ''],
        ['Liander: verzwaring MS-station Druten, wachtlijst grootverbruik – ter info', '', ''],
        ['Planmonitor delen – ter info', 'okt', ''],
      ],
      'De Kernen plan 2028.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([3, 4, 5, 8]);
    expect(r.problems.find((p) => p.row === 7)?.message).toContain('staat er zelf ter informatie, zonder deel van De Kernen');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('staat er zelf ter informatie, zonder deel van De Kernen');
    const told = r.problems.find((p) => p.row === 2)?.message ?? '';
    expect(told).toContain('staat er zelf ter informatie, zonder deel van De Kernen');
    expect(told).not.toMatch(/ is (volgens|ter informatie genoemd)/);
    expectPlacesInMessages(r);
  });

  it('reads "ter info" closing a bracket after who acts ("(actie politie, ter info)") as for information', async () => {
    const r = await list(
      ['Wat doen we', 'Met wie', 'Wanneer'],
      [
        ['Politie: extra controles buitengebied Horssen op drugsafval en hennep (actie politie, ter info)', 'politie', ''],
        ['Huismeesters trainen in het herkennen van hennepsignalen (met politie)', 'politie', 'maart'],
      ],
      'DK activiteiten 2028.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([3]);
    expect(r.problems.find((p) => p.row === 2)?.message).toContain('staat er zelf ter informatie, zonder deel van De Kernen');
  });

  it("reads a list of promises as an action list: the one who promised does the work, and whom it was promised to has no part in it", async () => {
    const r = await list(
      ['Nr', 'Toezegging / motie', 'Aan wie', 'Door wie', 'Termijn'],
      [
        ['1', 'Hybride warmtepomp bij elke cv-ketel die vervangen wordt', 'Bewonersraad', 'Vastgoedbeheer', 'heel 2028'],
        ['2', 'Gemeente zegt toe het uitvoeringsplan warmtevisie voor Horssen vast te stellen', 'De Kernen', 'gemeente', 'zomer 2028'],
        ['3', 'Energiefestival in het dorpshuis van Horssen', 'Bewonersraad', 'Woonwaarts', 'oktober'],
        ['4', 'Werkwijze vervuilde woningen met GGD en gemeente op papier zetten', 'Bewonersraad', 'Wijkconsulenten', 'Q3 2028'],
      ],
      'De Kernen toezeggingen Druten 2028.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 5]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('werk van Gemeente Druten, niet van De Kernen');
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('werk van Woonwaarts, niet van De Kernen');
    expectPlacesInMessages(r);
  });

  it("reads a matrix of roles by the sender's own column: where it is only informed or has no role and another party has one, the row is theirs", async () => {
    const r = await list(
      ['Activiteit', 'Gemeente', 'Woonwaarts', 'De Kernen', 'HBD', 'Bewonersraad', 'Planning'],
      [
        ['Kloosterakker Horssen: oplevering 27 sociale huurwoningen', 'C', '', 'R', '', 'I', 'Q2'],
        ['Zonnepanelen huurders Afferden', 'I', 'R/A', 'I', 'C', '', 'voorjaar'],
        ['Verhuiscoach: resultaten bespreken', 'A', 'R', '', 'C', 'C', 'najaar'],
        ['Wijkschouw Horssen', 'C', '', 'C', '', 'R', 'mei'],
      ],
      'De Kernen rollen 2028.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 5]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is volgens kolom D "De Kernen" ("I") werk van Woonwaarts, niet van De Kernen');
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('is volgens kolom D "De Kernen" (leeg) werk van Gemeente Druten en Woonwaarts, niet van De Kernen');
    expectPlacesInMessages(r);
  });

  it('reads "Van wie" beside promises as who promised: the trekker, not whom a need is asked of; a promise of another that gives the sender its part stays', async () => {
    const r = await list(
      ['Wat is toegezegd', 'Van wie', 'Aan wie', 'Wanneer'],
      [
        ['Wijkschouw Horssen-Noord organiseren met de gemeente', 'De Kernen', 'bewoners', 'mei 2028'],
        ['Geen huurverhoging in 2028 voor woningen met label D t/m G', 'Woonwaarts', 'De Kernen', '1 juli 2028'],
        ['Woonwaarts legt het streefhuurbeleid aan ons voor; De Kernen geeft schriftelijk advies', 'Woonwaarts', 'De Kernen', 'najaar 2028'],
      ],
      'De Kernen toezeggingen 2028.xlsx',
    );
    expect(r.columns.find((c) => c.header === 'Van wie')?.field).toBe('lead');
    expect(r.activities.map((a) => [a.rowNumber, a.needsFrom])).toEqual([
      [2, undefined],
      [4, undefined],
    ]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('werk van Woonwaarts, niet van De Kernen');
  });

  it('reads a document the sender only receives ("Ontvanger": "wij", "te ontvangen") as the work of whoever makes it', async () => {
    const r = await list(
      ['Product', 'Van', 'Ontvanger', 'Wanneer', 'Status'],
      [
        ['Uitnodiging wijkschouw Horssen-Noord', 'De Kernen', 'bewoners', 'april', ''],
        ['Folder pluspakketten 2028', 'Woonwaarts', 'wij', 'jan', 'ter info'],
        ['Woonruimteverdelingsmonitor 2027 (aanlevering Woonwaarts)', '', 'gemeente', '1 april', 'te ontvangen'],
      ],
      'De Kernen producten 2028.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is een stuk dat de partij alleen ontvangt, dus werk van Woonwaarts, niet van De Kernen');
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('werk van Woonwaarts');
  });
});


describe("another party's project named in brackets at the end of the text", () => {
  it("is that party's work, unless the text says the sender's part in it", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Jaarplan');
    ws.getRow(1).values = ['Item', 'Status', 'Datum'];
    const rows = [
      ['Wijkschouw Horssen-Noord organiseren met bewoners', 'Working on it', '2027-05-12'],
      ['Dakrenovatie Kloosterakker (De Kernen)', 'Stuck', '2027-09-01'],
      ['Naar de bijeenkomst van Peter (gemeente)', 'Working on it', '2027-03-08'],
      ['Wijkschouw Deest (met De Kernen)', 'Working on it', '2027-06-02'],
      ['De Kernen: bewonersavond over de tussenevaluatie (activiteit De Kernen)', 'Stuck', '2027-10-01'],
    ];
    rows.forEach((row, i) => (ws.getRow(2 + i).values = row));
    const read = await readActivityWorkbook(await saveWorkbook(wb), 'Jaarplan Bewonersraad 2027.xlsx');
    const r = otherPartyRows(read, 'bewonersraad', partiesOf, (id) => NAME[id] ?? id, namedIn);
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 4, 5]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is volgens de tekst werk van De Kernen, niet van Bewonersraad');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('is volgens de tekst werk van De Kernen, niet van Bewonersraad');
    expectPlacesInMessages(r);
  });

  it('sets aside a row whose remark ends in "(ter info)" and names whose work it is', async () => {
    const r = await list(
      ['Maand', 'Activiteit', 'Opmerking'],
      [
        ['mei', 'Leefbaarheid Horssen', 'problemen per buurt in kaart met De Kernen + gemeente'],
        ['okt', 'Brandveiligheid Kloosterakker', 'Woonwaarts voert maatregelen uit (ter info)'],
      ],
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('werk van Woonwaarts, niet van De Kernen');
    expectPlacesInMessages(r);
  });
});

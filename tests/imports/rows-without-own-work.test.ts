// Rows of a partner's table that hold no work of the sender in the planning year, in the
// words partners use for it: a need of others with no own work beside it, a remark that the
// work was done, stops, or was decided against, and a sheet of finished work kept beside the
// year's. None is an activity; each is named in a warning or kept as a note, so nothing is lost.
import { Workbook, type Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readActivityWorkbook, type ReadWorkbookOptions } from '../../src/imports/read-workbook';
import type { ReadWorkbook } from '../../src/imports/types';
import { expectPlacesInMessages } from '../helpers/problems';
import { partnerSheet, saveWorkbook } from '../helpers/workbook';

/** The werkgroep's gemeente and its kernen, as the service gives them to the reader. */
const DRUTEN = { municipality: 'Druten', places: ['Druten', 'Afferden', 'Deest', 'Horssen', 'Puiflijk'] };

async function readRows(header: string[], rows: (string | number)[][], fileName: string, options: ReadWorkbookOptions = {}): Promise<ReadWorkbook> {
  return readActivityWorkbook(await partnerSheet(header, rows, { title: fileName.replace(/\.xlsx$/, '') }), fileName, options);
}

describe('a row that only asks something of others', () => {
  it('is no activity where the own-work cell says there is none, with or without why', async () => {
    const r = await readRows(
      ['Thema', 'Wat gaan we doen', 'Onze rol', 'Wat hebben we nodig van', 'Wanneer'],
      [
        ['Betaalbaarheid', '— (geen eigen inzet)', '', 'Woonwaarts: de monitor toewijzingen vóór 1 april', 'maart'],
        ['Statushouders', '— geen eigen inzet', '', 'Woonwaarts: halfjaarlijks de aantallen', ''],
        ['Wonen en zorg', 'geen eigen actie, zie kolom D', '', 'gemeente: besluit over een ontmoetingsruimte', ''],
        ['Leefbaarheid', '(geen actie van De Kernen zelf)', '', 'gemeente: overlast als vast agendapunt', ''],
        ['Vereveningsfonds', 'Geen inzet: de raad heeft in december 2026 besloten geen fonds in te stellen', '', '', ''],
        ['Energie', 'Geen huurverhoging voor woningen met label D tot en met G', 'uitvoeren', '', '1 juli'],
        ['Wijkschouw', 'Wijkschouw Horssen organiseren met de gemeente', 'trekker', 'gemeente: een zaal', 'mei'],
      ],
      'De Kernen activiteiten 2028.xlsx',
    );
    expect(r.activities.map((a) => a.activity)).toEqual([
      'Geen huurverhoging voor woningen met label D tot en met G',
      'Wijkschouw Horssen organiseren met de gemeente',
    ]);
    // Each row without own work is named, with what it holds, so the need is not lost unseen; a remark
    // in brackets alone is kept as a note.
    const named = r.problems.filter((p) => p.code === 'no-activity-text');
    expect(named.map((p) => p.row)).toEqual([4, 5, 6, 8]);
    expect(r.notes.map((n) => n.row)).toContain(7);
    expect(named[0]?.message).toContain('Woonwaarts: de monitor toewijzingen vóór 1 april');
    expectPlacesInMessages(r);
  });
});

describe("a row of the party's own organisation", () => {
  it('stays an activity under "Overig" with the role "nvt": the agreement gives it no role, the work is the party\'s own', async () => {
    const r = await readRows(
      ['Thema', 'Wat gaan we doen?', 'Rol gem.', 'Wie?'],
      [
        ['Leefbaarheid', 'Overlegtafel leefbaarheid voorzitten, signalen van partners bundelen', 'uitvoeren', 'Sanne'],
        ['Leefbaarheid', 'Woonwaarts: wijkschouw Deest', 'nvt', ''],
        ['Overig', 'Nieuw zaaksysteem team Wonen: alle PA-acties en toezeggingen daarin bijhouden', 'nvt', 'Sanne'],
      ],
      'Gemeente Druten - inzet PA 2027.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 6]);
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('staat met rol "nvt": geen eigen bijdrage');
  });
});

describe('a role column named for another party', () => {
  const header = ['Activiteit', 'Wanneer', 'Rol Bewonersraad'];
  const rows = [
    ['Huurders met een cv-ketel ouder dan 15 jaar per brief en huisbezoek informeren over de hybride warmtepomp', 'doorlopend', '-'],
    ['Wijkschouw Horssen met bewonerscommissie en wijkbeheerder', 'mei', 'meelopen'],
  ];
  /** The parties as the service names them to the reader: the heading's own, and the file's. */
  const parties = (own: string) => ({ own, of: (written: string) => (/bewonersraad/i.test(written) ? 'bewonersraad' : /kernen/i.test(written) ? 'de-kernen' : null) });

  it("holds that party's part: a dash there takes nothing from the sender's own work", async () => {
    const r = await readRows(header, rows, 'De Kernen - communicatie bewoners Horssen 2028.xlsx', { planningYear: 2028, parties: parties('de-kernen') });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 5]);
  });

  it("is kept as that party's column, as written, and never shown as the sender's own role", async () => {
    const r = await readRows(header, [...rows, ['Bewonersavond over het onderhoudsplan', 'najaar', 'Mee Lopen']], 'De Kernen - communicatie bewoners Horssen 2028.xlsx', {
      planningYear: 2028,
      parties: parties('de-kernen'),
    });
    expect(r.activities.map((a) => [a.role, a.extra['Rol Bewonersraad']])).toEqual([
      [undefined, '-'],
      [undefined, 'meelopen'],
      [undefined, 'Mee Lopen'],
    ]);
    expect(r.columns.find((c) => c.header === 'Rol Bewonersraad')?.field).toBeNull();
    expect(r.problems.filter((p) => p.code === 'others-role-column').map((p) => p.message)).toEqual([
      expect.stringContaining('de kolom "Rol Bewonersraad" gaat over de rol van een andere partij dan de inzender; de waarden zijn bewaard als extra gegeven, niet gelezen als eigen rol.'),
    ]);
    expect(r.problems.some((p) => p.code === 'unknown-column')).toBe(false);
  });

  it('is read so where the sender is not chosen but the title or the file name names it, as the preview proposes it', async () => {
    const { own: _chosen, ...unchosen } = parties('de-kernen');
    const r = await readRows(header, rows, 'De Kernen - communicatie bewoners Horssen 2028.xlsx', { planningYear: 2028, parties: unchosen });
    expect(r.partyHint).toBe('De Kernen');
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 5]);
  });

  it("is the sender's own part in the sender's own file: a dash there says it has none", async () => {
    const r = await readRows(header, rows, 'Bewonersraad jaarplan 2028.xlsx', { planningYear: 2028, parties: parties('bewonersraad') });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('staat met rol "-": geen eigen bijdrage');
  });
});

describe('a remark that the work is no work of the year', () => {
  it('reads "nog geen besluit", "→ niet doen" and a stop before the year beside the text', async () => {
    const r = await readRows(
      ['Wat', 'Kern', 'Wnr', 'Opm.'],
      [
        ['Tijdelijke units spoedzoekers', 'Druten', '', 'nog geen besluit MT'],
        ['Verhuiscoach', 'alle', '', 'meerwaarde onderzocht 2026 → niet doen'],
        ['Energiecafé in het dorpshuis', 'Horssen', '', 'De Kernen – stopt eind 2027'],
        ['Huurdersspreekuur in de bieb', 'Druten', '', 'vervalt per 2028'],
        ['Sleutelbos: digitaal sleutelkastje', 'Deest', '', 'stopt in 2029, daarna via de app'],
        ['Wijkschouw Horssen-Noord', 'Horssen', 'juni', 'eerste keer in 2028, niet doen als het regent'],
      ],
      'Woonwaarts input 2028.xlsx',
      { planningYear: 2028 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([8, 9]);
    const why = (row: number): string => r.problems.filter((p) => p.row === row).map((p) => p.message).join(' | ');
    expect(why(4)).toContain('"nog geen besluit MT"');
    expect(why(5)).toContain('besloten het niet te doen');
    expect(why(6)).toContain('stopt eind 2027');
    expect(why(7)).toContain('vervalt per 2028');
    expect(r.notes.map((n) => n.row)).toEqual(expect.arrayContaining([4, 5, 6, 7]));
    expectPlacesInMessages(r);
  });

  it('reads a remark that it was all put right already as done: an incident told, not work planned', async () => {
    const r = await readRows(
      ['Wat', 'Wie', 'Wanneer', 'Opmerking'],
      [
        ['Storm 18 feb: 3 bomen op daken De Hoeve', '', '', 'DK heeft alles al hersteld'],
        ['Lekkage dak wijkcentrum Deest', '', '', 'is al verholpen.'],
        ['Stormschade De Hoeve: nazorg bij de bewoners', 'Bewonersraad', 'maart', 'het dak is al hersteld'],
        ['Lekkage berging Kloosterakker', '', 'Q2 2028', 'is al verholpen'],
        ['Zaal en koffie nieuwjaarsbijeenkomst', '', 'jan', 'alles al geregeld'],
      ],
      'Bewonersraad plannen 2028.xlsx',
      { planningYear: 2028 },
    );
    // A remark about a part (the roof, with work after it) or the year's own date leaves the row as work; "geregeld" is preparation.
    expect(r.activities.map((a) => a.rowNumber)).toEqual([6, 7, 8]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('is al gedaan (Opmerking: "DK heeft alles al hersteld")');
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('is al verholpen');
    expectPlacesInMessages(r);
  });

  it('keeps the work that fills the place of what stopped: the stop in brackets is its cause, not its end', async () => {
    const r = await readRows(
      ['Wat', 'Wanneer', 'Opm.'],
      [
        ['Vacature secretaris invullen (plots gestopt feb. 2027), tot dan doet de voorzitter het', 'z.s.m.', ''],
        ['Opvolger zoeken voor de huismeester Deest (gestopt eind 2027)', 'Q1', ''],
        ['Energiecafé in het dorpshuis (stopt eind 2027)', 'okt', ''],
      ],
      'HBD jaarplan 2028.xlsx',
      { planningYear: 2028 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 5]);
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('stopt eind 2027');
    expectPlacesInMessages(r);
  });

  it('reads a list typed without a table by the same rules: "gedaan dec 2027" beside an item is done before 2028', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.getRow(1).values = ['Bewonersraad – punten 2028'];
    ws.getRow(2).values = ['- Schouw Horssen-Noord (wij organiseren)', 'juni'];
    ws.getRow(3).values = ['- Kraam op het energiefestival', 'okt'];
    ws.getRow(4).values = ['- Kennismaking nieuwe wethouder', 'gedaan dec 2027'];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'BR punten 2028.xlsx');
    expect(r.activities.map((a) => a.activity)).toEqual(['Schouw Horssen-Noord (wij organiseren)', 'Kraam op het energiefestival']);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('vóór 2028');
    // The column beside the list has no heading: said once, without a row above the sheet's first.
    expect(r.problems.find((p) => p.code === 'unknown-column')?.row).toBeUndefined();
    expectPlacesInMessages(r);
  });
});

describe('sheets beside the year', () => {
  it('does not read a sheet of finished work ("Afgerond") beside the theme sheets, and names the sheets it read', async () => {
    const wb = new Workbook();
    for (const [name, rows] of [
      ['Wonen', [['Woningbehoefte Horssen laten onderzoeken', 'Q2', '']]],
      ['Duurzaam', [['Cv-ketel aan vervanging toe → hybride warmtepomp', 'hele jaar', '']]],
      ['Afgerond', [['Oplevering Kloosterakker (27 woningen)', 'nov. 2026', '']]],
    ] as const) {
      const ws = wb.addWorksheet(name);
      ws.getRow(1).values = ['Wat', 'Wanneer', 'Met wie'];
      rows.forEach((row, i) => (ws.getRow(2 + i).values = [...row]));
    }
    // A stop written where there was room, in "Met wie".
    (wb.getWorksheet('Duurzaam') as ReturnType<Workbook['addWorksheet']>).getRow(3).values = ['Energiecafé in het dorpshuis', '', 'De Kernen – stopt eind 2027'];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'De Kernen jaarplan Druten 2028 (per thema).xlsx', { planningYear: 2028 });
    expect(r.activities.map((a) => a.activity)).toEqual(['Woningbehoefte Horssen laten onderzoeken', 'Cv-ketel aan vervanging toe → hybride warmtepomp']);
    expect(r.problems.find((p) => p.code === 'several-sheets')?.message).toContain(
      'ook blad "Afgerond" lijkt activiteiten te bevatten; alleen de bladen "Wonen", "Duurzaam" zijn gelezen.',
    );
    expect(r.problems.find((p) => p.sheet === 'Duurzaam' && p.row === 3)?.message).toContain('stopt eind 2027');
    expectPlacesInMessages(r);
  });
});

describe('work in a village of another gemeente', () => {
  const druten = { planningYear: 2028, ...DRUTEN };

  it('keeps a row as a note where its place column, or its text and the row or the file, name a village of another gemeente', async () => {
    const r = await readRows(
      ['Wat', 'Kern', 'Aantal', 'Opm.'],
      [
        ['Opl. 28 app. DAEB (1-2p hh)', 'Druten', 28, ''],
        ['Opl. 14 won. Ewijk', '', 14, 'gem. Beuningen'],
        ['Schouw Weurt', '', '', ''],
        ['Wijkschouw Beuningen-Noord met HBD', '', '', ''],
        ['Nwb 18 won.', 'Beneden-Leeuwen', 18, ''],
        ['Nwb 12 won. Wamel', '', 12, 'gem. WMW'],
        ['Hofje 16 nultredenwoningen', 'Afferden', 16, ''],
        ['Regionale woonagenda: afstemmen met Wijchen en Beuningen', '', '', ''],
        ['Statushouders uit Tiel een plek geven in Deest', '', '', ''],
        ['Ervaringen Deest Zuid delen met Ewijk', '', '', ''],
      ],
      'Woonwaarts input PA Druten 2028.xlsx',
      druten,
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 10, 11, 12, 13]);
    const why = (row: number): string => r.problems.filter((p) => p.row === row).map((p) => p.message).join(' | ');
    expect(why(5)).toContain('is volgens de tekst en de rij werk in "Ewijk (gemeente Beuningen)", niet in Druten');
    expect(why(6)).toContain('volgens de tekst (andere rijen noemen die gemeente) werk in "Weurt (gemeente Beuningen)"');
    expect(why(7)).toContain('"Beuningen"');
    expect(why(8)).toContain('volgens kolom B "Kern" werk in "Beneden-Leeuwen (gemeente West Maas en Waal)"');
    // "gem. WMW": the short name people write for West Maas en Waal.
    expect(why(9)).toContain('volgens de tekst en de rij werk in "Wamel (gemeente West Maas en Waal)"');
    expect(r.notes.map((n) => n.row)).toEqual(expect.arrayContaining([5, 6, 7, 8, 9]));
    expectPlacesInMessages(r);
  });

  it('keeps a row whose gemeente column says it spans them all, whatever village its text names', async () => {
    const r = await readRows(
      ['Gem.', 'Activiteit 2027', 'Kw.'],
      [
        ['DRU', 'Deest Zuid tranche 2: DO 18 soc. huurwon.', 'Q1-Q4'],
        ['BEU', 'Sloop 40 portiekwon. Van Heemstraweg Weurt, sociaal plan', 'Q2-Q4'],
        ['WIJ', 'Renovatie 60 won. Wijchen-Zuid', 'Q3'],
        ['alle', 'Streefhuurbeleid 2027-2030 actualiseren en toelichten aan HBD en huurdersorganisaties Wijchen', 'Q1'],
        ['', 'Schouw Weurt met de wijkagent', 'mei'],
      ],
      'Woonwaarts werkplan 2027 BEU-DRU-WIJ.xlsx',
      { ...druten, planningYear: 2027 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 7]);
    expect(r.problems.filter((p) => p.code === 'other-municipality').map((p) => p.row)).toEqual([5, 6, 8]);
  });

  it('claims nothing of a village named in the text alone: a project may carry its name', async () => {
    const r = await readRows(
      ['Wat', 'Wanneer'],
      [
        ['Schouw Weurt', 'mei'],
        ['Anterieure overeenkomst Boven-Leeuwen Zuid: 30% sociale huur', 'Q2'],
      ],
      'HBD activiteiten Druten 2028.xlsx',
      druten,
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 5]);
  });

  it('claims nothing of a village where the werkgroep is of that gemeente itself', async () => {
    const r = await readRows(['Wat', 'Wanneer', 'Opm.'], [['Schouw Weurt', 'mei', ''], ['Nieuwbouw Deest Zuid fase 2', 'Q3', 'gem. Druten']], 'Woonwaarts Beuningen 2028.xlsx', {
      planningYear: 2028,
      municipality: 'Beuningen',
      places: ['Beuningen', 'Ewijk', 'Weurt', 'Winssen'],
    });
    expect(r.activities.map((a) => a.activity)).toEqual(['Schouw Weurt']);
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('"Deest (gemeente Druten)", niet in Beuningen');
  });
});

describe('more ways a row says it is no work of the year', () => {
  it('reads "besloten … niet in te zetten", a copy under the next number and a village beside its gemeente', async () => {
    const r = await readRows(
      ['Nr', 'Activiteit', 'Omvang', 'Team', 'Wanneer'],
      [
        [1, 'Cv-ketel aan vervanging toe: vervangen door een hybride warmtepomp', 'ca. 20 woningen', 'Vastgoed', 'doorlopend'],
        [2, 'Huurdersavond over de nieuwe huurprijzen', '', 'Klant', 'maart'],
        [3, 'Verhuiscoach: na de evaluatie besloten hem in Horssen niet in te zetten', '', 'Wonen', ''],
        [4, 'Kantoorpand ombouwen tot 12 huurwoningen in Beneden-Leeuwen (West Maas en Waal)', '', 'Vastgoed', '2028'],
        [5, 'Cv-ketel aan vervanging toe: vervangen door een hybride warmtepomp', 'ca. 20 woningen', 'Vastgoed', 'doorlopend'],
        [6, 'Energiefestival in het dorpshuis', '', 'Klant', 'oktober'],
      ],
      'De Kernen activiteiten Druten 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 5, 9]);
    const why = (row: number): string => r.problems.filter((p) => p.row === row).map((p) => p.message).join(' | ');
    expect(why(6)).toContain('besloten is het niet (meer) te doen');
    expect(why(7)).toContain('"Beneden-Leeuwen (gemeente West Maas en Waal)"');
    expect(why(8)).toContain('herhaalt rij 4 woord voor woord');
    expectPlacesInMessages(r);
  });

  it('reads "voor 2028 geen nieuwe acties" under the year\'s own heading as no work in the year', async () => {
    const r = await readRows(
      ['Project / locatie', 'Wat gaan we in 2028 doen', 'Rol gemeente', 'Planning', 'PA'],
      [
        ['Hoge Hof, Afferden', 'Anterieure overeenkomst met de ontwikkelaar sluiten: minimaal 30% sociale huur, eerst aangeboden aan Woonwaarts', 'kaders stellen', 'Q1', '1.1'],
        ['Planmonitor', 'Planmonitor woningbouw bijwerken en de uitkomsten in het najaar in het tripartite overleg delen', 'uitvoeren', 'Q3/Q4', '1.1'],
        ['Omgevingsplan', 'Ruimte in het omgevingsplan maken voor optoppen, splitsen en woningdelen in corporatiebezit', 'faciliteren', 'hele jaar', '1.3'],
        ['Vereveningsfonds', 'Verordening is in 2026 door de raad vastgesteld; voor 2028 geen nieuwe acties', '', '', '1.1'],
      ],
      'Gemeente Druten activiteiten PA 2028.xlsx',
      { planningYear: 2028 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 5, 6]);
    expect(r.problems.find((p) => p.row === 7)?.message).toContain('in 2028 niets voor gedaan');
  });

  it('reads a tracker half in English: "Cancelled" lapses, "On hold" without a due date plans nothing', async () => {
    const r = await readRows(
      ['Task', 'Owner', 'Due date', 'Status', 'Notes'],
      [
        ['Schone Lucht Akkoord ondertekenen', 'college', '', 'Cancelled', 'college heeft besloten niet te ondertekenen'],
        ['Dialoog met marktpartijen over de omgevingsvisie', 'J. van den Berg', '', 'On hold', 'datum nog onbekend'],
        ['Kick-off werkgroep levensloopbestendig wonen', 'J. van den Berg', '15-03-2028', 'On hold', 'wacht op de wethouder'],
        ['Monitor toewijzingen 2027 toelichten', 'M. Jansen', '30-04-2028', 'Not started', ''],
        ['Raadsvoorstel vereveningsfonds sociale woningbouw', 'gemeente', '', 'gereed – raad 28-10-2027', ''],
        ['Kennismaken met de nieuwe wethouder', 'bestuur', '', 'gedaan 12 sept. 2027', ''],
      ],
      'Gemeente Druten - workplan wonen 2028.xlsx',
      { planningYear: 2028 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([6, 7]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('"Cancelled"');
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('er staat niets gepland');
    // Done on a date before the year: "gereed – raad 28-10-2027".
    expect(r.problems.find((p) => p.row === 8)?.message).toContain('vóór 2028');
    expect(r.problems.find((p) => p.row === 9)?.message).toContain('vóór 2028');
  });
});

describe('a year plan written in prose', () => {
  it('reads "Ons plan" as the activity, a question with work after it as work, and a complaint, an open question or a row "al geweest" as none', async () => {
    const r = await readRows(
      ['Onderwerp', 'Ons plan', 'Opmerking'],
      [
        ['Energie', 'Op het energiefestival van De Kernen staan we weer met een eigen tafel met bespaartips.', 'oktober'],
        ['Woningbouw', 'Vraag uit het college: waar kunnen we ná 2030 nog bouwen?\nWe werken de zoekgebieden verder uit en bespreken de eerste kaart met de corporaties.', 'Q2'],
        ['Buurt', 'Wij vinden dat er in Horssen veel te weinig bankjes zijn. Helaas ligt er geen plan voor en is het geld op.', ''],
        ['Buurt', 'Waarom kan de bus naar het ziekenhuis niet weer elk half uur rijden? Veel oudere huurders klagen erover bij ons.', ''],
        ['Wonen', 'Komt er een tweede verhuiscoach? Eerlijk gezegd weten we dat nog niet; het besluit valt in december.', ''],
        ['Wij zelf', 'De kennismaking met de nieuwe huurdersconsulent van De Kernen.', 'al geweest, december 2026'],
      ],
      'Bewonersraad plannen 2027.xlsx',
      { planningYear: 2027 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 5]);
    const why = (row: number): string => r.problems.filter((p) => p.row === row).map((p) => p.message).join(' | ');
    expect(why(6)).toContain('is een klacht, en er staat geen werk bij');
    expect(why(7)).toContain('is een klacht, en er staat geen werk bij');
    expect(why(8)).toContain('is een vraag waarop het antwoord nog niet bekend is');
    expect(why(9)).toContain('vóór 2027');
    expectPlacesInMessages(r);
  });
});

describe('a list typed in a hurry', () => {
  it('reads items numbered "1." as items, not headings, and a line opened by ✅, ❌ or ❓ as done, off or open', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Blad1');
    const lines = [
      'LEEFBAARHEID:',
      '1. Wijkschouw Deest / mei / met WW + gem',
      '2. huurdersavond Druten-Zuid, wat we horen mee naar de overlegtafel / okt',
      '3. tuinen vergroenen: tips van de gem. in onze nieuwsbrief / april',
      '2. Wonen',
      '- ✅ vereveningsfonds – raad akkoord dec 2027',
      "- ❌ 3-30-300 verkenning met corpo's – schrappen",
      '- ❓ spreekuur Puiflijk – alleen als er een vrijwilliger is',
      '- ✅ fase 1 klaar, fase 2 start in 2028',
      '- checken of WW 80% onder de aftoppingsgrens verhuurt / najaar',
    ];
    lines.forEach((line, i) => (ws.getCell(i + 1, 1).value = line));
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'HBD 2028 telefoon.xlsx', { planningYear: 2028 });
    expect(r.activities.map((a) => a.activity)).toEqual([
      'Wijkschouw Deest / mei / met WW + gem',
      'huurdersavond Druten-Zuid, wat we horen mee naar de overlegtafel / okt',
      'tuinen vergroenen: tips van de gem. in onze nieuwsbrief / april',
      '✅ fase 1 klaar, fase 2 start in 2028',
      'checken of WW 80% onder de aftoppingsgrens verhuurt / najaar',
    ]);
    // A numbered heading stays the heading of the items under it.
    expect(r.activities.at(-1)?.section).toBe('2. Wonen');
    const why = (row: number): string => r.problems.filter((p) => p.row === row).map((p) => p.message).join(' | ');
    expect(why(6)).toContain('staat als "✅": het is al gedaan');
    expect(why(7)).toContain('staat als "❌": het gaat niet door');
    expect(why(8)).toContain('staat als "❓": er is nog niets besloten');
    expectPlacesInMessages(r);
  });
});

describe('a list sent back with rows added', () => {
  it('reads "NIEUW 2028 (toegevoegd door Bewonersraad)" alone on its row as the heading of the rows under it', async () => {
    const r = await readRows(
      ['Partij', 'Afspraak', 'Activiteit', 'Planning'],
      [
        ['Bewonersraad', '3 bij 4', 'Kraam op het energiefestival van De Kernen', 'oktober'],
        ['', '', 'NIEUW 2028 (toegevoegd door Bewonersraad)', ''],
        ['Bewonersraad', '', 'Huurders helpen hun warmtepomp goed in te stellen', 'hele jaar'],
      ],
      'Bewonersraad - gezamenlijk overzicht met aanpassingen 2028.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 6]);
  });
});

describe('rows folded away and places by kern', () => {
  it("reads the rows of a group folded with Excel's outline as activities, unlike rows simply hidden", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Projecten 2027', { properties: { outlineLevelRow: 1 } });
    ws.getRow(1).values = ['Activiteit', 'Kern', 'Status'];
    ws.getRow(2).values = ['Nieuwbouw Deest Zuid fase 2: 24 sociale huurwoningen', 'Deest', 'Gepland'];
    ws.getRow(3).values = ['Pilot optoppen: een extra bouwlaag met 8 studio’s', 'Druten-Zuid', 'Gepland'];
    ws.getRow(4).values = ['Zonnepanelen aanbieden aan huurders van grondgebonden woningen', 'alle kernen', 'Loopt'];
    ws.getRow(5).values = ['Oude tekst: houtbouw pilot', 'Horssen', 'Vervallen'];
    for (const r of [3, 4]) Object.assign(ws.getRow(r), { outlineLevel: 1, hidden: true });
    ws.getRow(5).hidden = true;
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'Woonwaarts projecten Druten 2027.xlsx');
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 3, 4]);
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('is verborgen');
  });

  it('reads a village of another gemeente in a "Kern / buurt" column, or heading the text with a colon, as elsewhere', async () => {
    const r = await readRows(
      ['Kern / buurt', 'Activiteit', 'Wanneer'],
      [
        ['Horssen', 'Wijkschouw Horssen-Noord met de Bewonersraad', 'mei'],
        ['Wamel', 'Wijkschouw De Hoven met de huurdersvereniging', 'april'],
        ['', 'Winssen: 12 grondgebonden huurwoningen aan de Dorpsstraat, start bouw', 'Q1'],
        ['Deest', 'Winssen en Deest: ervaringen met de buurtkamer delen', 'juni'],
      ],
      'De Kernen jaarplan Druten 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 7]);
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('volgens kolom A "Kern / buurt" werk in "Wamel (gemeente West Maas en Waal)"');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('"Winssen (gemeente Beuningen)"');
  });
});

describe('a remark that says the work goes no further', () => {
  it('reads "besloten … niet te doen", "loopt niet door" and "geen actie in 2027" beside the text', async () => {
    const r = await readRows(
      ['Thema', 'Activiteit', 'Wanneer', 'Opmerking'],
      [
        ['Duurzaamheid', 'Zonnepanelen op de daken van de eengezinswoningen in Horssen', '—', 'besloten dit in 2027 niet te doen (netcongestie)'],
        ['Energie', 'Uitleg warmtepompen aan huurders', '', 'was een actie voor 2026, loopt niet door'],
        ['Leefbaarheid', 'Groenbeleidsplan (basis voor 3-30-300)', 'al vastgesteld in 2025 – geen actie in 2027', ''],
        ['Energie', 'Spreekuur energie in het dorpshuis', 'maandelijks', 'loopt niet door als niemand komt'],
      ],
      'De Kernen activiteiten Druten 2027.xlsx',
      { planningYear: 2027 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([7]);
    const why = (row: number): string => r.problems.filter((p) => p.row === row).map((p) => p.message).join(' | ');
    expect(why(4)).toContain('besloten het niet te doen');
    expect(why(5)).toContain('het loopt niet door');
    expect(why(6)).toContain('in 2027 wordt er niets voor gedaan');
  });
});

describe('rows that quote the agreement, say nothing yet, or say the year has none', () => {
  it('reads a column "Afspraak + wat HBD doet" as the activities, the quote with the plan after it', async () => {
    const r = await readRows(
      ['Afspraak + wat HBD doet', 'Samen met', 'Wanneer'],
      [
        ['Jaarlijks worden wijkschouwen georganiseerd. In 2028 doet HBD de schouw in Druten-Zuid: wij nodigen de bewoners uit.', 'Woonwaarts, gemeente', 'mei'],
        ['Wat moet de gemeente doen', '', ''],
      ],
      'HBD inzet prestatieafspraken 2028.xlsx',
      { planningYear: 2028 },
    );
    expect(r.activities[0]?.activity).toContain('In 2028 doet HBD de schouw in Druten-Zuid');
    expect(r.activities[0]?.involved ?? r.activities[0]?.extra['Samen met']).toBe('Woonwaarts, gemeente');
  });

  it('keeps "volgt" and a quote answered "— n.v.t." out of the activities, each named', async () => {
    const r = await readRows(
      ['Afspraak (tekst uit PA)', 'Wat doen wij in 2028', 'Wanneer'],
      [
        ['Corporaties monitoren welk percentage van de woningen via loting wordt toegewezen.', 'volgt', ''],
        ['', 'Corporaties doen onderzoek naar de brandveiligheid van hun complexen. — n.v.t.', ''],
        ['Jaarlijks worden wijkschouwen georganiseerd.', 'Schouw in Horssen-Noord organiseren', 'juni'],
        ['', 'Volgt de cursus van de Woonbond met twee nieuwe leden', 'najaar'],
      ],
      'Bewonersraad wat doen wij 2028.xlsx',
      { planningYear: 2028 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([6, 7]);
    expect(r.problems.filter((p) => p.code === 'no-activity-text').map((p) => p.row)).toEqual([4, 5]);
  });

  it('reads a text headed by another gemeente ("Wijchen, …:") as its work, the agreement called by our gemeente\'s name no place', async () => {
    const r = await readRows(
      ['Nr', 'Wat doen wij', 'Wanneer'],
      [
        ['1', 'Wijchen, Huurlingsedam: 28 huurwoningen (valt buiten de prestatieafspraken Druten)', 'Q2'],
        ['2', 'Druten, Deest Zuid: 24 sociale huurwoningen opleveren', 'Q3'],
        ['3', 'Woonwaarts, Druten-Zuid: 40 woningen isoleren', 'Q4'],
      ],
      'Activiteiten Woonwaarts 2027.xlsx',
      { planningYear: 2027, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5, 6]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('volgens het begin van de tekst werk in "Wijchen", niet in Druten');
  });

  it('reads a text headed by a village of another gemeente ("Ewijk, …:") as work there; one headed by a kern of ours stays', async () => {
    const r = await readRows(
      ['Thema', 'Wat gaan we doen', 'Wat hebben we nodig van anderen', 'Wanneer'],
      [
        ['Nieuwbouw', 'Ewijk, Keizershof: oplevering 24 soc. huurapp.', 'gemeente Beuningen', 'Q4'],
        ['Nieuwbouw', 'Deest, Wilgenland: verkoop 4 EGW gelijk op met de nieuwbouw', 'gemeente', 'Q2'],
      ],
      'Woonwaarts activiteiten Druten 2027 per kern.xlsx',
      { planningYear: 2027, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('volgens het begin van de tekst werk in "Ewijk (gemeente Beuningen)", niet in Druten');
  });

  it('does not call a sheet empty whose rows are all work in another gemeente, each set aside with its own warning', async () => {
    const wb = new Workbook();
    const header = ['Thema', 'Wat gaan we doen', 'Wanneer'];
    const druten = wb.addWorksheet('Druten');
    druten.getRow(1).values = header;
    druten.getRow(2).values = ['Nieuwbouw', 'Verhuur 24 soc. huurapp. Hoogstraat starten', 'Q3'];
    const elsewhere = wb.addWorksheet('Overig werkgebied');
    elsewhere.getRow(1).values = header;
    elsewhere.getRow(2).values = ['Nieuwbouw', 'Ewijk, Keizershof: oplevering 24 soc. huurapp.', 'Q4'];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'Woonwaarts activiteiten Druten 2027 per kern.xlsx', { planningYear: 2027, ...DRUTEN });
    expect(r.activities.map((a) => a.activity)).toEqual(['Verhuur 24 soc. huurapp. Hoogstraat starten']);
    expect(r.problems.filter((p) => p.sheet === 'Overig werkgebied').map((p) => p.code)).toEqual(['other-municipality']);
  });

  it('reads "geen activiteit dit jaar" in a role or remark column as no work in the year', async () => {
    const r = await readRows(
      ['Kern', 'Activiteit', 'Rol', 'Opmerking'],
      [
        ['Horssen', 'Wijkschouw faciliteren: zaal en vergunning', 'geen activiteit dit jaar', ''],
        ['Puiflijk', 'Wijkschouw Puiflijk', '', 'geen activiteit dit jaar (schouw was in 2027)'],
        ['Deest', 'Wijkschouw faciliteren: zaal en vergunning', 'faciliteren', 'dit jaar voor het eerst'],
      ],
      'Gemeente Druten activiteiten 2028 per kern.xlsx',
      { planningYear: 2028 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([6]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('er wordt dit jaar niets voor gedaan');
  });

  it('reads a row repeated word for word after a row of the same text for another kern as a repeat', async () => {
    const r = await readRows(
      ['Activiteit', 'Kern', 'sep'],
      [
        ['Wijkschouw ondersteunen: uitnodigingen maken', 'Deest', 'x'],
        ['Wijkschouw ondersteunen: uitnodigingen maken', 'Puiflijk', 'x'],
        ['Wijkschouw ondersteunen: uitnodigingen maken', 'Puiflijk', 'x'],
      ],
      'Activiteiten Woonwaarts 2027.xlsx',
      { planningYear: 2027 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 5]);
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('herhaalt rij 5 woord voor woord');
  });

  it('reads a row pasted again under a heading that gathers the rest ("OVERIG") as a repeat, the same row under another kern as its own', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Druten 2028');
    ws.getRow(1).values = ['Activiteit', 'Partner', 'Kwartaal'];
    const rows: (string | readonly string[])[] = [
      'DEEST',
      ['Warmtepomp bij vervanging cv-ketel; huurders met thuiszorg vooraf bellen', 'thuiszorg', 'hele jaar'],
      'HORSSEN',
      ['Warmtepomp bij vervanging cv-ketel; huurders met thuiszorg vooraf bellen', 'thuiszorg', 'hele jaar'],
      'OVERIG',
      ['Woonfraude: signalen huismeesters melden volgens convenant', '', 'doorlopend'],
      ['Warmtepomp bij vervanging cv-ketel; huurders met thuiszorg vooraf bellen', 'thuiszorg', 'hele jaar'],
    ];
    rows.forEach((row, i) => {
      if (typeof row === 'string') {
        ws.getCell(2 + i, 1).value = row;
        ws.mergeCells(2 + i, 1, 2 + i, 3);
      } else ws.getRow(2 + i).values = [...row];
    });
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'DK Druten 2028 wonen en zorg.xlsx', { planningYear: 2028 });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([3, 5, 7]);
    expect(r.problems.find((p) => p.row === 8)?.message).toContain('herhaalt rij 3 woord voor woord');
    expectPlacesInMessages(r);
  });

  it("reads a post with money for another year only (\"Raming 2028: —\") as no work in the planning year, \"p.m.\" as a post kept", async () => {
    const r = await readRows(
      ['Kostenpost', 'Omschrijving', 'Realisatie 2027', 'Raming 2028'],
      [
        ['Brandveiligheidsonderzoek', 'Onderzoek brandveiligheid 9 complexen', '€ 38.000', '—'],
        ['Dementievriendelijk', 'In 2028 de uitkomsten van de verkenning toepassen bij de renovatie aan de Molenweg', '€ 8.000', 'p.m.'],
        ['Woningsplitsing', 'Twee grote eengezinswoningen splitsen tot vier appartementen', '—', '€ 240.000'],
      ],
      'Woonwaarts kostenoverzicht 2027-2028.xlsx',
      { planningYear: 2028 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5, 6]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('staat als "—" (Raming 2028), alleen "€ 38.000" (Realisatie 2027): in 2028 gebeurt er niets');
  });

  it('reads running costs named in a cost post column and funded from a "Dekking" as cost posts, work described beside a post as work', async () => {
    const r = await readRows(
      ['Kostenpost', 'Omschrijving', 'Bedrag', 'Dekking'],
      [
        ['Accountant', 'Controle jaarrekening, aandeel Druten', '€ 11.500', 'exploitatie'],
        ['Bestuurs- en kantoorkosten', 'Vergoeding bestuursleden, reiskosten, bankkosten', '€ 2.400', 'subsidie Woonwaarts'],
        ['ICT', 'Telefonie en kantoorautomatisering (aandeel Druten)', '€ 6.300', ''],
        ['Nieuwsbrief', 'Nieuwsbrief: zelf schrijven en bij alle leden bezorgen', '€ 900', 'subsidie Woonwaarts'],
      ],
      'HBD begroting 2028.xlsx',
      { planningYear: 2028 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([7]);
    expect(r.problems.filter((p) => p.code === 'cost-post').map((p) => p.row)).toEqual([4, 5, 6]);
  });
});

describe('a file that went past a reviewer, a legend, and rows for information', () => {
  it('reads the reviewer\'s "schrappen (zie opmerking)", "eerst uitzoeken …" and "later" as no work decided, "akkoord" as work', async () => {
    const r = await readRows(
      ['Nr', 'Activiteit', 'Wanneer', 'Reactie MT'],
      [
        ['1', 'Verordening vereveningsfonds opstellen en aan de raad voorleggen', 'Q1', 'schrappen (zie opmerking)'],
        ['2', 'Energieloket aan huis in Druten-Zuid en Deest', '2028', 'eerst uitzoeken wat dit kost naast de energiecoaches'],
        ['3', 'Verhuiscoach inzetten, als proef samen met Woonwaarts', '', 'later'],
        ['4', 'Buurtfonds: bewonersinitiatieven in alle kernen ondersteunen', 'hele jaar', 'akkoord'],
        ['5', 'Uitvoeringsplan na de wijkschouw Deest', 'najaar', 'prima, maar eerst uitzoeken wie het groen doet is niet nodig'],
      ],
      'Activiteitenoverzicht gemeente Druten 2028 - reactie MT.xlsx',
      { planningYear: 2028 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([7, 8]);
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('staat als "eerst uitzoeken wat dit kost naast de energiecoaches" (Reactie MT): er is nog niets besloten');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('staat als "later" (Reactie MT)');
  });

  it('reads "Onze bijdrage: —" beside another party\'s work as no own work, and "nog bespreken" there as nothing decided', async () => {
    const r = await readRows(
      ['Thema', 'Activiteit', 'Planning', 'Onze bijdrage'],
      [
        ['Energie', 'Energiefestival met informatiemarkt in het dorpshuis van Horssen', 'oktober', 'Kraam met vrijwilligers'],
        ['Energie', 'Laatste 12 woningen met label E aan de Kerkstraat isoleren', 'Q3', '—'],
        ['Leefbaarheid', 'Convenant tegen woonfraude met gemeente en politie', 'Q2', 'n.v.t.'],
        ['Doorstroming', 'Onderzoek naar de meerwaarde van een verhuiscoach', '2027', 'nog bespreken in onze vergadering van 9 juni'],
      ],
      'Activiteiten De Kernen 2027 met bijdrage Bewonersraad.xlsx',
      { planningYear: 2027 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4]);
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('staat bij "Onze bijdrage" als "—": geen eigen bijdrage');
    expect(r.problems.find((p) => p.row === 7)?.message).toContain('er is nog niets besloten');
  });

  it('keeps a legend under "Afkortingen", "nog geen collegebesluit", "MT-besluit nodig", "Zie RvC-stuk" and "Nodig van gemeente:" out of the activities', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.getCell('A1').value = 'Activiteiten Woonwaarts PA Druten 2027';
    ws.getRow(3).values = ['Thema', 'Activiteit', 'Fase'];
    const rows = [
        ['Woningbouw', 'Doelgroepenverordening: nog geen collegebesluit of we deze invoeren', ''],
        ['Portefeuille', 'MT-besluit nodig: sloop/nieuwbouw of renovatie complex Dorpsstraat Afferden', ''],
        ['Portefeuille', "Zie RvC-stuk 'Portefeuillestrategie 2027–2031' (verkoopvijver)", ''],
        ['Vergunning', 'Nodig van gemeente: versnelde omgevingsvergunning voor splitsing van grote EGW', ''],
        ['Nieuwbouw', 'Sloop-nieuwbouw 24 VHE Horssen: DO en aanbesteding', 'DO'],
        ['', '', ''],
        ['Afkortingen', '', ''],
        ['NOM', 'nul-op-de-meter', ''],
        ['PvE / SO / VO / DO', 'programma van eisen / schetsontwerp / voorlopig ontwerp / definitief ontwerp', ''],
    ];
    rows.forEach((row, i) => (ws.getRow(4 + i).values = row));
    // The legend's heading in bold, as the row's own heading.
    ws.getCell('A10').font = { bold: true };
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'Activiteiten Woonwaarts PA Druten 2027.xlsx', { planningYear: 2027 });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([8]);
    expect(r.problems.find((p) => p.row === 11)?.message).toContain('staat onder de kop "Afkortingen": een verklaring, geen activiteit');
  });

  it('reads the rows right below "Ter info: activiteiten van partners (geen rol gemeente)" as for information, not the gemeente\'s work', async () => {
    const r = await readRows(
      ['Nr', 'Activiteit', 'Wonen', 'Partners', 'Planning'],
      [
        ['1', 'Planmonitor woningbouw bijwerken en delen in het tripartiet overleg', 'uitvoeren', 'corporaties', 'oktober'],
        ['', '', '', '', ''],
        ['', 'Ter info: activiteiten van partners (geen rol gemeente)', '', '', ''],
        ['', 'Brandveiligheidsonderzoek van de complexen', '', 'Woonwaarts, De Kernen', '2028'],
        ['', 'Pluspakketten voor huurders van De Kernen', '', 'De Kernen', '2028'],
        ['', '', '', '', ''],
        ['2', 'Bijdrage aan de verhuiscoach van Woonwaarts', 'financieren', 'Woonwaarts', 'januari'],
      ],
      'Gemeente Druten inzet 2028 per afdeling.xlsx',
      { planningYear: 2028 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 10]);
    expect(r.problems.find((p) => p.row === 7)?.message).toContain('staat onder de kop "Ter info: activiteiten van partners (geen rol gemeente)": ter informatie, geen eigen werk');
  });

  it('reads the rows under a lettered theme row "C. Ter informatie" as for information, and those under "B. Locaties" as work', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Grond & locaties 2028');
    ws.getCell('A1').value = 'Gemeente Druten – grond en locaties 2028';
    ws.getRow(3).values = ['Nr', 'Locatie', 'Inzet gemeente', 'Planning'];
    const theme = (row: number, text: string) => {
      ws.mergeCells(row, 1, row, 4);
      ws.getCell(row, 1).value = text;
      ws.getCell(row, 1).font = { bold: true };
    };
    theme(4, 'B. Locaties en ruimtelijke procedures');
    ws.getRow(5).values = ['1', 'Heuvelakker', 'Omgevingsplan Heuvelakker fase 2 in procedure brengen', 'Q2'];
    ws.getRow(6).values = ['2', 'Kerkakker', 'Anterieure overeenkomst sluiten met Woonwaarts', 'Q3'];
    theme(7, 'C. Ter informatie');
    ws.getRow(8).values = ['', 'Provincie', 'Provincie Gelderland: herziening Omgevingsverordening ter inzage vanaf april 2028', ''];
    ws.getRow(9).values = ['', 'Heuvelakker', 'Beroep omwonenden tegen omgevingsvergunning Heuvelakker fase 1: uitspraak rechtbank verwacht Q2', ''];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'Gemeente Druten - grond en locaties 2028.xlsx', { planningYear: 2028 });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5, 6]);
    expect(r.problems.find((p) => p.row === 9)?.message).toContain('"C. Ter informatie": ter informatie, geen eigen werk');
  });
});

describe('a cell that points to its own comment', () => {
  it('reads "zie opm." as what the cell\'s comment says: "Niet opnemen – pilot schuift naar 2028" sets the row aside', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.getCell('A1').value = 'Activiteiten Woonwaarts 2027 v2 (opm directeur)';
    ws.getRow(3).values = ['Activiteit', 'Link PA', 'Opmerking directeur'];
    ws.getRow(4).values = ['Pilot woningsplitsing: 3 grote eengezinswoningen in Druten-Zuid splitsen', '1.3', 'zie opm.'];
    ws.getCell('C4').note = 'Niet opnemen – pilot schuift naar 2028';
    ws.getRow(5).values = ['Geen huurverhoging in juli 2027 voor woningen met label D t/m G', '2.2', 'zie opm.'];
    ws.getCell('C5').note = 'Akkoord, zo afgesproken met HBD.';
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'Activiteiten Woonwaarts 2027 v2 (opm directeur).xlsx', { planningYear: 2027 });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('staat als "zie opm.: Niet opnemen – pilot schuift naar 2028" (Opmerking directeur)');
  });
});

describe('one list for several years, the year per row', () => {
  it('reads a row whose "Jaar" or "Looptijd" lies wholly before or after the planning year as another year\'s work; "doorlopend" and a range over the year stay', async () => {
    const r = await readRows(
      ['Nr', 'Activiteit', 'Looptijd', 'Opmerking'],
      [
        ['1', 'Warmtevisie uitwerken per wijk en dorp', '2025-2026', ''],
        ['2', 'Bijdrage aan de verhuiscoach van Woonwaarts', '2025 t/m 2026', ''],
        ['3', 'Gesprek over de uitvoering van de omgevingsvisie', '2028', ''],
        ['4', 'Zoeklocaties voor woningbouw na 2030 verkennen', '2026 t/m 2028', ''],
        ['5', 'Planmonitor bijwerken en delen', 'doorlopend', ''],
        ['6', 'Na vaststelling van de warmtevisie per kern bekijken wat die betekent', '2027', ''],
        ['7', 'Besluit of Druten het Schone Lucht Akkoord ondertekent', 'n.t.b.', 'nog niet geagendeerd'],
      ],
      'Gemeente Druten - meerjarenlijst wonen 2025-2028 (versie 2027).xlsx',
      { planningYear: 2027 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([7, 8, 9]);
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('is gepland vóór 2027 ("2025 t/m 2026")');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('is gepland na 2027 ("2028")');
  });

  it('reads the year a text or a heading gives ("In 2029: …", "… (2026)", a row "2026" above) and a condition "pas in 2029" beside it', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.getCell('A1').value = 'HBD activiteitenlijst Druten (aangevuld 2028)';
    ws.getRow(3).values = ['Activiteit', 'Met wie', 'Voorwaarde'];
    const rows: (string | number)[][] = [
      ['In 2028: wijkschouw in Druten-Zuid organiseren', 'Woonwaarts', ''],
      ['Wijkschouw in Deest met Woonwaarts en de gemeente (2026)', 'Woonwaarts', ''],
      ['In 2029: grote huurdersenquête over woonlasten', 'Woonwaarts', ''],
      ['Herinrichting openbare ruimte Wilgenland', 'gemeente', 'pas in 2029, als de bouw van Deest Zuid fase 2 is gestart'],
      ['Informatieavond zonnepanelen in Deest', 'Woonwaarts', 'alleen als Woonwaarts het aanbod doorzet'],
      [2026],
      ['De laatste 27 huurwoningen aan de Kloosterakker opleveren', 'gemeente', ''],
      [2028],
      ['Convenant woonfraude met de gemeente uitvoeren', 'gemeente', ''],
      // Last year's part, then the year's own.
      ['2027: –. 2028: peiling onder leden 55+ over levensloopgeschikt wonen', 'Woonwaarts', ''],
    ];
    rows.forEach((row, i) => (ws.getRow(4 + i).values = row));
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'HBD activiteitenlijst Druten (aangevuld 2028).xlsx', { planningYear: 2028 });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 8, 12, 13]);
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('zegt zelf dat het in 2029 is, niet in 2028');
    expect(r.problems.find((p) => p.row === 7)?.message).toContain('het begint niet in 2028');
    expect(r.problems.find((p) => p.row === 10)?.message).toContain('staat onder de kop "2026", niet onder 2028');
  });

  it('reads "eventueel" after a project\'s name, "wij vinden dat De Kernen …" and "besluit MT nog niet genomen" as nothing planned by the party', async () => {
    const r = await readRows(
      ['Activiteit', 'Voorwaarde', 'Wanneer'],
      [
        ['Deest Zuid – eventueel 10 woningen van Woonwaarts overnemen', '', 'Q3'],
        ['Verhuiscoach: wij vinden dat De Kernen ook een verhuiscoach moet aanstellen', '', ''],
        ['Aansluiten bij het convenant vroegsignalering huurachterstanden', 'besluit MT nog niet genomen', ''],
        ['Bij het overleg over de woonruimteverdeling zijn, wij vinden dat er meer voor jongeren moet', '', 'Q2'],
      ],
      'De Kernen activiteiten Horssen 2028.xlsx',
      { planningYear: 2028 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([7]);
  });
});

describe('a mail pasted around the table', () => {
  it("reads the lines right under \"Met vriendelijke groet,\" as its signature, and a contact person beside a telephone number as no activity", async () => {
    const r = await readRows(
      ['Activiteit', 'Wie', 'Wanneer'],
      [
        ['Wijkschouw Horssen-Zuid organiseren met de Bewonersraad', 'De Kernen', 'juni'],
        ['Convenant woonfraude met de gemeente uitvoeren', 'De Kernen, gemeente', 'Q2'],
        ['', '', ''],
        ['Met vriendelijke groet,', '', ''],
        ['Ilse van den Broek', 'manager Wonen', ''],
        ['De Kernen | T 0487 - 50 12 00 | bereikbaar ma t/m vr 8.30 - 12.30 uur', '', ''],
        ['', '', ''],
        ['Contactpersonen', 'Onderwerp', 'Telefoon'],
        ['Erik Smits', 'nieuwbouw en toewijzing Horssen', '06 - 11 22 33 44'],
        ['Groet, Ruud Hendriks', '', ''],
        ['Woonwaarts | Vastgoed & Strategie | Postbus 180, Nijmegen | 024 - 700 00 00', '', ''],
      ],
      'DK activiteiten Druten 2028.xlsx',
      { planningYear: 2028 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 5]);
    expect(r.notes.map((n) => n.row)).toEqual(expect.arrayContaining([7, 8, 9, 11, 12, 13, 14]));
  });
});

describe('a plan from goals down to actions', () => {
  it('reads "Doel / actie" as the activities, "Doel 1: …" as an aim, a number alone as no activity, and a "Subactie" on its own row as its activity', async () => {
    const one = await readRows(
      ['Nr', 'Doel / actie', 'Wanneer'],
      [
        ['1', 'Doel 1: meer betaalbare woningen in de kernen', ''],
        ['1.1', 'Planmonitor woningbouw actualiseren en delen in het tripartiet overleg', 'oktober'],
        ['', '3.3', ''],
        ['1.2', '#VERWIJZING!', 'Q2'],
        ['1.3', 'Energieavond over de warmtevisie', 'nog geen besluit'],
      ],
      'Gemeente Druten - uitvoeringsplan wonen 2028 (doelen en acties).xlsx',
      { planningYear: 2028 },
    );
    expect(one.activities.map((a) => a.rowNumber)).toEqual([5]);
    const three = await readRows(
      ['Doel', 'Actie', 'Subactie', 'Kwartaal'],
      [
        ['1 Meer sociale huur voor kleine huishoudens', '', '', ''],
        ['', '1.1 Oplevering 36 sociale huurappartementen De Bongerd, Druten', '', 'Q3'],
        ['', '', '1.1.1 Met de gemeente afspreken welke voorrang we bij De Bongerd geven', 'Q1'],
      ],
      'Activiteiten Woonwaarts 2027 v2.xlsx',
      { planningYear: 2027 },
    );
    expect(three.activities.map((a) => [a.rowNumber, a.activity])).toEqual([
      [5, '1.1 Oplevering 36 sociale huurappartementen De Bongerd, Druten'],
      [6, '1.1.1 Met de gemeente afspreken welke voorrang we bij De Bongerd geven'],
    ]);
    expect(three.activities[1]?.fieldColumns?.activity).toBe('C');
  });
});

describe('a whole work plan and a list by complex', () => {
  it('reads work "in Beuningen" as another gemeente\'s, the party\'s own office there as its own, and "Rol HBD: geen rol" as no own part', async () => {
    const r = await readRows(
      ['Activiteit', 'Rol HBD', 'Wanneer'],
      [
        ['Huurdersspreekuur in Beuningen (Het Wielewaal), elke eerste dinsdag', 'organiseren', 'maandelijks'],
        ['Huurdersspreekuur in Druten-Zuid, elke derde dinsdag', 'organiseren', 'maandelijks'],
        ['Verhuizing van ons kantoor in Beuningen naar een nieuw pand', 'organiseren', 'Q3'],
        ['Schilderwerk en goten (planmatig onderhoud) Kerkpad', 'geen rol', '2027'],
      ],
      'HBD jaarplan 2027.xlsx',
      { planningYear: 2027, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5, 6]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('is volgens de tekst zelf werk in "Beuningen", niet in Druten');
    expect(r.problems.find((p) => p.row === 7)?.message).toContain('staat met rol "geen rol": geen eigen bijdrage');
  });
});

describe('a project register and a form export', () => {
  it('reads "% gereed" as how far the work is, a milestone as its when, and a risk column as no status', async () => {
    const r = await readRows(
      ['Nr', 'Project/activiteit', 'Eigenaar', 'Status (RAG)', 'Risico', '% gereed', 'Mijlpaal 2028', 'Afhankelijk van'],
      [
        ['WW-01', 'Laatste 22 woningen met label E, F of G isoleren', 'projectleider', 'groen', '', '100% – opgeleverd dec 2027', 'gereed', ''],
        ['WW-02', 'Verordening vereveningsfonds en spelregels', 'beleid', 'groen', '', 1, 'vastgesteld door de raad dec 2027', ''],
        ['WW-03', 'Tijdelijke woningen voor spoedzoekers Hogeweg-Noord', 'vastgoed', 'on hold', 'locatie onzeker', 0, '', 'gemeente: locatie'],
        ['WW-04', 'Convenant woonfraude met gemeente en politie ondertekenen', 'woonfraude', 'oranje', 'politie nog geen akkoord', 0.6, 'ondertekening Q2', 'gemeente, politie'],
        ['', 'Afhankelijk van de gemeente: de omgevingsvergunning voor Hogeweg vóór de zomer', 'gemeente', 'oranje', '', '', 'juni', ''],
        ['WW-05', 'Start bouw 24 huurwoningen Hogeweg', 'projectleider', 'groen', '', 0.1, 'start bouw september', ''],
      ],
      'Woonwaarts projectportfolio Druten 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.activity)).toEqual(['Convenant woonfraude met gemeente en politie ondertekenen', 'Start bouw 24 huurwoningen Hogeweg']);
    expect(r.activities[1]?.planning).toBe('start bouw september');
    expect(r.activities[1]?.extra['% gereed']).toBe('0,1');
    const why = (row: number) => r.problems.find((p) => p.row === row)?.message ?? '';
    expect(why(4)).toContain('al gedaan');
    expect(why(5)).toContain('al gedaan');
    expect(why(6)).toContain('"on hold"');
    expect(why(8)).toContain('noemt waar het werk van afhangt');
    expectPlacesInMessages(r);
  });

  it('sets aside a question with a remark after it, a test response and what already took place', async () => {
    const r = await readRows(
      ['ID', 'Naam', 'Welke activiteit gaat u uitvoeren?', 'Opmerkingen'],
      [
        [1, 'Ruud', 'test Ruud, niet meenemen', ''],
        [2, 'Gerda', 'Wie van ons gaat er naar de overlegtafel Leefbaarheid? Ik weet niet wie daar namens HBD in zit.', ''],
        [3, 'Bart', 'Vallen de tijdelijke woningen aan de Kerkstraat nog onder de prestatieafspraken of niet? Graag terugkoppeling van de werkgroep.', ''],
        [4, 'Anne', 'Moet het Buurtfonds hier ook in? Dat valt bij ons onder welzijn, niet onder wonen.', ''],
        [5, 'Henk', 'Naar de sessie van de gemeente over ontmoeting in de buurt – is vorig jaar (2026) al geweest', ''],
        [6, 'Jolanda', 'Wie doet wat bij de wijkschouw? Overleg met Woonwaarts in maart over de taken', ''],
        [7, 'Jolanda', 'Wijkschouw Deest-Noord met Woonwaarts en de gemeente', 'mei'],
      ],
      'HBD plannen 2027 (antwoorden).xlsx',
      { planningYear: 2027, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([9, 10]);
    const why = (row: number) => r.problems.find((p) => p.row === row)?.message ?? '';
    expect(why(4)).toContain('zegt zelf "niet meenemen"');
    for (const row of [5, 6, 7]) expect(why(row)).toContain('is een vraag aan wie de lijst leest');
    expect(why(8)).toContain('al gedaan');
  });

  it("reads another gemeente named in brackets in another cell of the row as that gemeente's work", async () => {
    const r = await readRows(
      ['Kengetal', 'Realisatie 2026', 'Streefwaarde 2027', 'Eenheid', 'Actie'],
      [
        ['Nieuwbouw Kloosterakker Horssen', 0, 18, 'won.', 'Start bouw 18 sociale huurwoningen'],
        ['Nieuwbouw Zandstraat Beneden-Leeuwen (gem. West Maas en Waal)', 0, 30, 'won.', 'Start bouw 30 sociale huurwoningen'],
      ],
      'De Kernen jaarplan 2027 kengetallen Druten.xlsx',
      { planningYear: 2027, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4]);
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('West Maas en Waal');
  });
});

describe('a template left half filled in, a scanned form and a year calendar', () => {
  it("reads a template's placeholders, its instruction rows and a line of the form as no activity", async () => {
    const r = await readRows(
      ['Nr', 'Activiteit', 'Afspraak', 'Rol', 'Status'],
      [
        [1, 'Wijkschouw Druten-Zuid met Woonwaarts en HBD', '5.1 bij 2', 'trekker', 'gepland'],
        [2, '<omschrijving activiteit>', '1.1 bij 4', 'trekker', 'gepland'],
        [3, 'vul in', 'Kies…', 'Kies…', 'Kies…'],
        [4, 'Kies…', '', '', ''],
        ['', 'Voeg hieronder zo nodig regels toe', '', '', ''],
        ['', 'Vul per regel één activiteit in. Gebruik de nummers van de afspraken.', '', '', ''],
        ['', '______________________', '', '', ''],
      ],
      'Format activiteitenoverzicht 2028 - Gemeente Druten.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.activity)).toEqual(['Wijkschouw Druten-Zuid met Woonwaarts en HBD']);
    expect(r.problems.filter((p) => p.code === 'no-activity-text').map((p) => p.row)).toEqual([5, 6, 7, 8, 9]);
    // The line of the form, alone on its row below the rest, is kept as a note.
    expect(r.notes.map((n) => n.row)).toEqual([10]);
  });

  it('reads the header said again with OCR errors, a printed footer and a year with the letter O as what they are', async () => {
    const r = await readRows(
      ['Nr.', 'Activiteit', 'Wie doet mee?', 'Afspraak', 'Wanneer'],
      [
        ['1', 'Bewonersavond over de huurverhoging in Deest', 'HBD', '2.2 bij 3', 'mei 2O28'],
        ['Nr,', 'Actlviteit', 'Wie doet rnee?', 'Afspraak', 'Wanneer'],
        ['2', 'Kloosterakker 27 sociale huurwoningen', '', '1.1 bij 1', 'opgeleverd dec. 2O26'],
        ['Woonwaarts | afd. Vastgoed & Wonen | printdatum 14-O6-2O26 | pag. 1/1'],
        ['3', 'Wij hebben nodig: een vergaderruimte in Deest voor de ledenavond', '', '', ''],
      ],
      'Bewonersraad formulier PA 2028 (scan).xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4]);
    const why = (row: number) => r.problems.find((p) => p.row === row)?.message ?? '';
    expect(why(6)).toContain('al gedaan');
    expect(why(8)).toContain('zegt wat de partij nodig heeft of vraagt');
    expect(r.notes.map((n) => n.row)).toContain(7);
    // The header said again is nothing to read: no activity, no note.
    expect(r.notes.map((n) => n.row)).not.toContain(5);
  });

  it('reads closing days and holidays as no activity, a staff outing with the office closed as one', async () => {
    const r = await readRows(
      ['Datum', 'Dag', 'Tijd', 'Wat', 'Waar', 'Wie'],
      [
        ['6-5-2027', 'do', '', 'Kantoor gesloten (Hemelvaart)', '', ''],
        ['6-5-2027', 'do', '', 'Gemeentehuis gesloten (Hemelvaart)', '', ''],
        ['29-3-2027', 'ma', '', 'Tweede Paasdag – geen activiteiten', '', ''],
        ['30-4-2027', 'vr', '', 'vrij', '', ''],
        ['23-11-2026', 'di', '14.00', 'Kennismaking met de nieuwe wethouder Wonen (heeft al plaatsgevonden)', 'Gemeentehuis Druten', 'voorzitter'],
        ['14-9-2027', 'di', '18.30', 'Wijkschouw Deest met HBD en gemeente', 'Deest', 'wijkbeheerder'],
        ['10-12-2027', 'vr', '12.00', 'Personeelsuitje (kantoor vanaf 12.00 uur gesloten)', '', 'alle medewerkers'],
      ],
      'Jaarkalender Woonwaarts 2027 - Druten.xlsx',
      { planningYear: 2027, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.activity)).toEqual(['Wijkschouw Deest met HBD en gemeente', 'Personeelsuitje (kantoor vanaf 12.00 uur gesloten)']);
    expect(r.problems.find((p) => p.row === 8)?.message).toContain('zegt zelf dat het al is gebeurd');
    expect(r.notes.map((n) => n.row)).toEqual(expect.arrayContaining([4, 5, 6, 7]));
  });
});

describe("a planning tool's export", () => {
  it('reads a Planner export: its dates are no telephone numbers, its task id numbers the row, a task made twice is a copy', async () => {
    const header = ['Taak-id', 'Taaknaam', 'Bucketnaam', 'Voortgang', 'Toegewezen aan', 'Gemaakt op', 'Begindatum', 'Einddatum', 'Labels', 'Beschrijving'];
    const r = await readRows(
      header,
      [
        ['r7Kq2XbT0UmZ1cVd8EoWlGUAB3nx', 'Anterieure ovk Hoge Hof', 'Bouwen', 'Wordt uitgevoerd', 'Sanne Verhoeven', '03-05-2027', '10-01-2028', '30-06-2028', 'PA 1.1', 'Anterieure overeenkomst met de ontwikkelaar van Hoge Hof'],
        ['Pw0aY5sHfE2kLqJ9vN6dCUAAm1Rz', 'Planmonitor 2028', 'Bouwen', 'Niet gestart', 'Joost Arts', '03-05-2027', '01-08-2028', '15-10-2028', 'PA 1.1', 'Jaarlijkse update planmonitor'],
        ['Lk8wN2pYdR7tFv3qXa1zMGUAF0hs', 'Convenant woonfraude', 'Leefbaarheid', 'Niet gestart', 'Ingrid Peters', '04-04-2027', '01-02-2028', '30-06-2028', '', 'Gezamenlijke aanpak met politie'],
        ['Zc5rH0vWqE8nKt2yBm7xPGUAG4ja', 'Convenant woonfraude', 'Leefbaarheid', 'Niet gestart', 'Ingrid Peters', '04-04-2027', '01-02-2028', '30-06-2028', '', 'Gezamenlijke aanpak met politie'],
        ['Gy7bW3nTqM5xRk1vLd9eHGUAM0ps', 'Tijdelijke units spoedzoekers?', 'Niet in PA', 'Niet gestart', 'Ruud Claassen', '19-05-2026', '', '', '', 'Nog geen besluit MT. Eerst kosten in beeld.'],
      ],
      'PA Wonen 2028 (export Planner).xlsx',
      { planningYear: 2028 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 5, 6]);
    expect(r.activities[0]?.rowLabel).toBe('r7Kq2XbT0UmZ1cVd8EoWlGUAB3nx');
    expect(r.problems.find((p) => p.row === 7)?.message).toContain('herhaalt rij 6 woord voor woord');
    expect(r.problems.find((p) => p.row === 8)?.message).toContain('Nog geen besluit MT');
  });

  it("reads Asana's task name as the activity, not its project's name on every row", async () => {
    const r = await readRows(
      ['Task ID', 'Created At', 'Name', 'Section/Column', 'Assignee', 'Due Date', 'Notes', 'Projects'],
      [
        ['1204417765023311', '2026-02-10', 'Kattenburg 32 app.', 'Nieuwbouw', 'Ruud Claassen', '2027-11-30', 'Oplevering 32 sociale huurappartementen', 'PA Druten 2027'],
        ['1204417765023390', '2026-02-10', 'Deest Zuid fase 2', 'Nieuwbouw', 'Ruud Claassen', '2027-09-01', 'Start bouw en verkoop', 'PA Druten 2027'],
        ['1204417765023415', '2026-03-05', 'Hofje Puiflijk', 'Nieuwbouw', 'Linda Bos', '2027-06-01', 'Geclusterd wonen voor ouderen', 'PA Druten 2027'],
        ['1204417765023436', '2026-03-05', 'Schouw Deest', 'Leefbaarheid', 'Linda Bos', '2027-05-12', '', 'PA Druten 2027'],
      ],
      'Woonwaarts PA_Druten_2027 export Asana.xlsx',
      { planningYear: 2027 },
    );
    expect(r.activities.map((a) => a.activity)).toEqual(['Kattenburg 32 app.', 'Deest Zuid fase 2', 'Hofje Puiflijk', 'Schouw Deest']);
    expect(r.activities[0]?.rowLabel).toBe('1204417765023311');
  });
});

describe('a plan by target group and by theme name', () => {
  it('reads a heading in capitals as the heading of the rows under it, "Wat wij vragen:" as a request, and another gemeente in brackets in any cell', async () => {
    const r = await readRows(
      ['Thema', 'Activiteit', 'Nodig van andere partijen', 'Wanneer'],
      [
        ['VOOR HUURDERS MET EEN KRAPPE BEURS'],
        ['Betaalbaarheid', 'Spreekuur over huurtoeslag en betalingsregelingen in het wijkcentrum', '', 'maandelijks'],
        ['Betaalbaarheid', 'Wat wij vragen: dat De Kernen de huurverhoging vóór 1 maart aan ons toelicht', '', ''],
        ['Betaalbaarheid', 'Wat wij vragen: een zaal; wij organiseren dan de ledenavond over de huur', '', 'april'],
        ['Nieuwbouw', '12 houtbouwwoningen sociale huur De Zaaier', 'Beneden-Leeuwen (gem. West Maas en Waal)', '2028'],
      ],
      'Bewonersraad De Kernen activiteiten 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5, 7]);
    expect(r.activities[0]?.section).toBe('VOOR HUURDERS MET EEN KRAPPE BEURS');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('zegt wat de partij nodig heeft of vraagt');
    expect(r.problems.find((p) => p.row === 8)?.message).toContain('West Maas en Waal');
  });
});

describe('rows written as who does what', () => {
  it('reads "Wie doet wat" as the activity, and a dash as the own role as no own part', async () => {
    const r = await readRows(
      ['Nr', 'Thema', 'Wie doet wat', 'Onze rol', 'Wanneer'],
      [
        [1, 'Woningbouw', 'Woonwaarts bouwt 24 sociale huurappartementen; gemeente verleent de vergunning; HBD adviseert over het ontwerp', 'adviseren', 'hele jaar'],
        [2, 'Leefbaarheid', 'Op verzoek van HBD onderzoekt de gemeente of de speeltuin aan de Julianastraat opgeknapt kan worden', '— (ons verzoek)', '2027'],
        [3, 'Duurzaamheid', 'Woonwaarts biedt huurders in Afferden zonnepanelen aan', '—', 'voorjaar'],
      ],
      'HBD activiteiten 2027.xlsx',
      { planningYear: 2027, ...DRUTEN },
    );
    expect(r.columns.find((c) => c.header === 'Wie doet wat')?.field).toBe('activity');
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4]);
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('staat met rol "— (ons verzoek)": geen eigen bijdrage');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('staat met rol "—": geen eigen bijdrage');
  });
});

describe('rows that say they are done, wished of others, needed from others, or a total', () => {
  it('reads a text ending "gehouden op 12-11-2026" or "opgeleverd december 2026", and "al gebeurd, juni 2026" as its when, as done before the year', async () => {
    const r = await readRows(
      ['Activiteit', 'Wanneer', 'Opmerking'],
      [
        ['Jaarvergadering gehouden op 12-11-2026', '', ''],
        ['Fase 1 (14 won.) opgeleverd december 2026', '', ''],
        ['Kennismaken met de nieuwe wethouder Wonen', 'al gebeurd, juni 2026', ''],
        ['Nazorg bij de woningen die opgeleverd zijn in 2026', 'Q1', ''],
        ['Jaarvergadering', 'november', ''],
      ],
      'Bewonersraad activiteiten 2027.xlsx',
      { planningYear: 2027, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([7, 8]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('gehouden op 12-11-2026');
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('opgeleverd december 2026');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('al gebeurd, juni 2026');
  });

  it('reads "Wij willen dat De Kernen …" and "Wij hebben van de gemeente … nodig" as asked of others; "wij willen … organiseren" stays work', async () => {
    const r = await readRows(
      ['Wat', 'Wanneer'],
      [
        ['Wij willen dat De Kernen in complex 31 een ontmoetingsruimte maakt', '2027'],
        ['Wij hebben van de gemeente een vergoeding nodig voor de cursus van nieuwe bestuursleden', ''],
        ['Wij willen een informatieavond over de huurverhoging organiseren', 'mei'],
      ],
      'HBD activiteiten 2027.xlsx',
      { planningYear: 2027, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([6]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('zegt wat de partij vindt dat een ander moet doen');
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('zegt wat de partij nodig heeft of vraagt');
  });

  it('reads "Totaal nieuwbouw en aankoop 2027 | 54 won." as a total, not an activity', async () => {
    const r = await readRows(
      ['Project', 'Activiteit', 'Aantal'],
      [
        ['P2027-03', 'Nieuwbouw 24 appartementen Kattenburg', '24 won.'],
        ['P2027-05', 'Aankoop 30 woningen van een belegger in Deest', '30 won.'],
        ['', 'Totaal nieuwbouw en aankoop 2027', '54 won.'],
      ],
      'Woonwaarts activiteiten 2027.xlsx',
      { planningYear: 2027, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 5]);
  });
});

describe('what a row says of itself in brackets, at its end, and in its other columns', () => {
  it('reads "(nog geen besluit)" in the role, "(gedaan december 2026)", "is in november 2026 gehouden", "…, afgerond" and "– al gedaan" as undecided or done', async () => {
    const r = await readRows(
      ['Wat', 'Rol', 'Hoe / wie', 'Wanneer', 'Opmerking'],
      [
        ['De Kernen: tweede seniorenhofje Horssen', 'meedenken als het doorgaat (nog geen besluit)', '', '', ''],
        ['Oplevering Heuvelstraat (34 appartementen)', 'welkomstbezoek nieuwe bewoners (gedaan december 2026)', '', '', ''],
        ['Bewonersavond over de huurverhoging', '', 'is in november 2026 gehouden', '', ''],
        ['Volkshuisvestelijk vereveningsfonds: ingesteld per 1 januari 2027, afgerond', '', '', '', ''],
        ['Kennismaking', '', '', 'april 2026', 'Met de nieuwe directeur van De Kernen – al gedaan'],
        ['Bewonersavond over de huurverhoging van 2028', '', 'wij organiseren, De Kernen licht toe', 'mei', ''],
      ],
      'Bewonersraad activiteiten 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([9]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('(nog geen besluit)');
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('gedaan december 2026');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('is in november 2026 gehouden');
    expect(r.problems.find((p) => p.row === 7)?.message).toContain('afgerond');
    expect(r.problems.find((p) => p.row === 8)?.message).toContain('al gedaan');
  });

  it('reads an "Onderwerp" of short names, each row its own, as the activity where no other column holds it', async () => {
    const r = await readRows(
      ['Onderwerp', 'Doel', 'Opmerking', 'Wanneer'],
      [
        ['Schouw', 'Zien wat er leeft in Druten-Zuid; wij nodigen de bewoners uit', 'Woonwaarts en gemeente lopen mee', 'mei'],
        ['Spreekuur', 'Huurders kunnen klachten over de buurt bij ons kwijt', 'Maandelijks in het wijkcentrum', 'hele jaar'],
        ['Label C', 'Nagaan of huurders met label D t/m G echt geen huurverhoging kregen', '', 'augustus'],
        ['Ledenvergadering', 'Jaarrekening en nieuwe bestuursleden', '', 'april'],
      ],
      'HBD activiteiten 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(r.columns.find((c) => c.header === 'Onderwerp')?.field).toBe('activity');
    expect(r.activities.map((a) => a.activity)).toEqual(['Schouw', 'Spreekuur', 'Label C', 'Ledenvergadering']);
    expect(r.activities[0]?.ambition).toContain('Zien wat er leeft');
  });
});

describe('rows that only ask whether, or whose other cell names another gemeente', () => {
  it('reads "… inkopen?" and "…? Nog geen besluit" as undecided, and "Gemeente Wijchen: …" beside the text as another gemeente\'s', async () => {
    const r = await readRows(
      ['Partner: onderwerp', 'Activiteit', 'Kwartaal'],
      [
        ['', 'Buurtbemiddeling ook in Horssen inkopen?', ''],
        ['', 'Aanhaken bij het convenant vroegsignalering huurachterstanden? Nog geen besluit', ''],
        ['Gemeente Wijchen: 16 appartementen Tuinstraat Batenburg', 'start bouw', 'Q4'],
        ['Gemeente: grondprijs Kattenburg fase 2', 'overleg over de grondprijs', 'Q1'],
        ['', 'Wie doet wat bij de wijkschouw? Overleg met Woonwaarts in maart', 'Q1'],
      ],
      'De Kernen activiteiten 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([7, 8]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('vraagt of het gedaan wordt');
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('Nog geen besluit');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('Wijchen');
  });
});

describe('what a governance list says of a row in its other columns', () => {
  it('reads "…, nog niet besloten" after what it hangs on, "gegeven in 2026", "geleverd" before the year and a total in millions as no work of the year', async () => {
    const r = await readRows(
      ['Activiteit', 'Besluitvorming', 'Wanneer', 'Status', 'Budget'],
      [
        ['Verhuiscoach na 2026 voortzetten', 'afhankelijk van raadsbesluit over structurele bijdrage gemeente, nog niet besloten', '', '', ''],
        ['Zienswijze op de warmtevisie van de gemeente', 'bestuur', 'gegeven in 2026', '', ''],
        ['Input tussenevaluatie PA', '', 'voorjaar 2027', 'geleverd', ''],
        ['Totaal investeringsvolume Druten 2027 (Heuvelstraat fase 2, De Boomgaard)', '', '', '', '€ 14,6 mln'],
        ['Advies op de huuraanpassing, afhankelijk van het voorstel van De Kernen', 'bestuur', 'maart', '', ''],
        ['Woonzorgvisie: bijdrage aan het uitvoeringsprogramma', 'ALV', 'vastgesteld beleid, uitvoering 2028', '', ''],
      ],
      'Werkplan Bewonersraad 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([8, 9]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('nog niet besloten');
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('is al gedaan');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('is al gedaan');
    expect(r.problems.find((p) => p.row === 7)?.code).toBe('total-row');
    expectPlacesInMessages(r);
  });

  it('reads "(afgerond)" beside an earlier year, "besluit 2026: niet invoeren" and "Gevraagd aan …: …" as no work of the sender in the year', async () => {
    const r = await readRows(
      ['Nr', 'Activiteit', 'Besluitvorming', 'Planning'],
      [
        [1, 'Instellen vereveningsfonds sociale woningbouw', 'raad', 'raadsbesluit december 2026 (afgerond)'],
        [2, 'Eigen verhuiscoach', 'directiebesluit 2026: niet invoeren', ''],
        [3, 'Gevraagd aan Woonwaarts en Welzijn Druten: een vast spreekuur in het Trefpunt', '', ''],
        [4, 'Raadsvoorstel woonzorgvisie', 'raad', 'Q2 2028 (na besluit college)'],
        [5, 'Woonzorgvisie: uitvoeringsprogramma opstellen', 'college', 'Q4 (afgerond vóór de begroting)'],
      ],
      'Gemeente Druten activiteiten 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([7, 8]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('is al gedaan (planning: "raadsbesluit december 2026 (afgerond)"), vóór 2028');
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('besloten het niet te doen');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('nodig heeft of vraagt');
    expectPlacesInMessages(r);
  });
});

describe('a list pasted from a mail', () => {
  it('keeps the greeting, the apology, a "PS:" remark and "Zie mail van 3 juni" as notes, and the activities around them', async () => {
    const r = await readRows(
      ['Thema', 'Activiteit', 'Wie', 'Wanneer'],
      [
        ['', 'Hoi Ria,', '', ''],
        ['', 'Excuses voor de late reactie, het MT heeft de lijst pas op 24 juni vastgesteld.', '', ''],
        ['Nieuwbouw', 'Oplevering 56 sociale huurappartementen Heuvelstraat', 'Wonen', 'Q3'],
        ['Wonen', 'Zie mail van 3 juni', 'Lieke', ''],
        ['Zorg', '• Zie mail van 3 juni', '', ''],
        ['Energie', 'Geen huurverhoging voor woningen met label D tot en met G', 'Verhuur', 'juli'],
        ['', 'PS: het groenbeleidsplan staat er niet meer in, dat is in 2025 al vastgesteld.', '', ''],
        ['', 'Beste werkgroep, hieronder wat wij in 2027 doen', '', ''],
      ],
      'Activiteiten Woonwaarts 2027 (uit mail).xlsx',
      { planningYear: 2027, ...DRUTEN },
    );
    // The greeting with what the mail sends ("Beste werkgroep, hieronder wat wij in 2027 doen") is the mail's opening too.
    expect(r.activities.map((a) => a.rowNumber)).toEqual([6, 9]);
    expect(r.notes.map((n) => n.row)).toEqual(expect.arrayContaining([4, 5, 7, 8, 10, 11]));
    expectPlacesInMessages(r);
  });

  it('keeps an opening that sends the list, a closing with its signature beside it, a remark under "Opmerking" and what was done last year as notes', async () => {
    const r = await readRows(
      ['Onderwerp', 'Toelichting'],
      [
        ['Goedemiddag Annet, hierbij zoals gevraagd ons lijstje voor 2028.', ''],
        ['Beste Annet, namens het bestuur hierbij wat wij in 2028 willen doen.', ''],
        ['Hierbij onze activiteiten voor 2028.', ''],
        ['Hybride warmtepompen', 'Bij elke vervanging van een cv-ketel een hybride warmtepomp aanbieden, ook in 2028'],
        ['Vorig jaar hebben we in Horssen 40 cv-ketels vervangen door een hybride warmtepomp.', ''],
        ['Dit voorjaar gaan we met de gemeente de wijkschouw in Deest lopen', 'voorjaar'],
        ['De planning is onder voorbehoud van de begroting 2028 (raad november).', ''],
        ['Opmerking', 'Onze inzet hangt af van het aantal vrijwilligers, we zijn nu met vijf.'],
        ['Groet, Ruud Verhoef', 'projectleider wonen De Kernen – 0344 57 99 00'],
      ],
      'De Kernen lijstje 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([7, 9]);
    expect(r.notes.map((n) => n.row)).toEqual(expect.arrayContaining([4, 5, 6, 8, 10, 11, 12]));
    expect(r.problems.find((p) => p.row === 8)?.message).toContain('vertelt wat er al gedaan is');
    expect(r.problems.find((p) => p.row === 10)?.message).toContain('is een voorbehoud bij het overzicht, geen werk');
  });
});

describe("last year's list with this year's plan beside it", () => {
  it('reads "n.v.t." under the year\'s plan, "nee, klaar" under "2027?" and "schuift naar 2028" beside the row as nothing planned, and "ja, …" or "idem 2027" as planned again', async () => {
    const r = await readRows(
      ['Wat', 'Status 2026', '2027?', 'Vervolg 2027'],
      [
        ['Wijkschouw Horssen-Zuid organiseren met De Kernen en de gemeente', 'Gehouden 3 juni 2026', 'ja, nu Horssen-Noord', ''],
        ['Meedenken over de pluspakketten', 'Advies gegeven, lijst is klaar', 'nee, klaar', ''],
        ['Geen huurverhoging voor woningen met label D tot en met G', 'Uitgevoerd per 1 juli 2026', '', 'idem 2027'],
        ['Twee eengezinswoningen Molenstraat splitsen', 'Vergunning aangevraagd', '', 'schuift naar 2028 (vergunning pas eind 2027)'],
      ],
      'Bewonersraad lijst 2026 bijgewerkt voor 2027.xlsx',
      { planningYear: 2027, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 6]);
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('staat bij "2027?" als "nee, klaar": niet in 2027');
    expect(r.problems.find((p) => p.row === 7)?.message).toContain('niet in 2027');
  });

  it('reads a status named for last year as last year\'s beside the year\'s own activity column, and "n.v.t." in "Plan 2028" as nothing planned', async () => {
    const own = await readRows(
      ['Wat doen we in 2028', 'Wat deden we in 2027', 'Stand juni 2027'],
      [
        ['Wijkschouw Afferden: bewoners uitnodigen en het verslag maken', 'Wijkschouw Deest-Noord organiseren', 'Gehouden 20 mei 2027'],
        ['Ledenvergadering met een thema-avond over de huurverhoging', 'Ledenvergadering', 'gedaan april 2027'],
      ],
      'HBD jaarplan 2027 met kolom 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(own.activities.map((a) => a.rowNumber)).toEqual([4, 5]);
    const plan = await readRows(
      ['Activiteit 2027', 'Rol gemeente', 'Stand van zaken 2027', 'Plan 2028'],
      [
        ['Anterieure overeenkomst plan Hoge Hof: 30% sociale huur vastleggen', 'kaders stellen', 'Getekend maart 2027', 'n.v.t.'],
        ['Planmonitor bijwerken en delen', 'uitvoeren', 'Gedeeld in oktober', 'loopt door, nu ook per kern'],
      ],
      'Activiteitenoverzicht gemeente Druten 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(plan.activities.map((a) => a.rowNumber)).toEqual([5]);
    expect(plan.problems.find((p) => p.row === 4)?.message).toContain('heeft niets ("n.v.t.") in kolom D "Plan 2028"');
  });
});

describe('a planning of years only', () => {
  it('reads "Planning: 2029" in a list for 2028 as work of 2029, and "2027-2029" or "oplevering Q1 2029" as work that may be in 2028', async () => {
    const r = await readRows(
      ['Activiteit', 'Planning'],
      [
        ['Gesprek met corporaties en huurdersorganisaties over de uitvoering van de omgevingsvisie', '2029'],
        ['Huurdersavond over de nieuwe prestatieafspraken', '2029-2030'],
        ['Zoekgebieden woningbouw na 2030 uitwerken', '2027-2029'],
        ['Nieuwbouw Kattenburg fase 2', 'oplevering Q1 2029'],
        ['Planmonitor bijwerken', '2028'],
      ],
      'Activiteitenoverzicht gemeente Druten 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([6, 7, 8]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('is gepland na 2028 ("2029")');
  });
});

describe('a condition beside the row that hedges, holds or declines it', () => {
  it('reads "misschien, …", "eventueel, …", "nog even aanhouden …", "niet meer nodig …" and "wij doen dit jaar géén …" as no planned work, and a condition expected to be met as work', async () => {
    const r = await readRows(
      ['Activiteit', 'Voorwaarde', 'Wanneer'],
      [
        ['Tweede wijkschouw in Afferden', 'misschien, als er tijd over is', ''],
        ['Minimaregelingen inzetten voor huurders met betalingsproblemen', 'eventueel, afhankelijk van de evaluatie van het armoedebeleid', ''],
        ['Werkafspraken over woningvervuiling met de GGD', 'nog even aanhouden tot de regionale werkwijze klaar is', ''],
        ['Verkenning uitbreidingslocaties voor na 2030', 'niet meer nodig sinds de raad in 2027 de zoekgebieden heeft vastgesteld', ''],
        ['Energiefestival', 'wij doen dit jaar géén energiefestival (te weinig bezoekers)', ''],
        ['Subsidieregeling verduurzaming openstellen', 'alleen als de raad in maart instemt', 'Q2'],
        ['Energiecoaches inzetten', 'mits de rijkssubsidie doorloopt (kansrijk)', 'hele jaar'],
      ],
      'Activiteitenoverzicht gemeente Druten 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([9, 10]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('er is nog niets besloten');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('nog even aanhouden');
    expect(r.problems.find((p) => p.row === 8)?.message).toContain('het gebeurt niet');
    expectPlacesInMessages(r);
  });
});

describe('a sheet that holds its working material beside the plan, and programmes above the gemeente', () => {
  it('keeps the lists for the dropdowns under the table as notes, a long total and a part of another gemeente too', async () => {
    const r = await readRows(
      ['Thema', 'Activiteit', 'Kern', 'Aantal', 'Status'],
      [
        ['Wonen', 'Oplevering 28 sociale huurappartementen De Mient', 'Druten', 28, 'lopend'],
        ['Wonen', 'Nijmegen-Dukenburg: renovatie van 120 portiekflats binnen het Nationaal Isolatieprogramma', '', 120, 'gepland'],
        ['Duurzaamheid', 'Isolatie van 38 woningen met label D aan de Dijkstraat', 'Deest', 38, 'gepland'],
        ['', 'Totaal sociale huurwoningen in voorbereiding en aanbouw 2028', '', 66, ''],
        [],
        ["Thema's:", 'Wonen, Betaalbaarheid, Duurzaamheid, Thuis voor iedereen, Leefbaarheid'],
        ['Kernen:', 'Druten', 'Deest', 'Afferden', 'Puiflijk'],
      ],
      'Activiteiten Woonwaarts Druten 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 6]);
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('Nijmegen');
    expect(r.notes.map((n) => n.row)).toEqual(expect.arrayContaining([5, 9, 10]));
    expectPlacesInMessages(r);
  });

  it('reads "Van Woonwaarts hebben wij nodig: …" as a need, no work of the sender', async () => {
    const r = await readRows(
      ['Wat gaan we doen', 'Rol HBD', 'Met wie', 'Wanneer'],
      [
        ['Wijkschouw Druten-Zuid organiseren', 'trekker', 'Woonwaarts, gemeente', 'mei'],
        ['Van Woonwaarts hebben wij nodig: de conceptbegroting en de huurvoorstellen vóór 1 maart', '', 'Woonwaarts', ''],
      ],
      'HBD activiteiten 2027.xlsx',
      { planningYear: 2027, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4]);
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('zegt wat de partij nodig heeft of vraagt');
  });
});

describe("codes from the partners' own systems, and words misspelt", () => {
  it('reads a status code by the legend under the table, and a gemeente by its code', async () => {
    const r = await readRows(
      ['Projectnr', 'Gem.', 'Kern', 'Omschrijving', 'St.', 'Trekker'],
      [
        ['P-2027-004', 'DRU', 'DZ', 'Nieuwbouw 36 sociale huurapp. Heuvelstraat, oplevering', 'L', 'WW'],
        ['P-2027-036', 'BEU', 'EW', 'Nieuwbouw 24 sociale huurapp. Van Heemstraweg', 'L', 'WW'],
        ['P-2027-041', 'WCH', 'AL', 'Wijkschouw met huurdersvereniging', 'G', 'WW'],
        ['P-2027-038', 'DRU', 'PU', 'Splitsing 2 EGW Dorpsstraat tot 4 app. (pilot)', '?', 'WW'],
        ['P-2027-040', 'DRU', 'DR', 'Flexwoningen Olympiaweg (tijdelijk, 10 jr)', 'V', 'WW'],
        ['P-2027-046', 'DRU', 'DR', 'Quickscan dementievriendelijk complex Kortenburg', 'G', 'WW'],
        [],
        ['Legenda St.: G = gepland, L = lopend, A = afgerond, V = vervallen, ? = nog geen besluit  |  WW Woonwaarts, GEM gemeente'],
      ],
      'Export Projectenbank WW - PA Druten 2027.xlsx',
      { planningYear: 2027, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 9]);
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('Beuningen (BEU)');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('Wijchen (WCH)');
    expect(r.problems.find((p) => p.row === 7)?.message).toContain('staat als "?" (St.), volgens de uitleg in het bestand "nog geen besluit"');
    expect(r.problems.find((p) => p.row === 8)?.message).toContain('volgens de uitleg in het bestand "vervallen"');
    expectPlacesInMessages(r);
  });

  it('reads a code in brackets after the text, and a gemeente code heading it, by a legend of codes in brackets or apart by dashes', async () => {
    const bracketed = await readRows(
      ['nr', 'actie', 'wie'],
      [
        [1, 'HO – cpl 0412: cv-ketel stuk of op = hybride warmtepomp (A-3.1) [L]', 'Peter'],
        [2, 'WMW/BL – 14 levensloopgeschikte app. Molenstraat (A-1.2) [G]', 'Erik'],
        [3, 'HO – verkoop 2 EGW Dorpsstraat (A-1.3) [V]', 'Erik'],
        [4, 'HO – wijkschouw Horssen: route, uitnodiging, wijkbeheerder loopt mee (A-5.1) [G]', 'Yvonne'],
        [],
        ['', '[G] gepland  [L] loopt  [V] vervalt  [?] nog niet besloten  –  Ilse, 20-6-2027'],
      ],
      'DK acties Druten 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(bracketed.activities.map((a) => a.rowNumber)).toEqual([4, 7]);
    expect(bracketed.problems.find((p) => p.row === 5)?.message).toContain('West Maas en Waal (WMW)');
    expect(bracketed.problems.find((p) => p.row === 6)?.message).toContain('volgens de uitleg in het bestand "vervalt"');

    const dashed = await readRows(
      ['Actie-nr', 'Gemeente', 'Omschrijving', 'Trekker', 'St.'],
      [
        ['BR-28-01', 'DRU', 'Wijkschouw Horssen-Noord: bewoners uitnodigen, route, verslag', 'BR', 'G'],
        ['BR-28-09', 'DRU', 'Bewonersavond verhuiscoach', 'BR', 'V'],
        ['BR-28-10', 'DRU', 'Advies op de huurverhoging per 1 juli', 'BR', 'G'],
        [],
        ['St.: G gepland – L lopend – A afgerond – V vervallen – ? geen besluit  |  DRU Druten'],
      ],
      'Actielijst Bewonersraad 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(dashed.activities.map((a) => a.rowNumber)).toEqual([4, 6]);
  });

  it('knows a gemeente misspelt or written in capitals with its gemeente in brackets, and "nog niet zeker of dit doorgaat"', async () => {
    const r = await readRows(
      ['Activitijt', 'Waar', 'Planing', 'Opm.'],
      [
        ['Opleveren 24 appartementen in Wijgchen (plan Tuinstraat)', 'Wijgchen', 'Q1', ''],
        ['MEELOPEN MET WIJKSCHOUW IN BENEDEN LEEUWN (WEST MAAS EN WAAL)', '', 'SEPTEMBER', ''],
        ['Sloop/nieuwbouw 8 woningen Dorpsstraat Horsen', 'Horsen', '?', 'nog niet zeker of dit doorgaat'],
        ['Wijkschouw Horsen en Puiflyk organiseren', 'Horsen', 'mei', ''],
      ],
      'Activiteiten Woonwarts 2028 v2.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([7]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('Wijchen');
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('WEST MAAS EN WAAL');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('nog niet zeker of dit doorgaat');
  });
});

describe('a progress list sent as the plan', () => {
  it('reads what follows in the year as the plan, whatever this year\'s state, and what has none as done or stopped', async () => {
    const r = await readRows(
      ['Onderwerp', 'Stoplicht', 'Stand per 1 oktober 2026', 'Vervolg 2027'],
      [
        ['Wijkschouw Druten-Zuid met Woonwaarts en gemeente', 'groen', 'gelopen op 21 mei, verslag rondgestuurd', 'volgende schouw: Afferden, voorjaar 2027; wij nodigen de bewoners uit'],
        ['Advies op de huurverhoging van Woonwaarts', 'groen', 'advies gegeven in maart 2026', ''],
        ['Meedenken over het zonnepanelenaanbod van Woonwaarts', 'groen', 'twee bijeenkomsten geweest', 'meelezen bij de tweede ronde in Afferden en Puiflijk'],
        ['Huurderscafé Puiflijk', 'grijs', 'on hold: te weinig vrijwilligers', ''],
        ['Spreekuur in het dorpshuis', 'oranje', 'weinig bezoekers', 'schuift naar 2028'],
        ['Aanschuiven bij de evaluatie van de woonruimteverdeling in Druten', 'nieuw', '', 'tweede kwartaal 2027'],
        [],
        ['Stoplicht: groen = volgens plan, oranje = aandacht nodig, rood = knelpunt, grijs = stilgezet'],
      ],
      'HBD voortgang 2026 en plannen 2027.xlsx',
      { planningYear: 2027, ...DRUTEN },
    );
    expect(r.activities.map((a) => [a.rowNumber, a.activity])).toEqual([
      [4, 'Wijkschouw Druten-Zuid met Woonwaarts en gemeente'],
      [6, 'Meedenken over het zonnepanelenaanbod van Woonwaarts'],
      [9, 'Aanschuiven bij de evaluatie van de woonruimteverdeling in Druten'],
    ]);
    expect(r.problems.find((p) => p.row === 8)?.message).toContain('schuift naar 2028');
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('is al gedaan (Stand per 1 oktober 2026: "advies gegeven in maart 2026"), vóór 2027');
    expect(r.problems.find((p) => p.row === 7)?.message).toContain('staat als "on hold: te weinig vrijwilligers" (Stand per 1 oktober 2026); er staat niets gepland');
    expectPlacesInMessages(r);
  });
});

describe('procedures listed step by step', () => {
  it('reads a step only possible, a procedure closed before the year and a count as no work of the year', async () => {
    const r = await readRows(
      ['Onderwerp', 'Soort', 'Wat doen wij', 'Verzoek van', 'Uiterlijk'],
      [
        ['Huurverhoging 1 juli 2028', 'AA', 'Advies uitbrengen op de huurverhoging, na een ledenraadpleging', 'De Kernen', 'april'],
        ['Vrije toewijzingsruimte', 'AA', 'Advies uitgebracht in maart 2027 – klaar', 'De Kernen', ''],
        ['Verordening vereveningsfonds', 'RV', 'Inspraak en vaststelling afgerond: raad heeft op 28 mei 2027 besloten', '', ''],
        ['Verkoop woningen Horssen', 'AA', 'Mogelijk adviesaanvraag over de verkoop van 4 woningen; nog niet bekend of we verkopen', '', ''],
        ['Huurdersportaal', 'AA', 'Mogelijk maken dat huurders hun reparaties online melden: advies geven', 'De Kernen', 'juni'],
        ['Aantal adviezen 2028', '', '7', '', ''],
        ['Totaal trajecten 2028', '', '9, waarvan 6 AA, 2 IV en 1 ZW', '', ''],
      ],
      'Bewonersraad De Kernen - adviezen 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 8]);
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('Advies uitgebracht in maart 2027');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('afgerond: raad heeft op 28 mei 2027');
    expect(r.problems.find((p) => p.row === 7)?.message).toContain('nog niets besloten');
    expectPlacesInMessages(r);
  });

  it('reads "nog geen besluit" as the first clause of a remark as undecided, whatever follows it', async () => {
    const r = await readRows(
      ['Activiteit', 'Q3', 'Opmerkingen'],
      [
        ['Enquête onder huurders over het binnenklimaat', 'x', 'nog geen besluit, bespreken in september'],
        ['Wijkschouw Horssen organiseren', 'x', 'datum volgt, samen met De Kernen'],
      ],
      'Bewonersraad De Kernen activiteiten 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('nog geen besluit');
  });
});

describe('lines typed whole in one cell, and promises kept as the plan', () => {
  it('reads a heading that lists the fields of each line as the activity column, and its notes, totals and open questions as such', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.getRow(1).values = ['Onderwerp | wat | wanneer'];
    ws.getRow(2).values = ['Let op – lijst nog niet compleet, bestuur vult in september aan'];
    ws.getRow(3).values = ['Planmonitor | cijfers delen met partners | oktober'];
    ws.getRow(4).values = ['Huurderscafé? – nog bespreken'];
    ws.getRow(5).values = ['Overlegtafel Leefbaarheid | 4x per jaar, prioriteiten wijkverbetering | hele jaar'];
    ws.getRow(6).values = ['Totaal: 12 acties'];
    ws.getRow(7).values = ['Ingevuld: M. Jansen (De Kernen); 25-6-2027'];
    ws.getRow(8).values = ['Is dit ook een onderwerp voor ons? nog bespreken in bestuur'];
    ws.getRow(9).values = ['Schone Lucht Akkoord ondertekenen? college moet nog besluiten'];
    ws.getRow(10).values = ['Houtbouw bij volgend nieuwbouwplan? idee, nog niet in MT besproken'];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'Gemeente Druten - activiteiten 2028 (concept).xlsx', { planningYear: 2028, ...DRUTEN });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([3, 5]);
    expect(r.notes.map((n) => n.row)).toEqual(expect.arrayContaining([2, 7]));
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('nog bespreken');
    expect(r.problems.find((p) => p.row === 8)?.message).toContain('nog bespreken in bestuur');
    expect(r.problems.find((p) => p.row === 9)?.message).toContain('moet nog besluiten');
    expect(r.problems.find((p) => p.row === 10)?.message).toContain('nog niet in MT besproken');
  });

  it('reads a motion rejected or withdrawn by the legend, and the list counted in its own words, as no work', async () => {
    const r = await readRows(
      ['Nr', 'Toezegging / motie', 'Termijn', 'Status'],
      [
        ['M2027-04', 'Motie woningdelen: onderzoek en raadsinformatiebrief', 'Q2', 'L'],
        ['M2027-05', 'Motie Schone Lucht Akkoord ondertekenen', '', 'V'],
        ['M2027-06', "Motie 'Tiny houses voor starters': locatie zoeken voor 10 tiny houses", '', 'I'],
        ['', '12 moties en toezeggingen (8 lopend, 1 afgedaan, 1 verworpen)', '', ''],
        [],
        ['Status: L = loopt · A = afgedaan · V = verworpen · I = ingetrokken · B = in bespreking'],
      ],
      'Gemeente Druten moties en toezeggingen wonen 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4]);
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('"verworpen"');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('"ingetrokken"');
  });
});


describe('money lines and doubts in a plan kept as a budget', () => {
  it('keeps a reserve, a contribution named by its year with a remark, and a line with "??" as notes', async () => {
    const r = await readRows(
      ['Omschrijving', 'Bedrag', 'Dekking'],
      [
        ['Reservering vereveningsfonds: saldo per 1-1-2028 (nog geen bestedingsplan)', 485000, 'reserve'],
        ['Bijdrage De Kernen 2028 (werkbudget)', 9000, ''],
        ['Aanvraag Volkshuisvestingsfonds voor Horssen-Zuid?? eerst met gemeente bespreken', 'p.m.', ''],
        ['Wijkschouw Horssen-Noord: flyers en koffie', 350, 'werkbudget'],
      ],
      'Bewonersraad werkbudget 2028.xlsx',
      { planningYear: 2028 },
    );
    expect(r.activities.map((a) => a.activity)).toEqual(['Wijkschouw Horssen-Noord: flyers en koffie']);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('is een begrotingspost');
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('is een begrotingspost');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('zegt zelf dat er nog niets besloten is');
  });
});

describe('money lines of a begroting beside the agreed work', () => {
  it('keeps the apparatus, "Onvoorzien" and a reserve as notes, whatever team or department holds them; work with a budget stays', async () => {
    const r = await readRows(
      ['Kostenpost', 'Activiteit', 'Budget 2028 (€)', 'Afdeling', 'Toelichting'],
      [
        ['Overhead', 'Apparaatskosten wonen en ruimte (toerekening 1,6 fte beleid, incl. overhead 18%)', 176000, 'Bedrijfsvoering', ''],
        ['7190 Onvoorzien', 'Onvoorzien / risico-opslag nieuwbouw (3%)', 317000, 'Control', ''],
        ['7390 Reservering', 'Reservering vervanging liften 2029-2030 (egalisatie)', 150000, 'Control', 'geen uitgaven in 2028'],
        ['7100 Nieuwbouw', 'Start bouw 36 sociale huurappartementen De Vaaren fase 2', 6400000, 'Vastgoed', ''],
        ['7200 Onderhoud', 'Reservering aannemer voor de dakrenovatie Hogeweg: offertes vergelijken en gunnen', 420000, 'Vastgoed', 'gunning Q2'],
      ],
      'Woonwaarts begroting Druten 2028.xlsx',
      { planningYear: 2028 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([7, 8]);
    for (const row of [4, 5, 6]) expect(r.problems.find((p) => p.row === row)?.message).toContain('is een begrotingspost');
  });
});

describe("a workshop's post-its, an hours sheet and a register of products sent as the plan", () => {
  async function sheet(fill: (ws: Worksheet) => void, fileName: string, planningYear: number): Promise<ReadWorkbook> {
    const wb = new Workbook();
    fill(wb.addWorksheet('Blad1'));
    return readActivityWorkbook(await saveWorkbook(wb), fileName, { planningYear });
  }

  it('reads the post-its the session chose: not a flip-over heading, nor what it parked, turned down or put later', async () => {
    const r = await sheet(
      (ws) => {
        ws.getRow(3).values = ['Post-it', 'Stippen', 'Wie schreef', 'Besluit'];
        ws.getRow(4).values = ['FLAP A – WONEN EN BOUWEN'];
        ws.getRow(5).values = ['Planmonitor 2x per jaar delen met corporaties en huurders', 4, 'SvD', 'doen'];
        ws.getRow(6).values = ['Buurtfonds ophogen', 2, 'SvD', 'parkeren'];
        ws.getRow(7).values = ['Huurderscafé elke maand → parkeren', 1, 'KB', ''];
        ws.getRow(8).values = ['Energiecoaches ook in 2027 doorzetten', 5, 'MJ', 'doen'];
      },
      'Heidag Wonen post-its 2027.xlsx',
      2027,
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5, 8]);
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('staat als "parkeren" (Besluit): niet gekozen');
    expect(r.problems.find((p) => p.row === 7)?.message).toContain('staat als "→ parkeren": niet gekozen');
  });

  it('reads a tick on most lines as chosen, not done, and a fill the legend above calls "nee" as turned down', async () => {
    const ticked = await sheet(
      (ws) => {
        ws.getRow(2).values = ['Post-it', 'Cluster'];
        ws.getRow(3).values = ['✔ Cv-ketel kapot = hybride warmtepomp', 'Duurzaam'];
        ws.getRow(4).values = ['✔ Pluspakket uitbreiden met buitenkraan', 'Duurzaam'];
        ws.getRow(5).values = ['✔ Convenant woonfraude uitvoeren met gemeente', 'Leefbaar'];
      },
      'DK werksessie 2027.xlsx',
      2027,
    );
    expect(ticked.activities).toHaveLength(3);
    const coloured = await sheet(
      (ws) => {
        ws.getCell('A2').value = 'Legenda:';
        ws.getCell('B2').value = 'groen = doen in 2028 / oranje = parkeren / grijs = nee';
        ws.getRow(4).values = ['Cluster', 'Post-it', 'Stippen'];
        ws.getRow(5).values = ['Nieuwbouw', 'Heuvelstraat: 24 appartementen sociale huur', '●●●'];
        ws.getRow(6).values = ['Nieuwbouw', 'Tijdelijke woningen voor spoedzoekers op de oude gemeentewerf', '●'];
        ws.getCell('B5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } };
        ws.getCell('B6').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
      },
      'Woonwaarts werksessie 2028.xlsx',
      2028,
    );
    expect(coloured.activities.map((a) => a.rowNumber)).toEqual([5]);
    expect(coloured.problems.find((p) => p.row === 6)?.message).toContain('is grijs gekleurd (Post-it), volgens de uitleg in het bestand "nee": niet gekozen');
  });

  it("keeps an hours sheet's capacity lines, and a row with hours only in a later year, as notes", async () => {
    const r = await sheet(
      (ws) => {
        ws.getRow(3).values = ['Activiteit', 'PA', 'Sanne', 'Kees', 'Totaal'];
        ws.getRow(4).values = ['Wijkschouw Druten-Zuid voorbereiden met HBD', '5.1', 40, 20, 60];
        ws.getRow(5).values = ['Overhead / teamoverleg', '', 120, 120, 240];
        ws.getRow(6).values = ['Verlof en ziekte', '', 220, 220, 440];
        ws.getRow(7).values = ['Beschikbaar', '', 1656, 1656, 3312];
      },
      'WW capaciteitsplanning 2027.xlsx',
      2027,
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4]);
    const later = await sheet(
      (ws) => {
        ws.getRow(3).values = ['Activiteit', 'Wie', 'Uren 2028', 'Uren 2029'];
        ws.getRow(4).values = ['Planmonitor actualiseren en delen', 'Sanne', 80, 80];
        ws.getRow(5).values = ['3-30-300: nulmeting boomkroon Deest', 'Mark', null, 120];
      },
      'Urenraming gemeente 2028.xlsx',
      2028,
    );
    expect(later.activities.map((a) => a.rowNumber)).toEqual([4]);
    expect(later.problems.find((p) => p.row === 5)?.message).toContain('staat leeg (Uren 2028), alleen "120" (Uren 2029)');
  });

  it('reads a register of products by its "Product" column where no column is named as the activity', async () => {
    const r = await sheet(
      (ws) => {
        ws.getRow(4).values = ['Code', 'Product', 'Type document', 'Opdrachtgever', 'Opleverdatum'];
        ws.getRow(5).values = ['GEM-DOC-2028-01', 'Planmonitor woningbouw 2028 voor corporaties en huurders', 'Monitor', 'wethouder', '1 oktober 2028'];
        ws.getRow(6).values = ['GEM-DOC-2028-02', 'Protocol woningvervuiling met corporaties en GGD', 'Protocol', 'burgemeester', '30 november 2028'];
      },
      'Documentenregister Wonen 2028.xlsx',
      2028,
    );
    expect(r.activities.map((a) => a.activity)).toEqual(['Planmonitor woningbouw 2028 voor corporaties en huurders', 'Protocol woningvervuiling met corporaties en GGD']);
    expect(r.problems.some((p) => p.message.includes('kolom B "Product" is als activiteit gelezen'))).toBe(true);
    // "Folder" beside "Brief" and "Monitor" is a brochure, a product like them; only beside a list's items is it a folder.
    const planned = await sheet(
      (ws) => {
        ws.getRow(2).values = ['Maand', 'Product', 'Soort', 'Voor wie'];
        ws.getRow(3).values = ['maart', 'Folder pluspakketten 2027 (buitenkraan, rolluik)', 'Folder', 'huurders'];
        ws.getRow(4).values = ['april', 'Bewonersbrief hybride warmtepomp Kerkstraat', 'Brief', 'huurders'];
        ws.getRow(5).values = ['juni', 'Lotingcijfers 2026 voor de Bewonersraad', 'Monitor', 'Bewonersraad'];
      },
      'DK opleverplanning 2027.xlsx',
      2027,
    );
    expect(planned.activities.map((a) => a.rowNumber)).toEqual([3, 4, 5]);
  });
});

describe('a year planner and a dashboard sent as the plan', () => {
  it('reads recurring work written again in a later month once, and what took place before the year or only measures as no work', async () => {
    const r = await readRows(
      ['Datum', 'Activiteit', 'Wie', 'Doel', 'Stand'],
      [
        ['09-11-2027', 'Wijkschouw Druten-Zuid met HBD en Woonwaarts (geweest, verslag in bundel)', 'Team Wonen', '', ''],
        ['04-01-2028', 'Energieloket inloop bibliotheek Druten (elke 1e dinsdag vd maand)', 'energiecoaches', '', ''],
        ['01-02-2028', 'Energieloket inloop bibliotheek Druten (elke 1e dinsdag vd maand)', 'energiecoaches', '', ''],
        ['15-02-2028', 'Planmonitor woningbouw delen met corporaties en huurdersorganisaties', 'Kees', '', ''],
        ['', '% toewijzingen via loting', '', '10%', '9%'],
        ['', 'Gem. rapportcijfer huurders over De Kernen', '', '7,5', '7,4'],
        ['', 'Kloosterakker Horssen: laatste 27 van de 33 soc. huurwon. opgeleverd mei 2026', '', '', '6'],
        ['07-03-2028', 'Nieuwsbrief voorjaar: tips over energie besparen', 'redactie', '', ''],
        ['05-09-2028', 'Nieuwsbrief voorjaar: tips over energie besparen', 'redactie', '', ''],
      ],
      'Jaarplanner Wonen 2028.xlsx',
      { planningYear: 2028, ...DRUTEN },
    );
    // Written twice without saying it recurs, the newsletter stays twice: two editions, for the secretary to see.
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5, 7, 11, 12]);
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('herhaalt rij 5: hetzelfde terugkerende werk');
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('zegt zelf dat het al is gebeurd');
    expect(r.problems.find((p) => p.row === 8)?.message).toContain('noemt een getal');
    expect(r.problems.find((p) => p.row === 10)?.message).toContain('zegt zelf dat het al gedaan is ("opgeleverd mei 2026")');
    expectPlacesInMessages(r);
  });
});

describe('a plan that answers an earlier year’s results', () => {
  it('reads the year’s work from the column of what follows, not the look-back beside it', async () => {
    const r = await readRows(
      ['Onderwerp', 'Resultaat 2025', 'Oordeel', 'Vervolgactie 2027', 'Les'],
      [
        ['Nieuwbouw', 'Gerealiseerd: 118 sociale huurwoningen; Kattenburg fase 2 schoof door', 'achter', 'Kattenburg fase 2 (22 app.) opleveren en start bouw Molenveld', ''],
        ['Verkoop', 'Verkocht: 8 eengezinswoningen', 'conform', '', ''],
        ['Huurverhoging', '0% huurverhoging voor 280 woningen label D t/m G', 'uitgevoerd', 'We stoppen met de 0%-regeling voor D t/m G', 'HBD vraagt om evaluatie'],
        ['Zonnepanelen', '96 woningen voorzien van panelen', 'positief', 'Aanbod zonnepanelen uitbreiden: 120 eengezinswoningen Afferden en Deest', ''],
        ['Ontmoeting', 'Sessie niet gehouden', 'niet gehaald', 'Nog bepalen, na tussenevaluatie', ''],
        ['Huurdersavond', 'matig bezocht', 'matig', 'We stoppen met de huurdersavond en starten een spreekuur in de buurtkamer', ''],
      ],
      'Woonwaarts activiteiten 2027 nav verantwoording 2025.xlsx',
      { planningYear: 2027 },
    );
    expect(r.activities.map((a) => a.activity)).toEqual([
      'Kattenburg fase 2 (22 app.) opleveren en start bouw Molenveld',
      'Aanbod zonnepanelen uitbreiden: 120 eengezinswoningen Afferden en Deest',
      'We stoppen met de huurdersavond en starten een spreekuur in de buurtkamer',
    ]);
    // The look-back is kept beside the work.
    expect(r.activities[1]?.extra['Resultaat 2025']).toBe('96 woningen voorzien van panelen');
  });

  it('reads the row’s own activity where it is named, what follows beside it only deciding whether it goes on ("geen": not)', async () => {
    const r = await readRows(
      ['Activiteit (2026)', 'Status juni 2026', 'Vervolg 2027'],
      [
        ['Oplevering 56 sociale huurappartementen Heuvelstraat', 'op schema', 'Start bouw 22 sociale huurwoningen Afferden-West'],
        ['Opknappen speeltuin Wilgenland', 'wacht op geld', 'blijft bij gemeente'],
        ['Advies huurverhoging', 'advies gegeven', 'geen'],
      ],
      'Woonwaarts activiteiten 2027 v2.xlsx',
      { planningYear: 2027 },
    );
    expect(r.activities.map((a) => a.activity)).toEqual(['Oplevering 56 sociale huurappartementen Heuvelstraat', 'Opknappen speeltuin Wilgenland']);
    // So with a column of results beside them.
    const named = await readRows(
      ['Activiteit', 'Resultaat 2025', 'Vervolgactie 2027'],
      [
        ['Wijkschouw Deest organiseren', '12 deelnemers', 'weer in mei, nu ook met de wijkagent'],
        ['Nieuwsbrief energie aan alle leden', 'twee keer verstuurd', 'in maart en oktober'],
      ],
      'HBD activiteiten 2027.xlsx',
      { planningYear: 2027 },
    );
    expect(named.activities.map((a) => a.activity)).toEqual(['Wijkschouw Deest organiseren', 'Nieuwsbrief energie aan alle leden']);
  });
});

describe('priorities beside each row', () => {
  it('sets aside what MoSCoW marks "Won’t", keeps what it marks lower, and skips the count per priority', async () => {
    const r = await readRows(
      ['Nr', 'Actie', 'MoSCoW', 'Wie', 'Opmerking'],
      [
        ['1', 'Laatste 6 woningen label E in Horssen na-isoleren', 'Must', 'Vastgoed', ''],
        ['2', 'Pluspakketten uitbreiden met een buitenkraan', 'Could', 'Wonen', 'als er tijd is'],
        ['3', 'Nieuwbouw in houtbouw', "Won't", '', 'geen nieuwbouw gepland in 2028'],
        ['4', 'Energiecafé in het dorpshuis', 'W', 'Wonen', ''],
        ['Totaal', 'Must 1 · Could 1 · Won’t 2', '', '', ''],
      ],
      'De Kernen MoSCoW 2028.xlsx',
      { planningYear: 2028 },
    );
    expect(r.activities.map((a) => a.activity)).toEqual(['Laatste 6 woningen label E in Horssen na-isoleren', 'Pluspakketten uitbreiden met een buitenkraan']);
    expect(r.problems.find((p) => p.code === 'total-row')?.row).toBe(8);
  });
});

describe('a paper form, scanned and read by OCR', () => {
  it('reads the form’s instruction as no activity, and a row ticked done in an earlier year as done, its year read through the scan', async () => {
    const r = await readRows(
      ['Wat gaan wlj doen in 2O27?', 'Samen met', 'Wanneer', 'Gedaan'],
      [
        ['Kruis per regel de rol van HBD aan (organiseren / meedenken / communicatie). Lege regels doorhalen.', '', '', ''],
        ['Kraam op het energie festival Horssen: folders uitdelen', 'De Kernen', 'sept.', '☐'],
        ['Energie festival 2O26', 'De Kernen', 'sept. 2O26', '[x]'],
      ],
      'Bewonersraad plannen 2027 - scan.xlsx',
      { planningYear: 2027 },
    );
    expect(r.activities.map((a) => a.activity)).toEqual(['Kraam op het energie festival Horssen: folders uitdelen']);
    expect(r.problems.filter((p) => p.code === 'no-activity-text').map((p) => p.row)).toEqual([4]);
  });
});

describe('a bracket that dates what the row names, not the row', () => {
  it('keeps work whose bracket dates a building it visits; a bracket that ends the text, or done work after it, still says it is done', async () => {
    const r = await readRows(
      ['Activiteit', 'Samen met', 'Wanneer'],
      [
        ['Wijkschouw Druten-Zuid incl. nieuwbouw Heuvelstraat (opgeleverd 2025): wij organiseren, gemeente en WW lopen mee', 'gemeente, WW', 'mei'],
        ['Fietstocht langs de nieuwbouw (gehouden op 14 september 2025)', '', 'sept.'],
        ['Schouw Horssen (gehouden 2026): verslag rondgestuurd aan de leden', '', 'mei'],
      ],
      'HBD activiteiten 2027.xlsx',
      { planningYear: 2027 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4]);
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('zegt zelf dat het al gedaan is ("gehouden op 14 september 2025")');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('zegt zelf dat het al gedaan is ("gehouden 2026")');
  });
});

describe('a row that tells of others: what another should do, one tenant’s case, a meeting’s agenda', () => {
  it('keeps them as notes and says why, while work beside them, also work that asks what should be done, stays work', async () => {
    const r = await readRows(
      ['Activiteit', 'Wie', 'Wanneer'],
      [
        ['Opm. uit evaluatie 2026: corporaties zouden bewonerscommissies vaker moeten uitnodigen voor de wijkschouw', '', ''],
        ['Huurder Anjerstraat: lekkage al sinds 2025, WW moet dit nu eindelijk oplossen', '', ''],
        ['Agenda overleg DK–Bewonersraad 12 april: 1. opening 2. verslag 3. huuraanpassing 4. pluspakketten 5. rondvraag', '', ''],
        ['Wij zouden de nieuwsbrief vaker moeten uitbrengen: vier keer per jaar', 'redactie', 'kwartaal'],
        ['Agenda ledenvergadering opstellen: 1. jaarverslag 2. huuraanpassing', 'bestuur', 'maart'],
        ['Huurders Anjerstraat: bewonersavond over de renovatie', 'bestuur', 'april'],
        ['Bewonersavond: wat zou er moeten veranderen in de wijk? Ophalen en bespreken met DK', 'bestuur', 'juni'],
        ['Onderzoeken of de verhuiscoach ook in Deest zou moeten komen', 'bestuur', 'najaar'],
        ['Onderzoek: welke woningen zouden eerst moeten worden geïsoleerd (label E-G)', 'werkgroep energie', 'Q3'],
      ],
      'HBD jaarplan 2027.xlsx',
      { planningYear: 2027 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([7, 8, 9, 10, 11, 12]);
    const why = (row: number): string | undefined => r.problems.find((p) => p.row === row)?.message;
    expect(why(4)).toContain('zegt wat een ander zou moeten doen, niet wat de partij zelf doet');
    expect(why(5)).toContain('gaat over één huishouden ("Huurder Anjerstraat"): een persoonlijke zaak, geen activiteit');
    expect(why(6)).toContain('is de agenda van een overleg, geen werk');
    expectPlacesInMessages(r);
  });
});

describe('a list answered in prose', () => {
  it('keeps an introduction, an expectation of another after how things stand, and "geen inzet" as notes; prose that plans stays work', async () => {
    const r = await readRows(
      ['Afspraak', 'Onze inzet in 2028'],
      [
        ['', 'De Kernen heeft in de gemeente Druten alleen bezit in Horssen (ca. 290 woningen). De inzet hieronder betreft daarom alleen Horssen; waar een afspraak alleen Woonwaarts betreft, hebben wij die weggelaten.'],
        ['3 bij 5 (2)', 'De warmtevisie is in december 2026 door de raad vastgesteld. Wij verwachten dat de corporaties hun meerjarenplanning voor de verduurzaming daarop afstemmen.'],
        ['4.1 bij 2', 'De evaluatie van de woonruimteverdeling is door de gemeente nog niet gepland. Wij gaan ervan uit dat de gemeente deze alsnog organiseert.'],
        ['1.1 bij 4 (2)', 'Het onderzoek naar een vereveningsfonds is in 2025 uitgevoerd; de raad besloot geen fonds in te stellen. Voor 2028 is op deze afspraak daarom geen inzet van de gemeente.'],
        ['3 bij 1 (1)', 'Warmtevisie: uitvoeringsplan Druten-Zuid opstellen. Wij verwachten dat de corporaties meedoen.'],
        ['4.1 bij 3 (1)', 'De verhuiscoach is in 2026 gestart. Wij verwachten dat de gemeente bijdraagt; wij zetten de coach in 2028 voort.'],
        ['5.1 bij 2 (1)', 'Wij organiseren de wijkschouw in mei. Wij verwachten dat Woonwaarts en de gemeente meelopen.'],
        ['3 bij 1 (4)', 'Als in 2028 een cv-ketel aan vervanging toe is, plaatsen wij een hybride warmtepomp. Wij verwachten dat dit ongeveer 30 woningen betreft.'],
      ],
      'De Kernen inzet per afspraak 2028.xlsx',
      { planningYear: 2028 },
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([8, 9, 10, 11]);
    const why = (row: number): string | undefined => r.problems.find((p) => p.row === row)?.message;
    expect(why(4)).toContain('leidt het overzicht in, geen werk');
    expect(why(5)).toContain('zegt wat de partij van een ander verwacht, niet wat zij zelf doet');
    expect(why(6)).toContain('zegt wat de partij van een ander verwacht, niet wat zij zelf doet');
    expect(why(7)).toContain('zegt dat de partij hier geen inzet heeft, geen werk');
    expectPlacesInMessages(r);
  });
});

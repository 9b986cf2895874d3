// What partners write beside their work when they keep track of what tenants ask and of their trials: a request
// answered no or not now, a signal noted with nothing decided, a request passed to someone else, thanks received,
// a care part still being talked over, a go/no-go still open, a lesson learned, a national rule quoted. Each is
// kept as a note with a warning naming why; the work beside them stays an activity.
import { describe, expect, it } from 'vitest';
import { expectPlacesInMessages } from '../helpers/problems';
import { activityTexts, readHeaderAndRows, warningAt } from '../helpers/workbook';

/** One sheet: a header in row 1, the rows below it. */
const readTable = (fileName: string, header: readonly string[], rows: readonly (readonly string[])[], planningYear: number) =>
  readHeaderAndRows(fileName, header, rows, planningYear, `Acties ${planningYear}`);

describe("tenants' requests and signals, and what is done with them", () => {
  it('keeps a request answered no or later as a note, and the request taken up as work', async () => {
    const r = await readTable(
      'DK acties 2027 (klantsignalen).xlsx',
      ['Actie (aanleiding)', 'Status', 'Wanneer'],
      [
        ['Verzoek huurders Kerkstraat: zonnepanelen op de huurwoning', 'nee – eerst isoleren, DK heeft geen panelenaanbod', ''],
        ['Verzoek HBD: lift in de portiekflats Hogeweg onderzoeken', 'later – meenemen bij groot onderhoud 2030', ''],
        ['Verzoek bewoners Kloosterakker: extra verlichting achterpad plaatsen', 'gepland', 'Q2'],
        ['Verzoek bewoners: bankje + afvalbak bij speeltuin Kloosterakker', 'doorgezet naar gemeente (openbare ruimte)', ''],
        ['Naar aanleiding van klachten over tocht: 40 woningen Hogeweg kierdicht maken', 'in uitvoering', 'Q1-Q2'],
      ],
      2027,
    );
    expect(activityTexts(r)).toEqual([
      'Verzoek bewoners Kloosterakker: extra verlichting achterpad plaatsen',
      'Naar aanleiding van klachten over tocht: 40 woningen Hogeweg kierdicht maken',
    ]);
    expect(warningAt(r, 2)).toContain('is een verzoek, beantwoord met "nee – eerst isoleren, DK heeft geen panelenaanbod" (Status): niet gekozen');
    expect(warningAt(r, 3)).toContain('"later – meenemen bij groot onderhoud 2030"');
    expect(warningAt(r, 5)).toContain('"doorgezet naar gemeente (openbare ruimte)" (Status); geen werk van de partij zelf');
    expectPlacesInMessages(r);
  });

  it('reads a decision column\'s "nee" with its reason as not chosen', async () => {
    const r = await readTable(
      'Woonwaarts activiteiten Druten 2028 incl klachten.xlsx',
      ['Aanleiding', 'Activiteit 2028', 'Besluit'],
      [
        ['Verzoek bewonerscie. Van Heemstraflat', 'Scootmobielberging met laadpunten bij de Van Heemstraflat', 'nee – geen ruimte op eigen terrein'],
        ['Klachten schimmel', 'Ventilatie verbeteren in 24 woningen De Hoeve', 'ja'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual(['Ventilatie verbeteren in 24 woningen De Hoeve']);
    expect(warningAt(r, 2)).toContain('"nee – geen ruimte op eigen terrein" (Besluit): niet gekozen');
  });

  it('keeps a signal noted with no work decided, and a part still being talked over, as notes', async () => {
    const r = await readTable(
      'HBD 2028 - wat horen we, wat doen we.xlsx',
      ['Wat horen we van huurders', 'Wat doen wij in 2028', 'Samen met'],
      [
        ['Klachten tocht, vocht en schimmel', 'genoteerd, nog geen actie afgesproken', ''],
        ['Speeltuin terug op het grasveld', 'nog onderzoeken, geen budget gereserveerd', ''],
        ['Ouderen willen ontmoeten', 'Zorgdeel hofje Heuvelstraat (steunpunt thuiszorg): nog in overleg met Zorggroep Maas & Waal', ''],
        ['Klachten tocht', 'Huurderspanel over tocht en kierdichting: uitkomsten bespreken met Woonwaarts', 'Woonwaarts'],
        ['Geluidsoverlast', 'Nog onderzoeken met Woonwaarts waar de overlast vandaan komt en een plan maken', 'Woonwaarts'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'Huurderspanel over tocht en kierdichting: uitkomsten bespreken met Woonwaarts',
      'Nog onderzoeken met Woonwaarts waar de overlast vandaan komt en een plan maken',
    ]);
    expect(warningAt(r, 2)).toContain('zegt zelf dat er nog niets besloten is ("genoteerd, nog geen actie")');
    expect(warningAt(r, 3)).toContain('"nog onderzoeken, geen budget"');
    expect(warningAt(r, 4)).toContain('"nog in overleg met Zorggroep Maas & Waal"');
  });

  it('keeps thanks received as a note', async () => {
    const r = await readTable(
      'Jaarplan Bewonersraad 2027.xlsx',
      ['Wat gaan we doen', 'Datum', 'Opmerking'],
      [
        ['Bedankkaart van bewoners Kloosterakker voor de nieuwe speeltoestellen!', '', 'hangt op prikbord'],
        ['Bewonersavond Kloosterakker over de servicekosten', 'okt', ''],
      ],
      2027,
    );
    expect(activityTexts(r)).toEqual(['Bewonersavond Kloosterakker over de servicekosten']);
    expect(warningAt(r, 2)).toContain('is een compliment of een woord van dank, geen activiteit');
  });
});

describe('trials, their lessons and the rules around them', () => {
  it('keeps a go/no-go still open and a lesson learned as notes, and the trial running in the year as work', async () => {
    const r = await readTable(
      'De Kernen proeven en acties 2028.xlsx',
      ['Onderwerp', 'Wat', 'Wanneer'],
      [
        ['Energie', 'Proef thuisbatterij bij zonnepanelen (20 woningen Afferden) – evaluatie dec. 2027, go/no-go uitrol 2028 nog open', ''],
        ['Energie', 'Leerpunt pilot warmtepomp: zonder uitleg aan huis zetten huurders de pomp uit', ''],
        ['Leerpunt', 'Partners eerder betrekken bij de opzet van een pilot, niet pas bij de evaluatie', ''],
        ['Energie', 'Pilot warmtepompmaatje: 10 vrijwilligers helpen buren met de instellingen', 'hele jaar'],
        ['Energie', 'Na de go/no-go: uitrol thuisbatterij in 60 woningen Afferden', 'Q3'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'Pilot warmtepompmaatje: 10 vrijwilligers helpen buren met de instellingen',
      'Na de go/no-go: uitrol thuisbatterij in 60 woningen Afferden',
    ]);
    expect(warningAt(r, 2)).toContain('"go/no-go uitrol 2028 nog open"');
    expect(warningAt(r, 3)).toContain('zegt wat men geleerd heeft, geen werk');
    expect(warningAt(r, 4)).toContain('staat als "Leerpunt": een les uit eerder werk, geen werk');
  });

  it("keeps a law's terms quoted as a note where a remark beside them says it is the national frame", async () => {
    const r = await readTable(
      'Gemeente Druten - inzet PA 2027 wonen zorg.xlsx',
      ['Activiteit', 'Planning', 'Opm.'],
      [
        ['Wmo 2015: onderzoek binnen 6 weken na melding, beschikking binnen 2 weken na aanvraag', '', 'landelijk kader'],
        ['Wmo 2015: woningaanpassingen sneller beoordelen met een vaste ergotherapeut', 'Q2', ''],
      ],
      2027,
    );
    expect(activityTexts(r)).toEqual(['Wmo 2015: woningaanpassingen sneller beoordelen met een vaste ergotherapeut']);
    expect(warningAt(r, 2)).toContain('zegt wat een wet, regel of landelijke afspraak vraagt');
  });
});

// Which lines under (or in) a partner's table are about the document and
// which are activities, by their wording: the footers, signatures and contact
// lines partners add, and activities that only resemble them.
import { describe, expect, it } from 'vitest';
import { isNoteLabel, isNoteLine, isNoteWording, isPauseLine } from '../../src/imports/note-lines';

describe('lines about the document', () => {
  it.each([
    'Opgesteld door: afdeling Vastgoed & Wonen',
    'Opgesteld door het team Wonen, juni 2026',
    'ingevuld DK vastgoed jun. 2026',
    'Vastgesteld in het MT van De Kernen op 16 juni 2026.',
    'Vastgesteld door de directie d.d. 3 juni 2026',
    'Namens het bestuur,',
    'Namens De Kernen, M. de Vries',
    'w.g. J. Hendriks',
    'Met vriendelijke groet,',
    'N.B. de data volgen na de ledenvergadering',
    'NB: onder voorbehoud van budget',
    'Bron: jaarplan HBD 2027',
    'Datum: 16-06-2026',
    'Paraaf',
    'Handtekening:',
    '* Onder voorbehoud van instemming van de ledenvergadering',
    'Laatst bijgewerkt: 12 juni 2026',
    'Contactpersoon: Marieke de Vries',
    'Voor vragen: wonen@druten.nl',
    'Vragen? Mail wonen@druten.nl',
    '16-06-2026',
    'Druten, 12 juni 2026',
    'M. de Vries, m.devries@dekernen.nl, 0487 51 23 40',
    'afdeling Vastgoed & Wonen (vastgoed@dekernen.nl)',
    'De secretaris,',
    'De burgemeester,',
    'Burgemeester en wethouders van Druten,',
    'In dit hoofdstuk: de bouwopgave uit de Woondeal en wat wij daarvoor doen.',
    '- - - - - - - - streep: hieronder doen we niet in 2028 - - - -',
    'Van: Gerda Willems  Verzonden: dinsdag 15 juni 2026 21:47  Aan: Marieke van Dijk  Onderwerp: plannen HBD voor 2027',
    'Van: Jeroen Hendriks\nVerzonden: vrijdag 18 juni 2027 16:52\nAan: Marieke van Dijk',
    'Beste Marieke,  Hieronder onze plannen voor 2027 zoals besproken in de bestuursvergadering van 10 juni.',
    'Bijlage: jaarplanning HBD 2027.pdf',
    '→ verbonden met: Deest Zuid ↔ Wilgenland (openbare ruimte gemeente)',
    'Voor u ligt de inzet van de gemeente Druten voor 2027, het derde jaar van de prestatieafspraken.',
    'In dit jaarplan blikken we kort terug op 2027 en beschrijven we wat we in 2028 doen.',
    // A list written for tenants, as in their newsletter: the greeting, a call to sign up, a tip, a box of information.
    'Beste huurder, wat fijn dat u in een woning van Woonwaarts woont! Hieronder leest u wat wij in 2028 gaan doen.',
    'Hallo buren! De Bewonersraad is er voor alle huurders van De Kernen in Horssen. Dit gaan we in 2028 voor u doen:',
    // A letter to the tenants of one block, pasted whole into a cell.
    'Beste bewoner van blok C,\nOp dinsdag 14 maart om 19.30 uur bent u van harte welkom in De Zaaier.\nMet vriendelijke groet,\nde bewonerscommissie',
    'Meld u aan! Wilt u ook zonnepanelen? Vul het formulier in op woonwaarts.nl/zon of bel ons.',
    'Tip: houd het in de zomer koel. Doe overdag de gordijnen dicht.',
    'Goed om te weten: een warmtepomp werkt anders dan een cv-ketel.',
    'Vragen of ideeën? Mail naar bewonersraad.horssen@gmail.com of bel Els: 06 - 23 45 67 89',
    // Who signs the list, and when.
    'HBD secretariaat – juni 2026',
    'Woonwaarts, team Vastgoed & Wonen – stand 30 september 2026, versie 2 (3 oktober 2026)',
    'Bestuur Bewonersraad De Kernen - mei 2027',
  ])('%j is a note', (text) => {
    expect(isNoteLine(text)).toBe(true);
  });

  it.each([
    'Datum voor de wijkschouw vastleggen met De Kernen',
    'Namens de huurders zitting nemen in de klankbordgroep, samen met HBD',
    'Bij vragen over de huurverhoging verwijzen naar het spreekuur',
    'Aanmelden voor de nieuwsbrief mogelijk maken via info@bewonersraad.nl',
    'Meldpunt woonfraude bekendmaken via de website en meldpunt@dekernen.nl',
    'Let op de signalen van eenzaamheid bij oudere huurders',
    'Bronnenonderzoek naar de woonbehoefte van jongeren',
    'Nieuwsbrief voor de leden',
    'mei 2027',
    'Q2 2027',
    '1.1 Nieuwbouw',
    'De burgemeester opent de nieuwe huiskamer in Deest',
    'Voorzitter van de overlegtafel leefbaarheid',
    'Ingevulde formulieren van de huurders verwerken in 2027',
    'Hoi Marieke,\n\nNieuwbouw De Schaapskooi fase 2',
    'Van de gemeente: aan de slag met de woonvisie',
    'Bijlagen bij het jaarverslag in gewone taal schrijven',
    // A box for tenants that gives the year's measure, and work that names tips or signing up.
    'Goed om te weten: heeft uw woning nog energielabel D? Dan gaat uw huur op 1 juli 2028 niet omhoog.',
    'Tips voor vergroening van de tuin in het HBD-nieuws',
    'Meld u aan-formulier voor de energiecoach op de website zetten',
    'Beste buurtbewoners uitnodigen voor de wijkschouw',
    // Work with a team or a board in it, and a month.
    'Huurdersavond met het bestuur – juni 2027',
    'Kennismaking nieuw bestuur HBD – maart 2027',
    'Team Leefbaarheid – wijkschouw Deest – mei 2027',
    'Afdeling Wonen: start woonvisie – september 2027',
  ])('%j is not', (text) => {
    expect(isNoteLine(text)).toBe(false);
  });

  it('tells a date or a contact line alone from a line worded as a note', () => {
    expect(isNoteWording('Bron: jaarplan HBD 2027')).toBe(true);
    expect(isNoteWording('1 maart 2027')).toBe(false);
    // What the sheet leaves out is about the sheet, not an activity.
    expect(isNoteWording('Lopende projecten uit 2026 staan hier niet opnieuw (zie vorig jaar).')).toBe(true);
    expect(isNoteLine('1 maart 2027')).toBe(true);
    // However the month is shortened.
    expect(['Druten, 3 febr. 2027', 'd.d. 14 sept 2026', '2 mrt. 2027'].every(isNoteLine)).toBe(true);
  });

  it('knows a label that leaves its value to the next cell', () => {
    expect(['Opgesteld door:', 'Datum', 'Paraaf:', 'Naam:', 'Contactpersoon', 'Legenda:', 'Legenda'].every(isNoteLabel)).toBe(true);
    expect(['Naam', 'Opgesteld door: afdeling Vastgoed & Wonen', 'Wijkschouw'].some(isNoteLabel)).toBe(false);
  });
});

describe('agenda lines that say nothing takes place', () => {
  it.each([
    'Zomerstop: geen vergaderingen en geen spreekuur',
    'Kerstreces',
    'Geen overleg in juli',
    'zomervakantie – geen spreekuur',
    'Geen punten',
    'Niets te melden.',
    'Verslag van 13 januari vastgesteld',
    'Notulen van de vorige vergadering goedgekeurd',
    // A risk accepted as it is, a plan line saying last year's activity ends.
    'Accepteren: weinig invloed in 2026, geen extra maatregel',
    'stopt – De Kernen regelt dit nu zelf met de installateur',
    'Vervalt: de gemeente neemt de koffieochtend over',
    // The office closed, people away.
    'Tweede Paasdag – kantoor dicht',
    'Kantoor ’s middags gesloten (carnaval)',
    'Zomersluiting kantoor (alleen storingen)',
    'Verlof / feestdagen',
  ])('%s is no activity', (text) => {
    expect(isPauseLine(text)).toBe(true);
  });

  it.each([
    'Geen huurverhoging voor huurders van woningen met label D',
    'Geen activiteit gepland bij deze afspraak. Wat is er in het jaar aan gedaan?',
    'Spreekuur in het Dorpshuis Deest',
    'Stoppen met gas in de Julianastraat',
    'Geen punten meer achterstallig onderhoud in Deest: herstelronde met de opzichter',
    'Verslag van de wijkschouw naar gemeente en corporatie sturen',
    'Extra maatregelen tegen schimmel in de Kloosterstraat',
    'Stoppen met de papieren nieuwsbrief, voortaan digitaal',
    'Spreekuur in het kantoor van HBD, elke eerste dinsdag',
    'Vakantieactiviteit voor kinderen in de Kloosterstraat',
  ])(
    '%s is an activity',
    (text) => {
      expect(isPauseLine(text)).toBe(false);
    },
  );
});

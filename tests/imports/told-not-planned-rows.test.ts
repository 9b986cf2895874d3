// Rows that tell something rather than plan it, as partners put them between their work: the figures of an
// earlier year's research, an incident with its date, what a law says, an idea still to be discussed, one
// household's own case, the routine said to go on, a break. Each is kept as a note with a warning naming why; the
// work beside them stays an activity.
import { describe, expect, it } from 'vitest';
import { activityTexts, readHeaderAndRows, warningAt } from '../helpers/workbook';

/** A list of activities, each row's text alone or with its "Wanneer". */
const readList = (rows: readonly (string | readonly [string, string])[], planningYear: number) =>
  readHeaderAndRows(
    `Activiteiten Druten ${planningYear}.xlsx`,
    ['Activiteit', 'Wanneer'],
    rows.map((row) => (typeof row === 'string' ? [row, ''] : row)),
    planningYear,
    `Plan ${planningYear}`,
  );

describe('rows that tell, between the rows that plan', () => {
  it('keeps the results and figures of earlier research as notes', async () => {
    const r = await readList(
      [
        'Uitkomst woningbehoefteonderzoek 2025: tot 2030 ca. 65% van de vraag naar 1- en 2-persoonswoningen',
        'KWH huurdersoordeel 2026: gemiddeld 7,7 (nieuwe huurders 8,0; reparaties 7,4)',
        'Aedes-benchmark 2026: huurdersoordeel B, bedrijfslasten A',
        'Totaal onvoorzien 2026: ca. € 410.000 (excl. verzekeringsuitkering)',
        'Woonwensenonderzoek 2028: enquête uitzetten onder 65-plussers in eengezinswoningen',
        'Lotingmonitor 2026: percentage woningen via loting en het aandeel jongeren presenteren aan gemeente en HBD',
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'Woonwensenonderzoek 2028: enquête uitzetten onder 65-plussers in eengezinswoningen',
      'Lotingmonitor 2026: percentage woningen via loting en het aandeel jongeren presenteren aan gemeente en HBD',
    ]);
    expect(warningAt(r, 2)).toContain('zegt wat in 2025 is gevonden of geconcludeerd, vóór 2028');
    expect(warningAt(r, 3)).toContain('noemt cijfers van 2026, vóór 2028, geen werk');
  });

  it('keeps an incident of an earlier year as a note, and the work after it as an activity', async () => {
    const r = await readList(
      [
        'Storm 18 feb. 2026: pannen en goten van 64 won. beschadigd, noodreparatie direct uitgevoerd',
        'Leidingbreuk cpl. De Wilgenhof 2 april 2026: 9 app. onbewoonbaar, bewoners tijdelijk in wisselwoningen',
        'Brandveiligheid flats Julianastraat: rookmelders en vluchtwegen controleren met HBD',
        'Stormschade 2026 herstellen: dakgoten De Hoeve vervangen in Q2 2027',
      ],
      2027,
    );
    expect(activityTexts(r)).toEqual([
      'Brandveiligheid flats Julianastraat: rookmelders en vluchtwegen controleren met HBD',
      'Stormschade 2026 herstellen: dakgoten De Hoeve vervangen in Q2 2027',
    ]);
    expect(warningAt(r, 2)).toContain('zegt wat er in 2026 is gebeurd, vóór 2027; geen werk voor 2027');
  });

  it('keeps what a law or a rule says as a note, and the work a law asks as an activity', async () => {
    const r = await readList(
      [
        'NB: Wet versterking regie volkshuisvesting naar verwachting per 1-1-2027 in werking; volkshuisvestingsprogramma en urgentieregeling worden verplicht',
        'Wettelijke termijn: tijdelijk omgevingsplan uiterlijk 1-1-2032 omgezet naar het nieuwe omgevingsplan',
        'Nationale Prestatieafspraken: alle corporaties eind 2028 geen woningen meer met label E, F of G',
        'Let op: bij renovatie geldt een voorstel als redelijk als 70% van de huurders instemt (art. 7:220 BW)',
        'Wet goed verhuurderschap: verhuurvergunning voor kamerverhuur in Druten-centrum invoeren en controleren',
        'Volkshuisvestingsprogramma Druten 2027-2030 opstellen en het ontwerp bespreken met corporaties en huurders',
      ],
      2027,
    );
    expect(activityTexts(r)).toEqual([
      'Wet goed verhuurderschap: verhuurvergunning voor kamerverhuur in Druten-centrum invoeren en controleren',
      'Volkshuisvestingsprogramma Druten 2027-2030 opstellen en het ontwerp bespreken met corporaties en huurders',
    ]);
    expect(warningAt(r, 4)).toContain('zegt wat een wet, regel of landelijke afspraak vraagt, geen werk van de partij zelf');
  });

  it('keeps an idea asked as a question, to be discussed or awaited first, as a note', async () => {
    const r = await readList(
      [
        'Tijdelijke units voor noodopvang bij calamiteiten? eerst intern bespreken',
        'Tiny houses? – eerst raadsmotie afwachten, nog geen locatie',
        'Woonwagenstandplaatsen Deest in beheer nemen van gemeente? – besluit MT nog niet genomen',
        'Huurderscafé Deest in oktober organiseren',
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual(['Huurderscafé Deest in oktober organiseren']);
    expect(warningAt(r, 2)).toContain('is een vraag, en er staat nog niets vast ("eerst intern bespreken")');
    expect(warningAt(r, 4)).toContain('is een vraag, en er staat nog niets vast ("besluit MT nog niet genomen")');
  });

  it("keeps one household's own case as a note, and the work for many that names one as its cause as an activity", async () => {
    const r = await readList(
      [
        'Mevr. K. (Deest) bijstaan bij klacht geluidsoverlast bovenburen, mee naar gesprek met WW',
        'Urgentieaanvraag gezin v. K. (2 volw., 4 kinderen) – advies aan urgentiecommissie',
        'Mw. v.d. B. (Kloosterakker) helpen met aanvraag pluspakket rolluiken',
        'Geschil huurder Waalstraat (huurnr. 2210-045) over servicekosten – verweer naar Huurcommissie',
        'Vochtklachten Hoogstraat (o.a. mevr. J., nr. 14): alle 24 woningen binnenklimaatmeting en mechanische ventilatie',
        'Woningvervuiling: werkproces met GGD en corporaties vastleggen – aanleiding casus mevr. H., Hoogstraat',
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'Vochtklachten Hoogstraat (o.a. mevr. J., nr. 14): alle 24 woningen binnenklimaatmeting en mechanische ventilatie',
      'Woningvervuiling: werkproces met GGD en corporaties vastleggen – aanleiding casus mevr. H., Hoogstraat',
    ]);
    expect(warningAt(r, 2)).toContain('gaat over één huishouden ("Mevr. K."): een persoonlijke zaak, geen activiteit');
    expect(warningAt(r, 5)).toContain('gaat over één huishouden ("huurnr. 2")');
  });

  it('keeps the routine said to go on, a break and a yearly event that skips the year as notes', async () => {
    const r = await readList(
      [
        ['Overige reguliere taken team Wonen: zoals elk jaar, zie afdelingsplan', 'regulier'],
        ['Overige vaste zaken: idem 2027', 'regulier'],
        ['juli/aug zomerstop, geen overleg', 'juli'],
        ['huurdersdag DK: is om het jaar, in 2028 niet', 'regulier'],
        ['Dagelijks onderhoud, mutatieonderhoud en verhuur via Entree, zoals elk jaar', 'doorlopend'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual(['Dagelijks onderhoud, mutatieonderhoud en verhuur via Entree, zoals elk jaar']);
    expect(warningAt(r, 2)).toContain('noemt geen werk, alleen dat het gewone werk doorgaat');
    expect(warningAt(r, 4)).toContain('zegt wanneer er niets gebeurt, geen werk');
    expect(warningAt(r, 5)).toContain('zegt zelf dat er in 2028 niets voor gedaan wordt');
  });

  it('keeps a case, a household by its address, a national rent rule, figures to compare and work said not to be the sender\'s as notes', async () => {
    const r = await readList(
      [
        'Casus Bloemenbuurt Deest: burenruzie over geluid loopt sinds 2026; politie 3x ter plaatse',
        'Mevr. Peters, Kloosterakker 7: schimmel in badkamer sinds renovatie – graag terugbellen',
        'Rijkskader 2028: max. huurverhoging sociale huur = CAO-loonontwikkeling min 0,5%-punt; definitief % volgt in maart',
        'Ter vergelijking: huurverhoging WW 2025 0% (label D–G) en 4,5% overig; 2026 gem. 3,9%',
        ['Preventieavond politie en boa in dorpshuis Horssen (niet door ons georganiseerd)', 'maart'],
        'Oproep aan het Rijk (via VNG-brief): energietoeslag structureel maken – geen eigen inzet gemeente',
        ['Casusoverleg sociaal team: signalen van huismeesters bespreken', 'maandelijks'],
        ['Huurverhoging 1 juli 2028 uitvoeren binnen het rijkskader, met advies van HBD', 'juli'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'Casusoverleg sociaal team: signalen van huismeesters bespreken',
      'Huurverhoging 1 juli 2028 uitvoeren binnen het rijkskader, met advies van HBD',
    ]);
    expect(warningAt(r, 2)).toContain('gaat over één casus ("Casus Bloemenbuurt Deest")');
    expect(warningAt(r, 3)).toContain('gaat over één huishouden ("Mevr. Peters")');
    expect(warningAt(r, 4)).toContain('zegt wat een wet, regel of landelijke afspraak vraagt');
    expect(warningAt(r, 5)).toContain('noemt cijfers ter vergelijking, van vóór 2028');
    expect(warningAt(r, 6)).toContain('zegt zelf dat het geen werk van de partij is ("niet door ons georganiseerd)")');
    expect(warningAt(r, 7)).toContain('("geen eigen inzet gemeente")');
  });

  it('keeps figures per year and a count dated in brackets as notes; a building plan per year stays work', async () => {
    const r = await readList(
      [
        'Prognose toevoegingen WW (planmonitor): 2028: 38 | 2029: 61 | 2030: 47 | t/m 2030: 146',
        'Actief woningzoekenden gem. Druten (Entree, peildatum 1-1-2027): 1.312, gem. zoekduur 6,8 jr',
        ['Bouw Rozenhof: 2028: 20 won. | 2029: 24 won.', '2028-2029'],
        ['Woningzoekenden (peildatum 1-1-2027): 1.312 – in gesprek met Entree over kortere zoekduur', 'voorjaar'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual(['Bouw Rozenhof: 2028: 20 won. | 2029: 24 won.', 'Woningzoekenden (peildatum 1-1-2027): 1.312 – in gesprek met Entree over kortere zoekduur']);
    expect(warningAt(r, 2)).toContain('noemt een getal per jaar (een prognose of streefcijfers), geen werk');
    expect(warningAt(r, 3)).toContain('noemt een getal van 2027, vóór 2028, geen werk');
  });

  it('keeps a count at its peildatum and figures said with a dash or with what they are mostly about as notes; work with figures stays', async () => {
    const r = await readList(
      [
        '318 actief woningzoekenden met voorkeur Deest, waarvan 112 jonger dan 28 (peildatum 1-1-2027)',
        'Slaagkans starters 2026: 9% — gemiddelde wachttijd Druten 4,1 jaar (peildatum 1-1-2027)',
        'Zienswijzen ontwerp-omgevingsvisie (voorjaar 2026): 41 reacties, vooral over parkeren en bouwhoogte',
        'Formatie team Wonen 2028: 4,2 fte (waarvan 0,8 fte vacature)',
        ['Formatie uitbreiden: 1 fte extra voor de woonvisie', 'Q1'],
        ['24 sociale huurwoningen opleveren in Deest-Zuid (peildatum planning 1-1-2028)', 'Q3'],
        ['Reacties 2026: 41, vooral over parkeren – wij organiseren een parkeeravond in Deest', 'mei'],
        ['Zienswijzen ontwerp-omgevingsvisie (2026): beantwoorden in de nota van zienswijzen', 'Q1'],
        'Meldingen openbare ruimte Deest 2026: 212, waarvan 61 zwerfvuil en 34 verlichting',
        ['Meldingen 2026: 212, waarvan 61 zwerfvuil – zwerfvuilactie met de buurt organiseren', 'voorjaar'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'Formatie uitbreiden: 1 fte extra voor de woonvisie',
      '24 sociale huurwoningen opleveren in Deest-Zuid (peildatum planning 1-1-2028)',
      'Reacties 2026: 41, vooral over parkeren – wij organiseren een parkeeravond in Deest',
      'Zienswijzen ontwerp-omgevingsvisie (2026): beantwoorden in de nota van zienswijzen',
      'Meldingen 2026: 212, waarvan 61 zwerfvuil – zwerfvuilactie met de buurt organiseren',
    ]);
    expect(warningAt(r, 2)).toContain('noemt een getal (een streefcijfer, indicator, budget of resultaat), geen werk');
    expect(warningAt(r, 4)).toContain('noemt een getal van 2026, vóór 2028, geen werk');
    expect(warningAt(r, 10)).toContain('noemt cijfers van 2026, vóór 2028, geen werk');
  });

  it('keeps a count of people dated in its label or in closing brackets as a note; work for those counted stays', async () => {
    const r = await readList(
      [
        'Wachtlijst Deest (Woongaard, 1-1-2027): 318 actief woningzoekenden met voorkeur Deest, gem. zoekduur 4,1 jaar',
        'Wachtlijst Ons Thuis-groep Horssen: 11 aanmeldingen (stand 1 mei 2027)',
        'Horssen: 87 woningzoekenden met voorkeur Horssen, 41 daarvan wonen al in Horssen (Entree, jan. 2027)',
        ['Wachtlijst: 40 huishoudens benaderen voor de verhuiscoach (stand 1-3-2027)', 'Q2'],
        ['Informatieavond: 120 woningzoekenden uitnodigen (mei 2027)', 'mei'],
        ['Nieuwe leden werven: 20 leden erbij (eind 2027)', 'doorlopend'],
      ],
      2027,
    );
    expect(activityTexts(r)).toEqual([
      'Wachtlijst: 40 huishoudens benaderen voor de verhuiscoach (stand 1-3-2027)',
      'Informatieavond: 120 woningzoekenden uitnodigen (mei 2027)',
      'Nieuwe leden werven: 20 leden erbij (eind 2027)',
    ]);
    for (const row of [2, 3, 4]) expect(warningAt(r, row)).toContain('noemt een getal (een streefcijfer, indicator, budget of resultaat), geen werk');
  });

  it('keeps "geen" with the reason, a trend, a target group described and shares of a group as notes; work beside them stays', async () => {
    const r = await readList(
      [
        'geen – valt onder uitzondering sloopwoningen (sloop/nieuwbouw 2029)',
        'Aantal 75-plussers stijgt van 1.480 (2024) naar ca. 2.300 in 2035 (bron: woonzorgvisie)',
        'Doelgroep: jongeren 18 t/m 27 jr, 1-persoons, inkomen tot huurtoeslaggrens – gem. zoektijd 3,1 jr',
        '31% van onze huurders in Horssen is 70+, 1 op 4 woont alleen',
        'Ruim 60% van onze leden is 65+; veel van hen wonen alleen in een eengezinswoning',
        'A+ e.h. 31% | A 22% | B 28% | C 14% | D 4% | E 1% | F/G 0%',
        'Jongeren 18–27 jr: 412 actief woningzoekend in Druten, slaagkans 5% (Entree, peildatum 1-1-2027)',
        ['Geen – wij slopen Heuvelstraat in 2029 en bereiden de sloop voor met de bewoners', 'Q4'],
        ['Aandeel label A stijgt van 22% naar 40%: 60 woningen isoleren', '2028'],
        ['Doelgroep: jongeren – pilot woningdelen starten in Druten', 'Q2'],
        ['31% van onze huurders is 70+: wij bezoeken alle 75-plussers thuis', 'hele jaar'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'Geen – wij slopen Heuvelstraat in 2029 en bereiden de sloop voor met de bewoners',
      'Aandeel label A stijgt van 22% naar 40%: 60 woningen isoleren',
      'Doelgroep: jongeren – pilot woningdelen starten in Druten',
      '31% van onze huurders is 70+: wij bezoeken alle 75-plussers thuis',
    ]);
    expect(warningAt(r, 2)).toContain('zegt dat hier niets gebeurt, en waarom; geen werk');
    expect(warningAt(r, 3)).toContain('zegt hoe een aantal verandert (een prognose), geen werk');
    expect(warningAt(r, 4)).toContain('beschrijft een doelgroep, geen werk');
    expect(warningAt(r, 5)).toContain('zegt welk deel van een groep zo is, geen werk');
    expect(warningAt(r, 7)).toContain('noemt een getal');
  });

  it('keeps a motion voted on and a dated decision that adopted a plan for years as notes; work that carries them out stays', async () => {
    const r = await readList(
      [
        'Motie 2026-M07 "Eerlijk bijdragen aan sociale woningbouw" – aangenomen 8 oktober 2026 (17 voor, 2 tegen)',
        'Collegebesluit 14-11-2026: uitvoeringsprogramma woonzorgvisie 2027-2030 vastgesteld',
        ['Motie 2026-M07 uitvoeren: verdeelsleutel voorstellen aan de raad', 'Q2'],
        ['Collegebesluit 14-11-2026: uitvoeringsprogramma 2027-2030 uitvoeren met de corporaties', 'hele jaar'],
        ['Motie 2028-M02 – aangenomen 3 februari 2028', 'Q1'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'Motie 2026-M07 uitvoeren: verdeelsleutel voorstellen aan de raad',
      'Collegebesluit 14-11-2026: uitvoeringsprogramma 2027-2030 uitvoeren met de corporaties',
      'Motie 2028-M02 – aangenomen 3 februari 2028',
    ]);
    for (const row of [2, 3]) expect(warningAt(r, row)).toContain('legt een besluit van 2026 vast, vóór 2028; geen werk');
  });

  it('keeps who is counted, when and the figure alone as a note; work with a count stays', async () => {
    const r = await readList(
      [
        "leden 1-1-'27: 212",
        'Leden per 1-1-2027: 212',
        'Woningzoekenden jan. 2027: 1.312',
        'Huurders stand 2027: ca. 2.450',
        ['Leden werven 2027: 20', 'doorlopend'],
        ['Leden werven per 1-1-2027: 20', 'Q1'],
        ['Huurders Anjerstraat 2027: 14', 'Q2'],
      ],
      2027,
    );
    expect(activityTexts(r)).toEqual(['Leden werven 2027: 20', 'Leden werven per 1-1-2027: 20', 'Huurders Anjerstraat 2027: 14']);
    for (const row of [2, 3, 4, 5]) expect(warningAt(r, row)).toContain('geen werk');
  });

  it('keeps an article quoted or pointed to, a price, a passage quoted whole, subjects only and "zie ook regel 9" as notes; work that names them stays', async () => {
    const r = await readList(
      [
        'Art. 2.5.2 HVV: ten hoogste 50% van de vrijkomende woonruimte mag bij voorrang worden toegewezen aan woningzoekenden met lokale binding',
        'Zie Overlegwet art. 3 en 5: adviesrecht huurdersorganisatie o.a. huurprijsbeleid, onderhoud, renovatie, sloop en verkoop',
        'Tarief zonnepanelen: € 2,75 per paneel per maand, max. 12 panelen, opzegbaar na 5 jaar',
        'Pluspakket badkamer: € 9,- p/m huurverhoging, afgeschreven in 15 jaar',
        '"HBD adviseert positief over het huurvoorstel 2027, mits huurders met label E en F geen huurverhoging krijgen." (uit advies 2027)',
        'betaalbaarheid · duurzaamheid · doorstroming · leefbaarheid (alles met WW en gemeente)',
        'Doorstroming ouderen naar nieuwbouw: zie ook regel 9',
        ['"Samen de kou uit": energiecoaches op huisbezoek bij 40 huurders', 'winter'],
        ['Zonnepanelen: € 2,75 per paneel per maand; wij sturen 120 huurders een aanbod', 'Q2'],
        ['Huisvestingsverordening art. 2.5.2 toepassen bij de toewijzing in Deest', 'hele jaar'],
        ['Betaalbaarheid en duurzaamheid: energiecoach bij elke nieuwe huurder', 'hele jaar'],
        ['nieuwsbrief | ledenavond | wijkschouw', 'voorjaar'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      '"Samen de kou uit": energiecoaches op huisbezoek bij 40 huurders',
      'Zonnepanelen: € 2,75 per paneel per maand; wij sturen 120 huurders een aanbod',
      'Huisvestingsverordening art. 2.5.2 toepassen bij de toewijzing in Deest',
      'Betaalbaarheid en duurzaamheid: energiecoach bij elke nieuwe huurder',
      'nieuwsbrief | ledenavond | wijkschouw',
    ]);
    expect(warningAt(r, 2)).toContain('zegt wat een wet, regel of landelijke afspraak vraagt');
    expect(warningAt(r, 4)).toContain('noemt een prijs of tarief, geen werk');
    expect(warningAt(r, 6)).toContain('is een aanhaling, geen werk dat gepland is');
    expect(warningAt(r, 7)).toContain('noemt alleen onderwerpen, geen werk');
  });

  it('keeps a law quoted by its article as a note; work to carry the law out stays', async () => {
    const r = await readList(
      [
        'Huisvestingswet 2014 art. 28: het college draagt zorg voor huisvesting van vergunninghouders conform de taakstelling',
        'Art. 7:220 lid 3 BW: een renovatievoorstel is redelijk als 70% van de huurders instemt',
        ['Huisvestingsverordening aanpassen aan art. 12 Huisvestingswet: urgentiecategorieën', 'Q2'],
      ],
      2027,
    );
    expect(activityTexts(r)).toEqual(['Huisvestingsverordening aanpassen aan art. 12 Huisvestingswet: urgentiecategorieën']);
    expect(warningAt(r, 2)).toContain('zegt wat een wet, regel of landelijke afspraak vraagt');
    expect(warningAt(r, 3)).toContain('zegt wat een wet, regel of landelijke afspraak vraagt');
  });

  it('keeps a forecast of figures, a supplier\'s offer and one household\'s question about its bill as notes', async () => {
    const r = await readList(
      [
        'Prognose voorraad Druten per 1-1-2028: nog 41 won. label E/F/G, 212 won. label D (bron: Vabi, peildatum mei)',
        'Offerte Installatiebedrijf Van Wijchen: hybride wp Intergas Xtend € 4.850 p/w incl. montage, geldig t/m 31-12-2027',
        'Mw. de Vries (Kattenburg): voorschot energie van € 110 naar € 245 per maand, klopt dat? – doorgestuurd naar WW',
        ['Taakstelling statushouders: 2 woningen in Horssen beschikbaar stellen', 'hele jaar'],
        ['Offerte aanvragen bij drie installateurs voor hybride warmtepompen (€ 5.000 p/w begroot)', 'Q1'],
        ['Dhr. Jansen (Woonwaarts): kennismaking met de nieuwe wijkconsulent', 'maart'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'Taakstelling statushouders: 2 woningen in Horssen beschikbaar stellen',
      'Offerte aanvragen bij drie installateurs voor hybride warmtepompen (€ 5.000 p/w begroot)',
      'Dhr. Jansen (Woonwaarts): kennismaking met de nieuwe wijkconsulent',
    ]);
    expect(warningAt(r, 2)).toContain('noemt een getal (een streefcijfer, indicator, budget of resultaat), geen werk');
    expect(warningAt(r, 3)).toContain('is een offerte of aanbieding van een leverancier');
    expect(warningAt(r, 4)).toContain('gaat over één huishouden ("Mw. de Vries")');
  });

  it("keeps an earlier year's report of cases, a score compared, a privacy rule, one tenant's report, who is away, contact details and a regulation quoted as notes", async () => {
    const r = await readList(
      [
        'huismeester Deest (Ruud) met verlof juni-juli, vervanging vanuit team Beuningen',
        'Bestuurlijke rapportage 2026: 7 dossiers woonfraude, 2 ontruimingen, 3 hennepkwekerijen geruimd, 2x sluiting art. 13b',
        'KWH-meting De Kernen 2026: klantcontact 7,2 – lager dan het jaar ervoor!',
        'Let op AVG: persoonsgegevens van huurders alleen delen met doelbinding en grondslag (art. 6 AVG); geen adreslijsten per mail!',
        'Melding bewoner Eikenlaan 14: buren kweken vermoedelijk hennep op zolder (stank, ramen altijd dicht) – doorgezet naar WW',
        'Spreekuur: 1e dinsdag van de maand 10.00-12.00 uur, De Zaaier, tel. 06-41 22 87 19 of info@hbd-huurders.nl',
        'Huisvestingsverordening Rivierenland art. 2.6: "bij aanbod via loting geldt geen volgorde op inschrijfduur"',
        'Ter vergelijking 2026: 212 verhuringen in Druten, 31% via loting, 44% aan woningzoekenden uit de eigen gemeente',
        'Gem. inschrijfduur bij toewijzing 2026 (jr): Druten 6,9 | Deest 4,2 | Afferden 8,7 | Puiflijk 9,4',
        "Toelichting kolom 'Wie': DK = De Kernen, BR = Bewonersraad, Gem = gemeente Druten",
        'Meldingen vroegsignalering 2025: Q1 84 / Q2 91 / Q3 77 / Q4 102 huishoudens (waarvan huurachterstand 38%)',
        'Bezwaartermijn omgevingsvergunning De Oude Veiling: 6 weken na bekendmaking (verwacht febr. 2027)',
        'Kavel Julianastraat 2-20: kadastraal Druten K 2318 en K 2319, samen 1.940 m², eigendom WW',
        'Dhr. Jansen (Druten-Zuid) staat 9 jaar ingeschreven en komt nooit aan de beurt, wil uitleg waarom starters met loting voorgaan',
        ['Vervanging regelen voor de huismeester met verlof in de zomer', 'mei'],
        ['Spreekuur servicekosten elke eerste dinsdag in De Zaaier', 'maandelijks'],
        ['Privacyprotocol woonfraude opstellen volgens de AVG, met een DPIA', 'Q2'],
        ['Inschrijfduur 2026 (jr): cijfers per kern bespreken met WW | DK', 'Q1'],
        ['Bezwaartermijn omgevingsvergunning De Oude Veiling: bewoners vooraf informeren over hun rechten', 'Q1'],
        ['Kavel Julianastraat (kadastraal Druten K 2318): wij kopen de grond aan van de gemeente', 'Q2'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'Vervanging regelen voor de huismeester met verlof in de zomer',
      'Spreekuur servicekosten elke eerste dinsdag in De Zaaier',
      'Privacyprotocol woonfraude opstellen volgens de AVG, met een DPIA',
      'Inschrijfduur 2026 (jr): cijfers per kern bespreken met WW | DK',
      'Bezwaartermijn omgevingsvergunning De Oude Veiling: bewoners vooraf informeren over hun rechten',
      'Kavel Julianastraat (kadastraal Druten K 2318): wij kopen de grond aan van de gemeente',
    ]);
    expect(warningAt(r, 2)).toContain('zegt wie er afwezig is, geen werk');
    expect(warningAt(r, 3)).toContain('noemt cijfers van 2026, vóór 2028, geen werk');
    expect(warningAt(r, 4)).toContain('noemt cijfers van 2026, vóór 2028, geen werk');
    expect(warningAt(r, 5)).toContain('zegt wat een wet, regel of landelijke afspraak vraagt');
    expect(warningAt(r, 6)).toContain('gaat over één huishouden ("Melding bewoner Eikenlaan 14")');
    expect(warningAt(r, 7)).toContain('geeft contactgegevens (telefoon en e-mail), geen werk');
    expect(warningAt(r, 8)).toContain('zegt wat een wet, regel of landelijke afspraak vraagt');
    expect(warningAt(r, 9)).toContain('noemt cijfers ter vergelijking, van vóór 2028');
    expect(warningAt(r, 10)).toContain('noemt cijfers van 2026, vóór 2028, geen werk');
    expect(warningAt(r, 11)).toContain('Toelichting kolom');
    expect(warningAt(r, 12)).toContain('noemt cijfers van 2025, vóór 2028, geen werk');
    expect(warningAt(r, 13)).toContain('noemt een wettelijke termijn, geen werk');
    expect(warningAt(r, 14)).toContain('geeft kadastrale gegevens van een perceel, geen werk');
    expect(warningAt(r, 15)).toContain('gaat over één huishouden ("Dhr. Jansen")');
  });

  it('keeps what a measurement, survey, inspection or evaluation of an earlier year found, a definition, a budget line and a contact as notes', async () => {
    const r = await readList(
      [
        'KWH-reparatiemeting 2027: 7,9 (doel 8,0), minpunt terugkomafspraken',
        'Enquête HBD najaar 2026: 38% van de respondenten heeft last van vocht of schimmel, 61% tevreden over reparaties',
        'Schouw Hof van Horssen nov. 2027: vochtplekken in 5 bergingen, lekkende dakgoot blok 2 – doorgegeven aan DK',
        'Conditiemeting NEN 2767 (2027): gem. conditiescore bezit Druten 2,3 – C-031 Julianastraat score 4 op kozijnen',
        'Conclusie tussenevaluatie juni 2027: doorstroming blijft achter, verhuiscoach effectief maar te klein → accent BO 2028: doorstroming',
        'Reparatieverzoeken 2026 Druten: 1.946, waarvan 211 over vocht/schimmel (11%)',
        'Stand taakstelling WW 1e helft 2027: 13 van 15 gehuisvest (achterstand 2)',
        "Definitie 'toevoeging sociale huur': bruto aantal opgeleverde sociale huurwoningen; vervanging bij verkoop telt niet mee",
        'Toelichting rekenwijze 80%: nieuwe verhuringen met kale huur ≤ hoge aftoppingsgrens gedeeld door alle nieuwe verhuringen',
        'Begrotingspost 7.2.1 onderhoud wegen en riolering 2028: € 1.180.000 (raming, o.v.b. raad)',
        'Contact aannemer dakrenovatie: Bouwbedrijf Hendriks Horssen, uitvoerder dhr. Arts, 06-41278890',
        ['Wijkschouw Deest 2027: de 12 punten bespreken met DK en de bewonerscommissie', 'Q1'],
        ['Evaluatie verhuiscoach 2027: uitkomsten (3 verhuizingen) voorleggen aan het BO van 2028', 'mrt'],
        ["Definitie 'betaalbaar' samen met WW en DK vaststellen in 2028", 'Q2'],
        ['Contact leggen met de aannemer over de planning van de dakrenovatie', 'Q1'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'Wijkschouw Deest 2027: de 12 punten bespreken met DK en de bewonerscommissie',
      'Evaluatie verhuiscoach 2027: uitkomsten (3 verhuizingen) voorleggen aan het BO van 2028',
      "Definitie 'betaalbaar' samen met WW en DK vaststellen in 2028",
      'Contact leggen met de aannemer over de planning van de dakrenovatie',
    ]);
    expect(warningAt(r, 2)).toContain('zegt wat een meting, enquête, schouw of evaluatie in 2027 vond, vóór 2028; geen werk');
    expect(warningAt(r, 3)).toContain('in 2026 vond, vóór 2028');
    expect(warningAt(r, 4)).toContain('in 2027 vond, vóór 2028');
    expect(warningAt(r, 5)).toContain('in 2027 vond, vóór 2028');
    expect(warningAt(r, 6)).toContain('zegt wat in 2027 is gevonden of geconcludeerd, vóór 2028');
    expect(warningAt(r, 7)).toContain('noemt cijfers van 2026, vóór 2028, geen werk');
    expect(warningAt(r, 8)).toContain('noemt cijfers van 2027, vóór 2028, geen werk');
    expect(warningAt(r, 9)).toContain('zegt wat een indicator of begrip betekent, of hoe een cijfer berekend wordt');
    expect(warningAt(r, 10)).toContain('zegt wat een indicator of begrip betekent, of hoe een cijfer berekend wordt');
    expect(warningAt(r, 11)).toContain('noemt een getal (een streefcijfer, indicator, budget of resultaat), geen werk');
    expect(warningAt(r, 12)).toContain('geeft contactgegevens (een contact en een telefoonnummer of e-mailadres), geen werk');
  });

  it('keeps how things stood, what was done on an earlier date, a scheme\'s conditions, a pointer to a map, a storm of last year, a legend and a household\'s plea as notes', async () => {
    const r = await readList(
      [
        'Stand 1-5-2027: 13 van 20 huishoudens fase 2 vertrokken, 4 won. tijdelijk verhuurd',
        'Voorwaarden Groenfonds: max. € 750 per initiatief, minimaal 3 huishoudens, aanvraag vóór 1 mei via de Bewonersraad',
        'Zie hittekaart Klimaatatlas Druten (bijlage 3) voor de buurten met de hoogste gevoelstemperatuur',
        'Hoosbui 9 juni 2027: 64 mm in een uur, 14 kelderboxen Hoogstraat-flat ondergelopen',
        'Metingen zomer 2026 Hof van Horssen: 12 bovenwoningen, gem. 29,5 °C en max. 33,1 °C binnen',
        'Afkortingen: HAG = hoge aftoppingsgrens, LAG = lage aftoppingsgrens, KKG = kwaliteitskortingsgrens',
        'Contact schuldhulp: Sociaal Team Druten, 0487 – 58 88 00 (ma t/m do 9-12 u)',
        'Mevr. De Wit (Hoogstraat 112): al drie zomers 30 graden in de slaapkamer, WW reageert niet. Graag actie!',
        'Sociaal plan Kattenburg-Oost ondertekend door HBD en Woonwaarts op 9 oktober 2025',
        ['Stand van zaken sloop Kattenburg 2027: planning actualiseren en delen met HBD', 'Q1'],
        ['Voorwaarden subsidieregeling groene daken opstellen met de corporaties', 'Q2'],
        ['Sociaal plan Kattenburg-West: HBD en Woonwaarts tekenen het plan, ondertekend uiterlijk op 1 juli 2028', 'Q2'],
        ['Hoosbui juni 2027: kelderboxen Hoogstraat-flat waterdicht maken vóór de zomer van 2028', 'Q2'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'Stand van zaken sloop Kattenburg 2027: planning actualiseren en delen met HBD',
      'Voorwaarden subsidieregeling groene daken opstellen met de corporaties',
      'Sociaal plan Kattenburg-West: HBD en Woonwaarts tekenen het plan, ondertekend uiterlijk op 1 juli 2028',
      'Hoosbui juni 2027: kelderboxen Hoogstraat-flat waterdicht maken vóór de zomer van 2028',
    ]);
    expect(warningAt(r, 2)).toContain('zegt hoe het er op 1-5-2027 voor stond, vóór 2028; geen werk');
    expect(warningAt(r, 3)).toContain('noemt de voorwaarden van een regeling, geen werk');
    expect(warningAt(r, 4)).toContain('wijst naar een kaart, bijlage of bron, geen werk');
    expect(warningAt(r, 5)).toContain('zegt wat er in 2027 is gebeurd, vóór 2028');
    expect(warningAt(r, 6)).toContain('in 2026 vond, vóór 2028');
    expect(warningAt(r, 8)).toContain('een contact en een telefoonnummer');
    expect(warningAt(r, 9)).toContain('gaat over één huishouden');
    expect(warningAt(r, 10)).toContain('zegt zelf dat het al gedaan is ("ondertekend door HBD en Woonwaarts op 9 oktober 2025"), vóór 2028');
  });

  it('keeps a pointer to a jaarverslag, a jaarrekening or a begroting, who attended and who the members are as notes', async () => {
    const r = await readList(
      [
        'Verantwoording van het huurdersbudget: zie jaarverslag Huurdersvereniging 2026 (op de website)',
        'Zie meerjarenbegroting Woonwaarts 2028-2032 (vastgesteld dec. 2027) voor de investeringen per kern',
        'Aanwezig overlegtafel 3-10-2027: gemeente, WW, DK, HBD; afwezig: wijkteam',
        'Leden klankbordgroep Deest: dhr. Peters (vz), mevr. Smits, fam. El Amrani',
        ['Jaarverslag 2027 opstellen en zie erop toe dat de achterban het ontvangt', 'Q2'],
        ['Leden werven voor de bewonerscommissie Deest: zie bijlage voor de folder', 'Q1'],
        ['Begroting 2029 van de huurdersvereniging opstellen en indienen bij WW', 'Q4'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'Jaarverslag 2027 opstellen en zie erop toe dat de achterban het ontvangt',
      'Leden werven voor de bewonerscommissie Deest: zie bijlage voor de folder',
      'Begroting 2029 van de huurdersvereniging opstellen en indienen bij WW',
    ]);
    expect(warningAt(r, 2)).toContain('wijst naar een kaart, bijlage of bron, geen werk');
    expect(warningAt(r, 3)).toContain('wijst naar een kaart, bijlage of bron, geen werk');
    expect(warningAt(r, 4)).toContain('zegt wie er aanwezig waren of wie de leden zijn, geen werk');
    expect(warningAt(r, 5)).toContain('zegt wie er aanwezig waren of wie de leden zijn, geen werk');
  });

  it('keeps when a body meets, as an agenda lists it, as a note; a meeting with work on its agenda stays an activity', async () => {
    const r = await readList(
      [
        'Stuurgroep 12 jan. / 9 mei / 3 okt., steeds 19.30 uur, kantoor Woonwaarts',
        'Overlegtafel leefbaarheid: 4 april 2028, 10.00 uur, dorpshuis Deest',
        ['Werkgroep 14 maart: voorstel tussenevaluatie bespreken (14.00 uur)', 'mrt'],
        ['Klankbordgroep Deest 2 juni 2028 organiseren, 19.30 uur in De Schakel', 'jun'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'Werkgroep 14 maart: voorstel tussenevaluatie bespreken (14.00 uur)',
      'Klankbordgroep Deest 2 juni 2028 organiseren, 19.30 uur in De Schakel',
    ]);
    expect(warningAt(r, 2)).toContain('zegt wanneer een overleg bijeenkomt, geen werk');
    expect(warningAt(r, 3)).toContain('zegt wanneer een overleg bijeenkomt, geen werk');
  });

  it('keeps who sits on a team, a meeting held before the year with what it decided, and an evaluation quoted as notes', async () => {
    const r = await readList(
      [
        'Aanwezig BO tussenevaluatie 10-06-2027: C. Langen en J. Hermsen (HBD)',
        'Redactie HBD Nieuws: Ans de Wit, Jan Hermsen en Fatma Yilmaz (eindredactie)',
        'BO 10 juni 2027 besluit: accenten 2028 doorstroming senioren en geclusterd wonen; betaalbaarheid ongewijzigd',
        'Stand tussenevaluatie: 118 van 180 toevoegingen opgeleverd of in aanbouw (66%), indicator "oranje"',
        'Tussenevaluatie: samenwerking gem. 7,1 – aanbeveling 4 "huurders eerder betrekken bij wijkschouw"',
        'Looptijd huidige afspraken: 2025 t/m 2028 (ondertekend 12 december 2024)',
        'Redactie nieuwsbrief: vier nummers per jaar samenstellen met de werkgroep',
        ['Werkgroep 12 maart 2028: voorstel nieuwe accenten bespreken en vastleggen', 'mrt'],
        ['Tussenevaluatie: aanbevelingen 3 en 4 uitwerken in een plan van aanpak', 'Q1'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'Redactie nieuwsbrief: vier nummers per jaar samenstellen met de werkgroep',
      'Werkgroep 12 maart 2028: voorstel nieuwe accenten bespreken en vastleggen',
      'Tussenevaluatie: aanbevelingen 3 en 4 uitwerken in een plan van aanpak',
    ]);
    expect(warningAt(r, 2)).toContain('zegt wie er aanwezig waren of wie de leden zijn, geen werk');
    expect(warningAt(r, 3)).toContain('zegt wie er aanwezig waren of wie de leden zijn, geen werk');
    expect(warningAt(r, 4)).toContain('legt vast wat een overleg in 2027 besloot of afsprak, vóór 2028; geen werk');
    expect(warningAt(r, 5)).toContain('zegt wat een evaluatie vond, geen werk');
    expect(warningAt(r, 6)).toContain('zegt wat een evaluatie vond, geen werk');
    expect(warningAt(r, 7)).toContain('noemt een looptijd, geen werk');
  });

  it("keeps a communication plan's reach, copy dates, house style and a reader's quote as notes, and the national matter told", async () => {
    const r = await readList(
      [
        'Oplage Thuis (bewonersmagazine): 2.400 ex. per editie, 3 edities; digitale versie 1.150 abonnees',
        'Bereik campagne 2026: 38% van de inwoners herkent "Zet de knop om" (peiling inwonerspanel okt. 2026)',
        'Kopijsluiting tuinartikel: De Pit 1 feb., Thuis (WW) 15 feb., HBD Nieuws 20 feb.',
        'Huisstijlregel: alle brieven en webteksten op B1-niveau, "u" als aanspreekvorm, geen afkortingen (PA, DAEB)',
        '"Sinds de warmtepomp is mijn huis nooit meer koud" – mevr. Janssen, Kerkstraat (De Pit, dec. 2027)',
        'Noodfonds Energie (landelijk): voor inkomens tot 200% sociaal minimum met energierekening > 8% van inkomen',
        ['"Zet de knop om" – campagne met energiecoaches voortzetten in alle kernen', 'hele jaar'],
        ['Bereik nieuwsbrief vergroten: 300 nieuwe abonnees werven via de wijkschouw', 'Q2-Q3'],
        ['Landelijke campagne Zet de knop om lokaal uitrollen via de website en De Pit', 'okt'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      '"Zet de knop om" – campagne met energiecoaches voortzetten in alle kernen',
      'Bereik nieuwsbrief vergroten: 300 nieuwe abonnees werven via de wijkschouw',
      'Landelijke campagne Zet de knop om lokaal uitrollen via de website en De Pit',
    ]);
    expect(warningAt(r, 2)).toContain('noemt een bereik of oplage, geen werk');
    expect(warningAt(r, 3)).toContain('noemt een bereik of oplage, geen werk');
    expect(warningAt(r, 4)).toContain('zegt wanneer kopij binnen moet zijn, geen werk');
    expect(warningAt(r, 5)).toContain('noemt een huisstijlregel, geen werk');
    expect(warningAt(r, 6)).toContain('is een citaat, geen activiteit');
    expect(warningAt(r, 7)).toContain('zegt wat er landelijk geldt of gebeurt, geen werk van de partij zelf');
  });

  it('keeps contact details by e-mail or a service line, a pointer to a visie or an appendix, a gathering of an earlier year and work already done as notes', async () => {
    const r = await readList(
      [
        ['Contactpersoon per kern aanwijzen en bekendmaken via De Pit', 'Q1'],
        'Contactpersoon dorpsraad Afferden: Ria Gerritsen, dorpsraadafferden@outlook.com (na 18.00 uur)',
        'Storingsdienst buiten kantoortijd (gaslucht, CO-alarm, lekkage): Installatiebedrijf Gerritsen Horssen, tel. 0487-54 21 09',
        'Zie kernenvisie Horssen 2035 (gemeente, vastgesteld dec. 2025) voor mogelijke woningbouwlocaties',
        'Onderbouwing: risico-inventarisatie brandveiligheid per complex (DK, versie jan. 2027), zie bijlage 2',
        'Kernenbezoek college 2027: Horssen 14-3, Afferden 21-3, Puiflijk 4-4, Deest 18-4',
        'Dorpsavond Puiflijk 12-11-2027: wens seniorenwoningen bij de school, meer parkeerplek, "de buurtbus moet terug"',
        'Scan brandveiligheid al gedaan in 2026/2027: Hof van Horssen (A), Kloosterakker (V)',
        ['Kernenvisie Horssen uitwerken tot woningbouwlocaties (zie kernenvisie 2035)', 'Q3'],
        ['Dorpsavond Puiflijk 2027: uitkomsten terugkoppelen aan de dorpsraad', 'feb'],
        ['Kernenbezoek 2028: college bezoekt alle vijf kernen', 'voorjaar'],
        ['Scan brandveiligheid overige complexen, na de scans van 2026/2027', 'Q2'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'Contactpersoon per kern aanwijzen en bekendmaken via De Pit',
      'Kernenvisie Horssen uitwerken tot woningbouwlocaties (zie kernenvisie 2035)',
      'Dorpsavond Puiflijk 2027: uitkomsten terugkoppelen aan de dorpsraad',
      'Kernenbezoek 2028: college bezoekt alle vijf kernen',
      'Scan brandveiligheid overige complexen, na de scans van 2026/2027',
    ]);
    expect(warningAt(r, 3)).toContain('bewaard als opmerking bij het overzicht');
    expect(warningAt(r, 4)).toContain('geeft contactgegevens (een contact en een telefoonnummer of e-mailadres), geen werk');
    expect(warningAt(r, 5)).toContain('wijst naar een kaart, bijlage of bron, geen werk');
    expect(warningAt(r, 6)).toContain('wijst naar een kaart, bijlage of bron, geen werk');
    expect(warningAt(r, 7)).toContain('zegt wanneer "Kernenbezoek college" in 2027 was of wat er werd gezegd, vóór 2028; geen werk');
    expect(warningAt(r, 8)).toContain('zegt wanneer "Dorpsavond Puiflijk" in 2027 was of wat er werd gezegd, vóór 2028; geen werk');
    expect(warningAt(r, 9)).toContain('al gedaan');
  });

  it('keeps the rows under a heading of contacts, and a contact by e-mail, as notes where they give a number or an address, not work', async () => {
    const r = await readHeaderAndRows(
      'Woonwaarts veilig wonen 2028.xlsx',
      ['Onderwerp', 'Activiteit', 'Wanneer'],
      [
        ['Rookmelders', 'Rookmelders plaatsen in de laatste 120 woningen zonder melder', 'Q1-Q2'],
        ['Contacten', 'cv-onderhoud: Van Rossum Installatietechniek, storing 0487-51 40 40 / brandveiligheid: dhr. R. Hendriks, 024-378 12 90', ''],
        ['Contacten', 'Nieuwe contactlijst opstellen en delen met de huurdersorganisaties', 'Q1'],
        ['Afferden', 'Contactpersoon dorpsraad Afferden: Ria Gerritsen, dorpsraadafferden@outlook.com (na 18.00 uur)', ''],
      ],
      2028,
      'Veilig wonen 2028',
    );
    expect(activityTexts(r)).toEqual(['Rookmelders plaatsen in de laatste 120 woningen zonder melder', 'Nieuwe contactlijst opstellen en delen met de huurdersorganisaties']);
    expect(warningAt(r, 3)).toContain('geeft contactgegevens (onder een kop met contacten), geen werk');
    expect(warningAt(r, 5)).toContain('geeft contactgegevens (een contact en een telefoonnummer of e-mailadres), geen werk');
  });

  it('keeps cadastral data, a contact person, a passage from a report, a legend of codes, a board listed, the last ALV and a pointer to the statuten as notes', async () => {
    const r = await readList(
      [
        ['Bouwteam Heuvelakker starten met Woonwaarts', 'Q1'],
        'Kavel 2.850 m², kad. Druten sectie K nr. 2117, eigendom gemeente; huidige functie maatschappelijk',
        'Contact ontwikkelaar Heuvelakker: projectmanager mw. S. Gerritsen (Van Wijnen), via secretariaat',
        'Uit ons jaarverslag 2026: "Wij brachten 9 adviezen uit, bezochten 3 bewonerscommissies en hielden 11 spreekuren."',
        'Kosten: B = eigen begroting Bewonersraad, DK = vergoed door De Kernen',
        'Samenstelling: E. Verbruggen (voorzitter), J. Hermsen (secretaris), A. van Dijk (penningmeester), 2 vacatures',
        'Laatste ALV: 16 april 2027 in De Zaaier, 48 leden aanwezig, jaarrekening 2026 goedgekeurd',
        'Doel en werkwijze: zie statuten Bewonersraad De Kernen (2019), art. 3 en 4',
        ['Kavel Tinnegieter kopen van de gemeente (kad. Druten sectie K nr. 2117) voor 24 sociale huurwoningen', '2028'],
        ['Uit het verslag van de wijkschouw: drie acties oppakken met de gemeente', 'Q2'],
        ['ALV 2028 voorbereiden: jaarrekening 2027 en nieuwe bestuursleden', 'april'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'Bouwteam Heuvelakker starten met Woonwaarts',
      'Kavel Tinnegieter kopen van de gemeente (kad. Druten sectie K nr. 2117) voor 24 sociale huurwoningen',
      'Uit het verslag van de wijkschouw: drie acties oppakken met de gemeente',
      'ALV 2028 voorbereiden: jaarrekening 2027 en nieuwe bestuursleden',
    ]);
    expect(warningAt(r, 3)).toContain('geeft kadastrale gegevens van een perceel, geen werk');
    expect(warningAt(r, 4)).toContain('geeft contactgegevens');
    expect(warningAt(r, 5)).toContain('is een passage uit een verslag of rapport, geen werk');
    expect(warningAt(r, 6)).toContain('is een legenda van codes, geen werk');
    expect(warningAt(r, 7)).toContain('zegt wie er aanwezig waren of wie de leden zijn, geen werk');
    expect(warningAt(r, 8)).toContain('legt vast wat een overleg in 2027 besloot of afsprak, vóór 2028; geen werk');
    expect(warningAt(r, 9)).toContain('wijst naar een kaart, bijlage of bron, geen werk');
  });

  it('keeps a look back or ahead, a policy in force or a plan adopted before the year, a dated decision, a sum and "conform vorig jaar" as notes', async () => {
    const r = await readList(
      [
        'conform vorig jaar',
        ['Huurdersavond over het streefhuurbeleid organiseren met HBD', 'maart'],
        'Terugblik: WW antwoordde in 2025 dat de 6% bijzondere bemiddeling niet gehaald werd',
        'Doorkijk 2029: we willen doorgaan met sociale nieuwbouw in Druten-Noord',
        'Streefhuurbeleid WW geldt sinds 1 januari 2026 (HBD gaf positief advies)',
        'Ondernemingsplan 2025-2028 vastgesteld door RvC op 11-12-2024',
        'Collegebesluit vereveningsfonds d.d. 24 maart 2026: (nog) niet invoeren, eerst evaluatie doelgroepenverordening',
        'Totaal toevoegingen 2028: 36 nieuwbouw + 6 optop',
        ['Terugblik 2027 bespreken in de werkgroep en verbeterpunten opstellen', 'februari'],
        ['Doorkijk 2029 opstellen voor het bestuurlijk overleg', 'Q4'],
        ['Nieuwe toewijzingsregels gelden vanaf 1 juli 2028: huurders voorlichten', 'juni'],
        ['Huisvestingsverordening geldt sinds 2026; wij evalueren de werking met de corporaties', 'Q3'],
        ['Raadsbesluit d.d. 12 december 2027: wij voeren het woningbouwprogramma uit met de corporaties', '2028'],
        ['Totaal 24 woningen opleveren in Deest Zuid', 'Q4'],
        // A year in a name, not a figure of the year before it.
        ['Raadsbesluit d.d. 12 december 2027: woningbouwprogramma 2028 uitvoeren', '2028'],
        'Koersplan "Koers 2030" vastgesteld door RvC 23-01-2025; positief advies Bewonersraad 12-12-2024',
        ['Koersplan vastgesteld door RvC 23-01-2025; uitwerken met de Bewonersraad in een wijkagenda', 'Q2'],
        'Wethouder zegde op de bewonersavond van 14-3-2026 toe dat de gemeente kijkt naar extra huurwoningen in Horssen',
        ['Wethouder zegde op 14-3-2026 toe te kijken naar huurwoningen in Horssen: wij vragen in 2028 naar de uitkomst', 'Q1'],
        'Ongewijzigd t.o.v. 2027',
        ['Energiefestival ongewijzigd', 'okt'],
        'Accenten 2028 vastgesteld in BO van 25 maart 2027',
        ['Woningbouwprogramma 2028 uitvoeren, vastgesteld door de raad op 1-12-2027', '2028'],
      ],
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'Huurdersavond over het streefhuurbeleid organiseren met HBD',
      'Terugblik 2027 bespreken in de werkgroep en verbeterpunten opstellen',
      'Doorkijk 2029 opstellen voor het bestuurlijk overleg',
      'Nieuwe toewijzingsregels gelden vanaf 1 juli 2028: huurders voorlichten',
      'Huisvestingsverordening geldt sinds 2026; wij evalueren de werking met de corporaties',
      'Raadsbesluit d.d. 12 december 2027: wij voeren het woningbouwprogramma uit met de corporaties',
      'Totaal 24 woningen opleveren in Deest Zuid',
      'Raadsbesluit d.d. 12 december 2027: woningbouwprogramma 2028 uitvoeren',
      'Koersplan vastgesteld door RvC 23-01-2025; uitwerken met de Bewonersraad in een wijkagenda',
      'Wethouder zegde op 14-3-2026 toe te kijken naar huurwoningen in Horssen: wij vragen in 2028 naar de uitkomst',
      'Energiefestival ongewijzigd',
      'Woningbouwprogramma 2028 uitvoeren, vastgesteld door de raad op 1-12-2027',
    ]);
    expect(warningAt(r, 23)).toContain('zegt dat een plan in 2027 is vastgesteld, vóór 2028; geen werk');
    expect(warningAt(r, 21)).toContain('zegt alleen dat het is als vorig jaar, niet welk werk');
    expect(warningAt(r, 19)).toContain('legt een toezegging van 2026 vast, vóór 2028; geen werk');
    expect(warningAt(r, 17)).toContain('zegt dat een plan in 2025 is vastgesteld, vóór 2028; geen werk');
    expect(warningAt(r, 4)).toContain('is een terugblik, geen werk voor het jaar');
    expect(warningAt(r, 5)).toContain('kijkt vooruit naar 2029, na 2028; geen werk voor het jaar');
    expect(warningAt(r, 6)).toContain('zegt dat een regel of beleid al sinds 2026 geldt, vóór 2028; geen werk');
    expect(warningAt(r, 7)).toContain('zegt dat een plan in 2024 is vastgesteld, vóór 2028; geen werk');
    expect(warningAt(r, 8)).toContain('legt een besluit van 2026 vast, vóór 2028; geen werk');
    expect(warningAt(r, 9)).toContain('telt aantallen op, geen werk');
    expect(warningAt(r, 2)).toContain('zegt alleen dat het is als vorig jaar, niet welk werk');
  });
});

// The `prestatie` command's help text.
import { defaultDatabasePath } from '../paths';

export const HELP = `Gebruik: prestatie <opdracht> [opties]

Opdrachten:
  afspraken   De afspraken uit de prestatieafspraken, met filters
                --partij NAAM            alleen afspraken van deze partij
                --rol trekker|betrokken  met --partij: alleen als trekker of als betrokkene
                --jaar N                 alleen afspraken die in jaar N lopen
                --zoek TEKST             zoeken in alle velden
                --thema N                alleen thema N
  kalender    Waar staan we in de jaarcyclus?
                --datum JJJJ-MM-DD       een andere dag dan vandaag
                --jaar N --ics BESTAND   schrijf alle fasen, termijnen en overleggen van kalenderjaar N
                                         als agenda (.ics), met een herinnering een week vooraf
  mail        E-mails aan de contactpersonen van de partijen klaarzetten als .eml-bestanden, om te
              openen en te versturen met uw eigen e-mailprogramma (de Werkbank verstuurt zelf niets)
                --ronde activiteiten     de uitvraag van de activiteitenoverzichten, met de werkmap
                --ronde resultaten       de uitvraag van de resultaten, met de werkmap
                --ronde herinnering      een herinnering aan wie nog niets stuurde: vóór de termijn
                                         een vriendelijke, erna een voor wie te laat is
                --ronde bedankt          een bevestiging van wat er is ontvangen
                --ronde overzicht        het gezamenlijk activiteitenoverzicht (Word en Excel) aan iedereen
                --jaar N                 het planningsjaar (uitvoeringsjaar bij resultaten)
                --uit MAP                waar de e-mails (en hun bijlagen) komen
                --partij NAAM            alleen voor deze partij
                --soort activiteiten|resultaten   bij herinnering en bedankt: welke ronde (standaard activiteiten)
                --datum JJJJ-MM-DD       een andere dag dan vandaag
                --van "NAAM <ADRES>"     de afzender, als die nog niet in de app is ingesteld
  contact     De contactpersonen van de partijen, aan wie de e-mails gaan
                (zonder opties)          alle contactpersonen, per partij
                --partij NAAM --naam NAAM --email ADRES [--rol ROL]   een contactpersoon toevoegen
                --wijzig NR --partij NAAM --naam NAAM --email ADRES [--rol ROL]   een contactpersoon wijzigen
                --verwijder NR           een contactpersoon verwijderen
  uitvraag    De uitvraag-werkmappen (Excel) voor de partijen maken
                --jaar N                 het planningsjaar (activiteiten) of uitvoeringsjaar (resultaten)
                --soort activiteiten|resultaten   wat er wordt uitgevraagd
                --uit MAP                waar de werkmappen komen
                --partij NAAM            alleen voor deze partij
                --contact NAAM --email ADRES   contactpersoon in de toelichting
  importeer   Activiteitenoverzichten en resultaten inlezen: BESTAND…
                --partij NAAM --jaar N   als de werkmap dat zelf niet zegt
                --proef                  alleen laten zien wat er zou gebeuren
                --ontvangen JJJJ-MM-DD   de dag waarop het bestand van de partner binnenkwam (standaard
                                         vandaag); die dag bepaalt of het op tijd was, niet de dag van inlezen
                --soort activiteiten|resultaten   als het bestand het zelf niet zegt
                --status "TEKST=STATUS"   resultaten: zo een onbekende status lezen (vaker te geven)
                --koppel "RIJ=TEKST"      resultaten: rij RIJ beantwoordt de geplande activiteit die zo
                                          begint ("RIJ=nee": niet gepland; vaker te geven)
                --afspraak "RIJ=REF"      activiteiten: rij RIJ hoort bij afspraak REF, bijvoorbeeld
                                          "12=1.1 bij 1 (2)" ("RIJ=geen": bij geen afspraak; vaker te geven)
                --bevestig               activiteiten: bevestig de voorgestelde koppelingen
                --wel-activiteit RIJ     activiteiten: de regel op rij RIJ, die als opmerking is bewaard, is
                                          toch een activiteit ("BLAD!RIJ" bij meer bladen; vaker te geven)
                --geen-activiteit RIJ    activiteiten: de regel op rij RIJ, als activiteit gelezen, is geen
                                          activiteit en blijft als opmerking bij het bestand (vaker te geven)
  activiteiten De ingelezen activiteiten van een planningsjaar
                --jaar N [--partij NAAM]
  activiteit  Eén ingelezen activiteit corrigeren, verwijderen of herstellen, met een reden
                --jaar N --partij NAAM --rij R   rij R van de huidige versie (zie activiteiten)
                --blad NAAM              als het bestand op meer bladen activiteiten had
                --tekst T  --planning P  --rol R  --nodig T  --van-wie T  --betrokken T
                --ambitie T  --toelichting T     de nieuwe waarde ("" maakt een veld leeg)
                --verwijder              verwijderen: blijft in de app zichtbaar, telt nergens mee
                --herstel                een verwijderde activiteit herstellen
                --reden TEKST            waarom (verplicht); komt in het logboek
  bundel      Het gezamenlijk activiteitenoverzicht van een planningsjaar
                --jaar N                 het planningsjaar
                --uit BESTAND.docx|.xlsx schrijf het overzicht als Word of Excel
                --partij NAAM            alleen het deel dat deze partij aangaat
                --versie N               een opgeslagen versie in plaats van de huidige stand
                --werkversie             met --uit: de huidige stand, ook als er al een definitieve
                                         versie is (standaard schrijft --uit dan die definitieve versie)
                --concept                bewaar de huidige stand als nieuwe conceptversie
                --definitief             bevries de huidige stand als definitieve versie (pas als
                                         geen koppeling meer open is: zie koppelingen)
  vraag       De vragen van de wederkerigheid (wat een partij van een andere nodig heeft) en of ze
              beantwoord zijn; de werkgroep kan de tekstherkenning overrulen
                --jaar N [--partij NAAM]  de vragen van dat planningsjaar (van en aan die partij), met
                                          de rij van de activiteit die iets vraagt
                --partij NAAM --rij R     één vraag: die van de activiteit op rij R van het huidige
                                          bestand van NAAM
                --aan NAAM                de gevraagde partij, als de vraag aan meer partijen is
                --blad NAAM               als het bestand op meer bladen activiteiten had
                --antwoord-rij R          beantwoord door de activiteit op rij R van het bestand van de
                                          gevraagde partij
                --open                    open, ook al leek een tekst te antwoorden
                --automatisch             het besluit weghalen: de tekstherkenning telt weer
                --reden TEKST             waarom (verplicht bij --antwoord-rij en --open); komt in het
                                          logboek en bij de vraag in het overzicht
  koppelingen De koppelingen van activiteiten met afspraken die nog open zijn: voorgesteld, te
              kiezen ("kies") of niet gevonden; een definitief overzicht wacht daarop
                --jaar N [--partij NAAM]  de open koppelingen, met de afspraken die in aanmerking komen
                --bevestig-alle           bevestig elk voorstel, en leg "geen afspraak gevonden" vast als
                                          "geen afspraak"; een keuze blijft open
                --kies "PARTIJ:RIJ=1.1 bij 1 (2)"   de activiteit op rij RIJ van het huidige bestand van
                                          PARTIJ hoort bij die afspraak ("PARTIJ:RIJ=geen": bij geen
                                          afspraak); vaker te geven
                --reden TEKST             waarom, voor het logboek (met --bevestig-alle of --kies)
                --logboek                 de besluiten over koppelingen van dat jaar
  ongedaan    Eén import ongedaan maken: de laatste versie van een overzicht van een partij gaat weg,
              met haar activiteiten, koppelingen en notities; de versie ervoor is weer de huidige.
              Eerst wordt een reservekopie gemaakt; het komt in het logboek.
                --partij NAAM --jaar N   de partij en het planningsjaar (resultaten: uitvoeringsjaar)
                --versie V               de versie die u bedoelt (standaard: de laatste)
                --soort activiteiten|resultaten   standaard activiteiten
                --reden TEKST            waarom, voor het logboek
  ontvangen   De dag corrigeren waarop een ingelezen versie binnenkwam (die bepaalt of ze te laat was)
                --partij NAAM --jaar N   de partij en het planningsjaar (resultaten: uitvoeringsjaar)
                --datum JJJJ-MM-DD       de dag waarop het bestand van de partner binnenkwam
                --versie V               de versie die u bedoelt (standaard: de laatste)
                --soort activiteiten|resultaten   standaard activiteiten
                --reden TEKST            waarom (verplicht); komt in het logboek
  reservekopie  De reservekopieën naast de database, nieuwste eerst: wanneer, waarom, en welke
              versies toen de huidige waren (ook als: prestatie reservekopie --lijst)
  herstel     Een reservekopie terugzetten: NAAM (uit "prestatie reservekopie"); eerst wordt de
              huidige stand zelf als reservekopie bewaard. Sluit de app voordat u dit doet.
  verantwoording  De verantwoording van een uitvoeringsjaar, of de tussenevaluatie over meer jaren
                --jaar N | N-M           bijvoorbeeld 2026, of 2025-2026
                --uit BESTAND.docx|.xlsx schrijf het verslag als Word of Excel
                --advies TEKST           leg het advies van de werkgroep aan het bestuurlijk overleg vast
                                         (een nieuwe versie; eerdere versies blijven bewaard; "" maakt het leeg)
                --advies-bestand PAD     idem, de tekst uit een tekstbestand (UTF-8; een lege regel
                                         begint een nieuwe alinea)
  indicator   De succesindicatoren: waar de rechte lijn begint (het vertrekpunt) en de cijfers
              van de jaren vóór de eerste uitvraag
                [--code CODE]            één indicator (zonder: alle, met hun code)
                --vertrekpunt "JAAR=WAARDE"   de stand op 31 december van JAAR, waar de afspraken
                                         geen vertrekpunt geven ("JAAR=geen": het ingevoerde weg)
                --cijfer "JAAR=WAARDE"   het cijfer over een jaar vóór de eerste uitvraag: wat er dat
                                         jaar bij kwam, of de stand ("JAAR=geen": weg); vaker te geven
                --partij NAAM            met --cijfer: van deze partij (zonder: alle partijen samen)
                --bron TEKST             waar het cijfer vandaan komt (verplicht bij een wijziging);
                                         komt in het logboek
                --logboek                de wijzigingen, nieuwste eerst

  afspraken-inlezen  Prestatieafspraken uit hun eigen document inlezen: BESTAND.docx (het
              ondertekende document) of BESTAND.xlsx (het ingevulde sjabloon). De Werkbank laat zien
              wat zij erin leest, met elk probleem en waar het staat, en slaat de set op als een nieuwe
              set naast de andere (eerst wordt een reservekopie gemaakt). Een document met fouten, of
              met de code van een set die er al is, wordt geweigerd; er verandert dan niets.
                --proef                  alleen laten zien, niets opslaan
  sets        De prestatieafspraken (sets) in de database: code, naam, looptijd, aantal afspraken,
              en met welke set de Werkbank werkt; kies een andere met --set CODE
  afspraken-sjabloon  Het Excel-sjabloon voor prestatieafspraken waarvan het document geen tabellen
              met afspraken heeft
                --uit BESTAND.xlsx       waar het sjabloon komt
  indicator-voorstellen  De getallen uit de tekst van de set, voorgesteld als succesindicator
                --bevestig N[,N]|alle    voorstellen bevestigen (dan tellen ze in de verantwoording)
                --afwijzen N[,N]         voorstellen afwijzen
  kalender-data  De dagen van de jaarlijkse kalender van deze set (zie prestatie kalender-data --help)
                --zet TERMIJN=DAG-MAAND  een dag wijzigen, bijvoorbeeld --zet overviews=15-06
  partij-wijzigen  Naam, korte naam, andere namen en verbanden van een partij wijzigen
                --partij ID              welke partij (zie prestatie sets)
                (zie prestatie partij-wijzigen --help voor de opties)

Algemene opties:
  --db PAD     de database (standaard die van de app: ${defaultDatabasePath()})
  --set CODE   met deze prestatieafspraken werken (zie prestatie sets; standaard de eerste set)
  --naam NAAM  wie het doet, zoals het logboek en de versies het tonen (standaard: WERKBANK_NAAM
               uit de omgeving, anders de gebruikersnaam van de computer)
  --alleen-lezen  de database alleen bekijken: niets wordt gewijzigd, een opdracht die iets zou
               vastleggen wordt geweigerd (zo gaat een database die u niet mag wijzigen, zoals
               een kopie op een cd of netwerkschijf, ook vanzelf open)
  --json       uitvoer als JSON, voor scripts
  --help       deze hulp`;

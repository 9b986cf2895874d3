// Words of Dutch housing agreements that mean the same thing, or name the
// parts of one thing, while sharing no letters: partners write "rookmelders"
// where an afspraak says "brandveiligheid", "buurtschouw" for "wijkschouw",
// "huuraanpassing" for "huurverhoging". Written from the field's own vocabulary
// (prestatieafspraken, woonvisies, corporations' jaarplannen), not from any
// partner file: each group is one subject, narrow enough that two words in it
// are about the same work.
//
// A word belongs to a group when its stem is a member, or, for a member
// written "tuin*", starts with it ("tuinbon", "tuinenwedstrijd"), or, for
// "*schouw", ends with it ("buurtschouw"). Members are written as people
// write them; they are stemmed like every text (see similarity.ts).

export const HOUSING_THESAURUS: readonly (readonly string[])[] = [
  // Looking at a neighbourhood together.
  ['wijkschouw', 'wijkshouw', '*schouw', 'schouwronde', 'wijkronde', 'buurtronde', 'wijkwandeling', 'buurtwandeling', 'rondgang', 'wijkscan'],
  // Fire safety of the homes.
  ['brandveiligheid', 'brandveilig', 'brandweer', 'rookmelder', 'rookmelders', 'vluchtroute', 'vluchtroutes', 'brandscan', 'brandcontrole', 'blusmiddelen', 'brandcompartimenten'],
  // Advice on energy use at home.
  ['energiecoach', 'energiecoaches', 'energieloket', 'energieadvies', 'energieadviseur', 'energiebesparing', 'energiebespaarhulp', 'energiebox', 'energierekening', 'energiearmoede', 'bespaaradvies', 'fixteam', 'klussenbus'],
  // Cooking and power: the kitchen made ready for electric cooking, solar panels.
  ['elektrisch', 'koken', 'inductie', 'inductiekoken', 'kookplaat', 'kookdemonstratie', 'zonnepanelen', 'zonnepaneel', 'pv-panelen', 'zonnestroom'],
  // Heating the home.
  ['warmtepomp', 'hybride', 'cv-ketel', 'ketel', 'verwarming', 'ketelvervanging'],
  // The heat transition of the villages.
  ['warmtevisie', 'warmtevoorzieningen', 'warmtevoorziening', 'warmtenet', 'warmtetransitie', 'aardgasvrij', 'gasloos', 'all-electric', 'wijkuitvoeringsplan', 'transitievisie'],
  // Energy labels and the work that raises them.
  ['energielabel', 'labels', 'label', 'labelsprong', 'isolatie', 'isoleren', 'na-isolatie', 'spouwmuurisolatie', 'dakisolatie', 'vloerisolatie', 'hr-glas', 'verduurzaming', 'verduurzamen'],
  // Small measures and extras for tenants' homes.
  ['besparende', 'tochtstrips', 'radiatorfolie', 'ledlampen', 'waterbesparende', 'douchekop'],
  ['pluspakket', 'pluspakketten', 'woningaanpassing', 'woningaanpassingen', 'wooncomfort'],
  // The yearly rent.
  ['huurverhoging', 'huuraanpassing', 'huurprijs', 'huurprijzen', 'huurbevriezing', 'huurverlaging', 'huurstijging', 'huurbeleid', 'huurharmonisatie'],
  // Greening gardens and streets.
  ['vergroening', 'vergroenen', 'groen', 'tuin*', '*tuin', '*tuinen', 'tegel*', 'tegelwippen', 'geveltuin', 'plantjes', 'bomen', 'boomkroon', 'hittestress', 'klimaatadaptatie', 'regenton', 'waterberging', 'biodiversiteit', 'groenbeleidsplan'],
  // Meeting one another.
  ['ontmoeting', 'ontmoetingsruimte', 'ontmoetingsruimtes', 'ontmoetingsplek', 'huiskamer', 'buurtkamer', 'koffieochtend', 'koffieochtenden', 'inloop', 'inloopochtend', 'buurthuis', 'dorpshuis', 'eenzaamheid'],
  // Homes clustered for older people.
  ['geclusterde', 'geclusterd', 'woonvormen', 'woonvorm', 'hofje', 'hofjeswoningen', 'hofjes', 'knarrenhof', 'clusterwoningen', 'woongroep', 'seniorencomplex'],
  // Where mobility scooters are parked and charged.
  ['scootmobiel', 'scootmobielen', 'scootmobielstalling', 'opstal', 'stalling', 'stallen', 'gestald', 'oplaadmogelijkheden', 'oplaadpunt', 'oplaadpunten', 'opladen', 'opgeladen'],
  // Homes one can grow old in.
  ['levensloopgeschikt', 'levensloopgeschikte', 'levensloopbestendig', 'levensloopbestendige', 'nultredenwoning', 'nultreden', 'gelijkvloers', 'gelijkvloerse', 'seniorenwoning', 'seniorenwoningen', 'rollatorwoning', 'patiowoning', 'patiowoningen'],
  // Someone who helps older tenants move.
  ['verhuiscoach', 'verhuisbegeleiding', 'verhuisbegeleider', 'wooncoach', 'seniorenmakelaar'],
  // A scheme that makes moving on worth it.
  ['verhuisregeling', 'verhuispremie', 'verhuiskostenvergoeding', 'huurgewenning', 'huurgewinning', 'huurkorting'],
  // Who gets a home first.
  ['voorrang', 'voorrangscriteria', 'voorrangsregels', 'voorrangsregeling', 'urgentie', 'toewijzingsregels', 'toewijzingsbeleid', 'bindingseis'],
  // Homes allotted by lot, and the young.
  ['loting', 'lotingcijfers', 'lotingswoningen', 'verloting', 'jongeren', 'starters', 'jongerenwoningen'],
  // How long people search, and who gets what.
  ['slaagkansen', 'slaagkans', 'zoektijd', 'wachttijd', 'inschrijfduur', 'woonruimteverdeling', 'toewijzingen', 'woningzoekenden', 'woningzoekende'],
  // Newcomers with a residence permit.
  ['statushouders', 'statushouder', 'vergunninghouders', 'vergunninghouder', 'nieuwkomers', 'taakstelling', 'inburgering'],
  // Support for vulnerable residents.
  ['begeleiding', 'woonbegeleiding', 'ambulante', 'beschermd', 'uitstroom', 'opvang', 'zorginstellingen', 'zorgaanbieders', 'kwetsbare'],
  // The municipality's overview of building plans.
  ['planmonitor', 'planmonitoring', 'woningbouwprogramma', 'bouwprogramma', 'bouwplannen', 'planvoorraad', 'woningbouwplanning', 'woningbouwprojecten', 'planlijst'],
  // Where to build after 2030.
  ['uitbreidingslocaties', 'uitbreidingslocatie', 'uitleglocaties', 'uitleglocatie', 'uitleggebied', 'zoeklocaties', 'ontwikkelpotentieel', 'omgevingsvisie', 'toekomstvisie'],
  // More homes in the existing stock.
  ['woningsplitsing', 'splitsen', 'splitsing', 'optoppen', 'aanbouwen', 'woningdelen', 'hospitaverhuur', 'kamerverhuur', 'woningdelers'],
  // Permits.
  ['vergunningstraject', 'vergunning', 'vergunningen', 'omgevingsvergunning', 'vergunningverlening', 'behandeltermijn', 'doorlooptijd', 'vooroverleg'],
  // The rules that bring the corporations in.
  ['doelgroepenverordening', 'anterieure', 'grondprijs', 'grondprijzen', 'woningbouwontwikkelingen'],
  ['vereveningsfonds', 'verevening', 'fonds'],
  // Nuisance between neighbours.
  ['overlast', 'burenoverlast', 'geluidsoverlast', 'buurtbemiddeling', 'burenruzie', 'burenconflict', 'buurtconflicten'],
  // Fraud and crime in homes.
  ['woonfraude', 'ondermijning', 'hennep', 'hennepkwekerij', 'onderhuur', 'adrescontrole', 'adresfraude'],
  // Neglected homes.
  ['woningvervuiling', 'vervuiling', 'vervuilde', 'verwaarlozing', 'verwaarloosde', 'verzamelwoede'],
  // Dementia.
  ['dementievriendelijk', 'dementievriendelijke', 'dementie', 'alzheimer', 'geheugenproblemen'],
  // Works in the street at the same time as the homes.
  ['openbare', 'riolering', 'rioolvervanging', 'bestrating', 'herinrichting', 'straatwerk', 'wegwerkzaamheden'],
  // The table where the partners set priorities for the neighbourhoods.
  ['overlegtafel', 'leefbaarheidstafel', 'leefbaarheidsoverleg', 'wijkverbeteringen', 'wijkverbetering'],
];


// The text similarity meets Dutch words in the forms partners and the
// agreement write them, so that "faciliteren" in a role column finds
// "Gemeente faciliteert" and "de toelichting op de monitor" finds "wordt …
// toegelicht", without "woning" losing the compounds it heads.
import { describe, expect, it } from 'vitest';
import { buildTextIndex, contentWords } from '../../src/domain/similarity';
import { HOUSING_THESAURUS } from '../../src/imports/thesaurus';

describe('word forms', () => {
  it.each([
    ['faciliteren', 'faciliteert', 'gefaciliteerd'],
    ['organiseren', 'organiseert', 'georganiseerd'],
    ['toelichting', 'toelichten', 'toelichtingen'],
    ['vastleggen', 'vastlegging', 'vastleggingen'],
    ['ondersteuning', 'ondersteunen', 'ondersteuningen'],
  ])('"%s", "%s" and "%s" meet', (...forms) => {
    const words = forms.map((f) => contentWords(f)[0]);
    expect(new Set(words).size).toBe(1);
  });

  it('reads the abbreviations of a terse list as the words they stand for, and "app" as itself', () => {
    expect(contentWords('Opl. 28 won. DAEB')).toEqual(contentWords('Oplevering 28 woningen DAEB'));
    expect(contentWords('Geen huurverh. lbl D-G')).toEqual(contentWords('Geen huurverhoging label D-G'));
    expect(contentWords('Melding via de app')).toEqual(['melding', 'app']);
    const index = buildTextIndex(['Geen huurverhoging voor woningen met energielabel E, F of G', 'Oplevering van sociale huurwoningen']);
    expect(index.rank('Geen huurverh. lbl D-G per 1/7')[0]?.index).toBe(0);
  });

  it('keeps "woning" whole, so that "huurwoningen" still meets "woningen"', () => {
    expect(contentWords('woningen woning huurwoningen')).toEqual(['woning', 'woning', 'huurwoning']);
    const index = buildTextIndex(['De bouw van sociale huurwoningen', 'Een fonds voor bewonersinitiatieven']);
    expect(index.rank('nieuwe woningen bouwen')[0]?.index).toBe(0);
  });

  it.each([
    ['toegelicht', 'toelichting'],
    ['vastgelegd', 'vastleggen'],
    ['afgerond', 'afronden'],
  ])('meets a separable verb across its participle: "%s" ~ "%s"', (participle, other) => {
    const index = buildTextIndex([`Het wordt ${participle}.`, 'Iets heel anders over bewoners.']);
    expect(index.evidence(`de ${other}`, 0).words).toHaveLength(1);
  });

  it('finds the afspraak that explains the monitor, not the one that evaluates', () => {
    const index = buildTextIndex([
      'Corporaties stellen een monitor samen; deze wordt verspreid en toegelicht onder de partijen.',
      'Partijen komen bijeen om de woonruimteverdeling te evalueren.',
    ]);
    expect(index.evidence('de toelichting op de monitor', 0).words).toEqual(expect.arrayContaining([contentWords('toelichting')[0]]));
  });
});

describe('words of one subject that share no letters', () => {
  const AFSPRAKEN = [
    'Corporaties doen onderzoek naar de brandveiligheid van hun complexen op basis van de meest recente voorschriften van de brandweer.',
    'De Kernen stelt pluspakketten beschikbaar aan huurders om woningen geschikt te maken.',
    'Jaarlijks worden wijkshouwen georganiseerd om op te halen wat er leeft en speelt in de wijk.',
    'Bij ieder nieuwbouwproject maken we gezamenlijk afspraken over (de bekostiging van) ontmoetingsruimte en opstal- en oplaadmogelijkheden.',
  ];

  it('finds where scooters stand and charge for "scootmobielen gestald en opgeladen"', () => {
    const index = buildTextIndex(AFSPRAKEN, { related: HOUSING_THESAURUS });
    expect(index.rank('Vastleggen waar de scootmobielen gestald en opgeladen worden')[0]).toMatchObject({ index: 3 });
  });

  it('finds fire safety for "rookmelders", and a neighbourhood walk for "buurtschouw", through the housing thesaurus', () => {
    const index = buildTextIndex(AFSPRAKEN, { related: HOUSING_THESAURUS });
    expect(index.rank('Rookmelders ophangen in elke flat')[0]).toMatchObject({ index: 0 });
    expect(index.rank('Buurtschouw Horssen met de bewoners')[0]).toMatchObject({ index: 2 });
    expect(index.evidence('Rookmelders ophangen in elke flat', 0).words).toEqual([contentWords('rookmelders')[0]]);
  });

  it('relates them less than the word itself, and not at all without the thesaurus', () => {
    const withThesaurus = buildTextIndex(AFSPRAKEN, { related: HOUSING_THESAURUS });
    expect(withThesaurus.score('brandveiligheid complexen', 0)).toBeGreaterThan(withThesaurus.score('rookmelders complexen', 0));
    expect(buildTextIndex(AFSPRAKEN).evidence('Rookmelders ophangen in elke flat', 0).words).toEqual([]);
  });

  it('keeps to one subject: a smoke detector is not a pluspakket', () => {
    const index = buildTextIndex(AFSPRAKEN, { related: HOUSING_THESAURUS });
    expect(index.evidence('Rookmelders ophangen', 1).words).toEqual([]);
  });
});

describe('how rare a word in common is', () => {
  const AFSPRAKEN = [
    'Jaarlijks worden wijkshouwen georganiseerd om op te halen wat er leeft in de wijk.',
    'Op basis van de wijkshouw maken partijen gezamenlijke uitvoeringsplannen.',
    'Corporaties stellen een leefbaarheidsbudget beschikbaar voor bewonersinitiatieven.',
    'De gemeente stimuleert bewonersinitiatieven via het Buurtfonds.',
  ];

  it('finds a misspelt word as the word itself: "wijkschouw" finds all of the agreement\'s "wijkshouw"', () => {
    const index = buildTextIndex(AFSPRAKEN);
    const asWritten = index.rank('wijkshouw Horssen').find((r) => r.index === 0);
    const misspelt = index.rank('wijkschouw Horssen').find((r) => r.index === 0);
    expect(misspelt?.found).toBe(asWritten?.found);
    // In the score a typing error still weighs a little less than the very same word.
    expect(misspelt?.score).toBeLessThan(asWritten?.score ?? 0);
  });

  it('counts the texts of one family once: a word only the afspraken under one inzet item share is as rare as one of a single afspraak', () => {
    const apart = buildTextIndex(AFSPRAKEN);
    const families = buildTextIndex(AFSPRAKEN, { families: ['5.1 bij 2', '5.1 bij 2', '5.1 bij 3', '5.1 bij 3'] });
    const single = apart.rank('leefbaarheidsbudget').find((r) => r.index === 2)?.found;
    expect(apart.rank('wijkshouw').find((r) => r.index === 0)?.found).toBeLessThan(single ?? 0);
    expect(families.rank('wijkshouw').find((r) => r.index === 0)?.found).toBe(single);
  });

  it('puts the word a thesaurus member is written around in its group: "schouw" for "*schouw"', () => {
    const index = buildTextIndex(AFSPRAKEN, { related: [['wijkshouw', '*schouw']] });
    expect(index.evidence('na de schouw', 1).words).toEqual(['schouw']);
    expect(buildTextIndex(AFSPRAKEN).evidence('na de schouw', 1).words).toEqual([]);
  });
});

import { describe, it, expect } from 'vitest';
import type { PartyRef } from '../../src/domain/types';
import { editDistance } from '../../src/domain/text';
import {
  createPartyResolver,
  normalizePartyName,
  partyIdsOf,
  type PartyResolverInput,
} from '../../src/domain/parties';

// The parties of the Druten agreement, as resources/druten-2025-2028.json will hold them.
const druten: PartyResolverInput = {
  parties: [
    { id: 'gemeente', name: 'Gemeente Druten', shortName: 'Gemeente', aliases: [] },
    { id: 'woonwaarts', name: 'Woonwaarts', shortName: 'Woonwaarts', aliases: [] },
    { id: 'de-kernen', name: 'De Kernen', shortName: 'De Kernen', aliases: ['Woningstichting De Kernen'] },
    { id: 'hbd', name: 'Huurdersbelangen Beuningen Druten', shortName: 'HBD', aliases: [] },
    { id: 'bewonersraad', name: 'Bewonersraad De Kernen', shortName: 'Bewonersraad', aliases: [] },
  ],
  groups: [
    { name: 'Corporaties', memberIds: ['woonwaarts', 'de-kernen'], aliases: ['woningcorporaties'] },
    { name: 'Huurdersorganisaties', memberIds: ['hbd', 'bewonersraad'], aliases: [] },
  ],
  externalNames: ['Zorg- en welzijnsinstellingen', 'marktpartijen', 'partners/wijkorganisaties'],
};

const resolver = createPartyResolver(druten);
const resolve = (text: string) => resolver.resolve(text);
const CORPORATIES = ['woonwaarts', 'de-kernen'];
const HUURDERS = ['hbd', 'bewonersraad'];

const ref = (written: string, partyIds: string[], status: PartyRef['status'], qualifier?: string): PartyRef =>
  qualifier === undefined ? { written, partyIds, status } : { written, partyIds, status, qualifier };

describe('resolve: the cells of the agreement', () => {
  it('resolves a single party', () => {
    expect(resolve('Gemeente')).toEqual([ref('Gemeente', ['gemeente'], 'exact')]);
    expect(resolve('Woonwaarts')).toEqual([ref('Woonwaarts', ['woonwaarts'], 'exact')]);
    expect(resolve('De Kernen')).toEqual([ref('De Kernen', ['de-kernen'], 'exact')]);
    expect(resolve('HBD')).toEqual([ref('HBD', ['hbd'], 'exact')]);
  });

  it('resolves a group name to its members', () => {
    expect(resolve('Corporaties')).toEqual([ref('Corporaties', CORPORATIES, 'group')]);
    expect(resolve('Huurdersorganisaties')).toEqual([ref('Huurdersorganisaties', HUURDERS, 'group')]);
  });

  it('reads "Huurders-organisaties" (a line-break hyphen) as the group', () => {
    expect(resolve('Huurders-organisaties')).toEqual([ref('Huurders-organisaties', HUURDERS, 'group')]);
    expect(resolve('Huurders-\norganisaties')).toEqual([ref('Huurders-organisaties', HUURDERS, 'group')]);
  });

  it('reads "Bewonersraad (De Kernen)" as the Bewonersraad, not as a qualified name', () => {
    expect(resolve('Bewonersraad (De Kernen)')).toEqual([ref('Bewonersraad (De Kernen)', ['bewonersraad'], 'exact')]);
  });

  it('keeps a qualifying parenthesis aside', () => {
    expect(resolve('Gemeente (aan de hand van uitvoeringsprogramma woonzorgvisie)')).toEqual([
      ref(
        'Gemeente (aan de hand van uitvoeringsprogramma woonzorgvisie)',
        ['gemeente'],
        'exact',
        'aan de hand van uitvoeringsprogramma woonzorgvisie',
      ),
    ]);
    expect(resolve('Huurdersorganisaties (in een later stadium)')).toEqual([
      ref('Huurdersorganisaties (in een later stadium)', HUURDERS, 'group', 'in een later stadium'),
    ]);
  });

  it('splits names joined by "en"', () => {
    expect(resolve('Corporaties en Huurdersorganisaties')).toEqual([
      ref('Corporaties', CORPORATIES, 'group'),
      ref('Huurdersorganisaties', HUURDERS, 'group'),
    ]);
  });

  it('splits a comma list with an outside name', () => {
    expect(resolve('Corporaties, Huurdersorganisaties, marktpartijen')).toEqual([
      ref('Corporaties', CORPORATIES, 'group'),
      ref('Huurdersorganisaties', HUURDERS, 'group'),
      ref('marktpartijen', [], 'external'),
    ]);
  });

  it('splits a comma list ending in "en"', () => {
    const refs = resolve('Gemeente, Huurdersorganisaties en De Kernen');
    expect(refs).toEqual([
      ref('Gemeente', ['gemeente'], 'exact'),
      ref('Huurdersorganisaties', HUURDERS, 'group'),
      ref('De Kernen', ['de-kernen'], 'exact'),
    ]);
    expect(partyIdsOf(refs)).toEqual(['gemeente', 'hbd', 'bewonersraad', 'de-kernen']);
  });

  it('resolves lower-case names in a list', () => {
    expect(resolve('Corporaties, gemeente, Huurdersorganisaties')).toEqual([
      ref('Corporaties', CORPORATIES, 'group'),
      ref('gemeente', ['gemeente'], 'exact'),
      ref('Huurdersorganisaties', HUURDERS, 'group'),
    ]);
  });

  it('does not split "Zorg- en welzijnsinstellingen" and keeps the qualifier of the last name', () => {
    expect(resolve('Corporaties, Zorg- en welzijnsinstellingen, Huurdersorganisaties (in een later stadium)')).toEqual([
      ref('Corporaties', CORPORATIES, 'group'),
      ref('Zorg- en welzijnsinstellingen', [], 'external'),
      ref('Huurdersorganisaties (in een later stadium)', HUURDERS, 'group', 'in een later stadium'),
    ]);
    expect(resolve('Corporaties, Zorg- en welzijnsinstellingen')).toHaveLength(2);
  });

  it('resolves "Woonwaarts en De Kernen" to two parties', () => {
    const refs = resolve('Woonwaarts en De Kernen');
    expect(refs).toEqual([ref('Woonwaarts', ['woonwaarts'], 'exact'), ref('De Kernen', ['de-kernen'], 'exact')]);
    expect(partyIdsOf(refs)).toEqual(CORPORATIES);
  });

  it('resolves "Woonwaarts en De Kernen" as one group when the data lists it as an alias', () => {
    const withAlias = createPartyResolver({
      ...druten,
      groups: [{ name: 'Corporaties', memberIds: CORPORATIES, aliases: ['Woonwaarts en De Kernen'] }],
    });
    expect(withAlias.resolve('Woonwaarts en De Kernen')).toEqual([ref('Woonwaarts en De Kernen', CORPORATIES, 'group')]);
  });

  it('reads the typo "De Kern en" as De Kernen, to be confirmed', () => {
    expect(resolve('De Kern en')).toEqual([ref('De Kern en', ['de-kernen'], 'fuzzy')]);
    expect(resolve('Gemeente, De Kern en')).toEqual([
      ref('Gemeente', ['gemeente'], 'exact'),
      ref('De Kern en', ['de-kernen'], 'fuzzy'),
    ]);
  });

  it('knows "partners/wijkorganisaties" as an outside name', () => {
    expect(resolve('partners/wijkorganisaties')).toEqual([ref('partners/wijkorganisaties', [], 'external')]);
    expect(resolve('Corporaties, Huurdersorganisaties, partners/wijkorganisaties')).toHaveLength(3);
  });

  it('resolves every Trekker and Betrokkenen cell of the agreement without unknown names', () => {
    const cells = [
      'Woonwaarts',
      'De Kernen',
      'Corporaties',
      'Gemeente',
      'Huurdersorganisaties',
      'HBD',
      'Gemeente (aan de hand van uitvoeringsprogramma woonzorgvisie)',
      'Bewonersraad (De Kernen)',
      'Huurders-organisaties',
      'Corporaties en Huurdersorganisaties',
      'Corporaties, Huurdersorganisaties',
      'Corporaties, Huurdersorganisaties, marktpartijen',
      'Corporaties, Huurdersorganisaties, partners/wijkorganisaties',
      'Corporaties, Huurders-organisaties',
      'Corporaties, Zorg- en welzijnsinstellingen',
      'Corporaties, Zorg- en welzijnsinstellingen, Huurdersorganisaties (in een later stadium)',
      'Corporaties, gemeente, Huurdersorganisaties',
      'Gemeente, Corporaties',
      'Gemeente, Huurders-organisaties',
      'Gemeente, Huurdersorganisaties',
      'Gemeente, Huurdersorganisaties en De Kernen',
    ];
    for (const cell of cells) {
      const refs = resolve(cell);
      expect(refs.length, cell).toBeGreaterThan(0);
      expect(refs.filter((r) => r.status === 'unknown' || r.status === 'fuzzy'), cell).toEqual([]);
    }
  });

  it('gives every party named in the agreement tables', () => {
    const cells = [
      'Gemeente, Corporaties',
      'Corporaties, Huurdersorganisaties',
      'Gemeente, Huurders-organisaties',
      'Corporaties, Huurders-organisaties',
    ];
    for (const cell of cells) {
      expect(resolve(cell).every((r) => r.status === 'exact' || r.status === 'group')).toBe(true);
    }
  });
});

describe('resolve: names as partners type them', () => {
  it('resolves small misspellings as fuzzy', () => {
    expect(resolve('Woonwaards')).toEqual([ref('Woonwaards', ['woonwaarts'], 'fuzzy')]);
    expect(resolve('Gemeete')).toEqual([ref('Gemeete', ['gemeente'], 'fuzzy')]);
    expect(resolve('Huurdersorganisatie')).toEqual([ref('Huurdersorganisatie', HUURDERS, 'fuzzy')]);
    expect(resolve('Corperaties')).toEqual([ref('Corperaties', CORPORATIES, 'fuzzy')]);
    expect(resolve('Bewonersraad de Kernnen')).toEqual([ref('Bewonersraad de Kernnen', ['bewonersraad'], 'fuzzy')]);
    // A person's name two letters from a party's is no misspelling of it.
    expect(resolve('Jeroen')).toEqual([ref('Jeroen', [], 'unknown')]);
  });

  it('ignores case, dots, diacritics, articles and extra spaces', () => {
    expect(resolve('de kernen')).toEqual([ref('de kernen', ['de-kernen'], 'exact')]);
    expect(resolve('KERNEN')).toEqual([ref('KERNEN', ['de-kernen'], 'exact')]);
    expect(resolve('H.B.D.')).toEqual([ref('H.B.D.', ['hbd'], 'exact')]);
    expect(resolve('  Gemeénte   Druten ')).toEqual([ref('Gemeénte   Druten', ['gemeente'], 'exact')]);
    expect(resolve('Bewonersraad de Kernen')).toEqual([ref('Bewonersraad de Kernen', ['bewonersraad'], 'exact')]);
  });

  it('uses aliases and ids', () => {
    expect(resolve('Woningstichting De Kernen')).toEqual([ref('Woningstichting De Kernen', ['de-kernen'], 'alias')]);
    expect(resolve('woningcorporaties')).toEqual([ref('woningcorporaties', CORPORATIES, 'group')]);
    expect(resolver.resolveOne('de-kernen')).toEqual(ref('de-kernen', ['de-kernen'], 'alias'));
  });

  it('keeps an unknown name as written, flagged', () => {
    expect(resolve('Provincie Gelderland')).toEqual([ref('Provincie Gelderland', [], 'unknown')]);
    expect(resolve('Gemeente, Provincie')).toEqual([
      ref('Gemeente', ['gemeente'], 'exact'),
      ref('Provincie', [], 'unknown'),
    ]);
  });

  it('does not split an unknown name that contains "en"', () => {
    expect(resolve('Bouwen en Wonen')).toEqual([ref('Bouwen en Wonen', [], 'unknown')]);
  });

  it('does not guess short names', () => {
    expect(resolve('HDB')).toEqual([ref('HDB', [], 'unknown')]);
  });

  it('splits names on separate lines and slashes between known names', () => {
    expect(partyIdsOf(resolve('Gemeente\nWoonwaarts'))).toEqual(['gemeente', 'woonwaarts']);
    expect(resolve('HBD/Bewonersraad')).toEqual([ref('HBD', ['hbd'], 'exact'), ref('Bewonersraad', ['bewonersraad'], 'exact')]);
    expect(resolve('Gemeente & Woonwaarts')).toHaveLength(2);
    expect(resolve('Gemeente; Woonwaarts')).toHaveLength(2);
  });

  it('narrows a group by a parenthesis that names a member', () => {
    expect(resolve('Huurdersorganisaties (HBD)')).toEqual([ref('Huurdersorganisaties (HBD)', ['hbd'], 'exact')]);
    expect(resolve('Huurdersbelangen Beuningen Druten (HBD)')).toEqual([
      ref('Huurdersbelangen Beuningen Druten (HBD)', ['hbd'], 'exact'),
    ]);
  });

  it('returns nothing for empty text', () => {
    expect(resolve('')).toEqual([]);
    expect(resolve('   ')).toEqual([]);
    expect(resolve(' , ')).toEqual([]);
  });

  it('never drops a name', () => {
    const cell = 'Gemeente, iets raars (met haakjes), , Woonwaards en Onbekend';
    const refs = resolve(cell);
    expect(refs.map((r) => r.written)).toEqual(['Gemeente', 'iets raars (met haakjes)', 'Woonwaards', 'Onbekend']);
    expect(refs.map((r) => r.status)).toEqual(['exact', 'unknown', 'fuzzy', 'unknown']);
  });
});

describe('resolveOne', () => {
  it('resolves one name without splitting it', () => {
    expect(resolver.resolveOne('Woonwaarts')).toEqual(ref('Woonwaarts', ['woonwaarts'], 'exact'));
    expect(resolver.resolveOne('Corporaties en Huurdersorganisaties').status).toBe('unknown');
    expect(resolver.resolveOne('  ')).toEqual(ref('', [], 'unknown'));
  });

  it('reads a file name part', () => {
    expect(resolver.resolveOne('de_kernen').partyIds).toEqual(['de-kernen']);
    expect(resolver.resolveOne('WOONWAARTS').partyIds).toEqual(['woonwaarts']);
  });
});

describe('known', () => {
  it('finds a name known as written, and never guesses at a misspelling', () => {
    expect(resolver.known('Woonwaarts')).toEqual(ref('Woonwaarts', ['woonwaarts'], 'exact'));
    expect(resolver.known('corporaties')?.partyIds).toEqual(['woonwaarts', 'de-kernen']);
    expect(resolver.resolveOne('Woonwaards').status).toBe('fuzzy');
    expect(resolver.known('Woonwaards')).toBeUndefined();
    expect(resolver.known('Jeroen')).toBeUndefined();
  });
});

describe('helpers', () => {
  it('normalises names to one comparable form', () => {
    expect(normalizePartyName('Huurders-organisaties')).toBe('huurdersorganisaties');
    expect(normalizePartyName('Bewonersraad (De Kernen)')).toBe('bewonersraad kernen');
    expect(normalizePartyName('H.B.D.')).toBe('hbd');
    expect(normalizePartyName('  Zorg- en  welzijnsinstellingen ')).toBe('zorg en welzijnsinstellingen');
    expect(normalizePartyName('Coöperatie')).toBe('cooperatie');
    expect(normalizePartyName('partners/wijkorganisaties')).toBe('partners wijkorganisaties');
  });

  it('lists party ids once, in order', () => {
    expect(partyIdsOf(resolve('Corporaties, Woonwaarts, Gemeente'))).toEqual(['woonwaarts', 'de-kernen', 'gemeente']);
    expect(partyIdsOf([])).toEqual([]);
  });

  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('woonwaarts', 'woonwaards')).toBe(1);
    expect(editDistance('hbd', 'hdb')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('gemeente', 'gemeente')).toBe(0);
  });
});

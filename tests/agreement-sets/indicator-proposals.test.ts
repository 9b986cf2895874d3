// The numeric targets the reader proposes from an agreement's text, on a
// made-up topic: a band of homes, a forecast and a target said twice.
import { describe, expect, it } from 'vitest';
import { proposeIndicators } from '../../src/agreement-sets/indicator-proposals';
import { resolverFor } from '../../src/agreement-sets/parties';
import { emptyAgreementSet } from '../../src/agreement-sets/types';
import type { AgreementSetData } from '../../src/domain/dataset';

function setWith(commitments: string[]): AgreementSetData {
  const data = emptyAgreementSet();
  data.periodStart = 2026;
  data.periodEnd = 2029;
  data.parties = [{ id: 'woonbron', name: 'Woonbron', shortName: 'Woonbron', kind: 'corporation', linkedPartyIds: [], aliases: [], signatory: { name: '', role: '' } }];
  data.themes = [
    {
      number: 1,
      title: 'Wonen',
      topics: [{ number: '1.1', title: 'Voorraad', task: [], ambitions: [], commitments: commitments.map((text, i) => ({ number: i + 1, text })), agreements: [], footnotes: [] }],
    },
  ];
  return data;
}

const propose = (commitments: string[]) => {
  const data = setWith(commitments);
  return proposeIndicators(data, resolverFor(data.parties, data.groups, data.externalNames)).map((p) => `${p.direction} ${p.target} ${p.unit} ${p.deadlineYear}`);
};

describe('indicator proposals', () => {
  it('reads a band of homes sold or demolished by its top, and of homes built by its bottom, also between parentheses when it is a pace', () => {
    expect(propose(['Woonbron sloopt tot en met 2029 een deel van de flats (gemiddeld 10 tot 12 woningen per jaar).'])).toEqual(['at_most 12 homes 2029']);
    expect(propose(['Woonbron bouwt tot en met 2029 gemiddeld 20 tot 30 woningen per jaar.'])).toEqual(['at_least 20 homes 2029']);
    // A number between parentheses that is no pace explains: no target.
    expect(propose(['Woonbron bouwt in 2028 een woonzorgcomplex (minimaal 12 woningen met een ontmoetingsruimte).'])).toEqual([]);
  });

  it('proposes no forecast, and a target said again without a year of its own once', () => {
    expect(propose(['In 2027 worden naar verwachting 60 woningen opgeleverd.'])).toEqual([]);
    expect(propose(['Woonbron voegt tot en met 2029 150 woningen toe.', 'Flexwoningen helpen om de opgave van 150 woningen te halen.'])).toEqual(['at_least 150 homes 2029']);
  });
});

// The examples summed per afspraak (src/imports/example-profiles.ts): an activity is nearest to the
// afspraak whose examples use its words, or to "geen afspraak" when those are the examples of none.
import { describe, expect, it } from 'vitest';
import { buildExampleProfiles } from '../../src/imports/example-profiles';
import type { Precedent } from '../../src/imports/link';

const FIRE = 11;
const COACH = 12;
const example = (agreementId: number | null, partyId: string, activity: string): Precedent => ({ activity, agreementId, partyId, planningYear: 2027, byHand: false, example: true });

const EXAMPLES: Precedent[] = [
  example(FIRE, 'hbd', 'Met Woonwaarts langs de flats: hangen er rookmelders, zijn de vluchtroutes vrij?'),
  example(FIRE, 'woonwaarts', 'Brandveiligheid flats Hogeweg: brandwerende deuren en vluchtroutes'),
  example(FIRE, 'bewonersraad', 'Rookmelders in alle complexen van De Kernen controleren'),
  example(COACH, 'gemeente', 'Energiecoaches aan huis bij huurders met een hoge energierekening'),
  example(COACH, 'hbd', 'De energiecoach uitnodigen op de huurdersavond'),
  example(null, 'hbd', 'Algemene ledenvergadering en jaarverslag'),
  example(null, 'hbd', 'Cursus huurrecht voor nieuwe bestuursleden'),
  example(null, 'bewonersraad', 'Jaarvergadering en verkiezing van nieuwe bestuursleden'),
];

describe('the examples summed per afspraak', () => {
  const profiles = buildExampleProfiles(EXAMPLES);

  it('puts first the afspraak whose examples use the words of an activity that names none of its own words', () => {
    const [first, second] = profiles.nearest('Kijken of de rookmelders het doen en de vluchtroutes in de flats vrij zijn', 'hbd');
    expect(first?.agreementId).toBe(FIRE);
    expect((first?.likeness ?? 0) - (second?.likeness ?? 0)).toBeGreaterThan(0.1);
  });

  it("puts first the examples of no afspraak for a party's own work", () => {
    expect(profiles.nearest('Ledenvergadering en twee nieuwe bestuursleden kiezen', 'hbd')[0]?.agreementId).toBeNull();
    expect(profiles.nearest('Een energiecoach op bezoek bij de leden', 'hbd')[0]?.agreementId).toBe(COACH);
  });

  it('knows every afspraak with examples, the most alike first, and nothing for a text without words', () => {
    const all = profiles.nearest('De energiecoach', 'gemeente');
    expect(all.map((f) => f.agreementId).sort()).toEqual([COACH, FIRE, null].sort());
    expect(all.map((f) => f.likeness)).toEqual([...all.map((f) => f.likeness)].sort((a, b) => b - a));
    expect(profiles.nearest('  – ', 'hbd')).toEqual([]);
  });
});

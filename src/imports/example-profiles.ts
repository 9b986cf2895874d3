// What the examples say of an activity as a whole. The set's example
// activities (link-examples.ts) are summed per afspraak, with one more sum for
// those of no afspraak: each sum holds the words partners use for that work
// ("langs de flats", "rookmelders", "vluchtroutes" for the fire safety of the
// flats; "ALV", "cursus", "nieuwe bestuursleden" for a tenant organisation's
// own work), weighed by how rare they are among all examples. An activity is
// compared with every sum (the cosine of the weighed words: a Rocchio
// classifier) and the nearest is the afspraak whose examples it is most like.
//
// One example much like the activity is a precedent (link.ts, precedentsOf);
// a profile speaks when no single example does, from the words of many. The
// linker weighs it beside the afspraken's own text (link.ts, weighProfiles):
// it proposes or asks, never links as fact.
import { contentWords } from '../domain/similarity';
import type { Precedent } from './link';

/** An afspraak (null: "geen afspraak") and how much the activity is like its examples, 0..1. */
export interface ProfileFit {
  agreementId: number | null;
  likeness: number;
  /** How many of the activity's words (and pairs of words) its examples use. */
  shared: number;
}

export interface ExampleProfiles {
  /** Every afspraak with examples, and null for the examples of none, the most alike first; [] for a text without words. */
  nearest(text: string, partyId: string | null | undefined): ProfileFit[];
}

const PARTY = 'partij:';

/**
 * The features of a text: its content words, each two in a row ("langs flat"), and whose it is: a
 * tenant organisation's "cursus" is its own work, a corporation's "onderhoud" its stock.
 */
function featuresOf(text: string, partyId: string | null | undefined): string[] {
  const words = contentWords(text);
  const features = [...words];
  for (let i = 0; i + 1 < words.length; i++) features.push(`${words[i]} ${words[i + 1]}`);
  if (features.length > 0 && partyId) features.push(`${PARTY}${partyId}`);
  return features;
}

function lengthOf(vector: ReadonlyMap<string, number>): number {
  let squares = 0;
  for (const w of vector.values()) squares += w * w;
  return Math.sqrt(squares);
}

/** Weighed features scaled to length 1; each feature's weight is its count times its rarity. */
function unitVector(features: readonly string[], rarity: (feature: string) => number): Map<string, number> {
  const vector = new Map<string, number>();
  for (const f of features) vector.set(f, (vector.get(f) ?? 0) + rarity(f));
  const length = lengthOf(vector);
  if (length > 0) for (const [f, w] of vector) vector.set(f, w / length);
  return vector;
}

export function buildExampleProfiles(examples: readonly Precedent[]): ExampleProfiles {
  const featured = examples.map((e) => ({ agreementId: e.agreementId, features: featuresOf(e.activity, e.partyId) })).filter((e) => e.features.length > 0);
  const holding = new Map<string, number>();
  for (const e of featured) for (const f of new Set(e.features)) holding.set(f, (holding.get(f) ?? 0) + 1);
  // A feature no example holds says nothing of any afspraak: its rarity is that of a feature held once.
  const unheld = Math.log(featured.length + 1);
  const rarities = new Map([...holding].map(([f, n]) => [f, Math.log((featured.length + 1) / (n + 1))]));
  const rarity = (f: string): number => rarities.get(f) ?? unheld;

  const classes: (number | null)[] = [];
  const classOf = new Map<number | null, number>();
  const sums: Map<string, number>[] = [];
  for (const e of featured) {
    let c = classOf.get(e.agreementId);
    if (c === undefined) {
      c = classes.length;
      classOf.set(e.agreementId, c);
      classes.push(e.agreementId);
      sums.push(new Map());
    }
    const sum = sums[c] as Map<string, number>;
    for (const [f, w] of unitVector(e.features, rarity)) sum.set(f, (sum.get(f) ?? 0) + w);
  }
  // Per feature, the afspraken whose profile holds it and how strongly: an activity meets only those.
  const lists = new Map<string, { c: number; weight: number }[]>();
  sums.forEach((sum, c) => {
    const length = lengthOf(sum);
    for (const [f, w] of sum) {
      let list = lists.get(f);
      if (!list) lists.set(f, (list = []));
      list.push({ c, weight: w / length });
    }
  });
  const byFeature = new Map(
    [...lists].map(([f, list]) => [f, { classes: Int32Array.from(list, (e) => e.c), weights: Float64Array.from(list, (e) => e.weight), words: f.startsWith(PARTY) ? 0 : 1 }]),
  );

  return {
    nearest(text, partyId) {
      const query = unitVector(featuresOf(text, partyId), rarity);
      if (query.size === 0) return [];
      const likeness = new Float64Array(classes.length);
      const shared = new Int32Array(classes.length);
      for (const [f, w] of query) {
        const held = byFeature.get(f);
        if (!held) continue;
        for (let k = 0; k < held.classes.length; k++) {
          const c = held.classes[k] as number;
          likeness[c] = (likeness[c] as number) + w * (held.weights[k] as number);
          shared[c] = (shared[c] as number) + held.words;
        }
      }
      return classes.map((agreementId, c) => ({ agreementId, likeness: likeness[c] as number, shared: shared[c] as number })).sort((a, b) => b.likeness - a.likeness);
    },
  };
}

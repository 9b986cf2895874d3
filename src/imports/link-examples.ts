// Example activities that ship with an agreement set: activities as partners
// write them, each with the afspraak it belongs to by meaning, or none. The
// team wrote them from the agreement text, as its labelled truth sets
// (tests/fixtures/labelled-activities*.ts); scripts/build-link-examples.ts
// writes them to resources/<code>-voorbeelden.json. The linker weighs them as
// it weighs the werkgroep's own earlier decisions (link.ts, precedentsOf), with
// three differences: an example must be much like the activity both ways, a
// decision for the same afspraak goes first, and examples that point to
// different afspraken say nothing. An activity much like an example is
// proposed under the example's afspraak, never linked as fact, and the reason
// names the example.
import fs from 'node:fs';
import path from 'node:path';
import { resourcesDir } from '../paths';
import type { Precedent } from './link';

export interface LinkExample {
  /** The labelled set it comes from (see tests/fixtures/labelled-sets.ts): a set is judged without its own. */
  set: string;
  partyId: string;
  /** The activity as the reader reads it from the partner's row. */
  activity: string;
  /** The afspraak's reference ("1.1 bij 1 (2)"), or null: an activity of no afspraak. */
  agreement: string | null;
}

export interface LinkExamplesData {
  /** The code of the agreement set whose afspraken the references name. */
  agreementSet: string;
  examples: LinkExample[];
}

/** Which examples the linker weighs: all (the app), none, or all but those of some labelled sets (measuring on them). */
export type LinkExamplesUse = 'all' | 'none' | { without: readonly string[] };

export function linkExamplesFile(setCode: string): string {
  return path.join(resourcesDir(), `${setCode}-voorbeelden.json`);
}

const loaded = new Map<string, readonly LinkExample[]>();

/** The examples of an agreement set; none for a set that ships none (another werkgroep's). Read once. */
export function loadLinkExamples(setCode: string): readonly LinkExample[] {
  let examples = loaded.get(setCode);
  if (examples === undefined) {
    const file = linkExamplesFile(setCode);
    const data = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as LinkExamplesData) : null;
    examples = data?.agreementSet === setCode ? data.examples : [];
    loaded.set(setCode, examples);
  }
  return examples;
}

/**
 * The examples as precedents of the set's afspraken, by reference. An example whose afspraak the set
 * does not have (the set was edited) is left out rather than read as "geen afspraak".
 */
export function examplePrecedents(
  examples: readonly LinkExample[],
  agreements: readonly { id: number; reference: string }[],
  use: LinkExamplesUse,
): readonly Precedent[] {
  // The same array for the same question, so that the linker indexes the examples once (LinkOptions.examples).
  const key = JSON.stringify([use, agreements.map((a) => [a.id, a.reference])]);
  if (last?.examples !== examples || last.key !== key) last = { examples, key, precedents: precedentsOf(examples, agreements, use) };
  return last.precedents;
}

let last: { examples: readonly LinkExample[]; key: string; precedents: readonly Precedent[] } | null = null;

function precedentsOf(examples: readonly LinkExample[], agreements: readonly { id: number; reference: string }[], use: LinkExamplesUse): Precedent[] {
  if (use === 'none') return [];
  const without = use === 'all' ? new Set<string>() : new Set(use.without);
  const idOf = new Map(agreements.map((a) => [a.reference, a.id]));
  return examples.flatMap((e) => {
    if (without.has(e.set)) return [];
    const agreementId = e.agreement === null ? null : idOf.get(e.agreement);
    if (agreementId === undefined) return [];
    return [{ activity: e.activity, agreementId, partyId: e.partyId, planningYear: 0, byHand: false, example: true }];
  });
}

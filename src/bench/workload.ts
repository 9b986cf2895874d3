// Generated activiteitenoverzichten for the scale benchmark: five parties,
// each with n activities on the agreement's afspraken, written the way
// partners write (a few dozen phrasings, their own project, street and
// complex names, places), with joint work reported by two or three parties
// (duplicates) and requests of another party (needs), some of them answered.
// Stored straight through the database's own insert, as a commit would.
import { insertSubmission, type NewSubmission } from '../db/submissions';
import type { NewActivity } from '../domain/activities';
import type { Db } from '../db/open';
import type { PartyRef } from '../domain/types';

export interface WorkloadOptions {
  /** Activities per party. */
  perParty: number;
  planningYear: number;
  /** Places of the municipality (a region has more). */
  places: number;
  seed?: number;
}

/** Shares in a real year's overviews (Druten 2025–2027, the labelled files): rounded, on purpose generous. */
const JOINT_SHARE = 0.06;
const NEEDS_SHARE = 0.15;
const ANSWERED_SHARE = 0.5;
const UNLINKED_SHARE = 0.03;
const PROPOSED_SHARE = 0.1;

export const WORKLOAD_PARTIES = [
  { id: 'gemeente', written: 'Gemeente' },
  { id: 'woonwaarts', written: 'Woonwaarts' },
  { id: 'de-kernen', written: 'De Kernen' },
  { id: 'hbd', written: 'HBD' },
  { id: 'bewonersraad', written: 'Bewonersraad De Kernen' },
] as const;

const PHRASES: readonly string[] = [
  'Oplevering van {n} sociale huurwoningen in plan {project} ({place})',
  'Voorbereiding nieuwbouw {n} levensloopbestendige woningen aan de {street} in {place}',
  'Verduurzaming {n} woningen met label {label} in complex {complex}',
  'Wijkschouw {street} in {place} organiseren met bewoners in {month}',
  'Energiecoaches inzetten voor huurders met lage inkomens in {complex}',
  'Bewonersavond over servicekosten en onderhoud in complex {complex}',
  'Zonnepanelen aanbieden aan huurders van {complex} ({place})',
  'Planmatig onderhoud {element} bij complex {complex}',
  'Vergroening van tuinen en openbare ruimte rond {complex} met bewoners',
  'Huisvesting statushouders: {n} woningen beschikbaar stellen in {project}',
  'Verhuiscoach voor senioren in grote eengezinswoningen aan de {street}',
  'Behoefteonderzoek wonen en zorg voor ouderen in {project} ({place})',
  'Sloop en vervangende nieuwbouw {project}: {n} appartementen',
  'Woningtoewijzing met voorrang voor urgent woningzoekenden in {project}',
  'Aanpak vocht en schimmel in {n} woningen van {complex}',
  'Overleg over de huurverhoging {year} met de bewonerscommissie {complex}',
  'Buurtbemiddeling en leefbaarheidsbudget voor {street} ({place})',
  'Warmtepomp bij vervanging van de cv-ketel in {complex}',
  'Omgevingsvergunning {project} tijdig aanvragen en verlenen',
  'Achterbanraadpleging over {element} onder huurders van {complex}',
  'Bestemmingsplan {project} in procedure brengen',
  'Inspectie brandveiligheid en rookmelders in {complex}',
  'Spreekuur voor huurders in het wijkcentrum aan de {street}',
  'Subsidieregeling isolatie voor particulieren in {place} openstellen',
  'Renovatie van de galerijflat {complex} met {n} woningen',
  'Huurdersvereniging informeert leden over de woonlasten in {place}',
  'Prestatiemonitor {year} opstellen met cijfers over {project}',
  'Groot onderhoud daken en gevels in {complex}',
  'Participatietraject inrichting plein bij {project}',
  'Jongerenhuisvesting: tijdelijke units op locatie {project}',
];

const NEEDS: readonly string[] = [
  'snelle omgevingsvergunning voor {project}',
  'bijdrage aan de verhuiscoach in {place}',
  'advies van de huurders over {element} in {complex}',
  'tijdige aanleg openbare ruimte bij {project}',
  'gegevens over energielabels van {complex}',
  'deelname aan de wijkschouw {place}',
];

/** What answers a need: the asked party's own activity saying what is asked. */
const ANSWERS: readonly string[] = [
  'Omgevingsvergunning {project} snel verlenen',
  'Bijdrage verhuiscoach {place} voortzetten',
  'Advies over {element} in {complex} aan de corporatie geven',
  'Aanleg openbare ruimte {project} tijdig afronden',
  'Energielabels van {complex} delen',
  'Deelname aan de wijkschouw {place}',
];

/** How partners set one activity apart from the next in the same phrasing: a stage, and what it depends on or whom with. */
const STAGES = ['Start', 'Afronding', 'Uitvoering', 'Evaluatie', 'Voorbereiding', 'Tweede fase', 'Pilot', 'Vervolg', 'Besluitvorming', 'Aanbesteding'];
const QUALIFIERS = [
  'in overleg met de huurdersvereniging',
  'conform het ondernemingsplan',
  'met subsidie van de provincie',
  'na instemming van de bewonerscommissie',
  'samen met de zorgaanbieder',
  'volgens de routekaart verduurzaming',
  'binnen het budget van de begroting',
  'met inzet van de wijkconsulent',
  'als onderdeel van de woonvisie',
  'in afstemming met het waterschap',
  'met een klankbordgroep van bewoners',
  'via het energieloket',
  'met de scholen en het buurthuis',
  'onder voorbehoud van financiering',
  'met communicatie via de nieuwsbrief',
  'na het haalbaarheidsonderzoek',
];

const ELEMENTS = ['kozijnen', 'dakgoten', 'lift', 'ventilatie', 'badkamers', 'keukens', 'galerijen', 'trappenhuis', 'isolatie', 'brandveiligheid'];
const MONTHS = ['maart', 'april', 'mei', 'juni', 'september', 'oktober'];
const LABELS = ['E', 'F', 'G'];
const SYLLABLES = ['lin', 'de', 'mo', 'len', 'kamp', 'hof', 'wei', 'beek', 'ber', 'gen', 'horst', 'la', 'ken', 'vel', 'wijk', 'ra', 'bo', 'sin', 'ter', 'ga'];

/** A small deterministic generator (mulberry32): the same workload on every run. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Generated {
  partyId: string;
  agreementId: number | null;
  activity: string;
  needs?: string;
  needsFrom?: string;
  proposed: boolean;
}

/**
 * The activities of every party, in row order. Names grow with the workload
 * (a region has more projects and complexes than a town), so that a name is
 * about as rare per afspraak as it is in a real overview.
 */
export function generateWorkload(agreementIds: readonly number[], options: WorkloadOptions): Map<string, Generated[]> {
  const next = seededRandom(options.seed ?? 2027);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const name = (parts: number): string => {
    let s = '';
    for (let i = 0; i < parts; i++) s += pick(SYLLABLES);
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  const total = options.perParty * WORKLOAD_PARTIES.length;
  const places = Array.from({ length: options.places }, () => name(2));
  const projects = Array.from({ length: Math.max(20, Math.round(total / 6)) }, () => name(3));
  const complexes = Array.from({ length: Math.max(20, Math.round(total / 8)) }, () => `${name(2)}${pick(['hof', 'flat', 'park', 'erf'])}`);
  const streets = Array.from({ length: Math.max(20, Math.round(total / 10)) }, () => `${name(2)}${pick(['straat', 'laan', 'weg', 'singel'])}`);
  const fill = (template: string): string =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => {
      switch (key) {
        case 'n':
          return String(4 + Math.floor(next() * 60));
        case 'project':
          return pick(projects);
        case 'place':
          return pick(places);
        case 'street':
          return pick(streets);
        case 'complex':
          return pick(complexes);
        case 'label':
          return pick(LABELS);
        case 'month':
          return pick(MONTHS);
        case 'element':
          return pick(ELEMENTS);
        case 'year':
          return String(options.planningYear);
        default:
          return key;
      }
    });
  // Each party writes in its own phrasings (every fifth of the list), and under one afspraak in a few of them.
  const own = (party: number) => PHRASES.filter((_, i) => i % WORKLOAD_PARTIES.length === party);
  const phrasesOf = new Map(
    agreementIds.flatMap((id) => WORKLOAD_PARTIES.map((p, party) => [`${id} ${p.id}`, Array.from({ length: 3 }, () => pick(own(party)))] as const)),
  );

  const byParty = new Map<string, Generated[]>(WORKLOAD_PARTIES.map((p) => [p.id, []]));
  const count = (partyId: string) => (byParty.get(partyId) as Generated[]).length;
  const add = (g: Generated) => {
    if (count(g.partyId) < options.perParty) (byParty.get(g.partyId) as Generated[]).push(g);
  };
  const full = () => WORKLOAD_PARTIES.every((p) => count(p.id) >= options.perParty);
  while (!full()) {
    const party = pick(WORKLOAD_PARTIES);
    if (count(party.id) >= options.perParty) continue;
    const unlinked = next() < UNLINKED_SHARE;
    const agreementId = pick(agreementIds);
    const phrase = fill(pick(phrasesOf.get(`${agreementId} ${party.id}`) as string[]));
    const text = `${next() < 0.5 ? `${pick(STAGES)}: ` : ''}${phrase}${next() < 0.6 ? ` ${pick(QUALIFIERS)}` : ''}`;
    const g: Generated = { partyId: party.id, agreementId: unlinked ? null : agreementId, activity: text, proposed: next() < PROPOSED_SHARE };
    if (next() < NEEDS_SHARE) {
      const asked = pick(WORKLOAD_PARTIES.filter((p) => p.id !== party.id));
      const n = Math.floor(next() * NEEDS.length);
      const need = fill(NEEDS[n] as string);
      g.needs = need;
      g.needsFrom = asked.written;
      if (next() < ANSWERED_SHARE) {
        // The same names in the answer as in the need.
        const names = need.match(/\p{Lu}\p{Ll}+(?:hof|flat|park|erf)?/gu) ?? [];
        let answer = ANSWERS[n] as string;
        for (const nm of names) answer = answer.replace(/\{(project|place|complex)\}/, nm);
        add({ partyId: asked.id, agreementId, activity: fill(answer), proposed: false });
      }
    }
    add(g);
    // Joint work: one or two other parties report the same, in their own words.
    if (!unlinked && next() < JOINT_SHARE) {
      const others = WORKLOAD_PARTIES.filter((p) => p.id !== party.id);
      const partners = next() < 0.7 ? 1 : 2;
      for (let i = 0; i < partners; i++) {
        const other = others.splice(Math.floor(next() * others.length), 1)[0] as (typeof WORKLOAD_PARTIES)[number];
        const words = text.split(' ');
        if (words.length > 4 && next() < 0.5) words.splice(1 + Math.floor(next() * (words.length - 2)), 1);
        else words.push(pick(['samen met partners', 'gezamenlijk', `in ${pick(MONTHS)}`]));
        add({ partyId: other.id, agreementId, activity: words.join(' '), proposed: false });
      }
    }
  }
  return byParty;
}

/** Stores one current submission per party for the year, as an import's commit does, in one transaction. */
export function storeWorkload(db: Db, setId: number, planningYear: number, workload: Map<string, Generated[]>, resolve: (written: string) => PartyRef[]): void {
  db.transaction(() => {
    for (const [partyId, rows] of workload) {
      const submission: NewSubmission = {
        setId,
        partyId,
        planningYear,
        kind: 'activities',
        fileName: `${partyId} activiteiten ${planningYear}.xlsx`,
        sha256: `bench-${partyId}-${planningYear}-${rows.length}`,
        size: 0,
        source: 'own',
        sheet: 'Activiteiten',
        headerRow: 3,
        columns: [],
        problems: [],
        importedAt: new Date().toISOString(),
        importedBy: 'benchmark',
        receivedOn: new Date().toISOString().slice(0, 10),
      };
      const activities: NewActivity[] = rows.map((g, i) => ({
        position: i + 1,
        sheet: 'Activiteiten',
        rowNumber: 4 + i,
        activity: g.activity,
        needsFromParties: g.needsFrom ? resolve(g.needsFrom) : [],
        involvedParties: [],
        leadParties: [],
        extra: {},
        agreementId: g.agreementId,
        linkStatus: g.agreementId === null ? 'none' : g.proposed ? 'proposed' : 'confirmed',
        linkCandidates: [],
        ...(g.needs !== undefined ? { needs: g.needs } : {}),
        ...(g.needsFrom !== undefined ? { needsFrom: g.needsFrom } : {}),
      }));
      insertSubmission(db, submission, activities);
    }
  })();
}

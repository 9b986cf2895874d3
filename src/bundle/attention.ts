// The aandachtspunten of the bundle that come from the afspraken, the
// parties, the duplicate proposals and unlinked activities (those of the
// wederkerigheid are made in needs.ts), and their order in the chapter.
import { linkIsOpen, openLinkText } from '../domain/links';
import type { PartyRef } from '../domain/types';
import type { AgreementRow } from '../domain/agreements';
import {
  ATTENTION_ORDER,
  type AttentionPoint,
  type BundleActivity,
  type BundleAgreement,
  type BundleParty,
  type DuplicateProposal,
  type UndecidedActivity,
} from '../domain/joint-overview';
import { dutchList, quote, type PartyNames } from '../domain/joint-overview-wording';
import { leadsUndecided } from '../domain/joint-overview';

export function partyMissingPoints(
  parties: BundleParty[],
  year: number,
  names: PartyNames,
  earlierYears: ReadonlyMap<string, number> = new Map(),
): AttentionPoint[] {
  return parties
    .filter((p) => p.state === 'missing')
    .map((p) => {
      // An overview for an earlier year only is worth saying: the party may think it has sent it.
      const earlier = earlierYears.get(p.id);
      const only = earlier !== undefined ? ` Er is alleen een ouder overzicht, voor planningsjaar ${earlier}.` : '';
      return {
        kind: 'party-missing',
        message: `${names.atStart(p.id)} heeft voor planningsjaar ${year} geen activiteitenoverzicht ingediend.${only}`,
        partyId: p.id,
      };
    });
}

export function agreementPoints(rows: AgreementRow[], agreements: BundleAgreement[], year: number, names: PartyNames): AttentionPoint[] {
  const points: AttentionPoint[] = [];
  agreements.forEach((a, i) => {
    const row = rows[i] as AgreementRow;
    if (a.gaps.includes('no-activity')) {
      // An activity whose link is still open may belong here: then "none submitted" is not yet a fact.
      const open = a.undecided ?? [];
      points.push({
        kind: 'agreement-without-activity',
        message:
          open.length === 0
            ? `${a.reference}: actief in ${year}, maar er is geen activiteit voor ingediend.`
            : `${a.reference}: actief in ${year}; er is nog geen activiteit aan gekoppeld, maar ${undecidedList(open, names)} ${open.length === 1 ? 'kan' : 'kunnen'} erbij horen (nog te besluiten).`,
        agreementId: a.id,
      });
    }
    if (a.gaps.includes('lead-without-activity')) {
      const others = [...new Set(a.activities.map((x) => x.partyId))].map((id) => names.short(id));
      // An activity of the trekker whose link is still open may belong here: then "none" is not yet a fact.
      const open = leadsUndecided(a);
      points.push({
        kind: 'lead-without-activity',
        message:
          open.length === 0
            ? `${a.reference}: trekker ${leadLabel(row.lead, names)} heeft geen activiteit (wel: ${dutchList(others)}).`
            : `${a.reference}: trekker ${leadLabel(row.lead, names)} heeft nog geen activiteit gekoppeld (wel: ${dutchList(others)}), maar ${undecidedList(open, names)} ${open.length === 1 ? 'kan' : 'kunnen'} erbij horen (nog te besluiten).`,
        agreementId: a.id,
      });
    }
    if (a.insufficient) {
      const followUp = a.insufficient.followUp.trim();
      points.push({
        kind: 'insufficient',
        message:
          `${a.reference}: door de werkgroep als onvoldoende opgepakt aangemerkt. ` +
          (followUp === '' ? 'Er is nog geen vervolg afgesproken.' : `Afgesproken vervolg: ${followUp.replace(/\.?$/, '.')}`),
        agreementId: a.id,
      });
    }
  });
  return points;
}

/** "Woonwaarts ‘Oplevering …’ (rij 6)", for the activities that may belong to an afspraak. */
export function undecidedList(open: readonly UndecidedActivity[], names: PartyNames): string {
  return dutchList(open.map((u) => `${names.short(u.partyId)} ${quote(u.activity)} (rij ${u.rowNumber})`));
}

/** "Gemeente", "Corporaties (Woonwaarts en De Kernen)": a group name says who it stands for. */
function leadLabel(lead: PartyRef[], names: PartyNames): string {
  return dutchList(
    lead.map((ref) => {
      const members = dutchList(ref.partyIds.map((id) => names.short(id)));
      if (ref.partyIds.length === 0) return ref.written;
      if (ref.status === 'group') return `${ref.written.replace(/\s*\(.*\)\s*$/, '')} (${members})`;
      return members;
    }),
  );
}

export function duplicatePoints(
  proposals: DuplicateProposal[],
  activities: BundleActivity[],
  agreementsById: Map<number, AgreementRow>,
  names: PartyNames,
): AttentionPoint[] {
  const byIdentity = new Map(activities.map((a) => [a.identity, a]));
  return proposals
    .filter((p) => p.decision === 'open')
    .map((p) => {
      const members = p.activityIdentities.map((id) => byIdentity.get(id) as BundleActivity);
      const parties = dutchList(members.map((m) => names.short(m.partyId)));
      const texts = dutchList(members.map((m) => `${quote(m.activity)} (${names.short(m.partyId)})`));
      const reference = agreementsById.get(p.agreementId)?.reference ?? '';
      return {
        kind: 'duplicate-open',
        message: `${reference}: ${parties} melden mogelijk hetzelfde werk: ${texts}. Samenvoegen tot één gezamenlijke activiteit?`,
        agreementId: p.agreementId,
      };
    });
}

/**
 * The activities without afspraak that still need a decision: a choice among
 * afspraken ("kies: …") or none found. A person's "geen afspraak" is decided,
 * not an aandachtspunt.
 */
export function unlinkedPoints(unlinked: BundleActivity[], names: PartyNames): AttentionPoint[] {
  return unlinked.flatMap((a): AttentionPoint[] => {
    if (!linkIsOpen(a.linkStatus)) return [];
    const where = `${names.short(a.partyId)}: ${quote(a.activity)} (blad ${a.sheet}, rij ${a.rowNumber})`;
    const message =
      a.linkStatus === 'choice'
        ? `${where} past bij meer afspraken; ${openLinkText('choice', null, a.candidates ?? [])}.`
        : `${where}: geen afspraak gevonden; koppel de activiteit of leg vast dat zij niet bij een afspraak hoort.`;
    return [{ kind: 'unlinked-activity', message, partyId: a.partyId, activityIdentity: a.identity }];
  });
}


export function sortAttention(points: AttentionPoint[], agreements: AgreementRow[]): AttentionPoint[] {
  const position = new Map(agreements.map((a, i) => [a.id, i]));
  const place = (p: AttentionPoint): number =>
    p.agreementId === undefined ? agreements.length : (position.get(p.agreementId) ?? agreements.length);
  // Array.prototype.sort is stable: within one afspraak the points keep the bundle's (party, row) order.
  return [...points].sort((a, b) => ATTENTION_ORDER.indexOf(a.kind) - ATTENTION_ORDER.indexOf(b.kind) || place(a) - place(b));
}

// Dutch wording shared by the Word and Excel writers of the gezamenlijk
// activiteitenoverzicht, so both documents say the same thing the same way.
import { PARTY_KIND_LABELS, type PartyKind } from '../domain/types';
import type { BundleActivity, BundleParty, JointOverview, SubmissionState } from '../domain/joint-overview';
import type { BundleVersionInfo } from '../domain/bundle-decisions';
import { deliveryStatus, lateSentences, type DeliveryStatus } from '../domain/delivery';
import { choiceList } from '../domain/links';
import { formatDateNl } from '../domain/calendar';
import { localDay } from '../domain/local-time';
import { safeFileNamePart } from '../domain/text';
import { missingCase } from '../domain/assert';
import { passedDatesNote } from '../domain/dates-in-text';

export function documentTitle(planningYear: number): string {
  return `Gezamenlijk activiteitenoverzicht ${planningYear}`;
}

/** "Concept 2", "Definitief (versie 3)", "Werkversie". */
export function versionLabel(version: BundleVersionInfo): string {
  switch (version.status) {
    case 'working':
      return 'Werkversie';
    case 'draft':
      return version.number === null ? 'Concept' : `Concept ${version.number}`;
    case 'final':
      return version.number === null ? 'Definitief' : `Definitief (versie ${version.number})`;
    default:
      return missingCase(version.status);
  }
}

/** The version as it goes into a file name: "concept 2", "definitief", "werkversie". */
export function versionFileLabel(version: BundleVersionInfo): string {
  switch (version.status) {
    case 'working':
      return 'werkversie';
    case 'draft':
      return version.number === null ? 'concept' : `concept ${version.number}`;
    case 'final':
      return 'definitief';
    default:
      return missingCase(version.status);
  }
}

/** What the status means for the reader, for the cover and the Toelichting sheet. */
export function versionExplanation(version: BundleVersionInfo): string {
  switch (version.status) {
    case 'working':
      return 'Werkversie: de actuele stand van de bundeling, nog niet als versie opgeslagen. Niet bedoeld om te versturen.';
    case 'draft':
      return 'Concept: ter afstemming in de Werkgroep Prestatieafspraken; de inhoud kan nog veranderen.';
    case 'final':
      return 'Definitief: het gebundelde en afgestemde overzicht, om te verwerken in de eigen begroting en jaarplannen.';
    default:
      return missingCase(version.status);
  }
}

/** The date the document stands for: when the version was saved, or else when the bundle was computed. */
export function documentDateIso(overview: JointOverview): string {
  return localDateIso(overview.version.savedAt ?? overview.generatedAt);
}

/** Who makes the documents: "Gemeente Beuningen · Werkgroep Prestatieafspraken", from the set. */
export function coverLineOf(set: { municipality?: string }): string {
  return set.municipality ? `Gemeente ${set.municipality} · Werkgroep Prestatieafspraken` : 'Werkgroep Prestatieafspraken';
}

/** The workbook's company field: the set's municipality. */
export function companyOf(set: { municipality?: string }): string {
  return set.municipality ? `Gemeente ${set.municipality}` : '';
}

/** The calendar day of a timestamp in Druten (a version saved at 00:30 on 1 November is dated 1 November). */
export function localDateIso(timestamp: string): string {
  return localDay(timestamp);
}

/** A stored version as the reports name it: "versie 2, ontvangen 3 maart 2027" (the day the partner's file came in). */
export function versionReceived(version: number, receivedOn: string | null | undefined): string {
  return `versie ${version}${receivedOn ? `, ontvangen ${dateNl(receivedOn)}` : ''}`;
}

/** "1 november 2026"; a value that is no date is shown as written rather than lost. */
export function dateNl(timestamp: string): string {
  try {
    return formatDateNl(localDateIso(timestamp));
  } catch {
    return timestamp;
  }
}

/** A text agreed before the document, with its passed dates said to have passed between brackets. */
export function withPassedDates(text: string, dateIso: string): string {
  const passed = passedDatesNote(text, dateIso);
  return passed ? `${text.replace(/\.$/, '')} (let op: ${passed})` : text;
}

export { passedDatesNote };
export { alignmentLabel, alignmentRecorded, alignmentStatusLabel, attentionKindExplanation, attentionKindTitle, gapLabel, unlinkedAppendixTitle } from '../domain/joint-overview-wording';

/**
 * How an activity's link to its afspraak reads in the documents: what is
 * still open ("voorgestelde koppeling", "kies: A of B", "geen afspraak
 * gevonden") or how it was settled, including a person's "geen afspraak".
 */
export function linkLabel(a: Pick<BundleActivity, 'linkStatus' | 'agreementId' | 'candidates'>): string {
  switch (a.linkStatus) {
    case 'proposed':
      return 'voorgestelde koppeling';
    case 'choice':
      return a.candidates && a.candidates.length > 0 ? `kies: ${choiceList(a.candidates)}` : 'kies de afspraak';
    case 'none':
      return 'geen afspraak gevonden';
    case 'manual':
      return a.agreementId === null ? 'geen afspraak' : 'gekozen door de werkgroep';
    case 'confirmed':
      return 'voorstel bevestigd';
    case 'key':
    case 'reference':
    case 'evidence':
      return 'uit het activiteitenoverzicht';
    default:
      return missingCase(a.linkStatus);
  }
}

/**
 * The day a party's submission was received, as the secretary stated it; for
 * an overview saved before that was kept, the day it was imported (as the
 * Werkbank decided then). `first` asks for the first version's.
 */
export function receivedDay(submission: BundleParty['submission'], first = false): string | null {
  if (!submission) return null;
  const stated = first ? (submission.firstReceivedOn ?? submission.receivedOn) : submission.receivedOn;
  if (stated) return stated;
  return localDay(first ? (submission.firstImportedAt ?? submission.importedAt) : submission.importedAt);
}

/**
 * Each party's delivery of its activiteitenoverzicht against the deadline (30
 * June before the planning year), as on the day the overview was made: late
 * is decided by the day the first version was received.
 */
export function bundleDeliveries(overview: Pick<JointOverview, 'parties' | 'planningYear' | 'generatedAt' | 'agreementSet'>): { party: BundleParty; status: DeliveryStatus }[] {
  const today = localDay(overview.generatedAt);
  return overview.parties.map((party) => {
    return { party, status: deliveryStatus('activities', overview.planningYear, today, receivedDay(party.submission, true), overview.agreementSet.signedOn, overview.agreementSet.cycleDates) };
  });
}

/** The sentences on who delivered late and who not at all, for the documents. */
export function bundleLateSentences(overview: Pick<JointOverview, 'parties' | 'planningYear' | 'generatedAt' | 'agreementSet'>): string[] {
  return lateSentences(bundleDeliveries(overview).map((d) => ({ partyName: d.party.name, status: d.status })));
}

export function submissionStateLabel(state: SubmissionState): string {
  return state === 'submitted' ? 'Ingediend' : 'Niet ingediend';
}

export function partyKindLabel(kind: PartyKind): string {
  return PARTY_KIND_LABELS[kind];
}

export { ATTENTION_ORDER } from '../domain/joint-overview';

/** "Gezamenlijk activiteitenoverzicht 2027 - concept 2.docx", "… - concept 2 - Woonwaarts.xlsx". */
export function jointOverviewFileName(overview: JointOverview, format: 'docx' | 'xlsx', partyShortName?: string): string {
  const parts = [documentTitle(overview.planningYear), versionFileLabel(overview.version)];
  const party = partyShortName === undefined ? '' : safeFileNamePart(partyShortName);
  if (party) parts.push(party);
  return `${parts.join(' - ')}.${format}`;
}


/** A heading that only says "remarks": the notes are then printed as a Toelichting. */
const PLAIN_NOTES_HEADING = /^(toelichting|toel\.?|opmerking(en)?|opm\.?|notitie(s)?|notes?|remarks?|comments?|commentaar|bijzonderheden|extra info(rmatie)?)$/i;

/**
 * What a party's notes are called in the documents: the heading it wrote them under where that says more
 * than "remarks" ("Stand 2026: deelplan 1 opgeleverd"), else "Toelichting".
 */
export function notesLabel(party: BundleParty | undefined): string {
  const heading = (party?.submission?.notesHeader ?? '').replace(/\s+/g, ' ').replace(/[\s:?]+$/, '').trim();
  return heading === '' || PLAIN_NOTES_HEADING.test(heading) || heading.length > 40 ? 'Toelichting' : heading;
}

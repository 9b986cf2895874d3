// What the activity log records, and how each kind of entry is called in Dutch
// (the app's Logboek and `prestatie koppelingen --logboek` alike).

export type ActivityLogAction =
  | 'confirm'
  | 'confirm-all'
  | 'link'
  | 'edit'
  | 'remove'
  | 'undo-import'
  | 'restore'
  | 'contact'
  | 'mail-template'
  /** The werkgroep decided a request of the wederkerigheid: answered by an activity, open, or back to the text match. */
  | 'need-answered'
  | 'need-open'
  | 'need-cleared'
  /** An agreement set stored from its own document (.docx or the template). */
  | 'set-import'
  /** The day a stored version was received, corrected after its import. */
  | 'received-on'
  /** A numeric target proposed from the set's text, confirmed as an indicator or rejected by the secretary. */
  | 'indicator-confirm'
  | 'indicator-reject'
  /** A date of the set's yearly calendar changed. */
  | 'calendar-edit'
  /** A party's name, short name, aliases or link changed after the import. */
  | 'party-edit'
  /** A line the reader kept as a note (no activity), made an activity by the secretary at the import. */
  | 'as-activity'
  /** A line the reader read as an activity, kept as a note (no activity) by the secretary at the import. */
  | 'as-note';

export const ACTIVITY_LOG_LABELS: Record<ActivityLogAction, string> = {
  confirm: 'bevestigd',
  'confirm-all': 'alles bevestigd',
  link: 'gekozen',
  edit: 'gewijzigd',
  remove: 'verwijderd',
  'undo-import': 'import ongedaan',
  restore: 'reservekopie teruggezet',
  contact: 'contactpersoon',
  'mail-template': 'e-mailtekst',
  'need-answered': 'vraag beantwoord',
  'need-open': 'vraag open',
  'need-cleared': 'besluit over vraag weggehaald',
  'set-import': 'prestatieafspraken ingelezen',
  'received-on': 'ontvangstdag gecorrigeerd',
  'indicator-confirm': 'indicator bevestigd',
  'indicator-reject': 'indicatorvoorstel afgewezen',
  'calendar-edit': 'kalender gewijzigd',
  'party-edit': 'partij gewijzigd',
  'as-activity': 'als activiteit gekozen',
  'as-note': 'als opmerking bewaard',
};

/** One decision about stored activities, as recorded. */
export interface ActivityLogEntry {
  id: number;
  /** null for an action over every year (a backup restored). */
  planningYear: number | null;
  /** null for an action over every party. */
  partyId: string | null;
  /** The activity's identity; null for an action over many. */
  identity: string | null;
  action: ActivityLogAction;
  /** Dutch: what changed, old → new. */
  detail: string;
  reason: string;
  /** ISO timestamp. */
  changedAt: string;
  changedBy: string;
}

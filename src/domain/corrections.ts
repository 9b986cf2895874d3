// A person's correction of one stored activity: which fields can be corrected,
// what they are called in Dutch, and how a change reads in the activity log.
// Pure: the service, the CLI and the renderer share it.

/** The fields of an activity the secretary can correct, in the order a form shows them. */
export const CORRECTABLE_FIELDS = ['activity', 'role', 'planning', 'needs', 'needsFrom', 'involved', 'ambition', 'notes'] as const;

export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** Dutch, as the app shows the fields elsewhere ("Planning: Q2 2027 → Q3 2027"). */
export const CORRECTION_LABELS: Record<CorrectableField, string> = {
  activity: 'Activiteit',
  role: 'Rol',
  planning: 'Planning',
  needs: 'Nodig van anderen',
  needsFrom: 'Van wie',
  involved: 'Betrokken',
  ambition: 'Ambitie',
  notes: 'Toelichting',
};

export function isCorrectableField(name: string): name is CorrectableField {
  return (CORRECTABLE_FIELDS as readonly string[]).includes(name);
}

/** One field's change in Dutch: "Planning: Q2 2027 → Q3 2027"; an empty value reads "(leeg)". */
export function describeChange(field: CorrectableField, before: string, after: string): string {
  const show = (v: string) => (v.trim() === '' ? '(leeg)' : v.replace(/\s*\n\s*/g, ' / '));
  return `${CORRECTION_LABELS[field]}: ${show(before)} → ${show(after)}`;
}

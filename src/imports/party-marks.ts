// A partner's grid of one column per party ("Gemeente", "Woonwaarts", "De
// Kernen", …) marked "T" (trekker) or "B" (betrokken) on each activity: the
// marks say who leads and who takes part, as a Trekker and a Betrokken column
// would. Read so only where the row has no trekker or betrokkenen of its own,
// and only for a grid (two or more such columns whose every filled cell is a
// mark); the columns stay as they are, as extra fields. Pure.
import { problem } from './problems';
import type { ReadActivity, ReadWorkbook } from './types';

const LEAD_MARK = /^(t|trekker|trekt|lead|l)$/i;
const INVOLVED_MARK = /^(b|betrokken|betrokkene|x|v|✓|✔|ja)$/i;

/**
 * `partyOf` answers the party a heading names ("De Kernen" → de-kernen), or
 * null when it names none or several.
 */
export function partyMarkColumns(read: ReadWorkbook, partyOf: (header: string) => string | null): ReadWorkbook {
  const marks = read.columns.filter((c) => {
    if (c.field !== null || partyOf(c.header) === null) return false;
    const values = read.activities.map((a) => a.extra[c.header]?.trim() ?? '').filter((v) => v !== '');
    return values.length > 0 && values.every((v) => LEAD_MARK.test(v) || INVOLVED_MARK.test(v));
  });
  if (marks.length < 2 || !read.activities.some((a) => marks.some((c) => LEAD_MARK.test(a.extra[c.header]?.trim() ?? '')))) return read;

  const marked = (act: ReadActivity, mark: RegExp): string[] => marks.filter((c) => mark.test(act.extra[c.header]?.trim() ?? '')).map((c) => c.header);
  const activities = read.activities.map((act) => {
    const leads = marked(act, LEAD_MARK);
    const involved = marked(act, INVOLVED_MARK);
    const next: ReadActivity = { ...act };
    if ((act.lead ?? '').trim() === '' && leads.length > 0) next.lead = leads.join(', ');
    if ((act.involved ?? '').trim() === '' && involved.length > 0) next.involved = involved.join(', ');
    return next;
  });
  const names = marks.map((c) => `"${c.header}"`).join(', ');
  return {
    ...read,
    activities,
    problems: [
      ...read.problems,
      problem(
        'warning',
        'party-mark-columns',
        { file: read.fileName, sheet: read.sheet, row: read.headerRow, column: marks[0]?.column as string },
        `de kolommen ${names} zijn per activiteit gelezen als trekker ("T") en betrokken ("B"); ze blijven ook als eigen kolommen bewaard.`,
      ),
    ],
  };
}

// A jaarplan often plans with a column per quarter or month, marked with an
// "x": Q1 Q2 Q3 Q4, or jan … dec, perhaps with their year ("Q3 2026", "jan
// 2027", and a year alone after them: "2028"). With no planning column of its
// own, those columns together are the planning: a row marked under Q2 and Q3
// is planned "Q2, Q3". They are then no unknown columns, and nothing is left
// in extra. Pure.
import { MONTHS_NL } from '../domain/calendar';
import { normalizeHeader } from '../domain/text';
import type { ReadTable } from './table';

const QUARTER = /^(?:q|kw|kwartaal)\s*([1-4])$|^([1-4])e? kwartaal$/;
const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

const MONTH = `(?:${[...MONTHS_NL, ...MONTHS, 'sept', 'maa'].join('|')})`;
/** "jan–mrt", "april t/m juni" (in the heading's normal form, the dash and slash are spaces). */
const MONTH_RANGE = new RegExp(`^${MONTH} (?:t m |tm |tot )?${MONTH}$`);

/** "Q2", "kw 2", "2e kwartaal", "feb", "februari", "sept", "jan–mrt", "Q3 2026": a period heading. */
export function isPeriodHeading(header: string): boolean {
  // "Q1 (jan–mrt)": the period, its months in brackets; "Q3 2026": the period, its year after it.
  const h = normalizeHeader(header.replace(/\s*\([^()]*\)\s*$/, '')).replace(/ 20\d\d$/, '');
  if (QUARTER.test(h) || MONTH_RANGE.test(h)) return true;
  return MONTHS_NL.includes(h) || MONTHS.includes(h) || h === 'sept' || h === 'maa';
}

/** A year alone as a heading: "2028". */
const YEAR_ALONE = /^20\d\d$/;

export function periodColumnsAsPlanning(read: ReadTable): ReadTable {
  if (read.columns.some((c) => c.field === 'planning')) return read;
  const named = read.columns.filter((c) => c.field === null && isPeriodHeading(c.header));
  // A year alone beside periods that name their years ("Q3 2027 | Q4 2027 | 2028") is a period too.
  const dated = named.filter((c) => / 20\d\d$/.test(normalizeHeader(c.header))).length >= 2;
  const periods = read.columns.filter((c) => named.includes(c) || (dated && c.field === null && YEAR_ALONE.test(normalizeHeader(c.header))));
  if (periods.length < 2) return read;
  const headers = new Set(periods.map((c) => c.header));
  const letters = new Set(periods.map((c) => c.column));
  return {
    ...read,
    columns: read.columns.map((c) => (headers.has(c.header) && letters.has(c.column) ? { ...c, field: 'planning' } : c)),
    activities: read.activities.map((act) => {
      const marked = periods.filter((c) => (act.extra[c.header] ?? '').trim() !== '').map((c) => c.header);
      const extra = Object.fromEntries(Object.entries(act.extra).filter(([key]) => !headers.has(key)));
      return marked.length > 0 ? { ...act, extra, planning: marked.join(', ') } : { ...act, extra };
    }),
    problems: read.problems.filter((p) => !(p.code === 'unknown-column' && p.column !== undefined && letters.has(p.column))),
  };
}

// A spreadsheet cell as the text a reader sees: rich text as plain text,
// formulas as their cached result, dates in Dutch, hyperlinks as their text,
// line breaks kept. Pure.
import type { CellValue } from 'exceljs';

export interface CellText {
  text: string;
  /** A formula without a cached result: the text is empty and the user should know why. */
  formulaWithoutValue?: string;
  /** An error value such as "#N/A" or "#VERW!", kept as text. */
  error?: string;
  /** The formula itself, when the cell holds one ("COUNTA(B6:B20)"). */
  formula?: string;
}

const DAY_MONTH_YEAR = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const TIME = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

export function cellText(value: CellValue, numFmt?: string): CellText {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: cleanText(value) };
  if (typeof value === 'number') return { text: formatNumber(value, numFmt) };
  if (typeof value === 'boolean') return { text: value ? 'WAAR' : 'ONWAAR' };
  if (value instanceof Date) return { text: formatDate(value, numFmt) };
  if (typeof value !== 'object') return { text: '' };

  if ('richText' in value && Array.isArray(value.richText)) {
    return { text: cleanText(value.richText.map((run) => run.text ?? '').join('')) };
  }
  if ('error' in value && typeof value.error === 'string') return { text: value.error, error: value.error };
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value && typeof value.formula === 'string' ? value.formula : String((value as { sharedFormula?: unknown }).sharedFormula ?? '');
    const result = (value as { result?: CellValue }).result;
    if (result === undefined || result === null) return { text: '', formulaWithoutValue: formula, formula };
    return { ...cellText(result, numFmt), formula };
  }
  if ('hyperlink' in value) {
    const inner = (value as { text?: unknown }).text;
    const text = typeof inner === 'string' ? inner : isRichText(inner) ? inner.richText.map((r) => r.text ?? '').join('') : '';
    return { text: cleanText(text === '' ? String(value.hyperlink ?? '') : text) };
  }
  if ('text' in value && typeof (value as { text?: unknown }).text === 'string') {
    return { text: cleanText((value as { text: string }).text) };
  }
  return { text: '' };
}

function isRichText(v: unknown): v is { richText: { text?: string }[] } {
  return typeof v === 'object' && v !== null && Array.isArray((v as { richText?: unknown }).richText);
}

/** Line breaks as "\n", no trailing spaces on lines, non-breaking spaces as spaces, trimmed. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/_x000D_/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/^\s+|\s+$/g, '');
}

function formatNumber(value: number, numFmt = ''): string {
  if (!Number.isFinite(value)) return String(value);
  const format = numFmt.replace(/"[^"]*"|\[[^\]]*\]/g, '');
  if (format.includes('%')) {
    return `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 4 }).format(value * 100)}%`;
  }
  const grouped = /#,##/.test(format);
  const text = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 10, useGrouping: grouped }).format(value);
  return numFmt.includes('€') ? `€ ${text}` : text;
}

function formatDate(date: Date, numFmt = ''): string {
  if (Number.isNaN(date.getTime())) return '';
  const format = numFmt.toLowerCase().replace(/"[^"]*"|\[[^\]]*\]/g, '');
  const hasDay = /d/.test(format);
  const hasMonth = /m{3,}/.test(format) || /(^|[^h:])m{1,2}([^:s]|$)/.test(format);
  const hasYear = /y/.test(format);
  const hasTime = /h/.test(format);
  if (hasTime && !hasDay && !hasYear) return TIME.format(date);
  if (hasYear && !hasDay && !hasMonth) return String(date.getUTCFullYear());
  if (hasYear && hasMonth && !hasDay) return MONTH_YEAR.format(date);
  return DAY_MONTH_YEAR.format(date);
}

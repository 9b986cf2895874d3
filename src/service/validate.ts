// Arguments arrive from other processes as unknown JSON: check them before use,
// and answer a bad one with a Dutch message that names the field.
import { ServiceError } from '../domain/errors';
import { JOB_ID_PATTERN } from './jobs';

type Obj = Record<string, unknown>;

export function objectArg(value: unknown): Obj {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ServiceError('invalid_input', 'De opdracht verwacht een object met velden.');
  }
  return value as Obj;
}

export function optionalString(obj: Obj, field: string, label: string, maxLength = 10_000): string | undefined {
  const v = obj[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new ServiceError('invalid_input', `${label} moet tekst zijn.`);
  if (v.length > maxLength) throw new ServiceError('invalid_input', `${label} is te lang (ten hoogste ${maxLength} tekens).`);
  return v;
}

export function requiredString(obj: Obj, field: string, label: string, maxLength = 10_000): string {
  const v = optionalString(obj, field, label, maxLength)?.trim();
  if (!v) throw new ServiceError('invalid_input', `${label} ontbreekt.`);
  return v;
}

export function optionalInteger(obj: Obj, field: string, label: string, min: number, max: number): number | undefined {
  const v = obj[field];
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    throw new ServiceError('invalid_input', `${label} moet een geheel getal tussen ${min} en ${max} zijn.`);
  }
  return n;
}

export function requiredInteger(obj: Obj, field: string, label: string, min: number, max: number): number {
  const n = optionalInteger(obj, field, label, min, max);
  if (n === undefined) throw new ServiceError('invalid_input', `${label} ontbreekt.`);
  return n;
}

export function optionalOneOf<T extends string>(obj: Obj, field: string, label: string, allowed: readonly T[]): T | undefined {
  const v = obj[field];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new ServiceError('invalid_input', `${label} moet een van deze zijn: ${allowed.join(', ')}.`);
  }
  return v as T;
}

export function optionalIsoDate(obj: Obj, field: string, label: string): string | undefined {
  const v = optionalString(obj, field, label, 10);
  if (v === undefined || v === '') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== v) {
    throw new ServiceError('invalid_input', `${label} moet een bestaande datum zijn als JJJJ-MM-DD, bijvoorbeeld 2026-07-01.`);
  }
  return v;
}

/** A party id the set knows, or the refusal "Onbekende partij: x.": the one check of a party given in a call. */
export function knownPartyId(id: unknown, isKnown: (id: string) => boolean): string {
  if (typeof id !== 'string' || !isKnown(id)) throw new ServiceError('invalid_input', `Onbekende partij: ${String(id)}.`);
  return id;
}

/** The party of that id among the set's parties, or the same refusal as knownPartyId. */
export function knownParty<P extends { id: string }>(id: unknown, parties: readonly P[]): P {
  const byId = new Map(parties.map((p) => [p.id, p]));
  return byId.get(knownPartyId(id, (known) => byId.has(known))) as P;
}

type Period = { periodStart: number; periodEnd: number };

/**
 * A year of a call, within the agreement's period, or undefined when not
 * given: "Planningsjaar 2031 valt buiten de looptijd …". The one check of a
 * year against the period; yearWord says which year it is.
 */
export function optionalYearInPeriod(obj: Obj, field: string, label: string, period: Period, yearWord: 'Planningsjaar' | 'Uitvoeringsjaar'): number | undefined {
  const year = optionalInteger(obj, field, label, 2000, 2100);
  if (year !== undefined && (year < period.periodStart || year > period.periodEnd)) {
    throw new ServiceError('invalid_input', `${yearWord} ${year} valt buiten de looptijd van de prestatieafspraken (${period.periodStart}–${period.periodEnd}).`);
  }
  return year;
}

/** A year of a call that must be given, within the agreement's period. */
export function yearInPeriod(obj: Obj, field: string, label: string, period: Period, yearWord: 'Planningsjaar' | 'Uitvoeringsjaar'): number {
  const year = optionalYearInPeriod(obj, field, label, period, yearWord);
  if (year === undefined) throw new ServiceError('invalid_input', `${label} ontbreekt.`);
  return year;
}

/** The planning year of a call, within the agreement's period. */
export function planningYearInPeriod(obj: Obj, period: Period): number {
  return yearInPeriod(obj, 'planningYear', 'Het planningsjaar', period, 'Planningsjaar');
}

/** The name a caller gave a heavy call (jobs.ts): letters, digits, '-' and '_', 8 to 100 of them. */
export function optionalJobId(obj: Obj): string | undefined {
  const v = optionalString(obj, 'jobId', 'De naam van de opdracht', 100);
  if (v !== undefined && !JOB_ID_PATTERN.test(v)) {
    throw new ServiceError('invalid_input', 'De naam van de opdracht mag alleen letters, cijfers, - en _ bevatten (8 tot 100 tekens).');
  }
  return v;
}

export function requiredJobId(obj: Obj): string {
  const v = optionalJobId(obj);
  if (v === undefined) throw new ServiceError('invalid_input', 'Zeg om welke opdracht het gaat (jobId).');
  return v;
}

/** An optional list of a file's lines, each by its sheet and row: `[{ sheet: "Blad1", row: 12 }]`; [] when absent. */
export function optionalFileRows(obj: Obj, field: string, label: string): { sheet: string; row: number }[] {
  const value = obj[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > 10_000) throw new ServiceError('invalid_input', `${label} moet een lijst van regels zijn.`);
  return value.map((item) => {
    const o = objectArg(item);
    return { sheet: requiredString(o, 'sheet', 'Het blad', 200), row: requiredInteger(o, 'row', 'De rij', 1, 1_048_576) };
  });
}

// Reading the answers in a results workbook as partners write them: a status
// in their own words, "ja"/"x" for steering, and numbers as text ("ca. 140",
// "95%", "1.234", "12,5"). Each reader says whether it had to interpret the
// text, so the import can warn and name the cell. Pure.
import { RESULT_STATUSES, RESULT_STATUS_WORDS, statusOfWord, type ResultStatus } from '../domain/results';
import { editDistance } from '../domain/text';

/** Lower case, no accents, punctuation as spaces, single spaces. */
function normal(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/** Words partners use for a status, with the status they mean; all of them are a guess the user must see. */
const STATUS_WORDS: readonly (readonly [string, ResultStatus])[] = [
  ['deels gerealiseerd', 'partly-done'],
  ['gedeeltelijk', 'partly-done'],
  ['deels', 'partly-done'],
  ['deels uitgevoerd', 'partly-done'],
  ['gedeeltelijk uitgevoerd', 'partly-done'],
  ['deels afgerond', 'partly-done'],
  ['gedeeltelijk afgerond', 'partly-done'],
  ['gedeeltelijk gereed', 'partly-done'],
  ['ten dele gerealiseerd', 'partly-done'],
  ['gereed', 'done'],
  ['afgerond', 'done'],
  ['klaar', 'done'],
  ['uitgevoerd', 'done'],
  ['voltooid', 'done'],
  ['behaald', 'done'],
  ['opgeleverd', 'done'],
  ['gedaan', 'done'],
  ['gerealiseerd afgerond', 'done'],
  ['loopt door', 'ongoing'],
  ['loopt', 'ongoing'],
  ['lopend', 'ongoing'],
  ['loopt nog', 'ongoing'],
  ['in uitvoering', 'ongoing'],
  ['continu', 'ongoing'],
  ['structureel', 'ongoing'],
  ['doorlopende activiteit', 'ongoing'],
  ['uitgesteld', 'delayed'],
  ['vertraging', 'delayed'],
  ['verschoven', 'delayed'],
  ['loopt achter', 'delayed'],
  ['achter op schema', 'delayed'],
  ['later', 'delayed'],
  ['nog niet gestart', 'not-started'],
  ['niet begonnen', 'not-started'],
  ['nog niet begonnen', 'not-started'],
  ['niet opgepakt', 'not-started'],
  ['nog niet opgepakt', 'not-started'],
  ['geschrapt', 'dropped'],
  ['gestopt', 'dropped'],
  ['komt te vervallen', 'dropped'],
  ['niet meer nodig', 'dropped'],
  ['geannuleerd', 'dropped'],
  ['afgeblazen', 'dropped'],
  ['niet doorgegaan', 'dropped'],
  ['ingetrokken', 'dropped'],
];

const STATUS_PHRASES: readonly (readonly [string, ResultStatus])[] = [
  ...RESULT_STATUSES.map((s): [string, ResultStatus] => [RESULT_STATUS_WORDS[s], s]),
  ...STATUS_WORDS,
]
  // Longest first: "loopt achter" before "loopt", "deels gerealiseerd" before "deels".
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

export interface StatusReading {
  status?: ResultStatus;
  /** The text was not one of the statuses as they are (case and spaces aside): the user should check the reading. */
  guessed: boolean;
}

/**
 * A status as written, resolved to one of the six when it can be:
 * exact (case, accents, punctuation aside); a word partners use ("afgerond",
 * "loopt door", "uitgesteld"); the start of a longer text ("Gerealiseerd, zie
 * toelichting"); or a typing error. Everything but an exact match is a guess.
 */
export function readStatus(text: string): StatusReading {
  const n = normal(text);
  if (n === '') return { guessed: false };
  const exact = statusOfWord(n);
  if (exact) return { status: exact, guessed: false };
  const word = STATUS_PHRASES.find(([phrase]) => phrase === n);
  if (word) return { status: word[1], guessed: true };
  // The start of a longer text: "vertraagd (Q3 2027)", "afgerond in juni".
  const start = STATUS_PHRASES.find(([phrase]) => n.startsWith(`${phrase} `));
  if (start) return { status: start[1], guessed: true };
  // A typing error in the whole text: "gerealiseed", "vertaagd", "niet gestard".
  let best: { status: ResultStatus; distance: number } | undefined;
  let ambiguous = false;
  for (const [phrase, status] of STATUS_PHRASES) {
    const allowed = phrase.length >= 9 ? 2 : phrase.length >= 6 ? 1 : 0;
    if (allowed === 0 || Math.abs(phrase.length - n.length) > allowed) continue;
    const d = editDistance(n, phrase);
    if (d > allowed) continue;
    if (!best || d < best.distance) {
      best = { status, distance: d };
      ambiguous = false;
    } else if (d === best.distance && status !== best.status) {
      ambiguous = true;
    }
  }
  if (best && !ambiguous) return { status: best.status, guessed: true };
  return { guessed: false };
}

export interface SteeringReading {
  value?: boolean;
  guessed: boolean;
}

const YES = new Set(['ja', 'j', 'x']);
const NO = new Set(['nee', 'n']);
const YES_GUESS = new Set(['yes', 'y', 'wel', 'jazeker', 'waar', 'true', '1', 'v', 'ja graag', 'zeker']);
const NO_GUESS = new Set(['no', 'neen', 'niet', 'geen', 'onwaar', 'false', '0', 'nvt', 'n v t', 'niet van toepassing', 'niet nodig', 'geen bijsturing']);

/** "ja", "nee", "j", "n", "x" as they are; other yes/no words and "ja, …" as a guess; anything else unresolved. */
export function readSteering(text: string): SteeringReading {
  const n = normal(text);
  if (n === '') return { guessed: false };
  if (YES.has(n)) return { value: true, guessed: false };
  if (NO.has(n)) return { value: false, guessed: false };
  // A boolean cell reads as WAAR/ONWAAR: a clear answer.
  if (text.trim() === 'WAAR') return { value: true, guessed: false };
  if (text.trim() === 'ONWAAR') return { value: false, guessed: false };
  if (YES_GUESS.has(n)) return { value: true, guessed: true };
  if (NO_GUESS.has(n)) return { value: false, guessed: true };
  const first = n.split(' ')[0] ?? '';
  if (first === 'ja') return { value: true, guessed: true };
  if (first === 'nee' || first === 'geen') return { value: false, guessed: true };
  return { guessed: false };
}

export type NumberReading =
  /** A number; interpreted: the text had to be read ("ca. 140", "95%", "1.234"), not a plain number. */
  | { kind: 'number'; value: number; interpreted: boolean; percentSign: boolean }
  /** "n.v.t.", "onbekend", "-": deliberately no value. */
  | { kind: 'none' }
  /** Text that is no number: "zie toelichting", "120-140". */
  | { kind: 'unreadable' };

const NO_VALUE = /^(n\.?\s?v\.?\s?t\.?|niet van toepassing|n\.?\s?b\.?|niet bekend|onbekend|geen gegevens|nog niet bekend|volgt|[-–—?]+)$/i;
const APPROXIMATELY = /^(ca\.?|circa|ongeveer|ong\.?|ruim|bijna|plusminus|±|~|\+\/-|afgerond|totaal:?|ruwweg|zo'?n)\s*/i;
const UNIT = /^(%|procent|pct\.?|woningen|woning|won\.?|wo\.?|huizen|stuks|st\.?|euro|eur|€|,-|\.-)$/i;

/**
 * A number written as text, the Dutch way first: "1.234" is a thousand and
 * more, "12,5" twelve and a half; "12.5" (one dot, not three digits after it)
 * is read as a decimal point. Words of approximation and a unit are dropped.
 */
export function readNumberText(text: string): NumberReading {
  let t = text.replace(/\u00a0/g, ' ').trim();
  if (t === '') return { kind: 'none' };
  if (NO_VALUE.test(t)) return { kind: 'none' };
  let interpreted = false;
  for (let i = 0; i < 3; i++) {
    const m = APPROXIMATELY.exec(t);
    if (!m || m[0] === '') break;
    t = t.slice(m[0].length).trim();
    interpreted = true;
  }
  let percentSign = false;
  if (/^€\s*/.test(t)) {
    t = t.replace(/^€\s*/, '');
    interpreted = true;
  }
  const m = /^([+-]?)\s*(\d[\d.,\s']*)(.*)$/.exec(t);
  if (!m) return { kind: 'unreadable' };
  const sign = m[1] === '-' ? -1 : 1;
  let digits = (m[2] ?? '').trim();
  const rest = (m[3] ?? '').trim();
  if (rest !== '') {
    if (!UNIT.test(rest)) return { kind: 'unreadable' };
    percentSign = /^(%|procent|pct\.?)$/i.test(rest);
    interpreted = true;
  }
  if (/[\s']/.test(digits)) {
    // "1 234" or "1'234": grouping.
    digits = digits.replace(/[\s']/g, '');
    interpreted = true;
  }
  let value: number;
  const dots = (digits.match(/\./g) ?? []).length;
  const commas = (digits.match(/,/g) ?? []).length;
  if (dots > 0 && commas > 0) {
    // The later separator is the decimal one: "1.234,5" or "1,234.5".
    const decimalComma = digits.lastIndexOf(',') > digits.lastIndexOf('.');
    const [group, decimal] = decimalComma ? ['.', ','] : [',', '.'];
    if ((digits.match(new RegExp(`\\${decimal}`, 'g')) ?? []).length !== 1) return { kind: 'unreadable' };
    value = Number(digits.split(group).join('').replace(decimal, '.'));
  } else if (commas > 0) {
    if (commas > 1) {
      if (!/^\d{1,3}(,\d{3})+$/.test(digits)) return { kind: 'unreadable' };
      value = Number(digits.replace(/,/g, ''));
    } else {
      value = Number(digits.replace(',', '.'));
    }
  } else if (dots > 0) {
    if (/^\d{1,3}(\.\d{3})+$/.test(digits)) value = Number(digits.replace(/\./g, ''));
    else if (dots === 1) value = Number(digits);
    else return { kind: 'unreadable' };
  } else {
    value = Number(digits);
  }
  if (!Number.isFinite(value)) return { kind: 'unreadable' };
  if (dots > 0 || commas > 0) interpreted = true;
  return { kind: 'number', value: sign * value, interpreted, percentSign };
}

const DUTCH = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 6 });

/** A number as a Dutch reader writes it, for messages: 1234,5 → "1.234,5". */
export function formatDutchNumber(value: number): string {
  return DUTCH.format(value);
}

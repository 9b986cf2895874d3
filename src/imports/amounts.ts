// Reading an amount in euros as partners type it in a budget column:
// "15000", "€ 25.000", "€ 1.250,50", "25.000,-", "25k", "€ 2,4 mln". Only a
// text with one meaning is read; "25,000" (twenty-five thousand in English,
// twenty-five in Dutch) or "12.5" is not, so the import can ask. Pure.

export type AmountReading =
  | { kind: 'amount'; value: number }
  /** "n.v.t.", "p.m.", "-": deliberately no amount. */
  | { kind: 'none' }
  /** Text that is no single amount: "eigen middelen", "20.000 - 30.000", "25,000". */
  | { kind: 'unreadable' };

const NO_AMOUNT =
  /^(n\.?\s?v\.?\s?t\.?|niet van toepassing|p\.?\s?m\.?|pro memorie|n\.?\s?t\.?\s?b\.?|nader te bepalen|nog niet bekend|onbekend|volgt|geen|[-–—?]+)$/i;
const APPROXIMATELY = /^(ca\.?|circa|ongeveer|ong\.?|±|~|plusminus|rond)\s*/i;
const CURRENCY_BEFORE = /^(€|eur\b\.?|euro\b)\s*/i;
const CURRENCY_AFTER = /\s*(€|eur\.?|euro'?s?|,-{1,2}|\.-{1,2})$/i;
/** "25k", "25 duizend", "2,4 mln", "2,4 miljoen": a bare "m" is left alone, it may be metres. */
const MULTIPLIER = /\s*(k|dzd\.?|duizend|mln\.?|mio\.?|miljoen)$/i;

/** A number the Dutch way: "25000", "25.000", "1.250,50", "25 000"; or "1,250.50", whose separators say which is which. */
const WHOLE_OR_DUTCH = /^(\d+|\d{1,3}(\.\d{3})+|\d{1,3}( \d{3})+)(,\d{1,2})?$/;
const ENGLISH_WITH_CENTS = /^\d{1,3}(,\d{3})+\.\d{1,2}$/;
/** Before "k" or "mln" a separator can only be a decimal one: "2,4 mln", "2.5k" (but not "1.250 k"). */
const DECIMAL_BEFORE_MULTIPLIER = /^\d+([.,]\d{1,2})?$/;

export function readAmount(text: string): AmountReading {
  let t = text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
  if (t === '' || NO_AMOUNT.test(t)) return { kind: 'none' };
  t = t.replace(APPROXIMATELY, '');
  let factor = 1;
  // Currency and multiplier in either order: "€ 25k", "25k euro", "€ 2,4 mln".
  for (let i = 0; i < 2; i++) {
    t = t.replace(CURRENCY_BEFORE, '').replace(CURRENCY_AFTER, '').trim();
    const m = MULTIPLIER.exec(t);
    if (m && factor === 1) {
      factor = /^(k|dzd|duizend)/i.test(m[1] as string) ? 1_000 : 1_000_000;
      t = t.slice(0, m.index).trim();
    }
  }
  let value: number;
  if (factor !== 1) {
    if (!DECIMAL_BEFORE_MULTIPLIER.test(t)) return { kind: 'unreadable' };
    value = Number(t.replace(',', '.'));
  } else if (WHOLE_OR_DUTCH.test(t)) {
    value = Number(t.replace(/[. ]/g, '').replace(',', '.'));
  } else if (ENGLISH_WITH_CENTS.test(t)) {
    value = Number(t.replace(/,/g, ''));
  } else {
    return { kind: 'unreadable' };
  }
  if (!Number.isFinite(value)) return { kind: 'unreadable' };
  return { kind: 'amount', value: Math.round(value * factor * 100) / 100 };
}

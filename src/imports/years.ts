// The years a partner's text names. Pure.

/**
 * A year written out (20xx), or the two figures of a date written short, day and month first: "vr 12-11-27",
 * "3/4/28" (as a planning tool's export writes its dates). Not "1.2.3", an outline's number.
 */
const YEAR = /\b(20\d\d)\b|\b(?:0?[1-9]|[12]\d|3[01])[-/](?:0?[1-9]|1[0-2])[-/](\d\d)(?![\d/-])/g;

/** Every year a text names, in its order: "Q2 2027 – Q1 2028" → [2027, 2028], "ma 1-3-27" → [2027]. */
export const yearsOf = (text: string | undefined): number[] => [...(text ?? '').matchAll(YEAR)].map((m) => (m[1] !== undefined ? Number(m[1]) : 2000 + Number(m[2])));

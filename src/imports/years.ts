// The years a partner's text names. Pure.

/** Every year (20xx) a text names, in its order: "Q2 2027 – Q1 2028" → [2027, 2028]. */
export const yearsOf = (text: string | undefined): number[] => [...(text ?? '').matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]));

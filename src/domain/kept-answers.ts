// A pure function of a text with its answers kept: the import asks the same
// questions of the same cells many times over (a row's planning by every
// rule that reads years, a heading by every layout tried), and a region's
// rows repeat their texts. Pure, as the function it keeps is.

/**
 * `answer`, with what it answered kept for up to `limit` texts; past that, all are forgotten at once
 * and kept anew, which costs less per question than keeping the most recent. An answer is shared by
 * whoever asks: it must not be changed (an array is given frozen by its function, or typed readonly).
 */
export function keptAnswers<V>(limit: number, answer: (text: string) => V): (text: string) => V {
  const kept = new Map<string, V>();
  return (text) => {
    let value = kept.get(text);
    if (value === undefined) {
      value = answer(text);
      if (kept.size >= limit) kept.clear();
      kept.set(text, value);
    }
    return value;
  };
}

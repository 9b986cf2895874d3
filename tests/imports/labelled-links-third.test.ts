// The linker judged against a third labelled set
// (tests/fixtures/labelled-activities-third.ts), written from the agreement
// text and committed before the linker ever ran on it: the same promises as
// on the other two sets — no wrong afspraak stated as fact, no footer, note,
// total or numbered empty row made an activity, no activity lost. How often
// the first answer is right is measured, not asserted: a set the linker is
// tuned to pass stops being an honest measure.
import { beforeAll, describe, expect, it } from 'vitest';
import type { LinkScore } from '../../src/bench/link-accuracy';
import { LABELLED_THIRD_FILES } from '../fixtures/labelled-activities-third';
import { scoreLabelledFiles } from '../helpers/labelled-score';

let score: LinkScore;
beforeAll(async () => {
  score = await scoreLabelledFiles(LABELLED_THIRD_FILES);
});

describe('the third labelled set of partner spreadsheets', () => {
  it('states no wrong afspraak as fact: what the file does not settle is proposed or left to choose', () => {
    expect(score.wrongFacts).toEqual([]);
  });

  it('makes no activity of a footer, a signature, a note, a total or a row without activity text', () => {
    expect(score.nonActivities).toEqual([]);
  });

  it('loses none of the 61 activities', () => {
    expect(score.lost).toEqual([]);
    expect(score.activities).toBe(61);
  });
});

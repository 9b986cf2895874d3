// The linker judged against the held-out partner spreadsheets
// (tests/fixtures/labelled-activities-holdout.ts), which it was never tuned
// on: the same promises as on the tuning set — no wrong afspraak stated as
// fact, no footer or empty row made an activity, no activity lost. How often
// the first answer is right is measured, not asserted: a held-out set that
// the linker is tuned to pass stops being held out.
import { beforeAll, describe, expect, it } from 'vitest';
import type { LinkScore } from '../../src/bench/link-accuracy';
import { LABELLED_HOLDOUT_FILES } from '../fixtures/labelled-activities-holdout';
import { scoreLabelledFiles } from '../helpers/labelled-score';

let score: LinkScore;
beforeAll(async () => {
  score = await scoreLabelledFiles(LABELLED_HOLDOUT_FILES);
});

describe('the held-out labelled partner spreadsheets', () => {
  it('state no wrong afspraak as fact: what the file does not settle is proposed or left to choose', () => {
    expect(score.wrongFacts).toEqual([]);
  });

  it('make no activity of a footer, a signature, a note, a total or a row without activity text', () => {
    expect(score.nonActivities).toEqual([]);
  });

  it('lose none of the 65 activities', () => {
    expect(score.lost).toEqual([]);
    expect(score.activities).toBe(65);
  });
});

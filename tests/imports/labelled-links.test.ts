// The linker judged against partner spreadsheets labelled by meaning
// (tests/fixtures/labelled-activities.ts), through the real service: no
// afspraak may be stated as fact when it is wrong, no footer or empty row may
// become an activity, and the first answer must stay right at least as often
// as it is today (the bench prints the share for this set and the second; the aim is 9 in 10).
import { beforeAll, describe, expect, it } from 'vitest';
import type { LinkScore } from '../../src/bench/link-accuracy';
import { LABELLED_FILES } from '../fixtures/labelled-activities';
import { scoreLabelledFiles } from '../helpers/labelled-score';

let score: LinkScore;
beforeAll(async () => {
  score = await scoreLabelledFiles(LABELLED_FILES);
});

describe('the labelled partner spreadsheets', () => {
  it('state no wrong afspraak as fact: what the file does not settle is proposed or left to choose', () => {
    expect(score.wrongFacts).toEqual([]);
  });

  it('make no activity of a footer, a signature, a note or a row without activity text', () => {
    expect(score.nonActivities).toEqual([]);
  });

  it('lose no activity', () => {
    expect(score.lost).toEqual([]);
  });

  it('give the right afspraak (or "geen afspraak") first for at least 79 of the 87 activities', () => {
    expect(score.activities).toBe(87);
    // On failure the misses show which rows went wrong, and how.
    expect({ top1: score.top1, misses: score.misses }).toEqual({ top1: expect.toSatisfy((n: number) => n >= 79), misses: expect.anything() });
  });
});

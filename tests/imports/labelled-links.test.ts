// The linker judged against partner spreadsheets labelled by meaning
// (tests/fixtures/labelled-activities.ts), through the real service: no
// afspraak may be stated as fact when it is wrong, no footer or empty row may
// become an activity, and the first answer must stay right at least as often
// as it is today (the bench prints the share; the aim is 9 in 10).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreLinks, type LinkScore } from '../../src/bench/link-accuracy';
import { openWerkbank } from '../../src/service/index';
import { LABELLED_FILES } from '../fixtures/labelled-activities';
import { tempDir } from '../helpers/tmp';

let score: LinkScore;
const tmp = tempDir('werkbank-labelled-');
beforeAll(async () => {
  const werkbank = openWerkbank({ databasePath: path.join(tmp.dir, 'werkbank.sqlite'), changedBy: 'test' });
  try {
    const cases = await Promise.all(LABELLED_FILES.map(async (f) => ({ ...f, data: await f.build() })));
    score = await scoreLinks(werkbank.api, cases);
  } finally {
    werkbank.close();
  }
});
afterAll(() => tmp.cleanup());

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

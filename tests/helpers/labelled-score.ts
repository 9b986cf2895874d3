// Scores labelled partner spreadsheets through the real service on a fresh
// database, for the tests that judge the linker against a truth set. The
// examples the app ships are made of these sets: a set is judged with its own
// left out, as a partner file the app has never seen.
import path from 'node:path';
import { scoreLinks, type LinkScore } from '../../src/bench/link-accuracy';
import { openWerkbank } from '../../src/service/index';
import type { LabelledFile } from '../fixtures/labelled-activities';
import { labelledSetOf } from '../fixtures/labelled-sets';
import { tempDir } from './tmp';

export async function scoreLabelledFiles(files: readonly LabelledFile[]): Promise<LinkScore> {
  const tmp = tempDir('werkbank-labelled-');
  const set = labelledSetOf(files);
  const werkbank = openWerkbank({
    databasePath: path.join(tmp.dir, 'werkbank.sqlite'),
    changedBy: 'test',
    ...(set ? { linkExamples: { without: [set] } } : {}),
  });
  try {
    const cases = await Promise.all(files.map(async (f) => ({ ...f, data: await f.build() })));
    return await scoreLinks(werkbank.api, cases);
  } finally {
    werkbank.close();
    tmp.cleanup();
  }
}

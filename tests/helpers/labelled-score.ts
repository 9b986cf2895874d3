// Scores labelled partner spreadsheets through the real service on a fresh
// database, for the tests that judge the linker against a truth set.
import path from 'node:path';
import { scoreLinks, type LinkScore } from '../../src/bench/link-accuracy';
import { openWerkbank } from '../../src/service/index';
import type { LabelledFile } from '../fixtures/labelled-activities';
import { tempDir } from './tmp';

export async function scoreLabelledFiles(files: readonly LabelledFile[]): Promise<LinkScore> {
  const tmp = tempDir('werkbank-labelled-');
  const werkbank = openWerkbank({ databasePath: path.join(tmp.dir, 'werkbank.sqlite'), changedBy: 'test' });
  try {
    const cases = await Promise.all(files.map(async (f) => ({ ...f, data: await f.build() })));
    return await scoreLinks(werkbank.api, cases);
  } finally {
    werkbank.close();
    tmp.cleanup();
  }
}

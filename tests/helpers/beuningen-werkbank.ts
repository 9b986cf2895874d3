// A Werkbank on a fresh SQLite file with Beuningen's document stored next to
// the embedded set, working in Beuningen: what the set-editing tests start from.
import path from 'node:path';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { writeAgreementDocx } from '../fixtures/agreement-docx';
import { BEUNINGEN, BEUNINGEN_LAYOUT } from '../fixtures/beuningen-set';
import { tempDir } from './tmp';

export async function openWithBeuningen(prefix: string, now: string): Promise<{ werkbank: Werkbank; databasePath: string; cleanup: () => Promise<void> }> {
  const tmp = tempDir(prefix);
  const databasePath = path.join(tmp.dir, 'werkbank.sqlite');
  const werkbank = openWerkbank({ databasePath, changedBy: 'secretaris', now: () => new Date(now) });
  const docx = await writeAgreementDocx(BEUNINGEN, BEUNINGEN_LAYOUT);
  await werkbank.api.storeAgreementSet({ file: { name: 'Beuningen.docx', data: docx.toString('base64') } });
  await werkbank.api.switchAgreementSet({ code: BEUNINGEN.code });
  return {
    werkbank,
    databasePath,
    cleanup: async () => {
      await werkbank.close();
      tmp.cleanup();
    },
  };
}

import path from 'node:path';
import { it } from 'vitest';
import { openWerkbank } from '../../src/service/index';
import { LABELLED_FILES } from '../fixtures/labelled-activities';
import { LABELLED_FIFTH_FILES } from '../fixtures/labelled-activities-fifth';
import { LABELLED_SIXTH_FILES } from '../fixtures/labelled-activities-sixth';
import { LABELLED_FOURTH_FILES } from '../fixtures/labelled-activities-fourth';
import { LABELLED_HOLDOUT_FILES } from '../fixtures/labelled-activities-holdout';
import { LABELLED_THIRD_FILES } from '../fixtures/labelled-activities-third';
import { tempDir } from '../helpers/tmp';
it('prints', async () => {
  const tmp = tempDir('zz-');
  const w = openWerkbank({ databasePath: path.join(tmp.dir, 'w.sqlite'), changedBy: 't' });
  const ags = await w.api.listAgreements({});
  const ref = (id: number | null) => (id === null ? 'geen afspraak' : ags.find((a) => a.id === id)?.reference);
  const only = process.env.ZZ_SET;
  for (const [n, files] of [['tuning', LABELLED_FILES], ['holdout', LABELLED_HOLDOUT_FILES], ['third', LABELLED_THIRD_FILES], ['fourth', LABELLED_FOURTH_FILES], ['fifth', LABELLED_FIFTH_FILES], ['sixth', LABELLED_SIXTH_FILES]] as const) {
    if (only && only !== n) continue;
    for (const f of files) {
      const data = await f.build();
      const p = await w.api.previewImport({ file: { name: f.fileName, data: Buffer.from(data).toString('base64') }, partyId: f.partyId, planningYear: f.planningYear });
      for (const t of f.rows) {
        if (t.label.kind !== 'activity') continue;
        const r = p.activities.find((a) => a.sheet === t.sheet && a.rowNumber === t.row);
        if (!r) continue;
        const first = r.link.agreementId ?? (r.link.status === 'choice' ? r.link.alternatives[0]?.agreementId ?? null : null);
        if (ref(first) === (t.label.agreement ?? 'geen afspraak')) continue;
        console.log(`\n## ${n} ${f.fileName}:${t.row} EXP ${t.label.agreement ?? 'geen'} | ${r.link.status} | ${r.activity.slice(0, 160)}`);
        if (r.link.agreementId !== null) console.log(`   * ${r.link.reference} ${(r.link.score ?? 0).toFixed(2)} ${r.link.reasons.join(' · ')}`);
        for (const c of r.link.alternatives.slice(0, 4)) console.log(`   ${c.reference} ${(c.score ?? 0).toFixed(2)} ${c.reasons.join(' · ')}`);
      }
    }
  }
  w.close(); tmp.cleanup();
}, 300000);

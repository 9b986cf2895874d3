import { it } from 'vitest';
import { LABELLED_FILES } from '../fixtures/labelled-activities';
import { LABELLED_FIFTH_FILES } from '../fixtures/labelled-activities-fifth';
import { LABELLED_SIXTH_FILES } from '../fixtures/labelled-activities-sixth';
import { LABELLED_FOURTH_FILES } from '../fixtures/labelled-activities-fourth';
import { LABELLED_HOLDOUT_FILES } from '../fixtures/labelled-activities-holdout';
import { LABELLED_THIRD_FILES } from '../fixtures/labelled-activities-third';
import { scoreLabelledFiles } from '../helpers/labelled-score';
it('prints', async () => {
  for (const [n, f] of [['tuning', LABELLED_FILES], ['holdout', LABELLED_HOLDOUT_FILES], ['third', LABELLED_THIRD_FILES], ['fourth', LABELLED_FOURTH_FILES], ['fifth', LABELLED_FIFTH_FILES], ['sixth', LABELLED_SIXTH_FILES]] as const) {
    const s = await scoreLabelledFiles(f);
    console.log(`== ${n}: ${s.top1}/${s.activities} wrong=${s.wrongFacts.length} non=${s.nonActivities.length} lost=${s.lost.length} ${JSON.stringify(s.statuses)}`);
    for (const m of s.nonActivities) console.log(`  NONACT ${m.file}:${m.row} ${m.got} | ${m.text}`);
    for (const m of s.misses) console.log(`  ${m.file}:${m.row} exp ${m.expected} got ${m.got} | ${m.text.slice(0, 90)}`);
  }
}, 300000);

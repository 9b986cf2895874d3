// Generator of resources/druten-2025-2028-voorbeelden.json: the example activities the linker weighs
// (src/imports/link-examples.ts). They are the labelled truth sets of tests/fixtures/labelled-sets.ts,
// every row labelled as an activity, read from its workbook as the app reads it, with the afspraak its
// label gives (or none). A set written after the examples were last made is judged first on its own,
// then added here.
//
// Run: npx --yes tsx scripts/build-link-examples.ts
// The output is deterministic; tests/imports/link-examples.test.ts checks that it is up to date.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { linkExamplesFile, type LinkExample, type LinkExamplesData } from '../src/imports/link-examples';
import { DEFAULT_SET_CODE, openWerkbank } from '../src/service/index';
import { ServiceError } from '../src/domain/errors';
import type { ActivityView } from '../src/domain/activities';
import { LABELLED_SETS } from '../tests/fixtures/labelled-sets';

export async function buildLinkExamples(): Promise<LinkExamplesData> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkbank-voorbeelden-'));
  const werkbank = openWerkbank({ databasePath: path.join(dir, 'voorbeelden.sqlite'), changedBy: 'voorbeelden', linkExamples: 'none' });
  try {
    const examples: LinkExample[] = [];
    for (const set of LABELLED_SETS) {
      for (const file of set.files) {
        const data = Buffer.from(await file.build()).toString('base64');
        // A file the reader refuses gives no examples; the unseen test or the bench reports its activities lost.
        const preview = await werkbank.api
          .previewImport({ file: { name: file.fileName, data }, partyId: file.partyId, planningYear: file.planningYear })
          .catch((error: unknown) => {
            if (error instanceof ServiceError && error.code === 'file_refused') return { activities: [] as ActivityView[] };
            throw error;
          });
        for (const truth of file.rows) {
          if (truth.label.kind !== 'activity') continue;
          const read = preview.activities.find((a) => a.sheet === truth.sheet && a.rowNumber === truth.row);
          // A labelled activity the reader does not find is the unseen test's to report; no example is made of it.
          if (!read) continue;
          examples.push({ set: set.name, partyId: file.partyId, activity: read.activity, agreement: truth.label.agreement });
        }
      }
    }
    return { agreementSet: DEFAULT_SET_CODE, examples };
  } finally {
    await werkbank.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One example per line, so that a change to the labels reads as a change to a few lines. */
export function formatLinkExamples(data: LinkExamplesData): string {
  const lines = data.examples.map((e) => `    ${JSON.stringify(e)}`);
  return `{\n  "agreementSet": ${JSON.stringify(data.agreementSet)},\n  "examples": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

if (require.main === module) {
  void buildLinkExamples().then((data) => {
    const file = linkExamplesFile(data.agreementSet);
    fs.writeFileSync(file, formatLinkExamples(data));
    process.stdout.write(`${data.examples.length} voorbeelden geschreven naar ${path.relative(process.cwd(), file)}\n`);
  });
}

import fs from 'node:fs';
import { it } from 'vitest';
import { LABELLED_SIXTH_FILES } from '../fixtures/labelled-activities-sixth';
it('dump', async () => {
  fs.mkdirSync('/tmp/s/files', { recursive: true });
  for (const f of LABELLED_SIXTH_FILES) fs.writeFileSync(`/tmp/s/files/${f.fileName}`, await f.build());
});

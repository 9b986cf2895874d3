// The layer rules of eslint.config.mjs (docs/architecture.md) fail on a deliberate
// violation: an import from a higher layer, written into a file of a lower one.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

async function restrictedSyntax(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('the layer rules', () => {
  it('refuse an import of ours in the domain, and a Node module there', async () => {
    expect(await restrictedImports('src/domain/layer-probe.ts', "import type { WerkbankApi } from '../service/contract';\nexport type A = WerkbankApi;\n")).toHaveLength(1);
    expect(await restrictedImports('src/domain/layer-probe.ts', "import type { Db } from '../db/open';\nexport type A = Db;\n")).toHaveLength(1);
    expect(await restrictedImports('src/domain/layer-probe.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toHaveLength(1);
    expect(await restrictedImports('src/domain/layer-probe.ts', "import type { PartyRef } from './types';\nexport type A = PartyRef;\n")).toEqual([]);
  });

  it('let db import the domain only', async () => {
    expect(await restrictedImports('src/db/layer-probe.ts', "import type { ApiError } from '../service/contract';\nexport type A = ApiError;\n")).toHaveLength(1);
    expect(await restrictedImports('src/db/layer-probe.ts', "import type { JointOverview } from '../bundle/types';\nexport type A = JointOverview;\n")).toHaveLength(1);
    expect(await restrictedImports('src/db/layer-probe.ts', "import type { AgreementRow } from '../domain/agreements';\nimport type { Db } from './open';\nexport type A = [AgreementRow, Db];\n")).toEqual([]);
  });

  it('keep the workers below db and the service', async () => {
    expect(await restrictedImports('src/bundle/layer-probe.ts', "import type { StoredActivity } from '../db/submissions';\nexport type A = StoredActivity;\n")).toHaveLength(1);
    expect(await restrictedImports('src/imports/layer-probe.ts', "import { ServiceError } from '../service/contract';\nexport const a = ServiceError;\n")).toHaveLength(1);
  });

  it('keep Node modules and the database out of the renderer', async () => {
    expect(await restrictedImports('renderer/src/layer-probe.ts', "import fs from 'fs';\nexport const a = fs;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/layer-probe.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/layer-probe.ts', "import { openDatabase } from '../../src/db/open';\nexport const a = openDatabase;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/pages/layer-probe.ts', "import { gapLabel } from '../../../src/reports/labels';\nexport const a = gapLabel;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/pages/layer-probe.ts', "import { gapLabel } from '../../../src/domain/joint-overview-wording';\nexport const a = gapLabel;\n")).toEqual([]);
    expect(await restrictedImports('renderer/src/layer-probe.ts', "import type { WerkbankApi } from '../../src/service/contract';\nexport type A = WerkbankApi;\n")).toEqual([]);
  });

  it('let the renderer run pure domain code only: everything else of the core as types', async () => {
    // Run-time imports from a worker, the service or the shells' helpers fail, however deep the page.
    expect(await restrictedImports('renderer/src/pages/layer-probe.ts', "import { computeOverview } from '../../../src/bundle/compute';\nexport const a = computeOverview;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/pages/bundle/layer-probe.ts', "import { computeOverview } from '../../../../src/bundle/compute';\nexport const a = computeOverview;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/layer-probe.ts', "import { API_METHODS } from '../../src/service/contract';\nexport const a = API_METHODS;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/layer-probe.ts', "import { isHeavyMethod } from '../../src/service/dispatch';\nexport const a = isHeavyMethod;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/layer-probe.ts', "import { progressOf, type Progress } from '../../src/accountability/progress';\nexport const a: [typeof progressOf, Progress?] = [progressOf];\n")).toHaveLength(1);
    // Types from anywhere, the domain's functions, and the renderer's own modules pass.
    expect(await restrictedImports('renderer/src/layer-probe.ts', "import type { JointOverview } from '../../src/domain/joint-overview';\nimport { type OpenLink } from '../../src/bundle/links';\nexport type A = [JointOverview, OpenLink];\n")).toEqual([]);
    expect(await restrictedImports('renderer/src/pages/layer-probe.ts', "import { lightLabel } from '../../../src/domain/stoplight';\nimport { useWerkbank } from '../store';\nexport const a = [lightLabel, useWerkbank];\n")).toEqual([]);
  });

  it('keep SQL out of the service: no prepared statement, exec or pragma there', async () => {
    const probe = 'src/service/layer-probe.ts';
    const head = "import type { Db } from '../db/open';\nexport function f(db: Db): unknown {\n";
    expect(await restrictedSyntax(probe, `${head}  return db.prepare('SELECT 1').get();\n}\n`)).not.toEqual([]);
    expect(await restrictedSyntax(probe, `${head}  const handle = db;\n  return handle.prepare('SELECT 1').get();\n}\n`)).not.toEqual([]);
    expect(await restrictedSyntax(probe, `${head}  db.exec('DELETE FROM parties');\n  return null;\n}\n`)).not.toEqual([]);
    expect(await restrictedSyntax(probe, `${head}  return db.pragma('user_version');\n}\n`)).not.toEqual([]);
    expect(await restrictedSyntax(probe, `${head}  return db.transaction(() => /^(\\d{4})$/.exec('2026'))();\n}\n`)).toEqual([]);
    expect(await restrictedSyntax('src/db/layer-probe.ts', `${head.replace('../db/open', './open')}  return db.prepare('SELECT 1').get();\n}\n`)).toEqual([]);
  });
});

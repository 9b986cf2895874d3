// `prestatie afspraken-inlezen` and `afspraken-sjabloon`, spawned as a user runs
// them (after `npm run build`): the preview in Dutch with its warnings and exit
// 0; an unreadable file refused with a Dutch message and a non-zero exit.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AgreementSetPreview } from '../../src/service/contract';
import { writeAgreementDocx } from '../fixtures/agreement-docx';
import { BEUNINGEN, BEUNINGEN_LAYOUT } from '../fixtures/beuningen-set';
import { cliWorkspace } from '../helpers/cli';

const { tmp, prestatie } = cliWorkspace('werkbank-cli-sets-');
let docx: string;

beforeAll(async () => {
  docx = path.join(tmp.dir, 'Prestatieafspraken Beuningen 2029-2032.docx');
  fs.writeFileSync(docx, await writeAgreementDocx(BEUNINGEN, BEUNINGEN_LAYOUT));
});

describe('prestatie afspraken-inlezen', () => {
  it('prints the preview in Dutch, with the problems as warnings, and exits 0', () => {
    const run = prestatie(['afspraken-inlezen', docx, '--proef']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Prestatieafspraken Beuningen 2029–2032 (beuningen-2029-2032)');
    expect(run.out).toContain('    1.1 Nieuwbouw sociale huur: 2 ambities, 2 inzet, 3 afspraken');
    expect(run.out).toContain('    2.2 Leefbaarheid in de kernen: 1 ambitie, 1 inzet, 0 afspraken');
    expect(run.out).toContain('  Huurdersvereniging Woonwerk: huurdersorganisatie, hoort bij Woonwerk; ondertekend door K. de Wit, Voorzitter');
    expect(run.out).toContain('  1.1: ten minste 150 woningen eind 2032 (Woonwerk, Maasland Wonen)');
    expect(run.out).toContain('Waarschuwingen (4):');
    expect(run.out).toContain('  - Prestatieafspraken Beuningen 2029-2032.docx, 1.2 Huurprijzen, tabel "Wat gaan we doen", rij 2: onbekende partij "Stichting Thuis" als trekker');
    expect(run.out).toContain('Er is niets opgeslagen');
  });

  it('gives the preview as JSON for scripts', () => {
    const run = prestatie(['afspraken-inlezen', docx, '--proef', '--json']);
    expect(run.code).toBe(0);
    const preview = JSON.parse(run.out) as AgreementSetPreview;
    expect(preview.counts.agreements).toBe(6);
    expect(preview.problems.map((p) => [p.code, p.section, p.row])).toEqual([
      ['no-lead', '1.1', 3],
      ['unknown-party', '1.2', 2],
      ['schedule-unreadable', '1.2', 2],
      ['topic-without-agreements', '2.2', undefined],
    ]);
  });

  it('refuses an unreadable or missing file with a Dutch message and exit 1', () => {
    const broken = path.join(tmp.dir, 'kapot.docx');
    fs.writeFileSync(broken, 'dit is geen Word-document');
    const run = prestatie(['afspraken-inlezen', broken]);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err.trim()).toBe('kapot.docx is geen Word-document (.docx) dat de Werkbank kan lezen: het bestand is geen .docx.');
    const missing = prestatie(['afspraken-inlezen', path.join(tmp.dir, 'weg.docx')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('weg.docx bestaat niet.');
    expect(prestatie(['afspraken-inlezen']).code).toBe(2);
  });
});

describe('prestatie afspraken-sjabloon', () => {
  it('writes the template, which read back empty says it has no topics', () => {
    const file = path.join(tmp.dir, 'sjabloon.xlsx');
    const run = prestatie(['afspraken-sjabloon', '--uit', file]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Sjabloon geschreven: ${file}`);
    const read = prestatie(['afspraken-inlezen', file]);
    expect(read.code).toBe(1);
    expect(read.err.trim()).toBe('sjabloon.xlsx is niet gelezen: op het blad "Thema\'s en onderwerpen" staat geen enkel onderwerp.');
    expect(prestatie(['afspraken-sjabloon', '--uit', path.join(tmp.dir, 'sjabloon.docx')]).code).toBe(2);
  });
});

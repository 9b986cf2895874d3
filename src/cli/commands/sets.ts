// prestatie sets, afspraken-inlezen, afspraken-sjabloon: the agreement sets.
import fs from 'node:fs';
import path from 'node:path';
import { formatAgreementSetPreview, formatAgreementSets } from '../format-agreement-set';
import { type Io, UsageError, parse, withApi } from '../args';
import { HELP } from '../help';
import { readFileForImport } from '../common';

export async function afsprakenInlezen(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parse(args, { proef: { type: 'boolean' } }, true);
  if (values.help) return io.out(HELP);
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError('Geef één bestand op: prestatie afspraken-inlezen BESTAND.docx (of .xlsx).');
  const request = { file: { name: path.basename(file), data: readFileForImport(file) } };
  await withApi(values, async (api) => {
    const preview = await api.previewAgreementSet(request);
    if (values.proef) return io.out(values.json ? JSON.stringify(preview, null, 2) : formatAgreementSetPreview(preview));
    let stored;
    try {
      stored = await api.storeAgreementSet(request);
    } catch (err) {
      // The refusal names what to do; the preview above it shows the whole file as read.
      if (!values.json) io.out(formatAgreementSetPreview(preview));
      throw err;
    }
    io.out(values.json ? JSON.stringify({ preview, stored }, null, 2) : `${formatAgreementSetPreview(preview, stored)}`);
  });
}

export async function sets(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, {});
  if (values.help) return io.out(HELP);
  await withApi(values, async (api) => {
    const list = await api.listAgreementSets();
    io.out(values.json ? JSON.stringify(list, null, 2) : formatAgreementSets(list));
  });
}

export async function afsprakenSjabloon(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, { uit: { type: 'string' } });
  if (values.help) return io.out(HELP);
  if (!values.uit) throw new UsageError('Geef met --uit BESTAND.xlsx op waar het sjabloon moet komen.');
  if (!/\.xlsx$/i.test(values.uit)) throw new UsageError(`Het sjabloon is een Excel-werkmap: geef een naam die eindigt op .xlsx, niet "${values.uit}".`);
  const target = path.resolve(values.uit);
  await withApi(values, async (api) => {
    const file = await api.makeAgreementSetTemplate();
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, Buffer.from(file.data, 'base64'));
    io.out(values.json ? JSON.stringify({ written: target }, null, 2) : `Sjabloon geschreven: ${target}\nVul het in en lees het in met: prestatie afspraken-inlezen ${path.basename(target)}`);
  });
}

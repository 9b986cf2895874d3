// prestatie verantwoording, indicator: the results and the indicators.
import fs from 'node:fs';
import path from 'node:path';
import { formatIndicatorInputs, formatIndicatorLog, formatReportSummary } from '../format';
import { type Io, UsageError, CommandFailed, parse, withApi } from '../args';
import { HELP } from '../help';
import { partyIdOf, partyNamer } from '../common';

export async function verantwoording(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, { jaar: { type: 'string' }, uit: { type: 'string' }, advies: { type: 'string' }, 'advies-bestand': { type: 'string' } });
  if (values.help) return io.out(HELP);
  if (values.advies !== undefined && values['advies-bestand'] !== undefined) throw new UsageError('Geef het advies met --advies of met --advies-bestand, niet allebei.');
  let advice = values.advies;
  if (values['advies-bestand'] !== undefined) {
    const file = path.resolve(values['advies-bestand']);
    if (!fs.existsSync(file)) throw new CommandFailed(`--advies-bestand: ${file} bestaat niet.`);
    // A BOM and Windows line ends are how a text editor may save it; neither belongs in the advice.
    advice = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  }
  const m = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(values.jaar ?? '');
  if (!m) throw new UsageError('Geef het uitvoeringsjaar op met --jaar N, of een periode met --jaar N-M (tussenevaluatie).');
  const query = { fromYear: Number(m[1]), ...(m[2] ? { toYear: Number(m[2]) } : {}) };
  const format = values.uit === undefined ? undefined : path.extname(values.uit).toLowerCase().slice(1);
  if (format !== undefined && format !== 'docx' && format !== 'xlsx') {
    throw new UsageError(`--uit moet eindigen op .docx (Word) of .xlsx (Excel), niet "${values.uit}".`);
  }
  await withApi(values, async (api) => {
    const lines: string[] = [];
    if (advice !== undefined) {
      const before = await api.getAccountabilityReport(query);
      const after = await api.setReportAdvice({ ...query, advice });
      const version = after.adviceVersions?.[after.adviceVersions.length - 1]?.version;
      lines.push(
        (after.adviceVersions?.length ?? 0) === (before.adviceVersions?.length ?? 0)
          ? 'Het advies is ongewijzigd; er is geen nieuwe versie gemaakt.'
          : after.advice
            ? `Advies van de werkgroep vastgelegd als versie ${version}.`
            : `Advies van de werkgroep leeggemaakt (versie ${version}).`,
      );
    }
    if (values.uit !== undefined && (format === 'docx' || format === 'xlsx')) {
      const file = await api.exportAccountabilityReport({ ...query, format });
      const target = path.resolve(values.uit);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, Buffer.from(file.data, 'base64'));
      lines.push(`Geschreven: ${target}`);
    }
    const report = await api.getAccountabilityReport(query);
    if (values.json) return io.out(JSON.stringify(report, null, 2));
    lines.push(formatReportSummary(report));
    io.out(lines.join('\n'));
  });
}

/** "2024=412", "2024=7,5", "2023=geen": a year and a value (null removes). */
function yearValue(text: string, option: string): { year: number; value: number | null } {
  const m = /^\s*(\d{4})\s*=\s*(.+?)\s*$/.exec(text);
  if (!m) throw new UsageError(`${option} verwacht "JAAR=WAARDE", bijvoorbeeld "2024=412" of "2024=geen", niet "${text}".`);
  const raw = m[2] as string;
  if (/^geen$/i.test(raw)) return { year: Number(m[1]), value: null };
  const normal = raw.includes(',') ? raw.replace(/\./g, '').replace(',', '.') : /^\d{1,3}(\.\d{3})+$/.test(raw) ? raw.replace(/\./g, '') : raw;
  if (!/^\d+(\.\d+)?$/.test(normal)) throw new UsageError(`${option}: "${raw}" is geen getal; schrijf bijvoorbeeld 412 of 7,5.`);
  return { year: Number(m[1]), value: Number(normal) };
}

export async function indicator(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, {
    code: { type: 'string' },
    vertrekpunt: { type: 'string' },
    cijfer: { type: 'string', multiple: true },
    partij: { type: 'string' },
    bron: { type: 'string' },
    logboek: { type: 'boolean' },
  });
  if (values.help) return io.out(HELP);
  const figures = values.cijfer ?? [];
  const changing = values.vertrekpunt !== undefined || figures.length > 0;
  if (changing && values.code === undefined) throw new UsageError('Zeg met --code welke indicator; prestatie indicator toont de codes.');
  if (changing && !values.bron?.trim()) throw new UsageError('Zeg met --bron waar het cijfer vandaan komt; die komt in het logboek.');
  if (values.partij !== undefined && figures.length === 0) throw new UsageError('--partij werkt alleen samen met --cijfer.');
  if (changing && values.logboek) throw new UsageError('--logboek toont de wijzigingen; geef het los van --vertrekpunt en --cijfer.');
  const baseline = values.vertrekpunt === undefined ? undefined : yearValue(values.vertrekpunt, '--vertrekpunt');
  const entries = figures.map((f) => yearValue(f, '--cijfer'));
  await withApi(values, async (api) => {
    const name = await partyNamer(api);
    if (values.logboek) {
      const log = await api.listIndicatorLog(values.code !== undefined ? { code: values.code } : {});
      return io.out(values.json ? JSON.stringify(log, null, 2) : formatIndicatorLog(log));
    }
    const code = values.code;
    const note = values.bron?.trim() ?? '';
    const partyId = values.partij !== undefined ? await partyIdOf(api, values.partij) : null;
    const lines: string[] = [];
    if (code !== undefined && baseline) {
      await api.setIndicatorBaseline({ code, year: baseline.year, value: baseline.value, note });
      lines.push(baseline.value === null ? 'Vertrekpunt verwijderd.' : `Vertrekpunt opgeslagen: de stand op 31 december ${baseline.year}.`);
    }
    for (const e of entries) {
      if (code === undefined) break;
      await api.setIndicatorFigure({ code, year: e.year, partyId, value: e.value, note });
      lines.push(`${e.value === null ? 'Verwijderd' : 'Opgeslagen'}: het cijfer over ${e.year} van ${partyId === null ? 'alle partijen samen' : name(partyId)}.`);
    }
    const inputs = (await api.listIndicatorInputs()).filter((i) => code === undefined || i.code === code);
    if (code !== undefined && inputs.length === 0) throw new UsageError(`Onbekende indicator "${code}"; prestatie indicator toont de codes.`);
    if (values.json) return io.out(JSON.stringify(code !== undefined ? inputs[0] : inputs, null, 2));
    io.out([...lines, ...(lines.length > 0 ? [''] : []), formatIndicatorInputs(inputs, name)].join('\n'));
  });
}

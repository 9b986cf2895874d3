// The bestuurlijke samenvatting of the realistic joint overview (concept and
// definitive) and of the realistic verantwoording and tussenevaluatie: what it
// asks the Bestuurlijk Overleg, its three points and the response, from the
// data and nothing else; and that it opens the Word documents and, as their
// first sheet, the Excel workbooks.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountabilityReport } from '../../src/domain/accountability';
import { computeJointOverview } from '../../src/bundle/compute';
import type { JointOverview } from '../../src/domain/joint-overview';
import { writeAccountabilityDocx, writeAccountabilityXlsx } from '../../src/reports/accountability';
import { accountabilitySummary, jointOverviewSummary, type ExecutiveSummary } from '../../src/reports/executive-summary';
import { writeJointOverviewDocx, writeJointOverviewXlsx } from '../../src/reports/joint-overview';
import { XLSX_SHEETS } from '../../src/reports/joint-overview-xlsx';
import { buildReportModel } from '../../src/reports/report-model';
import { realisticAccountabilityReport } from '../fixtures/accountability';
import { loadRealAgreementData, realisticBundleInput } from '../fixtures/bundle-activities';
import { docxPart, norm, xmlToText } from '../helpers/office';
import { allText, loadWorkbook } from '../helpers/workbook';

/** The first sheet of a workbook: its name, and all its text. */
async function firstSheet(xlsx: Buffer): Promise<{ name: string; text: string }> {
  const sheet = (await loadWorkbook(xlsx)).worksheets[0];
  return { name: sheet?.name ?? '', text: sheet ? norm(allText(sheet)) : '' };
}

let concept: JointOverview;
let definitive: JointOverview;
let verantwoording: AccountabilityReport;
let tussenevaluatie: AccountabilityReport;

const summaryOf = (o: JointOverview, partyId?: string): ExecutiveSummary => {
  const { model, index } = buildReportModel(o, partyId ? { partyId } : {});
  return jointOverviewSummary(model, index);
};
const all = (s: ExecutiveSummary) => [s.intro, ...s.decide, ...s.points, ...s.response].join('\n');

beforeAll(async () => {
  const data = await loadRealAgreementData();
  concept = computeJointOverview(realisticBundleInput(data, { version: { number: 2, status: 'draft', savedAt: '2026-10-31T23:30:00.000Z', savedBy: 'secretaris' } }));
  definitive = computeJointOverview(
    realisticBundleInput(data, {
      notSubmitted: ['bewonersraad'],
      version: { number: 3, status: 'final', savedAt: '2026-11-20T09:00:00.000Z', savedBy: 'secretaris' },
      confirmLinks: true,
    }),
  );
  verantwoording = await realisticAccountabilityReport('verantwoording');
  tussenevaluatie = await realisticAccountabilityReport('tussenevaluatie');
}, 60_000);

describe('the joint overview’s samenvatting', () => {
  it('says a definitive overview is to note, names the three most important open points and who submitted', () => {
    const s = summaryOf(definitive);
    expect(s.intro).toBe('Het gezamenlijk activiteitenoverzicht 2027, definitief vastgesteld door de Werkgroep Prestatieafspraken op 20 november 2026 (versie 3).');
    expect(s.decide[0]).toContain('Kennisnemen van het overzicht');
    const insufficient = definitive.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements)).filter((a) => a.insufficient !== null);
    expect(insufficient.length).toBeGreaterThan(0);
    expect(s.decide.some((d) => d.startsWith('Besluiten over het vervolg van') && insufficient.every((a) => d.includes(a.reference)))).toBe(true);
    expect(s.points).toHaveLength(3);
    // The party that sent nothing comes first: the overview holds nothing of it.
    expect(s.points[0]).toBe('Geen activiteitenoverzicht voor 2027 ontvangen van Bewonersraad De Kernen: wat die partij gaat doen, staat er niet in.');
    expect(s.points[1]).toMatch(/^Onvoldoende opgepakt: afspraak \S+ bij \d+ .*afgesproken vervolg: /);
    expect(s.response[0]).toBe('4 van de 5 partijen hebben een activiteitenoverzicht voor 2027 ingediend; niet ingediend: Bewonersraad De Kernen.');
    // Per activity whether the werkgroep aligned it, as counted in the overview.
    const activities = [...definitive.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements.flatMap((a) => a.activities))), ...definitive.unlinked];
    const aligned = activities.filter((a) => a.alignment.status === 'aligned').length;
    const promised = activities.filter((a) => a.alignment.status === 'promised').length;
    expect(s.response[1]).toContain(`van de ${activities.length} activiteiten zijn er ${aligned} afgestemd en ${promised} met een toezegging`);
    expect(s.response[1]).toContain('niet besproken');
    // Nothing open is said to be open in a definitive version: its links are settled.
    expect(all(s)).not.toContain('koppeling');
  });

  it('says of a concept that it is not yet fixed, and that open links keep it so', () => {
    const s = summaryOf(concept);
    expect(s.intro).toBe('Concept 2 van het gezamenlijk activiteitenoverzicht 2027, van 1 november 2026: ter bespreking, nog niet vastgesteld.');
    const open = [...concept.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements.flatMap((a) => a.activities))), ...concept.unlinked].filter((a) =>
      ['proposed', 'choice', 'none'].includes(a.linkStatus),
    );
    // Where each is: a proposal under its afspraak, marked; the others in the appendix.
    const count = (status: string) => open.filter((a) => a.linkStatus === status).length;
    const where = [
      `bij ${count('proposed')} stelt de Werkbank een afspraak voor (gemarkeerd als „voorgestelde koppeling”)`,
      ...(count('choice') > 0 ? [`bij ${count('choice')} is nog te kiezen tussen afspraken (in de bijlage)`] : []),
      `bij ${count('none')} is geen afspraak gevonden (in de bijlage)`,
    ];
    expect(count('proposed')).toBeGreaterThan(0);
    expect(count('none')).toBeGreaterThan(0);
    expect(s.decide).toContain(
      `Nog niet besloten is bij welke afspraak ${open.length} activiteiten horen: ${where.join(', ')}. Tot dat besloten is, kan het overzicht niet definitief worden.`,
    );
    expect(s.response[0]).toBe('Alle 5 partijen hebben een activiteitenoverzicht voor 2027 ingediend.');
    expect(s.response[1]).toContain('nog niet besproken');
    expect(s.points.length).toBeLessThanOrEqual(3);
  });

  it('opens the Word document, before the contents', async () => {
    const xml = await docxPart(await writeJointOverviewDocx(definitive), 'word/document.xml');
    const text = norm(xmlToText(xml));
    expect(text.indexOf('Bestuurlijke samenvatting')).toBeGreaterThan(-1);
    expect(text.indexOf('Bestuurlijke samenvatting')).toBeLessThan(text.indexOf('Inhoud'));
    expect(text.indexOf('Bestuurlijke samenvatting')).toBeLessThan(text.indexOf('Inleiding'));
    for (const line of summaryOf(definitive).points) expect(text).toContain(norm(line));
  });

  it('is the first sheet of the Excel workbook, with the same sentences', async () => {
    const { name, text } = await firstSheet(await writeJointOverviewXlsx(definitive));
    expect(name).toBe('Bestuurlijke samenvatting');
    const s = summaryOf(definitive);
    for (const line of [s.intro, ...s.decide, ...s.points, ...s.response]) expect(text).toContain(norm(line));
    expect(text).toContain('De drie belangrijkste punten');
  });
});

describe('a follow-up whose date has passed on the document’s date', () => {
  const PASSED = '(let op: 1 oktober 2026 is al voorbij; of dit is gebeurd, is niet vastgelegd)';

  it('is said to have passed in the samenvatting, the afspraak, the aandachtspunten and the Excel column, in a concept of 1 November', async () => {
    // The werkgroep agreed: "De gemeente plant vóór 1 oktober 2026 de eerste bijeenkomst …"; the concept is of 1 November 2026.
    expect(summaryOf(concept).points.join('\n')).toContain(`vóór 1 oktober 2026 de eerste bijeenkomst met zorgpartijen en corporaties; voortgang in het BO van november ${PASSED}`);
    const word = norm(xmlToText(await docxPart(await writeJointOverviewDocx(concept), 'word/document.xml')));
    expect(word).toContain(`Onvoldoende opgepakt. Afgesproken vervolg: De gemeente plant vóór 1 oktober 2026 de eerste bijeenkomst met zorgpartijen en corporaties; voortgang in het BO van november ${PASSED}`);
    expect(word).toContain('voortgang in het BO van november. Let op: 1 oktober 2026 is al voorbij; of dit is gebeurd, is niet vastgelegd.');
    const workbook = await loadWorkbook(await writeJointOverviewXlsx(concept));
    const perAgreement = workbook.getWorksheet(XLSX_SHEETS.agreements);
    const aandachtspunten = workbook.getWorksheet(XLSX_SHEETS.attention);
    expect(aandachtspunten && norm(allText(aandachtspunten))).toContain('Let op: 1 oktober 2026 is al voorbij; of dit is gebeurd, is niet vastgelegd.');
    expect(perAgreement && norm(allText(perAgreement))).toContain(`De gemeente plant vóór 1 oktober 2026 de eerste bijeenkomst met zorgpartijen en corporaties; voortgang in het BO van november ${PASSED}`);
  });

  it('is printed as agreed in a concept made before that date', async () => {
    const data = await loadRealAgreementData();
    const september = computeJointOverview(realisticBundleInput(data, { version: { number: 1, status: 'draft', savedAt: '2026-09-15T10:00:00.000Z', savedBy: 'secretaris' } }));
    expect(summaryOf(september).points.join('\n')).toContain('voortgang in het BO van november.');
    const word = norm(xmlToText(await docxPart(await writeJointOverviewDocx(september), 'word/document.xml')));
    expect(word).toContain('vóór 1 oktober 2026');
    expect(word).not.toContain('al voorbij');
  });
});

describe('the verantwoording’s samenvatting', () => {
  it('asks to note the results, says there is no advice yet, and names a steering request, an indicator behind and a deviation', () => {
    const s = accountabilitySummary(verantwoording);
    expect(s.intro).toBe('De verantwoording over 2026, opgesteld door de Werkgroep Prestatieafspraken op 10 maart 2027 uit de resultaten die de partijen aanleverden.');
    expect(s.decide[0]).toMatch(/^Kennisnemen van de verantwoording over 2026: \d+ activiteiten: /);
    expect(s.decide).toContain('De werkgroep heeft nog geen advies aan het Bestuurlijk Overleg gegeven.');
    expect(s.points).toHaveLength(3);
    const steering = verantwoording.steering;
    expect(steering.length).toBeGreaterThan(0);
    expect(s.points[0]).toMatch(/vraagt om bijsturing\.$/);
    expect(s.points[1]).toMatch(/^Succesindicator ‘.*’ loopt achter: /);
    expect(s.points[2]).toMatch(/ is (vertraagd|niet gestart|vervallen)/);
    // Who has not answered is said as such: no answer received, nothing guessed about the work.
    expect(s.response[0]).toBe('Over 2026: van 4 van de 5 partijen zijn resultaten ontvangen; nog niet van Bewonersraad De Kernen.');
    const open = verantwoording.overall.summary.counts.unanswered;
    expect(s.response).toContain(`Op ${open} van de ${Object.values(verantwoording.overall.summary.counts).reduce((a, b) => a + b, 0)} geplande activiteiten is (nog) geen antwoord ontvangen.`);
    expect(all(s)).not.toMatch(/niet uitgevoerd|mislukt/);
  });

  it('counts a shortfall of the same homes once: the 180 behind stands for the 270 behind too', () => {
    // Both social-rent targets behind, as happens when the building stalls.
    const stalled: AccountabilityReport = {
      ...verantwoording,
      steering: [],
      deviations: [],
      indicators: verantwoording.indicators.map((p) =>
        ['sociale-huur-180', 'sociale-huur-270'].includes(p.indicator.code)
          ? { ...p, status: 'behind' as const, message: `${p.indicator.target === 180 ? 'Achter op 180' : 'Achter op 270'}.` }
          : p.status === 'behind'
            ? { ...p, status: 'on-track' as const }
            : p,
      ),
    };
    const s = accountabilitySummary(stalled);
    const lines = s.points.filter((l) => l.startsWith('Succesindicator'));
    expect(lines).toEqual([
      'Succesindicator ‘Toevoeging sociale huurwoningen tot en met 2028’ loopt achter: Achter op 180. Dezelfde woningen tellen in ‘Toevoeging sociale huurwoningen 2022–2030’, die daardoor ook achterloopt.',
    ]);
    expect(s.decide.find((d) => d.startsWith('Kennisnemen van 2 succesindicatoren'))).toMatch(/; 2 daarvan tellen \(deels\) dezelfde woningen, dus niet bij elkaar optellen\.$/);
  });

  it('puts the werkgroep’s advice before the Bestuurlijk Overleg in the tussenevaluatie, and says what is not known about 2025', () => {
    const s = accountabilitySummary(tussenevaluatie);
    expect(s.intro.startsWith('De tussenevaluatie over 2025 en 2026')).toBe(true);
    expect(s.decide.some((d) => d.startsWith('Besluiten over het advies van de werkgroep') && d.includes('De werkgroep adviseert'))).toBe(true);
    expect(s.response).toContain('Voor 2025 is geen definitief gezamenlijk activiteitenoverzicht vastgesteld: welke activiteiten gepland waren, is niet bekend.');
  });

  it('opens the Word document, before the contents', async () => {
    const text = norm(xmlToText(await docxPart(await writeAccountabilityDocx(verantwoording), 'word/document.xml')));
    expect(text.indexOf('Bestuurlijke samenvatting')).toBeGreaterThan(-1);
    expect(text.indexOf('Bestuurlijke samenvatting')).toBeLessThan(text.indexOf('Inhoud'));
    for (const line of accountabilitySummary(verantwoording).points) expect(text).toContain(norm(line));
  }, 60_000);

  it('is the first sheet of the Excel workbook, with the same sentences', async () => {
    const { name, text } = await firstSheet(await writeAccountabilityXlsx(verantwoording));
    expect(name).toBe('Bestuurlijke samenvatting');
    const s = accountabilitySummary(verantwoording);
    for (const line of [s.intro, ...s.decide, ...s.points, ...s.response]) expect(text).toContain(norm(line));
  }, 60_000);
});

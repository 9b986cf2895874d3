// Wederkerigheid through the service, on the five parties' own 2027
// spreadsheets imported as the secretary would: whom a request is for (also
// from a heading such as "Nodig van gemeente/huurders"), what answers it, the
// werkgroep marking an activity as the answer, and one count of open
// questions on the tile, the tab, the aandachtspunten and in the Word and
// Excel documents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQuestions } from '../../src/domain/open-questions';
import type { BundleActivity, JointOverview, NeedCheck } from '../../src/domain/joint-overview';
import { formatBundleSummary } from '../../src/cli/format';
import { XLSX_SHEETS } from '../../src/reports/joint-overview-xlsx';
import type { WerkbankApi } from '../../src/service/contract';
import type { Werkbank } from '../../src/service/index';
import { labelledWerkbank } from '../fixtures/labelled-activities';
import { docxPart, norm, xmlToText } from '../helpers/office';
import { cellText, loadWorkbook, sheetRows } from '../helpers/sheet-rows';

const YEAR = 2027;
let werkbank: Werkbank;
let api: WerkbankApi;

const asked = (o: JointOverview, from: string, textStart: string): NeedCheck[] =>
  o.needs.filter((n) => n.fromPartyId === from && n.text.startsWith(textStart));

beforeAll(async () => {
  // One file per party for 2027, each in the party's own layout.
  werkbank = await labelledWerkbank(YEAR);
  api = werkbank.api;
}, 120_000);
afterAll(() => werkbank.close());

describe('whom a request is for', () => {
  it('reads Woonwaarts’ “Nodig van gemeente/huurders”: the party a need names, else the heading’s, the tenants being HBD', async () => {
    const o = await api.getJointOverview({ planningYear: YEAR });
    // "Gemeente: …" names the gemeente; "HBD: …" and "De Kernen: …" name theirs, though the heading says gemeente/huurders.
    expect(asked(o, 'woonwaarts', 'Gemeente: omgevingsvergunning vóór april').map((n) => [n.toPartyId, n.askedVia])).toEqual([['gemeente', 'text']]);
    expect(asked(o, 'woonwaarts', 'HBD: advies over de bewonersbegeleiding').map((n) => n.toPartyId)).toEqual(['hbd']);
    expect(asked(o, 'woonwaarts', 'De Kernen: eigen cijfers').map((n) => n.toPartyId)).toEqual(['de-kernen']);
    // "Huurders: …" is Woonwaarts' own tenant organisation, never the Bewonersraad De Kernen.
    expect(asked(o, 'woonwaarts', 'Huurders: 70% instemming').map((n) => [n.toPartyId, n.askedVia, n.askedAs])).toEqual([['hbd', 'text', 'huurders']]);
    // The party a need names and the heading's word for it are one party, written once under "Van wie".
    const all = [...o.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements.flatMap((a) => a.activities))), ...o.unlinked];
    const deest = all.find((a) => a.partyId === 'woonwaarts' && a.needs?.startsWith('Gemeente: besluit over de investering'));
    expect(deest?.needsFrom.map((r) => r.written)).toEqual(['Gemeente']);
    // Nothing Woonwaarts needs is read as "zegt niet van wie".
    expect(o.unaddressedNeeds?.filter((n) => n.fromPartyId === 'woonwaarts')).toEqual([]);
    expect(o.attention.filter((p) => p.kind === 'need-unanswered' && p.message.startsWith('1.') && p.message.includes('Woonwaarts vraagt iets'))).toEqual([]);
  });
});

describe('the werkgroep marks an activity as the answer', () => {
  it('answers the request with the marked activity, says so, and keeps the mark in the afstemming', async () => {
    let o = await api.getJointOverview({ planningYear: YEAR });
    const open = o.needs.find((n) => !n.answered && n.fromPartyId === 'woonwaarts' && n.toPartyId === 'gemeente');
    if (!open) throw new Error('geen open vraag van Woonwaarts aan de gemeente');
    const all = [...o.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements.flatMap((a) => a.activities))), ...o.unlinked];
    const gemeente = all.find((a) => a.partyId === 'gemeente');
    const asking = all.find((a) => a.identity === open.activityIdentity);
    if (!gemeente || !asking) throw new Error('fixture');
    const before = openQuestions(o).open;

    await api.updateAlignment({
      planningYear: YEAR,
      identity: open.activityIdentity,
      promises: [...asking.alignment.promises, { partyId: 'gemeente', text: gemeente.activity, activityIdentity: gemeente.identity }],
    });
    o = await api.getJointOverview({ planningYear: YEAR });
    const now = o.needs.find((n) => n.activityIdentity === open.activityIdentity && n.toPartyId === 'gemeente');
    expect(now).toMatchObject({
      answered: true,
      answeredBy: [{ kind: 'activity', activityIdentity: gemeente.identity, partyId: 'gemeente', activity: gemeente.activity, basis: 'working-group' }],
    });
    expect(openQuestions(o).open).toBe(before - 1);
    const stored = [...o.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements.flatMap((a) => a.activities))), ...o.unlinked].find(
      (a) => a.identity === open.activityIdentity,
    );
    expect(stored?.alignment.promises).toContainEqual({ partyId: 'gemeente', text: gemeente.activity, activityIdentity: gemeente.identity });
    const docx = await api.exportJointOverview({ planningYear: YEAR, format: 'docx' });
    const text = norm(xmlToText(await docxPart(Buffer.from(docx.data, 'base64'), 'word/document.xml')));
    expect(text).toContain(`Gemeente: ‘${norm(gemeente.activity).replace(/[.;:]+$/, '')}’ (door de werkgroep als antwoord aangemerkt)`);
  });

  it('refuses to mark another party’s activity, or one that is not in the current submissions', async () => {
    const o = await api.getJointOverview({ planningYear: YEAR });
    const need = o.needs.find((n) => n.toPartyId === 'gemeente');
    const hbd = [...o.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements.flatMap((a) => a.activities))), ...o.unlinked].find((a) => a.partyId === 'hbd');
    if (!need || !hbd) throw new Error('fixture');
    await expect(
      api.updateAlignment({ planningYear: YEAR, identity: need.activityIdentity, promises: [{ partyId: 'gemeente', text: hbd.activity, activityIdentity: hbd.identity }] }),
    ).rejects.toThrow(/alleen een activiteit van de gevraagde partij zelf/);
    await expect(
      api.updateAlignment({ planningYear: YEAR, identity: need.activityIdentity, promises: [{ partyId: 'gemeente', text: 'x', activityIdentity: 'gemeente:text:bestaat niet' }] }),
    ).rejects.toThrow(/alleen een activiteit van de gevraagde partij zelf/);
  });
});

describe('the werkgroep overrules the text match', () => {
  const all = (o: JointOverview) => [...o.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements.flatMap((a) => a.activities))), ...o.unlinked];

  it('sets a request the text seemed to answer to open, with the reason, everywhere the count appears and in the logboek; and takes it back', async () => {
    let o = await api.getJointOverview({ planningYear: YEAR });
    const byText = o.needs.find((n) => n.answered && n.answeredBy.length > 0 && n.answeredBy.every((a) => a.basis === 'text'));
    if (!byText) throw new Error('geen vraag die alleen door de tekst beantwoord is');
    const before = openQuestions(o).open;
    const reason = 'De energiecoaches gaan niet over het convenant; besproken op 3 september';

    await expect(api.decideNeed({ planningYear: YEAR, identity: byText.activityIdentity, toPartyId: byText.toPartyId, decision: 'open' })).rejects.toThrow(/Zeg waarom/);
    const recorded = await api.decideNeed({ planningYear: YEAR, identity: byText.activityIdentity, toPartyId: byText.toPartyId, decision: 'open', reason });
    expect(recorded.decision).toMatchObject({ decision: 'open', reason });

    o = await api.getJointOverview({ planningYear: YEAR });
    const now = o.needs.find((n) => n.activityIdentity === byText.activityIdentity && n.toPartyId === byText.toPartyId);
    expect(now).toMatchObject({ answered: false, answeredBy: [], overruled: byText.answeredBy, decision: { decision: 'open', reason } });
    // One more open question on the tile and tab, among the aandachtspunten (with the reason) and in the matrix.
    expect(openQuestions(o).open).toBe(before + 1);
    expect(o.attention.filter((p) => p.kind === 'need-unanswered')).toHaveLength(before + 1);
    expect(o.attention.find((p) => p.kind === 'need-unanswered' && p.activityIdentity === byText.activityIdentity && p.partyId === byText.toPartyId)?.message).toContain(
      `De werkgroep besliste dat de vraag open is: ${reason}.`,
    );
    const cell = o.reciprocity.find((c) => c.fromPartyId === byText.fromPartyId && c.toPartyId === byText.toPartyId);
    expect(cell && cell.requests - cell.answered).toBeGreaterThan(0);

    // The Word document says what the werkgroep ruled out, and why.
    const docx = await api.exportJointOverview({ planningYear: YEAR, format: 'docx' });
    const text = norm(xmlToText(await docxPart(Buffer.from(docx.data, 'base64'), 'word/document.xml')));
    expect(text).toContain(`beantwoordt de vraag niet. Reden: ${reason}.`);
    expect(text).toContain(`Open vragen (${before + 1})`);

    // The logboek: who, what, why.
    const [entry] = await api.listActivityLog({ planningYear: YEAR });
    expect(entry).toMatchObject({ action: 'need-open', identity: byText.activityIdentity, partyId: byText.fromPartyId, reason });
    expect(entry?.detail).toMatch(/^Vraag van .+ aan .+: ‘.+’ \(bij ‘.+’\) — open \(was: volgens de tekst beantwoord door .+\(tekst lijkt \d+%\)\)$/);

    // Taken back: the text match counts again, and that is logged too.
    await api.decideNeed({ planningYear: YEAR, identity: byText.activityIdentity, toPartyId: byText.toPartyId, decision: 'auto' });
    o = await api.getJointOverview({ planningYear: YEAR });
    expect(o.needs.find((n) => n.activityIdentity === byText.activityIdentity && n.toPartyId === byText.toPartyId)).toEqual(byText);
    expect(openQuestions(o).open).toBe(before);
    expect((await api.listActivityLog({ planningYear: YEAR }))[0]).toMatchObject({ action: 'need-cleared', identity: byText.activityIdentity });
  });

  it('marks an open request answered by a chosen activity of the asked party, with the reason in the documents; refuses another party’s activity', async () => {
    let o = await api.getJointOverview({ planningYear: YEAR });
    const open = o.needs.find((n) => !n.answered && n.decision === undefined && all(o).some((a) => a.partyId === n.toPartyId));
    if (!open) throw new Error('geen open vraag');
    const answer = all(o).find((a) => a.partyId === open.toPartyId) as BundleActivity;
    const other = all(o).find((a) => a.partyId !== open.toPartyId && a.identity !== open.activityIdentity) as BundleActivity;
    const before = openQuestions(o).open;
    const reason = 'Toegelicht in de werkgroep: dit project levert wat gevraagd wordt';

    await expect(
      api.decideNeed({ planningYear: YEAR, identity: open.activityIdentity, toPartyId: open.toPartyId, decision: 'answered', answerIdentity: other.identity, reason }),
    ).rejects.toThrow(/alleen een activiteit van .+ zelf/);
    await api.decideNeed({ planningYear: YEAR, identity: open.activityIdentity, toPartyId: open.toPartyId, decision: 'answered', answerIdentity: answer.identity, reason });

    o = await api.getJointOverview({ planningYear: YEAR });
    const now = o.needs.find((n) => n.activityIdentity === open.activityIdentity && n.toPartyId === open.toPartyId);
    expect(now).toMatchObject({ answered: true, decision: { decision: 'answered', reason } });
    expect(now?.answeredBy[0]).toMatchObject({ kind: 'activity', activityIdentity: answer.identity, basis: 'working-group', reason });
    expect(openQuestions(o).open).toBe(before - 1);
    expect((await api.listActivityLog({ planningYear: YEAR }))[0]).toMatchObject({ action: 'need-answered', reason });

    const xlsx = await api.exportJointOverview({ planningYear: YEAR, format: 'xlsx' });
    const workbook = await loadWorkbook(Buffer.from(xlsx.data, 'base64'));
    const rows = sheetRows(workbook, XLSX_SHEETS.reciprocity, 5 + o.parties.length + 2);
    expect(rows.some((r) => String(r['Beantwoord door']).includes(`(door de werkgroep als antwoord aangemerkt: ${reason})`))).toBe(true);
  });
});

describe('one count of open questions', () => {
  it('is the same on the tile and the tab, among the aandachtspunten, on the command line and in the Word and Excel documents', async () => {
    const o = await api.getJointOverview({ planningYear: YEAR });
    const q = openQuestions(o);
    expect(q.open).toBeGreaterThan(0);
    // The aandachtspunten: one per open question.
    expect(o.attention.filter((p) => p.kind === 'need-unanswered')).toHaveLength(q.open);
    // The command line.
    expect(formatBundleSummary(o)).toContain(`vragen aan andere partijen, ${q.open} nog open`);

    // Word: the summary, the aandachtspunten heading and the wederkerigheid chapter say the same number.
    const docx = await api.exportJointOverview({ planningYear: YEAR, format: 'docx' });
    const text = norm(xmlToText(await docxPart(Buffer.from(docx.data, 'base64'), 'word/document.xml')));
    expect(text).toContain(`${q.total} keer vraagt een partij iets van een andere partij; ${q.open} daarvan ${q.open === 1 ? 'staat' : 'staan'} nog open.`);
    expect(text).toContain(`Onbeantwoorde vragen aan andere partijen (${q.open})`);
    expect(text).toContain(`Open vragen (${q.open})`);
    expect(text).toContain(`Beantwoorde vragen (${q.answered.length})`);

    // Excel: the list on the Wederkerigheid sheet.
    const xlsx = await api.exportJointOverview({ planningYear: YEAR, format: 'xlsx' });
    const workbook = await loadWorkbook(Buffer.from(xlsx.data, 'base64'));
    const listHeader = 5 + o.parties.length + 2;
    expect(cellText(workbook.getWorksheet(XLSX_SHEETS.reciprocity)?.getRow(listHeader - 1).getCell(1).value)).toBe(
      `Alle vragen: ${q.total}, waarvan ${q.open} open`,
    );
    const rows = sheetRows(workbook, XLSX_SHEETS.reciprocity, listHeader);
    expect(rows.filter((r) => r.Beantwoord === 'nee')).toHaveLength(q.open);

    // A frozen version counts the same as the live one it was made from (after the open links are confirmed).
    const { open: choices } = await api.confirmOpenLinks({ planningYear: YEAR, reason: 'werkgroep 26 augustus' });
    const byReference = new Map((await api.listAgreements({})).map((a) => [a.reference, a.id]));
    await api.decideLinks({
      planningYear: YEAR,
      decisions: choices.map((c) => ({ activityId: c.activityId, agreementId: byReference.get(c.candidates[0] ?? '') ?? null })),
      reason: 'werkgroep 26 augustus: de eerste kandidaat',
    });
    const live = await api.getJointOverview({ planningYear: YEAR });
    const saved = await api.saveBundleVersion({ planningYear: YEAR, final: true });
    const frozen = await api.getJointOverview({ planningYear: YEAR, version: saved.number ?? 0 });
    expect(openQuestions(frozen)).toMatchObject({ open: openQuestions(live).open, total: openQuestions(live).total });
  });
});

// Numeric targets in the agreement's text, proposed as indicators for the
// secretary to confirm: "270 (bruto) toevoegingen tussen 2022 en 2030",
// "85 geclusterde woonvormen … tot en met 2030", "maximaal 50% van hun nieuwe
// huurwoningen", "maximaal € 20.000,-", "In 2028 … geen woningen met labels
// E, F of G meer". Each keeps the sentence it comes from, verbatim. A
// proposal is a reading, never a decision: nothing here becomes an indicator
// of the set until it is confirmed.
import type { AgreementSetData, TopicData } from '../domain/dataset';
import { partyIdsOf, type PartyResolver } from '../domain/parties';
import { parseSchedule } from '../domain/schedule';
import { regExpLiteral } from '../domain/text';
import { INDICATOR_UNIT_WORDS, type IndicatorDirection, type IndicatorUnit } from '../domain/types';
import type { IndicatorProposal } from './types';

const HOMES = String.raw`(?:\(?(?:bruto|netto)\)?\s+)?(?:(?:nieuwe|extra|sociale|geclusterde|betaalbare|middeldure|levensloopgeschikte|tijdelijke|flexibele|huur|koop)\s+){0,3}(?:huur|koop)?(?:woningen|woonvormen|toevoegingen|wooneenheden|appartementen|eenheden)`;
const NUMBER = String.raw`(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)`;

interface Found {
  unit: IndicatorUnit;
  value: number;
  direction: IndicatorDirection;
  at: number;
  /** "van 7,5% naar maximaal 15%": where the figure starts. */
  from?: number;
  /** "8 woningen per jaar": a pace, measurable on its own. */
  perYear?: boolean;
}

/** Splits a paragraph into sentences, keeping each as written: a sentence ends at ".", "!" or "?" before a capital. */
function sentences(text: string): string[] {
  const parts = text.split(/(?<=[.!?])\s+(?=[\p{Lu}"'‘(])/u);
  // "bijv. De Kernen": a dot after an abbreviation does not end a sentence.
  const merged: string[] = [];
  for (const part of parts) {
    const prev = merged[merged.length - 1];
    if (prev !== undefined && /\b(ca|bijv|o\.a|m\.b\.t|nr|incl|excl|max|min|resp|e\.d|etc)\.$/i.test(prev)) merged[merged.length - 1] = `${prev} ${part}`;
    else merged.push(part);
  }
  return merged.map((s) => s.trim()).filter((s) => s !== '');
}

function toNumber(written: string): number {
  return Number(written.replace(/\./g, '').replace(',', '.'));
}

function directionBefore(sentence: string, at: number): IndicatorDirection {
  const before = sentence.slice(Math.max(0, at - 40), at).toLowerCase();
  return /(maximaal|ten hoogste|hooguit|niet meer dan|maximum van|max\.?)\s*(?:€\s*)?$/.test(before) ? 'at_most' : 'at_least';
}

function targetsIn(sentence: string): Found[] {
  const found: Found[] = [];
  let from: number | undefined;
  for (const m of sentence.matchAll(new RegExp(`${NUMBER}\\s*(?:%|procent)(\\s+naar\\b)?`, 'g'))) {
    // "van 7,5% naar …": the start of the next figure, not a target of its own.
    if (m[2] !== undefined) {
      from = toNumber(m[1] as string);
      continue;
    }
    found.push({ unit: 'percent', value: toNumber(m[1] as string), direction: directionBefore(sentence, m.index ?? 0), at: m.index ?? 0, ...(from !== undefined ? { from } : {}) });
    from = undefined;
  }
  // "waarvan 2/3 in de betaalbare segmenten": a share written as a fraction (not a date such as 28/6).
  for (const m of sentence.matchAll(/(?<![\d/.,])([1-9])\/([2-9]|1[0-2])(?![\d/])(?=\s+\p{L})/gu)) {
    const share = Number(m[1]) / Number(m[2]);
    if (share >= 1) continue;
    found.push({ unit: 'percent', value: Math.round(share * 1000) / 10, direction: directionBefore(sentence, m.index ?? 0), at: m.index ?? 0 });
  }
  for (const m of sentence.matchAll(new RegExp(`€\\s*${NUMBER}`, 'g'))) {
    found.push({ unit: 'euro', value: toNumber(m[1] as string), direction: directionBefore(sentence, m.index ?? 0), at: m.index ?? 0 });
  }
  for (const m of sentence.matchAll(new RegExp(`(?<![\\d.,/-])${NUMBER}\\s+${HOMES}\\b`, 'gi'))) {
    const value = toNumber(m[1] as string);
    if (value >= 1900 && value <= 2100) continue;
    const at = m.index ?? 0;
    const perYear = /^\s*per\s+jaar\b/i.test(sentence.slice(at + m[0].length));
    // "7 tot 8 woningen per jaar": a band. Homes taken out of the stock (sold, demolished, liberalised)
    // are bounded from above by its top; homes added are promised from its bottom.
    const band = new RegExp(`${NUMBER}\\s*(?:tot|à|-|–)\\s*$`).exec(sentence.slice(0, at));
    if (band) {
      const fewer = /\b(verk[oc]\w*|sloop|slopen|liberalis\w*|onttrek\w*)/i.test(sentence);
      found.push({ unit: 'homes', value: fewer ? value : toNumber(band[1] as string), direction: fewer ? 'at_most' : 'at_least', at: band.index, perYear });
      continue;
    }
    found.push({ unit: 'homes', value, direction: directionBefore(sentence, at), at, perYear });
  }
  // "geen woningen met labels E, F of G meer", "geen label D woningen meer".
  if (/\bgeen\b[^.]{0,60}\b(woningen|label)\b[^.]{0,40}\bmeer\b/i.test(sentence) && /\b20\d\d\b/.test(sentence)) {
    found.push({ unit: 'homes', value: 0, direction: 'zero', at: sentence.search(/\bgeen\b/i) });
  }
  return found;
}

/** The deadline and first year a sentence names: "t/m 2030", "tussen 2022 en 2030", "in 2028". */
function yearsIn(sentence: string, periodEnd: number): { deadline: number; baseline?: number; stated: boolean } {
  const between = /tussen\s+(20\d\d)\s+en\s+(20\d\d)|(?:in de periode|van)\s+(20\d\d)\s+(?:tot en met|t\/m|tot|-)\s+(20\d\d)/i.exec(sentence);
  if (between) return { baseline: Number(between[1] ?? between[3]), deadline: Number(between[2] ?? between[4]), stated: true };
  // "in 2025 en 2026", "t/m 2030": the last year named.
  const until = /(?:t\/m|tot en met|uiterlijk|vóór|voor|in|eind|richting)\s+20\d\d(?:\s*(?:en|,|-|–|t\/m|tot en met)\s*20\d\d)*/i.exec(sentence);
  if (until) return { deadline: Math.max(...[...until[0].matchAll(/20\d\d/g)].map((m) => Number(m[0]))), stated: true };
  return { deadline: periodEnd, stated: false };
}

/** "1-1-270-woningen": the unit in its Dutch word, as in the codes of indicators confirmed before the units were English. */
function code(topic: TopicData, unit: IndicatorUnit, value: number, taken: Set<string>): string {
  const word = INDICATOR_UNIT_WORDS[unit];
  let c = `${topic.number.replace(/\./g, '-')}-${value}-${word}`;
  for (let i = 2; taken.has(c); i++) c = `${topic.number.replace(/\./g, '-')}-${value}-${word}-${i}`;
  taken.add(c);
  return c;
}

/** The proposals of a set's text: opgave, ambities, inzet and afspraken, in document order. */
export function proposeIndicators(data: AgreementSetData, resolver: PartyResolver): IndicatorProposal[] {
  const out: IndicatorProposal[] = [];
  const taken = new Set<string>();
  const seen = new Set<string>();
  const partiesIn = (sentence: string, fallback: string): string[] => {
    const words = sentence.replace(/[(),.:;]/g, ' ');
    const ids = new Set<string>();
    for (const party of data.parties) {
      for (const name of [party.name, party.shortName, ...party.aliases]) {
        if (name.length > 2 && new RegExp(`(^|\\s)${regExpLiteral(name)}(\\s|$)`, 'i').test(words)) ids.add(party.id);
      }
    }
    for (const group of data.groups) {
      if (group.name === 'Partijen') continue;
      if (new RegExp(`\\b${group.name}\\b`, 'i').test(words)) group.memberIds.forEach((id) => ids.add(id));
    }
    if (ids.size === 0 && fallback) partyIdsOf(resolver.resolve(fallback)).forEach((id) => ids.add(id));
    return [...ids];
  };

  for (const theme of data.themes) {
    for (const topic of theme.topics) {
      const texts: { text: string; where: string; commitment?: number; lead: string; schedule?: string }[] = [
        ...topic.task.map((text) => ({ text, where: 'opgave', lead: '' })),
        ...topic.ambitions.map((text) => ({ text, where: 'ambities', lead: '' })),
        ...topic.commitments.map((c) => ({ text: c.text, where: `inzet ${c.number}`, commitment: c.number, lead: '' })),
        ...topic.agreements.map((a) => ({ text: a.text, where: `afspraak bij inzet ${a.commitmentNumber}`, commitment: a.commitmentNumber || undefined, lead: a.lead, schedule: a.schedule })),
      ] as { text: string; where: string; commitment?: number; lead: string; schedule?: string }[];
      for (const source of texts) {
        // "… in de periode 2022 tot en met 2030 910 woningen … De opgave voor sociale huur is daarbij 270
        // nieuwe woningen": a sentence without years of its own goes with the years said just before it.
        // An afspraak without a year in its text is due by the last year of its uitvoering.
        const due = source.schedule === undefined ? null : parseSchedule(source.schedule, { start: data.periodStart, end: data.periodEnd });
        let carried: ReturnType<typeof yearsIn> | null = due && due.years.length > 0 && (due.kind === 'years' || due.kind === 'range') ? { deadline: Math.max(...due.years), stated: true } : null;
        const promise = source.where !== 'opgave' && source.where !== 'ambities';
        for (const sentence of sentences(source.text)) {
          const own = yearsIn(sentence, data.periodEnd);
          if (own.stated) carried = own;
          // "In 2025 worden naar verwachting 140 woningen gebouwd": a forecast, not a promise.
          if (/\b(naar verwachting|verwacht\w*|prognose|raming)\b/i.test(sentence)) continue;
          const targets = targetsIn(sentence);
          if (targets.length === 0) continue;
          const years = own.stated ? own : (carried ?? own);
          for (const t of targets) {
            // "(minimaal 12 woningen met een ontmoetingsruimte)": a number inside parentheses explains, it is no
            // target; a pace ("(gemiddeld 7 tot 8 woningen per jaar)") can be measured on its own and is one.
            const before = sentence.slice(0, t.at);
            if (!t.perYear && (before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) continue;
            // A count or share with no year and no "maximaal/minimaal" is a description, not a target.
            // Inzet and afspraken promise what they name; in the opgave and ambities a figure is a target only
            // with a year or a word that makes it one.
            if (!promise && !years.stated && t.direction === 'at_least' && !/(minimaal|ten minste|norm|streven|zetten .* in|realiseren|toevoegen|voegen)/i.test(sentence)) continue;
            // The same target said twice (in the inzet and again in its afspraak) is proposed once.
            // "… om de beoogde opgave van 270 woningen te behalen": a figure with no year of its own that the
            // topic already named is that target said again.
            const same = `${topic.number}|${t.direction}|${t.value}|${t.unit}`;
            if (seen.has(`${same}|${years.deadline}`) || (!own.stated && seen.has(same))) continue;
            seen.add(`${same}|${years.deadline}`);
            seen.add(same);
            const partyIds = partiesIn(sentence, '').length > 0 ? partiesIn(sentence, '') : partiesIn(source.text, source.lead);
            const title = sentence.length <= 90 ? sentence.replace(/\.$/, '') : `${sentence.slice(0, 87).replace(/\s+\S*$/, '')}…`;
            const proposal: IndicatorProposal = {
              proposal: true,
              foundAt: `${topic.number} ${topic.title}, ${source.where}`,
              code: code(topic, t.unit, t.value, taken),
              title,
              description: sentence,
              unit: t.unit,
              direction: t.direction,
              target: t.value,
              deadlineYear: years.deadline,
              partyIds,
              shared: partyIds.length > 1,
              topicNumber: topic.number,
              sourceQuote: sentence,
              milestones: [],
            };
            if (years.baseline !== undefined) proposal.baselineYear = years.baseline;
            if (years.baseline !== undefined && t.unit === 'homes' && t.direction === 'at_least') proposal.baselineValue = 0;
            if (t.from !== undefined) proposal.baselineValue = t.from;
            if (source.commitment !== undefined) proposal.commitmentNumber = source.commitment;
            out.push(proposal);
          }
        }
      }
    }
  }
  return out;
}

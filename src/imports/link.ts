// Proposes for every activity the afspraak it belongs to. Our hidden key
// ("A17") is certain; a reference the sheet gives ("1.1 bij 1", "1.1-4",
// "3 bij 5", "Bij 4" under a theme, the afspraak text itself) is taken as
// written, narrowed by text when it names several rows; otherwise the most
// similar afspraak is proposed, to be confirmed. Nothing is dropped: an
// activity without a good match is 'none'. Pure.
import type { AgreementRow } from '../service/contract';
import { parseAgreementKey } from '../requests/template';
import { normalizeHeader } from './columns';
import { problem, quote, type Place } from './problems';
import { buildTextIndex } from './similarity';
import type { ActivityLink, ImportProblem, LinkAlternative, ReadActivity } from './types';

export type LinkableAgreement = Pick<AgreementRow, 'id' | 'reference' | 'topicNumber' | 'commitmentNumber' | 'text'> &
  Partial<Pick<AgreementRow, 'topicTitle' | 'themeNumber' | 'themeTitle'>>;

export interface LinkOptions {
  /** Named in the problems' messages. */
  fileName?: string;
  /** Least text similarity for a proposal; below it the activity stays unlinked. */
  minScore?: number;
}

/** Calibrated on the Druten afspraken and partners' activity texts (tests/imports/link.test.ts). */
export const PROPOSAL_THRESHOLD = 0.25;
/** Among the few rows an ambiguous reference names, the text picks one when it is this similar and this far ahead. */
const AMBIGUOUS_MIN_SCORE = 0.1;
const AMBIGUOUS_MARGIN = 0.05;
/** Within the topic or theme the sheet names, a proposal may be this much less certain. */
const IN_SCOPE_FACTOR = 0.6;
/** A pasted afspraak text this similar (both ways) is the afspraak. */
const PASTED_TEXT_THRESHOLD = 0.8;
const MAX_ALTERNATIVES = 3;

/** What a reference names; every part optional. */
export interface ParsedReference {
  topic?: string;
  theme?: number;
  commitment?: number;
  /** Position among the rows under one inzet item: the "(2)" of "1.1 bij 1 (2)". */
  seq?: number;
  /** Our key, when written in the reference column. */
  key?: number;
  /** "3.5" where topic 3 has no sub-topics: read as "3 bij 5". */
  guessed?: boolean;
}

const LEADING_WORDS =
  /^(?:§|(?:(?:prestatie)?afspra(?:ak|ken)(?:nummer|nr)?|nr|nummer|no|ref|referentie|zie|pa|par|paragraaf|onderwerp|thema|hoofdstuk)\b)[\s.:#]*/;

/**
 * Reads a reference as partners write it: "1.1 bij 1", "1.1 Bij 1.", "1.1-1",
 * "3 bij 5", "Bij 4", "1.1 bij 1 (2)", "afspraak 1.3", "1.1.4", "A17", or our
 * dropdown label "1.1 bij 1 (2) – Woonwaarts zet in …". Null when it is no reference.
 */
export function parseReference(written: string): ParsedReference | null {
  // Our dropdown label: the reference before the dash ("1.1 bij 1 (2) – Woonwaarts …"), but not "1.1 – 4".
  const dash = /\s[–—]\s/.exec(written);
  const label = dash && /\p{L}/u.test(written.slice(dash.index + dash[0].length)) ? written.slice(0, dash.index) : written;
  let t = label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[–—‐‑]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:;,]+$/, '')
    .trim();
  const key = /^a\s?(\d+)$/.exec(t);
  if (key) return { key: Number(key[1]) };
  for (let i = 0; i < 3; i++) t = t.replace(LEADING_WORDS, '').trim();

  const seqOf = (s: string | undefined): Partial<ParsedReference> => (s === undefined ? {} : { seq: Number(s) });
  let m = /^(\d+(?:\.\d+)?)\s*(?:bij|-|\/|,|\s)\s*(?:inzet\s*)?(\d+)\.?\s*(?:\(\s*(\d+)\s*\))?$/.exec(t);
  if (m) return { topic: m[1] as string, commitment: Number(m[2]), ...seqOf(m[3]) };
  m = /^(\d+\.\d+)\.(\d+)\.?\s*(?:\(\s*(\d+)\s*\))?$/.exec(t);
  if (m) return { topic: m[1] as string, commitment: Number(m[2]), ...seqOf(m[3]) };
  m = /^bij\s*(?:inzet\s*)?(\d+)\.?\s*(?:\(\s*(\d+)\s*\))?$/.exec(t);
  if (m) return { commitment: Number(m[1]), ...seqOf(m[2]) };
  m = /^(\d+(?:\.\d+)?)\.?$/.exec(t);
  if (m) return { topic: m[1] as string };
  return null;
}

interface Indexed {
  agreements: LinkableAgreement[];
  byId: Map<number, number>;
  topics: Set<string>;
  themes: Set<number>;
  themeOf: (a: LinkableAgreement) => number;
  seqOf: (a: LinkableAgreement) => number;
}

function indexAgreements(agreements: LinkableAgreement[]): Indexed {
  const themeOf = (a: LinkableAgreement): number => a.themeNumber ?? Number(a.topicNumber.split('.')[0]);
  const seqOf = (a: LinkableAgreement): number => {
    const m = /\((\d+)\)\s*$/.exec(a.reference);
    return m ? Number(m[1]) : 1;
  };
  return {
    agreements,
    byId: new Map(agreements.map((a, i) => [a.id, i])),
    topics: new Set(agreements.map((a) => a.topicNumber)),
    themes: new Set(agreements.map(themeOf)),
    themeOf,
    seqOf,
  };
}

/** A topic or theme named by a topic column or a theme row: "1.1 Nieuwbouw", "Thema 1 Woningbouw …", "Nieuwbouw". */
function contextScope(text: string | undefined, ix: Indexed): { topic?: string; theme?: number } | null {
  if (text === undefined || text.trim() === '') return null;
  const m = /^(?:\s*(?:thema|onderwerp|hoofdstuk|paragraaf)\b[\s.:]*)?(\d+(?:\.\d+)?)(?!\d)/i.exec(text.trim());
  if (m) {
    const n = m[1] as string;
    if (ix.topics.has(n)) return { topic: n };
    const theme = Number(n.split('.')[0]);
    if (ix.themes.has(theme)) return { theme };
  }
  // By title: the longest topic or theme title the text contains.
  const normal = ` ${normalizeHeader(text)} `;
  let best: { topic?: string; theme?: number; length: number } | null = null;
  for (const a of ix.agreements) {
    for (const [title, scope] of [
      [a.topicTitle, { topic: a.topicNumber }],
      [a.themeTitle, { theme: ix.themeOf(a) }],
    ] as const) {
      if (!title) continue;
      const t = normalizeHeader(title);
      if (t.length >= 4 && normal.includes(` ${t} `) && (!best || t.length > best.length)) best = { ...scope, length: t.length };
    }
  }
  if (!best) return null;
  return best.topic !== undefined ? { topic: best.topic } : { theme: best.theme as number };
}

function describeRef(r: ParsedReference & { topic?: string; theme?: number }): string {
  const scope = r.topic ?? (r.theme !== undefined ? `thema ${r.theme}` : '');
  const parts = [scope, r.commitment !== undefined ? `bij ${r.commitment}` : '', r.seq !== undefined ? `(${r.seq})` : ''];
  return parts.filter((p) => p !== '').join(' ');
}

export function linkActivities(
  activities: ReadActivity[],
  agreements: LinkableAgreement[],
  options: LinkOptions = {},
): ActivityLink[] {
  const ix = indexAgreements(agreements);
  const texts = buildTextIndex(agreements.map((a) => a.text));
  const minScore = options.minScore ?? PROPOSAL_THRESHOLD;
  const file = options.fileName ?? '';

  return activities.map((act) => {
    const place = (field: 'key' | 'agreementRef'): Place => {
      const p: Place = { file, sheet: act.sheet, row: act.rowNumber };
      const column = act.fieldColumns?.[field];
      if (column !== undefined) p.column = column;
      return p;
    };
    /** The next best, leaving out those without any word in common, unless the sheet's reference named them. */
    const altOf = (ranked: { index: number; score: number }[], skip: number, named = false): LinkAlternative[] =>
      ranked
        .filter((r) => r.index !== skip && (named || r.score > 0))
        .slice(0, MAX_ALTERNATIVES)
        .map((r) => ({ agreementId: (agreements[r.index] as LinkableAgreement).id, score: r.score }));
    const query = [act.activity, act.agreementRef && parseReference(act.agreementRef) === null ? act.agreementRef : '']
      .filter((s) => s)
      .join('\n');
    let pendingProblem: ImportProblem | undefined;

    // 1. Our key.
    const keyText = act.key?.trim();
    if (keyText) {
      const id = parseAgreementKey(keyText);
      if (id !== null && ix.byId.has(id)) return { status: 'key', agreementId: id };
      pendingProblem = problem(
        'warning',
        'unknown-key',
        place('key'),
        `de sleutel ${quote(keyText)} hoort bij geen afspraak van deze prestatieafspraken; de koppeling is opnieuw gezocht.`,
      );
    }

    // 2. A reference the sheet gives.
    const refText = act.agreementRef?.trim() ?? '';
    const parsed = refText === '' ? null : parseReference(refText);
    if (parsed?.key !== undefined && ix.byId.has(parsed.key)) return { status: 'key', agreementId: parsed.key };
    if (parsed && parsed.key === undefined) {
      const scope: ParsedReference = { ...parsed };
      if (scope.topic !== undefined && !ix.topics.has(scope.topic)) {
        const [head, tail] = scope.topic.split('.');
        // "3.5" where topic 3 has no sub-topics: inzet 5 of topic 3.
        if (tail !== undefined && head !== undefined && ix.topics.has(head) && scope.commitment === undefined) {
          scope.topic = head;
          scope.commitment = Number(tail);
          scope.guessed = true;
        } else if (scope.commitment === undefined && tail === undefined && ix.themes.has(Number(head))) {
          delete scope.topic;
          scope.theme = Number(head);
        }
      }
      if (scope.topic === undefined && scope.theme === undefined) {
        const ctx = contextScope(act.topicContext, ix) ?? contextScope(act.section, ix);
        if (ctx) Object.assign(scope, ctx);
      }
      const readAs = describeRef(scope);
      const candidates = agreements
        .map((a, index) => ({ a, index }))
        .filter(
          ({ a }) =>
            (scope.topic === undefined || a.topicNumber === scope.topic) &&
            (scope.theme === undefined || ix.themeOf(a) === scope.theme) &&
            (scope.commitment === undefined || a.commitmentNumber === scope.commitment) &&
            (scope.seq === undefined || ix.seqOf(a) === scope.seq),
        )
        .map((c) => c.index);
      const scoped = scope.topic !== undefined || scope.theme !== undefined;

      if (candidates.length === 1 && scoped && !scope.guessed) {
        const only = candidates[0] as number;
        return withProblem({ status: 'reference', agreementId: (agreements[only] as LinkableAgreement).id, readAs }, pendingProblem);
      }
      if (candidates.length > 0) {
        const ranked = texts.rank(query || refText, candidates);
        const top = ranked[0] as { index: number; score: number };
        const scoreOf = (index: number): number => ranked.find((r) => r.index === index)?.score ?? 0;
        if (scope.commitment !== undefined && scoped && !scope.guessed) {
          // "1.1 bij 1" with three rows under inzet 1: the best text match when
          // it stands out, otherwise the first row in the agreement's order.
          const second = ranked[1]?.score ?? 0;
          const standsOut = top.score >= AMBIGUOUS_MIN_SCORE && top.score - second >= AMBIGUOUS_MARGIN;
          const chosenIndex = standsOut ? top.index : (candidates[0] as number);
          const chosen = agreements[chosenIndex] as LinkableAgreement;
          const references = candidates.map((i) => (agreements[i] as LinkableAgreement).reference).join(', ');
          return withProblem(
            {
              status: 'reference',
              agreementId: chosen.id,
              score: scoreOf(chosenIndex),
              alternatives: altOf(ranked, chosenIndex, true),
              readAs,
              problem: problem(
                'warning',
                'ambiguous-reference',
                place('agreementRef'),
                `${quote(refText)} past bij ${candidates.length} afspraken (${references}); gekozen is ${chosen.reference}` +
                  `${chosenIndex === candidates[0] ? '' : ' (de tekst lijkt er het meest op)'}. Controleer de koppeling.`,
              ),
            },
            pendingProblem,
          );
        }
        if (scoped) {
          // Only a topic or theme, or a guessed reading: the best text match within those rows, to confirm.
          const chosen = agreements[top.index] as LinkableAgreement;
          const link: ActivityLink = { status: 'proposed', agreementId: chosen.id, score: top.score, alternatives: altOf(ranked, top.index), readAs };
          if (scope.guessed) {
            link.problem = problem(
              'warning',
              'reference-guessed',
              place('agreementRef'),
              `${quote(refText)} is gelezen als ${readAs}; voorgesteld is ${chosen.reference}. Controleer de koppeling.`,
            );
          }
          return withProblem(link, pendingProblem);
        }
        // An inzet number without a topic ("Bij 4" and no theme column or row).
        if (top.score >= minScore) {
          const chosen = agreements[top.index] as LinkableAgreement;
          return withProblem(
            {
              status: 'proposed',
              agreementId: chosen.id,
              score: top.score,
              alternatives: altOf(ranked, top.index),
              readAs,
              problem: problem(
                'warning',
                'reference-without-topic',
                place('agreementRef'),
                `${quote(refText)} noemt geen onderwerp (zoals 1.1) en er is geen thema-kolom of themaregel; voorgesteld is ${chosen.reference}. Controleer de koppeling.`,
              ),
            },
            pendingProblem,
          );
        }
        pendingProblem ??= problem(
          'warning',
          'reference-without-topic',
          place('agreementRef'),
          `${quote(refText)} noemt geen onderwerp (zoals 1.1) en er is geen thema-kolom of themaregel; de koppeling is op de tekst gezocht.`,
        );
      } else {
        pendingProblem ??= problem(
          'warning',
          'unknown-reference',
          place('agreementRef'),
          `${quote(refText)} is gelezen als ${readAs || 'een verwijzing'}, maar zo'n afspraak bestaat niet; de koppeling is op de tekst gezocht.`,
        );
      }
    }

    // 3. A pasted afspraak text in the reference column.
    if (refText !== '' && !parsed && refText.split(/\s+/).length >= 4) {
      const normal = normalizeHeader(refText);
      const exact = agreements.findIndex((a) => normalizeHeader(a.text) === normal);
      if (exact >= 0) return { status: 'reference', agreementId: (agreements[exact] as LinkableAgreement).id, score: 1 };
      const [best] = texts.rank(refText);
      if (best && best.score >= PASTED_TEXT_THRESHOLD) {
        const back = buildTextIndex([refText]).score((agreements[best.index] as LinkableAgreement).text, 0);
        if (back >= PASTED_TEXT_THRESHOLD) {
          return { status: 'reference', agreementId: (agreements[best.index] as LinkableAgreement).id, score: best.score };
        }
      }
    }

    // 4. A proposal by text, within the topic or theme the sheet names when it names one.
    if (query.trim() === '') return withProblem({ status: 'none', agreementId: null }, pendingProblem);
    const ctx = contextScope(act.topicContext, ix) ?? contextScope(act.section, ix);
    const inScope = ctx
      ? agreements
          .map((a, index) => ({ a, index }))
          .filter(({ a }) => (ctx.topic === undefined || a.topicNumber === ctx.topic) && (ctx.theme === undefined || ix.themeOf(a) === ctx.theme))
          .map((c) => c.index)
      : [];
    let ranked = inScope.length > 0 ? texts.rank(query, inScope) : [];
    if (!ranked[0] || ranked[0].score < minScore * IN_SCOPE_FACTOR) ranked = texts.rank(query);
    else if (ranked[0].score < minScore) {
      const top = ranked[0];
      return withProblem(
        {
          status: 'proposed',
          agreementId: (agreements[top.index] as LinkableAgreement).id,
          score: top.score,
          alternatives: altOf(ranked, top.index),
        },
        pendingProblem,
      );
    }
    const top = ranked[0];
    if (!top || top.score < minScore) {
      const link: ActivityLink = { status: 'none', agreementId: null };
      const hints = altOf(ranked, -1).filter((a) => a.score >= minScore / 2);
      if (hints.length > 0) link.alternatives = hints;
      return withProblem(link, pendingProblem);
    }
    return withProblem(
      {
        status: 'proposed',
        agreementId: (agreements[top.index] as LinkableAgreement).id,
        score: top.score,
        alternatives: altOf(ranked, top.index).filter((a) => a.score >= minScore / 2),
      },
      pendingProblem,
    );
  });
}

function withProblem(link: ActivityLink, p: ImportProblem | undefined): ActivityLink {
  if (p && !link.problem) link.problem = p;
  return link;
}

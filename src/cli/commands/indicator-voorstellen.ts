// `prestatie indicator-voorstellen [--bevestig N[,M]|alle] [--afwijzen N[,M]]`:
// the numeric targets proposed from the set's text, and the secretary's
// decision on them. Only a confirmed one is an indicator of the set.
import type { IndicatorProposalListing } from '../../service/contract';
import { ServiceError } from '../../domain/errors';
import { INDICATOR_UNIT_WORDS } from '../../domain/types';
import { parse, withApi, type Io } from '../args';

const HELP = `Gebruik: prestatie indicator-voorstellen [--bevestig N|alle] [--afwijzen N] [--set CODE] [--json]

De getallen uit de tekst van de prestatieafspraken die de Werkbank als indicator voorstelt.
Alleen een bevestigd voorstel wordt een indicator, en komt in de verantwoording.
  --bevestig N[,M]|alle  deze voorstellen (of alle open) bevestigen als indicator
  --afwijzen N[,M]       deze voorstellen afwijzen
Elke beslissing komt in het logboek.`;

const STATUS: Record<IndicatorProposalListing['status'], string> = { proposed: 'voorstel', confirmed: 'bevestigd', rejected: 'afgewezen' };
const DIRECTION = { at_least: 'minimaal', at_most: 'maximaal', zero: 'geen' } as const;

export async function indicatorVoorstellen(args: string[], io: Io): Promise<void> {
  const values = parse(args, { bevestig: { type: 'string' }, afwijzen: { type: 'string' } }).values;
  if (values.help) return io.out(HELP);
  const confirm = values.bevestig === undefined ? undefined : values.bevestig.trim().toLowerCase() === 'alle' ? ('all' as const) : numberList(values.bevestig, '--bevestig');
  const reject = values.afwijzen === undefined ? undefined : numberList(values.afwijzen, '--afwijzen');
  await withApi(values, async (api) => {
    const before = await api.listIndicatorProposals();
    const list = confirm !== undefined || reject !== undefined ? await api.decideIndicatorProposals({ ...(confirm ? { confirm } : {}), ...(reject ? { reject } : {}) }) : before;
    if (values.json) return io.out(JSON.stringify(list, null, 2));
    const changed = list.filter((p) => before.find((b) => b.number === p.number)?.status !== p.status);
    io.out([...changed.map((p) => `Voorstel ${p.number} ${STATUS[p.status]}: ${p.proposal.title}`), ...(changed.length > 0 ? [''] : []), formatProposals(list)].join('\n'));
  });
}

function formatProposals(list: IndicatorProposalListing[]): string {
  if (list.length === 0) return 'Er zijn geen voorgestelde indicatoren: de tekst van deze set noemt geen getallen die de Werkbank als doel herkent.';
  const open = list.filter((p) => p.status === 'proposed').length;
  return [
    `Voorgestelde indicatoren (${list.length}, waarvan ${open} nog open):`,
    ...list.map((p) => {
      const i = p.proposal;
      const target = i.direction === 'zero' ? 'geen' : `${DIRECTION[i.direction]} ${i.target} ${INDICATOR_UNIT_WORDS[i.unit]}`;
      return `  ${String(p.number).padStart(2)}. [${STATUS[p.status]}] ${target} in ${i.deadlineYear} — ${i.foundAt}\n      "${i.sourceQuote}"`;
    }),
    ...(open > 0 ? ['', 'Bevestig met --bevestig N (of alle), wijs af met --afwijzen N.'] : []),
  ].join('\n');
}

/** "3" or "3,5": the numbers of proposals. */
function numberList(value: string, option: string): number[] {
  const parts = value.split(/[\s,]+/).filter((p) => p !== '');
  if (parts.length === 0 || !parts.every((p) => /^\d+$/.test(p))) throw new ServiceError('invalid_input', `${option} verwacht nummers van voorstellen, zoals 3 of 3,5, niet "${value}".`);
  return parts.map(Number);
}

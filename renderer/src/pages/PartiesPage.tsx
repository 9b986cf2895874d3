import type { PartyWithCounts } from '../../../src/service/contract';
import { PARTY_KIND_LABELS } from '../../../src/domain/types';
import { useWerkbank } from '../store';
import { LoadView } from '../components/Status';
import { partyNames } from '../components/PartyRefs';
import { TableBox } from '../components/TableBox';
import { ContactsSection } from './parties/Contacts';
import { MailSection } from './parties/MailTexts';

export function PartiesPage() {
  const parties = useWerkbank((s) => s.parties);
  return (
    <div className="text-page">
      <h1>Partijen</h1>
      <p className="lead">
        De partijen van de prestatieafspraken, met het aantal afspraken waarin zij trekker of betrokkene zijn, ook
        wanneer zij daar onder een groepsnaam als “Corporaties” of “Huurdersorganisaties” staan.
      </p>
      <LoadView state={parties} what="de partijen">
        {(list) => (
          <>
            <PartyTable parties={list} />
            <ContactsSection parties={list} />
          </>
        )}
      </LoadView>
      <MailSection />
    </div>
  );
}

function PartyTable({ parties }: { parties: PartyWithCounts[] }) {
  return (
    <TableBox label="Partijen">
      <table className="data-table parties-table">
        <thead>
          <tr>
            <th scope="col">Partij</th>
            <th scope="col">Soort</th>
            <th scope="col">Verbonden met</th>
            <th scope="col" className="num">
              Trekker
            </th>
            <th scope="col" className="num">
              Betrokken
            </th>
            <th scope="col">Ook geschreven als</th>
          </tr>
        </thead>
        <tbody>
          {parties.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {p.name}
                {p.shortName !== p.name && <div className="muted small">{p.shortName}</div>}
              </th>
              <td>{PARTY_KIND_LABELS[p.kind]}</td>
              <td>{p.linkedPartyIds.length > 0 ? partyNames(p.linkedPartyIds, parties) : <span className="muted">—</span>}</td>
              <td className="num">{p.leadCount}</td>
              <td className="num">{p.involvedCount}</td>
              <td className="small">{otherNames(p).length > 0 ? otherNames(p).join(', ') : <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}

/** The other spellings, once each regardless of capitals, without the name itself. */
function otherNames(p: PartyWithCounts): string[] {
  const seen = new Set([p.name.toLowerCase()]);
  const names: string[] = [];
  for (const alias of p.aliases) {
    const key = alias.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(alias);
  }
  return names;
}

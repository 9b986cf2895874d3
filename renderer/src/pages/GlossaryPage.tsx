import { useState, useId } from 'react';
import type { GlossaryTerm } from '../../../src/domain/types';
import { useWerkbank } from '../store';
import { LoadView } from '../components/Status';

export function GlossaryPage() {
  const glossary = useWerkbank((s) => s.glossary);
  return (
    <div className="text-page">
      <h1>Begrippen</h1>
      <p className="lead">De definities uit bijlage 1 van de prestatieafspraken.</p>
      <LoadView state={glossary} what="de begrippen">
        {(terms) => <GlossaryList terms={terms} />}
      </LoadView>
    </div>
  );
}

function GlossaryList({ terms }: { terms: GlossaryTerm[] }) {
  const [filter, setFilter] = useState('');
  const id = useId();
  // Narrowing a short list on screen, like the browser's own find: no business rule.
  const needle = filter.trim().toLowerCase();
  const shown = needle === '' ? terms : terms.filter((t) => `${t.term} ${t.definition}`.toLowerCase().includes(needle));
  const groups: { name: string; terms: GlossaryTerm[] }[] = [];
  for (const term of shown) {
    const group = groups.find((g) => g.name === term.group);
    if (group) group.terms.push(term);
    else groups.push({ name: term.group, terms: [term] });
  }
  return (
    <>
      <div className="field field-inline">
        <label htmlFor={`${id}-filter`}>Zoek een begrip</label>
        <input id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      {shown.length === 0 && <p className="empty">Geen begrip gevonden.</p>}
      {groups.map((group) => (
        <section key={group.name} className="glossary-group" aria-label={group.name || 'Begrippen'}>
          {group.name && <h2>{group.name}</h2>}
          <dl className="glossary">
            {group.terms.map((t) => (
              <div key={t.term} className="glossary-entry">
                <dt>{t.term}</dt>
                <dd>{t.definition}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}

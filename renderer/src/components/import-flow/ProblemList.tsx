// The errors and warnings of a preview, each with where in the file it is.
import type { ImportProblemView } from '../../../../src/service/contract';

/** Where in the file a problem is: "x.xlsx, blad “Activiteiten”, rij 18, kolom H". */
export function where(p: ImportProblemView): string {
  const parts = [p.file];
  if (p.sheet) parts.push(`blad “${p.sheet}”`);
  if (p.row !== undefined) parts.push(`rij ${p.row}`);
  if (p.column) parts.push(`kolom ${p.column}`);
  return parts.join(', ');
}

export function ProblemList({ problems }: { problems: ImportProblemView[] }) {
  return (
    <section className="preview-section" aria-labelledby="problems-title">
      <h4 id="problems-title">Meldingen</h4>
      {problems.length === 0 ? (
        <p className="muted">Geen fouten of waarschuwingen.</p>
      ) : (
        <table className="data-table problems-table">
          <thead>
            <tr>
              <th scope="col" className="col-severity">
                Soort
              </th>
              <th scope="col">Melding</th>
              <th scope="col" className="col-where">
                Waar
              </th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i} className={`problem problem-${p.severity}`}>
                <td className="col-severity">
                  <span className={`badge ${p.severity === 'error' ? 'badge-error' : 'badge-warn'}`}>
                    {p.severity === 'error' ? 'fout' : 'waarschuwing'}
                  </span>
                </td>
                <td>{p.message}</td>
                <td className="col-where small muted">{where(p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

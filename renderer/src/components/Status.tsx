import type { ReactNode } from 'react';
import type { Loadable } from '../store';

/** Loading and error states, the same everywhere; children render the value. */
export function LoadView<T>({
  state,
  what,
  children,
}: {
  state: Loadable<T>;
  /** Dutch, for the loading line: "de afspraken". */
  what: string;
  children: (value: T) => ReactNode;
}) {
  if (state.status === 'error') {
    return (
      <>
        <ErrorMessage>{state.message}</ErrorMessage>
        {state.value !== undefined && children(state.value)}
      </>
    );
  }
  if (state.status === 'ready') return <>{children(state.value)}</>;
  if (state.status === 'loading' && state.value !== undefined) return <>{children(state.value)}</>;
  return <p className="muted loading">Bezig met laden van {what}…</p>;
}

export function ErrorMessage({ children }: { children: ReactNode }) {
  return (
    <div className="error-message" role="alert">
      {children}
    </div>
  );
}

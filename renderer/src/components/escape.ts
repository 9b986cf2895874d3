// Escape closes an inline form the way Annuleren does.
import type { KeyboardEvent } from 'react';

export function escapeCancels(cancel: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      cancel();
    }
  };
}

// A database opened only to look at (see src/service/read-only.ts): why, as
// the service says it, or undefined when the Werkbank may write. The pages
// disable what would write; the service refuses it anyway.
import { useWerkbank } from './store';

export function useReadOnly(): string | undefined {
  return useWerkbank((s) => (s.appInfo.status === 'ready' ? s.appInfo.value.readOnly : undefined));
}

/** The tooltip of a button that is off because the database is only for viewing. */
export const READ_ONLY_TITLE = 'Alleen bekijken: deze database kan hier niet worden gewijzigd.';

/** The accessible description of such a control: why, as the service says it. */
export function readOnlyDescription(reason: string): string {
  return `Alleen bekijken: ${reason}.`;
}

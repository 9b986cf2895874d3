// Something that can fail while loading, and the one way the stores fill it.
import { errorMessage } from './api/client';

/** The data, or the Dutch message why not; a reload keeps the previous value on screen. */
export type Loadable<T> =
  | { status: 'idle' }
  | { status: 'loading'; value?: T }
  | { status: 'ready'; value: T }
  | { status: 'error'; message: string; value?: T };

/** The value when there is one, whatever the status. */
export function valueOf<T>(state: Loadable<T>): T | undefined {
  return 'value' in state ? state.value : undefined;
}

export async function load<T>(
  get: () => Loadable<T>,
  put: (value: Loadable<T>) => void,
  fetcher: () => Promise<T>,
): Promise<void> {
  const keep = valueOf(get());
  put(keep === undefined ? { status: 'loading' } : { status: 'loading', value: keep });
  try {
    put({ status: 'ready', value: await fetcher() });
  } catch (err) {
    put(keep === undefined ? { status: 'error', message: errorMessage(err) } : { status: 'error', message: errorMessage(err), value: keep });
  }
}

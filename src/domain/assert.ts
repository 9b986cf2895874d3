// Small guards the compiler and the code share. Pure.

/**
 * The default of an exhaustive switch: the compiler proves it unreachable
 * (the value's type is `never`); at run time it names what slipped through.
 */
export function missingCase(value: never): never {
  throw new Error(`Onverwachte waarde: ${String(value)}`);
}

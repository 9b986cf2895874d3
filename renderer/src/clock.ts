// Today by the Werkbank's clock: the core's date, once the core has said it
// (the browser shell can be started on another date, to practise or show the
// yearly cycle); the computer's until then. The pages' default years follow it.
let coreToday: string | null = null;

export function setCoreToday(isoDate: string): void {
  coreToday = isoDate;
}

export function currentYear(): number {
  return coreToday !== null ? Number(coreToday.slice(0, 4)) : new Date().getFullYear();
}

// The parties' own people, to whom the Werkbank addresses its e-mails. Pure.

/** One person at a party: several per party, in the order the secretary keeps them. */
export interface PartyContact {
  id: number;
  partyId: string;
  name: string;
  email: string;
  /** What the person does for the party ("beleidsadviseur wonen"); may be empty. */
  role: string;
}

// Deliberately plain: one @, a local part without spaces or brackets, and a
// domain of labels with a dot. What a mail program accepts in "Aan", not every
// address RFC 5322 allows (quoted local parts, IP literals): those are typos here.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const LABEL = /^[A-Za-z0-9\u00C0-\uFFFF](?:[A-Za-z0-9\u00C0-\uFFFF-]{0,61}[A-Za-z0-9\u00C0-\uFFFF])?$/;

/** Why an e-mail address cannot be used, in Dutch; null when it can. */
export function emailProblem(email: string): string | null {
  const value = email.trim();
  if (value === '') return 'Vul een e-mailadres in.';
  if (/\s/.test(value)) return `"${value}" is geen geldig e-mailadres: er staat een spatie in.`;
  const at = value.lastIndexOf('@');
  if (at < 0 || value.indexOf('@') !== at) {
    return `"${value}" is geen geldig e-mailadres: er hoort precies één @ in te staan, zoals in naam@woonwaarts.nl.`;
  }
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local === '' || !LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return `"${value}" is geen geldig e-mailadres: het deel vóór de @ klopt niet.`;
  }
  const labels = domain.split('.');
  if (labels.length < 2 || labels.some((l) => !LABEL.test(l)) || !/^[A-Za-z\u00C0-\uFFFF]{2,}$/.test(labels[labels.length - 1] ?? '')) {
    return `"${value}" is geen geldig e-mailadres: na de @ hoort een domein zoals woonwaarts.nl.`;
  }
  if (value.length > 254) return `"${value}" is geen geldig e-mailadres: het is te lang.`;
  return null;
}

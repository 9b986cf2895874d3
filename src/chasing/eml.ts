// An e-mail as an .eml file (RFC 5322 with MIME, RFC 2045–2047 and 2231),
// for the user's own mail program to open as a draft: the Werkbank never sends
// mail itself. Pure: bytes in, bytes out; no package beyond Node's own.
//
// What the mail programs need, and why it is written this way:
// - CRLF line ends everywhere, no line over 78 characters (headers are folded).
// - The subject and display names as RFC 2047 encoded-words when they are not
//   plain ASCII, so "Woningstichting De Kernen – één overzicht" survives.
// - The body in UTF-8, quoted-printable: readable in the source, safe in transit.
// - Attachments base64, wrapped at 76, with the file name twice: RFC 2231's
//   filename* (UTF-8, accents and all) and a plain-ASCII filename for the
//   programs that do not read the first.
// - X-Unsent: 1, so that Outlook opens the file as a draft to send; Thunderbird
//   opens it as a message and sends it on with "Bewerken als nieuw bericht".
import { domainToASCII } from 'node:url';

export interface EmlAddress {
  name?: string;
  email: string;
}

export interface EmlAttachment {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface EmlMessage {
  from: EmlAddress;
  to: EmlAddress[];
  subject: string;
  /** Plain text; line ends as \n or \r\n. */
  text: string;
  attachments?: EmlAttachment[];
  date: Date;
  /** The left part of the Message-ID: unique per message, e.g. a hash of what it holds. */
  id: string;
}

const CRLF = '\r\n';
const MAX_LINE = 76;

/** The .eml file's bytes. */
export function writeEml(message: EmlMessage): Uint8Array {
  if (message.to.length === 0) throw new Error('Een e-mail heeft ten minste één geadresseerde nodig.');
  const attachments = message.attachments ?? [];
  const boundary = `=_werkbank_${message.id.replace(/[^A-Za-z0-9]/g, '').slice(0, 40)}`;
  const headers = [
    header('From', address(message.from)),
    addressListHeader('To', message.to),
    `Subject: ${encodedHeaderText(message.subject, 'Subject: '.length)}`,
    `Date: ${rfc5322Date(message.date)}`,
    `Message-ID: <${message.id.replace(/[^A-Za-z0-9.$_-]/g, '')}@prestatieafspraken-werkbank.invalid>`,
    'MIME-Version: 1.0',
    'X-Unsent: 1',
  ];
  const textPart = ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(message.text)];
  let lines: string[];
  if (attachments.length === 0) {
    lines = [...headers, ...textPart];
  } else {
    lines = [...headers, `Content-Type: multipart/mixed;${CRLF} boundary="${boundary}"`, '', 'Dit is een bericht in MIME-formaat.', ''];
    lines.push(`--${boundary}`, ...textPart);
    for (const a of attachments) lines.push(`--${boundary}`, ...attachmentPart(a));
    lines.push(`--${boundary}--`, '');
  }
  return new Uint8Array(Buffer.from(lines.join(CRLF), 'utf8'));
}

function header(name: string, value: string): string {
  return `${name}: ${value}`;
}

function addressListHeader(name: string, list: EmlAddress[]): string {
  return `${name}: ${list.map(address).join(`,${CRLF} `)}`;
}

/** "Annet de Vries" <annet@druten.nl>, the name encoded when it is not plain ASCII. */
function address(a: EmlAddress): string {
  const email = asciiAddress(a.email);
  const name = a.name?.trim();
  if (!name) return `<${email}>`;
  const display = /^[\x20-\x7e]*$/.test(name) && name.length <= 60
    ? `"${name.replace(/(["\\])/g, '\\$1')}"`
    : encodedWords(name).join(`${CRLF} `);
  // Keep each line short: the address goes on a line of its own after a long name.
  const lastLine = display.split(CRLF).pop() ?? '';
  return lastLine.length + email.length > 66 ? `${display}${CRLF} <${email}>` : `${display} <${email}>`;
}

/** The address with an international domain in its ASCII form; the local part must be ASCII. */
function asciiAddress(email: string): string {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (at <= 0 || !/^[\x21-\x7e]+$/.test(local)) throw new Error(`"${email}" kan niet in een e-mail worden gezet.`);
  const ascii = /^[\x21-\x7e]+$/.test(domain) ? domain : domainToASCII(domain);
  if (!ascii) throw new Error(`"${email}" kan niet in een e-mail worden gezet.`);
  return `${local}@${ascii}`;
}

/**
 * Header text (a subject): as it is when it is plain ASCII, folded at spaces;
 * otherwise as UTF-8 encoded-words of at most 75 characters each, one per
 * line, never splitting a character.
 */
export function encodedHeaderText(text: string, offset: number): string {
  const clean = text.replace(/[\r\n]+/g, ' ');
  if (/^[\x20-\x7e]*$/.test(clean) && !/=\?/.test(clean)) return foldAtSpaces(clean, offset);
  return encodedWords(clean).join(`${CRLF} `);
}

function foldAtSpaces(text: string, offset: number): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  let width = offset;
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && width + candidate.length > 78) {
      lines.push(line);
      line = word;
      width = 1;
    } else {
      line = candidate;
    }
  }
  lines.push(line);
  return lines.join(`${CRLF} `);
}

/**
 * RFC 2047 B-encoded words of at most 36 bytes of UTF-8 (60 characters each),
 * so that even after "Subject: " a line stays within 78.
 */
function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > 36) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk !== '' || words.length === 0) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Wed, 02 Dec 2026 06:25:38 +0000". */
export function rfc5322Date(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return (
    `${DAYS[date.getUTCDay()]}, ${p(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${p(date.getUTCHours())}:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())} +0000`
  );
}

/**
 * UTF-8 text as quoted-printable (RFC 2045 6.7): line ends become CRLF, lines
 * are broken softly ("=") before 76 characters without splitting an =XX, and
 * a space or tab before a line end is encoded so that nothing strips it.
 */
export function quotedPrintable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const bytes = Buffer.from(line, 'utf8');
      const tokens: string[] = [];
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const plain = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
        tokens.push(plain ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      });
      // A leading dot or "From " is safe in a file, but not on every relay: encode it.
      if (tokens[0] === '.') tokens[0] = '=2E';
      const out: string[] = [];
      let current = '';
      for (const token of tokens) {
        if (current.length + token.length > MAX_LINE - 1) {
          out.push(`${current}=`);
          current = '';
        }
        current += token;
      }
      out.push(current);
      return out.join(CRLF);
    })
    .join(CRLF);
}

function attachmentPart(a: EmlAttachment): string[] {
  const fallback = asciiFileName(a.fileName);
  return [
    `Content-Type: ${a.contentType};${CRLF} name="${fallback}"`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: attachment;${CRLF} filename="${fallback}";${CRLF} ${extendedFileName(a.fileName)}`,
    '',
    wrapBase64(Buffer.from(a.bytes).toString('base64')),
  ];
}

/** The name without accents and with only safe ASCII left, for programs that read no RFC 2231. */
export function asciiFileName(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[–—]/g, '-')
    .replace(/[^A-Za-z0-9 ._()+,-]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  return plain === '' ? 'bijlage' : plain;
}

/**
 * RFC 2231 filename*, UTF-8 and percent-encoded, split into numbered
 * continuations (filename*0*, filename*1*, …) that keep each line short and
 * never split a %XX.
 */
function extendedFileName(name: string): string {
  const tokens = [...Buffer.from(name, 'utf8')].map((b) =>
    /[A-Za-z0-9!#$&+.^_`|~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
  );
  const pieces: string[] = [];
  let current = "UTF-8''";
  for (const token of tokens) {
    if (current.length + token.length > 54) {
      pieces.push(current);
      current = '';
    }
    current += token;
  }
  pieces.push(current);
  if (pieces.length === 1) return `filename*=${pieces[0]}`;
  return pieces.map((p, i) => `filename*${i}*=${p}`).join(`;${CRLF} `);
}

function wrapBase64(data: string): string {
  const lines: string[] = [];
  for (let i = 0; i < data.length; i += MAX_LINE) lines.push(data.slice(i, i + MAX_LINE));
  return lines.join(CRLF);
}

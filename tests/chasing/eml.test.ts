// The .eml writer, read back by a MIME parser no one here wrote (postal-mime):
// what a mail program will show is what we meant.
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { writeEml, type EmlMessage } from '../../src/chasing/eml';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function message(overrides: Partial<EmlMessage> = {}): EmlMessage {
  return {
    from: { name: 'Annet de Vries', email: 'secretariaat@druten.nl' },
    to: [
      { name: 'Piet Jansen', email: 'p.jansen@woonwaarts.nl' },
      { name: 'Renée Çelik-Öztürk', email: 'r.celik@woonwaarts.nl' },
    ],
    subject: 'Uitvraag activiteitenoverzicht planningsjaar 2027: graag uiterlijk 30 juni 2026 – één werkmap',
    text: 'Beste Piet,\n\nDit is een regel met ë, é en € die ruim langer is dan zesenzeventig tekens, zodat hij zacht moet worden afgebroken.\n.punt vooraan\neinde met spatie \nslot\n',
    date: new Date('2026-06-23T08:00:00Z'),
    id: 'abc123',
    ...overrides,
  };
}

describe('writeEml', () => {
  it('writes a draft that a MIME parser reads back: subject, sender, recipients and UTF-8 body as written', async () => {
    const bytes = writeEml(message());
    const raw = Buffer.from(bytes).toString('utf8');
    expect(raw).toMatch(/^X-Unsent: 1\r$/m);
    expect(raw.split('\r\n').every((l) => l.length <= 78)).toBe(true);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const parsed = await PostalMime.parse(bytes);
    expect(parsed.subject).toBe(message().subject);
    expect(parsed.from).toMatchObject({ name: 'Annet de Vries', address: 'secretariaat@druten.nl' });
    expect(parsed.to).toEqual([
      { name: 'Piet Jansen', address: 'p.jansen@woonwaarts.nl' },
      { name: 'Renée Çelik-Öztürk', address: 'r.celik@woonwaarts.nl' },
    ]);
    expect(parsed.text?.replace(/\r\n/g, '\n').trimEnd()).toBe(message().text.trimEnd());
    expect(parsed.messageId).toBe('<abc123@prestatieafspraken-werkbank.invalid>');
    expect(new Date(parsed.date as string).toISOString()).toBe('2026-06-23T08:00:00.000Z');
  });

  it('attaches files byte for byte, with names that keep spaces and accents', async () => {
    const workbook = new Uint8Array(5000).map((_, i) => (i * 37 + 11) % 256);
    const word = new Uint8Array([0x50, 0x4b, 3, 4, 0, 255, 13, 10]);
    const longName = 'Gezamenlijk activiteitenoverzicht planningsjaar 2027 – Bewonersraad De Kernen (één versie).docx';
    const bytes = writeEml(
      message({
        attachments: [
          { fileName: 'Uitvraag 2027 – Café Één.xlsx', contentType: XLSX, bytes: workbook },
          { fileName: longName, contentType: 'application/octet-stream', bytes: word },
        ],
      }),
    );
    const raw = Buffer.from(bytes).toString('utf8');
    // Only the xlsx type (one token) and the plain fallback names (not folded inside quotes) run long: within 998.
    expect(raw.split('\r\n').every((l) => l.length <= 998)).toBe(true);
    expect(raw.split('\r\n').filter((l) => l.length > 78)).toEqual([
      `Content-Type: ${XLSX};`,
      ' name="Gezamenlijk activiteitenoverzicht planningsjaar 2027 - Bewonersraad De Kernen (een versie).docx"',
      ' filename="Gezamenlijk activiteitenoverzicht planningsjaar 2027 - Bewonersraad De Kernen (een versie).docx";',
    ]);
    // The fallback for mail programs that read no RFC 2231: plain ASCII, spaces kept.
    expect(raw).toContain('filename="Uitvraag 2027 - Cafe Een.xlsx"');
    const parsed = await PostalMime.parse(bytes);
    expect(parsed.attachments.map((a) => a.filename)).toEqual(['Uitvraag 2027 – Café Één.xlsx', longName]);
    expect(parsed.attachments[0]?.mimeType).toBe(XLSX);
    expect(Buffer.from(parsed.attachments[0]?.content as ArrayBuffer).equals(Buffer.from(workbook))).toBe(true);
    expect(Buffer.from(parsed.attachments[1]?.content as ArrayBuffer).equals(Buffer.from(word))).toBe(true);
    expect(parsed.text?.replace(/\r\n/g, '\n').trimEnd()).toBe(message().text.trimEnd());
  });

  it('refuses a message without recipients', () => {
    expect(() => writeEml(message({ to: [] }))).toThrow(/geadresseerde/);
  });
});

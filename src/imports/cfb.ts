// The stream names in a Compound File Binary container (the OLE format of old
// .xls files and of password-protected Office files). Only the directory is
// read, following the FAT chain with bounds and loop checks, so that an
// encrypted .xlsx ("EncryptionInfo", "EncryptedPackage") can be told apart
// from an old .xls ("Workbook", "Book"). Pure.
//
// Why not the cfb package (SheetJS, checked against 1.2.2, issue 13): CFB.read
// parses the whole container and copies every stream's sectors into memory,
// where only the directory's names are needed here; and its get_sector_list
// follows a FAT chain without a loop check (make_sector_list has one), so a
// crafted file could keep it walking. This reads the directory only, with
// bounds and loop checks on every chain.

export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const END_OF_CHAIN = 0xfffffffe;
const FREE_SECT = 0xffffffff;
const HEADER_SIZE = 512;
const DIRECTORY_ENTRY_SIZE = 128;
const HEADER_DIFAT_ENTRIES = 109;
/** A directory of a few thousand entries covers every real file. */
const MAX_DIRECTORY_ENTRIES = 4096;

export function isCfb(data: Uint8Array): boolean {
  return data.length >= CFB_MAGIC.length && CFB_MAGIC.every((b, i) => data[i] === b);
}

/**
 * Names of the storages and streams in the container's directory, or null
 * when the header or the directory chain cannot be followed.
 */
export function cfbEntryNames(data: Uint8Array): string[] | null {
  if (!isCfb(data) || data.length < HEADER_SIZE) return null;
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const sectorShift = buf.readUInt16LE(0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  // The header fills the first sector: sector n starts at (n + 1) × sector size.
  const sectorCount = Math.ceil(buf.length / sectorSize) - 1;
  const sectorOffset = (sector: number): number => (sector + 1) * sectorSize;
  const validSector = (sector: number): boolean => sector < sectorCount;

  // The FAT sectors are listed in the header's DIFAT (109 entries) and, for
  // larger files, in a chain of DIFAT sectors.
  const fatSectorCount = buf.readUInt32LE(0x2c);
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES && fatSectors.length < fatSectorCount; i++) {
    const s = buf.readUInt32LE(0x4c + i * 4);
    if (s === FREE_SECT || s === END_OF_CHAIN) break;
    fatSectors.push(s);
  }
  let difat = buf.readUInt32LE(0x44);
  const seenDifat = new Set<number>();
  while (fatSectors.length < fatSectorCount && difat !== END_OF_CHAIN && difat !== FREE_SECT) {
    if (!validSector(difat) || seenDifat.has(difat)) return null;
    seenDifat.add(difat);
    const base = sectorOffset(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector && fatSectors.length < fatSectorCount; i++) {
      if (base + i * 4 + 4 > buf.length) return null;
      fatSectors.push(buf.readUInt32LE(base + i * 4));
    }
    if (base + sectorSize > buf.length) return null;
    difat = buf.readUInt32LE(base + sectorSize - 4);
  }

  const entriesPerFatSector = sectorSize / 4;
  const nextSector = (sector: number): number | null => {
    const fatIndex = Math.floor(sector / entriesPerFatSector);
    const fatSector = fatSectors[fatIndex];
    if (fatSector === undefined || !validSector(fatSector)) return null;
    const at = sectorOffset(fatSector) + (sector % entriesPerFatSector) * 4;
    if (at + 4 > buf.length) return null;
    return buf.readUInt32LE(at);
  };

  const names: string[] = [];
  const seen = new Set<number>();
  let sector = buf.readUInt32LE(0x30);
  while (sector !== END_OF_CHAIN) {
    if (!validSector(sector) || seen.has(sector)) return names.length > 0 ? names : null;
    seen.add(sector);
    const base = sectorOffset(sector);
    for (let k = 0; k < sectorSize / DIRECTORY_ENTRY_SIZE; k++) {
      const entry = base + k * DIRECTORY_ENTRY_SIZE;
      if (entry + DIRECTORY_ENTRY_SIZE > buf.length) break;
      const name = directoryEntryName(buf, entry);
      if (name !== null) names.push(name);
      if (names.length >= MAX_DIRECTORY_ENTRIES) return names;
    }
    const next = nextSector(sector);
    if (next === null) return names.length > 0 ? names : null;
    sector = next;
  }
  return names;
}

/** The name of one 128-byte directory entry, or null for an unused one. */
function directoryEntryName(buf: Buffer, entry: number): string | null {
  const objectType = buf[entry + 0x42];
  // 1 storage, 2 stream, 5 root; 0 is unused.
  if (objectType !== 1 && objectType !== 2 && objectType !== 5) return null;
  const nameBytes = buf.readUInt16LE(entry + 0x40);
  if (nameBytes < 2 || nameBytes > 64 || nameBytes % 2 !== 0) return null;
  // The length counts the terminating NUL.
  return buf.toString('utf16le', entry, entry + nameBytes - 2);
}

// Files cross the API as bytes (base64). Reading a picked or dropped file and
// saving a returned one happen here, the same in the browser and in Electron.
import type { FilePayload } from '../../src/service/contract';

/** Reads a file as base64; `onProgress` gets the fraction read (null while the size is unknown). */
export function readFilePayload(file: File, onProgress: (fraction: number | null) => void = () => {}): Promise<FilePayload> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress(e.lengthComputable && e.total > 0 ? e.loaded / e.total : null);
    reader.onerror = () => reject(new Error(`${file.name} kon niet worden gelezen.`));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      // A data URL: "data:<type>;base64,<data>".
      const comma = url.indexOf(',');
      onProgress(1);
      resolve({ name: file.name, data: comma >= 0 ? url.slice(comma + 1) : '' });
    };
    reader.readAsDataURL(file);
  });
}

const MIME_TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  eml: 'message/rfc822',
  ics: 'text/calendar',
};

/** The decoded size in bytes of a base64 payload. */
export function payloadSize(payload: FilePayload): number {
  const padding = payload.data.endsWith('==') ? 2 : payload.data.endsWith('=') ? 1 : 0;
  return Math.floor((payload.data.length * 3) / 4) - padding;
}

/** Hands a returned file to the browser's download (Electron shows its save dialog). */
export function saveFile(payload: FilePayload): void {
  const binary = atob(payload.data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const extension = payload.name.split('.').pop()?.toLowerCase() ?? '';
  const blob = new Blob([bytes], { type: MIME_TYPES[extension] ?? 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = payload.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// Browser file plumbing for export and import: a download from text or a Blob, and reading a picked or
// dropped file with the import cap checked before the bytes are read.
import { MAX_IMPORT_BYTES } from '../../state';

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled: Chromium reads the URL asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const downloadText = (text: string, name: string, type: string): void => downloadBlob(new Blob([text], { type }), name);

export type ReadResult = { ok: true; text: string } | { ok: false; code: 'too-large' | 'read-failed' };

export async function readTextFile(file: Blob): Promise<ReadResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, code: 'too-large' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, code: 'read-failed' };
  }
}

/** Copies text; falls back to a hidden textarea and execCommand where the Clipboard API is refused
 *  (an iframe without clipboard-write, an insecure origin). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.append(ta);
    ta.select();
    let done = false;
    try {
      done = document.execCommand('copy');
    } catch {
      done = false;
    }
    ta.remove();
    return done;
  }
}

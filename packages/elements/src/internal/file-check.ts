/** What is wrong with a chosen file, found in the page before it is sent (the server checks the content again). */
export interface FileCheck {
  readonly ok: boolean;
  readonly problem?: 'type' | 'size' | 'empty';
}

const EXTENSION_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** Size, emptiness, and the type the browser or else the file's extension suggests. */
export function checkFile(
  file: { size: number; type: string; name: string },
  accepted: readonly string[],
  maxBytes: number,
): FileCheck {
  if (file.size === 0) return { ok: false, problem: 'empty' };
  if (file.size > maxBytes) return { ok: false, problem: 'size' };
  const byName = EXTENSION_TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''];
  const type = file.type || byName;
  if (!type || !accepted.includes(type)) return { ok: false, problem: 'type' };
  return { ok: true };
}

import { MAX_UPLOAD_BYTES, type UploadMediaType } from '@gos-elements/contracts';

/** File signatures ("magic bytes") of what the cabinet accepts. */
const SIGNATURES: readonly { readonly type: UploadMediaType; readonly bytes: readonly number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/**
 * The type of a file by its content, never its name or the browser's word for it: a renamed `.exe` is not a PDF.
 * Undefined for anything else.
 */
export function sniffMediaType(bytes: Uint8Array): UploadMediaType | undefined {
  return SIGNATURES.find(({ bytes: signature }) => signature.every((byte, index) => bytes[index] === byte))?.type;
}

export type FileProblem = 'empty' | 'too-large' | 'unsupported-type';

/** Why a file cannot be uploaded, or its real type. */
export function checkUpload(
  bytes: Uint8Array,
  accepted: readonly UploadMediaType[],
  maxBytes = MAX_UPLOAD_BYTES,
): { ok: true; mediaType: UploadMediaType } | { ok: false; problem: FileProblem } {
  if (bytes.byteLength === 0) return { ok: false, problem: 'empty' };
  if (bytes.byteLength > maxBytes) return { ok: false, problem: 'too-large' };
  const mediaType = sniffMediaType(bytes);
  if (!mediaType || !accepted.includes(mediaType)) return { ok: false, problem: 'unsupported-type' };
  return { ok: true, mediaType };
}

/**
 * A one-page PDF with the given lines (Latin-1 text: the built-in Helvetica has no Cyrillic; the statements of the
 * payments issue bring an embedded Cyrillic font). Valid enough for every viewer: header, objects, xref, trailer.
 */
export function simplePdf(lines: readonly string[]): Uint8Array {
  const escape = (text: string) => text.replace(/[\\()]/g, (char) => `\\${char}`).replace(/[^\x20-\x7e]/g, '?');
  const content = [
    'BT /F1 14 Tf 56 780 Td 18 TL',
    ...lines.map((line, index) => `${index === 0 ? '' : 'T* '}(${escape(line)}) Tj`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

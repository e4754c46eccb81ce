// What a résumé file really is, by its content (the backend's check and the page's check before upload are this one): a PDF starts with `%PDF-`; a Word document (DOCX) is a ZIP package
// whose parts include `[Content_Types].xml` and `word/document.xml`. A text file named `.pdf` or any other ZIP
// (a renamed .xlsx) is neither. The name and the browser's word for the type are never trusted.
import { RESUME_FILE_MEDIA_TYPES, type ResumeFileMediaType } from '@gos-elements/contracts';

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_LOCAL_HEADER = 0x04034b50; // PK\x03\x04, little-endian
const DOCX_PARTS = ['[Content_Types].xml', 'word/document.xml'];
export const DOCX_MEDIA_TYPE = RESUME_FILE_MEDIA_TYPES[1];

/**
 * The names of the entries of a ZIP archive, from its local file headers (signature, 26 bytes, the name's length,
 * the extra field's length, the name). Every signature is looked for rather than hopping from entry to entry by the
 * sizes: writers that stream (LibreOffice, many libraries) put the sizes after the data, in a descriptor. A
 * signature by chance inside compressed data adds a nonsense name, which matches nothing.
 */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 30 || view.getUint32(0, true) !== ZIP_LOCAL_HEADER) return [];
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let at = 0; at + 30 <= bytes.byteLength; at += 1) {
    if (bytes[at] !== 0x50 || view.getUint32(at, true) !== ZIP_LOCAL_HEADER) continue;
    const nameLength = view.getUint16(at + 26, true);
    const nameStart = at + 30;
    if (nameStart + nameLength <= bytes.byteLength) {
      names.push(decoder.decode(bytes.subarray(nameStart, nameStart + nameLength)));
    }
  }
  return names;
}

/** The media type the content shows, or undefined for anything but a PDF or a Word document. */
export function sniffResumeFile(bytes: Uint8Array): ResumeFileMediaType | undefined {
  if (PDF.every((byte, index) => bytes[index] === byte)) return 'application/pdf';
  const names = zipEntryNames(bytes);
  if (DOCX_PARTS.every((part) => names.includes(part))) return DOCX_MEDIA_TYPE;
  return undefined;
}

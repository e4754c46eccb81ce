import { describe, expect, it } from 'vitest';
import { DOCX_MEDIA_TYPE, sniffResumeFile, zipEntryNames } from './resume-file.js';

const text = (value: string) => new TextEncoder().encode(value);

/** A ZIP archive's local file headers with these entry names (stored, empty), as an archiver writes them. */
function zipWith(names: readonly string[]): Uint8Array {
  const parts = names.map((name) => {
    const encoded = text(name);
    const header = new Uint8Array(30 + encoded.length + 3);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(26, encoded.length, true);
    header.set(encoded, 30);
    header.set(text('abc'), 30 + encoded.length);
    return header;
  });
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

describe('what a résumé file is, by its content', () => {
  it('tells a PDF and a Word document', () => {
    expect(sniffResumeFile(text('%PDF-1.7\n…'))).toBe('application/pdf');
    const docx = zipWith(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(zipEntryNames(docx)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(sniffResumeFile(docx)).toBe(DOCX_MEDIA_TYPE);
  });

  it('refuses anything else, whatever it is called', () => {
    expect(sniffResumeFile(text('MZ\x90\x00'))).toBeUndefined();
    expect(sniffResumeFile(text('Резюме.pdf, но это текст'))).toBeUndefined();
    // A ZIP that is not a Word document (an .xlsx, a renamed archive), and names merely mentioned in a ZIP.
    expect(sniffResumeFile(zipWith(['[Content_Types].xml', 'xl/workbook.xml']))).toBeUndefined();
    expect(sniffResumeFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...text('....word/document.xml....')]))).toBe(
      undefined,
    );
    expect(sniffResumeFile(new Uint8Array())).toBeUndefined();
  });
});

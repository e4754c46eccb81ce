import busboy from 'busboy';
import type { Request } from 'express';
import { HttpProblem } from './problem.js';

/** One uploaded file (in the `file` part) and the text fields that came with it. */
export interface SingleFileUpload {
  readonly fields: Readonly<Record<string, string>>;
  readonly fileName: string | undefined;
  readonly bytes: Uint8Array | undefined;
}

/**
 * Reads one file and its text fields from a multipart body, stopping at `maxBytes`: the part over the limit is
 * never buffered. A file that hits the limit comes back as `maxBytes + 1` bytes so the domain reports "too large".
 */
export function readSingleFile(req: Request, maxBytes: number): Promise<SingleFileUpload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // Browsers send file names as UTF-8 (`filename="Резюме.pdf"`); busboy would read them as Latin-1.
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fields: 5, fileSize: maxBytes + 1 },
      });
    } catch {
      reject(
        new HttpProblem({
          status: 415,
          code: 'unsupported-media-type',
          title: 'Неподдерживаемый формат данных',
          detail: 'Отправьте файл как multipart/form-data: текстовые поля и файл в поле file.',
        }),
      );
      return;
    }
    const fields: Record<string, string> = {};
    let file: { fileName: string; bytes: Uint8Array } | undefined;
    const reading: Promise<void>[] = [];
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file') {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      reading.push(
        new Promise((done) => {
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            file = { fileName: info.filename, bytes: new Uint8Array(Buffer.concat(chunks)) };
            done();
          });
        }),
      );
    });
    parser.on('error', (error) => reject(HttpProblem.badRequest(`Не удалось разобрать multipart: ${String(error)}`)));
    parser.on('close', () => {
      void Promise.all(reading).then(() => resolve({ fields, fileName: file?.fileName, bytes: file?.bytes }));
    });
    req.pipe(parser);
  });
}

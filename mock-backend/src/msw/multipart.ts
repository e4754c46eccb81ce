// The MSW side of a one-file multipart upload: what http/multipart.ts reads for the Express routes, from a fetch
// Request — the text fields and the `file` part — or the same 415 answer when the body is not multipart.
import { problemTypeUri, type ProblemDetails } from '@gos-elements/contracts';
import type { SingleFileUpload } from '../http/multipart.js';

export async function readSingleFile(
  request: Request,
  instance: string,
): Promise<SingleFileUpload | { status: 415; body: ProblemDetails }> {
  if (!(request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    return {
      status: 415,
      body: {
        type: problemTypeUri('unsupported-media-type'),
        title: 'Неподдерживаемый формат данных',
        status: 415,
        code: 'unsupported-media-type',
        detail: 'Отправьте файл как multipart/form-data: текстовые поля и файл в поле file.',
        instance,
      },
    };
  }
  const form = await request.formData();
  const fields: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === 'string') fields[name] = value;
  const file = form.get('file');
  return {
    fields,
    fileName: file instanceof File ? file.name : undefined,
    bytes: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : undefined,
  };
}

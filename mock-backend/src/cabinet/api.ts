// The cabinet's HTTP semantics without HTTP: each operation takes what a transport read from the request and gives
// back the status and body to send. The Express routes and the MSW handlers are thin adapters over this, so the two
// answer every request identically (the contract test checks it).
import {
  ApplicationListQuerySchema,
  CancelApplicationSchema,
  fieldErrorsFromZod,
  problemTypeUri,
  SetApplicationStatusSchema,
  type ProblemDetails,
} from '@gos-elements/contracts';
import type { Applications } from './applications.js';
import { CabinetError } from './applications.js';
import type { IdempotencyKeys } from './idempotency.js';
import { fingerprint, type StoredAnswer } from './idempotency.js';
import { cabinetProblem } from './problems.js';

export interface UploadRequest {
  readonly requestId: string | undefined;
  readonly fileName: string | undefined;
  readonly bytes: Uint8Array | undefined;
}

/** The 400 answer for a request that failed its schema, field by field (the payments API answers the same way). */
export function validationFailed(error: Parameters<typeof fieldErrorsFromZod>[0], instance: string): StoredAnswer {
  const body: ProblemDetails = {
    type: problemTypeUri('validation-failed'),
    title: 'Данные запроса не прошли проверку',
    status: 400,
    code: 'validation-failed',
    detail: 'Исправьте отмеченные поля и повторите запрос.',
    instance,
    errors: fieldErrorsFromZod(error),
  };
  return { status: 400, body };
}

/** Runs a domain call, turning a {@link CabinetError} into its problem answer. */
function answer(instance: string, status: number, run: () => unknown): StoredAnswer {
  try {
    return { status, body: run() };
  } catch (error) {
    if (error instanceof CabinetError) return { status: error.status, body: cabinetProblem(error, instance) };
    throw error;
  }
}

export class CabinetApi {
  readonly applications: Applications;
  readonly #idempotency: IdempotencyKeys;

  constructor(applications: Applications, idempotency: IdempotencyKeys) {
    this.applications = applications;
    this.#idempotency = idempotency;
  }

  list(owner: string, query: Readonly<Record<string, string>>, instance: string): StoredAnswer {
    const parsed = ApplicationListQuerySchema.safeParse(query);
    if (!parsed.success) return validationFailed(parsed.error, instance);
    return answer(instance, 200, () => this.applications.list(owner, parsed.data));
  }

  get(owner: string, id: string, instance: string): StoredAnswer {
    return answer(instance, 200, () => this.applications.get(owner, id));
  }

  upload(owner: string, id: string, upload: UploadRequest, key: string | null, instance: string): StoredAnswer {
    const { requestId, fileName, bytes } = upload;
    if (!requestId || !bytes) {
      const errors = [
        ...(requestId
          ? []
          : [{ field: 'requestId', code: 'required', message: 'Укажите, какой документ загружается.' }]),
        ...(bytes ? [] : [{ field: 'file', code: 'required', message: 'Приложите файл.' }]),
      ];
      const body: ProblemDetails = {
        type: problemTypeUri('validation-failed'),
        title: 'Данные запроса не прошли проверку',
        status: 400,
        code: 'validation-failed',
        detail: 'Исправьте отмеченные поля и повторите запрос.',
        instance,
        errors,
      };
      return { status: 400, body };
    }
    return this.#idempotency.run(
      { owner, operation: `upload ${id}`, key },
      fingerprint(requestId, fileName ?? '', bytes),
      () =>
        answer(instance, 201, () =>
          this.applications.upload(owner, id, { requestId, fileName: fileName ?? 'document', bytes }),
        ),
    );
  }

  cancel(owner: string, id: string, body: unknown, key: string | null, instance: string): StoredAnswer {
    const parsed = CancelApplicationSchema.safeParse(body ?? {});
    if (!parsed.success) return validationFailed(parsed.error, instance);
    return this.#idempotency.run(
      { owner, operation: `cancel ${id}`, key },
      fingerprint(JSON.stringify(parsed.data)),
      () => answer(instance, 200, () => this.applications.cancel(owner, id, parsed.data.reason)),
    );
  }

  /** The result file, or the problem answer when there is none. */
  result(
    owner: string,
    id: string,
    instance: string,
  ): { status: 200; fileName: string; mediaType: string; bytes: Uint8Array; disposition: string } | StoredAnswer {
    try {
      const result = this.applications.result(owner, id);
      // File names are application numbers (ASCII): no RFC 5987 encoding needed.
      return { status: 200, ...result, disposition: `attachment; filename="${result.fileName}"` };
    } catch (error) {
      if (error instanceof CabinetError) return { status: error.status, body: cabinetProblem(error, instance) };
      throw error;
    }
  }

  setStatus(id: string, body: unknown, instance: string): StoredAnswer {
    const parsed = SetApplicationStatusSchema.safeParse(body);
    if (!parsed.success) return validationFailed(parsed.error, instance);
    return answer(instance, 200, () => this.applications.setStatus(id, parsed.data.status, parsed.data.comment));
  }
}

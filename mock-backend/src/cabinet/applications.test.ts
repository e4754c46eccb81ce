import { APPLICATION_STATUS_CODES, ApplicationListQuerySchema, ApplicationSchema } from '@gos-elements/contracts';
import { describe, expect, it } from 'vitest';
import { Applications, CabinetError, type ApplicationRecord } from './applications.js';
import { simplePdf, sniffMediaType } from './files.js';
import { seedApplications } from './seed.js';

const NOW = Date.parse('2026-11-24T09:00:00Z');
const ANNA = 'sub-anna';
const PETR = 'sub-petr';

function cabinet() {
  const clock = { now: () => NOW };
  return new Applications(clock, [...seedApplications(ANNA, 1, NOW), ...seedApplications(PETR, 2, NOW)]);
}
const query = (input: Record<string, string> = {}) => ApplicationListQuerySchema.parse(input);
const byStatus = (applications: Applications, owner: string, status: string) =>
  applications.list(owner, query({ status, pageSize: '50' })).items[0]!;

const PDF = simplePdf(['income certificate']);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new Array(60).fill(0)]);

function failure(run: () => unknown): CabinetError {
  try {
    run();
  } catch (error) {
    if (error instanceof CabinetError) return error;
    throw error;
  }
  throw new Error('expected a CabinetError');
}

describe('Applications', () => {
  it('seeds every status for each citizen, valid by the contract', () => {
    const applications = cabinet();
    const mine = applications.list(ANNA, query({ pageSize: '50' }));
    expect(new Set(mine.items.map((item) => item.status))).toEqual(new Set(APPLICATION_STATUS_CODES));
    for (const item of mine.items) expect(() => ApplicationSchema.parse(applications.get(ANNA, item.id))).not.toThrow();
    expect(seedApplications(ANNA, 1, NOW)).toEqual(seedApplications(ANNA, 1, NOW));
  });

  it('shows a citizen only their own applications; another’s is “not found”, as if it did not exist', () => {
    const applications = cabinet();
    const annas = applications.list(ANNA, query({ pageSize: '50' })).items;
    const petrs = applications.list(PETR, query({ pageSize: '50' })).items;
    expect(annas.some((item) => petrs.some((other) => other.id === item.id))).toBe(false);
    const error = failure(() => applications.get(PETR, annas[0]!.id));
    expect([error.code, error.status]).toEqual(['not-found', 404]);
    expect(failure(() => applications.get(ANNA, 'app-nope')).status).toBe(404);
  });

  it('filters by status, service and period, sorts, and pages with the total of every page', () => {
    const applications = cabinet();
    const active = applications.list(ANNA, query({ status: 'in-review,action-required' }));
    expect(active.items.map((item) => item.status).sort()).toEqual(['action-required', 'in-review']);
    expect(applications.list(ANNA, query({ service: 'edv' })).total).toBe(2);
    expect(
      applications.list(ANNA, query({ from: '2026-11-18' })).items.every((i) => i.submittedAt >= '2026-11-17'),
    ).toBe(true);
    const oldestFirst = applications.list(ANNA, query({ sort: 'submitted-asc', pageSize: '3', page: '2' }));
    expect([oldestFirst.total, oldestFirst.items.length, oldestFirst.page]).toEqual([8, 3, 2]);
    const all = applications.list(ANNA, query({ sort: 'submitted-asc', pageSize: '50' })).items;
    expect(oldestFirst.items).toEqual(all.slice(3, 6));
    const changed = applications.list(ANNA, query({ pageSize: '50' })).items.map((item) => item.statusChangedAt);
    expect(changed).toEqual([...changed].sort().reverse());
  });

  it('takes a requested PDF, sends the application back for review and tells its owner only', () => {
    const applications = cabinet();
    const waiting = byStatus(applications, ANNA, 'action-required');
    const request = applications.get(ANNA, waiting.id).requiredDocuments[0]!;
    const annaHears: string[] = [];
    const petrHears: string[] = [];
    applications.subscribe(ANNA, (event) => annaHears.push(`${event.number} ${event.status}`));
    applications.subscribe(PETR, (event) => petrHears.push(event.status));

    const after = applications.upload(ANNA, waiting.id, { requestId: request.id, fileName: 'spravka.pdf', bytes: PDF });
    expect(after.status).toBe('in-review');
    expect(after.documents).toMatchObject([
      { fileName: 'spravka.pdf', mediaType: 'application/pdf', size: PDF.length },
    ]);
    expect(after.requiredDocuments[0]!.fulfilled).toBe(true);
    expect(after.history.at(-1)).toMatchObject({ status: 'in-review', author: 'Заявитель' });
    expect(annaHears).toEqual([`${waiting.number} in-review`]);
    expect(petrHears).toEqual([]);
    expect(
      failure(() => applications.upload(ANNA, waiting.id, { requestId: request.id, fileName: 'x.pdf', bytes: PDF }))
        .code,
    ).toBe('not-requested');
  });

  it('refuses a renamed .exe, a file over 5 MB and an empty one, saying why', () => {
    const applications = cabinet();
    const waiting = byStatus(applications, ANNA, 'action-required');
    const requestId = applications.get(ANNA, waiting.id).requiredDocuments[0]!.id;
    const exe = failure(() =>
      applications.upload(ANNA, waiting.id, { requestId, fileName: 'spravka.pdf', bytes: EXE }),
    );
    expect([exe.code, exe.status]).toEqual(['unsupported-type', 415]);
    expect(exe.message).toMatch(/PDF, JPEG, PNG.*по содержимому/);
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set(PDF);
    const tooLarge = failure(() =>
      applications.upload(ANNA, waiting.id, { requestId, fileName: 'big.pdf', bytes: big }),
    );
    expect([tooLarge.code, tooLarge.status, tooLarge.message]).toEqual([
      'too-large',
      413,
      expect.stringMatching(/5 МБ/),
    ]);
    expect(
      failure(() => applications.upload(ANNA, waiting.id, { requestId, fileName: 'e.pdf', bytes: new Uint8Array() }))
        .code,
    ).toBe('empty');
    expect(applications.get(ANNA, waiting.id).status).toBe('action-required');
  });

  it('lets the citizen withdraw an undecided application, and not a decided one', () => {
    const applications = cabinet();
    const reviewing = byStatus(applications, ANNA, 'in-review');
    const cancelled = applications.cancel(ANNA, reviewing.id, 'подам позже');
    expect([cancelled.status, cancelled.cancellable, cancelled.history.at(-1)?.comment]).toEqual([
      'cancelled',
      false,
      'Отозвано заявителем: подам позже',
    ]);
    const issued = byStatus(applications, ANNA, 'issued');
    expect(failure(() => applications.cancel(ANNA, issued.id)).status).toBe(409);
  });

  it('hands out the result of an issued application as a PDF, and nothing before', () => {
    const applications = cabinet();
    const issued = applications.get(ANNA, byStatus(applications, ANNA, 'issued').id);
    const result = applications.result(ANNA, issued.id);
    expect(sniffMediaType(result.bytes)).toBe('application/pdf');
    expect(result.bytes.byteLength).toBe(issued.result?.size);
    expect(failure(() => applications.result(ANNA, byStatus(applications, ANNA, 'approved').id)).code).toBe(
      'no-result',
    );
  });

  it('moves applications along their path (simulator and dev endpoint), never past a final status', () => {
    const applications = cabinet();
    const accepted = byStatus(applications, ANNA, 'accepted');
    const reviewing = byStatus(applications, PETR, 'in-review');
    const waiting = byStatus(applications, PETR, 'action-required');
    applications.advance();
    expect(applications.get(ANNA, accepted.id).status).toBe('in-review');
    applications.advance();
    applications.advance();
    expect(applications.get(ANNA, accepted.id)).toMatchObject({
      status: 'issued',
      result: { mediaType: 'application/pdf' },
    });
    // In review, the department asked for a document; until it is uploaded, the application waits.
    const asked = applications.get(PETR, reviewing.id);
    expect(asked.status).toBe('action-required');
    expect(asked.requiredDocuments.filter((request) => !request.fulfilled)).toHaveLength(1);
    expect(applications.get(PETR, waiting.id).status).toBe('action-required');
    const rejected = applications.setStatus(reviewing.id, 'rejected', 'Не подтверждён доход');
    expect([rejected.status, rejected.rejectionReason]).toEqual(['rejected', 'Не подтверждён доход']);
    expect(applications.advance()).toBeGreaterThanOrEqual(0);
    expect(applications.get(PETR, reviewing.id).status).toBe('rejected');
  });
});

describe('applications filed by the cabinet', () => {
  const clarification = {
    service: { code: 'payment-clarification', title: 'Запрос о разъяснении выплаты' },
    department: { code: 'sfr', title: 'Социальный фонд России' },
    comment: 'Почему в октябре меньше?',
    subject: { type: 'payment', id: 'pay-1-edv-202610', title: 'ЕДВ за октябрь 2026' },
    plan: ['in-review'],
  } as const;

  it('are accepted now under the citizen’s name, numbered after the seeded ones, listed and told to the owner', () => {
    const applications = cabinet();
    const events: string[] = [];
    applications.subscribe(ANNA, (event) => events.push(`${event.number} ${event.status}`));
    applications.subscribe(PETR, (event) => events.push(`petr ${event.number}`));
    const first = ApplicationSchema.parse(applications.submit(ANNA, clarification));
    const second = applications.submit(PETR, clarification);
    expect([first.number, second.number]).toEqual(['2026-500001', '2026-500002']);
    expect(first).toMatchObject({
      status: 'accepted',
      submittedAt: new Date(NOW).toISOString(),
      subject: clarification.subject,
      history: [{ status: 'accepted', author: 'Заявитель', comment: 'Почему в октябре меньше?' }],
      cancellable: true,
    });
    expect(applications.list(ANNA, query({ service: 'payment-clarification' })).items).toEqual([
      expect.objectContaining({ id: first.id, subject: clarification.subject }),
    ]);
    expect(() => applications.get(PETR, first.id)).toThrow(CabinetError);
    expect(events).toEqual(['2026-500001 accepted', 'petr 2026-500002']);
    applications.advance();
    expect(applications.get(ANNA, first.id).status).toBe('in-review');
  });

  it('keep their numbers unique across a restart (the kept records continue the series)', () => {
    const saved: ApplicationRecord[] = [];
    const store = { load: () => saved, save: (record: ApplicationRecord) => void saved.push(record) };
    new Applications({ now: () => NOW }, [], store).submit(ANNA, clarification);
    const restarted = new Applications({ now: () => NOW }, saved, store);
    expect(restarted.submit(ANNA, clarification).number).toBe('2026-500002');
  });
});

describe('upload limits', () => {
  it('takes the largest size and the types from the limits table, whatever a request allows', () => {
    const records = seedApplications(ANNA, 1, NOW);
    const applications = new Applications({ now: () => NOW }, records, undefined, {
      maxBytes: 1024 * 1024,
      mediaTypes: ['application/pdf'],
    });
    const waiting = byStatus(applications, ANNA, 'action-required');
    const requestId = applications.get(ANNA, waiting.id).requiredDocuments[0]!.id;
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(PDF);
    expect(
      failure(() => applications.upload(ANNA, waiting.id, { requestId, fileName: 'a.pdf', bytes: big })),
    ).toMatchObject({
      code: 'too-large',
      message: expect.stringContaining('Файл больше 1 МБ'),
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(
      failure(() => applications.upload(ANNA, waiting.id, { requestId, fileName: 'a.png', bytes: png })),
    ).toMatchObject({
      code: 'unsupported-type',
      message: expect.stringContaining('принимаются PDF.'),
    });
  });
});

describe('simplePdf', () => {
  it('writes a PDF whose cross-reference table points at its objects', () => {
    const text = new TextDecoder().decode(simplePdf(['Hello (world)']));
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, index) => expect(text.slice(offset)).toMatch(new RegExp(`^${index + 1} 0 obj`)));
    expect(text).toContain('(Hello \\(world\\)) Tj');
  });
});

describe('the cabinet domain', () => {
  it('imports nothing but the contracts and itself, so the MSW handlers can run it in a browser', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('.', import.meta.url);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
      expect(
        imports.filter(
          (name) => name !== '@gos-elements/contracts' && name !== '../limits.js' && !name?.startsWith('./'),
        ),
        file,
      ).toEqual([]);
    }
    // The limits table is plain data too: the contracts, and types only from elsewhere.
    const limits = readFileSync(new URL('../limits.ts', dir), 'utf8');
    const valueImports = [...limits.matchAll(/^import (?!type )[^;]*from '([^']+)'/gm)].map((match) => match[1]);
    expect(valueImports).toEqual(['@gos-elements/contracts']);
  });
});

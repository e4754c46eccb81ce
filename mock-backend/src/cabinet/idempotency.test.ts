import { describe, expect, it } from 'vitest';
import { fingerprint, IdempotencyKeys } from './idempotency.js';

describe('IdempotencyKeys', () => {
  const setup = () => {
    let now = 0;
    const keys = new IdempotencyKeys({ now: () => now });
    let runs = 0;
    const handle =
      (status = 201) =>
      () => ({ status, body: { run: ++runs } });
    return { keys, handle, advance: (ms: number) => (now += ms), runs: () => runs };
  };
  const scope = { owner: 'a', operation: 'upload x', key: 'key-00000001' };

  it('answers a retry with the first answer, per citizen and operation', () => {
    const { keys, handle, runs } = setup();
    expect(keys.run(scope, 'f1', handle())).toEqual({ status: 201, body: { run: 1 }, replayed: false });
    expect(keys.run(scope, 'f1', handle())).toEqual({ status: 201, body: { run: 1 }, replayed: true });
    expect(keys.run({ ...scope, owner: 'b' }, 'f1', handle()).body).toEqual({ run: 2 });
    expect(keys.run({ ...scope, operation: 'cancel x' }, 'f1', handle()).body).toEqual({ run: 3 });
    expect(keys.run({ ...scope, key: null }, 'f1', handle()).body).toEqual({ run: 4 });
    expect(keys.run({ ...scope, key: null }, 'f1', handle()).body).toEqual({ run: 5 });
    expect(runs()).toBe(5);
  });

  it('refuses the same key for a different request, and a malformed key', () => {
    const { keys, handle } = setup();
    keys.run(scope, 'f1', handle());
    expect(keys.run(scope, 'f2', handle())).toMatchObject({ status: 422, body: { code: 'idempotency-key-reused' } });
    expect(keys.run({ ...scope, key: 'short' }, 'f1', handle())).toMatchObject({
      status: 400,
      body: { code: 'invalid-idempotency-key' },
    });
  });

  it('forgets answers after a day, and never keeps a server error', () => {
    const { keys, handle, advance } = setup();
    keys.run(scope, 'f1', handle());
    advance(86_400_000);
    expect(keys.run(scope, 'f1', handle()).replayed).toBe(false);
    const failing = { ...scope, key: 'key-00000002' };
    keys.run(failing, 'f1', handle(503));
    expect(keys.run(failing, 'f1', handle()).replayed).toBe(false);
  });

  it('fingerprints the parts of a request, telling their boundaries apart', () => {
    expect(fingerprint('ab', 'c')).not.toBe(fingerprint('a', 'bc'));
    expect(fingerprint('a', new Uint8Array([1, 2]))).toBe(fingerprint('a', new Uint8Array([1, 2])));
  });
});

import { Secret, TOTP, URI } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { SEEDED_TOTP_SECRET, seededUser } from './seed.js';
import { testIdentity } from './test-support.js';

const PERIOD_MS = 30_000;
const dmitry = seededUser('standard-totp');
const alexey = seededUser('no-second-factor');

/** What the person's app shows at `timestamp`, computed independently of the code under test. */
function appCode(secret: string, timestamp: number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30, timestamp });
}

async function seeded() {
  const context = testIdentity();
  await context.identity.seed();
  return context;
}

describe('authenticator codes', () => {
  it('accepts the current code of the published secret once, and refuses a wrong one', async () => {
    const { identity, clock } = await seeded();
    const code = appCode(SEEDED_TOTP_SECRET, clock.now());
    const wrong = code === '000000' ? '000001' : '000000';
    expect(identity.secondFactors.checkTotp(dmitry.oid, wrong)).toBe(false);
    expect(identity.secondFactors.checkTotp(dmitry.oid, code)).toBe(true);
    // Replay within the same period.
    clock.advance(5_000);
    expect(identity.secondFactors.checkTotp(dmitry.oid, code)).toBe(false);
    // The next period's code works.
    clock.advance(PERIOD_MS);
    expect(identity.secondFactors.checkTotp(dmitry.oid, appCode(SEEDED_TOTP_SECRET, clock.now()))).toBe(true);
  });

  it('allows one period of clock drift, but never a code older than one already used', async () => {
    const { identity, clock } = await seeded();
    const previous = appCode(SEEDED_TOTP_SECRET, clock.now() - PERIOD_MS);
    const current = appCode(SEEDED_TOTP_SECRET, clock.now());
    const tooOld = appCode(SEEDED_TOTP_SECRET, clock.now() - 2 * PERIOD_MS);
    expect(identity.secondFactors.checkTotp(dmitry.oid, tooOld)).toBe(false);
    expect(identity.secondFactors.checkTotp(dmitry.oid, current)).toBe(true);
    expect(identity.secondFactors.checkTotp(dmitry.oid, previous)).toBe(false);
  });

  it('has no authenticator for an account that did not enrol one', async () => {
    const { identity, clock } = await seeded();
    expect(identity.secondFactors.checkTotp(alexey.oid, appCode(SEEDED_TOTP_SECRET, clock.now()))).toBe(false);
    expect(identity.secondFactors.checkTotp(dmitry.oid, 'abcdef')).toBe(false);
  });
});

describe('authenticator enrolment', () => {
  it('returns the secret, an otpauth URI and an SVG QR code, and activates only after a right code', async () => {
    const { identity, clock } = await seeded();
    const enrolment = await identity.secondFactors.enrolTotp(alexey.oid);

    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    const parsed = URI.parse(enrolment.uri);
    expect(parsed).toBeInstanceOf(TOTP);
    expect(parsed).toMatchObject({
      issuer: 'Госуслуги',
      label: alexey.phone,
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    });
    expect(parsed.secret.base32).toBe(enrolment.secret);
    expect(decodeURIComponent(enrolment.uri)).toMatch(
      /^otpauth:\/\/totp\/Госуслуги:\+79265550404\?.*issuer=Госуслуги/u,
    );
    expect(enrolment.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    const svg = Buffer.from(enrolment.qrCodeDataUrl.split(',')[1] ?? '', 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);

    const code = appCode(enrolment.secret, clock.now());
    // Pending: not a factor yet, and its codes do not sign in.
    expect(identity.accounts.findById(alexey.oid)?.factors).toEqual([]);
    expect(identity.secondFactors.checkTotp(alexey.oid, code)).toBe(false);
    expect(identity.secondFactors.confirmTotp(alexey.oid, code === '000000' ? '000001' : '000000')).toBe(false);

    expect(identity.secondFactors.confirmTotp(alexey.oid, code)).toBe(true);
    expect(identity.accounts.findById(alexey.oid)?.factors).toEqual(['totp']);
    // The confirming code is spent; the next period's works.
    expect(identity.secondFactors.checkTotp(alexey.oid, code)).toBe(false);
    clock.advance(PERIOD_MS);
    expect(identity.secondFactors.checkTotp(alexey.oid, appCode(enrolment.secret, clock.now()))).toBe(true);
  });

  it('keeps the old secret working until the new one is confirmed', async () => {
    const { identity, clock } = await seeded();
    const enrolment = await identity.secondFactors.enrolTotp(dmitry.oid);
    expect(identity.secondFactors.checkTotp(dmitry.oid, appCode(SEEDED_TOTP_SECRET, clock.now()))).toBe(true);
    clock.advance(PERIOD_MS);
    expect(identity.secondFactors.confirmTotp(dmitry.oid, appCode(enrolment.secret, clock.now()))).toBe(true);
    clock.advance(PERIOD_MS);
    expect(identity.secondFactors.checkTotp(dmitry.oid, appCode(SEEDED_TOTP_SECRET, clock.now()))).toBe(false);
    expect(identity.secondFactors.checkTotp(dmitry.oid, appCode(enrolment.secret, clock.now()))).toBe(true);
    expect(identity.accounts.findById(dmitry.oid)?.factors).toEqual(['totp']);
  });
});

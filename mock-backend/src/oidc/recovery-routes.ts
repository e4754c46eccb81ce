import { randomBytes } from 'node:crypto';
import { checkPassword, normalizePhone, type PasswordPersonalData } from '@gos-elements/core';
import { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import { HttpProblem } from '../http/problem.js';
import type { Account, AccountId, CodeChallenge } from '../identity/types.js';
import type { PageError } from '../pages/layout.js';
import { renderErrorPage } from '../pages/provider-pages.js';
import {
  renderNewPasswordPage,
  renderRecoveryCodePage,
  renderRecoveryDonePage,
  renderRecoveryExpiredPage,
  renderRecoveryStartPage,
} from '../pages/recovery.js';
import { renderUnexpectedErrorPage } from '../pages/sign-in.js';
import { revokeAccountArtifacts } from './adapter.js';
import { formBody, formField, noStore, pageRateLimit, requestOrigin } from './http-helpers.js';
import type { OidcDependencies } from './ports.js';
import type { SignInSteps } from './sign-in-steps.js';

export interface RecoveryRouterOptions extends OidcDependencies {
  readonly steps: SignInSteps;
}

interface Flow {
  readonly id: string;
  /** Null when the identifier named no account: the flow then plays along but can never succeed. */
  readonly accountId: AccountId | null;
  readonly challengeId: string | null;
  readonly attemptsLeft: number;
  readonly verified: boolean;
  readonly interactionUid: string | null;
  readonly expiresAt: number;
}

interface FlowRow {
  readonly id: string;
  readonly account_id: string | null;
  readonly challenge_id: string | null;
  readonly attempts_left: number;
  readonly verified: number;
  readonly return_to: string | null;
  readonly expires_at: number;
}

const INTERACTION_UID = /^[A-Za-z0-9_-]{1,64}$/;

/** Descriptive requirements for the new-password page; the length comes from the core policy itself. */
function passwordRules(): string[] {
  const tooShort = checkPassword('').failures.find((failure) => failure.rule === 'too-short');
  return [
    ...(tooShort ? [tooShort.message.ru.replace(/^Пароль должен быть не/, 'Не')] : []),
    'Заглавные и строчные буквы, цифры и специальные символы (например ! ? % #)',
    'Без последовательностей соседних клавиш или цифр (qwer, йцук, 1234) и без трёх одинаковых символов подряд',
    'Без имени, фамилии, даты рождения, телефона и почты',
  ];
}

function personalData(account: Account): PasswordPersonalData {
  const { profile } = account;
  const phone = profile.contacts.find((contact) => contact.type === 'MBT')?.value;
  const email = profile.contacts.find((contact) => contact.type === 'EML')?.value;
  return {
    firstName: profile.firstName,
    lastName: profile.lastName,
    ...(profile.middleName === undefined ? {} : { middleName: profile.middleName }),
    birthDate: profile.birthDate,
    ...(phone === undefined ? {} : { phone }),
    ...(email === undefined ? {} : { email }),
  };
}

function wrongCodeMessage(attemptsLeft: number): string {
  return attemptsLeft > 0
    ? `Неверный код. Осталось попыток: ${attemptsLeft}.`
    : 'Неверный код. Попытки ввода исчерпаны — начните восстановление заново.';
}

/**
 * Password recovery: identifier → code to the account's phone or e-mail → new password (core policy, every failed
 * rule listed) → every session, grant and token of the account revoked. No account enumeration: an unknown
 * identifier gets a flow too, with the same pages, messages and attempt counting, that can never succeed.
 */
export function recoveryRouter(options: RecoveryRouterOptions): Router {
  const { db, identity, limits, clock, logger, steps } = options;
  const { accounts, secondFactors, journal } = identity;
  const router = Router();
  const form = formBody();
  const limit = pageRateLimit(limits.rateLimits.recovery, 'recovery');

  const readFlow = (id: string): Flow | undefined => {
    const row = db
      .prepare<[string, number], FlowRow>('SELECT * FROM recovery_flows WHERE id = ? AND expires_at > ?')
      .get(id, clock.now());
    if (row === undefined) return undefined;
    return {
      id: row.id,
      accountId: row.account_id,
      challengeId: row.challenge_id,
      attemptsLeft: row.attempts_left,
      verified: row.verified === 1,
      interactionUid: row.return_to,
      expiresAt: row.expires_at,
    };
  };

  /** Sends the code by the channel the identifier suggests (SNILS: phone first), falling back to the other. */
  const sendRecoveryCode = (account: Account, identifier: string): CodeChallenge | undefined => {
    const hasPhone = account.profile.contacts.some((contact) => contact.type === 'MBT');
    const preferred: 'sms' | 'email' = identifier.includes('@')
      ? 'email'
      : normalizePhone(identifier) !== null || hasPhone
        ? 'sms'
        : 'email';
    for (const channel of [preferred, preferred === 'sms' ? 'email' : 'sms'] as const) {
      try {
        return secondFactors.sendCode(account.id, channel, 'recovery');
      } catch (error) {
        if (!(error instanceof HttpProblem) || error.code !== 'channel-unavailable') throw error;
      }
    }
    return undefined;
  };

  const html = (res: Response, status: number, body: string): void => {
    res.status(status).type('html').send(body);
  };

  const withFlow =
    (handler: (req: Request, res: Response, flow: Flow) => Promise<void> | void) =>
    async (req: Request, res: Response): Promise<void> => {
      const flow = readFlow(String(req.params['flow']));
      if (!flow) return html(res, 410, renderRecoveryExpiredPage());
      await handler(req, res, flow);
    };

  router.use('/recovery', noStore);

  router.get('/recovery', (req, res) => {
    const uid = typeof req.query['interaction'] === 'string' ? req.query['interaction'] : '';
    html(res, 200, renderRecoveryStartPage({ interactionUid: INTERACTION_UID.test(uid) ? uid : undefined }));
  });

  router.post('/recovery', limit, form, (req, res) => {
    const identifier = formField(req, 'identifier').trim();
    const uid = formField(req, 'interaction');
    const interactionUid = INTERACTION_UID.test(uid) ? uid : undefined;
    if (identifier === '') {
      return html(
        res,
        400,
        renderRecoveryStartPage({
          interactionUid,
          errors: [{ field: 'identifier', message: 'Введите телефон, почту или СНИЛС' }],
        }),
      );
    }
    const account = accounts.findByIdentifier(identifier);
    const challenge = account ? sendRecoveryCode(account, identifier) : undefined;
    const id = randomBytes(18).toString('base64url');
    const now = clock.now();
    db.prepare(
      `INSERT INTO recovery_flows (id, account_id, challenge_id, attempts_left, verified, return_to, expires_at)
       VALUES (?, ?, ?, ?, 0, ?, ?)`,
    ).run(
      id,
      challenge ? challenge.accountId : null,
      challenge?.id ?? null,
      limits.otp.maxAttempts,
      interactionUid ?? null,
      challenge?.expiresAt ?? now + limits.otp.lifetimeMs,
    );
    res.redirect(303, `/recovery/${id}`);
  });

  router.get(
    '/recovery/:flow',
    withFlow((_req, res, flow) =>
      flow.verified
        ? html(res, 200, renderNewPasswordPage({ flowId: flow.id, rules: passwordRules() }))
        : html(res, 200, renderRecoveryCodePage({ flowId: flow.id })),
    ),
  );

  router.post(
    '/recovery/:flow/code',
    limit,
    form,
    withFlow((req, res, flow) => {
      if (flow.verified) return res.redirect(303, `/recovery/${flow.id}`);
      const code = formField(req, 'code').replace(/\s+/g, '');
      const fail = (status: number, message: string): void =>
        html(res, status, renderRecoveryCodePage({ flowId: flow.id, errors: [{ field: 'code', message }] }));
      if (code === '') return fail(400, 'Введите код');

      if (flow.accountId === null || flow.challengeId === null) {
        // No account: count attempts exactly as a real code does, and refuse every code.
        if (flow.attemptsLeft === 0) return fail(401, 'Попытки ввода кода исчерпаны. Начните восстановление заново.');
        const attemptsLeft = flow.attemptsLeft - 1;
        db.prepare('UPDATE recovery_flows SET attempts_left = ? WHERE id = ?').run(attemptsLeft, flow.id);
        return fail(401, wrongCodeMessage(attemptsLeft));
      }

      const result = secondFactors.checkCode(flow.challengeId, code);
      if (result.ok) {
        // The code is spent; the person now has one more code lifetime to choose a password.
        db.prepare('UPDATE recovery_flows SET verified = 1, expires_at = ? WHERE id = ?').run(
          clock.now() + limits.otp.lifetimeMs,
          flow.id,
        );
        return res.redirect(303, `/recovery/${flow.id}`);
      }
      switch (result.reason) {
        case 'wrong':
          db.prepare('UPDATE recovery_flows SET attempts_left = ? WHERE id = ?').run(result.attemptsLeft, flow.id);
          return fail(401, wrongCodeMessage(result.attemptsLeft));
        case 'exhausted':
          return fail(401, 'Попытки ввода кода исчерпаны. Начните восстановление заново.');
        default:
          return html(res, 410, renderRecoveryExpiredPage());
      }
    }),
  );

  router.post(
    '/recovery/:flow/password',
    limit,
    form,
    withFlow(async (req, res, flow) => {
      const account = flow.verified && flow.accountId !== null ? accounts.findById(flow.accountId) : undefined;
      if (!account) return res.redirect(303, `/recovery/${flow.id}`);
      const password = formField(req, 'password');
      const confirmation = formField(req, 'confirmation');
      const again = (errors: PageError[]): void =>
        html(res, 400, renderNewPasswordPage({ flowId: flow.id, rules: passwordRules(), errors }));

      const policy = checkPassword(password, { person: personalData(account) });
      const errors: PageError[] = policy.failures.map((failure) => ({
        field: 'password',
        message: failure.message.ru,
      }));
      if (password !== confirmation) errors.push({ field: 'confirmation', message: 'Пароли не совпадают' });
      if (errors.length > 0) return again(errors);

      try {
        await accounts.setPassword(account.id, password);
      } catch (error) {
        if (error instanceof HttpProblem && error.errors) {
          return again(error.errors.map((problem) => ({ field: 'password', message: problem.message })));
        }
        throw error;
      }
      // Nothing obtained with the old password may outlive it: sessions, grants, codes, refresh tokens.
      const revoked = revokeAccountArtifacts(db, account.id);
      steps.deleteForAccount(account.id);
      db.prepare('DELETE FROM recovery_flows WHERE id = ? OR account_id = ?').run(flow.id, account.id);
      journal.record({ at: clock.now(), accountId: account.id, ...requestOrigin(req), result: 'password-reset' });
      logger.info({ accountId: account.id, revoked }, 'password reset: sessions and tokens revoked');
      html(res, 200, renderRecoveryDonePage(flow.interactionUid ?? undefined));
    }),
  );

  const pageErrors: ErrorRequestHandler = (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    if (error instanceof HttpProblem && error.status < 500) {
      return html(res, error.status, renderErrorPage({ error: error.code, description: error.detail ?? error.title }));
    }
    logger.error({ err: error }, 'recovery page failed');
    html(res, 500, renderUnexpectedErrorPage(typeof req.id === 'string' ? req.id : undefined));
  };
  router.use('/recovery', pageErrors);

  return router;
}

import { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import { errors, type Interaction, type Provider } from 'oidc-provider';
import { HttpProblem } from '../http/problem.js';
import type { Account, FactorUsed, JournalEntry, SecondFactor } from '../identity/types.js';
import { formatTime } from '../pages/format.js';
import { notice, type PageError } from '../pages/layout.js';
import { renderErrorPage } from '../pages/provider-pages.js';
import {
  renderConsentPage,
  renderInteractionExpiredPage,
  renderLevelRefusalPage,
  renderLoginPage,
  renderSecondFactorPage,
  renderUnexpectedErrorPage,
  type CodeChallengeView,
} from '../pages/sign-in.js';
import { AMR_BY_FACTOR, SCOPE_TITLES } from './claims.js';
import type { ClientPolicy, ConfiguredClients } from './clients.js';
import { formBody, formField, noStore, pageRateLimit, requestOrigin } from './http-helpers.js';
import type { OidcDependencies } from './ports.js';
import { CONFIRMED_ACCOUNT_REQUIRED } from './provider.js';
import type { SignInSteps } from './sign-in-steps.js';

export interface InteractionRouterOptions extends OidcDependencies {
  readonly provider: Provider;
  readonly clients: ConfiguredClients;
  readonly steps: SignInSteps;
}

/** One request on an interaction: the provider's view of it plus what our pages need. */
interface Turn {
  readonly req: Request;
  readonly res: Response;
  readonly interaction: Interaction;
  readonly uid: string;
  readonly client: ClientPolicy | undefined;
}

const LEVEL_NAMES = { simplified: 'упрощённая', standard: 'стандартная', confirmed: 'подтверждённая' } as const;

/** Thrown when the interaction cookie and the URL disagree (another tab, another browser, an old link). */
class InteractionMismatch extends Error {}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * The sign-in pages oidc-provider sends the browser to (`/interaction/:uid`): password, second factor, consent
 * for third-party sites, and the refusal for confirmed-only sites. The provider's interaction cookie ties every
 * request to one browser; the step between password and second factor lives in `oidc_sign_in_steps`, never in
 * the provider's interaction result, so a half-finished login cannot be resumed as a finished one.
 */
export function interactionRouter(options: InteractionRouterOptions): Router {
  const { provider, clients, steps, identity, limits, clock, logger } = options;
  const { accounts, secondFactors, journal } = identity;
  const router = Router();
  const form = formBody();
  const signInLimit = pageRateLimit(limits.rateLimits.signIn, 'sign-in');
  const codesLimit = pageRateLimit(limits.rateLimits.codes, 'codes');

  const record = (turn: Turn, entry: Omit<JournalEntry, 'at' | 'ip' | 'userAgent'>): void => {
    journal.record({ at: clock.now(), ...requestOrigin(turn.req), ...entry });
  };

  async function begin(req: Request, res: Response): Promise<Turn> {
    const interaction = await provider.interactionDetails(req, res);
    const uid = req.params['uid'];
    if (typeof uid !== 'string' || interaction.uid !== uid) throw new InteractionMismatch();
    return { req, res, interaction, uid, client: clients.policy(interaction.params['client_id']) };
  }

  /** Runs a handler on a valid interaction; an expired or foreign one gets a page that says so. */
  const on =
    (handler: (turn: Turn) => Promise<void>) =>
    async (req: Request, res: Response): Promise<void> => {
      let turn: Turn;
      try {
        turn = await begin(req, res);
      } catch (error) {
        if (error instanceof errors.SessionNotFound || error instanceof InteractionMismatch) {
          res.status(400).type('html').send(renderInteractionExpiredPage());
          return;
        }
        throw error;
      }
      await handler(turn);
    };

  const page = (turn: Turn, status: number, body: string): void => {
    turn.res.status(status).type('html').send(body);
  };

  const backToPage = (turn: Turn): void => {
    turn.res.redirect(303, `/interaction/${encodeURIComponent(turn.uid)}`);
  };

  // ---- rendering --------------------------------------------------------------------------------------------

  const alternativesFor = (account: Account, current: FactorUsed): FactorUsed[] => {
    const all: FactorUsed[] = [...account.factors];
    if (secondFactors.backupCodesLeft(account.id) > 0) all.push('backup-code');
    return all.filter((factor) => factor !== current);
  };

  const challengeView = (challengeId: string | undefined): CodeChallengeView | undefined => {
    const challenge = challengeId === undefined ? undefined : secondFactors.getChallenge(challengeId);
    return challenge && challenge.purpose === 'sign-in' ? challenge : undefined;
  };

  function showSecondFactor(
    turn: Turn,
    account: Account,
    status: number,
    extra: { errors?: PageError[]; notice?: ReturnType<typeof notice> } = {},
  ): void {
    const step = steps.get(turn.uid, Date.now());
    if (!step) {
      backToPage(turn);
      return;
    }
    page(
      turn,
      status,
      renderSecondFactorPage({
        uid: turn.uid,
        clientName: turn.client?.name,
        factor: step.factor,
        challenge: challengeView(step.challengeId),
        now: clock.now(),
        alternatives: alternativesFor(account, step.factor),
        ...extra,
      }),
    );
  }

  function showLogin(turn: Turn, status: number, extra: { identifier?: string; errors?: PageError[] } = {}): void {
    const confirmedOnly = turn.interaction.prompt.reasons.includes(CONFIRMED_ACCOUNT_REQUIRED);
    const loginHint = turn.interaction.params['login_hint'];
    page(
      turn,
      status,
      renderLoginPage({
        uid: turn.uid,
        clientName: turn.client?.name,
        identifier: extra.identifier ?? (typeof loginHint === 'string' ? loginHint : ''),
        errors: extra.errors ?? [],
        notice: confirmedOnly
          ? notice(
              `Сайт «${turn.client?.name ?? ''}» принимает только подтверждённые учётные записи. Войдите с подтверждённой учётной записью.`,
              'warning',
            )
          : undefined,
      }),
    );
  }

  // ---- steps ------------------------------------------------------------------------------------------------

  /** Opens the second step with `factor`; SMS and e-mail codes are sent now. */
  function startFactor(turn: Turn, account: Account, factor: FactorUsed): void {
    const challengeId =
      factor === 'sms' || factor === 'email' ? secondFactors.sendCode(account.id, factor, 'sign-in').id : undefined;
    steps.save(
      { uid: turn.uid, accountId: account.id, factor, challengeId, expiresAt: turn.interaction.exp * 1000 },
      Date.now(),
    );
  }

  /** Both steps passed: apply the client's level policy, record, and hand the login back to the provider. */
  async function complete(turn: Turn, account: Account, factor: FactorUsed | 'password'): Promise<void> {
    steps.delete(turn.uid);
    if (turn.client?.confirmedOnly && account.level !== 'confirmed') {
      record(turn, { accountId: account.id, result: 'level-too-low', factor });
      page(
        turn,
        403,
        renderLevelRefusalPage({ uid: turn.uid, clientName: turn.client.name, levelName: LEVEL_NAMES[account.level] }),
      );
      return;
    }
    record(turn, { accountId: account.id, result: 'success', factor });
    const amr = factor === 'password' ? ['pwd'] : ['pwd', AMR_BY_FACTOR[factor], 'mfa'];
    await provider.interactionFinished(
      turn.req,
      turn.res,
      { login: { accountId: account.id, amr } },
      { mergeWithLastSubmission: false },
    );
  }

  /** Grants what the consent prompt found missing (the example flow of oidc-provider), returns the grant id. */
  async function saveGrant(turn: Turn): Promise<string | undefined> {
    const { interaction } = turn;
    const accountId = interaction.session?.accountId;
    const clientId = interaction.params['client_id'];
    if (accountId === undefined || typeof clientId !== 'string') throw new InteractionMismatch();
    const grant = interaction.grantId
      ? await provider.Grant.find(interaction.grantId)
      : new provider.Grant({ accountId, clientId });
    if (!grant) throw new InteractionMismatch();
    const details = interaction.prompt.details;
    const scopes = stringList(details['missingOIDCScope']);
    if (scopes.length > 0) grant.addOIDCScope(scopes.join(' '));
    const claims = stringList(details['missingOIDCClaims']);
    if (claims.length > 0) grant.addOIDCClaims(claims);
    const resourceScopes = details['missingResourceScopes'];
    if (typeof resourceScopes === 'object' && resourceScopes !== null) {
      for (const [indicator, list] of Object.entries(resourceScopes)) {
        grant.addResourceScope(indicator, stringList(list).join(' '));
      }
    }
    const grantId = await grant.save();
    return interaction.grantId ? undefined : grantId;
  }

  async function finishConsent(turn: Turn): Promise<void> {
    const grantId = await saveGrant(turn);
    await provider.interactionFinished(turn.req, turn.res, { consent: grantId === undefined ? {} : { grantId } });
  }

  // ---- routes -----------------------------------------------------------------------------------------------

  router.use('/interaction', noStore);

  router.get(
    '/interaction/:uid',
    on(async (turn) => {
      const { prompt } = turn.interaction;
      if (prompt.name === 'login') {
        const step = steps.get(turn.uid, Date.now());
        const account = step && accounts.findById(step.accountId);
        if (account) showSecondFactor(turn, account, 200);
        else showLogin(turn, 200);
        return;
      }
      if (prompt.name === 'consent') {
        if (turn.client?.firstParty) {
          await finishConsent(turn);
          return;
        }
        const requested = String(turn.interaction.params['scope'] ?? '')
          .split(' ')
          .filter((scope) => scope !== '' && scope !== 'openid');
        page(
          turn,
          200,
          renderConsentPage({
            uid: turn.uid,
            clientName: turn.client?.name ?? String(turn.interaction.params['client_id']),
            scopes: requested.map((scope) => SCOPE_TITLES[scope] ?? scope),
          }),
        );
        return;
      }
      page(turn, 400, renderErrorPage({ error: 'invalid_request', description: `unsupported prompt ${prompt.name}` }));
    }),
  );

  router.post(
    '/interaction/:uid/login',
    signInLimit,
    form,
    on(async (turn) => {
      if (turn.interaction.prompt.name !== 'login') return backToPage(turn);
      const identifier = formField(turn.req, 'identifier').trim();
      const password = formField(turn.req, 'password');
      const missing: PageError[] = [
        ...(identifier === '' ? [{ field: 'identifier', message: 'Введите телефон, почту или СНИЛС' }] : []),
        ...(password === '' ? [{ field: 'password', message: 'Введите пароль' }] : []),
      ];
      if (missing.length > 0) return showLogin(turn, 400, { identifier, errors: missing });

      steps.delete(turn.uid);
      const check = await accounts.checkPassword(identifier, password);
      if (!check.ok) {
        // The journal tells the two cases apart for the account owner; the page never does.
        const known = accounts.findByIdentifier(identifier);
        if (check.reason === 'locked') {
          record(turn, { ...(known ? { accountId: known.id } : {}), result: 'locked', factor: 'password' });
          const until = formatTime(check.lockedUntil);
          return showLogin(turn, 423, {
            identifier,
            errors: [
              {
                field: 'identifier',
                message: `Слишком много неверных попыток. Вход заблокирован до ${until} (МСК). Попробуйте позже или восстановите пароль.`,
              },
            ],
          });
        }
        record(turn, {
          ...(known ? { accountId: known.id } : {}),
          result: known ? 'wrong-password' : 'unknown-identifier',
          factor: 'password',
        });
        return showLogin(turn, 401, {
          identifier,
          errors: [{ field: 'identifier', message: 'Неверный логин или пароль' }],
        });
      }

      const { account } = check;
      const first = account.factors[0];
      if (first === undefined) return complete(turn, account, 'password');
      startFactor(turn, account, first);
      backToPage(turn);
    }),
  );

  router.post(
    '/interaction/:uid/code',
    codesLimit,
    form,
    on(async (turn) => {
      const step = steps.get(turn.uid, Date.now());
      const account = step && accounts.findById(step.accountId);
      if (!step || !account || turn.interaction.prompt.name !== 'login') return backToPage(turn);
      const code = formField(turn.req, 'code').replace(/\s+/g, '');
      const fail = (message: string): void =>
        showSecondFactor(turn, account, 401, { errors: [{ field: 'code', message }] });
      if (code === '')
        return showSecondFactor(turn, account, 400, { errors: [{ field: 'code', message: 'Введите код' }] });

      switch (step.factor) {
        case 'sms':
        case 'email': {
          const result = step.challengeId === undefined ? undefined : secondFactors.checkCode(step.challengeId, code);
          if (result?.ok) return complete(turn, account, step.factor);
          const reason = result?.reason ?? 'unknown';
          record(turn, {
            accountId: account.id,
            result: reason === 'expired' || reason === 'unknown' ? 'code-expired' : 'wrong-code',
            factor: step.factor,
          });
          if (result && result.reason === 'wrong') {
            return fail(
              result.attemptsLeft > 0
                ? `Неверный код. Осталось попыток: ${result.attemptsLeft}.`
                : 'Неверный код. Попытки ввода этого кода исчерпаны — запросите новый код.',
            );
          }
          if (reason === 'exhausted') return fail('Попытки ввода этого кода исчерпаны. Запросите новый код.');
          return fail('Срок действия кода истёк. Запросите новый код.');
        }
        case 'totp':
          if (secondFactors.checkTotp(account.id, code)) return complete(turn, account, 'totp');
          record(turn, { accountId: account.id, result: 'wrong-code', factor: 'totp' });
          return fail(
            'Неверный код. Введите код, который приложение показывает сейчас, и проверьте время на телефоне.',
          );
        case 'backup-code':
          if (secondFactors.useBackupCode(account.id, code)) return complete(turn, account, 'backup-code');
          record(turn, { accountId: account.id, result: 'wrong-code', factor: 'backup-code' });
          return fail('Неверный или уже использованный резервный код.');
      }
    }),
  );

  router.post(
    '/interaction/:uid/resend',
    codesLimit,
    form,
    on(async (turn) => {
      const step = steps.get(turn.uid, Date.now());
      const account = step && accounts.findById(step.accountId);
      if (!step || !account || (step.factor !== 'sms' && step.factor !== 'email')) return backToPage(turn);
      const result = step.challengeId === undefined ? undefined : secondFactors.resendCode(step.challengeId);
      if (result && !result.ok && result.reason === 'cooldown') {
        const seconds = Math.ceil(result.retryAfterMs / 1000);
        turn.res.set('Retry-After', String(seconds));
        return showSecondFactor(turn, account, 429, {
          errors: [{ message: `Новый код можно запросить через ${seconds} с.` }],
        });
      }
      if (result?.ok) steps.save({ ...step, challengeId: result.challenge.id }, Date.now());
      else startFactor(turn, account, step.factor); // the old challenge is answered or gone: open a new one
      showSecondFactor(turn, account, 200, { notice: notice('Новый код отправлен.', 'success') });
    }),
  );

  router.post(
    '/interaction/:uid/factor',
    codesLimit,
    form,
    on(async (turn) => {
      const step = steps.get(turn.uid, Date.now());
      const account = step && accounts.findById(step.accountId);
      if (!step || !account) return backToPage(turn);
      const wanted = formField(turn.req, 'factor');
      const allowed: readonly string[] = [step.factor, ...alternativesFor(account, step.factor)];
      if (!allowed.includes(wanted)) {
        return showSecondFactor(turn, account, 400, { errors: [{ message: 'Этот способ подтверждения недоступен.' }] });
      }
      startFactor(turn, account, wanted as SecondFactor | 'backup-code');
      backToPage(turn);
    }),
  );

  router.post(
    '/interaction/:uid/consent',
    form,
    on(async (turn) => {
      if (turn.interaction.prompt.name !== 'consent') return backToPage(turn);
      await finishConsent(turn);
    }),
  );

  router.post(
    '/interaction/:uid/abort',
    form,
    on(async (turn) => {
      steps.delete(turn.uid);
      const levelRefused = formField(turn.req, 'reason') === 'confirmed_account_required';
      await provider.interactionFinished(
        turn.req,
        turn.res,
        {
          error: 'access_denied',
          error_description: levelRefused
            ? 'the client accepts confirmed accounts only (person_filter=conf_acc)'
            : 'the user cancelled the sign-in',
        },
        { mergeWithLastSubmission: false },
      );
    }),
  );

  // Errors on these routes are answered as pages, not problem+json: a person is looking at them.
  const pageErrors: ErrorRequestHandler = (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    // E.g. the session was ended (logout, password reset elsewhere) while this page was open.
    if (error instanceof errors.SessionNotFound || error instanceof InteractionMismatch) {
      res.status(400).type('html').send(renderInteractionExpiredPage());
      return;
    }
    if (error instanceof HttpProblem && error.status < 500) {
      res
        .status(error.status)
        .type('html')
        .send(renderErrorPage({ error: error.code, description: error.detail ?? error.title }));
      return;
    }
    logger.error({ err: error }, 'sign-in page failed');
    res
      .status(500)
      .type('html')
      .send(renderUnexpectedErrorPage(typeof req.id === 'string' ? req.id : undefined));
  };
  router.use('/interaction', pageErrors);

  return router;
}

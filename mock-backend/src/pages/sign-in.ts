import type { FactorUsed } from '../identity/types.js';
import { formatTime } from './format.js';
import { html, type SafeHtml } from './html.js';
import { buttonForm, field, notice, renderPage, type PageError } from './layout.js';

/** Paths of one interaction's forms. */
export function interactionAction(
  uid: string,
  step: 'login' | 'code' | 'resend' | 'factor' | 'consent' | 'abort',
): string {
  return `/interaction/${encodeURIComponent(uid)}/${step}`;
}

function abortForm(uid: string, label = 'Отменить вход и вернуться на сайт', reason?: string): SafeHtml {
  return buttonForm(interactionAction(uid, 'abort'), label, {
    secondary: true,
    ...(reason ? { extra: html`<input type="hidden" name="reason" value="${reason}" />` } : {}),
  });
}

export interface LoginView {
  readonly uid: string;
  readonly clientName?: string | undefined;
  readonly identifier?: string;
  readonly errors?: readonly PageError[];
  /** Shown above the form, e.g. why a confirmed-only site asks to sign in again. */
  readonly notice?: SafeHtml | undefined;
}

/**
 * The credential form: plain light-DOM inputs with `username` / `current-password` autocomplete so password managers
 * fill and save them. The password is never rendered back.
 */
export function renderLoginPage(view: LoginView): string {
  const errors = view.errors ?? [];
  const identifierError = errors.find((error) => error.field === 'identifier')?.message;
  const passwordError = errors.find((error) => error.field === 'password')?.message;
  return renderPage({
    title: 'Вход',
    clientName: view.clientName,
    errors,
    body: html`${view.notice ?? ''}
      <form method="post" action="${interactionAction(view.uid, 'login')}" novalidate>
        ${field({
          id: 'identifier',
          label: 'Телефон, почта или СНИЛС',
          hint: 'Например, +7 900 123-45-67, ivanov@mail.ru или 123-456-789 01',
          autocomplete: 'username',
          value: view.identifier ?? '',
          error: identifierError,
          extra: html` autocapitalize="none" spellcheck="false"`,
        })}
        ${field({ id: 'password', label: 'Пароль', type: 'password', autocomplete: 'current-password', error: passwordError })}
        <div class="actions"><button type="submit" class="button">Войти</button></div>
      </form>
      <p><a href="/recovery?interaction=${encodeURIComponent(view.uid)}">Восстановить пароль</a></p>
      ${abortForm(view.uid)}`,
  });
}

export const FACTOR_LABELS: Readonly<Record<FactorUsed, string>> = {
  sms: 'Код в SMS',
  email: 'Код на электронную почту',
  totp: 'Код из приложения-аутентификатора',
  'backup-code': 'Резервный код',
};

export interface CodeChallengeView {
  readonly maskedDestination: string;
  readonly expiresAt: number;
  readonly attemptsLeft: number;
  readonly resendAvailableAt: number;
}

export interface SecondFactorView {
  readonly uid: string;
  readonly clientName?: string | undefined;
  readonly factor: FactorUsed;
  /** For SMS and e-mail codes. */
  readonly challenge?: CodeChallengeView | undefined;
  readonly now: number;
  /** Other ways the account can confirm the sign-in. */
  readonly alternatives: readonly FactorUsed[];
  readonly errors?: readonly PageError[];
  readonly notice?: SafeHtml | undefined;
}

function seconds(ms: number): number {
  return Math.max(0, Math.ceil(ms / 1000));
}

function intro(view: SecondFactorView): SafeHtml {
  switch (view.factor) {
    case 'sms':
      return html`<p>
        Мы отправили код подтверждения в SMS на номер <strong>${view.challenge?.maskedDestination ?? ''}</strong>.
      </p>`;
    case 'email':
      return html`<p>
        Мы отправили код подтверждения на адрес <strong>${view.challenge?.maskedDestination ?? ''}</strong>.
      </p>`;
    case 'totp':
      return html`<p>Откройте приложение-аутентификатор и введите 6-значный код для Госуслуг.</p>`;
    case 'backup-code':
      return html`<p>Введите один из резервных кодов, сохранённых при их выпуске. Каждый код действует один раз.</p>`;
  }
}

function challengeFacts(challenge: CodeChallengeView, now: number): SafeHtml {
  const left = seconds(challenge.expiresAt - now);
  return html`<ul class="facts">
    <li>
      ${
        left > 0
          ? html`Код действует ещё <span data-seconds-left="${left}">${left}</span> с (до
              ${formatTime(challenge.expiresAt)} МСК).`
          : 'Срок действия кода истёк — запросите новый.'
      }
    </li>
    <li>Осталось попыток ввода: <strong>${challenge.attemptsLeft}</strong>.</li>
  </ul>`;
}

function resendForm(uid: string, challenge: CodeChallengeView, now: number): SafeHtml {
  const wait = seconds(challenge.resendAvailableAt - now);
  return html`<form method="post" action="${interactionAction(uid, 'resend')}" class="stack">
    <button
      type="submit"
      class="button button--secondary"
      ${wait > 0 ? html` disabled data-enable-in="${wait}" aria-describedby="resend-hint"` : ''}
    >
      Отправить код ещё раз
    </button>
    ${
      wait > 0
        ? html`<p id="resend-hint" class="field__hint">
            Повторно отправить код можно через <span data-seconds-left="${wait}">${wait}</span> с.
          </p>`
        : ''
    }
  </form>`;
}

const OTP_PROMPT_FACTORS: Readonly<Record<FactorUsed, string>> = {
  sms: 'sms',
  email: 'email',
  totp: 'totp',
  'backup-code': 'backup',
};

/**
 * What interaction.js needs to replace the plain code field with `<gos-otp-prompt>` from the elements bundle
 * (countdown, resend cooldown, paste, WebOTP). Times are relative, so the browser's clock does not matter.
 */
function otpPromptData(view: SecondFactorView): SafeHtml {
  const challenge = view.challenge;
  return html`data-otp-prompt
  data-factor="${OTP_PROMPT_FACTORS[view.factor]}"${
    challenge
      ? html` data-destination="${challenge.maskedDestination}"
        data-expires-in="${seconds(challenge.expiresAt - view.now)}"
        data-resend-in="${seconds(challenge.resendAvailableAt - view.now)}"
        data-attempts-left="${challenge.attemptsLeft}"`
      : ''
  }`;
}

/** Second step: code input (`one-time-code`, numeric keyboard), time and attempts left, resend, other factors. */
export function renderSecondFactorPage(view: SecondFactorView): string {
  const errors = view.errors ?? [];
  const numeric = view.factor !== 'backup-code';
  return renderPage({
    title: 'Подтверждение входа',
    clientName: view.clientName,
    errors,
    body: html`${view.notice ?? ''}${intro(view)} ${view.challenge ? challengeFacts(view.challenge, view.now) : ''}
      <form method="post" action="${interactionAction(view.uid, 'code')}" novalidate ${otpPromptData(view)}>
        ${field({
          id: 'code',
          label: numeric ? 'Код подтверждения' : 'Резервный код',
          autocomplete: numeric ? 'one-time-code' : 'off',
          inputmode: numeric ? 'numeric' : 'text',
          error: errors.find((error) => error.field === 'code')?.message,
          extra: numeric
            ? html` pattern="[0-9]*" maxlength="6" spellcheck="false"`
            : html` spellcheck="false" autocapitalize="none"`,
        })}
        <div class="actions"><button type="submit" class="button">Подтвердить</button></div>
      </form>
      ${view.challenge ? resendForm(view.uid, view.challenge, view.now) : ''}
      ${
        view.alternatives.length > 0
          ? html`<h2>Другой способ подтверждения</h2>
              <ul class="choices">
                ${view.alternatives.map(
                  (factor) =>
                    html`<li>
                      ${buttonForm(interactionAction(view.uid, 'factor'), FACTOR_LABELS[factor], {
                        name: 'factor',
                        value: factor,
                      })}
                    </li>`,
                )}
              </ul>`
          : ''
      }
      ${abortForm(view.uid)}`,
  });
}

export interface ConsentView {
  readonly uid: string;
  readonly clientName: string;
  readonly scopes: readonly string[];
}

/** Consent for sites that are not ours: what they will receive, allow or refuse. */
export function renderConsentPage(view: ConsentView): string {
  return renderPage({
    title: 'Предоставление доступа к данным',
    clientName: view.clientName,
    body: html`<p>Сайт «${view.clientName}» запрашивает доступ к вашим данным в Госуслугах:</p>
      <ul class="facts">
        ${view.scopes.map((scope) => html`<li>${scope}</li>`)}
      </ul>
      <div class="actions">
        ${buttonForm(interactionAction(view.uid, 'consent'), 'Предоставить доступ', { secondary: false })}
        ${abortForm(view.uid, 'Отказать')}
      </div>`,
  });
}

/** A confirmed-only site met a simplified or standard account. The button returns an OAuth error to the site. */
export function renderLevelRefusalPage(view: { uid: string; clientName: string; levelName: string }): string {
  return renderPage({
    title: 'Нужна подтверждённая учётная запись',
    clientName: view.clientName,
    body: html`${notice(
        html`Сайт «${view.clientName}» принимает только подтверждённые учётные записи Госуслуг. Ваша учётная запись —
        ${view.levelName}.`,
        'warning',
      )}
      <p>
        Подтвердить учётную запись можно в центре обслуживания, онлайн через банк или электронной подписью. После этого
        войдите снова.
      </p>
      ${abortForm(view.uid, 'Вернуться на сайт', 'confirmed_account_required')}`,
  });
}

export function renderInteractionExpiredPage(): string {
  return renderPage({
    title: 'Время на вход истекло',
    body: html`<p>
      Страница входа устарела или была открыта в другом браузере. Вернитесь на сайт, с которого начали вход, и нажмите
      «Войти через Госуслуги» ещё раз.
    </p>`,
  });
}

export function renderTooManyRequestsPage(retryAfterMs: number, formatDuration: (ms: number) => string): string {
  return renderPage({
    title: 'Слишком много попыток',
    errors: [{ message: `Слишком много попыток с вашего адреса. Повторите через ${formatDuration(retryAfterMs)}.` }],
    body: html`<p>Это защита от подбора пароля и кодов. Подождите и попробуйте снова.</p>`,
  });
}

export function renderUnexpectedErrorPage(requestId: string | undefined): string {
  return renderPage({
    title: 'Что-то пошло не так',
    body: html`<p>Произошла ошибка на стороне Госуслуг. Вернитесь на сайт и попробуйте войти ещё раз.</p>
      ${requestId ? html`<p class="field__hint">Идентификатор запроса: <code>${requestId}</code></p>` : ''}`,
  });
}

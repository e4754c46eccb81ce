import { html, type SafeHtml } from './html.js';
import { field, notice, renderPage, type PageError } from './layout.js';

function backToSignIn(interactionUid: string | undefined): SafeHtml {
  return interactionUid
    ? html`<p><a href="/interaction/${encodeURIComponent(interactionUid)}">Вернуться ко входу</a></p>`
    : html``;
}

export function renderRecoveryStartPage(view: {
  identifier?: string;
  interactionUid?: string | undefined;
  errors?: readonly PageError[];
}): string {
  const errors = view.errors ?? [];
  return renderPage({
    title: 'Восстановление пароля',
    errors,
    body: html`<p>
        Укажите телефон, электронную почту или СНИЛС учётной записи. Мы отправим код подтверждения на её телефон или
        почту.
      </p>
      <form method="post" action="/recovery" novalidate>
        ${view.interactionUid ? html`<input type="hidden" name="interaction" value="${view.interactionUid}" />` : ''}
        ${field({
          id: 'identifier',
          label: 'Телефон, почта или СНИЛС',
          autocomplete: 'username',
          value: view.identifier ?? '',
          error: errors.find((error) => error.field === 'identifier')?.message,
          extra: html` autocapitalize="none" spellcheck="false"`,
        })}
        <div class="actions"><button type="submit" class="button">Получить код</button></div>
      </form>
      ${backToSignIn(view.interactionUid)}`,
  });
}

/**
 * The same page whether or not the identifier names an account (no enumeration): it never shows where the code
 * went.
 */
export function renderRecoveryCodePage(view: { flowId: string; errors?: readonly PageError[] }): string {
  const errors = view.errors ?? [];
  return renderPage({
    title: 'Введите код подтверждения',
    errors,
    body: html`${notice(
        'Если учётная запись с такими данными существует, мы отправили код подтверждения на её телефон или электронную почту.',
      )}
      <form method="post" action="/recovery/${encodeURIComponent(view.flowId)}/code" novalidate>
        ${field({
          id: 'code',
          label: 'Код подтверждения',
          autocomplete: 'one-time-code',
          inputmode: 'numeric',
          error: errors.find((error) => error.field === 'code')?.message,
          extra: html` pattern="[0-9]*" maxlength="6" spellcheck="false"`,
        })}
        <div class="actions"><button type="submit" class="button">Продолжить</button></div>
      </form>
      <p><a href="/recovery">Код не пришёл — начать заново</a></p>`,
  });
}

export function renderNewPasswordPage(view: {
  flowId: string;
  errors?: readonly PageError[];
  rules: readonly string[];
}): string {
  const errors = view.errors ?? [];
  return renderPage({
    title: 'Новый пароль',
    errors,
    body: html`<p>Пароль должен отвечать требованиям:</p>
      <ul class="rules" id="password-rules">
        ${view.rules.map((rule) => html`<li>${rule}</li>`)}
      </ul>
      <form method="post" action="/recovery/${encodeURIComponent(view.flowId)}/password" novalidate>
        ${field({
          id: 'password',
          label: 'Новый пароль',
          type: 'password',
          autocomplete: 'new-password',
          error: errors.some((error) => error.field === 'password')
            ? 'Пароль не отвечает требованиям — см. список выше'
            : undefined,
        })}
        ${field({
          id: 'confirmation',
          label: 'Повторите пароль',
          type: 'password',
          autocomplete: 'new-password',
          error: errors.find((error) => error.field === 'confirmation')?.message,
        })}
        <div class="actions"><button type="submit" class="button">Сохранить пароль</button></div>
      </form>`,
  });
}

export function renderRecoveryDonePage(interactionUid: string | undefined): string {
  return renderPage({
    title: 'Пароль изменён',
    body: html`${notice('Новый пароль сохранён.', 'success')}
      <p>Все входы в эту учётную запись на других устройствах и сайтах завершены: войдите заново с новым паролем.</p>
      ${backToSignIn(interactionUid)}`,
  });
}

export function renderRecoveryExpiredPage(): string {
  return renderPage({
    title: 'Ссылка устарела',
    body: html`<p>Время на восстановление пароля истекло или код уже использован.</p>
      <p><a href="/recovery">Начать восстановление заново</a></p>`,
  });
}

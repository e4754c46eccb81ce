// Pages oidc-provider renders itself (its defaults are English and import Google Fonts, unreachable offline).
import { html, trusted } from './html.js';
import { renderPage } from './layout.js';

/** What the user should read for the OAuth errors the provider shows as a page (redirect impossible). */
const ERROR_TEXTS: Readonly<Record<string, string>> = {
  invalid_request: 'Сайт, с которого вы пришли, отправил некорректный запрос на вход.',
  invalid_client: 'Сайт, с которого вы пришли, не зарегистрирован в Госуслугах.',
  invalid_redirect_uri: 'Адрес возврата на сайт не зарегистрирован для этого сайта.',
  unauthorized_client: 'Этому сайту не разрешён такой способ входа.',
  access_denied: 'Вход отменён.',
  server_error: 'На стороне Госуслуг произошла ошибка. Повторите попытку позже.',
};

export function renderErrorPage({
  error,
  description,
}: {
  error?: string | undefined;
  description?: string | undefined;
}): string {
  const text = (error && ERROR_TEXTS[error]) ?? 'Не удалось выполнить вход. Вернитесь на сайт и попробуйте ещё раз.';
  return renderPage({
    title: 'Не удалось выполнить вход',
    body: html`<p>${text}</p>
      <p>Вернитесь на сайт, с которого начали вход, и попробуйте ещё раз.</p>
      ${
        error
          ? html`<details class="details">
              <summary>Сведения для разработчиков</summary>
              <dl class="details__list">
                <dt>error</dt>
                <dd><code>${error}</code></dd>
                ${
                  description
                    ? html`<dt>error_description</dt>
                        <dd><code>${description}</code></dd>`
                    : ''
                }
              </dl>
            </details>`
          : ''
      }`,
  });
}

/**
 * RP-initiated logout confirmation. `form` is oidc-provider's hidden form (`id="op.logoutForm"` with its xsrf
 * token); our buttons submit it by its id.
 */
export function renderLogoutConfirmPage(form: string, clientName: string | undefined): string {
  return renderPage({
    title: 'Выйти из Госуслуг?',
    clientName,
    body: html`${trusted(form)}
      <p>Выход из Госуслуг завершит вход на этом устройстве на всех сайтах, куда вы входили через Госуслуги.</p>
      <div class="actions">
        <button type="submit" class="button" form="op.logoutForm" name="logout" value="yes" autofocus>
          Выйти из Госуслуг
        </button>
        <button type="submit" class="button button--secondary" form="op.logoutForm">
          ${clientName ? `Выйти только с сайта «${clientName}»` : 'Не выходить'}
        </button>
      </div>`,
  });
}

export function renderLoggedOutPage(clientName: string | undefined): string {
  return renderPage({
    title: 'Вы вышли из Госуслуг',
    body: html`<p>
      Вы вышли из учётной записи${clientName ? html` на сайте «${clientName}»` : ''}. Можно закрыть эту вкладку.
    </p>`,
  });
}

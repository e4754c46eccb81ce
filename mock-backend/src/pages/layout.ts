import { html, type HtmlValue, type SafeHtml } from './html.js';

/** URL prefix of the pages' stylesheet and script (see `assets.ts`). */
export const ASSETS_PATH = '/assets/interaction';

/** One problem for the error summary; `field` is the id of the input it belongs to (the summary links to it). */
export interface PageError {
  readonly message: string;
  readonly field?: string;
}

export interface PageOptions {
  readonly title: string;
  readonly body: SafeHtml;
  readonly errors?: readonly PageError[];
  /** Name of the site the user is signing in to, shown under the header. */
  readonly clientName?: string | undefined;
}

function errorSummary(errors: readonly PageError[]): SafeHtml {
  // Focused on load by interaction.js (role="alert" also announces it when scripts are off).
  return html`<div
    class="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
    data-error-summary
  >
    <h2 id="error-summary-title" class="error-summary__title">
      <span aria-hidden="true">⚠ </span>${errors.length === 1 ? 'Ошибка' : 'Ошибки'}
    </h2>
    <ul class="error-summary__list">
      ${errors.map((error) =>
        error.field ? html`<li><a href="#${error.field}">${error.message}</a></li>` : html`<li>${error.message}</li>`,
      )}
    </ul>
  </div>`;
}

/** A whole page: Russian, self-contained (our CSS and one small script from this origin only), no inline code. */
export function renderPage({ title, body, errors = [], clientName }: PageOptions): string {
  const fullTitle = `${errors.length > 0 ? 'Ошибка: ' : ''}${title} — Госуслуги (тестовый стенд)`;
  return html`<!DOCTYPE html>
    <html lang="ru">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <link rel="icon" href="data:," />
        <title>${fullTitle}</title>
        <link rel="stylesheet" href="${ASSETS_PATH}/interaction.css" />
        <script type="module" src="${ASSETS_PATH}/interaction.js"></script>
      </head>
      <body>
        <header class="site-header">
          <p class="site-header__brand">Госуслуги <span class="site-header__badge">тестовый стенд</span></p>
          ${clientName ? html`<p class="site-header__client">Вход на сайт «${clientName}»</p>` : ''}
        </header>
        <main id="main" class="page">
          ${errors.length > 0 ? errorSummary(errors) : ''}
          <h1>${title}</h1>
          ${body}
        </main>
        <footer class="site-footer">
          <p>Имитация входа через Госуслуги для разработки и тестов. Настоящие данные не вводите.</p>
        </footer>
      </body>
    </html> `.value;
}

export interface FieldOptions {
  readonly id: string;
  readonly label: string;
  readonly type?: 'text' | 'password' | 'email' | 'tel';
  readonly value?: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly autocomplete: string;
  readonly inputmode?: 'numeric' | 'text' | 'email' | 'tel';
  readonly extra?: SafeHtml;
}

/** A labelled input with hint and error tied to it by `aria-describedby`; the error is text, not just colour. */
export function field(options: FieldOptions): SafeHtml {
  const { id, label, type = 'text', value, hint, error, autocomplete, inputmode, extra } = options;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field${error ? ' field--error' : ''}">
    <label class="field__label" for="${id}">${label}</label>
    ${hint ? html`<p class="field__hint" id="${id}-hint">${hint}</p>` : ''}
    ${error ? html`<p class="field__error" id="${id}-error"><span class="field__error-prefix">Ошибка:</span> ${error}</p>` : ''}
    <input
      class="field__input"
      id="${id}"
      name="${id}"
      type="${type}"
      autocomplete="${autocomplete}"
      ${
        inputmode ? html` inputmode="${inputmode}"` : ''
      }${describedBy ? html` aria-describedby="${describedBy}"` : ''}${error ? html` aria-invalid="true"` : ''}${
        value === undefined ? '' : html` value="${value}"`
      }
      required${extra ?? ''}
    />
  </div>`;
}

/** A POST form with one button (abort, resend, switch factor...). */
export function buttonForm(
  action: string,
  label: string,
  options: { name?: string; value?: string; secondary?: boolean; disabled?: boolean; extra?: HtmlValue } = {},
): SafeHtml {
  return html`<form method="post" action="${action}" class="inline-form">
    ${options.extra ?? ''}
    <button
      type="submit"
      class="button${options.secondary === false ? '' : ' button--secondary'}"
      ${
        options.name ? html` name="${options.name}" value="${options.value ?? ''}"` : ''
      }${options.disabled ? html` disabled` : ''}
    >
      ${label}
    </button>
  </form>`;
}

/** An informational message (role="status"), marked with text and an icon, not only colour. */
export function notice(text: HtmlValue, kind: 'info' | 'success' | 'warning' = 'info'): SafeHtml {
  const prefix = { info: 'Информация:', success: 'Готово:', warning: 'Внимание:' }[kind];
  return html`<div class="notice notice--${kind}" role="status">
    <strong class="notice__prefix">${prefix}</strong> ${text}
  </div>`;
}

/* global document, Element, HTMLElement, HTMLFormElement, customElements */
// Progressive enhancement for the sign-in pages; every page works without it.
// 1. Moves focus to the error summary so keyboard and screen-reader users start from what went wrong.
// 2. Counts down "seconds left" texts and enables the resend button when its cooldown ends.
const summary = document.querySelector('[data-error-summary]');
if (summary instanceof HTMLElement) summary.focus();

const counters = [...document.querySelectorAll('[data-seconds-left]')];
const buttons = [...document.querySelectorAll('button[data-enable-in]')];
const started = Date.now();

function tick() {
  const elapsed = Math.floor((Date.now() - started) / 1000);
  for (const counter of counters) {
    const left = Math.max(0, Number(counter.getAttribute('data-seconds-left')) - elapsed);
    counter.textContent = String(left);
  }
  for (const button of buttons) {
    if (Number(button.getAttribute('data-enable-in')) - elapsed <= 0 && button.disabled) {
      button.disabled = false;
      const hint = document.getElementById(button.getAttribute('aria-describedby') ?? '');
      if (hint) hint.hidden = true;
    }
  }
}

if (counters.length > 0 || buttons.length > 0) setInterval(tick, 1000);

// 3. Replaces the plain code field with <gos-otp-prompt> from the elements bundle (paste, auto-submit, countdown,
//    resend cooldown, WebOTP). If the bundle is not there, the plain form stays and works.
const codeForm = document.querySelector('form[data-otp-prompt]');
if (codeForm instanceof HTMLFormElement) {
  import('/assets/elements/gos-elements.js').then(
    () => enhanceCodeForm(codeForm),
    () => undefined,
  );
}

function enhanceCodeForm(form) {
  const data = form.dataset;
  const field = form.querySelector('.field');
  if (!field) return;
  const prompt = document.createElement('gos-otp-prompt');
  prompt.setAttribute('name', 'code');
  prompt.setAttribute('factor', data.factor ?? 'sms');
  if (data.destination) prompt.setAttribute('destination', data.destination);
  const inSeconds = (value) => new Date(started + Number(value) * 1000).toISOString();
  if (data.expiresIn) prompt.setAttribute('expires-at', inSeconds(data.expiresIn));
  if (data.resendIn) prompt.setAttribute('resend-available-at', inSeconds(data.resendIn));
  if (data.attemptsLeft) prompt.setAttribute('attempts-left', data.attemptsLeft);
  // The server's message without the page's «Ошибка:» prefix: the prompt announces errors its own way.
  const error = field.querySelector('.field__error');
  const message = [...(error?.childNodes ?? [])]
    .filter((node) => !(node instanceof Element && node.classList.contains('field__error-prefix')))
    .map((node) => node.textContent)
    .join('')
    .trim();
  if (message) prompt.setAttribute('error', message);
  // The error summary links to #code.
  prompt.id = 'code';
  field.replaceWith(prompt);

  // The prompt shows time, attempts and the resend button itself; the page's copies would say it twice.
  for (const facts of document.querySelectorAll('ul.facts')) facts.hidden = true;
  const resendForm = document.querySelector('form[action$="/resend"]');
  if (resendForm instanceof HTMLFormElement) {
    resendForm.hidden = true;
    prompt.addEventListener('gos-otp-resend', () => resendForm.requestSubmit());
  }
  customElements
    .whenDefined('gos-otp-prompt')
    .then(() => prompt.updateComplete?.then(() => prompt.shadowRoot?.querySelector('input')?.focus()));
}

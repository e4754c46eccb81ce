/* global document, HTMLElement */
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

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SessionErrorCode, SessionState } from '@gos-elements/core';
import { FakeSession, failed, signedIn, USERS } from './login-button.fixtures.js';
import type { GosLoginButtonElement } from './login-button.js';
import './define.js';

async function mount(
  state: SessionState,
  attributes: { mode?: string; requiredLevel?: string; journalHref?: string; lang?: string } = {},
): Promise<{ el: GosLoginButtonElement; session: FakeSession }> {
  const session = new FakeSession(state);
  const el = await fixture<GosLoginButtonElement>(
    html`<gos-login-button
      lang=${attributes.lang ?? 'ru'}
      mode=${attributes.mode ?? 'redirect'}
      required-level=${attributes.requiredLevel ?? ''}
      journal-href=${attributes.journalHref ?? ''}
      .session=${session}
    ></gos-login-button>`,
  );
  return { el, session };
}

const $ = <T extends HTMLElement = HTMLElement>(el: GosLoginButtonElement, part: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${part}"]`);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focused = (el: GosLoginButtonElement) => el.shadowRoot!.activeElement;

async function settle(el: GosLoginButtonElement): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

describe('<gos-login-button>', () => {
  it('offers «Войти через Госуслуги» when signed out, and signs in in the chosen mode', async () => {
    const { el, session } = await mount({ status: 'signed-out' }, { mode: 'popup' });
    const button = $<HTMLButtonElement>(el, 'button')!;
    expect(text(button)).to.equal('Войти через Госуслуги');
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(session.calls).to.deep.equal(['signIn popup']);
  });

  it('keeps focus while busy: aria-disabled, a name ending in «…», presses ignored', async () => {
    const { el, session } = await mount({ status: 'signed-out' });
    const button = $<HTMLButtonElement>(el, 'button')!;
    button.focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    const busy = $<HTMLButtonElement>(el, 'button')!;
    expect(busy).to.equal(button);
    expect(focused(el)).to.equal(busy);
    expect(busy.getAttribute('aria-disabled')).to.equal('true');
    expect(text(busy)).to.equal('Выполняем вход…');
    busy.click();
    await sendKeys({ press: 'Enter' });
    expect(session.calls).to.deep.equal(['signIn redirect']);
    await expect(el).to.be.accessible();
    session.set({ status: 'restoring' });
    await settle(el);
    expect(text($(el, 'button'))).to.equal('Проверяем вход…');
    session.set({ status: 'signing-out' });
    await settle(el);
    expect(text($(el, 'button'))).to.equal('Выполняем выход…');
  });

  for (const level of ['simplified', 'standard', 'confirmed'] as const) {
    it(`shows the ${level} person by short name and level, with the level explained in the panel`, async () => {
      const { el } = await mount(signedIn(level), { journalHref: '/journal' });
      const toggle = $<HTMLButtonElement>(el, 'button')!;
      expect(text($(el, 'name'))).to.equal(USERS[level].shortName);
      expect(text($(el, 'badge'))).to.equal(
        { simplified: 'Упрощённая', standard: 'Стандартная', confirmed: 'Подтверждённая' }[level],
      );
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, 'panel')!.hidden).to.equal(true);
      await expect(el).to.be.accessible();
      toggle.click();
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect($(el, 'panel')!.hidden).to.equal(false);
      expect(text($(el, 'level'))).to.match(/учётная запись/);
      expect($<HTMLAnchorElement>(el, 'journal-link')!.getAttribute('href')).to.equal('/journal');
      await expect(el).to.be.accessible();
    });
  }

  it('closes the panel with Escape (focus back on the toggle) and by clicking elsewhere; «Выйти» signs out', async () => {
    const { el, session } = await mount(signedIn('confirmed'));
    const toggle = $<HTMLButtonElement>(el, 'button')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($(el, 'logout-button'));
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, 'panel')!.hidden).to.equal(true);
    expect(focused(el)).to.equal(toggle);

    toggle.click();
    await settle(el);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await settle(el);
    expect($(el, 'panel')!.hidden).to.equal(true);

    toggle.click();
    await settle(el);
    $<HTMLButtonElement>(el, 'logout-button')!.click();
    expect(session.calls).to.deep.equal(['signOut']);
  });

  const errors: Record<SessionErrorCode, RegExp> = {
    unavailable: /недоступен/,
    'popup-closed': /Окно входа закрыто/,
    denied: /отклонили/,
    callback: /Не удалось завершить вход/,
    config: /не настроен/,
  };
  for (const [code, message] of Object.entries(errors) as [SessionErrorCode, RegExp][]) {
    it(`explains a «${code}» failure in an alert and retries`, async () => {
      const { el, session } = await mount(failed({ code }));
      const alert = $(el, 'error')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.match(message);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, 'retry-button')!.click();
      expect(session.calls).to.deep.equal(['retry']);
    });
  }

  it('reports a missing configuration when there is no session to use', async () => {
    const el = await fixture<GosLoginButtonElement>(html`<gos-login-button lang="ru"></gos-login-button>`);
    setTimeout(() => $<HTMLButtonElement>(el, 'button')!.click());
    const event = await oneEvent(el, 'gos-error');
    expect(event.detail).to.deep.equal({ code: 'config' });
    await settle(el);
    expect(text($(el, 'error'))).to.match(/не настроен/);
  });

  it('explains a required level the person does not have, and how to raise it', async () => {
    const { el } = await mount(signedIn('simplified'), { requiredLevel: 'standard' });
    expect(text($(el, 'notice'))).to.match(/нужна стандартная учётная запись.*СНИЛС и паспорт/);
    await expect(el).to.be.accessible();
    const confirmed = await mount(signedIn('standard'), { requiredLevel: 'confirmed' });
    expect(text($(confirmed.el, 'notice'))).to.match(/подтверждённая.*МФЦ/);
    const enough = await mount(signedIn('confirmed'), { requiredLevel: 'standard' });
    expect($(enough.el, 'notice')).to.equal(null);
  });

  it('re-emits session events as gos-* events with the person, never a token', async () => {
    const { el, session } = await mount({ status: 'signed-out' });
    const seen: CustomEvent[] = [];
    for (const type of ['gos-login', 'gos-logout', 'gos-session-expired', 'gos-error']) {
      el.addEventListener(type, (event) => seen.push(event as CustomEvent));
    }
    session.emit('login', { user: USERS.standard, via: 'popup' });
    session.emit('logout', { via: 'other-tab' });
    session.emit('expired', { reason: 'idle' });
    session.emit('error', { code: 'unavailable', detail: 'Network Error' });
    expect(seen.map((event) => [event.type, event.detail])).to.deep.equal([
      ['gos-login', { user: USERS.standard, via: 'popup' }],
      ['gos-logout', { via: 'other-tab' }],
      ['gos-session-expired', { reason: 'idle' }],
      ['gos-error', { code: 'unavailable', detail: 'Network Error' }],
    ]);
    expect(seen.every((event) => event.bubbles && event.composed)).to.equal(true);
    expect(JSON.stringify(seen.map((event) => event.detail))).not.to.match(/token/i);
  });

  it('says why a session ended by itself until the next sign-in', async () => {
    const { el, session } = await mount(signedIn('standard'));
    session.set({ status: 'signed-out' });
    session.emit('expired', { reason: 'idle' });
    await settle(el);
    expect(text($(el, 'notice'))).to.equal('Сеанс завершён из-за бездействия. Войдите снова.');
    expect($(el, 'notice')!.closest('[role="status"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
    session.emit('login', { user: USERS.standard, via: 'redirect' });
    session.set(signedIn('standard'));
    await settle(el);
    expect($(el, 'notice')).to.equal(null);
  });

  it('warns before the idle timeout in a modal dialog; «Продолжить работу» and Escape extend', async () => {
    const { el, session } = await mount(signedIn('confirmed', { idleDeadline: Date.now() + 60_000 }));
    await settle(el);
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.getAttribute('role')).to.equal('alertdialog');
    expect(focused(el)).to.equal($(el, 'continue-button'));
    expect(text(dialog)).to.match(/Сеанс скоро завершится.*Сеанс завершится через (1:00|0:59)/);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(session.calls).to.deep.equal(['extend']);
    expect(dialog.open).to.equal(false);

    session.set(signedIn('confirmed', { idleDeadline: Date.now() + 30_000 }));
    await settle(el);
    expect(dialog.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(session.calls).to.deep.equal(['extend', 'extend']);
    expect(dialog.open).to.equal(false);
  });

  it('speaks English where the page does', async () => {
    const { el } = await mount(signedIn('standard'), { lang: 'en', requiredLevel: 'confirmed' });
    expect(text($(el, 'badge'))).to.equal('Standard');
    expect(text($(el, 'notice'))).to.match(/needs a confirmed account/);
    const signedOut = await mount({ status: 'signed-out' }, { lang: 'en' });
    expect(text($(signedOut.el, 'button'))).to.equal('Sign in with Gosuslugi');
  });
});

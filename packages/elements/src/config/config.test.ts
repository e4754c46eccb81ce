import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { GosElement } from '../internal/gos-element.js';
import { LocalizeController } from '../internal/localize.js';
import { GosConfigElement } from './config.js';
import './define.js';

const catalog = {
  ru: { greeting: 'Здравствуйте', attempts: (n: number) => `Осталось попыток: ${n}` },
  en: { greeting: 'Hello', attempts: (n: number) => `Attempts left: ${n}` },
};

/** A minimal consumer standing in for the real components. */
class ConfigProbe extends GosElement {
  readonly localize = new LocalizeController(this, catalog);
  get current() {
    return this.gosConfig;
  }
  protected override render(): TemplateResult {
    return litHtml`<p class="surface" lang=${this.localize.lang}>${this.localize.msg('greeting')}</p>`;
  }
}
customElements.define('gos-config-probe', ConfigProbe);

const probeText = (probe: ConfigProbe) => probe.shadowRoot!.querySelector('p')!.textContent;
const surfaceStyle = (probe: ConfigProbe) => getComputedStyle(probe.shadowRoot!.querySelector('.surface')!);

describe('<gos-config>', () => {
  it('is registered and side-effect free to import as a class', () => {
    expect(customElements.get('gos-config')).to.equal(GosConfigElement);
  });

  it('provides its settings to descendants, resolving relative URLs against the page', async () => {
    const root = await fixture<HTMLElement>(html`
      <gos-config issuer="http://localhost:4000/oidc/" client-id="gos-demo" api-base="/api/v1" theme="dark">
        <section><gos-config-probe></gos-config-probe></section>
      </gos-config>
    `);
    const probe = root.querySelector<ConfigProbe>('gos-config-probe')!;
    await probe.updateComplete;
    expect(probe.current).to.include({
      issuer: 'http://localhost:4000/oidc',
      clientId: 'gos-demo',
      apiBase: new URL('/api/v1', document.baseURI).href,
      theme: 'dark',
    });
  });

  it('reaches descendants inside shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<gos-config client-id="shadowed"><div></div></gos-config>`);
    const div = host.querySelector('div')!;
    const shadow = div.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<gos-config-probe></gos-config-probe>';
    const probe = shadow.querySelector<ConfigProbe>('gos-config-probe')!;
    await probe.updateComplete;
    expect(probe.current.clientId).to.equal('shadowed');
  });

  it('is the page default for elements outside it', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <gos-config client-id="page-default" locale="en"></gos-config>
        <aside><gos-config-probe></gos-config-probe></aside>
      </div>
    `);
    const probe = wrapper.querySelector<ConfigProbe>('gos-config-probe')!;
    await probe.updateComplete;
    expect(probe.current.clientId).to.equal('page-default');
    expect(probeText(probe)).to.equal('Hello');
  });

  it('updates consumers when an attribute changes', async () => {
    const config = await fixture<GosConfigElement>(
      html`<gos-config client-id="a"><gos-config-probe></gos-config-probe></gos-config>`,
    );
    const probe = config.querySelector<ConfigProbe>('gos-config-probe')!;
    config.setAttribute('client-id', 'b');
    await config.updateComplete;
    await probe.updateComplete;
    expect(probe.current.clientId).to.equal('b');
  });

  it('lets a nested <gos-config> inherit what it does not set', async () => {
    const outer = await fixture<HTMLElement>(html`
      <gos-config issuer="https://esia.gosuslugi.ru" client-id="outer" theme="dark">
        <gos-config client-id="inner"><gos-config-probe></gos-config-probe></gos-config>
      </gos-config>
    `);
    const probe = outer.querySelector<ConfigProbe>('gos-config-probe')!;
    await probe.updateComplete;
    expect(probe.current).to.include({ issuer: 'https://esia.gosuslugi.ru', clientId: 'inner', theme: 'dark' });
  });

  it('serves elements that upgraded before it', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    container.innerHTML = '<gos-config-late client-id="late"><gos-config-probe></gos-config-probe></gos-config-late>';
    const probe = container.querySelector<ConfigProbe>('gos-config-probe')!;
    await probe.updateComplete;
    customElements.define('gos-config-late', class extends GosConfigElement {});
    await (container.firstElementChild as GosConfigElement).updateComplete;
    await probe.updateComplete;
    expect(probe.current.clientId).to.equal('late');
  });

  it('ignores an invalid value with a warning that names it, and keeps the rest', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const config = await fixture<GosConfigElement>(
        html`<gos-config theme="purple" locale="de" issuer="javascript:alert(1)" client-id="kept"></gos-config>`,
      );
      expect(config.resolvedConfig).to.include({ theme: 'light', clientId: 'kept' });
      expect(config.resolvedConfig.issuer).to.equal(undefined);
      expect(config.resolvedConfig.locale).to.equal(undefined);
      expect(warnings.join('\n')).to.contain('theme "purple"').and.contain('locale "de"').and.contain('issuer');
    } finally {
      console.warn = original;
    }
  });

  it('switches theme and low-vision mode through custom states and tokens', async () => {
    const config = await fixture<GosConfigElement>(
      html`<gos-config><gos-config-probe></gos-config-probe></gos-config>`,
    );
    const probe = config.querySelector<ConfigProbe>('gos-config-probe')!;
    await probe.updateComplete;
    expect(probe.matches(':state(theme-light)')).to.equal(true);
    expect(surfaceStyle(probe).color).to.equal('rgb(11, 31, 51)');

    config.theme = 'dark';
    await config.updateComplete;
    await probe.updateComplete;
    expect(probe.matches(':state(theme-dark)')).to.equal(true);
    expect(probe.matches(':state(theme-light)')).to.equal(false);
    expect(surfaceStyle(probe).color).to.equal('rgb(232, 238, 244)');

    const normalSize = parseFloat(surfaceStyle(probe).fontSize);
    config.lowVision = true;
    config.lowVisionScheme = 'blue';
    await config.updateComplete;
    await probe.updateComplete;
    expect(probe.matches(':state(low-vision)')).to.equal(true);
    expect(surfaceStyle(probe).color).to.equal('rgb(6, 52, 98)');
    expect(parseFloat(surfaceStyle(probe).fontSize)).to.be.greaterThan(normalSize);
    expect(surfaceStyle(probe).letterSpacing).to.not.equal('normal');
  });

  it('lets host pages theme with --gos-* tokens but not break low-vision colours', async () => {
    const config = await fixture<GosConfigElement>(
      html`<gos-config style="--gos-color-on-surface: rgb(1, 2, 3)"><gos-config-probe></gos-config-probe></gos-config>`,
    );
    const probe = config.querySelector<ConfigProbe>('gos-config-probe')!;
    await probe.updateComplete;
    expect(surfaceStyle(probe).color).to.equal('rgb(1, 2, 3)');
    config.lowVision = true;
    await config.updateComplete;
    await probe.updateComplete;
    expect(surfaceStyle(probe).color).to.equal('rgb(0, 0, 0)');
  });

  it('keeps its typography when the host page has hostile global CSS', async () => {
    const style = document.createElement('style');
    // Everything a careless host stylesheet does, short of changing the root font size (which rem sizing must
    // follow: it is also how citizens enlarge text in their browser).
    style.textContent =
      'body *, p, div, span { font-size: 9px !important; color: red !important; letter-spacing: 5px !important; line-height: 0.5 !important; font-family: serif !important; }';
    document.head.append(style);
    try {
      const probe = await fixture<ConfigProbe>(html`<gos-config-probe></gos-config-probe>`);
      expect(surfaceStyle(probe).fontSize).to.equal('16px');
      expect(surfaceStyle(probe).color).to.equal('rgb(11, 31, 51)');
      expect(surfaceStyle(probe).letterSpacing).to.equal('normal');
    } finally {
      style.remove();
    }
  });

  it('stays out of the accessibility tree and passes axe', async () => {
    const config = await fixture<GosConfigElement>(
      html`<gos-config client-id="gos-demo"><p>Содержимое страницы</p></gos-config>`,
    );
    await expect(config).to.be.accessible();
    expect(getComputedStyle(config).display).to.equal('contents');
  });
});

describe('localization', () => {
  it('speaks Russian by default', async () => {
    const probe = await fixture<ConfigProbe>(html`<gos-config-probe></gos-config-probe>`);
    expect(probeText(probe)).to.equal('Здравствуйте');
  });

  it('follows the nearest lang, across shadow roots, and reacts when it changes', async () => {
    const section = await fixture<HTMLElement>(html`<section lang="en-GB"><div></div></section>`);
    const shadow = section.querySelector('div')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<gos-config-probe></gos-config-probe>';
    const probe = shadow.querySelector<ConfigProbe>('gos-config-probe')!;
    await probe.updateComplete;
    expect(probeText(probe)).to.equal('Hello');
    expect(probe.shadowRoot!.querySelector('p')!.lang).to.equal('en');

    section.setAttribute('lang', 'ru');
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(probeText(probe)).to.equal('Здравствуйте');
  });

  it('uses <gos-config locale> over the page language, and a closer lang over both', async () => {
    const config = await fixture<HTMLElement>(html`
      <gos-config locale="en">
        <gos-config-probe id="configured"></gos-config-probe>
        <div lang="ru"><gos-config-probe id="closer"></gos-config-probe></div>
      </gos-config>
    `);
    const configured = config.querySelector<ConfigProbe>('#configured')!;
    const closer = config.querySelector<ConfigProbe>('#closer')!;
    await configured.updateComplete;
    await closer.updateComplete;
    expect(probeText(configured)).to.equal('Hello');
    expect(probeText(closer)).to.equal('Здравствуйте');
  });

  it('passes parameters to message functions', async () => {
    const probe = await fixture<ConfigProbe>(html`<gos-config-probe lang="en"></gos-config-probe>`);
    expect(probe.localize.msg('attempts', 2)).to.equal('Attempts left: 2');
  });
});

void oneEvent;

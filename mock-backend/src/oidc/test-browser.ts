/**
 * A minimal browser for the provider's tests (not used by the app): a cookie jar honouring paths and expiry,
 * manual redirects, and form submission from the served HTML — so tests drive the real pages the way a person
 * would, without a DOM.
 */

interface StoredCookie {
  readonly name: string;
  readonly value: string;
  readonly path: string;
}

export interface HtmlForm {
  readonly id: string | undefined;
  readonly action: string;
  readonly method: string;
  /** Hidden and pre-filled inputs, plus the value of the form's first named button. */
  readonly fields: Record<string, string>;
}

export interface Page {
  readonly url: string;
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);
  return match?.[1] === undefined ? undefined : decodeEntities(match[1]);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every `<form>` of a page with its action and the values its inputs already carry. */
export function formsIn(html: string): HtmlForm[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)].map(([, attributes = '', inner = '']) => {
    const fields: Record<string, string> = {};
    for (const [input] of inner.matchAll(/<input\b[^>]*>/gi)) {
      const name = attribute(input, 'name');
      if (name !== undefined) fields[name] = attribute(input, 'value') ?? '';
    }
    const button = /<button\b[^>]*\sname="[^"]*"[^>]*>/i.exec(inner)?.[0];
    const buttonName = button && attribute(button, 'name');
    if (button && buttonName) fields[buttonName] = attribute(button, 'value') ?? '';
    return {
      id: attribute(`<form${attributes}>`, 'id'),
      action: attribute(`<form${attributes}>`, 'action') ?? '',
      method: (attribute(`<form${attributes}>`, 'method') ?? 'get').toLowerCase(),
      fields,
    };
  });
}

/** The one form whose action ends with `suffix` (e.g. `/login`). */
export function formByAction(html: string, suffix: string): HtmlForm {
  const [form, ...others] = formsIn(html).filter((candidate) => candidate.action.endsWith(suffix));
  if (!form || others.length > 0)
    throw new Error(`expected one form with action …${suffix}, found ${others.length + (form ? 1 : 0)}`);
  return form;
}

/** Visible text of a page, tags stripped and whitespace collapsed, for assertions on messages. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

export class TestBrowser {
  readonly #cookies = new Map<string, StoredCookie>();
  readonly userAgent: string;

  constructor(userAgent = 'gos-elements-test-browser/1.0') {
    this.userAgent = userAgent;
  }

  #cookieHeader(url: URL): string {
    return [...this.#cookies.values()]
      .filter(
        (cookie) =>
          url.pathname === cookie.path ||
          url.pathname.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`),
      )
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ');
  }

  #store(url: URL, headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      let path = url.pathname.replace(/\/[^/]*$/, '') || '/';
      let expired = value === '';
      for (const attribute of attributes) {
        const [key = '', attributeValue = ''] = attribute.split('=');
        if (key.toLowerCase() === 'path') path = attributeValue;
        if (key.toLowerCase() === 'max-age' && Number(attributeValue) <= 0) expired = true;
        if (key.toLowerCase() === 'expires' && Date.parse(attributeValue) <= Date.now()) expired = true;
      }
      const key = `${name};${path}`;
      if (expired) this.#cookies.delete(key);
      else this.#cookies.set(key, { name, value, path });
    }
  }

  /** One request, no redirects followed. */
  async request(url: string | URL, init: { method?: string; form?: Record<string, string> } = {}): Promise<Page> {
    const target = new URL(url);
    const headers = new Headers({ 'User-Agent': this.userAgent, Accept: 'text/html' });
    const cookie = this.#cookieHeader(target);
    if (cookie) headers.set('Cookie', cookie);
    let body: string | undefined;
    if (init.form) {
      headers.set('Content-Type', 'application/x-www-form-urlencoded');
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      headers,
      redirect: 'manual',
      ...(body === undefined ? {} : { body }),
    });
    this.#store(target, response.headers);
    return { url: target.href, status: response.status, headers: response.headers, body: await response.text() };
  }

  /**
   * Requests and follows redirects (a 303 after a POST becomes a GET) until a page that is not a redirect, or a
   * redirect to `stopAt` (the client's callback, which this browser does not load).
   */
  async navigate(
    url: string | URL,
    init: { method?: string; form?: Record<string, string>; stopAt?: string } = {},
  ): Promise<Page> {
    let page = await this.request(url, init);
    for (let hops = 0; hops < 20; hops++) {
      const location = page.headers.get('location');
      if (page.status < 300 || page.status >= 400 || location === null) return page;
      const next = new URL(location, page.url).href;
      if (init.stopAt !== undefined && next.startsWith(init.stopAt)) {
        return { url: next, status: page.status, headers: page.headers, body: '' };
      }
      page = await this.request(next);
    }
    throw new Error('too many redirects');
  }

  /** Submits a form of `page` (found by action suffix) with `values` over its own fields. */
  async submit(page: Page, actionSuffix: string, values: Record<string, string> = {}, stopAt?: string): Promise<Page> {
    const form = formByAction(page.body, actionSuffix);
    return this.navigate(new URL(form.action, page.url), {
      form: { ...form.fields, ...values },
      ...(stopAt === undefined ? {} : { stopAt }),
    });
  }
}

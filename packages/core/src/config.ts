import { isSupportedLocale, type Locale } from './i18n/locale.js';
import type { TokenStorage } from './session/types.js';

export const TOKEN_STORAGES = ['session', 'memory'] as const satisfies readonly TokenStorage[];

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** The five colour schemes of Russian "версия для слабовидящих" toggles (foreground on background). */
export const LOW_VISION_SCHEMES = ['black-on-white', 'white-on-black', 'blue', 'brown', 'green'] as const;
export type LowVisionScheme = (typeof LOW_VISION_SCHEMES)[number];

/** Page-wide SDK settings, as `<gos-config>` provides them to every element. */
export interface GosConfig {
  /** OpenID issuer, e.g. `https://esia.gosuslugi.ru` or the mock's `http://localhost:4000/oidc`. */
  readonly issuer?: string;
  readonly clientId?: string;
  /** Where the provider sends the user back; the current page when unset. */
  readonly redirectUri?: string;
  /** Base URL of the cabinet API (`…/api/v1`). */
  readonly apiBase?: string;
  /** Where the session keeps its tokens: this tab's `sessionStorage` (default) or memory only. */
  readonly tokenStorage: TokenStorage;
  /** Seconds without activity before a session ends (default 900 = 15 minutes); 0 turns the timeout off. */
  readonly idleTimeout: number;
  /** Forces a language; when unset elements follow the nearest `lang`. */
  readonly locale?: Locale;
  readonly theme: Theme;
  readonly lowVision: boolean;
  readonly lowVisionScheme: LowVisionScheme;
}

export const DEFAULT_CONFIG: GosConfig = Object.freeze({
  tokenStorage: 'session',
  idleTimeout: 900,
  theme: 'light',
  lowVision: false,
  lowVisionScheme: 'black-on-white',
});

/** The raw attribute values of a `<gos-config>`; absent ones are `undefined`/`null`. */
export interface GosConfigInput {
  readonly issuer?: string | null;
  readonly clientId?: string | null;
  readonly redirectUri?: string | null;
  readonly apiBase?: string | null;
  readonly tokenStorage?: string | null;
  readonly idleTimeout?: string | number | null;
  readonly locale?: string | null;
  readonly theme?: string | null;
  readonly lowVision?: boolean | null;
  readonly lowVisionScheme?: string | null;
}

export interface ConfigProblem {
  readonly field: keyof GosConfigInput;
  readonly value: string;
  readonly message: string;
}

function absoluteUrl(value: string, base: string | undefined): string | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href.replace(/\/$/, '') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Validates `input` over `inherited`: each valid value overrides, each invalid one is reported and ignored, so a
 * typo in one attribute never takes down the rest of the configuration. URLs may be relative to `baseUrl`.
 */
export function resolveConfig(
  input: GosConfigInput,
  inherited: GosConfig = DEFAULT_CONFIG,
  baseUrl?: string,
): { config: GosConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: { -readonly [K in keyof GosConfig]: GosConfig[K] } = { ...inherited };

  for (const field of ['issuer', 'redirectUri', 'apiBase'] as const) {
    const raw = input[field]?.trim();
    if (!raw) continue;
    const url = absoluteUrl(raw, baseUrl);
    if (url) config[field] = url;
    else problems.push({ field, value: raw, message: `must be an http(s) URL` });
  }

  const clientId = input.clientId?.trim();
  if (clientId) config.clientId = clientId;

  const storage = input.tokenStorage?.trim().toLowerCase();
  if (storage) {
    if ((TOKEN_STORAGES as readonly string[]).includes(storage)) config.tokenStorage = storage as TokenStorage;
    else
      problems.push({ field: 'tokenStorage', value: storage, message: `must be one of: ${TOKEN_STORAGES.join(', ')}` });
  }

  const idle = input.idleTimeout == null ? '' : String(input.idleTimeout).trim();
  if (idle) {
    // At least the 60-second warning plus 20 seconds to react to it (WCAG 2.2.1), at most a day.
    if (/^\d+$/.test(idle) && (Number(idle) === 0 || (Number(idle) >= 80 && Number(idle) <= 86_400))) {
      config.idleTimeout = Number(idle);
    } else problems.push({ field: 'idleTimeout', value: idle, message: 'must be 0 (off) or 80–86400 seconds' });
  }

  const locale = input.locale?.trim().toLowerCase();
  if (locale) {
    if (isSupportedLocale(locale)) config.locale = locale;
    else problems.push({ field: 'locale', value: locale, message: `must be one of: ru, en` });
  }

  const theme = input.theme?.trim().toLowerCase();
  if (theme) {
    if ((THEMES as readonly string[]).includes(theme)) config.theme = theme as Theme;
    else problems.push({ field: 'theme', value: theme, message: `must be one of: ${THEMES.join(', ')}` });
  }

  if (input.lowVision != null) config.lowVision = input.lowVision || inherited.lowVision;

  const scheme = input.lowVisionScheme?.trim().toLowerCase();
  if (scheme) {
    if ((LOW_VISION_SCHEMES as readonly string[]).includes(scheme)) config.lowVisionScheme = scheme as LowVisionScheme;
    else
      problems.push({
        field: 'lowVisionScheme',
        value: scheme,
        message: `must be one of: ${LOW_VISION_SCHEMES.join(', ')}`,
      });
  }

  return { config: Object.freeze(config), problems };
}

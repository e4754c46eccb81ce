/** Languages the SDK speaks. Russian is the default everywhere; English is complete. */
export const SUPPORTED_LOCALES = ['ru', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ru';

/** A text in every supported language; validators and the backend return these so either side can pick. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/**
 * Maps a BCP 47 tag (`en-GB`, `ru_RU`, `EN`) to a supported locale by its primary subtag.
 * Anything we do not speak falls back to Russian, the SDK's default.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : DEFAULT_LOCALE;
}

export function isSupportedLocale(tag: string | null | undefined): tag is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(tag ?? '');
}

import type { AccountLevel, SessionUser } from './types.js';

const LEVELS: readonly AccountLevel[] = ['simplified', 'standard', 'confirmed'];

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const initial = (name: string): string => (name ? `${name.charAt(0).toUpperCase()}.` : '');

/**
 * The person as the SDK shows them, from ID token and userinfo claims (`family_name`, `given_name`,
 * `middle_name`, `name`, `account_level`, `amr`). An unknown or missing level counts as the lowest: the SDK never
 * promises more than the provider said.
 */
export function userFromClaims(claims: Readonly<Record<string, unknown>>): SessionUser {
  const familyName = text(claims['family_name']);
  const givenName = text(claims['given_name']);
  const middleName = text(claims['middle_name']);
  const level = claims['account_level'];
  const initials = [initial(givenName), initial(middleName)].filter(Boolean).join(' ');
  const shortName =
    (familyName && [familyName, initials].filter(Boolean).join(' ')) ||
    text(claims['name']) ||
    text(claims['preferred_username']) ||
    text(claims['sub']);
  return {
    sub: text(claims['sub']),
    familyName,
    givenName,
    ...(middleName ? { middleName } : {}),
    shortName,
    accountLevel: LEVELS.includes(level as AccountLevel) ? (level as AccountLevel) : 'simplified',
    amr: Array.isArray(claims['amr']) ? claims['amr'].filter((item): item is string => typeof item === 'string') : [],
  };
}

/** True when `level` is at least `required` (confirmed ≥ standard ≥ simplified). */
export function levelAtLeast(level: AccountLevel, required: AccountLevel): boolean {
  return LEVELS.indexOf(level) >= LEVELS.indexOf(required);
}

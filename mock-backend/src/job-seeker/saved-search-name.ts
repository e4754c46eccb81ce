// The name a saved search gets when the job seeker gives none: what it looks for, readably —
// «бухгалтер · Москва, Московская область · от 50 000 ₽».
import {
  EMPLOYMENT_TYPES,
  RUSSIAN_REGIONS,
  SAVED_SEARCH_NAME_MAX,
  SPECIALISATIONS,
  type SavedSearchQuery,
} from '@gos-elements/contracts';

const REGION_NAMES = new Map<string, string>(RUSSIAN_REGIONS.map((region) => [region.code, region.title]));
const roubles = new Intl.NumberFormat('ru-RU');
const plural = new Intl.PluralRules('ru');
const REGIONS_WORD: Record<string, string> = { one: 'регион', few: 'региона', many: 'регионов', other: 'региона' };

function regionsPart(codes: readonly string[]): string {
  const names = codes.map((code) => REGION_NAMES.get(code) ?? code);
  if (names.length <= 2) return names.join(', ');
  const more = names.length - 2;
  return `${names.slice(0, 2).join(', ')} и ещё ${more} ${REGIONS_WORD[plural.select(more)] ?? 'региона'}`;
}

export function savedSearchName(query: SavedSearchQuery): string {
  const parts = [
    query.q,
    query.specialisation ? SPECIALISATIONS[query.specialisation].title : undefined,
    query.regions && query.regions.length > 0 ? regionsPart(query.regions) : undefined,
    query.employment && query.employment.length > 0
      ? query.employment.map((type) => EMPLOYMENT_TYPES[type].title.toLowerCase()).join(', ')
      : undefined,
    query.salaryFrom ? `от ${roubles.format(query.salaryFrom)} ₽` : undefined,
    query.remote ? 'удалённо' : undefined,
  ].filter((part): part is string => Boolean(part));
  const name = parts.length > 0 ? parts.join(' · ') : 'Все новые вакансии';
  return name.length <= SAVED_SEARCH_NAME_MAX ? name : `${name.slice(0, SAVED_SEARCH_NAME_MAX - 1).trimEnd()}…`;
}

// Publishing into a built index: after `upsert` the index must answer exactly as one built afresh over the same
// vacancies (search, scores and order, facets, suggestions), and `matching` must mean what the search finds.
import { VacancySearchQuerySchema, type Vacancy } from '@gos-elements/contracts';
import { describe, expect, it } from 'vitest';
import { generateVacancies } from './generate.js';
import { EmployerRegistry } from './registry.js';
import { VacancyIndex, type VacancyMatchQuery } from './search.js';

const TODAY = '2026-11-24';
const generated = generateVacancies({ count: 1500, today: TODAY });
const registry = () => new EmployerRegistry(generated.registry);

const QUERIES = [
  {},
  { q: 'оператор беспилотника' },
  { q: 'бухгалтер', sort: 'salary' },
  { q: 'водитель', regions: '7700000000000,5000000000000' },
  { specialisation: 'it', sort: 'date' },
  { salaryFrom: '90000', withSalaryOnly: 'true', remote: 'true' },
  { postedWithinDays: '3', pageSize: '50' },
].map((query) => VacancySearchQuerySchema.parse(query));

/** Every answer the index gives for the sample queries, and title suggestions. */
function answers(index: VacancyIndex) {
  return {
    searches: QUERIES.map((query) => index.search(query, TODAY)),
    suggestions: ['опер', 'бух', 'водитель кат'].map((q) => index.suggest(q, 10)),
  };
}

const drone = (base: Vacancy, id: string): Vacancy => ({
  ...base,
  id,
  jobName: 'Оператор беспилотника',
  duty: '<p>Пилотирование беспилотника &laquo;Геоскан&raquo;, съёмка полей.</p>',
  region: { code: '7700000000000', name: 'г. Москва' },
  salary: { text: 'от 120000', min: 120_000, max: 0, currency: 'RUB' },
  createdAt: TODAY,
  modifiedAt: TODAY,
  remote: true,
});

describe('VacancyIndex.upsert', () => {
  it('adds a vacancy so that the index answers as one built with it', () => {
    const [first, ...rest] = generated.vacancies;
    const added = drone(first!, 'published-1');
    const index = new VacancyIndex(rest, { registry: registry() });
    const before = index.search(VacancySearchQuerySchema.parse({ q: 'беспилотника' }), TODAY);
    expect(before.total).toBe(0);

    expect(index.upsert(added)).toBe('added');
    expect(index.size).toBe(rest.length + 1);
    expect(answers(index)).toEqual(answers(new VacancyIndex([...rest, added], { registry: registry() })));

    // Found by search, with its facets counted.
    const found = index.search(VacancySearchQuerySchema.parse({ q: 'беспилотник' }), TODAY);
    expect(found.items.map((item) => item.id)).toEqual(['published-1']);
    expect(found.facets.regions['7700000000000']).toBe(1);
    expect(found.facets.remote).toBe(1);
    expect(found.facets.postedWithin['1']).toBe(1);
    const all = index.search(VacancySearchQuerySchema.parse({}), TODAY);
    const without = new VacancyIndex(rest, { registry: registry() }).search(VacancySearchQuerySchema.parse({}), TODAY);
    expect(all.facets.regions['7700000000000']).toBe((without.facets.regions['7700000000000'] ?? 0) + 1);
    expect(all.total).toBe(rest.length + 1);
    expect(index.summary('published-1')?.snippet).toBe('Пилотирование беспилотника «Геоскан», съёмка полей.');
    expect(index.suggest('оператор бесп', 5).items).toEqual([{ title: 'Оператор беспилотника', count: 1 }]);
  });

  it('replaces a vacancy in place: its old words, title and facets are gone, the new ones found', () => {
    const vacancies = generated.vacancies.slice(0, 800);
    const target = vacancies[17]!;
    const changed = drone(target, target.id);
    const index = new VacancyIndex(vacancies, { registry: registry() });
    const oldTitle = index.search(VacancySearchQuerySchema.parse({ q: target.jobName }), TODAY).total;

    expect(index.upsert(changed)).toBe('replaced');
    expect(index.size).toBe(800);
    const fresh = new VacancyIndex(
      vacancies.map((vacancy) => (vacancy.id === target.id ? changed : vacancy)),
      { registry: registry() },
    );
    expect(answers(index)).toEqual(answers(fresh));
    expect(index.search(VacancySearchQuerySchema.parse({ q: target.jobName }), TODAY).total).toBe(oldTitle - 1);
    expect(index.detail(target.id)?.jobName).toBe('Оператор беспилотника');

    // Changed again, back to what it was: as the original index.
    index.upsert(target);
    expect(answers(index)).toEqual(answers(new VacancyIndex(vacancies, { registry: registry() })));
  });

  it('grows past its first capacity, one vacancy at a time', () => {
    const vacancies = generated.vacancies.slice(0, 40);
    const index = new VacancyIndex(vacancies.slice(0, 3), { registry: registry() });
    for (const vacancy of vacancies.slice(3)) index.upsert(vacancy);
    expect(answers(index)).toEqual(answers(new VacancyIndex(vacancies, { registry: registry() })));
  });
});

describe('VacancyIndex.matching', () => {
  it('picks of the given vacancies exactly those the search with the same words and filters finds', () => {
    const index = new VacancyIndex(generated.vacancies, { registry: registry() });
    const ids = generated.vacancies.slice(0, 600).map((vacancy) => vacancy.id);
    const inIds = new Set(ids);
    const cases: [Record<string, string>, VacancyMatchQuery][] = [
      [{ q: 'бухгалтера' }, { q: 'бухгалтера' }],
      [
        { q: 'водитель категории', regions: '7700000000000,5000000000000' },
        { q: 'водитель категории', regions: ['7700000000000', '5000000000000'] },
      ],
      [
        { specialisation: 'medicine', salaryFrom: '50000' },
        { specialisation: 'medicine', salaryFrom: 50_000 },
      ],
      [
        { employment: 'part', withSalaryOnly: 'true' },
        { employment: ['part'], withSalaryOnly: true },
      ],
      [{ q: 'нет-такого-слова' }, { q: 'нет-такого-слова' }],
      [{}, {}],
    ];
    for (const [search, match] of cases) {
      const found: string[] = [];
      for (let page = 1; ; page += 1) {
        const query = VacancySearchQuerySchema.parse({ ...search, pageSize: '100', page: String(page), sort: 'date' });
        const result = index.search(query, TODAY);
        found.push(...result.items.map((item) => item.id));
        if (page * 100 >= result.total) break;
      }
      const expected = found.filter((id) => inIds.has(id)).sort();
      expect(index.matching(match, ids).sort(), JSON.stringify(search)).toEqual(expected);
    }
    expect(index.matching({}, ['no-such-id'])).toEqual([]);
  });
});

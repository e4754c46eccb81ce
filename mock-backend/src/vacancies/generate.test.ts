import { RUSSIAN_REGIONS, SPECIALISATION_CODES, VacancySchema, type Vacancy } from '@gos-elements/contracts';
import { validateInn } from '@gos-elements/core/validators/inn';
import { validateOgrn } from '@gos-elements/core/validators/ogrn';
import { describe, expect, it } from 'vitest';
import { dayNumber } from './dates.js';
import { generateVacancies, POSTED_WINDOW_DAYS } from './generate.js';
import { sanitizeHtml } from './html.js';

const TODAY = '2026-11-24';
const { vacancies, registry } = generateVacancies({ count: 6000, today: TODAY });

const share = (predicate: (vacancy: Vacancy) => boolean) => vacancies.filter(predicate).length / vacancies.length;

describe('generateVacancies', () => {
  it('is deterministic: the same seed, count and day give the same vacancies; a smaller set is the start of a larger', () => {
    const again = generateVacancies({ count: 6000, today: TODAY });
    expect(again).toEqual({ vacancies, registry });
    const small = generateVacancies({ count: 500, today: TODAY });
    expect(small.vacancies).toEqual(vacancies.slice(0, 500));
    const other = generateVacancies({ count: 500, today: TODAY, seed: 7 });
    expect(other.vacancies.map((vacancy) => vacancy.id)).not.toEqual(small.vacancies.map((vacancy) => vacancy.id));
  });

  it('gives vacancies of the contract shape with unique ids', () => {
    for (const vacancy of vacancies.slice(0, 500)) expect(VacancySchema.parse(vacancy)).toEqual(vacancy);
    expect(new Set(vacancies.map((vacancy) => vacancy.id)).size).toBe(vacancies.length);
    expect(vacancies[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('employs organisations with checksum-valid INN (10 digits) and OGRN (13), in the region of the vacancy', () => {
    const companies = new Map(vacancies.map((vacancy) => [vacancy.company.inn, vacancy]));
    expect(companies.size).toBeGreaterThan(500);
    for (const [inn, vacancy] of companies) {
      expect(validateInn(inn, { kinds: ['organisation'] }).valid, inn).toBe(true);
      expect(validateOgrn(vacancy.company.ogrn, { kinds: ['organisation'] }).valid, vacancy.company.ogrn).toBe(true);
      expect(vacancy.company.kpp).toMatch(/^\d{9}$/);
      // The tax office (first digits of INN and KPP) and the OGRN's subject code are the region's.
      const subject = vacancy.region.code.slice(0, 2);
      expect([inn.slice(0, 2), vacancy.company.kpp.slice(0, 2), vacancy.company.ogrn.slice(3, 5)]).toEqual([
        subject,
        subject,
        subject,
      ]);
    }
    // The registry knows most employers, not all, and only generated ones.
    const known = new Set(registry.map((entry) => entry.inn));
    const registered = [...companies.keys()].filter((inn) => known.has(inn)).length / companies.size;
    expect(registered).toBeGreaterThan(0.6);
    expect(registered).toBeLessThan(0.8);
  });

  it('spreads over the 89 regions by population, Moscow paying more than the Kursk region', () => {
    const byRegion = new Map<string, Vacancy[]>();
    for (const vacancy of generateVacancies({ count: 30_000, today: TODAY }).vacancies) {
      const list = byRegion.get(vacancy.region.code) ?? [];
      list.push(vacancy);
      byRegion.set(vacancy.region.code, list);
    }
    expect(byRegion.size).toBe(RUSSIAN_REGIONS.length);
    const moscow = byRegion.get('7700000000000') ?? [];
    const kursk = byRegion.get('4600000000000') ?? [];
    expect(moscow.length).toBeGreaterThan(kursk.length * 8);
    const median = (list: Vacancy[]) => {
      const salaries = list
        .map((vacancy) => vacancy.salary.min)
        .filter(Boolean)
        .sort((a, b) => a - b);
      return salaries[Math.floor(salaries.length / 2)] ?? 0;
    };
    expect(median(moscow)).toBeGreaterThan(median(kursk) * 1.5);
    for (const vacancy of moscow) expect(vacancy.addresses[0]?.location).toMatch(/^г\. Москва, /);
  });

  it('has the real spheres, titles, salaries (some not given) and realistic spreads of the rest', () => {
    const spheres = new Set(vacancies.map((vacancy) => vacancy.category.specialisation));
    expect([...spheres].sort()).toEqual(SPECIALISATION_CODES.filter((code) => code !== 'other').sort());
    const titles = new Set(vacancies.map((vacancy) => vacancy.jobName));
    for (const title of [
      'Бухгалтер',
      'Главный бухгалтер',
      'Водитель категории C',
      'Медицинская сестра',
      'Программист 1С',
    ]) {
      expect(titles, title).toContain(title);
    }
    const noSalary = share((vacancy) => vacancy.salary.min === 0 && vacancy.salary.max === 0);
    expect(noSalary).toBeGreaterThan(0.05);
    expect(noSalary).toBeLessThan(0.12);
    for (const vacancy of vacancies) {
      const { min, max, text } = vacancy.salary;
      if (min === 0 && max === 0) expect(text).toBe('з/п не указана');
      else if (max > 0 && min > 0) expect(max).toBeGreaterThan(min);
    }
    expect(share((vacancy) => vacancy.employment === 'full')).toBeGreaterThan(0.6);
    expect(share((vacancy) => vacancy.schedule === 'full-day')).toBeGreaterThan(0.4);
    expect(share((vacancy) => vacancy.remote)).toBeGreaterThan(0.01);
    expect(share((vacancy) => vacancy.remote)).toBeLessThan(0.15);
    expect(share((vacancy) => vacancy.socialProtected.length > 0)).toBeGreaterThan(0.03);
    expect(share((vacancy) => vacancy.requirement.qualification === 'manager')).toBeGreaterThan(0.03);
    expect(share((vacancy) => vacancy.requirement.qualification === 'trainee')).toBeGreaterThan(0.005);
    expect(share((vacancy) => vacancy.requirement.experience === 0)).toBeGreaterThan(0.3);
  });

  it('dates every vacancy within the 60 days up to today, modified on or after publication', () => {
    const today = dayNumber(TODAY);
    for (const vacancy of vacancies) {
      const created = dayNumber(vacancy.createdAt);
      expect(today - created).toBeGreaterThanOrEqual(0);
      expect(today - created).toBeLessThanOrEqual(POSTED_WINDOW_DAYS);
      expect(vacancy.modifiedAt >= vacancy.createdAt && vacancy.modifiedAt <= TODAY).toBe(true);
    }
    // More recent than old: half of them from the last three weeks.
    expect(share((vacancy) => today - dayNumber(vacancy.createdAt) < 21)).toBeGreaterThan(0.5);
  });

  it('writes duties as small HTML that the sanitiser keeps the meaning of', () => {
    for (const vacancy of vacancies.slice(0, 300)) {
      expect(vacancy.duty).toMatch(/Обязанности:/);
      expect(sanitizeHtml(vacancy.duty)).toMatch(/Обязанности:/);
    }
    expect(share((vacancy) => vacancy.duty.includes('<ul>'))).toBeGreaterThan(0.8);
    expect(share((vacancy) => vacancy.duty.includes('<div'))).toBeGreaterThan(0.03);
  });
});

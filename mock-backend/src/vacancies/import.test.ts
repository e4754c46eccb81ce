import { readFileSync } from 'node:fs';
import { VacancySchema } from '@gos-elements/contracts';
import { describe, expect, it } from 'vitest';
import { importOpenData } from './import.js';
import { EmployerRegistry } from './registry.js';
import { VacancyIndex } from './search.js';

const sample: unknown = JSON.parse(readFileSync(new URL('./fixtures/trudvsem-sample.json', import.meta.url), 'utf8'));
const FALLBACK = '2026-11-24';

describe('importOpenData', () => {
  const { vacancies, skipped } = importOpenData(sample, { fallbackDate: FALLBACK });

  it('reads every readable vacancy of the open-data envelope into valid vacancies of our shape', () => {
    expect(vacancies.map((vacancy) => vacancy.id)).toEqual([
      '4bb8c8b1-3c1a-11ee-8a0a-bf2b24c5a1f1',
      '7f0e6a40-1b22-11ef-9e3a-0050568f2b1c',
      'a1c3b5d7-0000-4000-8000-000000000003',
      'b2d4f6a8-0000-4000-8000-000000000006',
    ]);
    for (const vacancy of vacancies) expect(VacancySchema.parse(vacancy)).toEqual(vacancy);
    expect(skipped).toEqual([
      { index: 3, reason: 'no id' },
      { index: 4, reason: 'id 7f0e6a40-1b22-11ef-9e3a-0050568f2b1c repeated' },
    ]);
  });

  it('maps the hyphenated keys, numbers given as strings and the Russian values to our fields and codes', () => {
    const [nurse] = vacancies;
    expect(nurse).toMatchObject({
      region: { code: '6600000000000', name: 'Свердловская область' },
      company: {
        inn: '6661004661',
        ogrn: '1026605606620',
        kpp: '667101001',
        name: 'ГАУЗ СО "ЦЕНТРАЛЬНАЯ ГОРОДСКАЯ БОЛЬНИЦА № 3 Г. ЕКАТЕРИНБУРГ"',
        url: 'https://cgb3.example/',
      },
      createdAt: '2026-11-02',
      modifiedAt: '2026-11-20',
      salary: { text: 'от 45000 до 60000', min: 45000, max: 60000, currency: 'RUB' },
      jobName: 'Медицинская сестра палатная',
      employment: 'full',
      schedule: 'shift',
      remote: false,
      socialPackage: true,
      category: { specialisation: 'medicine' },
      requirement: { education: 'vocational', qualification: 'specialist', experience: 1 },
      addresses: [
        {
          location: 'Свердловская область, г. Екатеринбург, ул. Сибирский тракт, д. 8',
          lat: 56.8219,
          lng: 60.6501,
        },
      ],
      socialProtected: ['disabled', 'pre-retirement'],
      contacts: [
        { type: 'phone', value: '+7(343)2150001' },
        { type: 'email', value: 'kadry@cgb3.example' },
      ],
      contactPerson: 'Сидорова Анна Викторовна',
      workPlaces: 3,
      sourceUrl: 'https://trudvsem.ru/vacancy/card/1026605606620/4bb8c8b1-3c1a-11ee-8a0a-bf2b24c5a1f1',
    });
    // The duty is kept as it came; the detail answer sanitises it.
    expect(nurse?.duty).toContain('<script>');
  });

  it('tolerates missing and oddly written fields', () => {
    const [, accountant, maid, trainee] = vacancies;
    expect(accountant).toMatchObject({
      region: { code: '7700000000000', name: 'Москва' },
      createdAt: '2026-11-18',
      modifiedAt: '2026-11-18',
      salary: { text: 'до 180000', min: 0, max: 180000 },
      remote: true,
      requirement: { education: 'higher', qualification: 'manager', experience: 5 },
      addresses: [{ location: 'г. Москва, ул. Вавилова, д. 19', lat: 55.7, lng: 37.58 }],
      contacts: [],
      socialProtected: [],
    });
    expect(maid).toMatchObject({
      region: { code: '9100000000000', name: 'Республика Крым' },
      company: { name: 'ООО "ЮЖНЫЙ БЕРЕГ"', inn: '9102000000', ogrn: '', kpp: '' },
      createdAt: '2026-11-15',
      salary: { text: 'от 35000', min: 35000, max: 0 },
      employment: 'seasonal',
      category: { specialisation: 'hospitality' },
      requirement: { education: 'any', qualification: 'specialist', experience: 0 },
      addresses: [],
      workPlaces: 1,
    });
    expect(trainee).toMatchObject({
      region: { code: '9300000000000', name: 'Донецкая Народная Республика' },
      employment: 'internship',
      schedule: 'rotation',
      category: { specialisation: 'housing-utilities' },
      requirement: { education: 'secondary', qualification: 'trainee' },
      socialProtected: ['disabled'],
    });
    expect(importOpenData({ results: {} }, { fallbackDate: FALLBACK })).toEqual({ vacancies: [], skipped: [] });
    expect(importOpenData('nonsense', { fallbackDate: FALLBACK }).vacancies).toEqual([]);
    const bare = importOpenData([{ id: 'x1', name: 'Дворник' }], { fallbackDate: FALLBACK }).vacancies[0];
    expect(bare).toMatchObject({
      region: { code: '0000000000000', name: 'Регион не указан' },
      company: { name: 'Работодатель не указан' },
      createdAt: FALLBACK,
      salary: { text: 'з/п не указана', min: 0, max: 0 },
      category: { specialisation: 'other' },
    });
  });

  it('gives imported vacancies to the search like generated ones: found, filtered, sanitised, checked', () => {
    const index = new VacancyIndex(vacancies, {
      registry: new EmployerRegistry([{ inn: '7707083893', ogrn: '1027700132195' }]),
    });
    const found = index.search(
      { q: 'медицинские сестры', sort: 'relevance', page: 1, pageSize: 20, regions: ['6600000000000'] },
      FALLBACK,
    );
    expect(found.items.map((item) => item.id)).toEqual(['4bb8c8b1-3c1a-11ee-8a0a-bf2b24c5a1f1']);
    const detail = index.detail('4bb8c8b1-3c1a-11ee-8a0a-bf2b24c5a1f1');
    expect(detail?.duty).toBe('<p>Уход за больными, выполнение назначений врача.</p><p>Смены 1/3</p>подробнее');
    expect(detail?.verifiedEmployer).toBe(false);
    expect(index.detail('7f0e6a40-1b22-11ef-9e3a-0050568f2b1c')?.verifiedEmployer).toBe(true);
    expect(index.search({ q: 'учета', sort: 'date', page: 1, pageSize: 20 }, FALLBACK).total).toBe(1);
  });
});

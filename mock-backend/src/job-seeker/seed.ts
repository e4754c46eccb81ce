// Résumés of the seeded job seekers, so a demo can respond to a vacancy at once: Соколов (unemployed, a lorry
// driver from Одинцово) and Смирнова (an accountant in Moscow). Given on first start only — an account that has a
// résumé keeps it as its owner left it.
import type { ResumeBody } from './records.js';

export type ResumeSeedKey = 'driver' | 'accountant';

/** The seeded accounts' oids (identity/seed.ts) and the résumé each gets. */
export const SEEDED_RESUMES: Readonly<Record<string, ResumeSeedKey>> = {
  '1000000004': 'driver',
  '1000000001': 'accountant',
};

export const RESUME_SEEDS: Readonly<Record<ResumeSeedKey, ResumeBody>> = {
  driver: {
    desiredPosition: 'Водитель категории C',
    region: '5000000000000',
    employment: ['full', 'temporary'],
    schedule: ['full-day', 'shift'],
    salary: 85_000,
    education: [
      {
        level: 'vocational',
        institution: 'Одинцовский техникум',
        speciality: 'Техническое обслуживание и ремонт автомобильного транспорта',
        graduationYear: 2010,
      },
    ],
    experience: [
      {
        company: 'ООО «ПодмосковьеТрансЛогистик»',
        position: 'Водитель-экспедитор (категория C)',
        from: '2016-04',
        to: '2025-06',
        duties: 'Доставка грузов по Москве и области, оформление товарно-транспортных накладных, ежедневный осмотр.',
      },
      {
        company: 'ИП Кравцов А. Н.',
        position: 'Водитель категории B',
        from: '2011-03',
        to: '2016-03',
        duties: 'Развоз товаров по магазинам сети.',
      },
    ],
    skills: ['Права категорий B, C', 'Тахограф', 'Знание Москвы и Московской области', 'Оформление ТТН'],
    about: 'Стаж вождения 15 лет без аварий. Медкнижка и карта водителя есть. Готов к сменному графику.',
    contacts: { phone: '+79265550404', email: 'a.sokolov@example.ru' },
    published: true,
  },
  accountant: {
    desiredPosition: 'Бухгалтер',
    region: '7700000000000',
    employment: ['full', 'part'],
    schedule: ['full-day', 'flexible'],
    salary: 95_000,
    education: [
      {
        level: 'higher',
        institution: 'Финансовый университет при Правительстве Российской Федерации',
        speciality: 'Бухгалтерский учёт, анализ и аудит',
        graduationYear: 2007,
      },
    ],
    experience: [
      {
        company: 'ГБУ «Жилищник района Хамовники»',
        position: 'Главный бухгалтер',
        from: '2016-02',
        duties: 'Ведение учёта учреждения, отчётность в ФНС и СФР, расчёт заработной платы.',
      },
      {
        company: 'ООО «Вектор»',
        position: 'Бухгалтер',
        from: '2008-09',
        to: '2016-01',
        duties: 'Первичная документация, банк и касса, сверки с контрагентами.',
      },
    ],
    skills: ['1С:Бухгалтерия 8.3', '1С:Зарплата и кадры', 'Налоговая отчётность', 'Банк-клиент'],
    about: 'Ищу работу рядом с домом, возможна частичная занятость.',
    contacts: { phone: '+79165550101', email: 'anna.smirnova@example.ru' },
    published: false,
  },
};

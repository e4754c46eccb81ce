import type { ApplicationStatus, CodeTitle, StatusHistoryEntry } from '@gos-elements/contracts';
import { incomeCertificateRequest, resultDocumentFor, type ApplicationRecord } from './applications.js';

const DAY = 86_400_000;

const SERVICES = {
  edv: { code: 'edv', title: 'Ежемесячная денежная выплата отдельным категориям граждан' },
  unified: { code: 'unified-allowance', title: 'Единое пособие в связи с рождением и воспитанием ребёнка' },
  housing: { code: 'housing-compensation', title: 'Компенсация расходов на оплату жилого помещения и ЖКУ' },
  subsidy: { code: 'housing-subsidy', title: 'Субсидия на оплату жилого помещения и коммунальных услуг' },
  pension: { code: 'pension-certificate', title: 'Справка о назначенной пенсии и социальных выплатах' },
  unemployment: { code: 'unemployment-benefit', title: 'Пособие по безработице' },
  capital: { code: 'maternity-capital', title: 'Распоряжение средствами материнского капитала' },
} satisfies Record<string, CodeTitle>;

const DEPARTMENTS = {
  sfr: { code: 'sfr', title: 'Социальный фонд России' },
  szn: { code: 'szn-enskaya', title: 'Министерство социальной защиты населения Энской области' },
  czn: { code: 'czn-enskaya', title: 'Центр занятости населения Энской области' },
} satisfies Record<string, CodeTitle>;

interface SeedSpec {
  readonly service: CodeTitle;
  readonly department: CodeTitle;
  /** Days before now it was submitted. */
  readonly submittedDaysAgo: number;
  /** The statuses it went through after submission, with days before now and the department's comment. */
  readonly path: readonly (readonly [ApplicationStatus, number, string?])[];
  /** What the simulator does with it next. */
  readonly plan?: readonly ApplicationStatus[];
}

const SPECS: readonly SeedSpec[] = [
  { service: SERVICES.capital, department: DEPARTMENTS.sfr, submittedDaysAgo: 0, path: [['draft', 0]] },
  {
    service: SERVICES.edv,
    department: DEPARTMENTS.szn,
    submittedDaysAgo: 1,
    path: [['accepted', 1]],
    plan: ['in-review', 'approved', 'issued'],
  },
  {
    service: SERVICES.unified,
    department: DEPARTMENTS.sfr,
    submittedDaysAgo: 6,
    path: [
      ['accepted', 6],
      ['in-review', 5, 'Заявление принято к рассмотрению.'],
    ],
    plan: ['action-required'],
  },
  {
    service: SERVICES.subsidy,
    department: DEPARTMENTS.szn,
    submittedDaysAgo: 12,
    path: [
      ['accepted', 12],
      ['in-review', 11, 'Заявление принято к рассмотрению.'],
      ['action-required', 3, 'Приложите справку о доходах членов семьи за последние 12 месяцев.'],
    ],
    plan: ['approved', 'issued'],
  },
  {
    service: SERVICES.housing,
    department: DEPARTMENTS.szn,
    submittedDaysAgo: 20,
    path: [
      ['accepted', 20],
      ['in-review', 19],
      ['approved', 2, 'Принято решение о назначении компенсации с 1-го числа следующего месяца.'],
    ],
    plan: ['issued'],
  },
  {
    service: SERVICES.unemployment,
    department: DEPARTMENTS.czn,
    submittedDaysAgo: 45,
    path: [
      ['accepted', 45],
      ['in-review', 44],
      ['rejected', 30, 'Отказано: на дату обращения заявитель состоит в трудовых отношениях (сведения СФР).'],
    ],
  },
  {
    service: SERVICES.pension,
    department: DEPARTMENTS.sfr,
    submittedDaysAgo: 60,
    path: [
      ['accepted', 60],
      ['in-review', 60],
      ['issued', 58, 'Справка сформирована.'],
    ],
  },
  {
    service: SERVICES.edv,
    department: DEPARTMENTS.szn,
    submittedDaysAgo: 90,
    path: [
      ['accepted', 90],
      ['cancelled', 88, 'Отозвано заявителем.'],
    ],
  },
];

/**
 * Applications of one citizen in every status, dated relative to `now`, so the cabinet always looks lived in.
 * Deterministic: the same owner index and time give the same applications (numbers `2026-00<owner><nn>`).
 */
export function seedApplications(owner: string, ownerIndex: number, now: number): ApplicationRecord[] {
  const year = new Date(now).getUTCFullYear();
  return SPECS.map((spec, index) => {
    const number = `${year}-${String(ownerIndex * 100 + index + 1).padStart(6, '0')}`;
    const id = `app-${number}`;
    const at = (daysAgo: number, hour: number) => new Date(now - daysAgo * DAY - hour * 3_600_000).toISOString();
    const submittedAt = at(spec.submittedDaysAgo, 2);
    const history: StatusHistoryEntry[] = spec.path.map(([status, daysAgo, comment], step) => ({
      status,
      at: step === 0 ? submittedAt : at(daysAgo, 1 - step / 10),
      author:
        status === 'draft' || status === 'accepted' || status === 'cancelled' ? 'Заявитель' : spec.department.title,
      ...(comment ? { comment } : {}),
    }));
    const statuses = spec.path.map(([status]) => status);
    const record: ApplicationRecord = {
      id,
      owner,
      number,
      service: spec.service,
      department: spec.department,
      submittedAt,
      history,
      requiredDocuments: statuses.includes('action-required') ? [incomeCertificateRequest({ id }, now - 3 * DAY)] : [],
      documents: [],
      plan: [...(spec.plan ?? [])],
    };
    const last = spec.path[spec.path.length - 1];
    if (last?.[0] === 'rejected') record.rejectionReason = last[2];
    if (last?.[0] === 'issued')
      record.result = resultDocumentFor(record, history[history.length - 1]?.at ?? submittedAt);
    return record;
  });
}

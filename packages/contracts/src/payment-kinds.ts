// Plain data, no zod: what browsers need of the payment catalogues (titles in both languages, categories, reasons)
// without the schemas.

/** ru + en text of one catalogue item; Russian is what the API sends, English is for the SDK's English locale. */
export interface Bilingual {
  readonly title: string;
  readonly titleEn: string;
}

/**
 * How a measure is classed on the portal: «пособие» covers every payment that is not a compensation of costs or a
 * subsidy (allowances, pensions, ЕДВ, maternity capital), as the portal's «Пособия и выплаты» section does.
 */
export const PAYMENT_CATEGORIES = {
  benefit: { title: 'Пособие', titleEn: 'Benefit' },
  compensation: { title: 'Компенсация', titleEn: 'Compensation' },
  subsidy: { title: 'Субсидия', titleEn: 'Subsidy' },
} as const satisfies Record<string, Bilingual>;

export type PaymentCategory = keyof typeof PAYMENT_CATEGORIES;
export const PAYMENT_CATEGORY_CODES = Object.keys(PAYMENT_CATEGORIES) as [PaymentCategory, ...PaymentCategory[]];

/** Who pays a measure: the Social Fund (federal), the region's social-protection body, or the employment service. */
export type PayerLevel = 'federal' | 'regional' | 'employment';

export interface PaymentKindInfo extends Bilingual {
  /** As a table cell or a chart legend has room for. */
  readonly shortTitle: string;
  readonly shortTitleEn: string;
  readonly category: PaymentCategory;
  readonly payerLevel: PayerLevel;
  /** Paid for a child (the payment names the child as its beneficiary), so a family's payments split per child. */
  readonly perChild: boolean;
  /** The law a payment of this kind is made under, as a statement cites it (Russian only: these are titles of acts). */
  readonly legalBasis: string;
}

/** The measures of social support the cabinet knows, by stable code. */
export const PAYMENT_KINDS = {
  'unified-allowance': {
    title: 'Единое пособие в связи с рождением и воспитанием ребёнка',
    titleEn: 'Unified allowance for children and pregnant women',
    shortTitle: 'Единое пособие',
    shortTitleEn: 'Unified allowance',
    category: 'benefit',
    payerLevel: 'federal',
    perChild: true,
    legalBasis:
      'Федеральный закон от 19.05.1995 № 81-ФЗ «О государственных пособиях гражданам, имеющим детей», ст. 9; ' +
      'постановление Правительства РФ от 16.12.2022 № 2330',
  },
  'maternity-capital': {
    title: 'Материнский (семейный) капитал',
    titleEn: 'Maternity (family) capital',
    shortTitle: 'Материнский капитал',
    shortTitleEn: 'Maternity capital',
    category: 'benefit',
    payerLevel: 'federal',
    perChild: false,
    legalBasis:
      'Федеральный закон от 29.12.2006 № 256-ФЗ «О дополнительных мерах государственной поддержки семей, имеющих детей»',
  },
  'maternity-capital-monthly': {
    title: 'Ежемесячная выплата из средств материнского (семейного) капитала',
    titleEn: 'Monthly payment from maternity capital',
    shortTitle: 'Выплата из маткапитала',
    shortTitleEn: 'Maternity capital, monthly',
    category: 'benefit',
    payerLevel: 'federal',
    perChild: true,
    legalBasis: 'Федеральный закон от 28.12.2017 № 418-ФЗ «О ежемесячных выплатах семьям, имеющим детей»',
  },
  'childcare-allowance': {
    title: 'Ежемесячное пособие по уходу за ребёнком до 1,5 лет',
    titleEn: 'Childcare allowance up to 1.5 years',
    shortTitle: 'Уход за ребёнком',
    shortTitleEn: 'Childcare allowance',
    category: 'benefit',
    payerLevel: 'federal',
    perChild: true,
    legalBasis:
      'Федеральный закон от 29.12.2006 № 255-ФЗ «Об обязательном социальном страховании на случай временной ' +
      'нетрудоспособности и в связи с материнством», ст. 11.1',
  },
  'maternity-allowance': {
    title: 'Пособие по беременности и родам',
    titleEn: 'Maternity allowance',
    shortTitle: 'Беременность и роды',
    shortTitleEn: 'Maternity allowance',
    category: 'benefit',
    payerLevel: 'federal',
    perChild: false,
    legalBasis:
      'Федеральный закон от 29.12.2006 № 255-ФЗ «Об обязательном социальном страховании на случай временной ' +
      'нетрудоспособности и в связи с материнством», ст. 10',
  },
  'old-age-pension': {
    title: 'Страховая пенсия по старости',
    titleEn: 'Old-age insurance pension',
    shortTitle: 'Пенсия',
    shortTitleEn: 'Pension',
    category: 'benefit',
    payerLevel: 'federal',
    perChild: false,
    legalBasis: 'Федеральный закон от 28.12.2013 № 400-ФЗ «О страховых пенсиях», ст. 8',
  },
  edv: {
    title: 'Ежемесячная денежная выплата (ЕДВ)',
    titleEn: 'Monthly cash payment (EDV)',
    shortTitle: 'ЕДВ',
    shortTitleEn: 'EDV',
    category: 'benefit',
    payerLevel: 'federal',
    perChild: false,
    legalBasis:
      'Федеральный закон от 24.11.1995 № 181-ФЗ «О социальной защите инвалидов в Российской Федерации», ст. 28.1',
  },
  'housing-compensation': {
    title: 'Компенсация расходов на оплату жилого помещения и коммунальных услуг',
    titleEn: 'Compensation of housing and utility costs',
    shortTitle: 'Компенсация ЖКУ',
    shortTitleEn: 'Utilities compensation',
    category: 'compensation',
    payerLevel: 'regional',
    perChild: false,
    legalBasis:
      'Жилищный кодекс РФ, ст. 160; Федеральный закон от 24.11.1995 № 181-ФЗ «О социальной защите инвалидов ' +
      'в Российской Федерации», ст. 17',
  },
  'housing-subsidy': {
    title: 'Субсидия на оплату жилого помещения и коммунальных услуг',
    titleEn: 'Housing and utilities subsidy',
    shortTitle: 'Субсидия ЖКУ',
    shortTitleEn: 'Utilities subsidy',
    category: 'subsidy',
    payerLevel: 'regional',
    perChild: false,
    legalBasis: 'Жилищный кодекс РФ, ст. 159; постановление Правительства РФ от 14.12.2005 № 761',
  },
  'unemployment-benefit': {
    title: 'Пособие по безработице',
    titleEn: 'Unemployment benefit',
    shortTitle: 'Пособие по безработице',
    shortTitleEn: 'Unemployment benefit',
    category: 'benefit',
    payerLevel: 'employment',
    perChild: false,
    legalBasis: 'Федеральный закон от 12.12.2023 № 565-ФЗ «О занятости населения в Российской Федерации», ст. 52',
  },
} as const satisfies Record<string, PaymentKindInfo>;

export type PaymentKindCode = keyof typeof PAYMENT_KINDS;
export const PAYMENT_KIND_CODES = Object.keys(PAYMENT_KINDS) as [PaymentKindCode, ...PaymentKindCode[]];

export interface PayerInfo extends Bilingual {
  readonly level: PayerLevel;
}

/** The paying bodies of the seeded histories: the Social Fund, regional social protection, the employment service. */
export const PAYERS = {
  sfr: { title: 'Социальный фонд России', titleEn: 'Social Fund of Russia', level: 'federal' },
  'dtszn-moscow': {
    title: 'Департамент труда и социальной защиты населения города Москвы',
    titleEn: 'Moscow Department of Labour and Social Protection',
    level: 'regional',
  },
  'ksp-spb': {
    title: 'Комитет по социальной политике Санкт-Петербурга',
    titleEn: 'Saint Petersburg Social Policy Committee',
    level: 'regional',
  },
  'czn-moscow-region': {
    title: 'Центр занятости населения Московской области',
    titleEn: 'Moscow Region Employment Centre',
    level: 'employment',
  },
} as const satisfies Record<string, PayerInfo>;

export type PayerCode = keyof typeof PAYERS;

/** The act a payment is made on. */
export const BASIS_DOCUMENT_TYPES = {
  decision: { title: 'Решение о назначении', titleEn: 'Award decision' },
  order: { title: 'Распоряжение', titleEn: 'Order' },
  'court-order': { title: 'Решение суда', titleEn: 'Court decision' },
} as const satisfies Record<string, Bilingual>;

export type BasisDocumentType = keyof typeof BASIS_DOCUMENT_TYPES;
export const BASIS_DOCUMENT_TYPE_CODES = Object.keys(BASIS_DOCUMENT_TYPES) as [
  BasisDocumentType,
  ...BasisDocumentType[],
];

/** Where the money went. */
export const RECEIPT_METHODS = {
  'bank-account': { title: 'Банковский счёт', titleEn: 'Bank account' },
  'mir-card': { title: 'Карта «Мир»', titleEn: 'Mir card' },
} as const satisfies Record<string, Bilingual>;

export type ReceiptMethod = keyof typeof RECEIPT_METHODS;
export const RECEIPT_METHOD_CODES = Object.keys(RECEIPT_METHODS) as [ReceiptMethod, ...ReceiptMethod[]];

/**
 * What happened to a payment: `paid` (credited), `pending` (formed and sent to the bank, not credited yet),
 * `rejected` (the paying body refused this payment) or `returned` (the bank sent the money back). Only `paid`
 * money reached the person; `rejected` and `returned` come with a reason.
 */
export const PAYMENT_STATUSES = {
  paid: { title: 'Выплачено', titleEn: 'Paid' },
  pending: { title: 'Ожидает зачисления', titleEn: 'Pending' },
  rejected: { title: 'Отказано', titleEn: 'Rejected' },
  returned: { title: 'Возвращено банком', titleEn: 'Returned' },
} as const satisfies Record<string, Bilingual>;

export type PaymentStatus = keyof typeof PAYMENT_STATUSES;
export const PAYMENT_STATUS_CODES = Object.keys(PAYMENT_STATUSES) as [PaymentStatus, ...PaymentStatus[]];

export interface PaymentReasonInfo extends Bilingual {
  /** The status the reason explains. */
  readonly status: PaymentStatus;
}

/** Why a payment is not (yet) paid, by stable code: the texts a person reads next to the status. */
export const PAYMENT_REASONS = {
  'in-transit': {
    status: 'pending',
    title: 'Выплата сформирована и передана в банк; деньги поступят в дату выплаты.',
    titleEn: 'The payment has been sent to the bank and will be credited on the payment date.',
  },
  'income-above-threshold': {
    status: 'rejected',
    title: 'Среднедушевой доход семьи превысил прожиточный минимум на душу населения в регионе.',
    titleEn: 'The family’s income per person exceeded the regional subsistence minimum.',
  },
  'residence-not-confirmed': {
    status: 'rejected',
    title: 'Не подтверждено место жительства в регионе по сведениям МВД России.',
    titleEn: 'Residence in the region was not confirmed by the Ministry of Internal Affairs.',
  },
  'debt-for-utilities': {
    status: 'rejected',
    title: 'Есть непогашенная задолженность по оплате жилого помещения и коммунальных услуг.',
    titleEn: 'There are unpaid housing and utility bills.',
  },
  'missed-appointment': {
    status: 'rejected',
    title: 'Неявка на перерегистрацию в центр занятости без уважительной причины.',
    titleEn: 'The re-registration appointment at the employment centre was missed without a valid reason.',
  },
  'account-closed': {
    status: 'returned',
    title: 'Счёт закрыт: банк вернул деньги. Укажите новые реквизиты — выплату перечислят повторно.',
    titleEn: 'The account is closed and the bank returned the money. Give new details to have it paid again.',
  },
  'name-mismatch': {
    status: 'returned',
    title: 'ФИО получателя не совпадает с владельцем счёта: банк вернул деньги.',
    titleEn: 'The recipient’s name does not match the account holder, so the bank returned the money.',
  },
  'not-mir-card': {
    status: 'returned',
    title: 'Социальные выплаты зачисляются только на карту «Мир»: банк вернул деньги.',
    titleEn: 'Social payments may only be credited to a Mir card, so the bank returned the money.',
  },
} as const satisfies Record<string, PaymentReasonInfo>;

export type PaymentReasonCode = keyof typeof PAYMENT_REASONS;

/** The currency every amount is in; amounts are whole kopecks. */
export const PAYMENT_CURRENCY = 'RUB';

/** The most payments one page holds (the backend's limits may hold it lower). */
export const PAYMENT_PAGE_SIZE_MAX = 100;
export const PAYMENT_PAGE_SIZE_DEFAULT = 20;
/** The longest clarification request, in characters. */
export const CLARIFICATION_TEXT_MAX = 2000;

/** The service a clarification request is filed under in «Мои заявления». */
export const PAYMENT_CLARIFICATION_SERVICE = {
  code: 'payment-clarification',
  title: 'Запрос о разъяснении выплаты',
} as const;

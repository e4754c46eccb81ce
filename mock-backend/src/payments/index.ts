export { PaymentsApi, PAYMENTS_LEVEL, queryRecord, type Viewer } from './api.js';
export { paymentRow, paymentsExport, type ExportFile } from './export-table.js';
export {
  LOAD_PAYMENTS,
  PAYMENT_PROFILE_KEYS,
  paymentProfile,
  SEEDED_PAYMENT_PROFILES,
  type PaymentProfile,
  type PaymentProfileKey,
  type PlannedPayment,
} from './histories.js';
export { Payments, PaymentsError, previousPeriod, type PaymentsOptions } from './payments.js';
export { accountLevelProblem, paymentsProblem } from './problems.js';
export { decimalComma, rubles } from './money.js';

// Side-effect free: importing classes registers nothing. Import `@gos-elements/elements/all` or a component's
// `define` entry to register tags.
export { GosApplicationStatusElement, type ApplicationsApi } from './application-status/application-status.js';
export { GosConfigElement } from './config/config.js';
export {
  GosLoginButtonElement,
  type GosLoginDetail,
  type GosLoginErrorDetail,
  type GosLoginErrorEvent,
  type GosLoginEvent,
  type GosLogoutDetail,
  type GosLogoutEvent,
  type GosSessionExpiredDetail,
  type GosSessionExpiredEvent,
  type LoginButtonMode,
} from './login-button/login-button.js';
export {
  GosOtpPromptElement,
  type GosOtpFactorDetail,
  type GosOtpResendEvent,
  type GosOtpSubmitDetail,
  type GosOtpSubmitEvent,
  type GosOtpSwitchEvent,
  type OtpFactor,
  type OtpTime,
} from './otp-prompt/otp-prompt.js';
export {
  GosBenefitsHistoryElement,
  type GosPaymentsFilterDetail,
  type GosPaymentsFilterEvent,
  type PaymentsApi,
} from './benefits-history/benefits-history.js';
export type { HistoryView, PeriodPreset } from './benefits-history/benefits-history.logic.js';
export {
  GosRegistrationWizardElement,
  type GosRegistrationCompleteDetail,
  type GosRegistrationCompleteEvent,
  type GosRegistrationStepDetail,
  type GosRegistrationStepEvent,
  type RegistrationApi,
} from './registration-wizard/registration-wizard.js';
export {
  GosVacancySearchElement,
  type GosSearchDetail,
  type GosSearchEvent,
  type GosVacancyOpenDetail,
  type GosVacancyOpenEvent,
  type VacanciesApi,
} from './vacancy-search/vacancy-search.js';
export type { SearchView } from './vacancy-search/vacancy-search.logic.js';
export { GosElement } from './internal/gos-element.js';
export { defineElement, type VersionedElementConstructor } from './internal/define-element.js';
export { ConfigController } from './internal/config-controller.js';
export { gosConfigContext } from './internal/config-context.js';
export { LocalizeController, type Catalog, type Message, type Messages } from './internal/localize.js';
export { tokens, baseStyles, COLOR_TOKENS, PALETTES, LOW_VISION_COLORS } from './styles/tokens.js';
export { buttonStyles, controlStyles } from './styles/controls.styles.js';
export { VERSION } from './internal/version.js';

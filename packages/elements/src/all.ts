// Registers every gos element. The CDN bundle is built from this file.
import './application-status/define.js';
import './benefits-history/define.js';
import './config/define.js';
import './login-button/define.js';
import './otp-prompt/define.js';
import './registration-wizard/define.js';
import './vacancy-search/define.js';

export * from './index.js';

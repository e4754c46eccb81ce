import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { AccountService, Journal, Outbox, SecondFactorService } from '../identity/types.js';
import type { Limits } from '../limits.js';
import type { Logger } from '../logger.js';

/** The identity domain as the provider and its pages use it (implemented in `identity/`). */
export interface IdentityPorts {
  readonly accounts: AccountService;
  readonly secondFactors: SecondFactorService;
  readonly outbox: Outbox;
  readonly journal: Journal;
}

/** Everything the OpenID provider, its pages and the journal endpoint run on. */
export interface OidcDependencies {
  readonly db: Database;
  readonly identity: IdentityPorts;
  readonly limits: Limits;
  /** The domain's clock (lockouts, code expiry, journal times); the provider itself runs on real time. */
  readonly clock: Clock;
  readonly logger: Logger;
}

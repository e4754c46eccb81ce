import { createHash, generateKeyPairSync, randomBytes, type JsonWebKey } from 'node:crypto';
import type { Database } from '../db/database.js';

export interface ProviderKeys {
  /** Private signing JWKs, newest first; the JWKS endpoint publishes their public halves. */
  readonly signing: readonly JsonWebKey[];
  /** Secrets for signed cookies, newest first (Koa keygrip signs with the first, verifies with all). */
  readonly cookies: readonly string[];
}

interface KeyRow {
  readonly id: string;
  readonly use: 'sig' | 'cookie';
  readonly material: string;
}

/** RFC 7638 thumbprint of an RSA key, used as its `kid`, so the id is stable and derived from the key itself. */
function rsaThumbprint(jwk: JsonWebKey): string {
  return createHash('sha256')
    .update(JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n }))
    .digest('base64url');
}

function newSigningKey(): JsonWebKey {
  // RS256 is what every OpenID client supports and the provider's default id_token_signed_response_alg.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { ...jwk, kid: rsaThumbprint(jwk), alg: 'RS256', use: 'sig' };
}

/**
 * Loads the provider's signing keys and cookie secrets from the database, generating them on first start. They
 * live in the database (not in memory) so a restart keeps issued ID tokens verifiable and session cookies valid;
 * an in-memory database simply gets fresh ones per run.
 */
export function loadOrCreateKeys(db: Database, now: number = Date.now()): ProviderKeys {
  const rows = (): KeyRow[] =>
    db.prepare<[], KeyRow>('SELECT id, use, material FROM oidc_keys ORDER BY created_at DESC, id').all();

  let stored = rows();
  const insert = db.prepare('INSERT INTO oidc_keys (id, use, material, created_at) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    if (!stored.some((row) => row.use === 'sig')) {
      const jwk = newSigningKey();
      insert.run(String(jwk.kid), 'sig', JSON.stringify(jwk), now);
    }
    if (!stored.some((row) => row.use === 'cookie')) {
      const secret = randomBytes(32).toString('base64url');
      insert.run(`cookie-${now}`, 'cookie', secret, now);
    }
  })();
  stored = rows();

  return {
    signing: stored.filter((row) => row.use === 'sig').map((row) => JSON.parse(row.material) as JsonWebKey),
    cookies: stored.filter((row) => row.use === 'cookie').map((row) => row.material),
  };
}

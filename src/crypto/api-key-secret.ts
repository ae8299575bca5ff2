import { createHash, randomBytes } from 'node:crypto';

/** API key secrets: `sk_` + 32 random bytes (base64url); only the SHA-256 is stored. */
export function newApiKeySecret(): string {
  return `sk_${randomBytes(32).toString('base64url')}`;
}

export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

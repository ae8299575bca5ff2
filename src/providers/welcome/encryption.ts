import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';

/**
 * The manual (payapi03) marks `cardNumber`, `registNo` and `passwd` as encrypted ("암호화 ○") but
 * does not say how. Until Welcome hands over its scheme, the default is the convention of
 * comparable Korean PG APIs (INICIS INIAPI, whose web-standard signature scheme Welcome shares):
 * AES-128-CBC, PKCS#7 padding, base64 — keyed by the one secret the manual gives a merchant,
 * `mkey`: key = SHA-256(mkey) bytes 0–15, IV = bytes 16–31. A fixed IV makes a value encrypt the
 * same way every time, as in those APIs; the wire is TLS anyway.
 *
 * This is the seam: the client encrypts and the simulator decrypts only through these two
 * functions, so the real scheme replaces their bodies and nothing else. The signature covers the
 * encrypted value (signature.ts).
 */
const ALGORITHM = 'aes-128-cbc';

function keyMaterial(mkey: string): { key: Buffer; iv: Buffer } {
  const digest = createHash('sha256').update(mkey, 'utf8').digest();
  return { key: digest.subarray(0, 16), iv: digest.subarray(16, 32) };
}

export function encryptCardField(plain: string, mkey: string): string {
  const { key, iv } = keyMaterial(mkey);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  return Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
}

/** Throws when `encrypted` was not made by `encryptCardField` with this `mkey`. */
export function decryptCardField(encrypted: string, mkey: string): string {
  const { key, iv } = keyMaterial(mkey);
  const decipher = createDecipheriv(ALGORITHM, key, iv);
  return Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]).toString('utf8');
}

import { DataSource, IsNull } from 'typeorm';
import { hashApiKeySecret, newApiKeySecret } from '../../crypto/api-key-secret';
import { ApiKeyRole } from '../../domain/enums';
import { newId } from '../../ids';
import { ApiKeyRow } from './api-key.entity';
import { Viewer } from './viewer';

/** API keys: created with a secret shown once, found by the secret's hash, revoked for good. */
export class ApiKeyService {
  constructor(private readonly db: DataSource) {}

  async create(input: { name: string; role: ApiKeyRole; sellerId: string | null }, secret = newApiKeySecret()): Promise<{ apiKey: ApiKeyRow; secret: string }> {
    const apiKey = this.db.getRepository(ApiKeyRow).create({
      id: newId('apiKey'),
      name: input.name,
      role: input.role,
      sellerId: input.role === ApiKeyRole.SELLER ? input.sellerId : null,
      secretHash: hashApiKeySecret(secret),
      createdAt: new Date(),
      revokedAt: null,
    });
    await this.db.getRepository(ApiKeyRow).insert(apiKey);
    return { apiKey, secret };
  }

  /** The viewer for a bearer secret, or undefined when no live key has it. */
  async authenticate(secret: string): Promise<Viewer | undefined> {
    const row = await this.db.getRepository(ApiKeyRow).findOneBy({ secretHash: hashApiKeySecret(secret), revokedAt: IsNull() });
    return row ? { apiKeyId: row.id, role: row.role, sellerId: row.sellerId } : undefined;
  }

  async revoke(id: string): Promise<ApiKeyRow | null> {
    const repo = this.db.getRepository(ApiKeyRow);
    await repo.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    return repo.findOneBy({ id });
  }

  findById(id: string): Promise<ApiKeyRow | null> {
    return this.db.getRepository(ApiKeyRow).findOneBy({ id });
  }

  /** BOOTSTRAP_API_KEY: a PLATFORM key with exactly this secret exists afterwards (idempotent). */
  async ensureBootstrapKey(secret: string): Promise<void> {
    const existing = await this.db.getRepository(ApiKeyRow).findOneBy({ secretHash: hashApiKeySecret(secret) });
    if (existing) {
      if (existing.revokedAt || existing.role !== ApiKeyRole.PLATFORM) throw new Error('BOOTSTRAP_API_KEY names a key that was revoked or is not a PLATFORM key');
      return;
    }
    try {
      await this.create({ name: 'bootstrap', role: ApiKeyRole.PLATFORM, sellerId: null }, secret);
    } catch (err) {
      // Another instance starting at the same moment inserted it first: that is the goal.
      if ((err as { code?: string }).code !== 'ER_DUP_ENTRY') throw err;
    }
  }
}

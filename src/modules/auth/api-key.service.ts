import { DataSource, In, IsNull, Not } from 'typeorm';
import { hashApiKeySecret, newApiKeySecret } from '../../crypto/api-key-secret';
import { ApiKeyRole } from '../../domain/enums';
import type { EventBus } from '../../events/bus';
import { RowCache } from '../../cache/row-cache';
import { newId } from '../../ids';
import { ApiKeyRow } from './api-key.entity';
import { Viewer } from './viewer';

/** How long another instance may still accept a revoked key if the bus lost the revocation. */
const AUTH_CACHE_TTL_MS = 5_000;

/** API keys: created with a secret shown once, found by the secret's hash, revoked for good. */
export class ApiKeyService {
  /** Viewers by secret hash: every request authenticates, keys almost never change. Only live keys are kept. */
  private readonly viewers = new RowCache<Viewer>({ max: 10_000, ttlMs: AUTH_CACHE_TTL_MS });

  constructor(private readonly db: DataSource, private readonly bus: EventBus) {
    // A revocation made on another instance (this instance's own drops the entry in revoke()).
    bus.subscribe('apiKeyRevoked', ({ apiKeyId }) => this.forget(apiKeyId));
  }

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
    const secretHash = hashApiKeySecret(secret);
    return this.viewers.get(secretHash, async () => {
      const row = await this.db.getRepository(ApiKeyRow).findOne({ select: { id: true, role: true, sellerId: true }, where: { secretHash, revokedAt: IsNull() } });
      return row ? { apiKeyId: row.id, role: row.role, sellerId: row.sellerId } : undefined;
    });
  }

  private forget(apiKeyId: string): void {
    this.viewers.deleteWhere((viewer) => viewer.apiKeyId === apiKeyId);
  }

  /** Revokes the key (committed on return) and tells every instance, which close its sockets. */
  async revoke(id: string): Promise<ApiKeyRow | null> {
    const repo = this.db.getRepository(ApiKeyRow);
    await repo.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.forget(id);
    this.bus.publish('apiKeyRevoked', { apiKeyId: id });
    return repo.findOneBy({ id });
  }

  /** Whether the key still authenticates: one primary-key lookup, made as each WebSocket operation starts. */
  async isLive(id: string): Promise<boolean> {
    return this.db.getRepository(ApiKeyRow).exists({ where: { id, revokedAt: IsNull() } });
  }

  /** Which of these keys have been revoked (by any instance). */
  async revokedAmong(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await this.db.getRepository(ApiKeyRow).find({ select: { id: true }, where: { id: In(ids), revokedAt: Not(IsNull()) } });
    return rows.map((row) => row.id);
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

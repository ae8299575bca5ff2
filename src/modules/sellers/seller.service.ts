import { DataSource, EntityManager, In } from 'typeorm';
import { SecretBox } from '../../crypto/secret-box';
import { ApiKeyRole, Provider } from '../../domain/enums';
import { InputError, notFound, Refusal } from '../../domain/errors';
import type { Actor } from '../auth/actor';
import { canSee } from '../auth/viewer';
import { RowCache } from '../../cache/row-cache';
import { newId } from '../../ids';
import type { ProviderAccount } from '../../providers/types';
import { SellerAccountRow, SellerRow } from './seller.entity';

export interface NewSeller {
  name: string;
  accounts?: ProviderAccount[];
}

export class SellerAccountTakenError extends Error {
  constructor(readonly provider: Provider) {
    super(`That ${provider} account already belongs to another seller`);
  }
}

/** How many sellers and accounts one instance keeps in memory. */
const CACHED_ROWS = 10_000;

/**
 * Sellers and their provider accounts, whose secrets are sealed at rest. Both are written once and
 * never changed, so every mutation, notice and page reads them from memory after the first time (the
 * accounts stay sealed there; they are opened per use). A future change of either must invalidate.
 */
export class SellerService {
  private readonly sellersById = new RowCache<SellerRow>({ max: CACHED_ROWS });
  private readonly accounts = new RowCache<SellerAccountRow>({ max: CACHED_ROWS });

  constructor(
    private readonly db: DataSource,
    private readonly box: SecretBox,
  ) {}

  /** The seller and its accounts, in one transaction; an account another seller has is refused. */
  async create(input: NewSeller, manager: EntityManager = this.db.manager): Promise<SellerRow> {
    const now = new Date();
    const seller = Object.assign(new SellerRow(), { id: newId('seller'), name: input.name, createdAt: now, updatedAt: now });
    const accounts = (input.accounts ?? []).map((account) =>
      Object.assign(new SellerAccountRow(), { sellerId: seller.id, provider: account.provider, accountId: account.accountId, secret: this.box.seal(account.secrets), createdAt: now }),
    );
    await manager.transaction(async (tx) => {
      await tx.insert(SellerRow, seller);
      for (const account of accounts) {
        try {
          await tx.insert(SellerAccountRow, account);
        } catch (err) {
          if ((err as { code?: string }).code === 'ER_DUP_ENTRY') throw new SellerAccountTakenError(account.provider);
          throw err;
        }
      }
    });
    return seller;
  }

  /** The seller a mutation acts for: named by a PLATFORM key (required), implied by a SELLER key. */
  async actingSeller(actor: Pick<Actor, 'role' | 'sellerId'>, sellerId: string | null | undefined): Promise<SellerRow | Refusal> {
    if (actor.role === ApiKeyRole.PLATFORM && !sellerId) throw new InputError('sellerId is required with a PLATFORM key', [['sellerId']]);
    const id = sellerId ?? actor.sellerId;
    const seller = id && canSee(actor, id) ? await this.sellersById.get(id, () => this.db.getRepository(SellerRow).findOneBy({ id })) : null;
    return seller ?? notFound('sellerId', 'seller');
  }

  /** The seller, when this instance has it in memory. */
  cached(id: string): SellerRow | undefined {
    return this.sellersById.peek(id);
  }

  /** Sellers by id (null for an unknown one), from memory once read: all the misses in one statement. */
  async byIds(ids: readonly string[]): Promise<(SellerRow | null)[]> {
    const found = await this.sellersById.getMany(ids, async (missing) => new Map((await this.db.getRepository(SellerRow).findBy({ id: In(missing) })).map((seller) => [seller.id, seller])));
    return found.map((seller) => seller ?? null);
  }

  /** The seller's account at `provider` with its secrets opened, or undefined when it has none. */
  async account(sellerId: string, provider: Provider): Promise<ProviderAccount | undefined> {
    const row = await this.accounts.get(`${provider}:seller:${sellerId}`, () => this.db.getRepository(SellerAccountRow).findOneBy({ sellerId, provider }));
    return row ? this.opened(row) : undefined;
  }

  /** Who holds an account id at a provider (notices name the account, not our seller). */
  async findByAccount(provider: Provider, accountId: string): Promise<{ sellerId: string; account: ProviderAccount } | undefined> {
    const row = await this.accounts.get(`${provider}:account:${accountId}`, () => this.db.getRepository(SellerAccountRow).findOneBy({ provider, accountId }));
    return row ? { sellerId: row.sellerId, account: this.opened(row) } : undefined;
  }

  private opened(row: SellerAccountRow): ProviderAccount {
    return { provider: row.provider, accountId: row.accountId, secrets: this.box.open<Record<string, string>>(row.secret) };
  }
}

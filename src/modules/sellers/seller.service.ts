import { DataSource } from 'typeorm';
import { SecretBox } from '../../crypto/secret-box';
import { Provider } from '../../domain/enums';
import { newId } from '../../ids';
import { SellerRow } from './seller.entity';

export interface PayAppSecrets { linkKey: string; linkValue: string }
export interface WelcomeSecrets { mkey: string }
export interface PayupSecrets { apiCertKey: string }

export interface NewSeller {
  name: string;
  payApp?: { userId: string } & PayAppSecrets;
  welcome?: { mid: string } & WelcomeSecrets;
  payup?: { merchantId: string } & PayupSecrets;
}

/** A seller's credentials at one provider, opened from their sealed form for a provider call. */
export type ProviderCredentials =
  | { provider: Provider.PAYAPP; userId: string; linkKey: string; linkValue: string }
  | { provider: Provider.WELCOME; mid: string; mkey: string }
  | { provider: Provider.PAYUP; merchantId: string; apiCertKey: string };

export class SellerAccountTakenError extends Error {
  constructor(readonly provider: Provider) {
    super(`That ${provider} account already belongs to another seller`);
  }
}

/** Sellers and their sealed provider credentials. */
export class SellerService {
  constructor(private readonly db: DataSource, private readonly box: SecretBox) {}

  async create(input: NewSeller): Promise<SellerRow> {
    const now = new Date();
    const row = this.db.getRepository(SellerRow).create({
      id: newId('seller'),
      name: input.name,
      payappUserId: input.payApp?.userId ?? null,
      payappSecret: input.payApp ? this.box.seal({ linkKey: input.payApp.linkKey, linkValue: input.payApp.linkValue } satisfies PayAppSecrets) : null,
      welcomeMid: input.welcome?.mid ?? null,
      welcomeSecret: input.welcome ? this.box.seal({ mkey: input.welcome.mkey } satisfies WelcomeSecrets) : null,
      payupMerchantId: input.payup?.merchantId ?? null,
      payupSecret: input.payup ? this.box.seal({ apiCertKey: input.payup.apiCertKey } satisfies PayupSecrets) : null,
      createdAt: now,
      updatedAt: now,
    });
    try {
      await this.db.getRepository(SellerRow).insert(row);
      return row;
    } catch (err) {
      const taken = takenAccount(err);
      if (taken) throw new SellerAccountTakenError(taken);
      throw err;
    }
  }

  findByPayAppUserId(userId: string): Promise<SellerRow | null> {
    return this.db.getRepository(SellerRow).findOneBy({ payappUserId: userId });
  }

  /** The seller's credentials at `provider`, or undefined when it has no account there. */
  credentials(seller: SellerRow, provider: Provider): ProviderCredentials | undefined {
    switch (provider) {
      case Provider.PAYAPP:
        return seller.payappUserId && seller.payappSecret ? { provider, userId: seller.payappUserId, ...this.box.open<PayAppSecrets>(seller.payappSecret) } : undefined;
      case Provider.WELCOME:
        return seller.welcomeMid && seller.welcomeSecret ? { provider, mid: seller.welcomeMid, ...this.box.open<WelcomeSecrets>(seller.welcomeSecret) } : undefined;
      case Provider.PAYUP:
        return seller.payupMerchantId && seller.payupSecret ? { provider, merchantId: seller.payupMerchantId, ...this.box.open<PayupSecrets>(seller.payupSecret) } : undefined;
    }
  }
}

const UNIQUE_INDEX_PROVIDER: Record<string, Provider> = {
  uq_sellers_payapp_user: Provider.PAYAPP,
  uq_sellers_welcome_mid: Provider.WELCOME,
  uq_sellers_payup_merchant: Provider.PAYUP,
};

function takenAccount(err: unknown): Provider | undefined {
  const message = (err as { code?: string; message?: string }).code === 'ER_DUP_ENTRY' ? String((err as Error).message) : '';
  return Object.entries(UNIQUE_INDEX_PROVIDER).find(([index]) => message.includes(index))?.[1];
}

export function providerAccountsOf(seller: SellerRow): { provider: Provider; accountId: string }[] {
  const accounts: { provider: Provider; accountId: string }[] = [];
  if (seller.payappUserId) accounts.push({ provider: Provider.PAYAPP, accountId: seller.payappUserId });
  if (seller.welcomeMid) accounts.push({ provider: Provider.WELCOME, accountId: seller.welcomeMid });
  if (seller.payupMerchantId) accounts.push({ provider: Provider.PAYUP, accountId: seller.payupMerchantId });
  return accounts;
}

import DataLoader from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { ListSpec, loadPages, PageReadOptions, PageRequest } from '../db/pagination';
import { readRows } from '../db/read-rows';
import { rowSelect } from '../db/row-select';
import { IdKind, kindOfId } from '../ids';
import type { Page } from './connection';
import { BillingKeyRow } from '../modules/billing-keys/billing-key.entity';
import { CashReceiptEventRow, CashReceiptRow } from '../modules/cash-receipts/cash-receipt.entity';
import { PaymentEventRow, PaymentRow } from '../modules/payments/payment.entity';
import { ApiKeyRow } from '../modules/auth/api-key.entity';
import { WebhookDeliveryRow, WebhookEndpointRow } from '../modules/outgoing-webhooks/webhook.entity';
import { SellerAccountRow, SellerRow, SubAccountRow } from '../modules/sellers/seller.entity';
import { SubscriptionEventRow } from '../modules/subscriptions/subscription-event.entity';
import { SubscriptionRow } from '../modules/subscriptions/subscription.entity';
import type { Services } from '../services';

/** Reads rows by id straight into plain objects (no entity hydration), leaving out `omit`. */
function byIdLoader<T extends ObjectLiteral & { id: string }>(db: DataSource, entity: EntityTarget<T>, omit?: readonly string[]): DataLoader<string, T | null> {
  const select = rowSelect(db, entity, { omit });
  const table = db.getMetadata(entity).tableName;
  return new DataLoader(async (ids) => {
    const rows = await readRows(db, `SELECT ${select.sql} FROM \`${table}\` t WHERE t.id IN (${ids.map(() => '?').join(', ')})`, ids);
    const byId = new Map(rows.map((r) => [r.id as string, select.decode(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Reads the rows of many parents at once, grouped by parent, straight into plain objects (leaving out `omit`). */
function groupLoader<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>, key: keyof T & string, orderBy: string, omit?: readonly string[]): DataLoader<string, T[]> {
  const select = rowSelect(db, entity, { omit });
  const table = db.getMetadata(entity).tableName;
  return new DataLoader(async (parentIds) => {
    const sql = `SELECT ${select.sql} FROM \`${table}\` t WHERE t.\`${select.column(key)}\` IN (${parentIds.map(() => '?').join(', ')}) ORDER BY ${orderBy}`;
    const rows = (await readRows(db, sql, parentIds)).map((r) => select.decode(r));
    return parentIds.map((id) => rows.filter((r) => r[key] === id));
  });
}

/** One page of one nested list field: the field, its arguments and the columns it reads. */
const pageKey = (name: string, request: PageRequest, options: PageReadOptions) => `${name}|${request.first}|${request.after}|${request.last}|${request.before}|${options.only?.join(',') ?? '*'}`;

/**
 * Per-request batching: every nested field of a page of results costs one query per field, not
 * one per item. Made anew for each request (and each subscription event), never shared; each
 * loader is made on its first use, so a request pays only for the loaders it uses.
 */
export class Loaders {
  private readonly made = new Map<string, DataLoader<string, unknown>>();
  private readonly pageLoaders = new Map<string, DataLoader<string, Page<ObjectLiteral>>>();
  /** Pages read ahead of their field (see preloadPages), by page key, then parent. */
  private readonly readyPages = new Map<string, Map<string, Page<ObjectLiteral>>>();
  /** The last page key made: every parent of a page asks for the same field in a row, and makes it once. */
  private lastPageKey?: { name: string; request: PageRequest; only: readonly string[] | undefined; key: string };
  private readonly db: DataSource;
  private readonly sellers: Services['sellers'];

  constructor({ db, sellers }: Pick<Services, 'db' | 'sellers'>) {
    this.db = db;
    this.sellers = sellers;
  }

  private loader<V>(name: string, make: () => DataLoader<string, V>): DataLoader<string, V> {
    let loader = this.made.get(name) as DataLoader<string, V> | undefined;
    if (!loader) this.made.set(name, (loader = make()));
    return loader;
  }

  /** Sellers never change once created: they come from the seller service's memory. */
  get seller(): DataLoader<string, SellerRow | null> {
    return this.loader('seller', () => new DataLoader((ids) => this.sellers.byIds(ids)));
  }
  get payment(): DataLoader<string, PaymentRow | null> {
    return this.loader('payment', () => byIdLoader(this.db, PaymentRow));
  }
  get paymentEvent(): DataLoader<string, PaymentEventRow | null> {
    return this.loader('paymentEvent', () => byIdLoader(this.db, PaymentEventRow, ['data']));
  }
  get billingKey(): DataLoader<string, BillingKeyRow | null> {
    return this.loader('billingKey', () => byIdLoader(this.db, BillingKeyRow));
  }
  get subscription(): DataLoader<string, SubscriptionRow | null> {
    return this.loader('subscription', () => byIdLoader(this.db, SubscriptionRow));
  }
  get subscriptionEvent(): DataLoader<string, SubscriptionEventRow | null> {
    return this.loader('subscriptionEvent', () => byIdLoader(this.db, SubscriptionEventRow));
  }
  get cashReceipt(): DataLoader<string, CashReceiptRow | null> {
    return this.loader('cashReceipt', () => byIdLoader(this.db, CashReceiptRow));
  }
  get cashReceiptsByPayment(): DataLoader<string, CashReceiptRow[]> {
    return this.loader('cashReceiptsByPayment', () => groupLoader(this.db, CashReceiptRow, 'paymentId', 't.id DESC'));
  }
  get cashReceiptEvents(): DataLoader<string, CashReceiptEventRow[]> {
    return this.loader('cashReceiptEvents', () => groupLoader(this.db, CashReceiptEventRow, 'cashReceiptId', 't.id ASC'));
  }
  get subAccountsBySeller(): DataLoader<string, SubAccountRow[]> {
    return this.loader('subAccountsBySeller', () => groupLoader(this.db, SubAccountRow, 'sellerId', 't.sub_user_id ASC'));
  }
  /** The sealed provider secrets are never shown: not even read. */
  get accountsBySeller(): DataLoader<string, SellerAccountRow[]> {
    return this.loader('accountsBySeller', () => groupLoader(this.db, SellerAccountRow, 'sellerId', 't.provider ASC', ['secret']));
  }
  get apiKey(): DataLoader<string, ApiKeyRow | null> {
    return this.loader('apiKey', () => byIdLoader(this.db, ApiKeyRow));
  }
  get webhookEndpoint(): DataLoader<string, WebhookEndpointRow | null> {
    return this.loader('webhookEndpoint', () => byIdLoader(this.db, WebhookEndpointRow));
  }
  get webhookDelivery(): DataLoader<string, WebhookDeliveryRow | null> {
    return this.loader('webhookDelivery', () => byIdLoader(this.db, WebhookDeliveryRow));
  }

  /** A seller by id: at once when it is in memory (no promise for each of a page's payments), else batched. */
  sellerOf(id: string): SellerRow | Promise<SellerRow | null> {
    return this.sellers.cached(id) ?? this.seller.load(id);
  }

  /** Any of our objects by its id (its prefix says which), without visibility checks. */
  byId(id: string): Promise<{ id: string } | null> {
    const loaders: Partial<Record<IdKind, () => DataLoader<string, { id: string } | null>>> = {
      payment: () => this.payment,
      paymentEvent: () => this.paymentEvent,
      billingKey: () => this.billingKey,
      subscription: () => this.subscription,
      subscriptionEvent: () => this.subscriptionEvent,
      cashReceipt: () => this.cashReceipt,
      seller: () => this.seller,
      apiKey: () => this.apiKey,
      webhookEndpoint: () => this.webhookEndpoint,
      webhookDelivery: () => this.webhookDelivery,
    };
    const kind = kindOfId(id);
    const loader = kind && loaders[kind]?.();
    return loader ? loader.load(id) : Promise.resolve(null);
  }

  /**
   * A page of a nested list (e.g. Payment.events) for one parent, batched with the same field of
   * every other parent in the request that asked for the same page arguments.
   * `name` identifies the field; the spec must not depend on the parent.
   */
  page<T extends ObjectLiteral & { id: string }>(name: string, spec: ListSpec<T>, request: PageRequest, parentId: string, options: PageReadOptions = {}): Page<T> | Promise<Page<T>> {
    const key = this.pageKeyOf(name, request, options);
    const ready = this.readyPages.get(key)?.get(parentId);
    if (ready) return ready as Page<T>;
    let loader = this.pageLoaders.get(key);
    if (!loader) {
      loader = new DataLoader((parentIds) => loadPages(this.db, spec, request, [...parentIds], options) as Promise<Page<ObjectLiteral>[]>);
      this.pageLoaders.set(key, loader);
    }
    return loader.load(parentId) as Promise<Page<T>>;
  }

  /**
   * Reads the pages of a nested list for many parents before their field is resolved (the events
   * of a page of payments, read with the page): page() then answers each parent at once, without
   * a promise per parent. The statement is the one the batched loader would send.
   */
  async preloadPages<T extends ObjectLiteral & { id: string }>(name: string, spec: ListSpec<T>, request: PageRequest, parentIds: string[], options: PageReadOptions = {}): Promise<void> {
    const key = this.pageKeyOf(name, request, options);
    const pages = await loadPages(this.db, spec, request, parentIds, options);
    const byParent = this.readyPages.get(key) ?? new Map<string, Page<ObjectLiteral>>();
    pages.forEach((page, index) => byParent.set(parentIds[index], page));
    this.readyPages.set(key, byParent);
  }

  private pageKeyOf(name: string, request: PageRequest, options: PageReadOptions): string {
    const last = this.lastPageKey;
    const same =
      last &&
      last.name === name &&
      last.only === options.only &&
      last.request.first === request.first &&
      last.request.after === request.after &&
      last.request.last === request.last &&
      last.request.before === request.before;
    if (same) return last.key;
    const key = pageKey(name, request, options);
    this.lastPageKey = { name, request: { ...request }, only: options.only, key };
    return key;
  }
}

import { InputRules, ProviderInputError } from '../input-rules';
import { formatKstTimestamp, parseKstTimestamp } from '../kst';

/**
 * The PayApp wire: one endpoint, a form-urlencoded `cmd` in, a URL-encoded query string out
 * (`state=1&errorMessage=&mul_no=...`). The simulator reads requests and writes answers with the
 * same helpers, so both sides agree on the encoding.
 */
export const PAYAPP_FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=utf-8';

export const PAYAPP_CMDS = [
  'payrequest',
  'paycancel',
  'paycancelreq',
  'billRegist',
  'billPay',
  'billDelete',
  'rebillRegist',
  'rebillCancel',
  'rebillStop',
  'rebillStart',
  'sellerRegist',
  'useridCheck',
  'subidregist',
  'cashStRegist',
  'cashStCancel',
  'checkNpayCashReceiptReq',
] as const;
export type PayAppCmd = (typeof PAYAPP_CMDS)[number];

/** A form or an answer as PayApp spells it: field name → string value. */
export type WireFields = Record<string, string>;

/** A seller's PayApp account: `userid`, `linkkey` (sent with commands) and `linkval` (checked on notices). */
export interface PayAppCredentials {
  userId: string;
  linkKey: string;
  linkValue: string;
}

export function encodeFields(fields: WireFields): string {
  return new URLSearchParams(fields).toString();
}

/** Lenient on purpose: any text decodes; the caller decides which fields it needs. */
export function decodeFields(text: string): WireFields {
  return Object.fromEntries(new URLSearchParams(text.trim()));
}

export interface PayAppReply {
  ok: boolean;
  errorMessage: string;
  /** Sometimes absent, `00000` on some successes. */
  errno?: string;
  fields: WireFields;
}

/** The answer, or undefined when the body carries no `state` of 0 or 1 (not a PayApp answer). */
export function parseReply(body: string): PayAppReply | undefined {
  const fields = decodeFields(body);
  if (fields.state !== '0' && fields.state !== '1') return undefined;
  return { ok: fields.state === '1', errorMessage: fields.errorMessage ?? '', errno: fields.errno || undefined, fields };
}

/** Builds a command's form; blank and undefined values are left out, as PayApp treats them alike. */
export class PayAppForm {
  private readonly fields: WireFields;

  constructor(readonly cmd: PayAppCmd) {
    this.fields = { cmd };
  }

  /**
   * `linkkey` goes with every command made for a seller, also where a table of the manual omits it:
   * the manual's own notes require it where its tables do not (billRegist), and PayApp ignores
   * fields it does not use. `linkval` is never sent; it only authenticates notices.
   */
  seller(credentials: PayAppCredentials): this {
    return this.set('userid', credentials.userId.trim()).set('linkkey', credentials.linkKey);
  }

  set(name: string, value: string | number | undefined): this {
    if (value !== undefined && value !== '') this.fields[name] = String(value);
    return this;
  }

  toFields(): WireFields {
    return { ...this.fields };
  }
}

/**
 * A caller's input that breaks one of the manual's input rules, found before anything is sent.
 * The core reports it as BAD_USER_INPUT; `field` is the client input's own (camelCase) path.
 */
export class PayAppInputError extends ProviderInputError {}

const URI_PATTERN = /[a-z][a-z\d+.-]*:\/\/|\bwww\.|\b[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:com|net|org|kr|io|co|me|ly|gl|biz|info|shop|site|xyz)(?![a-z\d-])/i;

/** The manual forbids a URI in goodname and memo: a scheme (`http://`), `www.` or a bare domain. */
export function containsUri(text: string): boolean {
  return URI_PATTERN.test(text);
}

export function isAbsoluteHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** sellerRegist `userpwd`: the manual says letters and digits, 8 characters; read as at least 8, both kinds present. */
export function isSellerPassword(text: string): boolean {
  return /^(?=.*[A-Za-z])(?=.*\d)[A-Za-z\d]{8,64}$/.test(text);
}

export function isEmailAddress(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
}

/** PayApp itself keeps only the digits of numeric fields (phone numbers and the like). */
export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/** Card instalments are possible from 50,000 won (billPay and app-link `cardinst`). */
export const MIN_INSTALLMENT_PRICE = 50_000;

/** The manual's input rules on top of the shared ones; every value is trimmed first. */
export class PayAppInputRules extends InputRules {
  constructor() {
    super(PayAppInputError);
  }

  /** Free text that may not contain a URI (goodname, memo). */
  textWithoutUri(field: string, value: string | undefined, maxLength: number): string {
    return this.optionalTextWithoutUri(field, value, maxLength) ?? this.fail(field, 'is required');
  }

  optionalTextWithoutUri(field: string, value: string | undefined, maxLength: number): string | undefined {
    const text = this.optionalText(field, value, maxLength);
    if (text !== undefined && containsUri(text)) this.fail(field, 'may not contain a URI or web address');
    return text;
  }

  /** A phone number, reduced to its digits as PayApp would. */
  phone(field: string, value: string | undefined): string {
    return this.optionalPhone(field, value) ?? this.fail(field, 'is required');
  }

  optionalPhone(field: string, value: string | undefined): string | undefined {
    if (value === undefined || value.trim() === '') return undefined;
    return this.digits(field, digitsOf(value), 8, 15);
  }

  /** An absolute http(s) URL, as PayApp needs for feedbackurl and failurl. */
  optionalHttpUrl(field: string, value: string | undefined): string | undefined {
    const url = this.optionalText(field, value, 1000);
    if (url !== undefined && !isAbsoluteHttpUrl(url)) this.fail(field, 'must be an absolute http(s) URL');
    return url;
  }

  /** Instalment months, 0 for a lump sum; instalments need MIN_INSTALLMENT_PRICE or more. */
  installmentMonths(field: string, months: number | undefined, price: number): number {
    const value = this.integer(field, months ?? 0, 0, 36);
    if (value > 0 && price < MIN_INSTALLMENT_PRICE) this.fail(field, `instalments need a price of at least ${MIN_INSTALLMENT_PRICE}`);
    return value;
  }

  /** A calendar date `yyyy-mm-dd`. */
  date(field: string, value: string): string {
    const text = value.trim();
    if (parseKstDate(text) === undefined) this.fail(field, 'must be a date yyyy-mm-dd');
    return text;
  }
}

export const payAppRules = new PayAppInputRules();

export function yesNo(value: boolean | undefined): 'y' | 'n' | undefined {
  return value === undefined ? undefined : value ? 'y' : 'n';
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Notice dates (pay_date, reqdate, canceldate): KST `yyyy-mm-dd hh:mm:ss`. */
export function formatPayAppDateTime(at: Date): string {
  const t = formatKstTimestamp(at);
  return `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)} ${t.slice(8, 10)}:${t.slice(10, 12)}:${t.slice(12, 14)}`;
}

export function parsePayAppDateTime(value: string): Date | undefined {
  const parts = DATE_TIME.exec(value.trim());
  return parts ? parseKstTimestamp(parts.slice(1).join('')) : undefined;
}

/** Midnight KST of a `yyyy-mm-dd` date (rebillExpire), or undefined when it is no real date. */
export function parseKstDate(value: string): Date | undefined {
  const parts = DATE.exec(value);
  return parts ? parseKstTimestamp(`${parts.slice(1).join('')}000000`) : undefined;
}

import { Currency, CycleUnit, PaymentMethod, TaxType } from '../../domain/enums';
import type { ProviderHttp } from '../http';
import { formatKstTimestamp } from '../kst';
import { ProviderResult, ok, refused, unknown } from '../types';
import {
  BUSINESS_KINDS,
  CASH_RECEIPT_TR_CODES,
  CORP_TAX_TYPES,
  CURRENCY_CODES,
  JOIN_TYPES,
  PAID_JOIN_TYPE,
  OPEN_PAY_TYPES,
  REBILL_CYCLE_TYPES,
  REBILL_LAST_DAY_OF_MONTH,
  REBILL_OPEN_PAY_TYPES,
  SELLER_TYPES,
  USER_TYPES,
  errorCodeOf,
  isListedErrno,
} from './mapping';
import type {
  BillDeleteInput,
  BillPayInput,
  BillPayResult,
  BillRegistInput,
  BillRegistResult,
  CashStCancelInput,
  CashStRegistInput,
  CashStRegistResult,
  NoticeTarget,
  NpayCashAmount,
  NpayCashAmountInput,
  PartialCancel,
  PayCancelInput,
  PayCancelReqInput,
  PayCancelReqResult,
  PayRequestInput,
  PayRequestResult,
  RebillActionInput,
  RebillRegistInput,
  RebillRegistResult,
  SellerRegistInput,
  SubidRegistInput,
  TaxSplit,
  UseridCheckInput,
  UseridCheckResult,
} from './inputs';
import {
  PAYAPP_FORM_CONTENT_TYPE,
  PayAppCmd,
  PayAppCredentials,
  PayAppForm,
  PayAppReply,
  WireFields,
  digitsOf,
  encodeFields,
  isEmailAddress,
  isSellerPassword,
  parseReply,
  payAppRules as rules,
  yesNo,
} from './wire';

/**
 * The PayApp REST client: one method per `cmd`, domain terms in and out.
 *
 * Input that breaks the manual's rules (a URI in goodname, a non-http feedbackurl, USD without a
 * country code, a tax split that does not add up, ...) throws `PayAppInputError` before anything
 * is sent; the core reports it as BAD_USER_INPUT. Everything that happens after sending comes back
 * as a ProviderResult: `state=0` → refused(errno, errorMessage, mapped code); no readable `state`
 * → unknown; a success that lacks the id it must carry (mul_no, ...) → unknown, since PayApp
 * did act.
 */
export interface PayAppClientOptions {
  http: ProviderHttp;
  /** The full REST URL, e.g. https://api.payapp.kr/oapi/apiLoad.html. */
  apiUrl: string;
}

// The manual gives no lengths; these bounds only keep absurd input from reaching PayApp.
const MAX_NAME = 200;
const MAX_MEMO = 500;
const MAX_ID = 100;
const MAX_URL = 1000;

/** A success answer without a field that the command always returns. */
class IncompleteReply extends Error {}

function required(fields: WireFields, name: string): string {
  const value = fields[name];
  if (!value) throw new IncompleteReply(name);
  return value;
}

function optional(fields: WireFields, name: string): string | undefined {
  return fields[name] || undefined;
}

function optionalInt(fields: WireFields, name: string): number | undefined {
  const value = fields[name];
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

function requiredInt(fields: WireFields, name: string): number {
  const value = optionalInt(fields, name);
  if (value === undefined) throw new IncompleteReply(name);
  return value;
}

function providerId(field: string, value: string): string {
  return rules.digits(field, value.trim(), 1, 20);
}

/**
 * The parts of `total` when the caller gives any of them: missing parts count as 0 and the three
 * must add up to the total, which is what taxable supply + tax-free supply + VAT means.
 */
function taxSplitOf(total: number, split: TaxSplit, path = ''): Required<TaxSplit> | undefined {
  if (split.amountTaxable === undefined && split.amountTaxFree === undefined && split.amountVat === undefined) return undefined;
  const parts = {
    amountTaxable: rules.portion(`${path}amountTaxable`, split.amountTaxable ?? 0, total),
    amountTaxFree: rules.portion(`${path}amountTaxFree`, split.amountTaxFree ?? 0, total),
    amountVat: rules.portion(`${path}amountVat`, split.amountVat ?? 0, total),
  };
  if (parts.amountTaxable + parts.amountTaxFree + parts.amountVat !== total) {
    rules.fail(`${path}amountTaxable`, `taxable + tax-free + VAT must add up to ${total}`);
  }
  return parts;
}

/** All taxable, VAT included: the usual Korean price, used where PayApp requires a split. */
function vatIncludedSplit(total: number): Required<TaxSplit> {
  const amountVat = Math.round(total / 11);
  return { amountTaxable: total - amountVat, amountTaxFree: 0, amountVat };
}

function setTaxSplit(form: PayAppForm, prefix: 'amount' | 'cancel', split: Required<TaxSplit> | undefined): void {
  if (!split) return;
  form.set(`${prefix}_taxable`, split.amountTaxable).set(`${prefix}_taxfree`, split.amountTaxFree).set(`${prefix}_vat`, split.amountVat);
}

function setNoticeTarget(form: PayAppForm, target: NoticeTarget): void {
  form
    .set('feedbackurl', rules.optionalHttpUrl('feedbackUrl', target.feedbackUrl))
    .set('checkretry', yesNo(target.checkRetry))
    .set('var1', rules.optionalText('var1', target.var1, MAX_MEMO))
    .set('var2', rules.optionalText('var2', target.var2, MAX_MEMO));
}

function setPartialCancel(form: PayAppForm, partial: PartialCancel | undefined): void {
  if (!partial) {
    form.set('partcancel', '0');
    return;
  }
  const amount = rules.amount('partial.amount', partial.amount, 10);
  form.set('partcancel', '1').set('cancelprice', amount);
  setTaxSplit(form, 'cancel', taxSplitOf(amount, partial, 'partial.'));
}

/** `openpaytype`: the methods as PayApp names them, comma-separated; each must be offerable here. */
function openPayType(methods: readonly PaymentMethod[] | undefined, offerable: (method: PaymentMethod) => boolean): string | undefined {
  if (!methods?.length) return undefined;
  return [...new Set(methods)]
    .map((method) => {
      const code = OPEN_PAY_TYPES[method];
      return code && offerable(method) ? code : rules.fail('methods', `${method} cannot be offered for this payment`);
    })
    .join(',');
}

function countryCallingCode(value: string | undefined, usd: boolean): string | undefined {
  const digits = digitsOf(value ?? '');
  if (!digits) return usd ? rules.fail('countryCallingCode', 'is required for USD payments') : undefined;
  return rules.digits('countryCallingCode', digits, 1, 4);
}

export class PayAppClient {
  constructor(private readonly options: PayAppClientOptions) {}

  /** payrequest: ask a buyer to pay; PayApp sends the pay link by SMS unless sendSms is false. */
  async payRequest(credentials: PayAppCredentials, input: PayRequestInput): Promise<ProviderResult<PayRequestResult>> {
    const price = rules.amount('price', input.price, 10);
    const usd = input.currency === Currency.USD;
    // With reqmode=usd PayApp takes cards only and ignores openpaytype; other methods are a mistake.
    const methods = openPayType(input.methods, (method) => !usd || method === PaymentMethod.CARD);
    const form = new PayAppForm('payrequest')
      .seller(credentials)
      .set('goodname', rules.textWithoutUri('goodName', input.goodName, MAX_NAME))
      .set('price', price)
      .set('recvphone', rules.phone('recvPhone', input.recvPhone))
      .set('memo', rules.optionalTextWithoutUri('memo', input.memo, MAX_MEMO))
      .set('reqaddr', input.requestAddress === undefined ? undefined : input.requestAddress ? '1' : '0')
      .set('smsuse', yesNo(input.sendSms))
      .set('reqmode', CURRENCY_CODES[input.currency ?? Currency.KRW])
      .set('vccode', countryCallingCode(input.countryCallingCode, usd))
      .set('returnurl', rules.optionalText('returnUrl', input.returnUrl, MAX_URL))
      .set('openpaytype', usd ? undefined : methods)
      .set('recvemail', rules.optionalText('recvEmail', input.recvEmail, MAX_NAME))
      .set('skip_cstpage', input.skipReceiptPage ? 'y' : undefined)
      .set('appurl', rules.optionalText('appUrl', input.appUrl, MAX_URL))
      .set('subuserid', rules.optionalText('subUserId', input.subUserId, MAX_ID))
      .set('buyerid', rules.optionalText('buyerId', input.buyerId, MAX_ID));
    setTaxSplit(form, 'amount', taxSplitOf(price, input));
    setNoticeTarget(form, input);
    return this.command(form, (fields) => ({
      providerPaymentId: required(fields, 'mul_no'),
      payUrl: required(fields, 'payurl'),
      qrUrl: optional(fields, 'qrurl'),
    }));
  }

  /** paycancel: cancel a request or an approval, in full or (partial) in part. */
  async payCancel(credentials: PayAppCredentials, input: PayCancelInput): Promise<ProviderResult<void>> {
    const form = new PayAppForm('paycancel')
      .seller(credentials)
      .set('mul_no', providerId('providerPaymentId', input.providerPaymentId))
      .set('cancelmemo', rules.text('cancelMemo', input.cancelMemo, MAX_MEMO))
      .set('cancelmode', input.onlyIfNotPaid ? 'ready' : undefined);
    setPartialCancel(form, input.partial);
    return this.command(form, () => undefined);
  }

  /** paycancelreq: ask PayApp to cancel after D+5 or after settlement; the seller pays back. */
  async payCancelReq(credentials: PayAppCredentials, input: PayCancelReqInput): Promise<ProviderResult<PayCancelReqResult>> {
    const form = new PayAppForm('paycancelreq')
      .seller(credentials)
      .set('mul_no', providerId('providerPaymentId', input.providerPaymentId))
      .set('cancelmemo', rules.text('cancelMemo', input.cancelMemo, MAX_MEMO))
      .set('dpname', rules.optionalText('depositorName', input.depositorName, MAX_NAME));
    setPartialCancel(form, input.partial);
    return this.command(form, (fields) => ({
      depositorName: optional(fields, 'cr_dpname'),
      partial: fields.partcancel === '1',
      paybackAmount: optionalInt(fields, 'paybackprice'),
      paybackBank: optional(fields, 'paybackbank'),
      requestedAmount: optionalInt(fields, 'partprice'),
      cancelTaxable: optionalInt(fields, 'cancel_taxable'),
      cancelTaxFree: optionalInt(fields, 'cancel_taxfree'),
      cancelVat: optionalInt(fields, 'cancel_vat'),
    }));
  }

  /** billRegist: register a card for billPay. The card data is logged redacted and kept nowhere. */
  async billRegist(credentials: PayAppCredentials, input: BillRegistInput): Promise<ProviderResult<BillRegistResult>> {
    const { card } = input;
    const expiry = rules.expiry(card);
    const form = new PayAppForm('billRegist')
      .seller(credentials)
      .set('cardNo', rules.digits('card.number', card.number.replace(/[\s-]/g, ''), 13, 19))
      .set('expMonth', expiry.month)
      .set('expYear', expiry.year)
      .set('buyerAuthNo', rules.birthDateOrBusinessNumber('card.birthDateOrBusinessNumber', card.birthDateOrBusinessNumber?.trim()))
      .set('cardPw', rules.digits('card.passwordFirstTwo', card.passwordFirstTwo?.trim() ?? '', 2))
      .set('buyerPhone', rules.phone('buyerPhone', input.buyerPhone))
      .set('buyerName', rules.text('buyerName', input.buyerName, MAX_NAME))
      .set('buyerId', rules.optionalText('buyerId', input.buyerId, MAX_ID));
    return this.command(form, (fields) => ({
      billingKey: required(fields, 'encBill'),
      billAuthNo: optional(fields, 'billAuthNo'),
      maskedCardNumber: optional(fields, 'cardno'),
      cardName: optional(fields, 'cardname'),
    }));
  }

  /** The input rules of billPay alone, for a caller that must know the charge is sendable before it records anything. */
  validateBillPay(input: BillPayInput): void {
    billPayForm(input);
  }

  /** billPay: charge a registered card. PayApp requires the tax split; without one, all is taxable. */
  async billPay(credentials: PayAppCredentials, input: BillPayInput): Promise<ProviderResult<BillPayResult>> {
    return this.command(billPayForm(input).seller(credentials), (fields) => ({
      providerPaymentId: required(fields, 'mul_no'),
      price: optionalInt(fields, 'price') ?? input.price,
      receiptUrl: optional(fields, 'CSTURL'),
    }));
  }

  /** billDelete: delete a registered card. */
  async billDelete(credentials: PayAppCredentials, input: BillDeleteInput): Promise<ProviderResult<void>> {
    const form = new PayAppForm('billDelete').seller(credentials).set('encBill', rules.text('billingKey', input.billingKey, MAX_ID));
    return this.command(form, () => undefined);
  }

  /** rebillRegist: a recurring payment; the buyer approves the first charge at payUrl. */
  async rebillRegist(credentials: PayAppCredentials, input: RebillRegistInput): Promise<ProviderResult<RebillRegistResult>> {
    const { cycle } = input;
    const methods = openPayType(input.methods, (method) => REBILL_OPEN_PAY_TYPES.has(method));
    // The manual: recurring phone payments exist for monthly cycles only.
    if (input.methods?.includes(PaymentMethod.PHONE) && cycle.unit !== CycleUnit.MONTH) rules.fail('methods', 'PHONE needs a MONTH cycle');
    const form = new PayAppForm('rebillRegist')
      .seller(credentials)
      .set('goodname', rules.textWithoutUri('goodName', input.goodName, MAX_NAME))
      .set('goodprice', rules.amount('price', input.price, 10))
      .set('recvphone', rules.phone('recvPhone', input.recvPhone))
      .set('recvemail', rules.optionalText('recvEmail', input.recvEmail, MAX_NAME))
      .set('memo', rules.optionalTextWithoutUri('memo', input.memo, MAX_MEMO))
      .set('rebillCycleType', REBILL_CYCLE_TYPES[cycle.unit])
      .set('rebillCycleMonth', cycle.unit === CycleUnit.MONTH ? dayOfMonth(cycle.dayOfMonth) : undefined)
      .set('rebillCycleWeek', cycle.unit === CycleUnit.WEEK ? rules.integer('cycle.dayOfWeek', cycle.dayOfWeek ?? 0, 1, 7) : undefined)
      .set('rebillExpire', rules.date('expiresOn', input.expiresOn))
      .set('failurl', rules.optionalHttpUrl('failUrl', input.failUrl))
      .set('smsuse', yesNo(input.sendSms))
      .set('returnurl', rules.optionalText('returnUrl', input.returnUrl, MAX_URL))
      .set('openpaytype', methods);
    setNoticeTarget(form, input);
    return this.command(form, (fields) => ({ providerSubscriptionId: required(fields, 'rebill_no'), payUrl: required(fields, 'payurl') }));
  }

  /** rebillCancel: end a recurring payment for good. */
  rebillCancel(credentials: PayAppCredentials, input: RebillActionInput): Promise<ProviderResult<void>> {
    return this.rebillAction('rebillCancel', credentials, input);
  }

  /** rebillStop: pause an approved recurring payment. */
  rebillStop(credentials: PayAppCredentials, input: RebillActionInput): Promise<ProviderResult<void>> {
    return this.rebillAction('rebillStop', credentials, input);
  }

  /** rebillStart: resume a paused recurring payment. */
  rebillStart(credentials: PayAppCredentials, input: RebillActionInput): Promise<ProviderResult<void>> {
    return this.rebillAction('rebillStart', credentials, input);
  }

  /** sellerRegist: the platform's reseller account signs up a seller; answers its credentials. */
  async sellerRegist(input: SellerRegistInput): Promise<ProviderResult<PayAppCredentials>> {
    const business = input.userType === 'BUSINESS';
    const forBusiness = (field: keyof SellerRegistInput, value: string | undefined) =>
      business ? rules.text(field, value, MAX_NAME) : rules.optionalText(field, value, MAX_NAME);
    const joinType = input.joinType ?? 0;
    if (!JOIN_TYPES.includes(joinType)) rules.fail('joinType', `must be one of ${JOIN_TYPES.join(', ')}`);
    if (input.sellerType === 'RESELLER' && joinType !== PAID_JOIN_TYPE) rules.fail('joinType', `must be ${PAID_JOIN_TYPE} (paid) for a reseller`);
    const businessKind = rules.text('businessKind', input.businessKind, MAX_NAME);
    if (!BUSINESS_KINDS.includes(businessKind)) rules.fail('businessKind', `must be one of ${BUSINESS_KINDS.join(', ')}`);
    const form = new PayAppForm('sellerRegist')
      .set('userid', rules.text('userId', input.userId, MAX_ID))
      .set('userpwd', sellerPassword(input.password))
      .set('sellername', rules.text('sellerName', input.sellerName, MAX_NAME))
      .set('phone', rules.phone('phone', input.phone))
      .set('email', email(input.email))
      .set('bizkind', businessKind)
      .set('usertype', USER_TYPES[input.userType])
      .set('resellerid', rules.text('resellerId', input.resellerId, MAX_ID))
      .set('join_type', joinType)
      .set('seller_type', SELLER_TYPES[input.sellerType ?? 'SELLER'])
      .set('username', business ? rules.optionalText('personName', input.personName, MAX_NAME) : rules.text('personName', input.personName, MAX_NAME))
      .set('compregno', business ? rules.digits('businessNumber', digitsOf(input.businessNumber ?? ''), 10) : undefined)
      .set('compname', forBusiness('companyName', input.companyName))
      .set('biztype1', forBusiness('businessType', input.businessType))
      .set('biztype2', forBusiness('businessItem', input.businessItem))
      .set('ceo_nm', forBusiness('ceoName', input.ceoName))
      .set('zipcode', rules.optionalText('zipCode', input.zipCode, 10))
      .set('addr1', rules.optionalText('address1', input.address1, MAX_NAME))
      .set('addr2', rules.optionalText('address2', input.address2, MAX_NAME))
      .set('homepage', rules.optionalText('homepage', input.homepage, MAX_URL))
      .set('compbank', rules.optionalText('settlementBank', input.settlementBank, MAX_NAME))
      .set('compbanknum', input.settlementAccountNumber === undefined ? undefined : rules.digits('settlementAccountNumber', digitsOf(input.settlementAccountNumber), 6, 20))
      .set('compbankname', rules.optionalText('settlementAccountHolder', input.settlementAccountHolder, MAX_NAME))
      .set('common_feedbackurl', rules.optionalHttpUrl('commonFeedbackUrl', input.commonFeedbackUrl));
    return this.command(form, (fields) => ({
      userId: required(fields, 'userid'),
      linkKey: required(fields, 'linkkey'),
      linkValue: required(fields, 'linkval'),
    }));
  }

  /**
   * useridCheck: is a seller id free? PayApp answers state=0 both for "taken" and for a failure;
   * only an errno from the manual's table marks a failure, anything else means taken.
   */
  async useridCheck(input: UseridCheckInput): Promise<ProviderResult<UseridCheckResult>> {
    const form = new PayAppForm('useridCheck')
      .set('userid', rules.text('userId', input.userId, MAX_ID))
      .set('resellerid', rules.text('resellerId', input.resellerId, MAX_ID));
    const answered = await this.send(form);
    if (answered.kind !== 'ok') return answered;
    const reply = answered.value;
    if (reply.ok) return ok({ available: true });
    if (isListedErrno(reply.errno)) return this.refusal(form.cmd, reply);
    return ok({ available: false, message: reply.errorMessage || undefined });
  }

  /** subidregist: add a staff sub-account to the seller. */
  async subidRegist(credentials: PayAppCredentials, input: SubidRegistInput): Promise<ProviderResult<void>> {
    const form = new PayAppForm('subidregist')
      .seller(credentials)
      .set('subuserid', rules.text('subUserId', input.subUserId, MAX_ID))
      .set('subpwd', rules.text('password', input.password, MAX_ID))
      .set('subname', rules.text('name', input.name, MAX_NAME))
      .set('subetc1', rules.optionalText('category1', input.category1, MAX_NAME))
      .set('subetc2', rules.optionalText('category2', input.category2, MAX_NAME))
      .set('subetc3', rules.optionalText('category3', input.category3, MAX_NAME))
      .set('subjtype', rules.optionalText('position', input.position, MAX_NAME))
      .set('state', input.permissions === undefined ? undefined : rules.integer('permissions', input.permissions, 0, 7));
    return this.command(form, () => undefined);
  }

  /** cashStRegist: issue a cash receipt; the total must be supply + service fee + VAT. */
  async cashStRegist(credentials: PayAppCredentials, input: CashStRegistInput): Promise<ProviderResult<CashStRegistResult>> {
    return this.command(cashStRegistForm(input).seller(credentials), (fields) => ({
      providerReceiptId: required(fields, 'cashstno'),
      approvalNumber: optional(fields, 'receipt_no'),
      receiptUrl: optional(fields, 'cashsturl'),
    }));
  }

  /** cashStRegist's input rules alone, so that a caller can refuse bad input before recording anything. */
  validateCashStRegist(input: CashStRegistInput): void {
    cashStRegistForm(input);
  }

  /** cashStCancel: cancel a cash receipt. */
  async cashStCancel(credentials: PayAppCredentials, input: CashStCancelInput): Promise<ProviderResult<void>> {
    const form = new PayAppForm('cashStCancel').seller(credentials).set('cashstno', providerId('providerReceiptId', input.providerReceiptId));
    return this.command(form, () => undefined);
  }

  /** checkNpayCashReceiptReq: how much of a Naver Pay payment a cash receipt may cover. */
  async checkNpayCashReceiptReq(credentials: PayAppCredentials, input: NpayCashAmountInput): Promise<ProviderResult<NpayCashAmount>> {
    const form = new PayAppForm('checkNpayCashReceiptReq').seller(credentials).set('mul_no', providerId('providerPaymentId', input.providerPaymentId));
    return this.command(form, (fields) => ({
      totalAmount: requiredInt(fields, 'totalCashAmount'),
      supplyAmount: requiredInt(fields, 'supplyCashAmount'),
      vatAmount: requiredInt(fields, 'vatCashAmount'),
    }));
  }

  private rebillAction(cmd: PayAppCmd, credentials: PayAppCredentials, input: RebillActionInput): Promise<ProviderResult<void>> {
    const form = new PayAppForm(cmd).seller(credentials).set('rebill_no', providerId('providerSubscriptionId', input.providerSubscriptionId));
    return this.command(form, () => undefined);
  }

  /** Sends the form and reads a success answer with `read`; refusals and transport failures pass through. */
  private async command<T>(form: PayAppForm, read: (fields: WireFields) => T): Promise<ProviderResult<T>> {
    const answered = await this.send(form);
    if (answered.kind !== 'ok') return answered;
    const reply = answered.value;
    if (!reply.ok) return this.refusal(form.cmd, reply);
    try {
      return ok(read(reply.fields));
    } catch (err) {
      if (!(err instanceof IncompleteReply)) throw err;
      return unknown(`PayApp accepted ${form.cmd} but its answer has no ${err.message}`);
    }
  }

  private refusal(cmd: PayAppCmd, reply: PayAppReply): ProviderResult<never> {
    return refused(reply.errno ?? '', reply.errorMessage || `PayApp refused ${cmd}`, errorCodeOf(reply.errno));
  }

  private async send(form: PayAppForm): Promise<ProviderResult<PayAppReply>> {
    const fields = form.toFields();
    const answered = await this.options.http.post(this.options.apiUrl, encodeFields(fields), PAYAPP_FORM_CONTENT_TYPE, fields);
    if (answered.kind !== 'ok') return answered;
    const reply = parseReply(answered.value.body);
    return reply ? ok(reply) : unknown(`PayApp answered ${form.cmd} with HTTP ${answered.value.status} and no state; the outcome is unknown`);
  }
}

/** The cashStRegist form without credentials; throws PayAppInputError for input the manual does not allow. */
function cashStRegistForm(input: CashStRegistInput): PayAppForm {
  const total = rules.amount('totalAmount', input.totalAmount, 10);
  const supply = rules.portion('supplyAmount', input.supplyAmount, total);
  const serviceFee = rules.portion('serviceFee', input.serviceFee, total);
  const vat = rules.portion('vatAmount', input.vatAmount, total);
  if (supply + serviceFee + vat !== total) rules.fail('totalAmount', 'must equal supplyAmount + serviceFee + vatAmount');
  // A tax-free sale carries no VAT (the manual reads "supply and no VAT" as tax-free, checkNpayCashReceiptReq).
  if (input.taxType === TaxType.TAX_FREE && vat !== 0) rules.fail('vatAmount', 'must be 0 for a tax-free receipt');
  if (Number.isNaN(input.tradedAt.getTime())) rules.fail('tradedAt', 'must be a valid date and time');
  return new PayAppForm('cashStRegist')
    .set('good_name', rules.text('goodName', input.goodName, MAX_NAME))
    .set('buyr_name', rules.text('buyerName', input.buyerName, MAX_NAME))
    .set('buyr_tel1', rules.optionalPhone('buyerPhone', input.buyerPhone))
    .set('buyr_mail', input.buyerEmail === undefined ? undefined : email(input.buyerEmail, 'buyerEmail'))
    .set('id_info', rules.digits('identity', digitsOf(input.identity), 8, 18))
    .set('trad_time', formatKstTimestamp(input.tradedAt))
    .set('tr_code', CASH_RECEIPT_TR_CODES[input.purpose])
    .set('amt_tot', total)
    .set('amt_sup', supply)
    .set('amt_svc', serviceFee)
    .set('amt_tax', vat)
    .set('corp_tax_type', CORP_TAX_TYPES[input.taxType])
    .set('mul_no', input.providerPaymentId === undefined ? undefined : providerId('providerPaymentId', input.providerPaymentId));
}

/** billPay's form without the seller's credentials, every input rule checked. */
function billPayForm(input: BillPayInput): PayAppForm {
  const price = rules.amount('price', input.price, 10);
  const months = rules.installmentMonths('installmentMonths', input.installmentMonths, price);
  const form = new PayAppForm('billPay')
    .set('encBill', rules.text('billingKey', input.billingKey, MAX_ID))
    .set('goodname', rules.textWithoutUri('goodName', input.goodName, MAX_NAME))
    .set('price', price)
    .set('recvphone', rules.phone('recvPhone', input.recvPhone))
    .set('cardinst', String(months).padStart(2, '0'));
  setTaxSplit(form, 'amount', taxSplitOf(price, input) ?? vatIncludedSplit(price));
  setNoticeTarget(form, input);
  return form;
}

function dayOfMonth(day: number | undefined): number {
  if (day === REBILL_LAST_DAY_OF_MONTH) return day;
  return rules.integer('cycle.dayOfMonth', day ?? 0, 1, 31);
}

function sellerPassword(value: string): string {
  if (!isSellerPassword(value)) rules.fail('password', 'must be at least 8 letters and digits, with both');
  return value;
}

function email(value: string, field = 'email'): string {
  const text = rules.text(field, value, MAX_NAME);
  if (!isEmailAddress(text)) rules.fail(field, 'must be an e-mail address');
  return text;
}

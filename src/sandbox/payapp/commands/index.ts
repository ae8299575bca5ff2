import type { PayAppCmd, WireFields } from '../../../providers/payapp/wire';
import type { PayAppStore, SimSeller } from '../state';
import type { CommandWorld } from '../world';
import { sellerRegist, subidregist, useridCheck } from './accounts';
import { billDelete, billPay, billRegist } from './billing';
import { cashStCancel, cashStRegist } from './cashReceipts';
import { checkNpayCashReceiptReq, payCancel, payCancelReq, payRequest } from './payments';
import { rebillCancel, rebillRegist, rebillStart, rebillStop } from './rebill';
import { PayAppFailure, normalizeRequest } from './support';

/**
 * PayApp's command table: how each `cmd` authenticates, which fields it requires (the manual's
 * "필수" list less userid/linkkey) and what it does. Checks run in PayApp's order as far as the
 * manual tells it: cmd (70040), credentials (70010), required fields (70020), then the command.
 */
type SellerCommand = (fields: WireFields, seller: SimSeller, world: CommandWorld) => WireFields;
type OpenCommand = (fields: WireFields, world: CommandWorld) => WireFields;

type CommandSpec =
  /** userid and linkkey must match a seller. */
  | { auth: 'linkkey'; required: readonly string[]; run: SellerCommand }
  /** The manual asks for userid alone: it must name a seller. */
  | { auth: 'userid'; required: readonly string[]; run: SellerCommand }
  /** sellerRegist and useridCheck: userid is the id being signed up. */
  | { auth: 'none'; required: readonly string[]; run: OpenCommand };

const COMMANDS: Readonly<Record<PayAppCmd, CommandSpec>> = {
  payrequest: { auth: 'userid', required: ['goodname', 'price', 'recvphone'], run: payRequest },
  paycancel: { auth: 'linkkey', required: ['mul_no', 'cancelmemo'], run: payCancel },
  paycancelreq: { auth: 'linkkey', required: ['mul_no', 'cancelmemo'], run: payCancelReq },
  billRegist: { auth: 'linkkey', required: ['cardNo', 'expMonth', 'expYear', 'buyerAuthNo', 'cardPw', 'buyerPhone', 'buyerName'], run: billRegist },
  billPay: {
    auth: 'userid',
    required: ['encBill', 'goodname', 'price', 'recvphone', 'amount_taxable', 'amount_taxfree', 'amount_vat'],
    run: billPay,
  },
  billDelete: { auth: 'userid', required: ['encBill'], run: billDelete },
  rebillRegist: { auth: 'userid', required: ['goodname', 'goodprice', 'recvphone', 'rebillCycleType', 'rebillExpire'], run: rebillRegist },
  rebillCancel: { auth: 'linkkey', required: ['rebill_no'], run: rebillCancel },
  rebillStop: { auth: 'linkkey', required: ['rebill_no'], run: rebillStop },
  rebillStart: { auth: 'linkkey', required: ['rebill_no'], run: rebillStart },
  sellerRegist: {
    auth: 'none',
    required: ['userid', 'userpwd', 'sellername', 'phone', 'email', 'bizkind', 'usertype', 'resellerid', 'join_type', 'seller_type'],
    run: sellerRegist,
  },
  useridCheck: { auth: 'none', required: ['userid', 'resellerid'], run: useridCheck },
  subidregist: { auth: 'userid', required: ['subuserid', 'subpwd', 'subname'], run: subidregist },
  cashStRegist: {
    auth: 'linkkey',
    required: ['good_name', 'buyr_name', 'id_info', 'trad_time', 'tr_code', 'amt_tot', 'amt_sup', 'amt_svc', 'amt_tax', 'corp_tax_type'],
    run: cashStRegist,
  },
  cashStCancel: { auth: 'linkkey', required: ['cashstno'], run: cashStCancel },
  checkNpayCashReceiptReq: { auth: 'userid', required: ['mul_no'], run: checkNpayCashReceiptReq },
};

/** Answers one form POSTed to /oapi/apiLoad.html, as the fields of PayApp's query-string answer. */
export function runCommand(body: string, world: CommandWorld): WireFields {
  try {
    return { state: '1', errorMessage: '', ...execute(normalizeRequest(body), world) };
  } catch (err) {
    if (!(err instanceof PayAppFailure)) throw err;
    return { state: '0', errorMessage: err.message, ...(err.errno ? { errno: err.errno } : {}) };
  }
}

function execute(fields: WireFields, world: CommandWorld): WireFields {
  const spec = Object.hasOwn(COMMANDS, fields.cmd) ? COMMANDS[fields.cmd as PayAppCmd] : undefined;
  if (!spec) throw new PayAppFailure('70040', 'cmd값이 정확하지 않습니다.');
  if (spec.auth === 'none') {
    requireFields(fields, spec.required);
    return spec.run(fields, world);
  }
  const seller = authenticate(world.store, fields, spec.auth === 'linkkey');
  requireFields(fields, spec.required);
  return spec.run(fields, seller, world);
}

function authenticate(store: PayAppStore, fields: WireFields, withLinkKey: boolean): SimSeller {
  const seller = store.sellers.get(fields.userid ?? '');
  if (!seller || (withLinkKey && seller.linkKey !== fields.linkkey)) throw new PayAppFailure('70010', 'userid, linkkey값이 정확하지 않습니다.');
  return seller;
}

function requireFields(fields: WireFields, required: readonly string[]): void {
  const missing = required.find((name) => !fields[name]);
  if (missing) throw new PayAppFailure('70020', `필수 파라메터가 없습니다. (${missing})`);
}

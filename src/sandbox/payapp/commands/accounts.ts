import { BUSINESS_KINDS, JOIN_TYPES, PAID_JOIN_TYPE, SELLER_TYPES, USER_TYPES } from '../../../providers/payapp/mapping';
import { WireFields, isEmailAddress, isSellerPassword } from '../../../providers/payapp/wire';
import { SimSeller, randomToken } from '../state';
import type { CommandWorld } from '../world';
import { PayAppFailure, invalid, optionalHttpUrl, optionalInt } from './support';

/** sellerRegist, useridCheck and subidregist. */

const BUSINESS_FIELDS = ['compregno', 'compname', 'biztype1', 'biztype2', 'ceo_nm'];
const idTaken = (): PayAppFailure => new PayAppFailure(undefined, '이미 사용중인 아이디입니다.');

export function sellerRegist(fields: WireFields, world: CommandWorld): WireFields {
  if (!Object.values(USER_TYPES).includes(fields.usertype)) throw invalid('usertype');
  if (!Object.values(SELLER_TYPES).includes(fields.seller_type)) throw invalid('seller_type');
  const joinType = Number(fields.join_type);
  if (!JOIN_TYPES.includes(joinType)) throw invalid('join_type');
  if (fields.seller_type === SELLER_TYPES.RESELLER && joinType !== PAID_JOIN_TYPE) throw invalid('join_type', '리셀러 회원가입은 유료형입니다');
  if (!isSellerPassword(fields.userpwd)) throw invalid('userpwd', '영문,숫자 8자리');
  if (!isEmailAddress(fields.email)) throw invalid('email');
  if (!BUSINESS_KINDS.includes(fields.bizkind)) throw invalid('bizkind');
  if (fields.usertype === USER_TYPES.BUSINESS) {
    const missing = BUSINESS_FIELDS.find((name) => !fields[name]);
    if (missing) throw invalid(missing, '사업자 필수');
    if (fields.compregno.length !== 10) throw invalid('compregno');
  } else if (!fields.username) {
    throw invalid('username', '개인 필수');
  }
  const commonFeedbackUrl = optionalHttpUrl(fields, 'common_feedbackurl');
  if (world.store.sellers.has(fields.userid)) throw idTaken();
  const seller = world.store.addSeller({ userId: fields.userid, linkKey: randomToken(24), linkValue: randomToken(24), commonFeedbackUrl });
  return { userid: seller.userId, linkkey: seller.linkKey, linkval: seller.linkValue };
}

/** state=1: the id is free; state=0 without errno: taken. */
export function useridCheck(fields: WireFields, world: CommandWorld): WireFields {
  if (world.store.sellers.has(fields.userid)) throw idTaken();
  return {};
}

export function subidregist(fields: WireFields, seller: SimSeller): WireFields {
  const permissions = optionalInt(fields, 'state') ?? 0;
  if (permissions > 7) throw invalid('state', '0~7');
  if (seller.subAccounts.has(fields.subuserid)) throw new PayAppFailure(undefined, '이미 등록된 부계정 아이디입니다.');
  seller.subAccounts.set(fields.subuserid, { name: fields.subname, permissions });
  return {};
}

import { REBILL_LAST_DAY_OF_MONTH } from '../../../providers/payapp/mapping';
import { WireFields, parseKstDate } from '../../../providers/payapp/wire';
import { RebillCycle, kstDayOf } from '../schedule';
import type { SimRebill, SimSeller } from '../state';
import type { CommandWorld } from '../world';
import { PayAppFailure, invalid, noticeRoute, optionalHttpUrl, optionalInt, positiveAmount, textWithoutUri, openPayTypesOf } from './support';

/** rebillRegist and the three rebill actions (cancel, stop, start). */

const REBILL_PAY_TYPES = new Set(['card', 'phone']);

export function rebillRegist(fields: WireFields, seller: SimSeller, world: CommandWorld): WireFields {
  const price = positiveAmount(fields, 'goodprice');
  const cycle = rebillCycle(fields);
  const expire = parseKstDate(fields.rebillExpire);
  if (!expire) throw invalid('rebillExpire', 'yyyy-mm-dd');
  const today = kstDayOf(world.clock.now());
  if (kstDayOf(expire) < today) throw invalid('rebillExpire', '만료일이 지났습니다');
  const openPayTypes = openPayTypesOf(fields);
  if (openPayTypes.some((type) => !REBILL_PAY_TYPES.has(type))) throw invalid('openpaytype', 'card, phone 만 가능합니다');
  if (openPayTypes.includes('phone') && cycle.type !== 'Month') throw invalid('openpaytype', '휴대전화 정기 결제는 월 정기 결제만 이용이 가능합니다');
  const rebillNo = world.store.nextRebillNo();
  const rebill: SimRebill = {
    rebillNo,
    seller,
    origin: world.origin,
    goodName: textWithoutUri(fields, 'goodname'),
    price,
    recvPhone: fields.recvphone,
    memo: textWithoutUri(fields, 'memo'),
    cycle,
    expireDay: kstDayOf(expire),
    route: noticeRoute(fields),
    failUrl: optionalHttpUrl(fields, 'failurl'),
    openPayTypes,
    payUrl: `${world.origin}/rebill/${rebillNo}`,
    status: 'requested',
    failNextCharge: false,
  };
  world.store.rebills.set(rebillNo, rebill);
  return { errno: '00000', rebill_no: rebillNo, payurl: rebill.payUrl };
}

/** Ends the rebill; a cancelled rebill never charges again. */
export function rebillCancel(fields: WireFields, seller: SimSeller, world: CommandWorld): WireFields {
  const rebill = sellerRebill(fields, seller, world);
  if (rebill.status === 'cancelled') throw new PayAppFailure(undefined, '이미 해지된 정기결제입니다.');
  rebill.status = 'cancelled';
  rebill.nextChargeDay = undefined;
  return { errno: '00000' };
}

export function rebillStop(fields: WireFields, seller: SimSeller, world: CommandWorld): WireFields {
  const rebill = sellerRebill(fields, seller, world);
  if (rebill.status !== 'active') throw new PayAppFailure(undefined, '승인 상태의 정기결제만 일시정지할 수 있습니다.');
  rebill.status = 'paused';
  return {};
}

export function rebillStart(fields: WireFields, seller: SimSeller, world: CommandWorld): WireFields {
  const rebill = sellerRebill(fields, seller, world);
  if (rebill.status !== 'paused') throw new PayAppFailure(undefined, '일시정지 상태의 정기결제만 승인할 수 있습니다.');
  rebill.status = 'active';
  return {};
}

function rebillCycle(fields: WireFields): RebillCycle {
  switch (fields.rebillCycleType) {
    case 'Month': {
      const day = optionalInt(fields, 'rebillCycleMonth');
      if (day === undefined || !((day >= 1 && day <= 31) || day === REBILL_LAST_DAY_OF_MONTH)) throw invalid('rebillCycleMonth', '1~31, 90');
      return { type: 'Month', day };
    }
    case 'Week': {
      const weekday = optionalInt(fields, 'rebillCycleWeek');
      if (weekday === undefined || weekday < 1 || weekday > 7) throw invalid('rebillCycleWeek', '1~7');
      return { type: 'Week', weekday };
    }
    case 'Day':
      return { type: 'Day' };
    default:
      throw invalid('rebillCycleType', 'Month, Week, Day');
  }
}

function sellerRebill(fields: WireFields, seller: SimSeller, world: CommandWorld): SimRebill {
  const rebill = world.store.rebills.get(fields.rebill_no);
  if (!rebill || rebill.seller !== seller) throw invalid('rebill_no', '정기결제 등록번호가 없습니다');
  return rebill;
}

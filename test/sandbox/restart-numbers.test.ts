import { PayAppStore } from '../../src/sandbox/payapp/state';
import { PayupLedger } from '../../src/sandbox/payup/ledger';
import { sleep } from '../support/ws';

/** A sandbox restarted under `npm run dev` must not hand out a number the service already stored. */
describe('sandbox numbers across a restart', () => {
  it('a new PayApp store numbers mul_no, rebill_no and cashstno above everything the previous one issued', async () => {
    const before = new PayAppStore();
    const issued = Array.from({ length: 50 }, () => [before.nextMulNo(), before.nextRebillNo(), before.nextCashStNo()].map(Number));
    await sleep(60); // a real restart takes seconds; 50 numbers take 50 ms of clock at most
    const after = new PayAppStore();
    const [mulNo, rebillNo, cashStNo] = [after.nextMulNo(), after.nextRebillNo(), after.nextCashStNo()].map(Number);
    expect(mulNo).toBeGreaterThan(Math.max(...issued.map(([m]) => m)));
    expect(rebillNo).toBeGreaterThan(Math.max(...issued.map(([, r]) => r)));
    expect(cashStNo).toBeGreaterThan(Math.max(...issued.map(([, , c]) => c)));
  });

  it('numbers strictly increase within one process, even many in one millisecond', () => {
    const store = new PayAppStore();
    const numbers = Array.from({ length: 1000 }, () => Number(store.nextMulNo()));
    expect(numbers.every((n, i) => i === 0 || n > numbers[i - 1])).toBe(true);
  });

  it('Payup transaction ids approved in the same second by a restarted sandbox differ', async () => {
    const at = new Date('2024-01-05T00:30:00Z');
    const approval = { merchantId: 'm', orderNumber: 'o', amount: 1000, quota: 0, maskedCardNumber: '411111******1111', cardName: '신한카드', authNumber: '12345678', approvedAt: at };
    const first = new PayupLedger().approve(approval).transactionId;
    await sleep(5);
    const second = new PayupLedger().approve(approval).transactionId;
    expect(first).toMatch(/^20240105093000ST\d{4}$/);
    expect(second).toMatch(/^20240105093000ST\d{4}$/);
    expect(second).not.toBe(first);
  });
});

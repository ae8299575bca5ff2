import { createLogger } from '../../src/logger';
import { Sandbox, startSandbox } from '../../src/sandbox';

/** The PayApp sandbox's buyer pages over plain HTTP (the browser tests drive the pay page itself). */
describe('the PayApp sandbox pages', () => {
  let sandbox: Sandbox;
  const seller = { userid: 'pages_seller', linkkey: 'pages-linkkey-0123456789' };

  beforeAll(async () => {
    sandbox = await startSandbox({ logger: createLogger('silent') });
    sandbox.payapp.simulator.addSeller({ userId: seller.userid, linkKey: seller.linkkey, linkValue: 'pages-linkval-0123456789' });
  });
  afterAll(() => sandbox.close());

  async function command(fields: Record<string, string>): Promise<URLSearchParams> {
    const res = await fetch(sandbox.providerUrls.PAYAPP_API_URL, { method: 'POST', body: new URLSearchParams({ ...seller, ...fields }) });
    return new URLSearchParams(await res.text());
  }

  it('shows a recurring payment at its payurl and approves it there: the first charge, then active', async () => {
    const registered = await command({ cmd: 'rebillRegist', goodname: 'Monthly <lessons>', goodprice: '9900', recvphone: '01012345678', rebillCycleType: 'Month', rebillCycleMonth: '15', rebillExpire: '2099-12-31', openpaytype: 'card' });
    const rebillNo = registered.get('rebill_no') as string;
    const payUrl = registered.get('payurl') as string;
    expect(payUrl).toBe(`${sandbox.payapp.url}/rebill/${rebillNo}`);

    const page = await (await fetch(payUrl)).text();
    expect(page).toContain('data-testid="good-name">Monthly &lt;lessons&gt;</dd>'); // escaped
    expect(page).toContain('9,900원');
    expect(page).toContain('value="card"');
    expect(page).not.toContain('value="phone"'); // openpaytype card only

    const approved = await fetch(payUrl, { method: 'POST', body: new URLSearchParams({ method: 'card' }), redirect: 'manual' });
    expect([approved.status, approved.headers.get('location')]).toEqual([303, `/rebill/${rebillNo}`]);
    expect(sandbox.payapp.simulator.rebill(rebillNo)).toMatchObject({ status: 'active', method: 'card', nextChargeOn: expect.stringMatching(/-15$/) });
    expect(await (await fetch(payUrl)).text()).toContain('data-testid="rebill-status">active</span>');
  });

  it('answers 404 for a payment or recurring payment the sandbox does not hold (it forgets on restart)', async () => {
    expect((await fetch(`${sandbox.payapp.url}/pay/123`)).status).toBe(404);
    expect((await fetch(`${sandbox.payapp.url}/rebill/123`)).status).toBe(404);
  });

  it('refuses to pay twice: a second POST re-shows the page with the reason (409)', async () => {
    const requested = await command({ cmd: 'payrequest', goodname: 'Once', price: '1000', recvphone: '01012345678', smsuse: 'n' });
    const payUrl = requested.get('payurl') as string;
    const pay = () => fetch(payUrl, { method: 'POST', body: new URLSearchParams({ method: 'phone' }), redirect: 'manual' });
    expect((await pay()).status).toBe(303);
    const again = await pay();
    expect(again.status).toBe(409);
    expect(await again.text()).toMatch(/role="alert">payment \d+ is not awaiting payment \(pay_state 4\)/);
  });
});

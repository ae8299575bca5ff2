import { BrowserContext, Page } from 'playwright-core';
import { startTestApp, TestApp } from '../support/app';
import { launchChromium, screenshot, TestBrowser } from '../support/browser';
import { createSandboxSeller, TestSeller } from '../support/sellers';

/**
 * A person in a browser: the buyer on the PayApp sandbox's pay page, the integrator watching the
 * sandbox console. The console must follow every change live, without a reload.
 */
describe('the sandbox pages in a browser', () => {
  let app: TestApp;
  let seller: TestSeller;
  let chromium: TestBrowser;
  let context: BrowserContext;
  let consolePage: Page;
  /** Times the console's main frame navigated: 1 (its load) as long as nothing reloads it. */
  let consoleLoads = 0;

  beforeAll(async () => {
    app = await startTestApp(__filename, { devPages: true });
    seller = await createSandboxSeller(app, 'Browser shop');
    chromium = await launchChromium();
    context = await chromium.browser.newContext({ locale: 'ko-KR' });
    consolePage = await context.newPage();
    consolePage.on('framenavigated', (frame) => {
      if (frame === consolePage.mainFrame()) consoleLoads++;
    });
    await consolePage.goto(`${app.url}/sandbox`);
    await consolePage.getByTestId('connection').filter({ hasText: 'live' }).waitFor();
  }, 60_000);
  afterAll(async () => {
    await chromium?.close();
    await app.close();
  });

  async function requestPayment(goodName: string, amount: number): Promise<{ id: string; payUrl: string }> {
    const res = await app.gql<{ requestPayment: { payment: { id: string; payUrl: string } } }>(
      seller.key,
      'mutation($i: RequestPaymentInput!) { requestPayment(input: $i) { payment { id payUrl } } }',
      { i: { goodName, amount, buyer: { name: 'Lee', phone: '01012345678' } } },
    );
    return res.data!.requestPayment.payment;
  }

  async function apiPayment(id: string) {
    const res = await app.gql<{ payment: { state: string; method: string | null; virtualAccount: { bank: string; accountNumber: string } | null; events: { edges: unknown[] } } }>(
      seller.key,
      'query($id: ID!) { payment(id: $id) { state method virtualAccount { bank accountNumber } events { edges { node { to } } } } }',
      { id },
    );
    return res.data!.payment;
  }

  const consoleState = (paymentId: string) => consolePage.getByTestId(`state-${paymentId}`);

  it('pays by card at the payUrl, and the console flips REQUESTED → PAID without a reload', async () => {
    const payment = await requestPayment('요가 레슨 10회', 10000);
    await expectText(consoleState(payment.id), 'REQUESTED');

    const buyer = await context.newPage();
    await buyer.goto(payment.payUrl);
    await expectText(buyer.getByTestId('good-name'), '요가 레슨 10회');
    await expectText(buyer.getByTestId('amount'), '10,000원');
    await expectText(buyer.getByTestId('seller'), seller.payApp.userId);
    await screenshot(buyer, 'pay-page');
    await buyer.getByLabel('신용카드 · Card').check();
    await buyer.getByRole('button', { name: /결제하기/ }).click();
    await expectAttribute(buyer.getByTestId('pay-state'), 'data-state', 'PAID');

    await expectText(consoleState(payment.id), 'PAID');
    expect(consoleLoads).toBe(1);
    expect((await apiPayment(payment.id)).state).toBe('PAID');
    await screenshot(buyer, 'pay-page-paid');
    await screenshot(consolePage, 'console-paid');
    await buyer.close();
  });

  it('refuses a declined test card on the pay page and leaves the payment REQUESTED', async () => {
    const payment = await requestPayment('Declined lesson', 5000);
    const buyer = await context.newPage();
    await buyer.goto(payment.payUrl);
    await buyer.getByLabel(/카드번호/).fill('4111111111110002');
    await buyer.getByRole('button', { name: /결제하기/ }).click();

    await expectText(buyer.getByRole('alert'), 'declined');
    await expectAttribute(buyer.getByTestId('pay-state'), 'data-state', 'REQUESTED');
    await screenshot(buyer, 'pay-page-declined');
    const after = await apiPayment(payment.id);
    expect(after.state).toBe('REQUESTED');
    expect(after.events.edges).toHaveLength(1); // no notice was sent: nothing happened
    await expectText(consoleState(payment.id), 'REQUESTED');
    await buyer.close();
  });

  it('issues a virtual account, shows its number with a deposit button, and the deposit makes it PAID', async () => {
    const payment = await requestPayment('Deposit lesson', 30000);
    const buyer = await context.newPage();
    await buyer.goto(payment.payUrl);
    await buyer.getByLabel('가상계좌 · Virtual account').check();
    await buyer.getByRole('button', { name: /결제하기/ }).click();

    await expectAttribute(buyer.getByTestId('pay-state'), 'data-state', 'WAITING_FOR_DEPOSIT');
    const shown = { bank: await buyer.getByTestId('vbank-bank').textContent(), accountNumber: await buyer.getByTestId('vbank-account').textContent() };
    expect(shown.accountNumber).toMatch(/^\d{14}$/);
    await expectText(consoleState(payment.id), 'WAITING_FOR_DEPOSIT');
    const waiting = await apiPayment(payment.id);
    expect(waiting).toMatchObject({ state: 'WAITING_FOR_DEPOSIT', method: 'VIRTUAL_ACCOUNT', virtualAccount: shown });
    await screenshot(buyer, 'pay-page-virtual-account');

    await buyer.getByRole('button', { name: /Deposit/ }).click();
    await expectAttribute(buyer.getByTestId('pay-state'), 'data-state', 'PAID');
    await expectText(consoleState(payment.id), 'PAID');
    expect((await apiPayment(payment.id)).state).toBe('PAID');
    expect(consoleLoads).toBe(1);
    await screenshot(consolePage, 'console-after-deposit');
    await buyer.close();
  });
});

/** Waits (up to 10 s) until the element's text contains `text`; fails with what it had. */
async function expectText(locator: ReturnType<Page['getByTestId']>, text: string): Promise<void> {
  await locator.filter({ hasText: text }).waitFor({ timeout: 10_000 }).catch(async () => {
    throw new Error(`expected "${text}", found ${JSON.stringify(await locator.allTextContents())}`);
  });
}

async function expectAttribute(locator: ReturnType<Page['getByTestId']>, name: string, value: string): Promise<void> {
  await locator.and(locator.page().locator(`[${name}="${value}"]`)).waitFor({ timeout: 10_000 }).catch(async () => {
    throw new Error(`expected ${name}="${value}", found ${JSON.stringify(await locator.getAttribute(name))}`);
  });
}

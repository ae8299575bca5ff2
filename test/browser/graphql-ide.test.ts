import { startTestApp, TestApp } from '../support/app';
import { launchChromium, screenshot, TestBrowser } from '../support/browser';

/**
 * GET /graphql in a browser: the bundled GraphiQL, which must work on a machine with no internet
 * access. (Whether the schema loads depends on the introspection query passing the query limits,
 * which is the trust-boundary issue's part.)
 */
describe('the GraphQL IDE in a browser', () => {
  let app: TestApp;
  let chromium: TestBrowser;

  beforeAll(async () => {
    app = await startTestApp(__filename, { devPages: true });
    chromium = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await chromium?.close();
    await app.close();
  });

  it('loads only from the service itself and calls the API with the dev key in its headers', async () => {
    const page = await chromium.browser.newPage();
    const elsewhere: string[] = [];
    const served: string[] = [];
    const apiCalls: { authorization?: string; body: string }[] = [];
    const origin = new URL(app.url).origin;
    page.on('response', (response) => {
      if (response.ok()) served.push(new URL(response.url()).pathname);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(origin)) elsewhere.push(request.url()); // e.g. a CDN
      if (request.method() === 'POST' && request.url() === `${app.url}/graphql`) apiCalls.push({ authorization: request.headers().authorization, body: request.postData() ?? '' });
    });

    await page.goto(`${app.url}/graphql`);
    await page.getByText('Headers', { exact: true }).first().waitFor({ timeout: 20_000 });
    await page.getByText(`Bearer ${app.platformSecret}`).first().waitFor({ timeout: 10_000 }); // the headers editor holds the key
    for (let waited = 0; apiCalls.length === 0 && waited < 10_000; waited += 100) await page.waitForTimeout(100);
    await screenshot(page, 'graphql-ide');

    expect(elsewhere).toEqual([]);
    expect(served).toEqual(expect.arrayContaining(['/graphql', '/ide/ruru.js', '/ide/ruru.css']));
    expect(apiCalls.length).toBeGreaterThan(0);
    expect(apiCalls[0]).toMatchObject({ authorization: `Bearer ${app.platformSecret}`, body: expect.stringContaining('IntrospectionQuery') });
    await page.close();
  });
});

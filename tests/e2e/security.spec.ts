import { expect, test } from '@playwright/test';
import { AssistantPage } from './pages/assistant-page';

/** Hostile markdown the model could be tricked into echoing; each line tries a different way in. */
const XSS_CORPUS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '[enlace](javascript:window.__xss=3)',
  '[datos](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[mayúsculas](JaVaScRiPt:window.__xss=5)',
  '[entidad](&#106;avascript:window.__xss=6)',
  '<a href="javascript:window.__xss=7">html</a>',
  '<svg onload="window.__xss = 8"></svg>',
  '![rastreo](https://beacon.example/pixel.png)',
  '<iframe src="https://beacon.example/frame"></iframe>',
  '[vb](vbscript:msgbox(1))',
  '<div style="background:url(https://beacon.example/css)">estilo</div>',
  '<details open ontoggle="window.__xss = 14">detalles</details>',
  '<javascript:window.__xss=15>',
  '[referencia][1]\n\n[1]: javascript:window.__xss=16',
  '[http](http://beacon.example/plain)',
  '[bien](https://www.dian.gov.co)',
].join('\n\n');

test.describe('security in the browser', () => {
  test('pages carry a nonce CSP without unsafe-inline scripts, frame-ancestors and a tight Permissions-Policy', async ({
    page,
  }) => {
    const response = await page.goto('/');
    const headers = response?.headers() ?? {};
    const csp = headers['content-security-policy'] ?? '';
    const scriptSrc = csp.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('microphone=(self)');
    expect(headers['permissions-policy']).toContain('display-capture=(self)');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-content-type-options']).toBe('nosniff');

    // A fresh nonce for every response.
    const again = await page.request.get('/');
    expect(again.headers()['content-security-policy']).not.toBe(csp);
  });

  test('the assistant works under that CSP without a single violation', async ({ page }) => {
    await page.addInitScript(() => {
      const violations: string[] = [];
      Object.assign(window, { violations });
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const assistant = await AssistantPage.opened(page);
    const answer = await assistant.ask('¿Qué es la UVT?');
    await assistant.waitForAnswer(answer);
    for (const name of await assistant.tabNames()) await assistant.tab(name).click();
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });

  test('renders an XSS corpus inert: no script runs, no beacon loads, only https links remain', async ({
    page,
  }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const beacons: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('beacon.example')) beacons.push(request.url());
    });
    const assistant = await AssistantPage.opened(page);
    const answer = await assistant.ask(XSS_CORPUS);
    await assistant.waitForAnswer(answer);
    await expect(answer).toContainText('bien');

    const links = answer.locator('a');
    await expect(links).toHaveCount(1);
    await expect(links).toHaveAttribute('href', 'https://www.dian.gov.co');
    await expect(answer.locator('img, script, iframe, svg, object, embed, details, [style]')).toHaveCount(0);
    const handlerAttributes = await answer.evaluate((root) =>
      [root, ...root.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes].map((attribute) => attribute.name).filter((name) => name.startsWith('on')),
      ),
    );
    expect(handlerAttributes).toEqual([]);
    // Clicking what looks like a link does nothing either.
    await answer.getByText('enlace').click();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(beacons).toEqual([]);
  });

  test('a cross-site page cannot open the assistant socket with the visitor’s cookie', async ({
    page,
    baseURL,
  }) => {
    await AssistantPage.opened(page);
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'dian_sid')).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
    });
    expect(await page.evaluate(() => document.cookie)).not.toContain('dian_sid');

    // localhost and 127.0.0.1 are different sites: the "attacker" page runs on the other one.
    const target = new URL(baseURL as string);
    const attackerOrigin = `http://localhost:${target.port}`;
    await page.goto(`${attackerOrigin}/`);
    const outcome = await page.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          const socket = new WebSocket(url, 'dian-assistant.v2');
          socket.onopen = () => resolve('open');
          socket.onmessage = (message) => resolve(`message ${String(message.data)}`);
          socket.onerror = () => resolve('refused');
        }),
      `ws://127.0.0.1:${target.port}/ws/assistant/`,
    );
    expect(outcome).toBe('refused');
  });
});

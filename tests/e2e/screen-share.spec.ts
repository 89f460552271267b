import { expect, test, type Locator, type Page } from '@playwright/test';
import { AssistantPage } from './pages/assistant-page';
import { expectNoAxeViolations } from './support/axe';
import { PHONE } from './support/viewports';

const LOCAL_ONLY = 'Vista previa local: lo que compartes no se envía al asistente ni a la DIAN.';
const STOPPED = 'Dejaste de compartir la pantalla.';
const PREVIEW_NAME = 'Vista previa de tu pantalla compartida';

declare global {
  interface Window {
    sharedStreams?: MediaStream[];
    refusals?: number;
  }
}

/** Every stream getDisplayMedia hands the page, kept on `window` so the test can see if its tracks still run. */
async function recordSharedStreams(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = MediaDevices.prototype.getDisplayMedia;
    window.sharedStreams = [];
    MediaDevices.prototype.getDisplayMedia = async function (options) {
      const stream = await original.call(this, options);
      window.sharedStreams?.push(stream);
      return stream;
    };
  });
}

/** True when nothing inside the tab's scroller is wider than it (no horizontal scrolling). */
function fitsWidth(tab: Locator): Promise<boolean> {
  return tab.getByTestId('screen-share').evaluate((scroller) => scroller.scrollWidth <= scroller.clientWidth);
}

function sharedTrackStates(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window.sharedStreams ?? []).flatMap((stream) => stream.getTracks().map((track) => track.readyState)),
  );
}

async function openScreenTab(page: Page): Promise<{ assistant: AssistantPage; tab: Locator }> {
  const assistant = await AssistantPage.opened(page);
  const tab = await assistant.selectTab('Compartir pantalla');
  await expect(tab).toContainText('cierra contraseñas, documentos y datos bancarios');
  return { assistant, tab };
}

async function startSharing(tab: Locator): Promise<Locator> {
  await tab.getByRole('button', { name: 'Compartir pantalla' }).click();
  const preview = tab.getByLabel(PREVIEW_NAME);
  await expect(preview).toBeVisible();
  return preview;
}

test.describe('screen share (demonstration mode)', () => {
  test('shows a playing local preview, clearly labelled, and stops from the page', async ({ page }) => {
    await recordSharedStreams(page);
    const { tab } = await openScreenTab(page);
    await expect(tab).toContainText('mientras sigues los pasos del asistente');

    const preview = await startSharing(tab);
    await expect(tab.getByText(LOCAL_ONLY)).toBeVisible();
    await expect
      .poll(() => preview.evaluate((video: HTMLVideoElement) => !video.paused && video.videoWidth > 0))
      .toBe(true);
    expect(await fitsWidth(tab)).toBe(true);
    expect(await sharedTrackStates(page)).toEqual(['live']);
    await expectNoAxeViolations(page, 'while sharing the screen');

    const stop = tab.getByRole('button', { name: 'Dejar de compartir' });
    await stop.click();
    await expect(preview).toBeHidden();
    await expect(tab.getByText(LOCAL_ONLY)).toBeHidden();
    await expect(tab.getByRole('status')).toHaveText(STOPPED);
    await expect(tab.getByRole('button', { name: 'Compartir pantalla' })).toBeFocused();
    expect(await sharedTrackStates(page)).toEqual(['ended']);

    // Back to idle: sharing can start again.
    await startSharing(tab);
    expect(await sharedTrackStates(page)).toEqual(['ended', 'live']);
  });

  test('stopping from the browser control removes the preview', async ({ page }) => {
    await recordSharedStreams(page);
    const { tab } = await openScreenTab(page);
    const preview = await startSharing(tab);

    // What the browser's own "Stop sharing" does: the track ends and fires `ended` (stop() alone does not).
    await preview.evaluate((video: HTMLVideoElement) => {
      const [track] = (video.srcObject as MediaStream).getVideoTracks();
      track?.stop();
      track?.dispatchEvent(new Event('ended'));
    });

    await expect(preview).toBeHidden();
    await expect(tab.getByRole('status')).toHaveText(STOPPED);
    await expect(tab.getByRole('button', { name: 'Compartir pantalla' })).toBeVisible();
    await expect(tab.getByRole('button', { name: 'Dejar de compartir' })).toHaveCount(0);
    expect(await sharedTrackStates(page)).toEqual(['ended']);
  });

  test('at 320 px wide the preview fits the panel', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const { tab } = await openScreenTab(page);
    const preview = await startSharing(tab);
    await expect
      .poll(() => preview.evaluate((video: HTMLVideoElement) => video.videoWidth))
      .toBeGreaterThan(0);

    const box = await preview.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(320);
    expect(await fitsWidth(tab)).toBe(true);
    await expect(tab.getByText(LOCAL_ONLY)).toBeInViewport({ ratio: 1 });
    await expect(preview).toBeInViewport({ ratio: 1 });
  });

  test('a refusal explains how to continue and lets the user try again', async ({ page }) => {
    await page.addInitScript(() => {
      window.refusals = 0;
      MediaDevices.prototype.getDisplayMedia = () => {
        window.refusals = (window.refusals ?? 0) + 1;
        return Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
      };
    });
    const { tab } = await openScreenTab(page);
    const share = tab.getByRole('button', { name: 'Compartir pantalla' });
    await share.click();

    const alert = tab.getByRole('alert');
    await expect(alert).toContainText('cancelaste la selección o el navegador no dio permiso');
    await expect(alert).toContainText('Grabación de pantalla');
    await expect(tab.getByLabel(PREVIEW_NAME)).toHaveCount(0);
    await expectNoAxeViolations(page, 'after a refused screen share');

    await share.click();
    await expect.poll(() => page.evaluate(() => window.refusals)).toBe(2);
    await expect(alert).toContainText('cancelaste la selección');
  });

  test('closing the panel while sharing stops the screen capture', async ({ page }) => {
    await recordSharedStreams(page);
    const { assistant, tab } = await openScreenTab(page);
    await startSharing(tab);
    expect(await sharedTrackStates(page)).toEqual(['live']);

    await assistant.close.click();
    await expect(assistant.panel).toBeHidden();
    await expect.poll(() => sharedTrackStates(page)).toEqual(['ended']);
  });
});

// Phones are where this happens for real (iOS Safari and Android browsers have no getDisplayMedia).
test('without getDisplayMedia, explains why and offers no share button', PHONE, async ({ page }) => {
  await page.addInitScript(() => {
    // Where iOS Safari and Android browsers stand: mediaDevices exists, getDisplayMedia does not.
    delete (MediaDevices.prototype as Partial<MediaDevices>).getDisplayMedia;
  });
  const { tab } = await openScreenTab(page);

  await expect(tab).toContainText(
    'Tu navegador no permite compartir la pantalla desde una página web (ocurre en iPhone, iPad y Android).',
  );
  await expect(tab).toContainText(
    'Puedes seguir con el chat o la voz, o abrir esta página en un computador.',
  );
  await expect(tab.getByRole('button')).toHaveCount(0);
  expect(await fitsWidth(tab)).toBe(true);
  await expectNoAxeViolations(page, 'where screen sharing is unsupported');
});

import { expect, test, type Page, type Request } from '@playwright/test';
import { simulatedAnswer } from '../fakes/openai/behaviors';
import { DEFAULT_TRANSCRIPTION } from '../fakes/openai/transcriptions';
import { AssistantPage } from './pages/assistant-page';
import { installSpeech, speechProbe, spokenTexts } from './support/speech-fakes';
import { PHONE } from './support/viewports';

const VOICES = [{ lang: 'es-MX', name: 'México' }];

/** The upload to the transcription endpoint, as the browser sent it. */
function transcriptionUpload(page: Page): Promise<Request> {
  return page.waitForRequest((request) => request.url().endsWith('/api/voz/transcripcion'));
}

async function recordAndSend(assistant: AssistantPage, page: Page): Promise<Request> {
  await expect(assistant.voiceStatus).toHaveText('Grabando tu pregunta…');
  await expect(page.getByTestId('voice-elapsed')).toContainText('de 1:00');
  // Long enough for Chromium's fake microphone to produce audio.
  await page.waitForTimeout(1_200);
  const upload = transcriptionUpload(page);
  await assistant.talk.click();
  return upload;
}

test.describe('Voz tab with OpenAI: recording when the browser cannot recognise speech', () => {
  test(
    'records with MediaRecorder, the server transcribes, and the text is asked and answered',
    PHONE,
    async ({ page }) => {
      await installSpeech(page, { recognition: 'missing', voices: VOICES });
      const assistant = await AssistantPage.opened(page);
      await assistant.selectTab('Voz');
      await expect(page.getByTestId('voice-info')).toContainText('grabaremos tu pregunta');
      await expect(assistant.voiceProblem).toHaveCount(0);

      await assistant.talk.click();
      await expect(assistant.talk).toHaveAttribute('aria-pressed', 'true');
      const request = await recordAndSend(assistant, page);
      expect(request.method()).toBe('POST');
      const headers = await request.allHeaders();
      expect(headers['content-type']).toMatch(/^audio\/webm/);
      expect(Number(headers['x-recording-duration-ms'])).toBeGreaterThanOrEqual(1_000);
      const [upload] = (await speechProbe(page)).uploads;
      expect(upload?.type).toMatch(/^audio\/webm/);
      expect(upload?.size).toBeGreaterThan(1_000);

      await expect(assistant.questions.last()).toContainText(DEFAULT_TRANSCRIPTION);
      const answer = assistant.answers.last();
      await assistant.waitForAnswer(answer);
      await expect(answer).toContainText(simulatedAnswer(DEFAULT_TRANSCRIPTION));
      await expect.poll(() => spokenTexts(page)).toEqual([simulatedAnswer(DEFAULT_TRANSCRIPTION)]);
    },
  );

  test('offers recording after speech recognition fails, and it works', async ({ page }) => {
    await installSpeech(page, { voices: VOICES, recognitionScripts: [[{ error: 'network' }]] });
    const assistant = await AssistantPage.opened(page);
    await assistant.selectTab('Voz');
    await assistant.talk.click();
    await expect(assistant.voiceProblem).toContainText('Puedes grabar tu pregunta');

    await assistant.voiceProblem.getByRole('button', { name: 'Grabar mi pregunta' }).click();
    await expect(assistant.voiceProblem).toHaveCount(0);
    await expect(assistant.talk).toBeFocused();
    await recordAndSend(assistant, page);
    await expect(assistant.questions.last()).toContainText(DEFAULT_TRANSCRIPTION);
    await assistant.waitForAnswer(assistant.answers.last());
  });

  test('a blocked microphone stops the recording path too, and offers typing', async ({ page }) => {
    await installSpeech(page, { recognition: 'missing', voices: VOICES, getUserMedia: 'denied' });
    const assistant = await AssistantPage.opened(page);
    await assistant.selectTab('Voz');
    await assistant.talk.click();
    await expect(assistant.voiceProblem).toContainText('El micrófono está bloqueado para esta página.');
    await expect(assistant.talk).toHaveAttribute('aria-pressed', 'false');
    await assistant.voiceProblem.getByRole('button', { name: 'Escribir en el chat' }).click();
    await expect(assistant.tab('Chat')).toHaveAttribute('aria-selected', 'true');
  });
});

import { expect, test } from '@playwright/test';
import { AssistantPage } from './pages/assistant-page';
import { expectNoAxeViolations } from './support/axe';
import { installSpeech, setMicrophonePermission, speechProbe, spokenTexts } from './support/speech-fakes';
import { PHONE } from './support/viewports';

const VOICES = [
  { lang: 'en-US', name: 'English' },
  { lang: 'es-ES', name: 'España' },
  { lang: 'es-CO', name: 'Colombia' },
];
const QUESTION = '¿Quién debe declarar renta?';

test.describe('Voz tab in offline mode', () => {
  test(
    'dictates with live interim text, sends it like typed text, shows and reads the answer once',
    PHONE,
    async ({ page }) => {
      await installSpeech(page, {
        voices: VOICES,
        permission: 'prompt',
        recognitionScripts: [
          [{ interim: '¿Quién' }, { interim: '¿Quién debe declarar' }, 'wait-for-stop', { final: QUESTION }],
        ],
      });
      const assistant = await AssistantPage.opened(page);
      await assistant.selectTab('Voz');
      await expect(page.getByTestId('voice-permission-hint')).toContainText('te pedirá permiso');
      await expect(assistant.talk).toHaveAccessibleName('Hablar');
      await expect(assistant.talk).toHaveAttribute('aria-pressed', 'false');
      await expect(assistant.readAloud).toHaveAttribute('aria-pressed', 'true');

      await assistant.talk.click();
      await expect(assistant.talk).toHaveAccessibleName('Dejar de escuchar');
      await expect(assistant.talk).toHaveAttribute('aria-pressed', 'true');
      await expect(assistant.voiceStatus).toHaveText('Escuchando… di tu pregunta.');
      await expect(assistant.voiceInterim).toHaveText('¿Quién debe declarar');
      expect((await speechProbe(page)).recognitions).toEqual([
        { lang: 'es-CO', interimResults: true, stopped: false, aborted: false },
      ]);

      await assistant.talk.click();
      await expect(assistant.questions.last()).toContainText(QUESTION);
      await expect(assistant.talk).toHaveAttribute('aria-pressed', 'false');
      await expect(assistant.voiceInterim).toBeHidden();
      const answer = assistant.answers.last();
      await assistant.waitForAnswer(answer);

      await expect.poll(() => spokenTexts(page)).not.toEqual([]);
      await expect(assistant.stopReading).toBeHidden({ timeout: 20_000 });
      const { spoken } = await speechProbe(page);
      const read = spoken.filter((utterance) => utterance.text !== '');
      expect(read.every((utterance) => utterance.voice === 'es-CO' && utterance.lang === 'es-CO')).toBe(true);
      const heard = read.map((utterance) => utterance.text).join(' ');
      expect(heard).not.toMatch(/\*\*|\]\(|https?:\/\//);
      const firstSentence = read[0]?.text ?? '';
      expect(heard.split(firstSentence)).toHaveLength(2);
      // The unlock utterance went out inside the tap, before anything else was spoken.
      expect(spoken[0]).toMatchObject({ text: '' });

      // The same conversation, sent through the same protocol, shows in the Chat tab.
      await assistant.selectTab('Chat');
      await expect(assistant.questions.last()).toContainText(QUESTION);
    },
  );

  test('"Detener lectura" stops reading, listening silences it, and reading can be turned off', async ({
    page,
  }) => {
    await installSpeech(page, {
      voices: VOICES,
      utteranceMs: 60_000,
      recognitionScripts: [[{ final: QUESTION }], [{ final: '¿Qué es la UVT?' }]],
    });
    const assistant = await AssistantPage.opened(page);
    await assistant.selectTab('Voz');

    await assistant.talk.click();
    await assistant.waitForAnswer(assistant.answers.first());
    await expect(assistant.stopReading).toBeVisible();
    await assistant.stopReading.click();
    await expect(assistant.stopReading).toBeHidden();
    await expect(assistant.readAloud).toBeFocused();
    expect((await speechProbe(page)).speaking).toBe(false);

    const before = (await spokenTexts(page)).length;
    await assistant.readAloud.click();
    await expect(assistant.readAloud).toHaveAttribute('aria-pressed', 'false');
    await assistant.talk.click();
    await expect(assistant.answers).toHaveCount(2);
    await assistant.waitForAnswer(assistant.answers.last());
    await page.waitForTimeout(300);
    expect(await spokenTexts(page)).toHaveLength(before);

    await assistant.readAloud.click();
    await expect(assistant.readAloud).toHaveAttribute('aria-pressed', 'true');
    await assistant.selectTab('Chat');
    const typed = await assistant.ask('¿Cuándo vence el plazo?');
    await assistant.waitForAnswer(typed);
    await page.waitForTimeout(300);
    // Answers that finish while the Voz tab is hidden are not read.
    expect(await spokenTexts(page)).toHaveLength(before);
  });

  test('starting to listen silences the answer being read', async ({ page }) => {
    await installSpeech(page, {
      voices: VOICES,
      utteranceMs: 60_000,
      recognitionScripts: [[{ final: QUESTION }], ['wait-for-stop']],
    });
    const assistant = await AssistantPage.opened(page);
    await assistant.selectTab('Voz');
    await assistant.talk.click();
    await assistant.waitForAnswer(assistant.answers.first());
    await expect(assistant.stopReading).toBeVisible();
    await assistant.talk.click();
    await expect(assistant.talk).toHaveAttribute('aria-pressed', 'true');
    await expect(assistant.stopReading).toBeHidden();
    expect((await speechProbe(page)).speaking).toBe(false);
  });

  test('without speech recognition (Firefox), says so and sends the person to the Chat tab', async ({
    page,
  }) => {
    await installSpeech(page, { recognition: 'missing', voices: VOICES });
    const assistant = await AssistantPage.opened(page);
    await assistant.selectTab('Voz');
    await expect(assistant.voiceProblem).toHaveRole('alert');
    await expect(assistant.voiceProblem).toContainText('Este navegador no permite dictar por voz.');
    await expect(assistant.talk).toHaveCount(0);
    await expectNoAxeViolations(page, 'on the Voz tab without recognition');

    await assistant.voiceProblem.getByRole('button', { name: 'Escribir en el chat' }).click();
    await expect(assistant.tab('Chat')).toHaveAttribute('aria-selected', 'true');
    await expect(assistant.tab('Chat')).toBeFocused();
    const answer = await assistant.ask('¿Qué es la UVT?');
    await assistant.waitForAnswer(answer);
  });

  test('explains recognition failures in Spanish, with the next step', async ({ page }) => {
    await installSpeech(page, {
      voices: VOICES,
      recognitionScripts: [[{ error: 'no-speech' }], [{ error: 'network' }], [{ error: 'audio-capture' }]],
    });
    const assistant = await AssistantPage.opened(page);
    await assistant.selectTab('Voz');

    await assistant.talk.click();
    await expect(assistant.voiceProblem).toContainText('No escuchamos nada.');
    await expect(assistant.voiceProblem.getByRole('button')).toHaveCount(0);

    await assistant.talk.click();
    await expect(assistant.voiceProblem).toContainText(
      'El servicio de reconocimiento de voz del navegador no respondió',
    );
    // Offline mode has no server transcription: typing is the way forward, not recording.
    await expect(assistant.voiceProblem.getByRole('button', { name: 'Escribir en el chat' })).toBeVisible();
    await expect(assistant.voiceProblem.getByRole('button', { name: 'Grabar mi pregunta' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'with a voice problem shown');

    await assistant.talk.click();
    await expect(assistant.voiceProblem).toContainText('No encontramos un micrófono que funcione.');
    await expect(assistant.questions).toHaveCount(0);
  });

  test('a blocked microphone: explains how to allow it and offers typing', async ({ page }) => {
    await installSpeech(page, {
      voices: VOICES,
      permission: 'denied',
      getUserMedia: 'denied',
      recognitionScripts: [[{ error: 'not-allowed' }]],
    });
    const assistant = await AssistantPage.opened(page);
    await assistant.selectTab('Voz');
    await expect(assistant.voiceProblem).toContainText('El micrófono está bloqueado para esta página.');
    await expect(assistant.voiceProblem).toContainText('configuración del sitio');
    await expect(page.getByTestId('voice-permission-hint')).toHaveCount(0);

    await assistant.talk.click();
    await expect(assistant.talk).toHaveAttribute('aria-pressed', 'false');
    await expect(assistant.voiceProblem).toContainText('El micrófono está bloqueado para esta página.');
    await assistant.voiceProblem.getByRole('button', { name: 'Escribir en el chat' }).click();
    await expect(assistant.input).toBeVisible();
  });

  test('a permission revoked while listening stops it and says so', async ({ page }) => {
    await installSpeech(page, {
      voices: VOICES,
      permission: 'granted',
      recognitionScripts: [['wait-for-stop']],
    });
    const assistant = await AssistantPage.opened(page);
    await assistant.selectTab('Voz');
    await expect(assistant.voiceProblem).toHaveCount(0);
    await assistant.talk.click();
    await expect(assistant.talk).toHaveAttribute('aria-pressed', 'true');

    await setMicrophonePermission(page, 'denied');
    await expect(assistant.talk).toHaveAttribute('aria-pressed', 'false');
    await expect(assistant.voiceProblem).toContainText('Se retiró el permiso del micrófono');
    expect((await speechProbe(page)).recognitions[0]?.aborted).toBe(true);

    await setMicrophonePermission(page, 'granted');
    await expect(assistant.voiceProblem).toHaveCount(0);
    await expect(assistant.questions).toHaveCount(0);
  });
});

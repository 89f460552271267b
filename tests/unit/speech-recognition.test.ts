import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  getRecognitionConstructor,
  startRecognition,
  type RecognitionOutcome,
} from '../../lib/client/speech/recognition';
import { recognitionProblem, VOICE_MESSAGES } from '../../lib/client/speech/voice-errors';
import { FakeRecognition } from '../helpers/speech-fakes';

function listen() {
  const interim: string[] = [];
  const outcomes: RecognitionOutcome[] = [];
  const session = startRecognition(FakeRecognition, {
    onInterim: (text) => interim.push(text),
    onEnd: (outcome) => outcomes.push(outcome),
  });
  return { session, interim, outcomes, recognition: FakeRecognition.last() };
}

beforeEach(() => {
  FakeRecognition.instances = [];
});

describe('getRecognitionConstructor', () => {
  it('prefers the standard name, falls back to the webkit prefix, and reports none as unsupported', () => {
    class Standard {}
    class Prefixed {}
    expect(
      getRecognitionConstructor({ SpeechRecognition: Standard, webkitSpeechRecognition: Prefixed }),
    ).toBe(Standard);
    expect(getRecognitionConstructor({ webkitSpeechRecognition: Prefixed })).toBe(Prefixed);
    expect(getRecognitionConstructor({})).toBeUndefined();
    expect(
      getRecognitionConstructor({ SpeechRecognition: undefined, webkitSpeechRecognition: {} }),
    ).toBeUndefined();
  });
});

describe('startRecognition', () => {
  it('listens once, in Colombian Spanish, with interim results', () => {
    const { recognition } = listen();
    expect(recognition).toMatchObject({
      lang: 'es-CO',
      interimResults: true,
      continuous: false,
      maxAlternatives: 1,
      started: true,
    });
  });

  it('reports tentative text live and ends with the final text', () => {
    const { recognition, interim, outcomes } = listen();
    recognition.hear('cuándo', false);
    recognition.hear('cuándo vence', false, true);
    recognition.hear('¿Cuándo vence mi declaración?', true, true);
    expect(interim).toEqual(['cuándo', 'cuándo vence', '¿Cuándo vence mi declaración?']);
    expect(outcomes).toEqual([]);
    recognition.end();
    expect(outcomes).toEqual([{ kind: 'text', text: '¿Cuándo vence mi declaración?' }]);
  });

  it('joins several final results and keeps later tentative ones apart', () => {
    const { recognition, interim, outcomes } = listen();
    recognition.hear('hola', true);
    recognition.hear('quiero saber', false);
    expect(interim.at(-1)).toBe('hola quiero saber');
    recognition.hear('quiero saber mi fecha', true, true);
    recognition.end();
    expect(outcomes).toEqual([{ kind: 'text', text: 'hola quiero saber mi fecha' }]);
  });

  it('stop() lets the browser finish; what was shown is sent even if never marked final', () => {
    const { session, recognition, outcomes } = listen();
    recognition.hear('formulario 210', false);
    session.stop();
    expect(recognition.stopped).toBe(true);
    recognition.end();
    expect(outcomes).toEqual([{ kind: 'text', text: 'formulario 210' }]);
  });

  it('ends empty when nothing was heard and no error came', () => {
    const { recognition, outcomes } = listen();
    recognition.end();
    expect(outcomes).toEqual([{ kind: 'empty' }]);
  });

  it('ends with the error code the browser reported, once', () => {
    const { recognition, outcomes } = listen();
    recognition.hear('algo', false);
    recognition.fail('network');
    recognition.fail('aborted');
    recognition.end();
    recognition.end();
    expect(outcomes).toEqual([{ kind: 'error', code: 'network' }]);
  });

  it('abort() settles at once as aborted and ignores the late events', () => {
    const { session, recognition, outcomes, interim } = listen();
    session.abort();
    expect(recognition.aborted).toBe(true);
    expect(outcomes).toEqual([{ kind: 'error', code: 'aborted' }]);
    recognition.hear('tarde', true);
    recognition.end();
    expect(outcomes).toHaveLength(1);
    expect(interim).toEqual([]);
  });

  it('reports a start the browser refuses', () => {
    const start = vi.spyOn(FakeRecognition.prototype, 'start').mockImplementation(() => {
      throw new DOMException('already started', 'InvalidStateError');
    });
    const { outcomes } = listen();
    expect(outcomes).toEqual([{ kind: 'error', code: 'start-failed' }]);
    start.mockRestore();
  });
});

describe('recognitionProblem', () => {
  const withRecording = { canRecord: true };
  const withoutRecording = { canRecord: false };

  it('ignores our own abort', () => {
    expect(recognitionProblem('aborted', withRecording)).toBeUndefined();
  });

  it.each(['unsupported', 'service-not-allowed', 'network', 'language-not-supported'])(
    '%s offers recording with OpenAI and typing without it',
    (code) => {
      const record = recognitionProblem(code, withRecording);
      expect(record?.next).toBe('record');
      expect(record?.message).toMatch(/grabar tu pregunta/);
      const type = recognitionProblem(code, withoutRecording);
      expect(type?.next).toBe('type');
      expect(type?.message).toMatch(/pestaña Chat/);
    },
  );

  it('explains each failure in its own Spanish words', () => {
    const messages = [
      'unsupported',
      'service-not-allowed',
      'network',
      'language-not-supported',
      'not-allowed',
      'audio-capture',
      'no-speech',
      'bad-grammar',
    ].map((code) => recognitionProblem(code, withoutRecording)?.message);
    expect(new Set(messages).size).toBe(messages.length);
    expect(recognitionProblem('service-not-allowed', withoutRecording)?.message).toMatch(
      /pantalla de inicio/,
    );
    expect(recognitionProblem('network', withoutRecording)?.message).toMatch(/conexión a internet/);
    expect(recognitionProblem('language-not-supported', withoutRecording)?.message).toMatch(/español/);
  });

  it('sends a refused or missing microphone to typing, whatever the provider', () => {
    expect(recognitionProblem('not-allowed', withRecording)).toEqual({
      message: VOICE_MESSAGES.permissionDenied,
      next: 'type',
    });
    expect(recognitionProblem('audio-capture', withRecording)).toEqual({
      message: VOICE_MESSAGES.noMicrophone,
      next: 'type',
    });
  });

  it('asks to try again after silence or an unknown failure', () => {
    expect(recognitionProblem('no-speech', withRecording)).toEqual({
      message: VOICE_MESSAGES.noSpeech,
      next: 'retry',
    });
    expect(recognitionProblem('start-failed', withRecording)?.next).toBe('retry');
    expect(recognitionProblem('bad-grammar', withRecording)?.message).toMatch(/Inténtalo de nuevo/);
  });
});

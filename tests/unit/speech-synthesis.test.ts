import { describe, expect, it } from 'vitest';
import {
  createSpeaker,
  getSynthesis,
  MAX_CHUNK_CHARS,
  pickSpanishVoice,
  speechText,
  splitIntoChunks,
} from '../../lib/client/speech/synthesis';
import { FakeSynthesis, FakeUtterance } from '../helpers/speech-fakes';

const voice = (lang: string, name = lang) => ({ lang, name });

describe('pickSpanishVoice', () => {
  it('prefers Colombian Spanish, however the platform spells it', () => {
    const voices = [voice('en-US'), voice('es-ES'), voice('es-MX'), voice('es-CO', 'Colombia')];
    expect(pickSpanishVoice(voices)?.name).toBe('Colombia');
    expect(pickSpanishVoice([voice('es-ES'), voice('es_CO', 'Android')])?.name).toBe('Android');
  });

  it('then other American Spanish over Castilian, then any Spanish', () => {
    expect(pickSpanishVoice([voice('es-ES'), voice('es-US'), voice('fr-FR')])?.lang).toBe('es-US');
    expect(pickSpanishVoice([voice('en-GB'), voice('es-ES')])?.lang).toBe('es-ES');
    expect(pickSpanishVoice([voice('es')])?.lang).toBe('es');
  });

  it('finds none without a Spanish voice (not even one whose name starts with "es")', () => {
    expect(pickSpanishVoice([voice('en-US'), voice('et-EE'), voice('eu-ES')])).toBeUndefined();
    expect(pickSpanishVoice([])).toBeUndefined();
  });
});

describe('splitIntoChunks', () => {
  it('reads one sentence per utterance, keeping numbers and inverted marks intact', () => {
    expect(splitIntoChunks('¿Debes declarar? Sí. El tope es 1.400 UVT… Revisa tu caso!\nFin')).toEqual([
      '¿Debes declarar?',
      'Sí.',
      'El tope es 1.400 UVT…',
      'Revisa tu caso!',
      'Fin',
    ]);
  });

  it('cuts a long sentence at a clause, or between words, never over the limit', () => {
    const clause =
      'Si tus ingresos brutos del año gravable superaron el tope que fija la ley para este periodo fiscal,';
    const long = `${clause} ${'debes presentar la declaración de renta antes de tu fecha de vencimiento '.repeat(4).trim()}.`;
    const chunks = splitIntoChunks(long);
    expect(chunks[0]).toBe(clause);
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
    expect(chunks.join(' ')).toBe(long);
  });

  it('drops empty text', () => {
    expect(splitIntoChunks('  \n\n ')).toEqual([]);
  });
});

describe('speechText', () => {
  it('reads plain text: no markdown, link labels only, bare addresses as their host', () => {
    expect(
      speechText(
        '**Importante:** consulta [el calendario](https://www.dian.gov.co/x) o https://www.dian.gov.co/a?b=1.',
      ),
    ).toBe('Importante: consulta el calendario o www.dian.gov.co.');
  });
});

describe('getSynthesis', () => {
  it('needs both speechSynthesis and the utterance constructor', () => {
    const synthesis = new FakeSynthesis();
    expect(getSynthesis({ speechSynthesis: synthesis, SpeechSynthesisUtterance: FakeUtterance })).toEqual({
      synthesis,
      Utterance: FakeUtterance,
    });
    expect(getSynthesis({ speechSynthesis: synthesis })).toBeUndefined();
    expect(getSynthesis({ SpeechSynthesisUtterance: FakeUtterance })).toBeUndefined();
  });
});

describe('createSpeaker', () => {
  function setup(voices = [voice('en-US'), voice('es-CO')]) {
    const synthesis = new FakeSynthesis(voices);
    const states: boolean[] = [];
    const speaker = createSpeaker({ synthesis, Utterance: FakeUtterance }, (speaking) =>
      states.push(speaking),
    );
    return { synthesis, speaker, states };
  }

  it('reads an answer as sentence utterances in the Spanish voice', () => {
    const { synthesis, speaker, states } = setup();
    speaker.speak('Hola. ¿Cómo estás?');
    expect(synthesis.texts).toEqual(['Hola.', '¿Cómo estás?']);
    expect(synthesis.spoken.map((utterance) => [utterance.lang, utterance.voice?.lang])).toEqual([
      ['es-CO', 'es-CO'],
      ['es-CO', 'es-CO'],
    ]);
    expect(states).toEqual([true]);
    synthesis.spoken[0]?.onend?.({});
    expect(states).toEqual([true]);
    synthesis.spoken[1]?.onend?.({});
    expect(states).toEqual([true, false]);
  });

  it('picks the voice once the browser loads its voices (voiceschanged)', () => {
    const { synthesis, speaker } = setup([]);
    speaker.speak('Antes.');
    expect(synthesis.spoken[0]).toMatchObject({ voice: null, lang: 'es-CO' });
    synthesis.loadVoices([voice('es-MX'), voice('en-US')]);
    speaker.speak('Después.');
    expect(synthesis.spoken[1]?.voice?.lang).toBe('es-MX');
  });

  it('cancels what it was reading before the next answer and on request', () => {
    const { synthesis, speaker, states } = setup();
    speaker.speak('Primera.');
    const first = synthesis.spoken[0];
    speaker.speak('Segunda.');
    expect(synthesis.cancels).toBe(2);
    // The interrupted utterance's late error must not end the new reading.
    first?.onerror?.({});
    expect(states).toEqual([true, false, true]);
    speaker.cancel();
    expect(states).toEqual([true, false, true, false]);
    expect(synthesis.cancels).toBe(3);
  });

  it('unlocks with one silent utterance, only the first time', () => {
    const { synthesis, speaker } = setup();
    speaker.unlock();
    speaker.unlock();
    expect(synthesis.spoken).toHaveLength(1);
    expect(synthesis.spoken[0]).toMatchObject({ text: '', volume: 0 });
  });

  it('stops listening for voices when disposed', () => {
    const { synthesis, speaker } = setup();
    expect(synthesis.listenerCount).toBe(1);
    speaker.dispose();
    expect(synthesis.listenerCount).toBe(0);
  });
});

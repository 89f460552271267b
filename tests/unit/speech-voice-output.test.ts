import { describe, expect, it } from 'vitest';
import { createPanelStore } from '../../lib/client/panel-store';
import { createVoiceOutput } from '../../lib/client/speech/voice-output';
import type { TransportListener } from '../../lib/client/transport';
import type { ServerEvent } from '../../lib/protocol';
import { FakeSynthesis, FakeUtterance } from '../helpers/speech-fakes';

function setup({ supported = true } = {}) {
  let listener: TransportListener | undefined;
  const assistant = createPanelStore((given) => {
    listener = given;
    return { connect: () => undefined, send: () => true, close: () => undefined };
  });
  assistant.getState().open();
  const synthesis = new FakeSynthesis([{ lang: 'es-CO', name: 'Colombia' }]);
  const output = createVoiceOutput(
    supported ? { speechSynthesis: synthesis, SpeechSynthesisUtterance: FakeUtterance } : {},
  );
  const detach = output.getState().attach(assistant);
  const receive = (event: ServerEvent) => listener?.onEvent(event);
  let seq = 1;
  /** Asks a question and streams its answer to the end; returns the message id. */
  const answer = (text: string, stopped = false) => {
    assistant.getState().send('pregunta');
    const { id } = assistant.getState().messages.at(-1) as { id: string };
    receive({ type: 'delta', id, delta: text.slice(0, 5), seq: (seq += 1) });
    receive({ type: 'response', id, message: text, seq: (seq += 1), ...(stopped ? { stopped } : {}) });
    return id;
  };
  return { assistant, synthesis, output, detach, receive, answer };
}

describe('voice output', () => {
  it('reads each finished answer once, as plain text, while the tab is shown', () => {
    const { synthesis, output, answer, receive } = setup();
    output.getState().setActive(true);
    const id = answer('**Sí.** Debes declarar.');
    expect(synthesis.texts).toEqual(['Sí.', 'Debes declarar.']);
    expect(output.getState().speaking).toBe(true);
    // The same final answer again (e.g. replayed after a reconnect) is not read twice.
    receive({ type: 'response', id, message: '**Sí.** Debes declarar.', seq: 99 });
    expect(synthesis.texts).toHaveLength(2);
  });

  it('stays silent while the tab is hidden, reading is off, or the answer was stopped', () => {
    const { synthesis, output, answer } = setup();
    answer('Oculta.');
    output.getState().setActive(true);
    output.getState().setEnabled(false);
    answer('Apagada.');
    output.getState().setEnabled(true);
    answer('Detenida.', true);
    expect(synthesis.texts).toEqual([]);
    answer('Leída.');
    expect(synthesis.texts).toEqual(['Leída.']);
  });

  it('falls silent on a new question, on "Detener lectura", when turned off and when the tab is hidden', () => {
    const { synthesis, output, answer, assistant } = setup();
    const state = output.getState;
    state().setActive(true);
    const silencedBy = (action: () => void) => {
      answer('Una respuesta.');
      expect(state().speaking).toBe(true);
      const before = synthesis.cancels;
      action();
      expect(synthesis.cancels).toBeGreaterThan(before);
      expect(state().speaking).toBe(false);
    };
    silencedBy(() => assistant.getState().send('otra pregunta'));
    silencedBy(() => state().stop());
    silencedBy(() => state().setEnabled(false));
    state().setEnabled(true);
    silencedBy(() => state().setActive(false));
  });

  it('unlocks speech with a silent utterance and stops following the assistant once detached', () => {
    const { synthesis, output, answer, detach } = setup();
    output.getState().setActive(true);
    output.getState().unlock();
    expect(synthesis.spoken).toEqual([expect.objectContaining({ text: '', volume: 0 })]);
    detach();
    answer('Después.');
    expect(synthesis.texts).toEqual([]);
  });

  it('reports when the browser cannot speak, with reading off', () => {
    const { output } = setup({ supported: false });
    expect(output.getState()).toMatchObject({ supported: false, enabled: false });
  });
});

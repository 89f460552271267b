'use client';

import { createContext, useContext, useEffect, useId, useRef, type ReactNode } from 'react';
import { durationInSpanish, type PrivacyFacts } from '@/lib/privacy/retention';
import { useAssistant } from './PanelStoreProvider';

interface PrivacyNoticeControl {
  facts: PrivacyFacts;
  show(): void;
}

const PrivacyNoticeContext = createContext<PrivacyNoticeControl | null>(null);

export function PrivacyNoticeProvider({
  value,
  children,
}: {
  value: PrivacyNoticeControl;
  children: ReactNode;
}) {
  return <PrivacyNoticeContext.Provider value={value}>{children}</PrivacyNoticeContext.Provider>;
}

function usePrivacyNotice(): PrivacyNoticeControl {
  const control = useContext(PrivacyNoticeContext);
  if (!control) throw new Error('usePrivacyNotice must be used inside <PrivacyNoticeProvider>');
  return control;
}

/** Opens the notice; focus comes back here when it closes. */
export function PrivacyNoticeButton() {
  const { show } = usePrivacyNotice();
  return (
    <button
      type="button"
      onClick={show}
      data-testid="privacy-notice-open"
      className="min-h-touch shrink-0 px-1 text-xs font-semibold text-dian-blue underline underline-offset-2"
    >
      Aviso de privacidad
    </button>
  );
}

/**
 * "Aviso de privacidad": what the assistant keeps of a conversation, where, for how long, what the logs
 * hold and on what legal basis, said plainly; and the control that erases it everywhere at once. Shown in
 * place of the tabs (the header stays); Escape or «Volver» goes back.
 */
export function PrivacyNotice({ onBack, onErase }: { onBack: () => void; onErase: () => void }) {
  const titleId = useId();
  const { facts } = usePrivacyNotice();
  const provider = useAssistant((state) => state.provider);
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => titleRef.current?.focus(), []);

  const where =
    facts.store === 'redis'
      ? 'en la base de datos de sesiones del servicio (Redis), que comparten sus servidores'
      : 'en la memoria del servidor del asistente';
  return (
    <section
      role="dialog"
      aria-labelledby={titleId}
      data-testid="privacy-notice"
      onKeyDown={(event) => {
        // Back to the conversation, not out of the panel.
        if (event.key === 'Escape') {
          event.stopPropagation();
          onBack();
        }
      }}
      className="flex min-h-0 flex-1 flex-col bg-surface sm:rounded-b-card"
    >
      {/* Focusable so a keyboard can scroll it on a short screen. */}
      <div
        tabIndex={0}
        role="region"
        aria-label="Texto del aviso"
        className="flex-1 overflow-y-auto px-4 py-3 text-sm leading-relaxed text-ink"
      >
        <h3 id={titleId} ref={titleRef} tabIndex={-1} className="text-base font-bold">
          Aviso de privacidad
        </h3>
        <h4 className="mt-3 font-semibold">Qué se guarda</h4>
        <p>
          Las preguntas de esta conversación, con tus datos personales ya ocultos (por ejemplo, «[cédula
          oculta]»), y las respuestas. Antes de enviar una pregunta te mostramos qué se va a ocultar. La
          conversación se asocia a una cookie técnica de este navegador, no a tu nombre ni a tu documento.
        </p>
        <h4 className="mt-3 font-semibold">Dónde</h4>
        <p>
          Se guarda {where}.{' '}
          {provider === 'local'
            ? 'Ahora el asistente responde con su propia base de conocimiento: tus preguntas no se envían a ningún servicio externo.'
            : 'Cuando el asistente responde con inteligencia artificial, la conversación también se guarda en OpenAI (su servicio de conversaciones), que redacta las respuestas.'}
        </p>
        <h4 className="mt-3 font-semibold">Por cuánto tiempo</h4>
        <p data-testid="privacy-notice-retention">
          Mientras tengas esta página abierta con el asistente conectado, y hasta{' '}
          {durationInSpanish(facts.sessionTtlSeconds)} sin actividad después de cerrarla o de que se
          desconecte. Pasado ese tiempo se borra, también en OpenAI. «Nueva conversación» también la borra (en
          el servidor y en OpenAI) y empieza otra.
        </p>
        <h4 className="mt-3 font-semibold">Registros técnicos</h4>
        <p>
          Los registros del servidor no guardan el texto de tus preguntas ni de las respuestas: solo datos de
          funcionamiento, como cuánto tardó una respuesta o qué tipo de dato se ocultó (nunca el dato).
        </p>
        <h4 className="mt-3 font-semibold">Tus derechos</h4>
        <p>
          Tratamos estos datos según la Ley 1581 de 2012 (habeas data): puedes conocerlos, actualizarlos,
          rectificarlos y pedir que se supriman. «Borrar mi conversación» los suprime de inmediato en todas
          partes: en el servidor, en OpenAI y en este navegador. Con el asistente minimizado, el mismo botón
          se llama «Cerrar y borrar».
        </p>
        <p className="mt-3 text-ink-muted">
          Sitio de demostración: no es el portal oficial de la DIAN ni uno de sus canales de atención.
        </p>
      </div>
      <div className="flex flex-wrap gap-2 border-t border-line px-3 pt-2 pb-[max(0.5rem,env(safe-area-inset-bottom))]">
        <button
          type="button"
          onClick={onErase}
          data-testid="privacy-notice-erase"
          className="min-h-touch rounded-md border-2 border-danger px-3 font-semibold text-danger"
        >
          Borrar mi conversación
        </button>
        <button
          type="button"
          onClick={onBack}
          data-testid="privacy-notice-back"
          className="on-dark min-h-touch rounded-md bg-dian-blue px-3 font-semibold text-white"
        >
          Volver
        </button>
      </div>
    </section>
  );
}

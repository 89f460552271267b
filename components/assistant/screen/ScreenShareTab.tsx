'use client';

import { useEffect, useId, useRef } from 'react';
import { SCREEN_SHARE_MESSAGES } from '@/lib/client/screen-share';
import { useScreenShare, type ScreenShareState } from './useScreenShare';

const LOCAL_ONLY_LABEL = 'Vista previa local: lo que compartes no se envía al asistente ni a la DIAN.';

const STATUS_TEXT: Record<ScreenShareState['status'], string> = {
  idle: '',
  starting: 'Elige en la ventana de tu navegador qué quieres mostrar.',
  sharing: 'Estás compartiendo la pantalla.',
};

function ScreenPreview({ stream, describedBy }: { stream: MediaStream; describedBy: string }) {
  const videoRef = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    video.srcObject = stream;
    return () => {
      video.srcObject = null;
    };
  }, [stream]);

  return (
    <video
      ref={videoRef}
      muted
      playsInline
      autoPlay
      aria-label="Vista previa de tu pantalla compartida"
      aria-describedby={describedBy}
      // Below the explanation, a narrow panel would hide the preview and its label until scrolled to.
      onLoadedMetadata={(event) => event.currentTarget.parentElement?.scrollIntoView({ block: 'nearest' })}
      data-testid="screen-share-preview"
      className="block h-auto max-h-[50dvh] w-full max-w-full rounded-card border border-line bg-ink object-contain"
    />
  );
}

/** Demonstration mode: shows the shared screen locally only, as the original prototype did. */
export function ScreenShareTab() {
  const labelId = useId();
  const { supported, state, start, stop } = useScreenShare();
  const status = state.status === 'idle' ? (state.notice ?? '') : STATUS_TEXT[state.status];

  return (
    <div className="min-h-0 flex-1 overflow-y-auto px-3 py-3 text-sm" data-testid="screen-share">
      <div className="rounded-card bg-dian-sky p-3">
        <p>
          Muestra tu pantalla a quien te acompaña mientras sigues los pasos del asistente, por ejemplo en una
          asesoría o una demostración. Es solo una vista previa en este dispositivo: no se envía al asistente
          ni a la DIAN.
        </p>
        <p className="mt-2 font-semibold">
          Antes de empezar, cierra contraseñas, documentos y datos bancarios que no quieras mostrar.
        </p>
      </div>

      {supported === false && (
        <p className="mt-3 rounded-card border border-line p-3" data-testid="screen-share-unsupported">
          {SCREEN_SHARE_MESSAGES.unsupported}
        </p>
      )}

      {supported && (
        <>
          {/* One button element whose action changes, so keyboard focus stays on it when sharing starts or stops. */}
          <button
            type="button"
            onClick={state.status === 'sharing' ? stop : start}
            aria-describedby={state.status === 'sharing' ? labelId : undefined}
            data-testid={state.status === 'sharing' ? 'screen-share-stop' : 'screen-share-start'}
            className={`mt-3 min-h-touch w-full rounded-md px-4 font-semibold ${
              state.status === 'sharing'
                ? 'border-2 border-dian-blue text-dian-blue'
                : 'on-dark bg-dian-blue text-white'
            }`}
          >
            {state.status === 'sharing' ? 'Dejar de compartir' : 'Compartir pantalla'}
          </button>
          <p role="status" className="mt-2 min-h-6 text-ink-muted" data-testid="screen-share-status">
            {status}
          </p>
          {state.status === 'idle' && state.error && (
            <p role="alert" className="mt-2 font-semibold text-danger" data-testid="screen-share-error">
              {state.error}
            </p>
          )}
          {state.status === 'sharing' && (
            <figure className="mt-2">
              <figcaption
                id={labelId}
                className="mb-2 rounded-md bg-dian-yellow-soft p-2 font-semibold text-ink"
                data-testid="screen-share-label"
              >
                {LOCAL_ONLY_LABEL}
              </figcaption>
              <ScreenPreview stream={state.stream} describedBy={labelId} />
            </figure>
          )}
        </>
      )}
    </div>
  );
}

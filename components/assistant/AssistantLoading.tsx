/** Shown where the panel will appear while its code downloads (a slow phone network can take seconds). */
export function AssistantLoading() {
  return (
    <div
      role="status"
      data-testid="assistant-loading"
      className="fixed right-[max(1rem,env(safe-area-inset-right))] bottom-[max(1rem,env(safe-area-inset-bottom))] z-50 flex min-h-launcher items-center gap-2 rounded-full border-2 border-dian-blue-dark bg-surface px-5 font-semibold text-dian-blue-dark shadow-card"
    >
      <span aria-hidden="true" className="size-3 rounded-full motion-safe:animate-pulse bg-dian-blue-dark" />
      Cargando el asistente…
    </div>
  );
}

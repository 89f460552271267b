const KEY_FACTS = [
  { term: 'UVT 2025', detail: '$49.799', note: 'Valor con el que se liquida el año gravable 2025.' },
  {
    term: 'Plazos en 2026',
    detail: '12 de agosto al 26 de octubre',
    note: 'Según los dos últimos dígitos del NIT.',
  },
  { term: 'Formulario', detail: '210', note: 'Personas naturales residentes.' },
] as const;

export function Hero() {
  return (
    <section aria-labelledby="titulo-principal" data-testid="hero" className="bg-dian-sky">
      <div className="site-container grid gap-8 py-10 sm:py-14 lg:grid-cols-[3fr_2fr] lg:items-center">
        <div>
          <p className="text-sm font-semibold tracking-wide text-dian-blue uppercase">
            Año gravable 2025 · se declara en 2026
          </p>
          <h1
            id="titulo-principal"
            className="mt-2 text-3xl leading-tight font-extrabold text-balance text-dian-blue sm:text-4xl lg:text-5xl"
          >
            Ayuda para tu declaración de renta
          </h1>
          <p className="mt-4 max-w-prose text-lg text-ink">
            Aquí encuentras lo esencial para declarar renta como persona natural: si debes declarar, qué
            formulario usar, cuándo vence tu plazo y cómo pagar.
          </p>
          <p className="mt-3 max-w-prose text-lg text-ink">
            ¿Tienes una duda concreta? Pregúntale al <strong>asistente virtual</strong> con el botón de la
            esquina inferior derecha de la pantalla. Puedes escribirle o, si tu navegador lo permite, hacerle
            la pregunta en voz alta.
          </p>
        </div>

        <dl className="grid gap-px overflow-hidden rounded-card border border-line bg-line shadow-card sm:grid-cols-3 lg:grid-cols-1">
          {KEY_FACTS.map((fact) => (
            <div key={fact.term} className="flex flex-col bg-surface px-5 py-4">
              <dt className="text-sm font-semibold text-ink-muted">{fact.term}</dt>
              <dd className="text-xl font-bold text-dian-blue">{fact.detail}</dd>
              <dd className="text-sm text-ink-muted">{fact.note}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}

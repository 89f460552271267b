const SECTION_LINKS = [
  { href: '#temas', label: 'Temas de ayuda' },
  { href: '#preguntas', label: 'Preguntas frecuentes' },
  { href: '#canales', label: 'Canales oficiales' },
] as const;

export function SiteHeader() {
  return (
    <header data-testid="site-header">
      {/* Said first, before any DIAN styling, so nobody mistakes this demo for the official portal. */}
      <p className="bg-dian-yellow text-sm font-medium text-ink">
        <span className="site-container block py-2 pt-[max(0.5rem,env(safe-area-inset-top))]">
          Sitio de demostración: no es el portal oficial de la DIAN.
        </span>
      </p>

      <div className="on-dark border-b-4 border-dian-yellow bg-dian-blue text-white">
        <div className="site-container flex flex-wrap items-center justify-between gap-x-8 gap-y-1 py-3">
          <p className="flex items-center gap-3 py-1">
            <span className="text-3xl leading-none font-extrabold tracking-[0.14em]">DIAN</span>
            <span aria-hidden="true" className="h-7 w-px bg-dian-mist" />
            <span className="text-base leading-tight font-semibold text-dian-mist">Asistente de renta</span>
          </p>

          <nav aria-label="Secciones de esta página" className="-mx-2 sm:-mx-3">
            <ul role="list" className="flex flex-wrap">
              {SECTION_LINKS.map((link) => (
                <li key={link.href}>
                  <a
                    href={link.href}
                    className="inline-flex min-h-touch items-center rounded-md px-2 text-sm sm:px-3 font-semibold underline-offset-4 hover:underline hover:decoration-dian-yellow hover:decoration-2"
                  >
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}

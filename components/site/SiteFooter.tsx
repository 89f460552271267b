import { ExternalLink } from './ExternalLink';
import { OFFICIAL_LINKS } from './official-links';

const OFFICIAL_CHANNELS = [
  { href: OFFICIAL_LINKS.portal, label: 'Portal de la DIAN (dian.gov.co)' },
  { href: OFFICIAL_LINKS.rentaMicrosite, label: 'Renta personas naturales, año gravable 2025' },
  { href: OFFICIAL_LINKS.calendar, label: 'Calendario tributario' },
  { href: OFFICIAL_LINKS.suggestedReturn, label: 'Declaración sugerida' },
  { href: OFFICIAL_LINKS.selfServiceChannels, label: 'ABC de los canales de autogestión' },
] as const;

export function SiteFooter() {
  return (
    <footer data-testid="site-footer" className="on-dark bg-dian-blue-dark text-white">
      {/* The bottom padding keeps the last lines clear of the floating assistant launcher. */}
      <div className="site-container pt-10 pb-[calc(var(--spacing-launcher-clearance)+env(safe-area-inset-bottom))]">
        <section id="canales" aria-labelledby="canales-titulo">
          <h2 id="canales-titulo" className="text-xl font-bold">
            Canales oficiales de la DIAN
          </h2>
          <ul role="list" className="mt-3 grid gap-x-8 sm:grid-cols-2 lg:grid-cols-3">
            {OFFICIAL_CHANNELS.map((channel) => (
              <li key={channel.href}>
                <ExternalLink
                  href={channel.href}
                  className="inline-block min-h-touch py-2.5 text-white underline decoration-dian-yellow decoration-1 underline-offset-4 hover:decoration-2"
                >
                  {channel.label}
                </ExternalLink>
              </li>
            ))}
          </ul>
        </section>

        <div className="mt-8 space-y-1 border-t border-dian-mist/40 pt-6 text-sm text-dian-mist">
          <p className="font-semibold text-white">
            Sitio de demostración: no es el portal oficial de la DIAN.
          </p>
          <p>Información de referencia; no constituye un concepto oficial de la DIAN.</p>
          <p>
            Cifras consultadas en noviembre de 2026. Antes de declarar, confírmalas en los canales oficiales.
          </p>
        </div>
      </div>
    </footer>
  );
}

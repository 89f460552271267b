import { ExternalLink } from './ExternalLink';
import { OFFICIAL_LINKS } from './official-links';

type HelpTopic = {
  id: string;
  title: string;
  summary: string;
  href: string;
  // Distinct link text per card: a list of identical “Ver más” links is meaningless out of context.
  linkLabel: string;
};

const TOPICS: readonly HelpTopic[] = [
  {
    id: 'debo-declarar',
    title: '¿Debo declarar?',
    summary:
      'Por el año gravable 2025 declaras si cumples al menos una condición; por ejemplo, un patrimonio bruto a 31 de diciembre superior a 4.500 UVT ($224.095.500) o ingresos brutos de 1.400 UVT ($69.718.600) o más.',
    href: OFFICIAL_LINKS.rentaMicrosite,
    linkLabel: 'Requisitos en el micrositio de renta',
  },
  {
    id: 'formulario-210',
    title: 'Formulario 210',
    summary:
      'Es el formulario de renta de las personas naturales residentes y de las sucesiones ilíquidas de causantes residentes, que depura los ingresos por cédulas. Si no eres residente fiscal, usas el formulario 110.',
    href: OFFICIAL_LINKS.rentaMicrosite,
    linkLabel: 'Guía del formulario 210',
  },
  {
    id: 'calendario',
    title: 'Calendario y plazos',
    summary:
      'Para el año gravable 2025 los plazos van del 12 de agosto al 26 de octubre de 2026 y dependen de los dos últimos dígitos de tu NIT, sin el dígito de verificación.',
    href: OFFICIAL_LINKS.calendar,
    linkLabel: 'Calendario tributario oficial',
  },
  {
    id: 'declaracion-sugerida',
    title: 'Declaración sugerida',
    summary:
      'Es un borrador que la DIAN prellena con la información que le reportan terceros (información exógena). Usarla es opcional: revisa cada dato y corrígelo antes de presentarla.',
    href: OFFICIAL_LINKS.suggestedReturn,
    linkLabel: 'Consultar la declaración sugerida',
  },
  {
    id: 'pagar-490',
    title: 'Cómo pagar (formulario 490)',
    summary:
      'Con el recibo oficial de pago 490 pagas en línea por PSE o con tarjeta de crédito, o lo imprimes y pagas en un banco autorizado. Si presentas a tiempo y pagas después, se causan intereses de mora.',
    href: OFFICIAL_LINKS.selfServiceChannels,
    linkLabel: 'Canales de autogestión y pago',
  },
  {
    id: 'firma-electronica',
    title: 'Firma electrónica',
    summary:
      'Para presentar la declaración en línea necesitas estar inscrito en el RUT, tener cuenta de usuario en el portal transaccional (MUISCA) y la firma electrónica, que es válida por tres años.',
    href: OFFICIAL_LINKS.rentaMicrosite,
    linkLabel: 'Cómo presentar en línea',
  },
];

export function HelpTopics() {
  return (
    <section
      id="temas"
      aria-labelledby="temas-titulo"
      data-testid="help-topics"
      className="site-container py-10 sm:py-14"
    >
      <h2 id="temas-titulo" className="text-2xl font-bold text-dian-blue sm:text-3xl">
        Temas de ayuda
      </h2>
      <p className="mt-2 max-w-prose text-ink-muted">
        Lo básico para declarar por el año gravable 2025, con enlace a la página oficial de la DIAN de cada
        tema.
      </p>

      <ul role="list" className="mt-8 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
        {TOPICS.map((topic) => (
          <li
            key={topic.id}
            data-testid={`help-topic-${topic.id}`}
            className="flex flex-col rounded-card border border-line border-t-4 border-t-dian-yellow bg-surface p-5 shadow-card"
          >
            <h3 className="text-lg font-bold text-dian-blue">{topic.title}</h3>
            <p className="mt-2 grow text-ink">{topic.summary}</p>
            <ExternalLink
              href={topic.href}
              className="mt-1 inline-block min-h-touch self-start py-2.5 font-semibold text-dian-blue underline decoration-1 underline-offset-4 hover:decoration-2"
            >
              {topic.linkLabel}
            </ExternalLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

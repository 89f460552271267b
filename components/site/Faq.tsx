import type { ReactNode } from 'react';

import { ExternalLink } from './ExternalLink';
import { OFFICIAL_LINKS } from './official-links';

type FaqItem = {
  id: string;
  question: string;
  answer: ReactNode;
};

const standaloneLinkClass =
  'inline-block min-h-touch py-2.5 font-semibold text-dian-blue underline decoration-1 underline-offset-4 hover:decoration-2';

const FAQ_ITEMS: readonly FaqItem[] = [
  {
    id: 'quien-declara',
    question: '¿Quién debe declarar renta por el año gravable 2025?',
    answer: (
      <>
        <p>
          Las personas naturales que cumplan <strong>al menos una</strong> de estas condiciones en 2025
          (valores con la UVT de 2025, $49.799):
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>Patrimonio bruto a 31 de diciembre de 2025 superior a 4.500 UVT ($224.095.500).</li>
          <li>Ingresos brutos iguales o superiores a 1.400 UVT ($69.718.600).</li>
          <li>Consumos con tarjeta de crédito superiores a 1.400 UVT.</li>
          <li>Compras y consumos totales superiores a 1.400 UVT.</li>
          <li>Consignaciones bancarias, depósitos o inversiones financieras superiores a 1.400 UVT.</li>
          <li>Ser responsable del IVA a 31 de diciembre de 2025.</li>
        </ul>
        <p className="mt-2">Los topes se calculan con la UVT del año que se declara, no con la de 2026.</p>
      </>
    ),
  },
  {
    id: 'que-es-uvt',
    question: '¿Qué es la UVT y cuánto vale?',
    answer: (
      <p>
        La Unidad de Valor Tributario es la medida en la que se expresan los topes, las sanciones y otros
        valores tributarios; la DIAN la actualiza cada año por resolución. Para 2025 vale $49.799 (Resolución
        000193 de 2024) y para 2026, $52.374 (Resolución 000238 de 2025).
      </p>
    ),
  },
  {
    id: 'plazos',
    question: '¿Cuándo vence mi plazo para declarar?',
    answer: (
      <>
        <p>
          Depende de los dos últimos dígitos de tu NIT, sin el dígito de verificación. Para el año gravable
          2025 los plazos en 2026 van del 12 de agosto al 26 de octubre:
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>Terminados en 01 a 26: en agosto (desde el 12 de agosto).</li>
          <li>Terminados en 27 a 66: en septiembre.</li>
          <li>Terminados en 67 a 00: en octubre (hasta el 26 de octubre).</li>
        </ul>
        {/* A standalone link rather than one inside the sentence, so it keeps a 44 px touch target. */}
        <ExternalLink href={OFFICIAL_LINKS.calendar} className={standaloneLinkClass}>
          Consulta tu fecha exacta en el calendario tributario de la DIAN
        </ExternalLink>
      </>
    ),
  },
  {
    id: 'formulario',
    question: '¿Qué formulario debo usar?',
    answer: (
      <p>
        Si eres residente fiscal en Colombia, el formulario 210. Si no eres residente, el formulario 110.
        Aparte, si a 1 de enero del año en que declaras tenías activos en el exterior por más de 2.000 UVT,
        también presentas el formulario 160 de activos en el exterior.
      </p>
    ),
  },
  {
    id: 'requisitos-en-linea',
    question: '¿Qué necesito para presentar la declaración en línea?',
    answer: (
      <p>
        Las personas naturales residentes deben presentarla en línea (Resolución DIAN 000139 de 2023). Para
        eso necesitas estar inscrito en el RUT, tener tu cuenta de usuario en el portal transaccional (MUISCA)
        y la firma electrónica, que es válida por tres años. Puedes partir de la declaración sugerida que
        prepara la DIAN y corregir lo que haga falta.
      </p>
    ),
  },
  {
    id: 'declarar-tarde',
    question: '¿Qué pasa si declaro después del plazo?',
    answer: (
      <p>
        Puedes presentarla de forma extemporánea, pero pagas una sanción: el 5 % del impuesto a cargo por cada
        mes o fracción de retraso, hasta el 100 % del impuesto; si no hay impuesto a cargo, se calcula sobre
        los ingresos brutos. La sanción mínima es de 10 UVT ($524.000 en 2026, aproximado al múltiplo de mil).
        Si no alcanzas a pagar, presenta a tiempo de todas formas: sobre lo que pagues después solo se causan
        intereses de mora.
      </p>
    ),
  },
];

export function Faq() {
  return (
    <section id="preguntas" aria-labelledby="preguntas-titulo" data-testid="faq" className="bg-surface-muted">
      <div className="site-container py-10 sm:py-14">
        <h2 id="preguntas-titulo" className="text-2xl font-bold text-dian-blue sm:text-3xl">
          Preguntas frecuentes
        </h2>
        <p className="mt-2 max-w-prose text-ink-muted">
          Respuestas cortas; el asistente virtual puede ayudarte con tu caso particular.
        </p>

        <div className="mt-8 max-w-3xl space-y-3">
          {FAQ_ITEMS.map((item) => (
            <details
              key={item.id}
              data-testid={`faq-item-${item.id}`}
              className="group rounded-card border border-line-strong bg-surface"
            >
              <summary className="flex min-h-touch cursor-pointer list-none items-center justify-between gap-4 rounded-card px-4 py-3 font-semibold text-dian-blue [&::-webkit-details-marker]:hidden">
                <span>{item.question}</span>
                <svg
                  aria-hidden="true"
                  focusable="false"
                  viewBox="0 0 20 20"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                  className="size-5 shrink-0 transition-transform duration-200 group-open:rotate-180"
                >
                  <path d="m5 8 5 5 5-5" />
                </svg>
              </summary>
              <div className="border-t border-line px-4 pt-3 pb-4 text-ink">{item.answer}</div>
            </details>
          ))}
        </div>
      </div>
    </section>
  );
}

/**
 * The official pages the tax tools cite. Kept apart from the knowledge entries so that a tool result
 * (offline or sent to the model) carries the same links the entries show.
 */
export interface OfficialSource {
  readonly title: string;
  readonly url: string;
}

export const OFFICIAL_SOURCES = {
  estatuto: {
    title: 'Estatuto Tributario (normograma DIAN)',
    url: 'https://normograma.dian.gov.co/dian/compilacion/docs/estatuto_tributario.htm',
  },
  dur: {
    title: 'Decreto 1625 de 2016, Único Reglamentario en Materia Tributaria (normograma DIAN)',
    url: 'https://normograma.dian.gov.co/dian/compilacion/docs/decreto_1625_2016.htm',
  },
  decretoPlazos: {
    title: 'Decreto 2229 de 2023, plazos para declarar y pagar (normograma DIAN)',
    url: 'https://normograma.dian.gov.co/dian/compilacion/docs/decreto_2229_2023.htm',
  },
  calendario: {
    title: 'Calendario tributario (DIAN)',
    url: 'https://www.dian.gov.co/Paginas/CalendarioTributario.aspx',
  },
  rentaAg2025: {
    title: 'Renta personas naturales, año gravable 2025 (micrositio DIAN)',
    url: 'https://micrositios.dian.gov.co/renta-personas-naturales-ag-2025/',
  },
  sugerida: {
    title: 'Declaración sugerida (DIAN)',
    url: 'https://www.dian.gov.co/tramitesservicios/Paginas/declaracionsugerida.aspx',
  },
  autogestion: {
    title: 'ABC de los canales de autogestión (DIAN)',
    url: 'https://www.dian.gov.co/Prensa/Aprendelo-en-un-DIAN-X3/Paginas/Abece-Canales-Autogestion.aspx',
  },
  activosExterior: {
    title: 'Declaración anual de activos en el exterior (DIAN)',
    url: 'https://www.dian.gov.co/impuestos/sociedades/Paginas/declaracion_activos_exterior.aspx',
  },
  regimenSimple: {
    title: 'Régimen Simple de Tributación (micrositio DIAN)',
    url: 'https://micrositios.dian.gov.co/regimen-simple-tributacion/',
  },
  uvt2025: {
    title: 'Resolución DIAN 000193 de 2024, UVT para 2025 (normograma DIAN)',
    url: 'https://normograma.dian.gov.co/dian/compilacion/docs/resolucion_dian_0193_2024.htm',
  },
  uvt2026: {
    title: 'Resolución DIAN 000238 de 2025, UVT para 2026 (normograma DIAN)',
    url: 'https://normograma.dian.gov.co/dian/compilacion/docs/resolucion_dian_0238_2025.htm',
  },
  portal: { title: 'Portal de la DIAN', url: 'https://www.dian.gov.co' },
} as const satisfies Record<string, OfficialSource>;

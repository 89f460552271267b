/*
 * Official DIAN pages the help page points to, taken from the project's checked facts
 * (docs shared with the knowledge base). Kept in one place so a moved page is fixed once.
 */
export const OFFICIAL_LINKS = {
  portal: 'https://www.dian.gov.co/',
  rentaMicrosite: 'https://micrositios.dian.gov.co/renta-personas-naturales-ag-2025/',
  calendar: 'https://www.dian.gov.co/Paginas/CalendarioTributario.aspx',
  suggestedReturn: 'https://www.dian.gov.co/tramitesservicios/Paginas/declaracionsugerida.aspx',
  selfServiceChannels:
    'https://www.dian.gov.co/Prensa/Aprendelo-en-un-DIAN-X3/Paginas/Abece-Canales-Autogestion.aspx',
} as const;

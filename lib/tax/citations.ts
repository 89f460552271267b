import type { OfficialSource } from './sources';
import type { TaxToolName, TaxToolSuccess } from './tools';

/**
 * How a tool result is cited to the citizen: official links plus the year the figures belong to. Both
 * providers use it, so an offline answer and a model's answer cite a calculation the same way.
 */

const TOOL_LABELS: Readonly<Record<TaxToolName, string>> = {
  filing_deadline: 'Plazo para declarar',
  filing_obligation: 'Obligación de declarar',
  convert_uvt: 'Conversión UVT ↔ pesos',
  late_filing_penalty: 'Sanción por extemporaneidad',
  correction_penalty: 'Sanción por corrección',
  income_tax: 'Impuesto de renta (tabla del art. 241)',
  occasional_gain_tax: 'Impuesto de ganancia ocasional',
  dependants_deduction: 'Deducción por dependientes',
};

export function sourceLinks(sources: readonly OfficialSource[]): string {
  const unique = sources.filter(
    (source, index) => sources.findIndex((other) => other.url === source.url) === index,
  );
  return unique.map((source) => `[${source.title}](${source.url})`).join(' · ');
}

/** A tool result as an offline answer shows it: the calculation, then its sources and year. */
export function toolResultMarkdown(result: TaxToolSuccess): string {
  return [
    result.summary,
    '',
    `Fuentes: ${sourceLinks(result.sources)}`,
    `Aplica a: ${result.appliesTo}`,
  ].join('\n');
}

/** The footer under a model's answer that used tools: one line per calculation, with its year and sources. */
export function toolCitationsMarkdown(results: readonly TaxToolSuccess[]): string {
  if (results.length === 0) return '';
  const lines = results.map(
    (result) =>
      `- ${TOOL_LABELS[result.tool]} (${result.appliesTo}${result.confirmed ? '' : ', dato no confirmado'}): ${sourceLinks(result.sources)}`,
  );
  return ['**Cálculos del asistente y sus fuentes oficiales**', ...lines].join('\n');
}

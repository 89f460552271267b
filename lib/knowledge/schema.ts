import { z } from 'zod';

/**
 * Where a knowledge entry may point for its facts. Only DIAN's own sites and the official compilations of
 * Colombian law are accepted, so a citizen following a "Fuente" link always lands on an authority.
 */
export const OFFICIAL_SOURCE_HOSTS: readonly string[] = [
  'www.dian.gov.co',
  'dian.gov.co',
  'micrositios.dian.gov.co',
  'normograma.dian.gov.co',
  'www.funcionpublica.gov.co',
  'www.secretariasenado.gov.co',
  'secretariasenado.gov.co',
];

export const BODY_MIN_WORDS = 40;
export const BODY_MAX_WORDS = 220;

/** Words as a reader counts them: arrows, bullets and table pipes are not words. */
export function countWords(markdown: string): number {
  return markdown.split(/\s+/).filter((chunk) => /[\p{L}\p{N}]/u.test(chunk)).length;
}

function isOfficialHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && OFFICIAL_SOURCE_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}

const RAW_HTML = /<\/?[a-z!][^>]*>/i;
const MARKDOWN_LINK_TARGET = /\]\(([^)\s]+)\)/g;
// An unconfirmed entry must say so in words the citizen reads, not only in a flag the UI may hide.
const UNCONFIRMED_NOTICE =
  /no (?:est[aá]n? )?confirmad|sin confirmar|no (?:hemos|se ha) (?:podido )?confirma(?:r|do)/i;

export const knowledgeSourceSchema = z.object({
  title: z.string().trim().min(3),
  url: z.string().refine(isOfficialHttpsUrl, {
    error: `must be an https URL on an official host (${OFFICIAL_SOURCE_HOSTS.join(', ')})`,
  }),
});

export const knowledgeEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case' }),
    title: z.string().trim().min(3).max(120),
    body: z
      .string()
      .trim()
      .refine((body) => !RAW_HTML.test(body), { error: 'must be markdown without raw HTML' })
      .refine(
        (body) => {
          const words = countWords(body);
          return words >= BODY_MIN_WORDS && words <= BODY_MAX_WORDS;
        },
        { error: `must have between ${BODY_MIN_WORDS} and ${BODY_MAX_WORDS} words` },
      )
      .refine(
        (body) =>
          [...body.matchAll(MARKDOWN_LINK_TARGET)].every((match) => isOfficialHttpsUrl(match[1] ?? '')),
        {
          error: 'links in the body must point to official https pages',
        },
      ),
    questions: z.array(z.string().trim().min(3)).min(3).max(8),
    keywords: z.array(z.string().trim().min(2)).min(1),
    appliesTo: z
      .string()
      .trim()
      .min(4)
      .refine(
        (appliesTo) => {
          // "Año gravable 2025 (declaración de 2026)": a return is always filed the year after.
          const taxable = /gravable (\d{4})/i.exec(appliesTo);
          const filed = /declaraci[oó]n (?:de|en) (\d{4})/i.exec(appliesTo);
          return !taxable || !filed || Number(filed[1]) === Number(taxable[1]) + 1;
        },
        { error: 'the filing year must be the year after the taxable year' },
      ),
    sources: z.array(knowledgeSourceSchema).min(1),
    checkedOn: z.iso.date(),
    confirmed: z.boolean(),
  })
  .refine((entry) => entry.confirmed || UNCONFIRMED_NOTICE.test(entry.body), {
    error: 'an unconfirmed entry must say in its body that the data is not confirmed',
    path: ['body'],
  });

export type KnowledgeSource = z.infer<typeof knowledgeSourceSchema>;
export type KnowledgeEntry = z.infer<typeof knowledgeEntrySchema>;

/**
 * Validates every entry and the uniqueness of ids. Throws one error listing every problem, each
 * prefixed with the entry id, so a bad edit to the knowledge base fails loudly at start-up.
 */
export function parseKnowledgeEntries(raw: readonly unknown[]): KnowledgeEntry[] {
  const problems: string[] = [];
  const entries: KnowledgeEntry[] = [];
  const seen = new Set<string>();
  raw.forEach((candidate, index) => {
    const label =
      typeof candidate === 'object' &&
      candidate !== null &&
      'id' in candidate &&
      typeof candidate.id === 'string'
        ? candidate.id
        : `#${index}`;
    const result = knowledgeEntrySchema.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.length > 0 ? issue.path.join('.') : '(entry)';
        problems.push(`${label}: ${path} ${issue.message}`);
      }
      return;
    }
    if (seen.has(result.data.id)) problems.push(`${label}: duplicate id`);
    seen.add(result.data.id);
    entries.push(result.data);
  });
  if (problems.length > 0) {
    throw new Error(`Invalid knowledge base entries:\n- ${problems.join('\n- ')}`);
  }
  return entries;
}

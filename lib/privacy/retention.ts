/**
 * What the privacy notice states about the conversation, from the server's configuration: how long an idle
 * conversation is kept and where. Pure, so the page (server) computes it and the panel (browser) shows it.
 */
export interface PrivacyFacts {
  /** `SESSION_TTL_SECONDS`: inactivity after which the conversation is forgotten and deleted upstream. */
  sessionTtlSeconds: number;
  /** Where the server keeps conversations: its own memory, or Redis shared by every instance. */
  store: 'memory' | 'redis';
}

const UNITS = [
  { seconds: 86_400, one: 'día', many: 'días' },
  { seconds: 3_600, one: 'hora', many: 'horas' },
  { seconds: 60, one: 'minuto', many: 'minutos' },
  { seconds: 1, one: 'segundo', many: 'segundos' },
] as const;

/** A duration as a person says it: 3600 → "1 hora", 5400 → "1 hora y 30 minutos", 172800 → "2 días". */
export function durationInSpanish(totalSeconds: number): string {
  let left = Math.max(0, Math.round(totalSeconds));
  const parts: string[] = [];
  for (const unit of UNITS) {
    const count = Math.floor(left / unit.seconds);
    left -= count * unit.seconds;
    if (count > 0) parts.push(`${count} ${count === 1 ? unit.one : unit.many}`);
  }
  if (parts.length <= 1) return parts[0] ?? '0 segundos';
  return `${parts.slice(0, -1).join(', ')} y ${parts.at(-1) ?? ''}`;
}

/**
 * The assistant's wire protocol, shared by the server (both doors) and the browser client.
 *
 * v1 is the seed prototype's API, byte for byte: a client that only knows the seed's README must keep
 * working. v2 (WebSocket subprotocol `dian-assistant.v2`) adds message ids, streaming deltas, `seq` on
 * every event, `stop`, `resume` and `feedback`. See docs/protocol.md for the full description.
 */
import { z } from 'zod';

export type ProtocolVersion = 1 | 2;

/** Longest question accepted, in Unicode code points (what a person would call characters). */
export const MAX_MESSAGE_CHARS = 4000;
/**
 * Largest WebSocket frame accepted. A maximal message of 4-byte characters (16,000 bytes) plus the JSON
 * envelope still fits; larger frames are closed by the server with code 1009.
 */
export const MAX_FRAME_BYTES = 16 * 1024;

export const TEXTS = {
  connected: 'Conectado al asistente virtual DIAN',
  reset: 'Conversación reiniciada',
  erased: 'Conversación borrada',
} as const;

export const CLIENT_ERRORS = {
  binary: 'Solo se aceptan mensajes de texto en formato JSON, no datos binarios.',
  notJson: 'El mensaje no es JSON válido. Envía un objeto como {"type":"message","message":"tu pregunta"}.',
  notObject: 'El mensaje debe ser un objeto JSON con el campo "type".',
  missingType: 'Falta el campo "type". Usa "message" para preguntar o "reset" para reiniciar.',
  missingMessage: 'Falta el campo "message" con el texto de tu pregunta.',
  messageNotText: 'El campo "message" debe ser texto.',
  emptyMessage: 'El mensaje está vacío. Escribe tu pregunta.',
  tooLong: `El mensaje es demasiado largo: el máximo es ${MAX_MESSAGE_CHARS.toLocaleString('es-CO')} caracteres.`,
  badId: 'El campo "id" debe ser un identificador de 1 a 64 letras, números, guiones o guiones bajos.',
  badResume:
    'Para reanudar envía {"type":"resume","session":"<token de la sesión>","after":<último seq recibido>}.',
  badVerdict:
    'Para calificar una respuesta envía {"type":"feedback","id":"<id de la respuesta>","verdict":"helpful"}, con "helpful", "unhelpful" o "none" para quitar la calificación.',
} as const;

/** Longest session token accepted in `resume`; real ones are about 66 characters. */
export const MAX_SESSION_TOKEN_CHARS = 256;

export function unknownTypeError(type: string, version: ProtocolVersion): string {
  const valid =
    version === 2
      ? '"message", "reset", "erase", "stop", "resume", "ping" o "feedback"'
      : '"message" o "reset"';
  const shown = type.length > 40 ? `${type.slice(0, 40)}…` : type;
  return `Tipo de mensaje desconocido: "${shown}". Los tipos válidos son ${valid}.`;
}

const countCodePoints = (text: string): number => [...text].length;

export const messageIdSchema = z
  .string({ error: CLIENT_ERRORS.badId })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, CLIENT_ERRORS.badId);

const messageTextSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined ? CLIENT_ERRORS.missingMessage : CLIENT_ERRORS.messageNotText,
  })
  .refine((text) => text.trim().length > 0, CLIENT_ERRORS.emptyMessage)
  .refine((text) => countCodePoints(text) <= MAX_MESSAGE_CHARS, CLIENT_ERRORS.tooLong);

// Client → server. Unknown extra fields are ignored, as the seed did.
export const clientMessageSchema = z.object({
  type: z.literal('message'),
  message: messageTextSchema,
  id: messageIdSchema.optional(),
});
export const clientResetSchema = z.object({ type: z.literal('reset') });
export const clientStopSchema = z.object({ type: z.literal('stop') });
/**
 * Ends the session and deletes everything it holds, here and upstream (the citizen's «Cerrar y borrar»):
 * unlike `reset`, nothing of it is kept, not even the new conversation a reset starts.
 */
export const clientEraseSchema = z.object({ type: z.literal('erase') });
/** Asks the server to answer `pong` at once: a client that has heard nothing for a while checks its link. */
export const clientPingSchema = z.object({ type: z.literal('ping') });
/** Re-attaches a connection to its session and replays every event after `after` (the last seq seen). */
export const clientResumeSchema = z.object({
  type: z.literal('resume'),
  session: z
    .string({ error: CLIENT_ERRORS.badResume })
    .min(1, CLIENT_ERRORS.badResume)
    .max(MAX_SESSION_TOKEN_CHARS, CLIENT_ERRORS.badResume),
  after: z
    .number({ error: CLIENT_ERRORS.badResume })
    .int(CLIENT_ERRORS.badResume)
    .nonnegative(CLIENT_ERRORS.badResume)
    .max(Number.MAX_SAFE_INTEGER, CLIENT_ERRORS.badResume),
});

/**
 * What a citizen thinks of one final answer: «Me sirvió» (`helpful`), «No me sirvió» (`unhelpful`), or
 * `none` to take the verdict back. The server keeps one verdict per answer and counts it (no text).
 */
export const verdictSchema = z.enum(['helpful', 'unhelpful', 'none'], { error: CLIENT_ERRORS.badVerdict });
export type Verdict = z.infer<typeof verdictSchema>;
export const clientFeedbackSchema = z.object({
  type: z.literal('feedback'),
  id: messageIdSchema,
  verdict: verdictSchema,
});

export type ClientMessage = z.infer<typeof clientMessageSchema>;
export type ClientResume = z.infer<typeof clientResumeSchema>;
export type ClientEvent =
  | ClientMessage
  | ClientResume
  | z.infer<typeof clientResetSchema>
  | z.infer<typeof clientStopSchema>
  | z.infer<typeof clientEraseSchema>
  | z.infer<typeof clientPingSchema>
  | z.infer<typeof clientFeedbackSchema>;

export type ParseResult = { ok: true; event: ClientEvent } | { ok: false; error: string };

const schemasByType = {
  1: { message: clientMessageSchema.omit({ id: true }), reset: clientResetSchema },
  2: {
    message: clientMessageSchema,
    reset: clientResetSchema,
    stop: clientStopSchema,
    erase: clientEraseSchema,
    resume: clientResumeSchema,
    ping: clientPingSchema,
    feedback: clientFeedbackSchema,
  },
} as const;

/** Parses one text frame. Every failure carries a Spanish explanation meant for the person typing. */
export function parseClientEvent(raw: string, version: ProtocolVersion): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, error: CLIENT_ERRORS.notJson };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: CLIENT_ERRORS.notObject };
  }
  const type = (data as { type?: unknown }).type;
  if (type === undefined) return { ok: false, error: CLIENT_ERRORS.missingType };
  const schemas: Record<string, z.ZodType<ClientEvent>> = schemasByType[version];
  const schema = typeof type === 'string' && Object.hasOwn(schemas, type) ? schemas[type] : undefined;
  // Never String() untrusted input: `{"toString":1}` or a very deep array makes it throw.
  if (!schema)
    return { ok: false, error: unknownTypeError(typeof type === 'string' ? type : typeof type, version) };
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    return { ok: false, error: parsed.error.issues[0]?.message ?? CLIENT_ERRORS.notObject };
  return { ok: true, event: parsed.data };
}

// Server → client, in their v2 form. v1 clients receive the projection made by `toWire`.
export const providerKindSchema = z.enum(['openai', 'local']);
export type ProviderKind = z.infer<typeof providerKindSchema>;

export const errorCodeSchema = z.enum([
  'bad_request',
  'queue_full',
  'upstream_auth',
  'upstream_rate_limited',
  'upstream_unavailable',
  'upstream_timeout',
  'upstream_interrupted',
  'upstream_failed',
  'conversation_lost',
  'shutting_down',
  'server_busy',
  'session_expired',
  'rate_limited',
  'generation_lost',
  'store_unavailable',
  'budget_exhausted',
  'internal',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

const seqField = { seq: z.number().int().nonnegative() };

/**
 * One line of a session's conversation as the server knows it. `streaming` is an answer still being
 * written (its text so far); `queued` is a question waiting for its turn.
 */
export const transcriptEntrySchema = z.object({
  id: z.string(),
  role: z.enum(['user', 'assistant']),
  text: z.string(),
  status: z.enum(['stopped', 'error', 'streaming', 'queued']).optional(),
  /** The citizen's verdict on a complete answer, so a reloaded page shows its rating pressed. */
  verdict: z.enum(['helpful', 'unhelpful']).optional(),
});
export type TranscriptEntry = z.infer<typeof transcriptEntrySchema>;

export const serverEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('connection'),
    message: z.string(),
    ...seqField,
    provider: providerKindSchema,
    /** Opaque, signed token for `resume`; v2 only. */
    session: z.string().optional(),
    /** The conversation so far, when the session already has one (e.g. after a page reload). */
    transcript: z.array(transcriptEntrySchema).optional(),
  }),
  z.object({ type: z.literal('delta'), id: z.string(), delta: z.string(), ...seqField }),
  z.object({
    type: z.literal('response'),
    id: z.string(),
    message: z.string(),
    stopped: z.boolean().optional(),
    ...seqField,
  }),
  z.object({
    type: z.literal('error'),
    message: z.string(),
    id: z.string().optional(),
    code: errorCodeSchema,
    ...seqField,
  }),
  z.object({
    type: z.literal('reset'),
    message: z.string(),
    /** v2: the resume token of the new conversation (the old one stops working). */
    session: z.string().optional(),
    ...seqField,
  }),
  /** The answer to `ping`, outside the session's sequence (seq 0): it says the link works, nothing more. */
  z.object({ type: z.literal('pong'), ...seqField }),
  /** v2 only: the verdict the session now holds for answer `id` (every tab of the session hears it). */
  z.object({ type: z.literal('feedback'), id: z.string(), verdict: verdictSchema, ...seqField }),
]);
export type ServerEvent = z.infer<typeof serverEventSchema>;
export const PONG: ServerEvent = { type: 'pong', seq: 0 };
/** An event before the session stamps its sequence number on it. */
export type UnsequencedEvent = ServerEvent extends infer E
  ? E extends ServerEvent
    ? Omit<E, 'seq'>
    : never
  : never;

/**
 * Serialises an event for a connection of the given version. v1 receives exactly the seed's shapes:
 * `{type, message}` only, and never a `delta`. Returns undefined when the event is not for that version.
 */
export function toWire(event: ServerEvent, version: ProtocolVersion): string | undefined {
  if (version === 2) return JSON.stringify(event);
  if (event.type === 'delta' || event.type === 'pong' || event.type === 'feedback') return undefined;
  return JSON.stringify({ type: event.type, message: event.message });
}

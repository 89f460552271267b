/**
 * The personal-data guard: finds Colombian personal data in a citizen's question and replaces it with a
 * visible Spanish placeholder before the question is stored, logged or sent upstream. Pure and synchronous
 * (zod is its only import), so every server door (WebSocket, HTTP, voice) runs it on the text it received
 * and the browser's panel runs the very same code first, to show the citizen what will be hidden.
 *
 * Tax questions are full of numbers that are not personal: years, amounts, UVT, forms, articles, dates and
 * NIT endings. So a bare number is never enough: a document number needs its name next to it (or the NIT
 * spelling with a check digit), an account number needs the word "cuenta", a card number must pass Luhn, a
 * phone number must have a Colombian phone's shape, and a secret must be announced as one.
 */
import { z } from 'zod';

export const PERSONAL_DATA_KINDS = ['cedula', 'nit', 'phone', 'email', 'card', 'account', 'secret'] as const;
export const personalDataKindSchema = z.enum(PERSONAL_DATA_KINDS);
export type PersonalDataKind = z.infer<typeof personalDataKindSchema>;

/** The visible replacement of each kind, as the citizen and the model read it. */
export const PLACEHOLDERS: Record<PersonalDataKind, string> = {
  cedula: '[cédula oculta]',
  nit: '[NIT oculto]',
  phone: '[teléfono oculto]',
  email: '[correo oculto]',
  card: '[tarjeta oculta]',
  account: '[cuenta oculta]',
  secret: '[clave oculta]',
};

/**
 * In a deadline question the two digits before the check digit decide the filing date (that is all the
 * calendar of personas naturales reads), so they survive: "[NIT oculto, terminado en 56]".
 */
function placeholderWithEnding(kind: 'cedula' | 'nit', ending: string): string {
  return kind === 'nit' ? `[NIT oculto, terminado en ${ending}]` : `[cédula oculta, terminada en ${ending}]`;
}

// Any placeholder this module writes, with or without the ending; tells later stages what was hidden.
const PLACEHOLDER_PATTERN =
  /\[(cédula oculta|NIT oculto|teléfono oculto|correo oculto|tarjeta oculta|cuenta oculta|clave oculta)(?:, terminad[oa] en \d{2})?\]/g;
const KIND_BY_LABEL = new Map<string, PersonalDataKind>(
  PERSONAL_DATA_KINDS.map((kind) => [PLACEHOLDERS[kind].slice(1, -1), kind]),
);

export interface MaskedText {
  /** The text with every match replaced by its placeholder. */
  text: string;
  /** What was hidden, each kind once. */
  hidden: PersonalDataKind[];
}

// A deadline question: the NIT's last digits are what it is about.
const DEADLINE_CONTEXT =
  /\b(?:vence\w*|vencimiento\w*|plazo\w*|fecha\w*|cu[aá]ndo|calendario|me toca|hasta qu[eé] d[ií]a|d[ií]a (?:de|para) declarar)\b/i;

// Bounded as RFC 5321 bounds them (64 before the @, 63 per label), so a long run of letters costs little.
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})+/gu;

// "mi clave es X", "contraseña: X", "mi clave, es X", "el código que me llegó es 123456". The value is the
// first word after the announcement.
const SECRET_ANNOUNCED =
  /\b(mis?|tus?|su|la|el|una?)?\s*(contrase[ñn]as?|claves?(?: din[aá]mica| de acceso| de ingreso)?|password|passwd|pin|c[oó]digos?|otp|token)\b([^.\n:=?!]{0,40}?)(?:\s*,?\s*\b(?:es|era|fue|ser[ií]a|son)\b\s*:?|\s*[:=])\s*(["'«“]?)([^\s"'»”]+)/giu;
// A "código" is secret only when it is the citizen's own or one that arrives (OTP), not a form's or an
// activity's code ("el código CIIU es 6201").
const CODE_DELIVERED =
  /\b(?:lleg\w*|envi\w*|mand\w*|verificaci[oó]n|seguridad|acceso|confirmaci[oó]n|otp|sms|mensaje)\b/i;
const NOT_A_SECRET = new Set([
  'muy',
  'que',
  'la',
  'el',
  'los',
  'las',
  'un',
  'una',
  'mi',
  'de',
  'para',
  'importante',
  'obligatoria',
  'obligatorio',
  'necesaria',
  'necesario',
  'igual',
  'correcta',
  'incorrecta',
  'válida',
  'inválida',
  'nueva',
  'vieja',
  'larga',
  'corta',
  'débil',
  'segura',
  'diferente',
  'distinta',
  'otra',
  'esta',
  'esa',
  // «Mi contador quiere mi clave de la DIAN, ¿es normal?»: a judgement asked about, not the value (f1).
  'normal',
  'legal',
  'seguro',
  'oficial',
  'real',
  'verdad',
  'estafa',
  'fraude',
  'falso',
  'falsa',
  'confiable',
]);

// "juan(at)gmail.com", "juan arroba gmail punto com": an address spelled out to dodge filters; it must end
// in a domain people use, so "at" in an English sentence is not taken for one.
const SEPARATOR_AT = String.raw`\s*(?:\(\s*at\s*\)|\[\s*at\s*\])\s*|\s+(?:arroba|at)\s+`;
const SEPARATOR_DOT = String.raw`\s*(?:\(\s*dot\s*\)|\[\s*dot\s*\]|\.)\s*|\s+(?:punto|dot)\s+`;
const EMAIL_SPELLED_OUT = new RegExp(
  String.raw`[\p{L}\p{N}._%+-]{1,64}(?:${SEPARATOR_AT})[\p{L}\p{N}-]{1,63}(?:(?:${SEPARATOR_DOT})[\p{L}\p{N}-]{1,63})*(?:${SEPARATOR_DOT})(?:com|co|net|org|edu|gov|es|io|me|info)(?![\p{L}\p{N}])`,
  'giu',
);

// "3 0 0 1 2 3 4 5 6 7": a number read out digit by digit (dictation, or typed to slip past a filter). No
// amount, year or form is written that way, so seven digits or more spelled singly are someone's number.
const DIGITS_ONE_BY_ONE = /(?<![\p{L}\d.,$])\d(?:[ -]\d){6,18}(?![\d.,]?\d)/gu;

// A digit run glued to letters is part of an identifier, a hash or a code name ("acdd724947076-1"), not a
// number someone owns: the unnamed patterns below start only where no letter or digit comes before.
// Digit runs spelled with spaces or dashes only (amounts use dots): cards.
const CARD_CANDIDATE = /(?<![\p{L}\d.,$])\d(?:[ -]?\d){12,18}(?![\d.,]\d)/gu;

// "NIT 900.123.456-7", "mi NIT es el 900123456", "RUT: 1020304050".
const NIT_NAMED =
  /\b(?:NIT|N\.I\.T\.?|RUT)\b([^\d\n$]{0,25}?)(\d{1,3}(?:[.\s]\d{3}){1,3}|\d{6,10})(\s*-\s*\d)?(?![\d.,]?\d)/giu;
// The NIT spelling with a check digit stands on its own: "900.123.456-7", "900123456-7" (not a range of
// amounts, "1.000.000-2.000.000").
const NIT_WITH_CHECK_DIGIT = /(?<![\p{L}\d.,$])(\d{1,3}(?:\.\d{3}){2,3}|\d{8,10})(\s*-\s*\d)(?!-|[.,]?\d)/gu;

// "cédula 1.020.304.050", "C.C. 52 345 678", "mi documento es 79845123". "Cédula general" and the other
// schedules of the income tax are not identity documents.
const CEDULA_NAMED =
  /(?:\b(?:c[eé]dula(?: de (?:ciudadan[ií]a|extranjer[ií]a))?|documento(?: de identidad)?|identificaci[oó]n|usuario|pasaporte|tarjeta de identidad)\b|(?<![\p{L}.])(?:c\.\s?c\.?|cc|c\.e\.?|ce)(?![\p{L}]))([^\d\n$]{0,25}?)(\d{1,3}(?:[.\s]\d{3}){1,3}|\d{6,10})(?![\d.,]?\d)/giu;
const TAX_SCHEDULE_AFTER = /^\s*(?:general|de (?:pensiones|dividendos|rentas|trabajo|capital)|no laboral)/i;

// "cuenta de ahorros 0123 4567 8901", "mi cuenta corriente es 123-456789-01". Account numbers are never
// written with thousands dots, and a saldo or a value between the word and the number makes it an amount.
const ACCOUNT_NAMED =
  /\b(?:cuentas?|ahorros|corriente|nequi|daviplata)\b([^\d\n$]{0,30}?)(\d(?:[ -]?\d){5,19})(?![\d.,]?\d)/giu;
const AMOUNT_CUE =
  /\b(?:por|saldo|valor|total|tengo|tiene|ten[ií]a|hay|suma|monto|con|de m[aá]s de|consign\w*|deposit\w*|recib\w*|pag\w*)\b|\bahorr[eé](?!\p{L})/iu;
// "Gané 3100000000": ten digits starting with 3 after a verb of money are pesos, not a mobile.
const AMOUNT_BEFORE =
  /(?:\$|\b(?:gan[eé]|pagu[eé]|vend[ií]|recib[ií]|ingres\w*|cost[oó]|vale|valor|suma|total|monto|por))\s*$/iu;
const AMOUNT_AFTER = /^\s*(?:pesos|millones|mill[oó]n|mil\b|cop\b|uvt|%|d[oó]lares|usd)/i;

// Colombian phones: mobile 3xx xxx xxxx and landlines 60x xxx xxxx (area code 601–608), with or
// without +57, spaces, dashes or the area code in parentheses.
const PHONE =
  /(?<![\p{L}\d.,$])(?:\+?\s?57[\s-]?)?(?:3\d{2}|\(?60[1-8]\)?)[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}(?![\d.,]?\d)/gu;
// Seven-digit local numbers only when named as a phone.
const PHONE_NAMED =
  /\b(?:tel[eé]fonos?|tel\.?|celular|cel\.?|fijo|whatsapp|m[oó]vil)\b([^\d\n$]{0,20}?)(\d{3}[\s-]?\d{2}[\s-]?\d{2})(?![\d.,]?\d)/giu;

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Finds and hides personal data in one question. Text without any is returned unchanged. */
export function maskPersonalData(input: string): MaskedText {
  let text = input;
  const hidden = new Set<PersonalDataKind>();
  const deadline = DEADLINE_CONTEXT.test(text);
  const hide = (kind: PersonalDataKind, replacement = PLACEHOLDERS[kind]) => {
    hidden.add(kind);
    return replacement;
  };
  const documentPlaceholder = (kind: 'cedula' | 'nit', number: string) =>
    hide(kind, deadline ? placeholderWithEnding(kind, digitsOf(number).slice(-2)) : PLACEHOLDERS[kind]);

  text = text.replace(EMAIL, () => hide('email'));
  text = text.replace(EMAIL_SPELLED_OUT, () => hide('email'));

  text = text.replace(
    SECRET_ANNOUNCED,
    (whole, owner: string | undefined, word: string, between: string, quote: string, value: string) => {
      const secret = value.replace(/[.,;:!?)»”"']+$/u, '');
      const isCode = /^c[oó]digo/i.test(word);
      const possessive = owner !== undefined && /^(?:mis?|tus?|su)$/i.test(owner);
      const announced = possessive || /[:=]/.test(whole) || /\d|[^\p{L}]/u.test(secret);
      // "la clave es ¿cuál?" asks, it does not tell; "[clave oculta]" was hidden already.
      if (secret.length === 0 || /^[¿¡[]/u.test(secret) || NOT_A_SECRET.has(secret.toLowerCase()))
        return whole;
      if (isCode ? !(possessive || CODE_DELIVERED.test(between)) || !/\d{4}/.test(secret) : !announced)
        return whole;
      // Keep the announcement ("mi clave es") so the question still reads naturally.
      const cut = whole.length - value.length - quote.length;
      return `${whole.slice(0, cut)}${hide('secret')}${value.slice(secret.length)}`;
    },
  );

  text = text.replace(CARD_CANDIDATE, (run) => {
    const digits = digitsOf(run);
    return digits.length >= 13 && digits.length <= 19 && passesLuhn(digits) ? hide('card') : run;
  });

  text = text.replace(DIGITS_ONE_BY_ONE, (run) => {
    const digits = digitsOf(run);
    if (digits.length === 10 && /^(?:3|60[1-8])/.test(digits)) return hide('phone');
    return digits.length <= 10 ? documentPlaceholder('cedula', run) : hide('account');
  });

  text = text.replace(NIT_NAMED, (whole, between: string, number: string, checkDigit?: string) => {
    if (digitsOf(number).length < 6) return whole;
    return `${whole.slice(0, whole.length - number.length - (checkDigit?.length ?? 0))}${documentPlaceholder('nit', number)}`;
  });
  text = text.replace(NIT_WITH_CHECK_DIGIT, (_whole, number: string) => documentPlaceholder('nit', number));

  text = text.replace(CEDULA_NAMED, (whole, between: string, number: string, offset: number) => {
    const named = whole.slice(0, whole.length - between.length - number.length);
    const after = text.slice(offset + named.length);
    if (TAX_SCHEDULE_AFTER.test(after) || digitsOf(number).length < 6) return whole;
    const rest = text.slice(offset + whole.length);
    if (AMOUNT_AFTER.test(rest)) return whole;
    return `${whole.slice(0, whole.length - number.length)}${documentPlaceholder('cedula', number)}`;
  });

  text = text.replace(ACCOUNT_NAMED, (whole, between: string, number: string, offset: number) => {
    const rest = text.slice(offset + whole.length);
    if (AMOUNT_CUE.test(between) || AMOUNT_AFTER.test(rest)) return whole;
    return `${whole.slice(0, whole.length - number.length)}${hide('account')}`;
  });

  text = text.replace(PHONE, (run: string, offset: number) =>
    AMOUNT_BEFORE.test(text.slice(0, offset)) || AMOUNT_AFTER.test(text.slice(offset + run.length))
      ? run
      : hide('phone'),
  );
  text = text.replace(PHONE_NAMED, (whole, _between: string, number: string) => {
    return `${whole.slice(0, whole.length - number.length)}${hide('phone')}`;
  });

  return { text, hidden: [...hidden] };
}

/**
 * The kinds a masked text hides, read from its placeholders: the queue and the store keep only the masked
 * text, and this is how the answer's notice knows what to name.
 */
export function hiddenKinds(masked: string): PersonalDataKind[] {
  const kinds = new Set<PersonalDataKind>();
  for (const match of masked.matchAll(PLACEHOLDER_PATTERN)) {
    const kind = KIND_BY_LABEL.get(match[1] ?? '');
    if (kind) kinds.add(kind);
  }
  return PERSONAL_DATA_KINDS.filter((kind) => kinds.has(kind));
}

/** A masked text cut at its placeholders, so a page can show what was hidden (e.g. highlighted). */
export function placeholderSegments(masked: string): Array<{ text: string; hidden: boolean }> {
  const segments: Array<{ text: string; hidden: boolean }> = [];
  let from = 0;
  for (const match of masked.matchAll(PLACEHOLDER_PATTERN)) {
    if (match.index > from) segments.push({ text: masked.slice(from, match.index), hidden: false });
    segments.push({ text: match[0], hidden: true });
    from = match.index + match[0].length;
  }
  if (from < masked.length) segments.push({ text: masked.slice(from), hidden: false });
  return segments;
}

const NAMES: Record<PersonalDataKind, string> = {
  cedula: 'tu número de cédula',
  nit: 'tu NIT completo',
  phone: 'tu número de teléfono',
  email: 'tu correo electrónico',
  card: 'el número de tu tarjeta',
  account: 'tu número de cuenta bancaria',
  secret: 'tu clave o código',
};

/** "tu número de cédula y tu correo electrónico": what a list of kinds names, for the citizen. */
export function hiddenKindsInSpanish(kinds: readonly PersonalDataKind[]): string {
  return listInSpanish(kinds.map((kind) => NAMES[kind]));
}

function listInSpanish(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`;
}

/**
 * What the citizen is told, once per conversation, at the start of the first answer whose question had
 * something hidden: what, why, and what to write instead.
 */
export function privacyNotice(kinds: readonly PersonalDataKind[]): string {
  const names = hiddenKindsInSpanish(kinds);
  const lines = [
    `**Protegí tus datos personales:** oculté ${names} antes de guardar tu pregunta o enviarla al servicio de inteligencia artificial. No los necesito para responderte y así cumplimos la Ley 1581 de 2012 (habeas data).`,
  ];
  if (kinds.includes('nit') || kinds.includes('cedula')) {
    lines.push(
      'Para saber cuándo declaras basta con los dos últimos dígitos de tu NIT (sin el dígito de verificación), por ejemplo: «mi NIT termina en 45».',
    );
  }
  if (kinds.includes('secret')) {
    lines.push(
      'Nunca compartas tu contraseña ni tus códigos con nadie, tampoco en este chat; si crees que alguien la conoce, cámbiala en el portal de la DIAN.',
    );
  }
  return `${lines.join(' ')}\n\n`;
}

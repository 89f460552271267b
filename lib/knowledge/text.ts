/**
 * Spanish text normalisation for the offline knowledge base. Everything here is deterministic and
 * dependency-free so the same analysis runs in the browser bundle, the custom server and the tests.
 *
 * The stemmer is deliberately light: it only has to make a citizen's wording ("declaraciones",
 * "declaré", "declarante") meet the wording of the entries, not to be linguistically correct.
 */

/** Lowercase and strip diacritics, so "Declaración" and "declaracion" are the same word. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

// Amounts are written "$49.799" or "4.500 UVT"; joining the groups keeps a figure as one token.
const THOUSANDS_SEPARATOR = /(?<=\d)[.,](?=\d{3}(?!\d))/g;
// "f210", "f-210", "form 210", "formulario210" all name a DIAN form.
const FORM_CODE = /\b(?:f|form|formulario|formato)[-\s]?(\d{3,4})\b/g;

// How people abbreviate in chats ("tiene q declarar", "xq", "x internet"): read as the full word, so the
// phrases written with it ("tiene que declarar") match.
const CHAT_SPELLING: ReadonlyMap<string, string> = new Map([
  ['q', 'que'],
  ['k', 'que'],
  ['ke', 'que'],
  ['xq', 'porque'],
  ['pq', 'porque'],
  ['porq', 'porque'],
  ['x', 'por'],
  ['tb', 'tambien'],
  ['tmb', 'tambien'],
  ['tbn', 'tambien'],
  ['d', 'de'],
  ['dnd', 'donde'],
  ['cdo', 'cuando'],
  ['qdo', 'cuando'],
  ['pa', 'para'],
  ['toy', 'estoy'],
]);

/** Normalised words and numbers, in order. Punctuation and symbols separate tokens. */
export function tokenize(text: string): string[] {
  const prepared = normalize(text).replace(THOUSANDS_SEPARATOR, '').replace(FORM_CODE, 'formulario $1');
  return prepared
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0)
    .map((token) => CHAT_SPELLING.get(token) ?? token);
}

/** A whitespace-separated list as an array: keeps long vocabularies readable in source. */
export const wordList = (list: string): string[] => list.trim().split(/\s+/);

export const STOPWORDS: ReadonlySet<string> = new Set([
  // Function words.
  ...wordList(`
    a al algo algun alguna algunas alguno algunos ante antes aqui asi aun cada como con contra cual cuales
    cualquier cuanto cuanta cuantos cuantas cuando de del desde donde durante e el ella ellas ellos en entre
    era eres es esa esas ese eso esos esta estas este esto estos estoy estan estamos estaba estaban estuve fue fui ha han has hay he hemos la las
    le les lo los me mi mis mio mia mucho mucha muy nada ni no nos nuestro nuestra o otra otro otros otras para
    pero poco por porque pues que se sea segun ser si sin sobre son soy su sus tal tambien tan te ti todo toda
    todos todas tu tus u un una unas uno unos usted ustedes va vez y ya yo ahi alla aca entonces luego ano anos somos fuimos sido seria serian
    qu q pq xq osea quien quienes
  `),
  // Every question here is about Colombia and money: these words tell nothing about the topic.
  ...wordList(
    'colombia colombiano colombiana colombianos colombianas pesos peso plata dinero millones millon mil monto montos valor vale valia valen',
  ),
  // Where the citizen lives in Colombia is context: the income tax is national.
  ...wordList(`
    bogota medellin cali barranquilla cartagena bucaramanga pereira manizales cucuta ibague pasto monteria
    neiva armenia popayan valledupar villavicencio sincelejo tunja
  `),
  // Conversational filler that carries no topic.
  ...wordList(`
    hola buenas buenos buen dias saludos favor porfa porfavor gracias quiero quisiera necesito saber ayuda
    ayudame ayudar puedo podria puede pueden hago hace tener tengo tiene tienen tenia pasa pasaria dime decir
    digame explica explicame explicas explicar explicarme toca ahora hoy bueno ok okay vale listo senor senora estimado estimada duda
    pregunta consulta sabes cosa cosas etc proceso
  `),
  // How citizens open and soften a question in writing: "¿me podría colaborar?", "le agradecería me
  // indicara…", "disculpe la molestia", "una inquietud". They ask for help; they name no topic.
  ...wordList(`
    podria podrian podrias pudiera pudieran podra podran colaborar colaborarme colaboreme colaborenme
    indicar indique indiquen indica indicarme indicame informar informen informarme orientar oriente
    orienten orientame orientarme aclarar aclare aclaren aclarame aclararme gustaria encantaria agradeceria
    desearia necesitaria quisieramos queria querria queriamos disculpe disculpa disculpen molestia molestar
    perdon inquietud inquietudes consultica preguntica dudita oiga oye surge surgio
  `),
  // Generic "get / do" verbs: "¿cómo saco el pasaporte?" must not look like "¿cómo saco el RUT?".
  ...wordList(`
    saco sacar saca obtener obtengo conseguir consigo tramitar tramito hacer hacerlo hice uso usar sirve
    sirven servir funciona significa entro entrar accedo acceder quedo queda quedaron cuesta cuestan llego llega
    veo ver miro mirar
  `),
  // "Debe" alone is prose in every entry; "debo declarar" is read as a phrase before stopwords drop it.
  ...wordList('debo debe debes deben deberia deberian'),
  // Conversational fillers: "sigo siendo residente", "creo que debía", "pa' qué sirve".
  ...wordList(`
    sigo sigue siendo creo cree creia pienso pa pal muchos muchas veces alguien nadie mismo misma verdad cierto
    dizque entender entiendo dice dicen dijo dijeron diciendo recomendo recomendaron recomienda solo solamente
    aqui semana semanas equivale equivalen mas pregunto preguntar aparte todavia
  `),
  // Auxiliary and result verbs: "haya ganado", "me salió saldo a favor", "puse mal el NIT", "lo pongo como
  // dependiente" say how, not what ("salió" must not be corrected to "saldo", nor "puse" to "PSE").
  ...wordList(`
    haya hayan habia hubo hubiera salio salieron sale puse puso pusieron poner pongo pone ponerlo ponerla
    hicieron hizo hacen hecho igual mejor dejarlo dejarla mando mandaron dan dio dieron
  `),
  // Who the citizen asks for is context, not a topic: "mi mamá es pensionada" is about pensioners.
  ...wordList(`
    mama mami papa papi abuelo abuela abuelos hermano hermana tio tia primo prima novio novia amigo amiga
    vecino vecina suegro suegra cunado cunada contador contadora asesor jefe jefa papas mamas hermanos
    hermanas tios tias primos amigos
  `),
  // So is the citizen's trade: "trabajo de mesero" asks what any worker asks.
  ...wordList(`
    mesero mesera taxista conductor conductora profesor profesora docente enfermero enfermera medico medica
    ingeniero ingeniera vendedor vendedora domiciliario domiciliaria mensajero cocinero cocinera peluquero
    peluquera obrero obrera albanil celador vigilante secretaria programador programadora disenador disenadora
  `),
]);

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

// Singular words that end in -s: the plural rule must leave them alone.
const INVARIANT = new Set([
  'interes',
  'mes',
  'pais',
  'lunes',
  'martes',
  'miercoles',
  'jueves',
  'viernes',
  'analisis',
  'tesis',
  'crisis',
  'dosis',
  'gratis',
  'mas',
  'menos',
  'ademas',
  'atras',
  'despues',
  'iris',
  'virus',
  'bus',
  'gas',
  'dos',
  'tres',
  'seis',
]);

// Ordered longest first within each family; the first suffix that leaves a long enough stem wins.
const SUFFIXES: ReadonlyArray<readonly [suffix: string, minStem: number]> = [
  ['amientos', 3],
  ['imientos', 3],
  ['amiento', 3],
  ['imiento', 3],
  ['aciones', 3],
  ['acion', 3],
  ['mente', 4],
  ['idades', 4],
  ['idad', 4],
  ['encias', 3],
  ['ancias', 3],
  ['encia', 3],
  ['ancia', 3],
  ['entes', 4],
  ['antes', 4],
  ['ente', 4],
  ['ante', 4],
  ['iendo', 3],
  ['ando', 3],
  ['ados', 3],
  ['adas', 3],
  ['idos', 3],
  ['idas', 3],
  ['ado', 3],
  ['ada', 3],
  ['ido', 3],
  ['ida', 3],
  ['ables', 3],
  ['ibles', 3],
  ['able', 3],
  ['ible', 3],
  ['ieron', 3],
  ['aron', 3],
  ['amos', 3],
  ['emos', 3],
  ['imos', 3],
  ['aban', 3],
  ['aba', 3],
  ['ar', 3],
  ['er', 3],
  ['ir', 3],
  ['an', 3],
  ['en', 3],
  ['a', 3],
  ['e', 3],
  ['o', 3],
];

function removePlural(word: string): string {
  if (INVARIANT.has(word)) return word;
  if (word.endsWith('iones')) return word.slice(0, -2);
  if (word.endsWith('eses')) return word.slice(0, -2);
  if (word.endsWith('ces') && word.length > 5) return `${word.slice(0, -3)}z`;
  if (/[lrndjz]es$/.test(word) && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length >= 4) return word.slice(0, -1);
  return word;
}

/** A light Spanish stem. Numbers and words of three letters or fewer are returned unchanged. */
export function stem(token: string): string {
  if (token.length <= 3 || /\d/.test(token)) return token;
  const singular = removePlural(token);
  if (INVARIANT.has(singular)) return singular;
  for (const [suffix, minStem] of SUFFIXES) {
    if (singular.endsWith(suffix) && singular.length - suffix.length >= minStem) {
      return singular.slice(0, -suffix.length);
    }
  }
  return singular;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment variant: adjacent transpositions count as one
 * edit, which is the most common typing mistake). Returns `max + 1` as soon as the distance must exceed
 * `max`, so fuzzy lookups over the whole vocabulary stay cheap.
 */
export function damerauLevenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  // Three rolling rows are enough for the transposition lookback.
  let previous2 = new Array<number>(cols).fill(0);
  let previous = Array.from({ length: cols }, (_, j) => j);
  let current = new Array<number>(cols).fill(0);
  for (let i = 1; i < rows; i += 1) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return previous[cols - 1] ?? max + 1;
}

/**
 * The shared analysis of entries and questions into weighted terms: clauses, phrases, hints and stems, and
 * the context that tells a NIT ending, a year, an amount, a rate or a phone number from a topic.
 */
import { CURRENT_FILING_YEAR } from '../../tax/deadlines';
import { withWordAmountsAsDigits } from '../amounts';
import { normalize, tokenize, wordList } from '../text';
import { COLOMBIAN_CITIES, isStopword } from './stopwords';
import { stem } from './stemmer';
import {
  ABROAD_FROM,
  canonicalTerm,
  FOREIGN_CITIES,
  FOREIGN_COUNTRIES,
  HINTS,
  matchPhrase,
} from './vocabulary';

/** Form numbers citizens say on their own: "la 210", "el 490". */
const KNOWN_FORMS = new Set(['110', '160', '210', '220', '260', '300', '350', '490']);
const FORM_HINT_WEIGHT = 0.5;

export const OBLIGATION_TERM = 'obligado';
// "¿Cuándo…?" asks for a date; "qué pasa cuando…" does not.
const CUANDO_BLOCKERS = new Set(['pasa', 'pasaria', 'sucede', 'ocurre']);

// A concept a citizen spelt out in several words ("tengo que declarar", "fecha límite") says more about what
// is asked than any one word does: it weighs more than a single word's term. Measured on the development
// set split in two: 1.3–1.7 all help the half not looked at; 2 starts to hurt the other.
const PHRASE_WEIGHT = 1.5;

interface AnalyzedToken {
  /** The word as typed (normalised), or undefined for a phrase replacement. */
  surface: string | undefined;
  term: string;
  weight: number;
  /** Said in a condition ("si nunca he declarado") while the rest of the question asks something. */
  situation?: boolean;
  /**
   * Said in an objection ("¿por qué me toca declarar si ya me hacen retención?"): what the citizen holds
   * against the obligation is what is asked, so a filing question does not weigh it down as its situation.
   */
  objection?: boolean;
  /** Told in the sentences before the one that asks (see `storyAndQuestion`). */
  story?: boolean;
}

// A month or a weekday dates the story ("en agosto de 2026", "murió en marzo"); the year beside it steers
// ranking (see `detectYearIntent`), and the word itself is no topic.
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  wordList(`
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
    lunes martes miercoles jueves viernes sabado domingo ayer manana
  `),
);

// Years steer ranking through `appliesTo` (see `yearFactor`); as plain terms they would count twice.
const YEAR_TOKEN = /^20\d{2}$/;
// In a question, a one- or two-digit number is a NIT ending only right after words like "termina en";
// elsewhere ("80 millones") it must not match the deadline tables.
const SHORT_NUMBER = /^\d{1,2}$/;
const NIT_CONTEXT_STEMS = new Set(['termin', 'acab', 'finaliz', 'digit', 'nit', 'cedul', 'numer']);
const NIT_CONTEXT_LOOKBACK = 3;
const PERCENT_MARK = 'porciento';
// Commas inside numbers ("1,5") and thousands separators are not clause breaks.
export const CLAUSE_BREAK = /[;¿?¡!]|,(?!\d)|\.(?!\d)/;
const AMOUNT_UNITS = new Set(wordList('millon millones mil pesos palos salarios'));

const PHONE_MIN_DIGITS = 7;

function isPhoneNumberGroup(tokens: readonly string[], index: number): boolean {
  if (!/^\d+$/.test(tokens[index] ?? '')) return false;
  let start = index;
  while (start > 0 && /^\d+$/.test(tokens[start - 1] ?? '')) start -= 1;
  let end = index;
  while (/^\d+$/.test(tokens[end + 1] ?? '')) end += 1;
  if (start === end) return false;
  return tokens.slice(start, end + 1).join('').length >= PHONE_MIN_DIGITS;
}

// "Año gravable 2025", "AG 2025": the year steers ranking (see `yearFactor`); "gravable" beside it is part of
// naming the year, not a topic, or every entry titled "año gravable" would outrank the one asked about.
const TAXABLE_TERM = 'gravable';

function precedesYear(tokens: readonly string[], index: number): boolean {
  const next = tokens[index] ?? '';
  return YEAR_TOKEN.test(next) || (['de', 'del'].includes(next) && YEAR_TOKEN.test(tokens[index + 1] ?? ''));
}

function followsNitContext(stems: readonly string[], index: number): boolean {
  for (let back = 1; back <= NIT_CONTEXT_LOOKBACK; back += 1) {
    if (NIT_CONTEXT_STEMS.has(stems[index - back] ?? '')) return true;
  }
  return false;
}

/**
 * The shared analysis. For entries (`forQuery` false) a hint only replaces the words it drops, so both
 * sides share one vocabulary; weighted guesses about what a citizen means apply to questions only.
 */
export function analyze(told: string, forQuery: boolean): AnalyzedToken[] {
  // "Mi cédula es…, ¿cuándo declaro?": each clause may open with its own "cuándo".
  const clauses = told.split(CLAUSE_BREAK);
  if (!forQuery) return clauses.flatMap((clause) => analyzeClause(clause, false));
  const text = withItemCapAsLimit(told);
  const parts = storyAndQuestion(text).flatMap(({ text: sentence, story }) =>
    sentence
      .split(CLAUSE_BREAK)
      .flatMap((clause) => splitCondition(normalize(clause)).map((part) => ({ ...part, story }))),
  );
  const plain = normalize(text);
  const childAsDependant = ASKS_DEDUCTION.test(plain);
  const analyzed = parts.map((part) => ({
    ...part,
    tokens: analyzeClause(part.text, true, childAsDependant),
  }));
  const asked = analyzed.some((part) => !part.condition && part.tokens.length > 0);
  const out = analyzed.flatMap(({ condition, objection, story, tokens }) =>
    condition && asked
      ? tokens.map((token) => ({ ...token, situation: true }))
      : objection
        ? tokens.map((token) => ({ ...token, objection: true }))
        : story
          ? tokens.map((token) => ({ ...token, story: true }))
          : tokens,
  );
  // Not filing told with a season already past ("no declaré el 2023", "desde hace 3 años me tocaba") is a
  // year left behind: catching up on it, not the penalty of the season at hand.
  if (out.some(({ term }) => term === NOT_FILED_TERM) && namesPastSeason(plain))
    out.push({ surface: undefined, term: YEARS_BEHIND_TERM, weight: 1 });
  // An error told beside the signing step is the signature's, not the portal's failure (art. 579-2) (f4).
  const signingFails = SIGNING_FAILS.test(plain);
  if (signingFails) out.splice(0, out.length, ...out.filter(({ term }) => term !== PORTAL_FAILURE_TERM));
  const replaced = new Set<string>();
  for (const { term, asked: isAsked, weight = PHRASE_WEIGHT, replaces } of WHOLE_QUESTION_CONCEPTS) {
    if (!isAsked(plain)) continue;
    out.push({ surface: undefined, term, weight });
    for (const word of replaces ?? []) replaced.add(word);
  }
  return replaced.size === 0 ? out : out.filter(({ term }) => !replaced.has(term));
}

const HELPER_TERM = 'contador';
const HELPER_ASKS_PASSWORD =
  /\b(?:contador\w*|asesor\w*)\b.{0,60}\b(?:pid\w*|pide\w*|pida\w*|quiere\w*|solicit\w*)\b.{0,40}\b(?:clave|claves|contrasena\w*|usuario|firma)\b/;
// Whether one needs a bookkeeper, or must have one sign («¿es obligatorio que un contador me firme la declaración?»,
// «¿puedo declarar sin contador?», «¿cuánto cobra un contador?»): «contador» is a stopword as the one who tells a
// story («mi contador me dijo…»), but here it is what is asked (f4).
const HELPER_NEEDED =
  /\b(?:obligatori[oa]|necesari[oa]|necesito|necesita|toca|tengo (?:q|que)|hay (?:q|que)|debo|requiere|exige|sin (?:un |una )?|cuanto (?:cobra|cobran|vale|cuesta)|cobra|cobran)\b.{0,25}\b(?:contador|contadora|contadores)\b|\b(?:contador|contadora)\b.{0,20}\b(?:me |la |le )?(?:firme|firma|firmar|firmarla|cobra|cobran)\b/;
// What one needs ready before filing, with words between («¿qué necesito tener listo antes de meterme a declarar
// por internet?», «¿qué me piden para hacer la declaración?»): the filing steps and what they require, as the
// phrase «qué necesito para declarar» says (f4).
const HOW_TO_FILE_TERM = 'comodeclarar';
const NEEDED_TO_FILE =
  /\b(?:que|q) (?:necesito|necesita uno|se necesita|requiero|me piden|piden|debo tener|tengo (?:q|que) tener|hay (?:q|que) tener)\b.{0,40}\b(?:declarar|declaro|presentar la (?:renta|declaracion)|hacer la (?:renta|declaracion))\b/;
const PORTAL_FAILED_ON_DEADLINE_TERM = 'prorroga';
const PORTAL_FAILED =
  /\b(?:pagina|portal|plataforma|sistema|muisca|dian)\b.{0,60}\b(?:se (?:cayo|cae|callo|colgo)|caid[oa]|no (?:(?:me )?(?:carga\w*|cargo|abr\w*|funciona\w*|servia|sirve))|falla\w*|fallo|fallando)\b|\b(?:se (?:cayo|cae|callo|colgo)|caid[oa]|no (?:carga\w*|cargo|abria|abre|funcionaba))\b.{0,30}\b(?:pagina|portal|plataforma|sistema|muisca)\b/;
const ON_THE_DEADLINE =
  /\b(?:ultimo dia|fecha limite|vencid[oa]|vencimiento|se me venc\w*|se me vence|me tocaba|me toca|mi dia|mi fecha|plazo|a tiempo|sancion\w*|multa\w*|multan|sancionan|extemporane\w*|al otro dia|al dia siguiente)\b/;

const ACCOUNT_TERM = 'muisca';
// Logging in with a given document («¿se puede entrar al portal con cédula de extranjería?», «¿entro a la DIAN con
// el pasaporte?») asks about the account's access, whatever one wants to see once inside (f1).
const LOGS_IN_WITH_DOCUMENT =
  /\b(?:entrar|entro|entra|ingresar|loguear\w*|iniciar sesion)\b.{0,40}\bcon (?:la |el |mi |su |un |una )?(?:cedula|pasaporte|ppt|pep|tarjeta de identidad|documento)\b|\bcon (?:que|q|cual) (?:tipo de )?(?:documento|cedula)\b.{0,15}\b(?:entro|entra|ingreso|ingresa|entrar|ingresar)\b/;

const NOT_OBLIGED_PROOF_TERM = 'nodeclarante';
const NOT_OBLIGED_PROOF =
  /\b(?:certificado|certificacion|constancia|concepto|carta|documento|papel|soporte|prueba)\b(?:\s+\S+){0,5}?\s+(?:que|de que)\s+(?:yo\s+|uno\s+)?no\s+(?:(?:estoy|esta|estaba|soy|es) obligad[oa]|tengo que declarar|declaro|declara|soy declarante|debo declarar)/;

// One who does not file, told with the income certificate or with someone who asks for «la declaración» («el banco
// me pide la declaración pa un crédito pero yo no declaro», «¿el certificado de ingresos la reemplaza si no
// declaro?»), asks what proves it: the 220 and the non-filer's letter (f5).
const NON_FILER =
  /\b(?:no (?:declaro|declaramos|declara|soy declarante|estoy obligad[oa]|estaba obligad[oa]|presento (?:la )?(?:declaracion|renta)|la presento|hago (?:la )?(?:declaracion|renta)|(?:tengo|tenia) (?:q|que) declarar|me toca declarar)|nunca he declarado|no (?:llego|paso|supero) (?:a )?(?:los )?topes)\b/;
const PROOF_ASKED_FOR =
  /\b(?:certificado de ingresos|certificado laboral|formulario 220|el 220)\b|\b(?:me|nos|le|les) (?:piden|pide|exigen|exige|solicitan|solicita|pidieron|pidio|exigieron)\b.{0,40}\b(?:declaracion|renta)\b/;
// One not obliged who asks about filing anyway («no llego a los topes pero me retuvieron, ¿me conviene declarar igual
// pa q me devuelvan?») asks about the voluntary return (art. 6), not the refund's procedure nor the item withheld (f5).
const VOLUNTARY_TERM = 'voluntari';
const FILE_ANYWAY =
  /\b(?:declar\w* (?:igual|de todas formas|de todos modos|voluntariamente|por si acaso|asi no)|igual (?:puedo |podria |me conviene |debo |deberia )?(?:declar\w*|presentarla|la presento)|(?:me|le) conviene declarar|(?:pa|para) (?:q|que) me (?:devuelvan|regresen|reintegren|den la devolucion)|recuper\w*)/;
// Two kinds of one's own income asked whether they go together or apart in the return («tengo sueldo y además
// arriendo un apto, ¿va junto o separado?») is how the cédulas sort them, not spouses filing apart (f5).
const CEDULAS_TERM = 'cedul';
const INCOME_KINDS: readonly RegExp[] = [
  /\b(?:sueldo|salario|nomina|asalariad[oa]|emplead[oa])\b/,
  /\b(?:pension|pensionad[oa])\b/,
  /\b(?:arriendo|arriendos|arriendas?|arrendad[oa]s?|arrend\w*)\b/,
  /\b(?:honorarios|prestacion de servicios|independiente)\b/,
  /\b(?:intereses|cdt|dividendos|rendimientos)\b/,
];
const TOGETHER_OR_APART =
  /\b(?:juntos?|juntas?|separad[oa]s?|por separado|aparte|se suman|sumad[oa]s?)\b.{0,40}\b(?:declaracion|renta|210|formulario|separad[oa]s?|aparte)\b|\b(?:declaracion|renta|210|formulario)\b.{0,30}\b(?:juntos?|separad[oa]s?|aparte)\b|\b(?:junto|juntos) o (?:separad[oa]s?|aparte|por separado)\b/;
const COUPLE =
  /\b(?:espos[oa]s?|marido|mujer|pareja|conyuges?|casad[oa]s?|novi[oa]|compañer[oa]|companer[oa]|sociedad conyugal)\b/;
// How the DIAN finds out («¿cómo se entera la DIAN de que uno no declaró?») is what third parties report to it,
// whatever it finds out about (f5).
const EXOGENA_TERM = 'exogena';
const HOW_DIAN_FINDS_OUT =
  /\b(?:como|por donde|de donde) (?:se (?:entera|enteran|da cuenta|dan cuenta)|sabe|saben|ve)\b(?: (?:la )?dian)?\b/;
// The DIAN doing the return in one's place when one does not file («¿la DIAN puede hacer la declaración por mí si
// yo no la hago?») is the assessment it makes of a non-filer (liquidación de aforo), not the suggested draft (f5).
const ASSESSMENT_TERM = 'afor';
const DIAN_FILES_FOR_ONE =
  /\bdian\b.{0,40}\b(?:hace|hacer|hara|haga|hacerme|presenta|presentar|liquida|liquidar|declara|declarar|calcula|calcular)\b.{0,30}\bpor (?:mi|uno|nosotros|su cuenta)\b/;
const ONE_DOES_NOT_FILE =
  /\b(?:no (?:la |lo )?(?:hago|hice|presento|presente|declaro|declare)|no declarar|sin declarar|nunca (?:la |lo )?(?:hago|hice|presento|presente|declaro|declare)|omis[oa])\b/;
// What one owns minus what one owes («¿el patrimonio es lo q tengo menos lo q debo?», «restando lo que debo») is the
// net worth, debts subtracted: «lo que debo» there is a debt, not an obligation (f5).
const NET_WORTH_TERM = 'patrimonioliquido';
const MINUS_DEBTS =
  /\b(?:menos|restando|quitando|restandole|quitandole|descontando) (?:lo (?:que|q) (?:debo|debemos|uno debe|se debe|le debo|debe uno)|las deudas|mis deudas|los prestamos|los creditos)\b/;
// «¿En qué parte del 210 va la pensión?»: where an item goes in the form is asked about the item named; the form
// number only says where one is (f5).
const WHERE_IN_THE_FORM_TERM = 'cedul';
const WHERE_IN_THE_FORM =
  /\ben (?:que|q|cual) (?:parte|casilla|renglon|seccion|cedula)\b.{0,25}\b(?:210|formulario|declaracion)\b/;
// An occasional gain (an inheritance, a prize, a sale of a home) has its own section, outside the cédulas.
const OCCASIONAL_GAIN =
  /\b(?:herencia\w*|hered\w*|loteria|premio\w*|rifa\w*|ganancia\w* ocasional\w*|donacion\w*|don[oa]|vend\w*|venta)\b/;
const DECEASED_RETURN_TERM = 'rentafallecido';
const DECEASED = /\b(?:muri\w*|falleci\w*|difunt[oa]s?|muert[oa]s?|sucesion(?:es)?|causante)\b/;
const DECEASED_RETURN =
  /\b(?:(?:declar\w*|renta|declaracion)(?: de renta)? (?:de|por|a) (?:el|ella|ellos|mi (?:papa|mama|padre|madre|esposo|esposa|abuel[oa]))\b|(?:renta|declaracion) del (?:difunto|fallecido|muerto|causante)|(?:presentar|declarar|hacer)le\b|(?:quien|quienes|kien) (?:la |le )?(?:presenta|hace|declara|firma|tiene (?:q|que) declarar|debe declarar|declaran))/;

const SHARED_DEPENDANT_TERM = 'dependientecompartido';
const DEPENDANT =
  /\b(?:dependientes?|deduccion\w* (?:x|por) (?:el |la |los |mis? |nuestr[oa]s? )?(?:hij[oa]s?|nin[oa]s?))\b/;
// «Tenemos 2 hijos, ¿puedo poner yo a uno y mi marido al otro?»: a child one claims, with no word for dependant.
const CHILD_CLAIMED =
  /\b(?:hij[oa]s?|nin[oa]s?)\b.{0,60}\b(?:poner|pongo|ponerlo|ponerla|pedir|pido|reclamar|reclamo|meter|incluir|tomar)\b|\b(?:poner|pedir|reclamar|meter|incluir|tomar)\b.{0,40}\b(?:hij[oa]s?|nin[oa]s?)\b/;
const TWO_CLAIM =
  /\b(?:los dos|las dos|ambos|los 2|cada uno|el otro|la otra|al otro|a la otra|nadie mas|(?:yo|ella|el) tambien|tambien (?:puedo|podemos|la|lo|va)|mism[oa]s? (?:hij[oa]s?|nin[oa]s?|dependientes?)|ya (?:lo|la|los|las) (?:puse|pusimos|puso|reclam\w*|pidi\w*|inclu\w*|meti\w*|declar\w*)|quien (?:de (?:los dos|nosotros) )?(?:lo|la|los|las) (?:puede |podria |debe |tiene que )?(?:pone|poner|pide|pedir|incluye|incluir|reclama|reclamar|mete|meter)|quien (?:puede|podria|debe|tiene que) (?:poner|pedir|incluir|reclamar|meter)(?:lo|la|los|las))\b/;
const SUMMONS_NOT_OBLIGED_TERM = 'emplazamientonoobligado';
const SUMMONS = /\b(?:emplaz\w*)\b/;
const WAS_NOT_OBLIGED =
  /\bno (?:estaba|estoy|era|soy|estabamos) obligad[oa]s?\b|\bno (?:pasaba|pase|supere|superaba|llegaba|llegue|alcanzaba) (?:a |los |a los )?topes?\b|\bno (?:tenia|tengo|debia|tenia obligacion de|tengo obligacion de) (?:q |que )?declarar\b|\bni trabaje\b|\bno (?:tenia|tuve|tengo) (?:ingresos|plata)\b|\bsin ingresos\b|\bno (?:era|es|eran|son) mi[oa]s?\b|\bno mi[oa]s\b|\bno (?:me )?(?:correspondia|tocaba) declarar\b/;
const RAFFLE_ORGANISER_TERM = 'organizarifa';
const RAFFLE_ORGANISER =
  /\b(?:organiz\w*|hac\w*|hag\w*|hic\w*|hiz\w*|vamos a|va a|voy a|van a)\b(?:\s+\S+){0,3}?\s+(?:rifa|rifas|sorteo|sorteos)\b|\b(?:rifar|rifamos|rifaremos|rifaran|sortear|sorteamos)\b/;
const WRONG_REPORT_TERM = 'reporteerrado';
const EXOGENA = /\bexogena\b/;
const WRONG_REPORT =
  /\b(?:error\w*|errad[oa]s?|equivocad[oa]s?|reporto mal|reportaron mal|esta mal|sale mal|salio mal|no (?:lo |la )?(?:han|ha) (?:corregido|arreglado)|ya (?:lo |la )?(?:corrigio|corrigieron|arreglo|arreglaron))\b/;
// A figure in it that is not what the citizen received («la exógena dice 40 y recibí 32», «me aparece más plata de
// la que me pagaron», «un valor distinto al real») is a wrong report too: one declares the real figures (f5).
const FIGURE_MISMATCH =
  /\b(?:dice|dicen|sale|salen|aparece|aparecen|reporta\w*|report[oe])\b.{0,60}\b(?:pero|y|cuando)\b(?: yo)?(?: en realidad| realmente| solo)? (?:recibi|fueron|fue|me (?:pagaron|consignaron|entraron|llegaron)|gane|eran|era)\b|\b(?:mas|menos) (?:plata |dinero |ingresos )?(?:de (?:lo|la) (?:que|q)|del que|que lo (?:que|q)) (?:me |yo )?(?:pagaron|recibi|gane|consignaron|entro|entraron)\b|\b(?:distint[oa]s?|diferentes?) (?:al|a lo|de lo|del) (?:real|que (?:recibi|me pagaron|gane))\b|\bno (?:coincide\w*|cuadra\w*)\b/;
// Unless one's own return was filed with it and is what to correct («ya la presenté…, ¿cómo corrijo?»).
const OWN_RETURN_FILED =
  /\b(?:corrij\w*|correg\w*|correccion)\b.{0,30}\b(?:declaracion|renta)\b|\b(?:ya )?(?:presente|declare)\b/;
// What was withheld during the year, asked whether it is taken off the tax («la retención que me hicieron, ¿se
// descuenta del impuesto?»): the withholding's credit in the return, not a tax discount («descuento tributario»).
const WITHHOLDING_CREDIT_TERM = 'retencionseresta';
const WITHHELD_BEFORE =
  /\b(?:retuv\w*|retenid[oa]s?|retenciones|(?:la|las) retencion(?:es)? (?:que|q) (?:me|le|nos) (?:hicieron|hizo|hacen|han hecho|practicaron)|lo (?:que|q) (?:me|le) (?:retien\w*|retuv\w*|descont\w*))\b/;
const TAKEN_OFF_THE_TAX =
  /\b(?:se (?:descuent\w*|rest\w*|abon\w*|cruz\w*|tiene\w* en cuenta)|(?:descont\w*|rest\w*|abon\w*|cruz\w*)(?:l[oa]s?)?)\b.{0,20}\b(?:del|al|el|de la|a la|de mi|en el|en la) (?:impuesto|renta|declaracion)\b/;
// Something left out of a return already filed («ya declaré pero se me olvidó incluir unos intereses») is a
// correction, whatever the item is; a return filed and not paid («la presenté pero no la he pagado») runs
// late-payment interest. «No declaré y no pagué» filed nothing: it is not told as a return filed.
const LEFT_OUT_OF_A_FILED_RETURN_TERM = 'omitidoaldeclarar';
const FILED_NOT_PAID_TERM = 'declaradasinpagar';
const ALREADY_FILED =
  /\b(?:ya (?:la |lo )?(?:declare|presente|envie|firme)|(?<!\b(?:no|nunca|tampoco) )(?:declare|presente)\b[^.?!,;]{0,25}\b(?:pero|y)\b|despues de (?:declarar|presentar))/;
const LEFT_OUT =
  /\b(?:se me (?:olvido|paso) (?:incluir|poner|declarar|reportar|meter|sumar)|olvide (?:incluir|poner|declarar|reportar|meter|sumar)|no (?:inclui|puse|reporte|declare|meti|sume)|me falto (?:incluir|poner|declarar|reportar)?|deje (?:por )?fuera)\b/;
const NOT_PAID =
  /\b(?:no (?:la |lo )?(?:he |e )?pagad[oa]|no (?:la |lo )?pague|sin pagar|no alcance a pagar)\b/;
// Money a relative abroad sends («recibo plata de mi hermano que vive en USA», «mi hija me manda dólares desde
// España») is a remittance, whatever the country pulls (foreigners, non-residents, form 110).
const REMITTANCE_TERM = 'remesa';
const RELATIVE =
  /\b(?:herman[oa]s?|hij[oa]s?|mama|papa|madre|padre|espos[oa]|marido|novi[oa]|ti[oa]s?|prim[oa]s?|sobrin[oa]s?|familiar\w*|abuel[oa]s?|cunad[oa]s?)\b/;
const SENDS_MONEY =
  /\b(?:(?:me|nos|le) (?:manda\w*|envia\w*|gira\w*|consigna\w*|transfier\w*)|recib\w* (?:plata|dinero|dolares|euros|giros?)|plata|dinero|dolares|euros)\b/;
const FOREIGN_COUNTRY_WORDS = FOREIGN_COUNTRIES.join('|');
const FROM_ABROAD = new RegExp(
  String.raw`\b(?:(?:vive|viven|esta|estan|trabaja|trabajan) (?:en|por) (?:el )?(?:exterior|extranjero|afuera|${FOREIGN_COUNTRY_WORDS})|desde (?:el )?(?:exterior|extranjero|afuera|${FOREIGN_COUNTRY_WORDS}))\b`,
);
// A citizen who tells that they live abroad («vivo en Chile», «me fui a vivir a España hace dos años», «trabajo
// en Canadá hace años») asks as a Colombian settled abroad, whatever the question names next (residence, the 210,
// the account left here): the emigrant's entry (its keyword «emigrante»), not the art. 10 rule alone (f4).
const EMIGRANT_TERM = 'emigr';
// Told, not asked: below a phrase, as the situation of a filing question is (measured 0.5–1: 0.75–1 alike).
const EMIGRANT_WEIGHT = 0.75;
const ABROAD_PLACE = `(?:el exterior|el extranjero|afuera|fuera del pais|fuera de colombia|otro pais|${FOREIGN_COUNTRY_WORDS}|${FOREIGN_CITIES.join('|')})`;
const LIVES_ABROAD = new RegExp(
  String.raw`\b(?:(?:vivo|resido|vivimos|residimos|estoy viviendo|sigo viviendo|trabajo|llevo(?: \S+){1,3}? (?:viviendo|radicad[oa]))(?: en| por| desde)? ${ABROAD_PLACE}|vivo (?:afuera|fuera)|(?:me fui|me mude|nos fuimos|nos mudamos|me radique|emigre)(?: a vivir| a trabajar)? (?:a|para|en) ${ABROAD_PLACE})\b`,
);
// Only when residence or the return itself is asked: living in Madrid is mere context for recovering the
// signature's password or for a refund.
const ASKS_RESIDENCE_OR_FILING =
  /\b(?:residen\w*|obligad[oa]s?|(?:sigo|seguir|sigue|debo|tengo (?:q|que)|toca|tocaria|tiene (?:q|que)) (?:declar\w*|presentando)|declaro|declarando|(?:la|el) (?:210|110)|doble)\b/;
// A move told with its month («me fui en marzo del año pasado») asks how the days of that year count: the art. 10
// rule's own question.
const MONTH_OF_MOVE =
  /\b(?:en|desde|a (?:mitad|mediados|finales|principios) de) (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ano)\b/;
// Proving that one lives abroad («¿cómo le pruebo a la DIAN que ya vivo en España?») is leaving the residence's
// own errand: the certificate and the papers that show it.
const PROVES_RESIDENCE = /\b(?:prueb\w*|prob\w*|demuestr\w*|demostr\w*|acredit\w*|certificad\w*|soportes?)\b/;
// Filing from abroad («¿cómo declaro renta desde el exterior?», «¿puedo presentarla desde España?») is the
// emigrant's question too; paying «desde acá» told by one who lives abroad is paying from another country.
const ABROAD_FROM_WORDS = ABROAD_FROM.join('|');
const FILES_FROM_ABROAD = new RegExp(
  String.raw`\b(?:declar\w*|present\w*|hacer (?:la|mi) (?:renta|declaracion))\b(?:\s+\S+){0,3}?\s+desde (?:${ABROAD_FROM_WORDS})\b`,
);
const FILES_FROM_HERE =
  /\b(?:declar\w*|present\w*|hacer (?:la|mi) (?:renta|declaracion))\b(?:\s+\S+){0,3}?\s+desde (?:aca|aqui|alla)\b/;
const PAY_FROM_ABROAD_TERM = 'pagoexterior';
const PAYS_FROM_HERE = /\bpag(?:o|ar|arle|arla|amos|ue)\b(?:\s+\S+){0,3}?\s+desde (?:aca|aqui|alla)\b/;
// An account or a property held abroad («una cuenta en un banco de Miami», «cuenta de ahorros en España», «un CDT
// en Panamá», «un apartamento en Miami que arriendo», «lo que tengo afuera») is an asset abroad: the accounts abroad and form 160, not a
// remittance received nor a rent here (f4).
const ASSETS_ABROAD_TERM = 'activosexterior';
const ACCOUNT_ABROAD = new RegExp(
  String.raw`\b(?:cuentas?|banco|bancos|cdts?|inversion\w*|ahorros|apartamentos?|aptos?|casas?|inmuebles?|propiedad\w*|lotes?|terrenos?)\b(?:\s+\S+){0,4}?\s+(?:en|de|del) (?:${ABROAD_FROM_WORDS})\b|\blo (?:q|que) (?:tiene|tengo|tenga|tenemos|tienen) (?:uno )?(?:afuera|en el exterior|en el extranjero|fuera del pais|en otro pais)\b`,
);
// Tax withheld or paid abroad, asked whether it is taken off here («allá me retuvieron impuestos, ¿puedo descontar
// eso en Colombia para no pagar doble?»): the art. 254 credit for taxes paid abroad, in the accounts-abroad entry (f4).
const FOREIGN_TAX_CREDIT_TERM = '254';
const ABROAD_HERE = `(?:alla|afuera|en el exterior|en el extranjero|en otro pais|en (?:${FOREIGN_COUNTRY_WORDS}))`;
const TAX_PAID_ABROAD = new RegExp(
  String.raw`\b(?:retuv\w*|retien\w*|retencion\w*|pague|pagu\w*|cobraron|descontaron|impuestos?)\b.{0,50}\b${ABROAD_HERE}\b|\b${ABROAD_HERE}\b.{0,50}\b(?:retuv\w*|retien\w*|cobraron|descontaron|pague)\b`,
);
const CREDIT_ASKED = /\b(?:descont\w*|descuent\w*|rest\w*|doble|dos veces|abon\w*|cruz\w*)\b/;
// Unless a foreigner tells it: their home country is where they come from, not where they emigrated.
const FOREIGNER =
  /\b(?:extranjer[oa]s?|soy (?:gringo|gringa|venezolan[oa]|estadounidense|american[oa]|canadiense|aleman[a]?|espanol[a]?|frances[a]?|ingles[a]?))\b/;
// A foreigner who tells a stay here («soy gringo, vivo en Medellín», «a digital nomad, 5 months in Cartagena», «if
// I retire in Medellín») asks as a foreigner living in Colombia (its keyword «expatriado»), not as a non-resident
// of form 110 nor as any earner abroad; a month of arrival told asks how the days count (art. 10) (f4).
const EXPATRIATE_TERM = 'expatri';
// Weighed as a word said: a foreigner's stay here says whose rules apply, which the income from abroad that such
// questions also tell («trabajo remoto para una empresa de USA») must not outweigh (0.75 measured, −1).
const EXPATRIATE_WEIGHT = 1;
const COLOMBIAN_PLACE = `(?:colombia|aca|aqui|el pais|${COLOMBIAN_CITIES.join('|')})`;
const STAYS_HERE = new RegExp(
  String.raw`\b(?:vivo|vivimos|resido|estuve|estoy|llevo|me pensiono|me jubilo|me quedo|me quede|me vine|nos vinimos)\b(?:\s+\S+){0,4}?\s+(?:en|a|para) ${COLOMBIAN_PLACE}\b|\b(?:meses|dias|anos) en ${COLOMBIAN_PLACE}\b`,
);
const TAX_ASKED = /\b(?:residen\w*|declar\w*|renta|impuestos?|obligad[oa]s?)\b/;
const FOREIGNER_TOLD =
  /\b(?:extranjer[oa]s?|nomada digital|soy (?:gringo|gringa|venezolan[oa]|estadounidense|american[oa]|canadiense|aleman[a]?|espanol[a]?|frances[a]?|ingles[a]?|mexican[oa]|argentin[oa]|chilen[oa]|peruan[oa]|ecuatorian[oa]|brasiler[oa]|italian[oa]))\b/;
// Whether filing means paying, in any words («si declaro, ¿quiere decir que sí o sí pago impuesto?», «¿declarar
// implica pagar?», «¿si me toca declarar también me toca pagar?»): who files, and that a return may owe nothing
// (the phrases «lo mismo que pagar», «no es pagar» in the vocabulary), not how, when or how much one pays (f4).
const FILING_MEANS_PAYING_TERM = 'declararnoespagar';
const FILING_MEANS_PAYING =
  /\bdeclar\w*\b.{0,40}\b(?:quiere decir|significa|implica|es lo mismo|es igual|obliga a|toca|tengo (?:q|que)|hay (?:q|que)|debo|tambien)\b.{0,25}\bpag(?:o|ar|ue|a|amos)\b/;
const PAYING_HOW_WHEN_OR_WHY =
  /\b(?:como|donde|cuando|cuanto|cuanta|hasta|tarde|multa\w*|sancion\w*|interes\w*|extemporane\w*|cuotas?|490)\b/;
// The thresholds asked as gross or net («¿los topes son con lo que gané o con lo que me queda después de gastos?»,
// «¿el tope es con el patrimonio con la deuda restada?»): the test counts gross income and gross patrimony (f4).
const GROSS_TERM = 'brut';
const THRESHOLDS_NAMED = /\b(?:topes?|(?:para|pa|pal) (?:ver si )?declar\w*|obliga\w* a declarar)\b/;
const GROSS_OR_NET =
  /\b(?:brut[oa]s?|net[oa]s?|(?:lo )?(?:que|q) me queda|despues de (?:gastos|costos|descuentos|impuestos|deducciones|pagar)|antes de (?:gastos|costos|descuentos|impuestos)|(?:restando|descontando|quitando|menos) (?:los |las )?(?:gastos|costos|deudas?))\b/;
// The signing step failing at the end of the return («cuando le doy firmar me sale error», «no me deja presentarla,
// sale algo de la firma», «la firma no me funciona»): the return is not filed until it is signed, and the signature's
// own errands (codes, password, renewal, unblocking) are what is asked, not the filing steps or the form (f4).
const UNSIGNED_TERM = 'sinfirmar';
const SIGNATURE = /\b(?:firma|firmas|firmar|firmo|firmarla|firmarlo|firme)\b/;
const FAILS =
  /\b(?:error\w*|no (?:me )?deja\w*|no (?:me )?(?:funciona|sirve|acepta|carga|pasa|aparece)|falla\w*|fallo|rechaz\w*|bloque\w*|sale algo|me sale (?:un |una )?(?:mensaje|aviso|alerta))\b/;
const PORTAL_FAILURE_TERM = 'falla';
const SIGNING_FAILS = new RegExp(
  `${SIGNATURE.source}.{0,40}${FAILS.source}|${FAILS.source}.{0,40}${SIGNATURE.source}`,
);
// «¿Hasta cuánto puedo ganar sin declarar?», «¿el patrimonio de cuánto tiene que ser para declarar?»: the amount
// that obliges one to file is the who-must-file test, not what happens to one who does not file.
const THRESHOLD_AMOUNT_ASKED =
  /\b(?:hasta|de|desde|a partir de)? ?(?:cuant[oa]s?|que monto|que cantidad)\b.{0,40}\b(?:sin (?:tener que )?declarar|para (?:no )?(?:tener que )?declarar|obliga\w* a declarar|(?:me|le|nos) toca declarar)\b/;
// An amount of money, not of papers or days («¿cuántos documentos necesito para declarar?»).
const MONEY_HELD =
  /\b(?:gan\w*|tener|tenga|tengo|patrimonio|ingres\w*|plata|dinero|consign\w*|recib\w*|salario|sueldo|millones|palos)\b/;
// «¿A partir de cuánto se paga impuesto de renta?»: the amount where the tax starts is the rate table's first
// bracket, not how to pay.
const RATE_TABLE_TERM = 'tarifa';
const TAX_STARTS_AT =
  /\b(?:a partir de|desde) (?:cuant[oa]s?|que monto|que salario|que sueldo|que ingresos?)\b.{0,30}\b(?:se paga|pago|pagan|paga uno|hay que pagar|empieza\w* a pagar|se empieza)\b.{0,25}\b(?:impuesto|renta)\b/;
// «¿Cuánto es lo máximo que puedo deducir por mi hijo / por la prepagada?»: the item named is the topic and its own
// cap the answer; the generic verb («deducir», «restar») would pull the overall 40 % cap instead.
const ITEM_CAP_TERM = 'limite';
const MOST_ONE_MAY =
  /\b(?:(?:lo )?maximo|(?:el )?tope|(?:el )?limite|hasta cuanto)\b.{0,30}\b(?:deduc\w*|rest\w*|descont\w*|meter|poner)\b/;
const NAMED_ITEM =
  /\b(?:por|de|del|de la|de los|de las)\s+(?:mis?\s+|la\s+|el\s+|los\s+|las\s+)?(?:hij[oa]s?|dependientes?|prepagada|medicina prepagada|intereses|afc|pension voluntaria|donacion\w*|facturas?)\b/;
// Selling goods as one's trade («vendo ropa por Instagram», «vendo por MercadoLibre», «vendo empanadas en la
// calle») is a small business's income (the independents' entry), not the sale of an asset (a home, a car).
const BUSINESS_TERM = 'negocio';
const SELLS_AS_A_TRADE =
  /\b(?:vendo|vendemos|vende|vendia)\b(?:\s+\S+){0,3}?\s+(?:por|en|x)\s+(?:el\s+|la\s+)?(?:instagram|facebook|whatsapp|tiktok|mercado ?libre|internet|redes|la calle|linea|catalogo)\b|\b(?:vendo|vendemos|vendia)\s+(?:ropa|comida|empanadas|productos|cosas|zapatos|postres|tortas|arepas|cosmeticos|mercancia|dulces|artesanias|por catalogo)\b/;
// How far back the DIAN may review a return («¿hasta cuántos años para atrás me puede revisar?», «¿la del 2021 ya
// quedó quieta?») is its firmness, not years one failed to file.
const FIRMNESS_TERM = 'firmeza';
const REVIEWED = /\b(?:revis\w*|audit\w*|fiscaliz\w*|tumb\w*|quiet[oa]|en firme|requer\w*)\b/;
const HOW_FAR_BACK =
  /\b(?:cuant[oa]s? (?:anos|tiempo)|(?:de )?hace (?:\d+|dos|tres|cuatro|cinco|seis|varios) anos|anos (?:para|pa|hacia) atras|hasta (?:cuando|que ano)|ya (?:quedo|esta) (?:quiet[oa]|en firme))\b/;
// Correcting a return to pay less or get more back («la corrijo pa pagar menos», «corregir a mi favor») is the
// correction that lowers the tax (art. 589: one year), not a deduction nor the inaccuracy penalty.
const LOWERING_CORRECTION_TERM = 'disminuy';
const CORRECTS = /\b(?:correg\w*|corrij\w*|correccion\w*)\b/;
const PAYS_LESS =
  /\b(?:pagar menos|pague menos|pago menos|menos impuesto|a mi favor|mas saldo a favor|me (?:devuelvan|devuelven) mas)\b/;
const EQUAL_PAY_TERM = 'mismosueldo';
const EQUAL_PAY =
  /\b(?:(?:mismo|igual|igualito) (?:sueldo|salario)|(?:sueldo|salario) igual\w*|(?:gana|ganamos|gano|ganan) (?:lo mismo|igual\w*))\b/;
const WITHHELD = /\b(?:retien\w*|reten\w*|retencion\w*|retefuente|descuent\w*|sacan)\b/;
const LOWER_WITHHOLDING_TERM = 'bajarretencion';
const LOWER_WITHHOLDING =
  /\b(?:(?:retengan|retenga|retener) menos|(?:baj\w*|rebaj\w*|reduc\w*|reduzc\w*|disminu\w*) (?:la |mi |el )?(?:retencion|retefuente))\b/;

/**
 * Concepts only the whole question says, each added once as a phrase would be: what one clause cannot tell
 * (a death and the return of the one who died, the portal failing and the deadline, who asks for the password).
 */
const WHOLE_QUESTION_CONCEPTS: ReadonlyArray<{
  term: string;
  asked: (plain: string) => boolean;
  /** A situation the question tells, rather than what it asks, weighs less than a phrase. */
  weight?: number;
  /** Terms the concept reads otherwise: «junto / separado» of two incomes is no couple's joint return. */
  replaces?: readonly string[];
}> = [
  // A death told with the return of the one who died ("¿hay que declarar renta por él?", "la renta del
  // difunto", "¿quién la presenta?") asks for the succession's return, not what the heirs receive.
  { term: DECEASED_RETURN_TERM, asked: (plain) => DECEASED.test(plain) && DECEASED_RETURN.test(plain) },
  // A paper saying that one does not have to file ("un concepto por escrito diciendo que no estoy obligado",
  // "una constancia de que no declaro") is the non-filer's letter, not the voluntary return.
  {
    term: NOT_OBLIGED_PROOF_TERM,
    asked: (plain) => NOT_OBLIGED_PROOF.test(plain) || (NON_FILER.test(plain) && PROOF_ASKED_FOR.test(plain)),
  },
  // The portal failing told with the deadline ("se cayó la página el día que me tocaba", "no cargaba y al otro
  // día ya estaba vencida", "¿me multan?") asks what happens to the date: the art. 579-2 rule, not filing tips.
  {
    term: PORTAL_FAILED_ON_DEADLINE_TERM,
    asked: (plain) => PORTAL_FAILED.test(plain) && ON_THE_DEADLINE.test(plain),
  },
  // A bookkeeper who asks for the password to do the return ("un contador me pide la clave de la DIAN") is the
  // bookkeeper's question (whether one needs one, never share the password), though who asks is usually context.
  { term: HOW_TO_FILE_TERM, asked: (plain) => NEEDED_TO_FILE.test(plain) },
  { term: HELPER_TERM, asked: (plain) => HELPER_ASKS_PASSWORD.test(plain) || HELPER_NEEDED.test(plain) },
  // A dependant told with a second claimant («los dos», «yo también», «ya la puso», «el mismo hijo») asks whether
  // both may claim it: one taxpayer per dependant (art. 387), not what the deduction is worth.
  {
    term: SHARED_DEPENDANT_TERM,
    asked: (plain) => (DEPENDANT.test(plain) || CHILD_CLAIMED.test(plain)) && TWO_CLAIM.test(plain),
  },
  // A summons told with not having been obliged («no pasaba los topes», «ni trabajé») asks how to answer it,
  // not the penalty of filing after it.
  { term: SUMMONS_NOT_OBLIGED_TERM, asked: (plain) => SUMMONS.test(plain) && WAS_NOT_OBLIGED.test(plain) },
  // Two equal salaries with different withholding, or how to have less withheld, is the payroll's cleaned
  // base (art. 383 and 387): what each worker reports to the employer.
  { term: EQUAL_PAY_TERM, asked: (plain) => EQUAL_PAY.test(plain) && WITHHELD.test(plain) },
  { term: OBLIGATION_TERM, asked: (plain) => THRESHOLD_AMOUNT_ASKED.test(plain) && MONEY_HELD.test(plain) },
  { term: RATE_TABLE_TERM, asked: (plain) => TAX_STARTS_AT.test(plain) },
  { term: UNSIGNED_TERM, asked: (plain) => SIGNING_FAILS.test(plain) },
  { term: GROSS_TERM, asked: (plain) => THRESHOLDS_NAMED.test(plain) && GROSS_OR_NET.test(plain) },
  {
    term: FILING_MEANS_PAYING_TERM,
    asked: (plain) => FILING_MEANS_PAYING.test(plain) && !PAYING_HOW_WHEN_OR_WHY.test(plain),
  },
  {
    term: REMITTANCE_TERM,
    asked: (plain) => RELATIVE.test(plain) && SENDS_MONEY.test(plain) && FROM_ABROAD.test(plain),
  },
  {
    term: LEFT_OUT_OF_A_FILED_RETURN_TERM,
    asked: (plain) => ALREADY_FILED.test(plain) && LEFT_OUT.test(plain),
  },
  { term: FILED_NOT_PAID_TERM, asked: (plain) => ALREADY_FILED.test(plain) && NOT_PAID.test(plain) },
  {
    term: WITHHOLDING_CREDIT_TERM,
    asked: (plain) => WITHHELD_BEFORE.test(plain) && TAKEN_OFF_THE_TAX.test(plain),
  },
  { term: LOWER_WITHHOLDING_TERM, asked: (plain) => LOWER_WITHHOLDING.test(plain) },
  { term: LOWERING_CORRECTION_TERM, asked: (plain) => CORRECTS.test(plain) && PAYS_LESS.test(plain) },
  {
    term: ITEM_CAP_TERM,
    asked: (plain) => MOST_ONE_MAY.test(plain) && NAMED_ITEM.test(plain),
    replaces: ['deduccion', 'exento'],
  },
  { term: BUSINESS_TERM, asked: (plain) => SELLS_AS_A_TRADE.test(plain), replaces: ['vender'] },
  {
    term: FIRMNESS_TERM,
    asked: (plain) =>
      REVIEWED.test(plain) &&
      HOW_FAR_BACK.test(plain) &&
      !/\b(?:no|nunca) (?:(?:he|ha|haya) )?(?:declar\w*|present\w*)|\bsin declarar\b/.test(plain),
    replaces: ['anosatras'],
  },
  {
    term: WHERE_IN_THE_FORM_TERM,
    asked: (plain) =>
      WHERE_IN_THE_FORM.test(plain) && !/\b(?:220|certificado)\b/.test(plain) && !OCCASIONAL_GAIN.test(plain),
    replaces: ['210', 'formulario'],
  },
  { term: NET_WORTH_TERM, asked: (plain) => MINUS_DEBTS.test(plain) },
  {
    term: ASSESSMENT_TERM,
    asked: (plain) => DIAN_FILES_FOR_ONE.test(plain) && ONE_DOES_NOT_FILE.test(plain),
  },
  {
    term: EXOGENA_TERM,
    asked: (plain) => /\bdian\b/.test(plain) && HOW_DIAN_FINDS_OUT.test(plain),
    replaces: ['nodeclarar'],
  },
  {
    term: CEDULAS_TERM,
    asked: (plain) =>
      INCOME_KINDS.filter((kind) => kind.test(plain)).length >= 2 &&
      TOGETHER_OR_APART.test(plain) &&
      !COUPLE.test(plain),
    replaces: ['conjunta', 'separ'],
  },
  {
    term: VOLUNTARY_TERM,
    asked: (plain) => (WAS_NOT_OBLIGED.test(plain) || NON_FILER.test(plain)) && FILE_ANYWAY.test(plain),
  },
  // Running a raffle or a draw oneself («voy a rifar una moto», «organizamos un sorteo») is the organiser's side of
  // the prize: who withholds the 20 % and declares it (arts. 306 and 402).
  { term: RAFFLE_ORGANISER_TERM, asked: (plain) => RAFFLE_ORGANISER.test(plain) },
  // The exógena told with an error in it, or one the reporter fixed or has not («el banco no lo ha corregido»),
  // is the wrong report (q3's `reporteerrado`): the reporter corrects it and one declares the real figures.
  {
    term: WRONG_REPORT_TERM,
    asked: (plain) =>
      EXOGENA.test(plain) &&
      (WRONG_REPORT.test(plain) || FIGURE_MISMATCH.test(plain)) &&
      !OWN_RETURN_FILED.test(plain),
  },

  { term: ACCOUNT_TERM, asked: (plain) => LOGS_IN_WITH_DOCUMENT.test(plain) },
  {
    term: EXPATRIATE_TERM,
    asked: (plain) =>
      FOREIGNER_TOLD.test(plain) &&
      STAYS_HERE.test(plain) &&
      TAX_ASKED.test(plain) &&
      !MONTH_OF_MOVE.test(plain),
    weight: EXPATRIATE_WEIGHT,
  },
  {
    term: EMIGRANT_TERM,
    asked: (plain) =>
      (FILES_FROM_ABROAD.test(plain) || (FILES_FROM_HERE.test(plain) && LIVES_ABROAD.test(plain))) &&
      !FOREIGNER.test(plain),
  },
  // Weighed as a word said (1), not a phrase: measured 0.6–1 alike; the phrase «cuenta en <país>» → form 160 was
  // tried before and dropped.
  { term: ASSETS_ABROAD_TERM, asked: (plain) => ACCOUNT_ABROAD.test(plain), weight: 1 },
  {
    term: FOREIGN_TAX_CREDIT_TERM,
    asked: (plain) => TAX_PAID_ABROAD.test(plain) && CREDIT_ASKED.test(plain),
  },
  {
    term: PAY_FROM_ABROAD_TERM,
    asked: (plain) => PAYS_FROM_HERE.test(plain) && LIVES_ABROAD.test(plain) && !FOREIGNER.test(plain),
  },
  {
    term: EMIGRANT_TERM,
    asked: (plain) =>
      LIVES_ABROAD.test(plain) &&
      ASKS_RESIDENCE_OR_FILING.test(plain) &&
      !FOREIGNER.test(plain) &&
      !MONTH_OF_MOVE.test(plain) &&
      !PROVES_RESIDENCE.test(plain),
    weight: EMIGRANT_WEIGHT,
  },
];

/**
 * "¿El 25 % exento tiene tope?", "¿cuánto es el tope de la factura electrónica?": a cap told beside a
 * deduction or an exemption is that item's limit, not the filing thresholds that «tope» names elsewhere.
 * Thresholds named as such («tope de patrimonio», «topes para declarar») keep their meaning.
 */
const CAPPED_ITEM =
  /\b(?:exent[oa]s?|deduc\w*|descuent\w*|descont\w*|dependientes?|factura\w*|prepagada|afc|voluntari[oa]s?|donacion\w*|intereses)\b/;
const FILING_CAP =
  /\b(?:topes? (?:de |del |pal |para |pa )?(?:patrimonio|ingresos?|consignaciones|compras|consumos|tarjeta|declarar|la renta)|(?:tengo|tiene|toca|debo|obligad[oa]) (?:que |q |a )?declarar)\b/;
export function withItemCapAsLimit(question: string): string {
  const text = normalize(question);
  if (!CAPPED_ITEM.test(text) || FILING_CAP.test(text)) return question;
  return text.replace(/\btope(s?)\b/g, 'limite$1');
}

const NOT_FILED_TERM = 'nodeclarar';
const YEARS_BEHIND_TERM = 'anosatras';
const SEASONS_AGO =
  /\b(?:desde hace|hace (?:como |unos |mas de )?(?:\d+|dos|tres|cuatro|cinco|varios) anos|varios anos|desde (?:el )?(?:ano )?20\d{2})\b/;
/** A taxable year whose season closed before the current one, or a time counted in years. */
function namesPastSeason(text: string): boolean {
  if (SEASONS_AGO.test(text)) return true;
  return [...text.matchAll(/\b(20\d{2})\b/g)].some(([year]) => Number(year) < CURRENT_FILING_YEAR - 1);
}

/**
 * "Mi papá murió en marzo y tenía un apto en Soacha…. ¿Quién tiene que declarar?": a citizen who tells a
 * story in whole sentences and then asks has said what is asked in the sentence with the question mark; the
 * sentences before it are the story, which the question weighs below what it asks (`STORY_WEIGHT`).
 */
const SENTENCE_END = /(?<=[?!]|\.(?!\d))/;
function storyAndQuestion(text: string): Array<{ text: string; story: boolean }> {
  const sentences = text.split(SENTENCE_END);
  const firstAsked = sentences.findIndex((sentence) => sentence.includes('?'));
  return sentences.map((sentence, index) => ({ text: sentence, story: index < firstAsked }));
}

// "¿Cómo sé si…?", "no sé si…", «no estoy seguro si…», «no tengo claro / ni idea si…», «tengo la duda si…»: an
// indirect question, whose clause is what is asked (f4: «seguro», «claro», «idea», «duda»).
const ASKS_WHETHER: ReadonlySet<string> = new Set(
  wordList(
    'se sabe saber verifico verificar averiguar averiguo confirmar confirmo ver reviso revisar pregunto dime decir seguro segura claro clara idea duda',
  ),
);

/**
 * "¿Cómo saco el RUT por primera vez si nunca he declarado?": a condition tells the situation, and the rest of
 * the question asks. Its terms are weighed as a filing question's situation (`SITUATION_WEIGHT`), and only
 * when something else is asked: in "¿qué pasa si no declaro?" the condition is all there is.
 */
function splitCondition(clause: string): Array<{ text: string; condition: boolean; objection?: boolean }> {
  const words = clause.split(/\s+/);
  // "Si ya…" objects rather than supposes ("¿por qué declaro si ya me retienen?"): it is the question.
  // «Sí o sí» (no matter what: «¿toca cita sí o sí?») supposes nothing (f5).
  const siOSi = (index: number) =>
    (words[index + 1] === 'o' && words[index + 2] === 'si') ||
    (words[index - 1] === 'o' && words[index - 2] === 'si');
  const at = words.findIndex(
    (word, index) => word === 'si' && !ASKS_WHETHER.has(words[index - 1] ?? '') && !siOSi(index),
  );
  // A clause that opens with "ya" objects too: "ya me retienen del sueldo, ¿por qué tengo que declarar?".
  if (at < 0) return [{ text: clause, condition: false, objection: words[0] === 'ya' }];
  const objection = words[at + 1] === 'ya';
  return [
    { text: words.slice(0, at).join(' '), condition: false },
    { text: words.slice(at).join(' '), condition: !objection, objection },
  ];
}

// A citizen who says an age under 18 is a minor: "tengo 17 años y gano plata como streamer". Not "tengo 5
// años viviendo afuera" or "tengo 3 años sin declarar", which say how long, nor "tengo 16 millones". Only
// the first person: "mi hijo tiene 10 años" usually asks about a dependant.
const MINOR_AGE =
  /\b(?:tengo|cumpli)\s+(?:1[0-7]|[1-9])(?:\s+anos?)?\b(?!\s*(?:%|por ciento|anos?\b|millon\w*|mil\b|uvt|meses|dias|\w+ndo\b|sin\b|de\b|en\b|que\b|por\b|con\b|trabaj\w*|viv\w*|declar\w*))/g;
const AS_A_MINOR = ' menor ';
// A son or daughter whose age under 18 is told ("mi hija de 16", "mi hijo tiene doce años", "el niño") is a
// minor too: a question about their own income or return is the minors' entry's, and a dependant's question
// still names "dependiente" itself.
const UNDER_18 =
  '(?:1[0-7]|[1-9]|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete)';
// "Mi hijo tiene 10 años, ¿lo puedo poner como dependiente?": the age is the dependant's condition.
const ASKS_DEDUCTION = /\b(?:dependiente|deduc|descont|restar|a (?:mi )?cargo)/;
const CHILD_AGE = new RegExp(
  `\\b(?:mi|mis|su|sus|el|la|los|las) (?:hij[oa]s?|nin[oa]s?|pelad[oa]s?|chinit[oa]s?)(?: (?:menor|mayor|pequen[oa]|de edad))? (?:de|tiene|que tiene|con|ya tiene|cumplio) ${UNDER_18}(?: anos?)?\\b(?!\\s*(?:%|por ciento|millon\\w*|mil\\b|uvt|meses|dias))`,
  'g',
);

// «Llevo 40 min en la línea», «llevo 3 días intentando»: how long one has waited, not «llevar» (to take papers to an
// office or the bank). Months and years are left alone: «llevo 6 años en Alemania» is how a stay abroad is told (f5).
const HOW_LONG =
  /\b(llevo|llevamos|lleva|llevan|llevaba|llevabamos)\b((?: (?:ya|como|casi|mas de|unos|unas|apenas))* (?:\d+|un|una|dos|tres|cuatro|cinco|seis|varios|varias|media|muchos|muchas) (?:min|minutos?|horas?|dias|semanas?)\b)/g;

export function analyzeClause(text: string, forQuery: boolean, childAsDependant = false): AnalyzedToken[] {
  const told = forQuery
    ? withWordAmountsAsDigits(normalize(text))
        .replace(HOW_LONG, '$2')
        .replace(MINOR_AGE, (age) => `${age}${AS_A_MINOR}`)
        .replace(CHILD_AGE, (age) => (childAsDependant ? age : `${age}${AS_A_MINOR}`))
    : text;
  // "25 %" is a rate ("el 25 % exento"): marked so that the number stays a term like "72 UVT" does.
  const tokens = tokenize(told.replace(/(\d)\s*(?:%|por ciento)/g, `$1 ${PERCENT_MARK}`));
  const stems = tokens.map(stem);
  const out: AnalyzedToken[] = [];
  let seenContent = false;
  let blocked = false;
  let askedWhen = false;
  let index = 0;
  while (index < tokens.length) {
    const phrase = matchPhrase(stems, index);
    if (phrase) {
      const next = index + phrase.stems.length;
      for (const term of phrase.replacement) {
        // "¿Cuándo tengo que declarar?" asks for the date, not whether one is obliged to file.
        if (askedWhen && term === OBLIGATION_TERM) continue;
        if (forQuery && term === TAXABLE_TERM && precedesYear(tokens, next)) continue;
        out.push({ surface: undefined, term, weight: forQuery ? PHRASE_WEIGHT : 1 });
      }
      if (phrase.replacement.length > 0) seenContent = true;
      index += phrase.stems.length;
      continue;
    }
    const word = tokens[index] ?? '';
    index += 1;
    // A phone number typed in groups ("601 307 8064") is how the citizen called, not a form or a figure.
    if (forQuery && isPhoneNumberGroup(tokens, index - 1)) continue;
    if (CUANDO_BLOCKERS.has(word)) blocked = true;
    if (word === 'cuando') {
      if (!seenContent && !blocked) {
        out.push({ surface: undefined, term: 'plazo', weight: 1 });
        askedWhen = true;
      }
      continue;
    }
    const hint = HINTS.get(word);
    if (hint && (forQuery || !hint.keep)) {
      for (const [term, weight] of hint.terms)
        out.push({ surface: undefined, term, weight: forQuery ? weight : 1 });
    }
    if ((hint && !hint.keep) || isStopword(word) || YEAR_TOKEN.test(word)) continue;
    if (forQuery && canonicalTerm(word) === TAXABLE_TERM && precedesYear(tokens, index)) continue;
    if (word === PERCENT_MARK) continue;
    const isRate = tokens[index] === PERCENT_MARK;
    if (forQuery && SHORT_NUMBER.test(word) && !isRate && !followsNitContext(stems, index - 1)) continue;
    // "100 millones" is the citizen's amount, not the "100" of a form number or a UVT figure.
    if (forQuery && /^\d+$/.test(word) && AMOUNT_UNITS.has(tokens[index] ?? '')) continue;
    if (forQuery && CALENDAR_WORDS.has(word)) continue;
    seenContent = true;
    out.push({ surface: word, term: canonicalTerm(word), weight: 1 });
    if (forQuery && KNOWN_FORMS.has(word))
      out.push({ surface: undefined, term: 'formulario', weight: FORM_HINT_WEIGHT });
  }
  return out;
}

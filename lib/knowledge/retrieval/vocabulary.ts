/**
 * The base's vocabulary, applied to entries and questions alike: multi-word phrases, canonical synonyms and
 * query-side hints, with each topic's own added, and the lookups that map a word or a run of stems to a term.
 */
import { KNOWLEDGE_TOPICS } from '../topics';
import { tokenize, wordList } from '../text';
import { stem } from './stemmer';
import { COLOMBIAN_CITIES } from './stopwords';

/**
 * Multi-word expressions that mean one thing. Matched on stems, so plurals and gender variants of the
 * phrase match too. An empty replacement deletes the phrase (greetings must not read as "tarde" = late).
 */
const BASE_PHRASES: ReadonlyArray<readonly [phrase: string, replacement: readonly string[]]> = [
  ['buenas tardes', []],
  ['buenas noches', []],
  ['buenos dias', []],
  ['buen dia', []],
  // "No me dejan restar…" asks why something is not allowed; "dejar" is not the topic.
  ['no me dejan', []],
  // When something happened is context: "el año pasado" must not read as "pasar".
  ['ano pasado', []],
  ['medio tiempo', []],
  ['al final', []],
  // How or how much in all, and a change of job, are the story around the question, not its topic.
  ['en efectivo', []],
  ['en total', []],
  // Having the papers «a la mano» (at hand) is how they are kept, not a topic: «¿qué papeles necesito tener a
  // la mano?» asks for the documents (f1).
  ['a la mano', []],
  // What the money was for is context: a gift "para la cuota inicial" is still a gift.
  ['cuota inicial', []],
  // «La UVT vigente», «¿sigue vigente?»: in force now, a time word like «actual»; the thing said in force is the topic.
  ['vigente', []],
  // The UVT «cambia / sube / aumenta» each year: its yearly readjustment, not a currency exchange.
  ...['cambia', 'sube', 'aumenta', 'cambio', 'subio', 'aumento'].map(
    (verb) => [`uvt ${verb}`, ['uvt', 'reajuste']] as const,
  ),
  ['cambie de trabajo', []],
  ['cambie de empleo', []],
  ['tiempo completo', []],
  // A "conjunto residencial / cerrado" is a building complex: neither a joint return nor residence.
  ['conjunto residencial', []],
  ['conjunto cerrado', []],
  // Who told the citizen and how they feel are the story: «un compañero del trabajo dice…», «me da miedo…».
  // How often an amount is earned is not what is asked: «¿cuánto tengo que ganar al mes para declarar?» asks
  // for the threshold, not about a month's pay (the cesantías' «un mes de salario»).
  ['al mes', []],
  ['mensual', []],
  ['mensuales', []],
  // What comes «ya lleno» (already filled in) is the prefilled, suggested return, not filling in a form.
  ['ya lleno', ['sugerida']],
  ['ya llena', ['sugerida']],
  ['ya llenos', ['sugerida']],
  ['ya llenas', ['sugerida']],
  // «Ya llené el formulario / la 210 / todo el borrador» is the citizen who filled it in (the verb, with its
  // object after it), not what comes prefilled: matched on stems, «llené» is «lleno», so the object tells. A
  // step already done is the story; what is asked is the step after it («¿cómo lo firmo?») (f1).
  ...['el', 'la', 'los', 'las', 'todo', 'toda', 'mi', 'lo'].map(
    (object) => [`ya llene ${object}`, []] as const,
  ),
  // What «trae / viene / sale ya lleno» is prefilled, whatever follows («trae ya llenas el formulario…»).
  ...['trae', 'traen', 'viene', 'vienen', 'sale', 'salen', 'aparece', 'aparecen'].map(
    (verb) => [`${verb} ya lleno`, ['sugerida']] as const,
  ),
  ['companero de trabajo', []],
  ['companero del trabajo', []],
  ['companera de trabajo', []],
  ['companera del trabajo', []],
  // The press «que cita a la DIAN» (quotes it), in the entries' notes on sources, is no appointment (f5).
  ['prensa que cita a', ['prens']],
  ['prensa que citan a', ['prens']],
  ['me da miedo', []],
  // «¿Me van a multar / embargar?», «¿no me van a cobrar?»: someone about to act on the citizen is the future of the
  // verb after it, not «van» (to go), a word a few entries' prose happens to use («van a la cédula general») (f5).
  ...['me', 'te', 'le', 'les', 'nos', 'lo', 'la', 'los', 'las', 'se', 'no'].map(
    (pronoun) => [`${pronoun} van a`, []] as const,
  ),
  ['me preocupa', []],
  // "Recibo" with what is received is the verb (income), not the payment receipt (form 490).
  ['recibo mi', ['ingreso']],
  ['recibo mis', ['ingreso']],
  ['solo recibo', ['ingreso']],
  ['yo recibo', ['ingreso']],
  // What someone else takes from one's payment is a withholding; "puedo descontar" is a deduction.
  ['me descuentan', ['retencion']],
  ['me descontaron', ['retencion']],
  ['me quitan', ['retencion']],
  ['me quitaron', ['retencion']],
  // A tax charged at the source of a payment, before it reaches the citizen: «ya me cobraron el impuesto».
  ['ya me cobraron', ['retencion']],
  ['me cobraron el impuesto', ['retencion']],
  // Being paid is income received, not a payment to DIAN.
  ['me pagan', ['ingreso']],
  ['me pagaron', ['ingreso']],
  ['mes pasado', []],
  // "No alcancé a declarar": the citizen ran out of time.
  ['no alcance a', ['extemporaneo']],
  ['no alcanzo a', ['extemporaneo']],
  ['no alcanzamos a', ['extemporaneo']],
  // "A tiempo" is "by the deadline"; "tiempo" alone asks how long something takes or lasts.
  ['a tiempo', ['plazo']],
  ['no me deja', []],
  ['fecha limite', ['plazo']],
  // The popular name for the calendar by NIT digits, borrowed from traffic rules.
  ['pico y placa', ['plazo']],
  ['fecha maxima', ['plazo']],
  ['ultimo dia', ['plazo']],
  ['hasta cuando', ['plazo']],
  // "¿En qué mes…?" asks when, like "¿cuándo…?": the month is the answer sought, not a topic.
  ['en que mes', ['plazo']],
  ['que mes', ['plazo']],
  ['para cuando', ['plazo']],
  ['no residente', ['noresidente']],
  ['no resido en colombia', ['noresidente']],
  ['no resido', ['noresidente']],
  ['no soy residente', ['noresidente']],
  ['no vivo en colombia', ['noresidente']],
  ['vivo fuera', ['noresidente']],
  ['vivo afuera', ['noresidente']],
  ['vivo en el exterior', ['noresidente']],
  ['vivo en el extranjero', ['noresidente']],
  ['resido en el exterior', ['noresidente']],
  ['resido en el extranjero', ['noresidente']],
  ['activos en el exterior', ['activosexterior']],
  ['activos en el extranjero', ['activosexterior']],
  ['activos fuera del pais', ['activosexterior']],
  ['bienes en el exterior', ['activosexterior']],
  ['bienes en el extranjero', ['activosexterior']],
  ['bienes fuera del pais', ['activosexterior']],
  ['cuenta en el exterior', ['activosexterior']],
  ['cuenta en el extranjero', ['activosexterior']],
  ['inversiones en el exterior', ['activosexterior']],
  ['firma electronica', ['firmaelectronica']],
  ['portal transaccional', ['muisca']],
  ['servicios en linea', ['muisca']],
  ['en linea', ['enlinea']],
  ['por internet', ['enlinea']],
  // Not going to an office is doing it online: "sin ir a la DIAN", "desde la casa".
  ['sin ir a la dian', ['enlinea']],
  ['sin ir a una oficina', ['enlinea']],
  ['sin ir a ninguna oficina', ['enlinea']],
  ['sin ir a la oficina', ['enlinea']],
  ['sin ir a un punto', ['enlinea']],
  ['sin tener que ir', ['enlinea']],
  ['sin salir de casa', ['enlinea']],
  ['desde la casa', ['enlinea']],
  ['desde mi casa', ['enlinea']],
  ['desde casa', ['enlinea']],
  ['registro unico tributario', ['rut']],
  ['numero de identificacion tributaria', ['nit']],
  ['digito de verificacion', ['dv']],
  ['unidad de valor tributario', ['uvt']],
  ['direccion de impuestos y aduanas nacionales', ['dian']],
  ['ano gravable', ['gravable']],
  ['periodo gravable', ['gravable']],
  ['informacion exogena', ['exogena']],
  ['regimen simple de tributacion', ['simple']],
  ['regimen simple', ['simple']],
  ['me equivoque', ['correccion']],
  // Forgetting to put something in a filed return is fixed with a correction; forgetting to file is filing late.
  ['olvide incluir', ['correccion']],
  ['olvide poner', ['correccion']],
  ['olvide reportar', ['correccion']],
  ['se me olvido incluir', ['correccion']],
  ['se me olvido poner', ['correccion']],
  ['se me olvido reportar', ['correccion']],
  ['olvide declarar', ['extemporaneo', 'declar']],
  ['se me olvido declarar', ['extemporaneo', 'declar']],
  ['tengo que declarar', ['obligado', 'declar']],
  ['tengo que ganar', ['ingreso', 'obligado']],
  ['hay que ganar', ['ingreso', 'obligado']],
  ['debo ganar', ['ingreso', 'obligado']],
  ['me toca declarar', ['obligado', 'declar']],
  ['toca declarar', ['obligado', 'declar']],
  ['le toca declarar', ['obligado', 'declar']],
  ['les toca declarar', ['obligado', 'declar']],
  // "Debe" is in every entry's prose ("debes pagar", "debe firmarse"); only next to "declarar" does it ask
  // whether one is obliged to file. Matched on stems: "debo/debe/deben/debería declarar".
  ['debo declarar', ['obligado', 'declar']],
  ['deberia declarar', ['obligado', 'declar']],
  ['tiene que declarar', ['obligado', 'declar']],
  ['tienen que declarar', ['obligado', 'declar']],
  // Having to do the return, in any of its names, is the obligation to file.
  ['tengo que hacer la renta', ['obligado', 'declar', 'rent']],
  ['tengo que hacer la declaracion', ['obligado', 'declar']],
  // "¿Este año también me toca?": the return is understood, as in "me toca declarar".
  ['este ano me toca', ['obligado', 'declar']],
  ['este ano tambien me toca', ['obligado', 'declar']],
  ['hay que declarar', ['obligado', 'declar']],
  ['hay que hacer la renta', ['obligado', 'declar', 'rent']],
  ['hay que hacer la declaracion', ['obligado', 'declar']],
  ['hay que presentar', ['obligado', 'declar']],
  ['tengo que presentar', ['obligado', 'declar']],
  ['me toca hacer la renta', ['obligado', 'declar', 'rent']],
  ['me toca presentar', ['obligado', 'declar']],
  ['debo presentar', ['obligado', 'declar']],
  ['debo hacer la renta', ['obligado', 'declar', 'rent']],
  // The same obligation with the return named in full, or in the subjunctive ("pa que le toque declarar").
  ['toca hacer la renta', ['obligado', 'declar', 'rent']],
  ['toca hacer la declaracion', ['obligado', 'declar']],
  ['debo hacer la declaracion', ['obligado', 'declar']],
  ['tiene que hacer la renta', ['obligado', 'declar', 'rent']],
  ['tiene que hacer la declaracion', ['obligado', 'declar']],
  ['toque declarar', ['obligado', 'declar']],
  ['toque hacer la renta', ['obligado', 'declar', 'rent']],
  ['obliga a declarar', ['obligado', 'declar']],
  // «Pa ver si declaro», «¿eso cuenta para declarar / pal tope?»: whether something counts toward the thresholds is
  // the who-must-file test (f4).
  ...['ver si declaro', 'ver si declara', 'saber si declaro', 'saber si declara'].map(
    (phrase) => [phrase, ['obligado', 'declar']] as const,
  ),
  ...wordList('cuenta cuentan suma suman').flatMap((counts) =>
    ['para declarar', 'pa declarar', 'para el tope', 'pal tope', 'para los topes', 'pa los topes'].map(
      (toward) => [`${counts} ${toward}`, ['obligado']] as const,
    ),
  ),
  // Being spared the return is the obligation asked the other way round (f4).
  ...wordList('salvo salva libro libra libre exime exento exenta escapo').flatMap((spared) =>
    ['declarar', 'la renta', 'hacer la renta', 'la declaracion'].map(
      (filing) => [`${spared} de ${filing}`, ['obligado', 'declar']] as const,
    ),
  ),
  // Whether filing means paying ("¿declarar es lo mismo que pagar?", "si declaro, ¿me toca pagar sí o sí?"):
  // the answer is who files and that a return may owe nothing, not how to pay.
  ['lo mismo que pagar', ['declararnoespagar']],
  ['no es pagar', ['declararnoespagar']],
  ['declarar es pagar', ['declararnoespagar']],
  ['declaro me toca pagar', ['declar', 'declararnoespagar']],
  ['si declaro tengo que pagar', ['declar', 'declararnoespagar']],
  ['presentar la declaracion', ['declar']],
  ['presentar la renta', ['declar', 'rent']],
  ['como declaro', ['comodeclarar', 'declar']],
  ['que necesito para declarar', ['comodeclarar', 'declar']],
  ['hacer la declaracion', ['comodeclarar', 'declar']],
  // "La renta" is what citizens call the return itself.
  ['hacer la renta', ['comodeclarar', 'declar', 'rent']],
  ['hacer mi renta', ['comodeclarar', 'declar', 'rent']],
  ['como declarar', ['comodeclarar', 'declar']],
  ['como presento la declaracion', ['comodeclarar', 'declar']],
  ['como hago la declaracion', ['comodeclarar', 'declar']],
  ['no declare', ['nodeclarar']],
  ['no declaro', ['nodeclarar']],
  ['no he declarado', ['nodeclarar']],
  ['no declarar', ['nodeclarar']],
  // "¿Cuánto puedo tener para no declarar?" asks where the obligation starts, not about not filing.
  ['para no declarar', ['obligado', 'declar']],
  ['para no tener que declarar', ['obligado', 'declar']],
  // What a will leaves is an inheritance (legacy) for the tax: «me dejó un lote en el testamento».
  ['en el testamento', ['herencia']],
  ['no presente', ['nodeclarar']],
  // «La del 2022, que nunca presenté»: a return not filed («nunca he declarado» is also the first-timer's, left out).
  ...['nunca presente', 'nunca la presente', 'nunca declare', 'nunca la declare'].map(
    (phrase) => [phrase, ['nodeclarar']] as const,
  ),
  ['no presento', ['nodeclarar']],
  ['sin declarar', ['nodeclarar']],
  // How much one may earn or have «sin declarar» is the threshold, not the consequences of not filing.
  ...['ganar', 'tener', 'recibir', 'ganarme', 'consignar'].map(
    (verb) => [`${verb} sin declarar`, ['obligado']] as const,
  ),
  ['sin presentar la declaracion', ['nodeclarar']],
  // A return with nothing to pay («no tengo que pagar nada», «no debo nada») is «sin impuesto a cargo»: the
  // late-filing penalty's own case (on the income), not how to pay. A return «en ceros» keeps its own entry.
  ...[
    'sin impuesto a cargo',
    'no tengo que pagar nada',
    'no tengo nada que pagar',
    'no tenia que pagar nada',
    'no tenia nada que pagar',
    'no me sale nada a pagar',
    'no me sale nada que pagar',
    'no me salio nada a pagar',
    'no debo nada',
  ].map((phrase) => [phrase, ['sinimpuesto']] as const),
  // «¿Qué gastos me sirven / puedo meter / cuentan?»: expenses that lower the tax are deductions.
  ...['me sirven', 'sirven', 'puedo meter', 'puedo poner', 'cuentan', 'se pueden meter', 'valen'].map(
    (tail) => [`gastos ${tail}`, ['gast', 'deduccion']] as const,
  ),
  // «Presenté la renta tarde» is declaring late: the same words as «declaré tarde».
  ...[
    'presente tarde',
    'presente la renta tarde',
    'presente la declaracion tarde',
    'presente mi declaracion tarde',
  ].map((phrase) => [phrase, ['declar', 'extemporaneo']] as const),
  // «¿La DIAN me puede quitar la casa / el carro?»: what the DIAN takes for a debt is a seizure.
  ...[
    'quitar la casa',
    'quitar el apartamento',
    'quitar el carro',
    'quitar mis bienes',
    'quitar la plata',
  ].map((phrase) => [phrase, ['embargo']] as const),
  ['se me paso', ['extemporaneo']],
  // «Me pasé un día del plazo», «nos pasamos de la fecha»: filed after the deadline.
  ...['me pase', 'nos pasamos', 'se paso'].flatMap((verb) =>
    ['del plazo', 'de la fecha', 'un dia', 'unos dias', 'dias del plazo', 'dias de la fecha'].map(
      (tail) => [`${verb} ${tail}`, ['extemporaneo']] as const,
    ),
  ),
  ['pago despues', ['pagar', 'extemporaneo']],
  ['pagar despues', ['pagar', 'extemporaneo']],
  ['pago tarde', ['pagar', 'extemporaneo']],
  // "¿Qué formulario uso?" asks for the form, however long the story of figures before it.
  ['que formulario', ['formulario']],
  ['cual formulario', ['formulario']],
  // Filed but not paid yet: when the payment falls due.
  ['no he pagado', ['pagar', 'extemporaneo', 'pagotarde']],
  ['el pago vence', ['pagar', 'plazo']],
  ['el pago tambien vence', ['pagar', 'plazo']],
  ['pagar despues de presentar', ['pagar', 'plazo']],
  ['pagar despues de presentarla', ['pagar', 'plazo']],
  ['pagar despues de declarar', ['pagar', 'plazo']],
  // The amount due on a return is paid, not a balance in favour.
  ['saldo a pagar', ['pagar']],
  ['valor a pagar', ['pagar']],
  // Paying less tax is what deductions and exempt income are for; "no paga impuesto" is an exemption.
  ['pagar menos', ['deduccion']],
  ['no paga impuesto', ['exento']],
  ['no pagan impuesto', ['exento']],
  // A concept of its own that the base does not cover; it must not read as "salario" (income).
  ['salario minimo', ['salariominimo']],
  ['gano el minimo', ['salariominimo']],
  ['gana el minimo', ['salariominimo']],
  // Countries people name for money abroad: the topic is "abroad", whichever the country.
  ['estados unidos', ['exterior']],
  ['en usa', ['exterior']],
  // Working on one's own account is being an independent worker, not a bank account.
  ['por mi cuenta', ['independiente']],
  ['por cuenta propia', ['independiente']],
  ['trabajador por cuenta propia', ['independiente']],
  // Being of age is who the question is about, not a topic ("todos los mayores de edad declaran?").
  ['mayor de edad', []],
  ['mayores de edad', []],
  // A first job is the citizen's story, not the «prima» its stem meets; never having done «eso» (the return,
  // anything with the DIAN) is a first time, which the online-filing entry walks through (q1).
  ['primer trabajo', ['asalariado']],
  ['primer empleo', ['asalariado']],
  ['nunca he hecho', ['primer']],
  ['nunca lo he hecho', ['primer']],
  ['nunca he hecho nada', ['primer']],
  // A family business is a business, not the spouse of a joint return: «plata de un negocio de la familia».
  ['negocio de la familia', ['negocio']],
  ['negocio familiar', ['negocio']],
  ['empresa familiar', ['negocio']],
  ['empresa de la familia', ['negocio']],
  // A delay is named by what was late: the return (a late-filing penalty) or the payment (late interest).
  ['retraso en la declaracion', ['extemporaneo', 'declar']],
  ['retraso en declarar', ['extemporaneo', 'declar']],
  ['demora en la declaracion', ['extemporaneo', 'declar']],
  ['demora en declarar', ['extemporaneo', 'declar']],
  ['retraso en el pago', ['interes', 'pagar']],
  ['retraso en pagar', ['interes', 'pagar']],
  ['demora en el pago', ['interes', 'pagar']],
  ['demora en pagar', ['interes', 'pagar']],
  ['fuera de plazo', ['extemporaneo']],
  ['despues del plazo', ['extemporaneo']],
  ['a destiempo', ['extemporaneo']],
];

/** Words that are the same concept for retrieval. Looked up by the exact word, then by its stem. */
const BASE_CANONICAL: Readonly<Record<string, string>> = {
  plazo:
    'plazo plazos vencimiento vencimientos vence vencen vencer fecha fechas calendario empieza empiezan comienza comienzan inicia inician arranca arrancan temporada',
  // "Se me venció la firma" is about something expired, not about a filing deadline.
  vencido: 'vencio vencido vencida vencidos vencidas',
  sancion: 'sancion sanciones multa multas castigo penalidad penalizacion sancionado',
  extemporaneo: 'extemporaneo extemporanea extemporaneidad tarde tardio tardia atrasado atrasada',
  formulario: 'formulario formularios form formato formatos',
  pagar: 'pagar pago pagos pague pagando pagarlo pagarla pagas paga pagan pagado',
  correccion:
    'correccion correcciones corregir corrijo corrige corregirla corregido corregida arreglar arreglo arreglarla arreglarlo',
  deduccion: 'deduccion deducciones deducir deducible deducibles deduzco',
  exento: 'exento exenta exentos exentas exencion exenciones',
  firmaelectronica: 'firma firmas firmar firmo fe',
  enlinea: 'internet online virtual virtualmente web celular movil computador',
  // An app is a channel of its own (the DIAN's, a bank's), not just "online": "¿la DIAN tiene app?".
  app: 'app apps aplicacion aplicaciones',
  // Applying a rule or a withholding ("¿me aplicaron bien la retención?", "¿aplica para mí?") is no app.
  // The forms listed are also stopwords; the group keeps the rest of the family ("aplicable") off "app".
  aplicar:
    'aplicar aplica aplican aplicaron aplico aplicado aplicada aplicados aplicadas aplicarme aplicarle',
  obligado: 'obligado obligada obligados obligadas tope topes requisito requisitos',
  ingreso: 'ingreso ingresos sueldo sueldos salario salarios nomina',
  sugerida: 'sugerida sugerido borrador prellenada precargada prediligenciada',
  exogena: 'exogena exogenas',
  gravable: 'gravable ag',
  simple: 'simple rst',
  interes: 'interes intereses mora moratorio moratorios',
  uvt: 'uvt uvts',
  asalariado: 'asalariado asalariada asalariados empleado empleada empleados trabajador trabajadora',
  reajuste: 'reajuste reajusta reajustan sube suben subio aumenta aumento incremento',
  // The UVT follows the consumer price index, which citizens call inflation (art. 868).
  ipc: 'ipc inflacion',
  // Leaving the country: the days of entry and exit count toward the 183 (art. 10 ET). Not "me salió",
  // which is a result ("me salió saldo a favor").
  salida: 'salida salidas salgo salir sali salimos',
  // The letters DIAN sends: "me llegó un oficio de la DIAN".
  carta: 'carta cartas oficio oficios',
  diligenciar:
    'diligenciar diligencio diligencia diligencian diligenciando llenar lleno llena llenando relleno rellenando',
  // "Mensual" is how an amount is given ("sueldo mensual"), rarely the topic: one concept with "mes".
  mes: 'mes meses mensual mensuales mensualmente',
  imprimir: 'imprimir imprimo imprimirla impresa impreso impresion',
};

const LIVING = wordList('vivo vivimos resido residimos vivi vivia viviamos');
// Countries citizens name for living, working or holding money abroad.
export const FOREIGN_COUNTRIES = [
  ...wordList(`
  espana canada mexico chile argentina peru ecuador panama venezuela brasil alemania francia italia
  portugal suiza holanda inglaterra australia japon china usa eeuu uruguay paraguay bolivia irlanda
  belgica suecia noruega dinamarca austria polonia rusia israel dubai corea
`),
  'estados unidos',
  'reino unido',
  'costa rica',
  'nueva zelanda',
  'puerto rico',
  'republica dominicana',
];
// Foreign cities where many Colombians live: "vivo en Miami" is living abroad like "vivo en España".
export const FOREIGN_CITIES = [
  ...wordList('miami madrid barcelona londres paris toronto orlando houston santiago quito lima panama'),
  'nueva york',
  'new york',
  'buenos aires',
  'ciudad de mexico',
];
// Moving to a country, said in the past: "me fui a vivir a Chile hace 3 años" is living abroad now.
const MOVING_ABROAD = [
  'me fui a vivir a',
  'nos fuimos a vivir a',
  'me mude a',
  'nos mudamos a',
  'me radique en',
  'emigre a',
  // Leaving to work or study is leaving too: «me fui a trabajar a Chile en abril» (q1).
  'me fui a trabajar a',
  'me fui a trabajar en',
  'me fui a estudiar a',
  'me fui para',
  'nos fuimos para',
  'me fui a',
];
/**
 * Where one lives, said with the place: a Colombian city is only the story ("I live in Medellín, when do I
 * file?" asks for the date, not about residence), a foreign country is living abroad like "vivo en el
 * exterior" ("vivo en Canadá, ¿sigo declarando?"), and any foreign country is "abroad".
 */
// Days or months spent in the country, or away from it, and the trips that start and end a stay: the
// count of the art. 10 residence test ("estuve 200 días en Colombia", "5 meses en Cartagena", "salí del
// país en junio"). "Días" alone is a greeting's word ("buenos días") and a stopword.
const STAY_PLACES = ['colombia', 'el pais', 'el exterior', ...COLOMBIAN_CITIES];
const STAY_PHRASES: ReadonlyArray<readonly [phrase: string, replacement: readonly string[]]> = [
  ...['dias', 'meses'].flatMap((unit) => [
    ...STAY_PLACES.map((place) => [`${unit} en ${place}`, ['resid', '183']] as const),
    ...['fuera', 'afuera', 'por fuera'].map((away) => [`${unit} ${away}`, ['resid', '183']] as const),
  ]),
  ...['cuentan los dias', 'contar los dias', 'cuento los dias', 'conteo de dias'].map(
    (phrase) => [phrase, ['resid', '183']] as const,
  ),
  ...['sali del pais', 'sali de colombia', 'me fui del pais'].map(
    (phrase) => [phrase, ['salida', 'resid']] as const,
  ),
  // The day one arrived or left, in a question about counting the stay ("¿cuentan el día que llegué?").
  ...['dia que llegue', 'dia de llegada', 'dia que entre', 'dia de entrada'].map(
    (phrase) => [phrase, ['entrada', 'resid']] as const,
  ),
  ...['dia que me fui', 'dia que sali', 'dia de salida', 'dia que me vine'].map(
    (phrase) => [phrase, ['salida', 'resid']] as const,
  ),
  ...[
    'volvi al pais',
    'volvi a colombia',
    'regrese al pais',
    'regrese a colombia',
    'llegue al pais',
    'llegue a colombia',
    'entre al pais',
    'entre a colombia',
  ].map((phrase) => [phrase, ['entrada', 'resid']] as const),
  // Moving to a Colombian city, or coming to Colombia, starts a stay; moving to another country ends one.
  ...['me mude a', 'me mude para', 'me vine a', 'me vine para'].flatMap((move) =>
    ['colombia', 'aqui', 'aca', ...COLOMBIAN_CITIES].map(
      (place) => [`${move} ${place}`, ['entrada', 'resid']] as const,
    ),
  ),
];

export const ABROAD_FROM = [
  ...['otro pais', 'el exterior', 'el extranjero', 'afuera', 'fuera del pais', 'fuera de colombia'],
  ...FOREIGN_COUNTRIES,
  ...FOREIGN_CITIES,
];
const PLACE_PHRASES: ReadonlyArray<readonly [phrase: string, replacement: readonly string[]]> = [
  ...STAY_PHRASES,
  ...LIVING.flatMap((verb) => COLOMBIAN_CITIES.map((city) => [`${verb} en ${city}`, []] as const)),
  ...LIVING.flatMap((verb) =>
    [...FOREIGN_COUNTRIES, ...FOREIGN_CITIES].map(
      (place) => [`${verb} en ${place}`, ['noresidente']] as const,
    ),
  ),
  ...MOVING_ABROAD.flatMap((moved) =>
    FOREIGN_COUNTRIES.map((country) => [`${moved} ${country}`, ['noresidente']] as const),
  ),
  ...FOREIGN_COUNTRIES.map((country) => [`en ${country}`, ['exterior']] as const),
  // Working for a company of another country is income from abroad, not a company's own return (form 110):
  // «trabajo remoto para una empresa de USA», «me paga una compañía de Alemania» (q1).
  ...['empresa', 'empresas', 'compania', 'companias'].flatMap((company) =>
    [...FOREIGN_COUNTRIES, 'afuera', 'el exterior', 'el extranjero'].flatMap((country) =>
      ['de', 'en', 'del'].map((of) => [`${company} ${of} ${country}`, ['exterior']] as const),
    ),
  ),
  // Paying «desde» a place abroad is paying the tax from another country (form 490 by the same channels, no
  // account in Colombia needed), not money received from abroad (f4). Filing from abroad: `analyzer.ts`.
  ...ABROAD_FROM.flatMap((place) => [
    ...wordList('pagar pago pague pagarle pagamos pagando pagarla').map(
      (verb) => [`${verb} desde ${place}`, ['pagar', 'pagoexterior']] as const,
    ),
  ]),
  // "La capital de Australia" is geography, a subject the base leaves out, not money abroad.
  ...FOREIGN_COUNTRIES.map((country) => [`capital de ${country}`, ['geografia']] as const),
];

export const PHRASES: ReadonlyArray<readonly [phrase: string, replacement: readonly string[]]> = [
  ...BASE_PHRASES,
  ...PLACE_PHRASES,
  ...KNOWLEDGE_TOPICS.flatMap((topic) => topic.phrases ?? []),
];

/** The base's synonyms with each topic's added: a term two places define gets both word lists. */
export const CANONICAL: Readonly<Record<string, string>> = KNOWLEDGE_TOPICS.reduce<Record<string, string>>(
  (merged, topic) => {
    for (const [term, words] of Object.entries(topic.synonyms ?? {})) {
      merged[term] = merged[term] === undefined ? words : `${merged[term]} ${words}`;
    }
    return merged;
  },
  { ...BASE_CANONICAL },
);

interface Hint {
  terms: ReadonlyArray<readonly [term: string, weight: number]>;
  keep: boolean;
}

/**
 * Query-side hints: a word suggests a concept without being it ("extranjero" may be a non-resident or
 * may own assets abroad). Weighted below 1 so that a hint alone never makes a confident match.
 * `keep: false` drops the word itself: "ganó" must not match "ganancias ocasionales".
 * Each group reads: the words, then `term:weight` pairs.
 */
const HINT_GROUPS: ReadonlyArray<readonly [words: string, terms: string, keep: boolean]> = [
  ['quien quienes kien kienes', 'obligado:0.5', false],
  ['ganar gano gane gana ganando ganado ganaba ganan', 'ingreso:0.6', false],
  // "Trabajo de mesero", "trabajo en Canadá": working says there is income; "rentas de trabajo" is a phrase.
  ['trabajo trabaja trabajan trabajar trabajando trabaje trabajado', 'ingreso:0.5', false],
  ['dia', 'plazo:0.5', false],
  // Weak: foreigners who live here have their own entry; a foreigner may also be a non-resident.
  ['extranjero extranjera extranjeros', 'noresidente:0.2', true],
  ['exterior', 'activosexterior:0.5 noresidente:0.4', true],
  ['cedula', 'nit:0.6', true],
  ['recibo', 'pagar:0.7 490:0.7', true],
  ['cancelar', 'pagar:0.6', true],
  ['portal', 'muisca:0.6', true],
  ['usuario', 'muisca:0.5', true],
  ['error errores equivoque equivocado equivocacion', 'correccion:0.7', true],
  ['mal', 'correccion:0.6', false],
  [
    'correo mensaje mensajes llamada llamaron escribieron contactaron whatsapp sms estafa fraude falso falsa real',
    'canal:0.6',
    true,
  ],
  ['modificar', 'correccion:0.6', true],
  ['retraso demora', 'extemporaneo:0.6 interes:0.6', true],
  [
    'descontar descuenta descuento restar resta rebajar rebaja rebajan bajar baja bajan reducir reduce',
    'deduccion:0.6',
    true,
  ],
  ['beneficio', 'deduccion:0.5 exento:0.5', true],
];

export const HINTS = new Map<string, Hint>();
for (const [words, terms, keep] of HINT_GROUPS) {
  const parsed = wordList(terms).map((pair) => {
    const [term = '', weight = ''] = pair.split(':');
    return [term, Number(weight)] as const;
  });
  for (const word of wordList(words)) HINTS.set(word, { terms: parsed, keep });
}

interface PhrasePattern {
  stems: readonly string[];
  replacement: readonly string[];
}

// Longest phrase first, grouped by their first stem: every word of every entry and question is tried as a
// phrase start, and a scan of all phrases there was most of the cost of building the index at start-up.
const PHRASES_BY_FIRST_STEM = new Map<string, PhrasePattern[]>();
for (const pattern of PHRASES.map(([phrase, replacement]) => ({
  stems: tokenize(phrase).map(stem),
  replacement,
})).sort((a, b) => b.stems.length - a.stems.length)) {
  const [first] = pattern.stems;
  if (first === undefined) continue;
  const group = PHRASES_BY_FIRST_STEM.get(first);
  if (group) group.push(pattern);
  else PHRASES_BY_FIRST_STEM.set(first, [pattern]);
}

const MIN_SHARED_STEM = 4;
const CANONICAL_BY_WORD = new Map<string, string>();
const CANONICAL_BY_STEM = new Map<string, string>();
for (const [term, words] of Object.entries(CANONICAL)) {
  for (const word of wordList(words)) {
    CANONICAL_BY_WORD.set(word, term);
    // A stem of three letters is a different word's too ("mesadas" → "mes", as in "meses"): only the
    // exact word then stands for the term.
    const wordStem = stem(word);
    if (wordStem.length >= MIN_SHARED_STEM && !CANONICAL_BY_STEM.has(wordStem))
      CANONICAL_BY_STEM.set(wordStem, term);
  }
}

// A phrase's replacement is a term ("portal transaccional" → "muisca"); the same word typed alone must
// reach that term, not its stem ("muisc"), or the phrase and the word would be two concepts.
const PHRASE_TERMS: ReadonlySet<string> = new Set(PHRASES.flatMap(([, replacement]) => replacement));

// A word meets a synonym by its stem only when the two differ by an inflection ("vencimientos"), not by a
// derivation: "diferencia" must not read as "diferir" (to pay in instalments).
const MAX_INFLECTION = 3;

export function canonicalTerm(word: string): string {
  const wordStem = stem(word);
  return (
    CANONICAL_BY_WORD.get(word) ??
    (PHRASE_TERMS.has(word) ? word : undefined) ??
    (word.length - wordStem.length <= MAX_INFLECTION ? CANONICAL_BY_STEM.get(wordStem) : undefined) ??
    wordStem
  );
}

export function matchPhrase(stems: readonly string[], start: number): PhrasePattern | undefined {
  return PHRASES_BY_FIRST_STEM.get(stems[start] ?? '')?.find(
    (pattern) =>
      pattern.stems.length <= stems.length - start &&
      pattern.stems.every((value, k) => stems[start + k] === value),
  );
}

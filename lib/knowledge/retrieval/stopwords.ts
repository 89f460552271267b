/**
 * Words that name no topic: function words, filler, and the context around a question (who it is for, where
 * the citizen lives). Retrieval drops them, so they neither match entries nor count as unknown subjects.
 */
import { wordList } from '../text';

export const COLOMBIAN_CITIES: readonly string[] = wordList(`
  bogota medellin cali barranquilla cartagena bucaramanga pereira manizales cucuta ibague pasto monteria
  neiva armenia popayan valledupar villavicencio sincelejo tunja
`);

export const STOPWORDS: ReadonlySet<string> = new Set([
  // Function words.
  ...wordList(`
    a al algo algun alguna algunas alguno algunos ante antes aqui asi aun cada como con contra cual cuales
    cualquier cuanto cuanta cuantos cuantas cuando de del desde hasta donde durante e el ella ellas ellos en entre
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
  ...COLOMBIAN_CITIES,
  // Conversational filler that carries no topic.
  ...wordList(`
    hola buenas buenos buen dias saludos favor porfa porfavor gracias quiero quisiera necesito saber ayuda
    ayudame ayudar puedo podria puede pueden hago hace tener tengo tiene tienen tenia tenido tuve tuvo pasa pasaria dime decir
    digame explica explicame explicas explicar explicarme toca toque tocaba tocaria tocara ahora hoy bueno ok okay vale listo senor senora estimado estimada duda
    pregunta consulta sabes cosa cosas etc proceso
  `),
  // How citizens open and soften a question in writing: "¿me podría colaborar?", "le agradecería me
  // indicara…", "disculpe la molestia", "una inquietud". They ask for help; they name no topic.
  ...wordList(`
    poder podria podrian podrias pudiera pudieran podra podran colaborar colaborarme colaboreme colaborenme
    indicar indique indiquen indica indicarme indicame informar informen informarme orientar oriente
    orienten orientame orientarme aclarar aclare aclaren aclarame aclararme gustaria encantaria agradeceria
    desearia necesitaria quisieramos queria querria queriamos disculpe disculpa disculpen molestia molestar
    perdon inquietud inquietudes consultica preguntica dudita oiga oye surge surgio
  `),
  // Generic "get / do" verbs: "¿cómo saco el pasaporte?" must not look like "¿cómo saco el RUT?"; "trae"
  // is "contains" ("¿la sugerida ya trae las retenciones?"), not bringing money ("traer").
  ...wordList(`
    saco sacar saca obtener obtengo conseguir consigo tramitar tramito hacer hacerlo hice uso usar sirve
    sirven servir funciona significa entro entrar accedo acceder quedo queda quedaron cuesta cuestan llego llega
    veo ver miro mirar trae traen traia sacan sacas sacamos sacaron
  `),
  // "Debe" alone is prose in every entry; "debo declarar" is read as a phrase before stopwords drop it.
  ...wordList('debo debe debes deben deberia deberian debia debian debiamos'),
  // Conversational fillers: "sigo siendo residente", "creo que debía", "pa' qué sirve".
  ...wordList(`
    sigo sigue siendo creo cree creia pienso pa pal muchos muchas veces alguien nadie mismo misma verdad cierto
    dizque entender entiendo dice dicen dijo dijeron diciendo recomendo recomendaron recomienda solo solamente
    aqui semana semanas equivale equivalen mas pregunto preguntar aparte todavia
  `),
  // How Colombians address each other in a chat ("parce", "mija") and the verbs that tell how the citizen
  // found out ("pensé que no me tocaba", "vi que sí"): the story, not its topic.
  ...wordList(`
    parce parcero parcera parceros ome mijo mija mijito mijita pense pensaba pensamos vi vimos entere enteramos
  `),
  // How much, how soon and what comes next are the story's measure, and "voy a / me meto" its motion: "el
  // próximo año", "un poquito", "rápido", "apenas", "voy a declarar", "me meto al portal", "me acaba de
  // llegar", "fueron dos pagos", "volví al país"; "justo ese día", "exactamente cuándo" only sharpen a when.
  ...wordList(`
    justo justamente exactamente precisamente
    proximo proxima proximos proximas poquito poquita rapido rapidito tanto tanta apenas voy vas vamos meto
    meti meter metiendo acaba acabo acaban fueron volvi volvio
  `),
  // «Además» joins two facts of the story («soy pensionado y además arriendo un apto»); neither is «además» (f5).
  ...wordList('ademas aparte'),
  // Sizes and ages of the things a citizen owns ("un carro viejo", "unas cuentas pequeñas", "una
  // liquidación grande") describe the situation; what is owned is the topic.
  ...wordList(`
    viejo vieja viejos viejas viejito viejita pequeno pequena pequenos pequenas chiquito chiquita grande
    grandes
  `),
  // "Bien" in a question is almost always the adverb ("¿me aplicaron bien la retención?", "¿lo hice
  // bien?"); the assets are "bienes", and "mi único bien" still says what it is ("un lote").
  ...wordList('bien'),
  // Applying a rule or a withholding ("¿me aplicaron bien la retención?", "¿aplica para mí?") says that
  // something is used, not what: the rule or the withholding named is the topic.
  ...wordList(
    'aplicar aplica aplican aplicaron aplico aplicado aplicada aplicados aplicadas aplicarme aplicarle',
  ),
  // Auxiliary and result verbs: "haya ganado", "me salió saldo a favor", "puse mal el NIT", "lo pongo como
  // dependiente" say how, not what ("salió" must not be corrected to "saldo", nor "puse" to "PSE").
  ...wordList(`
    haber habido haya hayan habia hubo hubiera digo salio salieron sale salen salia salian puse puso pusieron poner pongo pone ponerlo ponerla ponen pones ponemos
    intente intentado intentando intentamos hicieron hizo hacen hecho igual mejor dejarlo dejarla mando mandaron dan dio dieron
  `),
  // How long the citizen has waited: "40 min en la línea", "horas intentando".
  ...wordList('min minuto minutos hora horas rato'),
  // Who the citizen asks for is context, not a topic: "mi mamá es pensionada" is about pensioners.
  ...wordList(`
    mama mami papa papi abuelo abuela abuelos hermano hermana tio tia primo prima novio novia amigo amiga
    vecino vecina suegro suegra cunado cunada contador contadora asesor jefe jefa papas mamas hermanos
    hermanas tios tias primos amigos ex exesposo exesposa expareja exnovio exnovia
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

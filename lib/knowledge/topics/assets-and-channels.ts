/**
 * Occasional gains (inheritances, sales, prizes), withholding, what DIAN already knows, the citizen's
 * account and RUT, appointments, and taxpayers with a foot abroad (foreigners here, Colombians there,
 * crypto-assets and foreign accounts).
 *
 * Only the exógena walkthrough and the crypto-assets concept were read on official pages; every figure
 * found only in specialised publications is flagged as unconfirmed in the entry that states it.
 */
import { formatNumber, formatPesos } from '../../tax/money';
import { OFFICIAL_SOURCES } from '../../tax/sources';
import { requireUvt, uvtToPesos } from '../../tax/uvt';
import type { KnowledgeSource } from '../schema';
import type { KnowledgeTopic } from './topic';
import { sourceLink } from '../source-link';

const CHECKED_ON = '2026-12-06';

const SOURCES = OFFICIAL_SOURCES;

const EXOGENA_STEPS: KnowledgeSource = {
  title: 'Paso a paso para consultar la información exógena (DIAN)',
  url: 'https://www.dian.gov.co/Prensa/Paginas/BlogDetails.aspx?DianId=30',
};

const CRYPTO_CONCEPT: KnowledgeSource = {
  title: 'Concepto Unificado sobre Criptoactivos 18075 de 2023 (normograma DIAN)',
  url: 'https://normograma.dian.gov.co/dian/compilacion/docs/oficio_dian_18075_2023.htm',
};

const BETTING_PRIZES_RULING: KnowledgeSource = {
  title:
    'Oficio DIAN 914973 de 2021, ganancia ocasional y retención por loterías y apuestas (normograma DIAN)',
  url: 'https://normograma.dian.gov.co/dian/compilacion/docs/oficio_dian_914973_2021.htm',
};

/** DIAN on when an exchange difference counts as income for a persona natural (art. 288). */
const EXCHANGE_DIFFERENCE_RULING: KnowledgeSource = {
  title: 'Oficio DIAN 21835 de 2019: ingreso por diferencia en cambio (normograma DIAN)',
  url: 'https://normograma.dian.gov.co/dian/compilacion/docs/oficio_dian_21835_2019.htm',
};

/** DIAN on the exchange difference when crypto-assets are sold in a foreign currency (art. 288). */
const EXCHANGE_DIFFERENCE_REFORM: KnowledgeSource = {
  title: 'Diferencia en cambio en la reforma tributaria (Ley 1819 de 2016), DIAN',
  url: 'https://www.dian.gov.co/impuestos/reformatributaria/aspectosdelareforma/Paginas/diferenciaencambio.aspx',
};

const CRYPTO_EXCHANGE_RULING: KnowledgeSource = {
  title: 'Oficio DIAN 900962 de 2022: diferencia en cambio en la venta de criptoactivos (normograma DIAN)',
  url: 'https://normograma.dian.gov.co/dian/compilacion/docs/oficio_dian_900962_2022.htm',
};

// Occasional gains are converted with the UVT of the year they are received; these entries speak of the
// taxable year 2025, filed in 2026.
/** DIAN on when a contractor's fees are withheld with the employees' table (art. 383) instead of art. 392. */
const HONORARIOS_RULING: KnowledgeSource = {
  title: 'Oficio DIAN 901007 de 2020: retención en la fuente por honorarios (normograma DIAN)',
  url: 'https://normograma.dian.gov.co/dian/compilacion/docs/oficio_dian_901007_2020.htm',
};

const TAXABLE_YEAR = 2025;
const APPLIES_TO_AG_2025 = `Año gravable ${TAXABLE_YEAR} (declaración de ${TAXABLE_YEAR + 1})`;

const PESOS_NOTE = `Pesos con la UVT de ${TAXABLE_YEAR} (${formatPesos(requireUvt(TAXABLE_YEAR).value)}), aproximados al múltiplo de mil (art. 868).`;

/** "13.000 UVT ($647.387.000)": the cap in UVT, then in pesos as DIAN publishes them (art. 868 ET). */
const uvtCap = (uvt: number): string =>
  `${formatNumber(uvt)} UVT (${formatPesos(uvtToPesos(uvt, TAXABLE_YEAR).rounded)})`;

// Withholding is applied to what is paid this year, so its floor is shown with this year's UVT.
const WITHHOLDING_YEAR = 2026;
const SALARY_WITHHOLDING_FLOOR_UVT = 95;

export const ASSETS_AND_CHANNELS_TOPIC: KnowledgeTopic = {
  entries: [
    {
      id: 'ganancia-ocasional',
      title: 'Ganancias ocasionales: qué son, tarifa y dónde se declaran',
      body: [
        'Las **ganancias ocasionales** (arts. 299 a 318 del Estatuto Tributario) son ingresos extraordinarios, que no vienen de tu actividad habitual:',
        '',
        '- La **venta de bienes** que tuviste **dos años o más**: casa, carro, lote, acciones.',
        '- **Herencias, legados y donaciones**, y lo recibido por un seguro de vida.',
        '- **Loterías, rifas, apuestas y premios**.',
        '',
        '**Tarifa:** **15 %** para personas naturales residentes desde el año gravable 2023 (art. 314, modificado por la Ley 2277 de 2022) y **20 %** para loterías, rifas, apuestas y similares (art. 317).',
        '',
        '- Van en una **sección propia del formulario 210**, aparte de las cédulas: no se suman a tus otras rentas ni admiten deducciones; solo se restan el costo fiscal del bien y la parte exenta que la ley permite.',
        '- Se declaran en el año en que las recibes.',
        '',
        '**Tarifas no confirmadas en la fuente oficial:** las tomamos de publicaciones especializadas que citan el Estatuto; verifícalas en el normograma de la DIAN.',
      ].join('\n'),
      questions: [
        '¿Qué es una ganancia ocasional?',
        '¿Cuál es la tarifa de ganancia ocasional?',
        '¿Cuánto se paga de impuesto por ganancias ocasionales?',
        '¿Dónde van las ganancias ocasionales en el formulario 210?',
        '¿Qué ingresos son ganancia ocasional?',
      ],
      keywords: [
        'diferencia con las rentas ordinarias',
        'ganancias ocasionales exentas',
        'ganancia ocasional',
        'ganancias ocasionales',
        'tarifa 15 %',
        'impuesto complementario',
        'ingreso extraordinario',
        'artículo 314',
      ],
      appliesTo:
        'Personas naturales residentes; reglas vigentes desde el año gravable 2023 (Ley 2277 de 2022)',
      sources: [SOURCES.estatuto, SOURCES.rentaAg2025],
      checkedOn: CHECKED_ON,
      confirmed: false,
    },
    {
      id: 'herencias-donaciones',
      title: 'Herencias, legados y donaciones en la declaración de renta',
      body: [
        'Lo que recibes por **herencia, legado o donación** es **ganancia ocasional** (art. 302 del Estatuto Tributario) y paga **15 %** sobre la parte gravada. Están **exentas** (art. 307, modificado por la Ley 2277 de 2022):',
        '',
        `- Las primeras **${uvtCap(13_000)}** del valor de la **vivienda de habitación** del causante.`,
        `- Las primeras **${uvtCap(6_500)}** de otros inmuebles del causante.`,
        `- Las primeras **${uvtCap(3_250)}** de lo que recibe cada heredero, legatario o el cónyuge.`,
        `- El **20 %** de lo recibido por **donación** (o por herencia si no eres heredero forzoso ni cónyuge), sin pasar de **${uvtCap(1_625)}**.`,
        '- Los libros, la ropa y los muebles de la casa del causante.',
        '',
        PESOS_NOTE,
        '',
        '**¿Cuándo se declara?** En la declaración del año en que se aprueba la partición de la herencia (por sentencia o por escritura en notaría) o en que recibes la donación, en la sección de ganancias ocasionales del formulario 210.',
        '',
        '**Cifras no confirmadas en la fuente oficial:** los topes del art. 307 los leímos en publicaciones especializadas; verifícalos en el Estatuto Tributario.',
      ].join('\n'),
      questions: [
        '¿Se declara la herencia el año en que muere la persona o el de la partición?',
        'Recibí una herencia, ¿tengo que declararla?',
        '¿Cuánto impuesto se paga por una herencia?',
        '¿Las donaciones pagan impuesto de renta?',
        '¿Cuánto de una herencia está exento?',
        '¿En qué año declaro la herencia que recibí?',
        'Me regalaron plata, ¿eso se declara?',
      ],
      keywords: [
        'herencia',
        'legado',
        'donación',
        'heredero',
        'causante',
        'sucesión',
        'partición',
        'porción conyugal',
        'artículo 307',
      ],
      appliesTo: APPLIES_TO_AG_2025,
      sources: [SOURCES.estatuto, SOURCES.rentaAg2025],
      checkedOn: CHECKED_ON,
      confirmed: false,
    },
    {
      id: 'venta-vivienda-vehiculo',
      title: 'Vender una casa, apartamento o carro: ¿renta o ganancia ocasional?',
      body: [
        'Al vender un bien, el impuesto recae sobre la **utilidad**: precio de venta menos **costo fiscal** (lo que pagaste, más mejoras y los reajustes que permite la ley, arts. 69 a 73 del Estatuto Tributario).',
        '',
        '- Si lo tuviste **dos años o más**, la utilidad es **ganancia ocasional** (art. 300), con tarifa del 15 %.',
        '- Si lo tuviste **menos de dos años**, es **renta ordinaria** y se suma a tu cédula general.',
        '- Si vendes por menos de lo que te costó, como suele pasar con un carro usado, no hay utilidad que gravar.',
        '',
        `**Tu vivienda:** están exentas las primeras **${uvtCap(5_000)}** de la utilidad en la venta de tu casa o apartamento de habitación (art. 311-1), si el dinero se destina a comprar otra vivienda o a pagar el crédito hipotecario, a través de una cuenta AFC cuando aplique.`,
        '',
        '**Retención:** al vender un inmueble en notaría, o un vehículo ante tránsito, te retienen el **1 %** del precio (art. 398); ese valor lo restas en tu declaración.',
        '',
        `${PESOS_NOTE} **Cifras no confirmadas en la fuente oficial:** el tope de 5.000 UVT y la retención del 1 % los leímos en publicaciones especializadas; verifícalos en el Estatuto Tributario.`,
      ].join('\n'),
      questions: [
        'Vendí mi casa, ¿cómo la declaro?',
        'Vendí mi carro, ¿tengo que pagar impuesto?',
        'Vendí una casa, ¿eso me obliga a declarar?',
        '¿La venta de un apartamento es ganancia ocasional?',
        '¿Cuánto está exento al vender la vivienda?',
        '¿Cuánto retienen en la notaría al vender un inmueble?',
        '¿Qué pasa si vendo un inmueble que tuve menos de dos años?',
      ],
      keywords: [
        'venta de vivienda',
        'vender casa',
        'vender apartamento',
        'vender carro',
        'vehículo',
        'inmueble',
        'utilidad',
        'costo fiscal',
        'notaría',
        'retención 1 %',
        'artículo 311-1',
        'cuenta AFC',
      ],
      appliesTo: APPLIES_TO_AG_2025,
      sources: [SOURCES.estatuto, SOURCES.dur],
      checkedOn: CHECKED_ON,
      confirmed: false,
    },
    {
      id: 'loterias-premios',
      title: 'Loterías, rifas, apuestas y premios: impuesto y retención',
      body: [
        'Lo que ganas en **loterías, rifas, apuestas, sorteos y concursos** es **ganancia ocasional** con tarifa del **20 %** (art. 317 del Estatuto Tributario).',
        '',
        `- **Retención en la fuente:** quien paga el premio te retiene el 20 % cuando supera **${uvtCap(48)}** (arts. 306, 402 y 404-1); recibes el valor neto.`,
        '- Un premio en especie (un carro, un viaje) se valora por su valor comercial; la retención se la pagas tú al organizador antes de recibirlo.',
        '- **Igual se declara:** si estás obligado a declarar, el premio va en la sección de ganancias ocasionales del formulario 210 y restas la retención que te hicieron. Un premio grande puede hacerte superar los topes y obligarte a declarar.',
        '- Las ganancias en apuestas en línea también son ganancia ocasional, aunque no te hayan retenido.',
        '- **Si organizas la rifa** (tú, una empresa o una asociación), te toca retener: declaras y pagas lo retenido en el formulario 350 y le das el certificado al ganador.',
        '',
        `${PESOS_NOTE} **Cifras no confirmadas en la fuente oficial:** la tarifa y el monto desde el que se retiene los tomamos de publicaciones especializadas; verifícalos en el Estatuto Tributario.`,
      ].join('\n'),
      questions: [
        'Me gané la lotería, ¿cuánto impuesto pago?',
        '¿Los premios de rifas se declaran?',
        '¿Cuánto retienen por un premio de lotería?',
        '¿Las ganancias en apuestas deportivas pagan impuesto?',
        'Gané un carro en un sorteo, ¿tengo que declararlo?',
      ],
      keywords: [
        'lotería',
        'rifa',
        'apuestas',
        'premio',
        'sorteo',
        'concurso',
        'baloto',
        'casino',
        'organizador de la rifa',
        'tarifa 20 %',
        'artículo 317',
      ],
      appliesTo: APPLIES_TO_AG_2025,
      sources: [SOURCES.estatuto, BETTING_PRIZES_RULING],
      checkedOn: CHECKED_ON,
      confirmed: false,
    },
    {
      id: 'retencion-en-la-fuente',
      title: 'Retención en la fuente: qué es y por qué no reemplaza la declaración',
      body: [
        'La **retención en la fuente** es un **cobro anticipado del impuesto de renta**: quien te paga (tu empleador, un banco, un cliente) descuenta una parte y la entrega a la DIAN a tu nombre (art. 365 del Estatuto Tributario).',
        '',
        '- **No reemplaza la declaración.** Si cumples alguno de los topes para declarar, presentas el formulario 210 aunque te hayan retenido todo el año.',
        '- En la declaración las retenciones se **restan** del impuesto; si te retuvieron de más, te queda **saldo a favor**.',
        '- Si **no** estás obligado a declarar, tu impuesto es lo que te retuvieron (art. 6); puedes declarar voluntariamente para recuperar lo retenido de más.',
        '',
        `**Asalariados:** la tabla del art. 383 no retiene mientras el pago laboral del mes, ya depurado, no pase de **${SALARY_WITHHOLDING_FLOOR_UVT} UVT** (${formatPesos(uvtToPesos(SALARY_WITHHOLDING_FLOOR_UVT, WITHHOLDING_YEAR).rounded)} en ${WITHHOLDING_YEAR}); por encima, retiene por tramos.`,
        '',
        '**Independientes:** a los honorarios se les retiene en general el 10 % (11 % si el contrato supera 3.300 UVT al año o eres declarante, art. 392); sin dos o más trabajadores contratados, se usa la tabla de asalariados. Tablas y tarifas **sin confirmar** en la fuente oficial.',
        '',
        '**Certificado de ingresos y retenciones (formulario 220):** lo expiden cada año tu empleador o tu fondo de pensiones por el año anterior (art. 378); otros pagadores expiden los suyos, y lo retenido aparece en tu información exógena.',
      ].join('\n'),
      questions: [
        '¿Qué es la retención en la fuente?',
        'Si me hacen retención, ¿igual tengo que declarar renta?',
        '¿La retención en la fuente reemplaza la declaración?',
        '¿Lo que la empresa me retiene se resta o se descuenta del impuesto?',
        '¿Qué es el formulario 220?',
        '¿Puedo recuperar lo que me retuvieron?',
        'Soy contratista, ¿qué porcentaje me descuentan de la cuenta de cobro?',
        '¿Desde qué salario me hacen retención?',
      ],
      keywords: [
        'retención en la fuente',
        'retefuente',
        'retenciones',
        'retención en el sueldo',
        'artículo 383',
        'anticipo',
        'certificado de ingresos y retenciones',
        'formulario 220',
        'F220',
        'no declarante',
        'artículo 365',
        'retención por honorarios',
        'retenciones restadas del impuesto',
        'contratista',
        'prestación de servicios',
        'artículo 392',
      ],
      appliesTo: 'Personas naturales residentes; reglas vigentes en 2026',
      sources: [SOURCES.estatuto, SOURCES.rentaAg2025, HONORARIOS_RULING],
      checkedOn: CHECKED_ON,
      confirmed: false,
    },
    {
      id: 'informacion-exogena',
      title: 'Lo que bancos, empleadores y notarías reportan a la DIAN sobre ti, y cómo verlo',
      body: [
        'La **información exógena** es lo que **terceros reportan a la DIAN** sobre ti: tu empleador (salarios y retenciones), los bancos (saldos, intereses, movimientos, tarjetas de crédito), las notarías (compras y ventas de inmuebles), fondos de pensiones y cesantías, y quien te paga honorarios o arriendos, entre otros. Con ella la DIAN prepara la declaración sugerida y cruza lo que declaras.',
        '',
        '**Cómo consultarla** (personas naturales):',
        '',
        '1. Entra al Portal Transaccional (MUISCA) **a nombre propio**, con tu tipo y número de documento y tu contraseña.',
        '2. Elige **«Consultar información exógena – Información reportada por terceros»** y acepta las condiciones.',
        '3. Selecciona el año y descarga el archivo en Excel.',
        '',
        '**Si aparece algo que no es tuyo o está mal:** pide a quien reportó (banco, empleador…) que corrija su reporte. Ese reporte es una ayuda: no reemplaza tu realidad económica, y declaras con tus propios soportes.',
        '',
        '**Si ya lo arreglaron y aún no se ve,** o lo reportan tarde: la DIAN no publica cuánto demora. Declara con tus cifras reales y sus soportes.',
        '',
        `Tiene reserva: solo tú, o tu representante inscrito en tu RUT, puede consultarla. ${sourceLink(EXOGENA_STEPS, 'Paso a paso de la DIAN')}.`,
      ].join('\n'),
      questions: [
        '¿Cómo consulto lo que otros reportaron de mí?',
        '¿Qué información tiene la DIAN sobre mí?',
        '¿Qué reportan mi banco y mi empleador a la DIAN?',
        '¿Quién le reporta mis datos a la DIAN?',
        'La información reportada por terceros está mal, ¿qué hago?',
        '¿Dónde descargo el reporte de terceros en Excel?',
        'La exógena muestra como ingreso un préstamo que me hicieron, ¿qué hago?',
      ],
      keywords: [
        'información exógena',
        'exógena',
        'datos errados',
        'préstamo en la exógena',
        'traslados entre cuentas propias',
        'terceros',
        'reportes de bancos y empleadores',
        'cruce de información',
      ],
      appliesTo: 'Personas naturales (servicio del Portal Transaccional vigente en 2026)',
      sources: [EXOGENA_STEPS, SOURCES.sugerida],
      checkedOn: CHECKED_ON,
      confirmed: true,
    },
    {
      id: 'cuenta-muisca-contrasena',
      title: 'Cuenta de la DIAN: crearla, recuperar la contraseña o desbloquearla',
      body: [
        'Para declarar y hacer trámites en línea necesitas una **cuenta de usuario en el Portal Transaccional (MUISCA)** de la DIAN.',
        '',
        '- **Requisito:** estar inscrito en el **RUT**. Al inscribirte, el sistema te deja la cuenta lista y solo debes **habilitarla** con la opción **«Usuario nuevo»** en www.dian.gov.co.',
        '- **Para entrar:** opción **«Usuario registrado»**, **«A nombre propio»**, tipo de documento (cédula de ciudadanía, cédula de extranjería, tarjeta de identidad, registro civil…), número y contraseña.',
        '- **Si olvidaste la contraseña o se bloqueó la cuenta:** usa **«¿Olvidó su contraseña?»**; el enlace para crear una nueva llega al **correo registrado en tu RUT**. Si ya no tienes ese correo, pide ayuda en los canales de atención o con una cita.',
        '- La contraseña de la cuenta y la clave de la **firma electrónica** son distintas.',
        '',
        `Nunca compartas tus claves. Guía oficial: ${sourceLink(SOURCES.autogestion, 'ABC de los canales de autogestión')}.`,
        '',
        '**No confirmado en la fuente oficial:** los nombres de las opciones del portal los tomamos de guías publicadas; la DIAN puede cambiarlos.',
      ].join('\n'),
      questions: [
        'Olvidé la contraseña de la DIAN, ¿cómo la recupero?',
        'Me bloquearon el usuario de la DIAN',
        '¿Cómo creo mi cuenta en la DIAN?',
        '¿Cómo abro mi cuenta en la DIAN por primera vez?',
        'No puedo entrar a MUISCA, ¿qué hago?',
        'Se me bloqueó la cuenta de la DIAN',
        '¿Con qué tipo de documento ingreso?',
      ],
      keywords: [
        'contraseña',
        'cambiar la contraseña',
        'usuario bloqueado',
        'a nombre propio',
        'cuenta de usuario',
        'MUISCA',
        'portal transaccional',
        'contraseña del portal',
        'recuperar acceso',
        'cuenta bloqueada',
        'olvidé',
        'ingresar',
      ],
      appliesTo: 'Servicios en línea de la DIAN vigentes en 2026',
      sources: [SOURCES.autogestion, EXOGENA_STEPS, SOURCES.portal],
      checkedOn: CHECKED_ON,
      confirmed: false,
    },
    {
      id: 'actualizar-rut',
      title: 'Cambiar datos del RUT: dirección, actividad económica y responsabilidad 05',
      body: [
        'Actualiza el **RUT** cuando cambian tus datos: dirección, teléfono, correo, actividad económica o responsabilidades. El trámite es **gratuito** y el RUT no vence: solo se actualiza cuando algo cambia.',
        '',
        '**En línea (autogestión):** entra al Portal Transaccional con tu usuario y elige **«Actualización RUT»**. Puedes, entre otras cosas:',
        '',
        '- Cambiar datos de ubicación y contacto.',
        '- Agregar o reemplazar tu **actividad económica**.',
        '- Agregar responsabilidades, como la **05 – Impuesto sobre la renta y complementarios régimen ordinario**, la de quien declara renta.',
        '',
        'Al terminar, el formulario se formaliza; con firma electrónica lo haces tú mismo.',
        '',
        '**Copia del RUT en PDF:** si ya estás inscrito, la descargas gratis en el Portal Transaccional (usuario registrado, a nombre propio), opción de copia del RUT; después de actualizar, descarga una nueva para que salga con tus datos al día.',
        '',
        '**Con cita (videoatención o presencial):** para lo que el portal no permite, como quitar responsabilidades, o si una falla técnica te impide hacerlo. Ten a mano tu documento de identidad y los soportes del cambio.',
        '',
        `Consulta el ${sourceLink(SOURCES.autogestion, 'ABC de los canales de autogestión')}.`,
        '',
        '**No confirmado en la fuente oficial:** la gratuidad, el plazo de un mes después del cambio (art. 658-3 del Estatuto Tributario) y los nombres de las opciones los tomamos de la prensa que cita a la DIAN.',
      ].join('\n'),
      questions: [
        '¿Qué datos del RUT puedo cambiar en línea?',
        '¿Cómo cambio la dirección en el RUT?',
        '¿Cómo agrego la responsabilidad 05 en el RUT?',
        '¿Cuánto cuesta actualizar el RUT?',
        '¿Cómo cambio la actividad económica del RUT?',
        '¿El RUT se vence?',
        '¿Dónde bajo el RUT en PDF para un trabajo?',
      ],
      keywords: [
        'cambio de datos',
        'responsabilidad 05',
        'actividad económica',
        'cambiar dirección',
        'mudanza',
        'correo',
        'gratuito',
        'sin costo',
        'formalizar',
        'copia',
        'descargar',
        'imprimir',
        'PDF',
      ],
      appliesTo: 'Trámite del RUT vigente en 2026 (Estatuto Tributario, art. 555-2)',
      sources: [SOURCES.autogestion, SOURCES.estatuto],
      checkedOn: CHECKED_ON,
      confirmed: false,
    },
    {
      id: 'inscripcion-rut',
      title: 'Sacar el RUT por primera vez: inscripción y validación de identidad',
      body: [
        'Inscribirte en el **RUT** por primera vez es **gratuito** y, como persona natural sin matrícula mercantil, lo haces tú mismo en línea (autogestión) desde el portal de la DIAN. Lo necesitas antes de tu primera declaración:',
        '',
        '1. Elige la opción de **inscripción en el RUT** como persona natural y escribe tu número de documento.',
        '2. Registra un **correo electrónico**: allí llega un código de verificación y allí te escribirá la DIAN.',
        '3. Responde las **preguntas de validación de identidad**.',
        '4. Diligencia tu dirección y tu **actividad económica** (código CIIU); marca solo las responsabilidades que te correspondan, como la 05 si declaras renta.',
        '5. Finaliza la inscripción: el RUT llega a tu correo y con él habilitas tu cuenta de usuario.',
        '',
        '**Si no pasas la validación** o una falla técnica te impide inscribirte, agenda una **cita de videoatención** con la DIAN y ten a mano tu documento de identidad.',
        '',
        'No le pagues a un tramitador ni compartas tu contraseña: el trámite no cuesta nada.',
        '',
        `Consulta el ${sourceLink(SOURCES.autogestion, 'ABC de los canales de autogestión')}.`,
        '',
        '**No confirmado en la fuente oficial:** los pasos, la gratuidad y las preguntas de validación los tomamos de la prensa que cita a la DIAN; en el ABC oficial leímos que la inscripción de personas naturales es autogestionable y que, ante una falla técnica, se agenda videoatención.',
      ].join('\n'),
      questions: [
        '¿Cómo me inscribo en el RUT por internet?',
        'Nunca he tenido RUT, ¿cómo lo saco?',
        '¿Cuánto cuesta sacar el RUT?',
        'No pasé las preguntas de validación del RUT, ¿qué hago?',
        '¿Qué necesito para inscribirme en el RUT como persona natural?',
      ],
      keywords: [
        'inscripción',
        'inscribirme',
        'sacar el RUT',
        'preguntas de validación',
        'código de verificación',
        'CIIU',
        'tramitador',
        'gratis',
      ],
      appliesTo: 'Trámite del RUT vigente en 2026 (Estatuto Tributario, art. 555-2)',
      sources: [SOURCES.autogestion, SOURCES.estatuto],
      checkedOn: CHECKED_ON,
      confirmed: false,
    },
    {
      id: 'citas-dian',
      title: 'Citas con la DIAN: cómo agendar atención presencial o por video',
      body: [
        'Casi todo (RUT, firma electrónica, declaración, pagos) lo haces tú en línea. Pide **cita** cuando el trámite necesita atención de la DIAN, por ejemplo si no puedes inscribir o actualizar el RUT por una falla técnica o no logras recuperar tu acceso o tu firma electrónica.',
        '',
        '**Cómo agendarla:**',
        '',
        '1. En www.dian.gov.co entra a **«Asignación de citas»**.',
        '2. Diligencia tus datos, elige el trámite, la ciudad, el punto de atención, el día y la hora.',
        '3. Revisa el correo de **confirmación de cita**: trae las instrucciones y los documentos que debes llevar o enviar.',
        '',
        '**Modalidades:** **videoatención** (videollamada con la DIAN) o **presencial** en un punto de atención de la DIAN.',
        '',
        '**Qué llevar:** tu documento de identidad original y los soportes del trámite; si vas por otra persona, el poder o la autorización.',
        '',
        '**No confirmado en la fuente oficial:** los pasos y los nombres de las opciones los tomamos de guías publicadas y pueden cambiar. Los demás medios de atención están en la entrada sobre canales oficiales.',
      ].join('\n'),
      questions: [
        '¿Cómo pido una cita en la DIAN?',
        '¿Cómo agendo una cita presencial?',
        '¿Qué documentos llevo a la cita?',
        '¿Atienden por videollamada?',
        '¿Necesito cita para ir a una oficina?',
        '¿La cita se pide por internet?',
      ],
      keywords: [
        'cita',
        'agendar cita',
        'asignación de citas',
        'agendamiento',
        'videoatención',
        'presencial',
        'punto de atención',
        'oficina',
      ],
      appliesTo: 'Canales de atención de la DIAN vigentes en 2026',
      sources: [SOURCES.autogestion, SOURCES.portal],
      checkedOn: CHECKED_ON,
      confirmed: false,
    },
    {
      id: 'extranjeros-residentes',
      title: 'Extranjeros residentes en Colombia: cuándo y cómo declaran renta',
      body: [
        'Si eres **extranjero** y te radicaste en Colombia, lo que decide es tu **residencia fiscal**, no tu nacionalidad ni tu visa:',
        '',
        '- Eres residente si permaneces en el país **más de 183 días**, continuos o no, en un periodo de 365 días (art. 10 del Estatuto Tributario; mira la entrada sobre residencia fiscal).',
        '- **Residente:** declaras tus ingresos **de Colombia y del exterior** (renta mundial) y tu patrimonio en todo el mundo, en el **formulario 210**, si superas los topes para declarar. Si tus activos en el exterior superan 2.000 UVT, presentas también el formulario 160.',
        '- **No residente:** declaras solo ingresos de fuente colombiana, en el **formulario 110**.',
        '- Lo que pagaste de impuesto de renta en otro país por esas mismas rentas puede restarse como descuento (art. 254).',
        '',
        '**RUT:** te inscribes con tu **cédula de extranjería** o, si no la tienes, con tu pasaporte; luego habilitas tu cuenta en el Portal Transaccional y tramitas la firma electrónica.',
        '',
        'Tu plazo es el de todas las personas naturales, según los dos últimos dígitos de tu NIT.',
      ].join('\n'),
      questions: [
        'Soy extranjero residente en Colombia, ¿qué declaro?',
        'Tengo cédula de extranjería, ¿me toca declarar renta?',
        '¿Los extranjeros declaran lo que ganan en su país?',
        '¿Cómo saca el RUT un extranjero?',
        'Llegué a vivir a Colombia este año, ¿desde cuándo declaro?',
      ],
      keywords: [
        'extranjero residente',
        'cédula de extranjería',
        'renta mundial',
        'expatriado',
        'inmigrante',
      ],
      appliesTo:
        'Personas naturales extranjeras; reglas vigentes en 2026 (Estatuto Tributario, arts. 9 y 10)',
      sources: [SOURCES.estatuto, SOURCES.rentaAg2025],
      checkedOn: CHECKED_ON,
      confirmed: true,
    },
    {
      id: 'colombianos-en-el-exterior',
      title: 'Colombianos radicados en otro país: familia, ingresos y bienes deciden si declaras aquí',
      body: [
        'Irte del país no te quita por sí solo la residencia fiscal. Según el art. 10 del Estatuto Tributario, un **colombiano** es residente, aunque pase poco tiempo en Colombia, si por ejemplo:',
        '',
        '- Su familia cercana (cónyuge o compañero permanente, o menores a su cargo) reside en Colombia.',
        '- El **50 %** o más de sus ingresos son de fuente colombiana, o el 50 % o más de sus bienes se administran o se encuentran en Colombia.',
        '- No acredita su residencia en el exterior o reside en un paraíso fiscal.',
        '',
        'Deja de ser residente si el 50 % o más de sus ingresos o de sus activos se concentran en su nuevo país.',
        '',
        '- **Residente:** renta mundial, en el **formulario 210**.',
        '- **No residente:** solo ingresos de fuente colombiana (arriendos, pensión, intereses), con una **tarifa única del 35 %** (art. 247), no la tabla del art. 241, en el **formulario 110**; si todos tuvieron retención en la fuente, esa es tu impuesto final (art. 592).',
        '',
        '**Desde el exterior** puedes actualizar el RUT, usar tu cuenta del Portal Transaccional y firmar con firma electrónica. Si pagas impuestos en otro país, los **convenios para evitar la doble imposición** y el descuento por impuestos pagados afuera evitan pagar dos veces.',
        '',
        '**Porcentajes no confirmados en la fuente oficial:** verifica las condiciones en los arts. 10 y 247 del Estatuto Tributario.',
      ].join('\n'),
      questions: [
        'Soy colombiano, me mudé a otro país y mi familia se quedó en Colombia, ¿sigo siendo residente fiscal?',
        'Mi pareja se quedó en Colombia y yo me fui, ¿qué pasa con mi renta?',
        '¿Un colombiano radicado fuera declara en el 110 o en el 210?',
        '¿Se puede presentar la renta desde otro país?',
        '¿Qué es la doble tributación?',
        'Llevo años viviendo afuera, ¿sigo obligado a declarar en Colombia?',
      ],
      keywords: [
        'colombiano radicado fuera',
        'vivo en el exterior',
        'familia en Colombia',
        'emigrante',
        'nacional',
        'doble imposición',
        'doble tributación',
        'convenio',
        'paraíso fiscal',
      ],
      appliesTo: 'Nacionales colombianos; reglas vigentes en 2026 (Estatuto Tributario, art. 10)',
      sources: [SOURCES.estatuto, SOURCES.autogestion],
      checkedOn: CHECKED_ON,
      confirmed: false,
    },
    {
      id: 'criptoactivos',
      title: 'Criptoactivos (bitcoin y otras criptomonedas) en la declaración de renta',
      body: [
        `Para la DIAN, los **criptoactivos** no son moneda de curso legal: son **activos intangibles** que forman parte de tu **patrimonio** (${sourceLink(CRYPTO_CONCEPT, 'Concepto Unificado sobre Criptoactivos de 2023')}).`,
        '',
        '- **Patrimonio:** si los tienes al 31 de diciembre, van en el patrimonio del formulario 210 por su **costo fiscal**, en general lo que pagaste en pesos al comprarlos (art. 74 del Estatuto Tributario), no su precio de mercado.',
        '- **Venta o cambio:** la diferencia entre lo que recibes y su costo fiscal es **renta** de la cédula general si los tuviste menos de dos años o los negocias habitualmente, y **ganancia ocasional** si los tuviste dos años o más como activo fijo.',
        '- Lo que recibes por **minería, staking o pagos** en criptoactivos es ingreso y se declara.',
        '- Cuentan para los topes de patrimonio e ingresos que te obligan a declarar.',
        '- Guarda los soportes: extractos de la plataforma, fechas y valores de compra y venta.',
        '',
        '**Parte de esto no está confirmada en la fuente oficial:** el costo fiscal y la clasificación entre renta y ganancia ocasional los leímos en resúmenes del concepto; revísalo completo en el normograma de la DIAN.',
      ].join('\n'),
      questions: [
        '¿Cómo declaro criptomonedas?',
        '¿El bitcoin se declara en la renta?',
        '¿Las ganancias en cripto pagan impuesto?',
        '¿Por qué valor declaro mis criptoactivos?',
        'Tengo criptomonedas en Binance, ¿las declaro?',
      ],
      keywords: [
        'criptoactivos',
        'criptomonedas',
        'bitcoin',
        'cripto',
        'activo intangible',
        'exchange',
        'staking',
        'minería',
      ],
      appliesTo: 'Personas naturales residentes; doctrina DIAN vigente en 2026 (Concepto 18075 de 2023)',
      sources: [CRYPTO_CONCEPT, SOURCES.estatuto],
      checkedOn: CHECKED_ON,
      confirmed: false,
    },
    {
      id: 'cuentas-en-el-exterior',
      title: 'Cuentas, inversiones y bienes en el exterior: cómo se declaran',
      body: [
        'Si eres **residente fiscal** en Colombia, declaras tu **patrimonio y tus ingresos de todo el mundo**:',
        '',
        '- **Patrimonio:** cuentas bancarias, inversiones, inmuebles o acciones fuera del país van en el patrimonio del **formulario 210**, expresados en pesos según las reglas del Estatuto Tributario para activos en moneda extranjera (art. 269).',
        '- **Ingresos:** intereses, dividendos, arriendos, salarios o pensiones del exterior se declaran en la cédula que corresponda.',
        `- **Formulario 160:** además, si tus activos en el exterior al **1 de enero** valen más de **2.000 UVT**, presentas la ${sourceLink(SOURCES.activosExterior, 'declaración anual de activos en el exterior')} (art. 607).`,
        '- **Impuesto pagado afuera:** el impuesto de renta que pagaste en otro país por esas mismas rentas se resta como **descuento tributario**, sin pasar del impuesto colombiano sobre ellas (art. 254).',
        '',
        'Si no eres residente fiscal, solo declaras en Colombia lo que tienes y ganas aquí. Omitir activos del exterior puede generar sanciones e impuestos adicionales.',
      ].join('\n'),
      questions: [
        'Tengo una cuenta de ahorros en otro país, ¿cómo la declaro?',
        '¿Cómo declaro los intereses que me paga un banco del exterior?',
        '¿El impuesto que pagué en otro país se resta en Colombia?',
        '¿Los bienes que tengo afuera van en el formulario 210?',
        'Tengo acciones en un bróker extranjero, ¿las declaro?',
        '¿Debo reportar a la DIAN una cuenta bancaria de otro país?',
      ],
      keywords: [
        'cuentas en el exterior',
        'bienes en el exterior',
        'ingresos del exterior',
        'descuento tributario',
        'impuestos pagados en el exterior',
        'bróker',
        'moneda extranjera',
        'artículo 254',
      ],
      appliesTo:
        'Personas naturales residentes; reglas vigentes en 2026 (Estatuto Tributario, arts. 254 y 607)',
      sources: [SOURCES.estatuto, SOURCES.activosExterior],
      checkedOn: CHECKED_ON,
      confirmed: true,
    },
    {
      id: 'moneda-extranjera-trm',
      title: 'Dólares y otras monedas en la declaración: con qué tasa de cambio (TRM) se pasan a pesos',
      body: [
        'La declaración se hace en **pesos**. Lo que tienes en moneda extranjera (una cuenta en dólares afuera, dólares en efectivo, criptoactivos comprados en dólares) se pasa a pesos así:',
        '',
        '- **Bienes:** con la **tasa representativa del mercado (TRM)** del día en que los adquiriste (su reconocimiento inicial), menos los abonos o pagos medidos a esa misma TRM (art. 269 del Estatuto Tributario, desde la Ley 1819 de 2016); no con la TRM del 31 de diciembre.',
        '- **Si el dólar sube o baja:** esa diferencia en cambio no es ingreso mientras no la realices; cuenta cuando vendes, retiras o pagas (art. 288), como explica la DIAN en sus oficios, también para criptoactivos.',
        '- **Otras monedas** (euros, por ejemplo): primero a dólares con el tipo de cambio del día de la operación y luego a pesos con la TRM (DUR 1625 de 2016, art. 1.1.3).',
        '- **Ingresos recibidos en dólares:** en pesos, con la TRM del día en que los recibes.',
        '',
        'Si tus bienes en el exterior pasan de 2.000 UVT, mira también la entrada sobre cuentas en el exterior (formulario 160).',
        '',
        '**Sin confirmar en la fuente oficial:** leímos los arts. 269 y 288 y el DUR en copias de terceros, y la regla de los ingresos recibidos es la práctica habitual, no un texto oficial.',
      ].join('\n'),
      questions: [
        '¿A qué TRM declaro mis dólares?',
        '¿Con qué tasa de cambio paso a pesos lo que tengo en el exterior?',
        'Si el dólar subió, ¿tengo que declarar esa ganancia?',
        '¿Cómo declaro lo que tengo en euros?',
        '¿Uso la TRM del 31 de diciembre para la renta?',
        '¿Los dólares se declaran en pesos?',
      ],
      keywords: [
        'TRM',
        'tasa representativa del mercado',
        'tasa de cambio',
        'moneda extranjera',
        'diferencia en cambio',
        'dólares',
        'euros',
        'artículo 269',
        'artículo 288',
      ],
      appliesTo:
        'Personas naturales residentes; reglas vigentes en 2026 (Estatuto Tributario, arts. 269 y 288)',
      sources: [
        SOURCES.estatuto,
        EXCHANGE_DIFFERENCE_REFORM,
        EXCHANGE_DIFFERENCE_RULING,
        CRYPTO_EXCHANGE_RULING,
      ],
      checkedOn: CHECKED_ON,
      confirmed: false,
    },
  ],
  phrases: [
    // The withholding entry's name for what was withheld being taken off the tax (`WHOLE_QUESTION_CONCEPTS` in
    // retrieval/analyzer.ts); worded so that no citizen's question says it.
    ['retenciones restadas del impuesto', ['retencion', 'retencionseresta']],
    // Getting a RUT one does not have yet is registering ("sacar el RUT", "no tengo ni RUT"), whatever the verb.
    ['sacar el rut', ['inscripcion', 'rut']],
    ['saco el rut', ['inscripcion', 'rut']],
    ['sacar rut', ['inscripcion', 'rut']],
    // «Me piden el RUT actualizado» (a bank, an employer): updating it, whoever asks.
    ['rut actualizado', ['actualiz', 'rut']],
    // With the pronoun attached («sacarme / sacarle el RUT», «me saca el RUT»): someone offering to get it.
    ...['sacarme el rut', 'sacarle el rut', 'me saca el rut', 'le saca el rut', 'tramitarme el rut'].map(
      (phrase) => [phrase, ['inscripcion', 'rut']] as const,
    ),
    ['no tengo rut', ['inscripcion', 'rut']],
    ['no tengo ni rut', ['inscripcion', 'rut']],
    ['no tengo el rut', ['inscripcion', 'rut']],
    // Whether the RUT expires or must be renewed is the RUT's own question (it does not expire), not the
    // signature's renewal, which «renovar» and «se vence» otherwise name (f1).
    ...['rut se vence', 'se vence el rut', 'vence el rut', 'rut vence', 'rut caduca', 'caduca el rut']
      .concat([
        'renovar el rut',
        'renuevo el rut',
        'renovacion del rut',
        'vigencia del rut',
        'rut tiene vigencia',
      ])
      .concat(['vigencia tiene el rut'])
      .map((phrase) => [phrase, ['rut', 'rutvence']] as const),
    // A copy of one's RUT («una copia del RUT», «el RUT en PDF») is downloaded from the account: the RUT's own
    // errand, whoever asks for it (a new job, a bank) (f1).
    ...[
      'copia del rut',
      'copia de mi rut',
      'copia de el rut',
      'rut en pdf',
      'pdf del rut',
      'descargar el rut',
    ]
      .concat(['descargo el rut', 'bajar el rut', 'bajo el rut', 'imprimir el rut', 'imprimo el rut'])
      .map((phrase) => [phrase, ['rut', 'copiarut']] as const),
    // The exchange rate goes by several names; "cambio" alone is a change (of job, of address).
    ['tasa de cambio', ['trm']],
    ['tipo de cambio', ['trm']],
    ['tasa representativa del mercado', ['trm']],
    // Today's price of a currency is a market quote, a concept the base leaves out on purpose.
    ['precio del dolar', ['cotizacion']],
    ['precio del euro', ['cotizacion']],
    ['como esta el dolar', ['cotizacion']],
    ['como esta el euro', ['cotizacion']],
    // Where to ask the DIAN something is a question about its channels.
    ['hacer preguntas', ['canal']],
    ['hacer una pregunta', ['canal']],
    ['ganancia ocasional', ['gananciaocasional']],
    ['retencion en la fuente', ['retencion']],
    ['certificado de ingresos', ['certificado', '220']],
    ['certificado de retenciones', ['certificado', '220']],
    ['certificado de retencion', ['certificado', '220']],
    ['informacion reportada por terceros', ['exogena']],
    ['reportada por terceros', ['exogena']],
    ['reporte de terceros', ['exogena']],
    ['sabe la dian', ['exogena']],
    // How the DIAN finds out is what third parties report to it: «¿cómo se entera la DIAN?».
    ['como se entera', ['exogena']],
    ['como se enteran', ['exogena']],
    ['como se da cuenta', ['exogena']],
    ['la dian sabe', ['exogena']],
    // What the DIAN already knows of the citizen, and where it gets it («se da cuenta» is left out: it is
    // also whether a late or missing return is noticed).
    ['dian ya sabe', ['exogena']],
    ['como sabe la dian', ['exogena']],
    ['de donde saca', ['exogena']],
    ['de donde sacan', ['exogena']],
    // Noticing the citizen's money is what third parties report; noticing that a return is missing
    // («…se da cuenta de que no declaré») is not.
    ...['la plata', 'mi plata', 'los movimientos', 'mis movimientos', 'lo que muevo', 'mis cuentas'].map(
      (what) => [`la dian se da cuenta de ${what}`, ['exogena']] as const,
    ),
    ['reportan a la dian', ['exogena']],
    ['reporto a la dian', ['exogena']],
    // What banks and employers reported about the citizen, in any tense: "lo que reportaron de mí".
    ['reportaron de mi', ['exogena']],
    ['reportan de mi', ['exogena']],
    ['reportaron a la dian', ['exogena']],
    // Phrases match on stems, so a bare "me dejó" would also be "me deja pagar": a death or the word
    // itself must come with it.
    ['murio y me dejo', ['herencia']],
    ['murio y nos dejo', ['herencia']],
    ['fallecio y me dejo', ['herencia']],
    ['fallecio y nos dejo', ['herencia']],
    ['me dejo de herencia', ['herencia']],
    ['me dejaron de herencia', ['herencia']],
    // A gift the citizen received ("me regalaron", "nos donaron") is ganancia ocasional; a gift the citizen
    // gives ("le regalo a una fundación") is the donations discount.
    ['me regalaron', ['donacion', 'gananciaocasional']],
    ['me regalo', ['donacion', 'gananciaocasional']],
    ['nos regalaron', ['donacion', 'gananciaocasional']],
    ['me donaron', ['donacion', 'gananciaocasional']],
    ['nos donaron', ['donacion', 'gananciaocasional']],
    ['me dieron de regalo', ['donacion', 'gananciaocasional']],
    // Countries people name for living or holding money abroad, beyond those the base already knows.
    ['afuera', ['exterior']],
    ['otro pais', ['exterior']],
    // Months lived in the country are the residence test (183 days).
    ['meses viviendo', ['resid']],
    ['dias viviendo', ['resid']],
    // A Colombian abroad says so first: the nationals' rules of art. 10 (family, income, assets) apply.
    ['soy colombiano', ['nacional']],
    ['soy colombiana', ['nacional']],
    ['somos colombianos', ['nacional']],
    // The days spent in or out of the country are how residence is counted (the 183 days of art. 10):
    // one concept, held by the entry on that rule, since "residente" alone is in every residence entry.
    ['183 dias', ['diasenpais']],
    ['dias calendario', ['diasenpais']],
    ['dias de entrada y salida', ['diasenpais', 'salida']],
    ['otros paises', ['exterior']],
    // Being paid in a foreign currency is how people describe income from abroad.
    ['en dolares', ['exterior']],
    ['en euros', ['exterior']],
    // Payment platforms people use to be paid from abroad hold the money in accounts outside Colombia.
    ['payoneer', ['activosexterior']],
    ['paypal', ['activosexterior']],
    ['wise', ['activosexterior']],
    // Banks and brokers abroad that citizens name instead of saying "afuera".
    ['bank of america', ['banco', 'exterior']],
    ['wells fargo', ['banco', 'exterior']],
    ['chase', ['banco', 'exterior']],
    ['citibank', ['banco', 'exterior']],
    ['interactive brokers', ['brok', 'exterior']],
    ['charles schwab', ['brok', 'exterior']],
    ['revolut', ['banco', 'exterior']],
    ['miami', ['exterior']],
    ['espana', ['exterior']],
    ['panama', ['exterior']],
    ['canada', ['exterior']],
    ['chile', ['exterior']],
    ['mexico', ['exterior']],
    ['alemania', ['exterior']],
    ['inglaterra', ['exterior']],
    ['australia', ['exterior']],
    ['argentina', ['exterior']],
    // The DIAN's official page or site, asked for so as not to land on a fake one, is one of its channels.
    ['pagina oficial', ['canal', 'pagin']],
    ['pagina web oficial', ['canal', 'pagin']],
    ['sitio oficial', ['canal']],
    ['sitio web oficial', ['canal']],
    ['web oficial', ['canal']],
    ['usuario nuevo', ['muisca']],
    // "Entrar" alone is a stopword; not being able to get in is a question about one's account.
    ['no puedo entrar', ['muisca', 'contrasena']],
    ['no puedo ingresar', ['muisca', 'contrasena']],
    ['no me deja entrar', ['muisca', 'contrasena']],
    ['no me deja ingresar', ['muisca', 'contrasena']],
    ['usuario registrado', ['muisca']],
    ['cuenta de usuario', ['muisca']],
    // Creating or enabling one's DIAN account is the account's own errand, whatever the story around it
    // («no me llega el código para crear la cuenta», «¿cómo creo el usuario pa declarar?») (f1).
    ...['crear', 'creo', 'habilitar', 'habilito', 'activar', 'activo'].flatMap((verb) =>
      ['la cuenta', 'mi cuenta', 'el usuario', 'mi usuario', 'un usuario', 'usuario'].map(
        (account) => [`${verb} ${account}`, ['muisca', 'crearcuenta']] as const,
      ),
    ),
    ['cedula de extranjeria', ['extranjeria']],
    ['doble tributacion', ['dobleimposicion']],
    ['doble imposicion', ['dobleimposicion']],
    ['paraiso fiscal', ['paraisofiscal']],
    // The DIAN's phone line, and being contacted in its name (to check it is real).
    // Asking what this assistant is ("¿tú eres de la DIAN?", "¿esto es oficial?") asks which channels are
    // the DIAN's own: the channels' entry says so.
    ['eres de la dian', ['canal']],
    ['usted es de la dian', ['canal']],
    ['chat es de la dian', ['canal']],
    ['pagina es de la dian', ['canal']],
    ['eres un robot', ['canal']],
    ['eres un bot', ['canal']],
    ['es oficial', ['canal']],
    ['son oficiales', ['canal']],
    ['numero de telefono', ['canal']],
    ['numero de contacto', ['canal']],
    ['linea telefonica', ['canal']],
    // The number one calls is a phone line, not a NIT: "¿a qué número llamo?", "el número para llamar".
    ['numero llamo', ['canal']],
    ['numero marco', ['canal']],
    ['numero para llamar', ['canal']],
    ['numero de atencion', ['canal']],
    ['numero de la dian', ['canal']],
    ['telefono de la dian', ['canal']],
    ['telefonos de la dian', ['canal']],
    ['linea de atencion', ['canal']],
    // Reaching a person at the DIAN, in chat or on the phone.
    ['hablar con alguien', ['canal']],
    ['hablar con una persona', ['canal']],
    ['hablar con un asesor', ['canal']],
    ['hablar con un funcionario', ['canal']],
    ['chat en linea', ['canal']],
    ['nadie contesta', ['canal']],
    ['nadie responde', ['canal']],
    ['nadie me contesta', ['canal']],
    ['me llamaron', ['canal']],
    ['me escribieron', ['canal']],
    ['me contactaron', ['canal']],
    // A complaint about the DIAN goes to PQSR; "reclamar" alone is claiming a balance in favour.
    ['poner un reclamo', ['canal']],
    ['pongo un reclamo', ['canal']],
    ['poner una queja', ['canal']],
    ['pongo una queja', ['canal']],
    ['queja contra la dian', ['canal']],
    ['reclamo contra la dian', ['canal']],
    ['me trataron mal', ['canal']],
    ['me atendieron mal', ['canal']],
    // Matched on stems: "piden / pidieron / pidiendo datos".
    ['piden datos', ['canal']],
    ['piden mis datos', ['canal']],
    // Booking is the errand asked about, whatever the appointment is for ("una cita para el RUT").
    ['agendo una cita', ['cita']],
    ['agendar una cita', ['cita']],
    ['agendo cita', ['cita']],
    ['agendar cita', ['cita']],
    ['saco una cita', ['cita']],
    ['sacar una cita', ['cita']],
    ['saco cita', ['cita']],
    ['sacar cita', ['cita']],
    ['punto de atencion', ['cita']],
    ['puntos de atencion', ['cita']],
    ['oficina de la dian', ['cita']],
    ['oficinas de la dian', ['cita']],
    // When the DIAN opens is its service hours, a channel's detail, whatever verb follows (f5).
    ...['abre', 'abren', 'atiende', 'atienden', 'cierra', 'cierran', 'contestan'].map(
      (verb) => [`a que hora ${verb}`, ['horari', 'atiend']] as const,
    ),
    // A visa for remote workers is a stay in the country: residence, as for any foreigner.
    ['nomada digital', ['resid', 'extranjero']],
    ['nomadas digitales', ['resid', 'extranjero']],
    // Free help (the NAF, the DIAN's own channels) asked as "where do they help me for free".
    ['ayuden gratis', ['asesoria', 'gratuita']],
    ['ayuda gratis', ['asesoria', 'gratuita']],
    ['asesoria gratis', ['asesoria', 'gratuita']],
    // The NAF are university tax clinics: "unas universidades ayudan", "el consultorio de la universidad".
    ['universidades ayudan', ['naf']],
    ['universidad ayuda', ['naf']],
    ['consultorio contable', ['naf']],
    ['consultorio de la universidad', ['naf']],
    // The identity questions the portal asks (registering the RUT, recovering a signature) go by both names.
    ['preguntas de validacion', ['validacion']],
    ['preguntas de seguridad', ['validacion']],
    ['respuestas de seguridad', ['validacion']],
    // The home one lived in (past tense: it was sold) is the casa de habitación of the art. 311-1 exemption;
    // "donde vivo" is left out, it is where one pays rent.
    ['donde vivia', ['vivienda', 'habitacion']],
  ],
  synonyms: {
    diasenpais: 'permanecer permanezco permaneci permaneces permanece',
    herencia:
      'herencia herencias heredar herede heredo heredamos heredaron heredero herederos heredera legado legados',
    donacion: 'donacion donaciones dono donaron regalo regalaron',
    loteria:
      'loteria loterias rifa rifas apuesta apuestas apostar premio premios sorteo sorteos baloto chance casino',
    vender: 'vender vendi vendo vendio vendimos vendiendo venta enajenacion',
    vivienda: 'vivienda casa apartamento apto',
    vehiculo: 'vehiculo vehiculos carro carros automovil moto motos motocicleta camioneta camionetas',
    retencion: 'retencion retenciones retienen retuvieron retuvo retener retefuente',
    cripto:
      'cripto criptos criptomoneda criptomonedas criptoactivo criptoactivos bitcoin bitcoins btc ethereum usdt binance billetera',
    cita: 'cita citas agendar agendo agendamiento turno videoatencion videollamada',
    bloqueado: 'bloqueo bloqueado bloqueada bloquearon',
    contrasena: 'contrasena contrasenas clave claves password',
    // The migration permits most foreigners here carry (Permiso por Protección Temporal, Permiso Especial).
    extranjeria: 'extranjeria ppt pep',
    // Nationalities people give instead of "extranjero" ("soy francés, vivo en Cali").
    extranjero:
      'extranjero extranjera extranjeros extranjeras venezolano venezolana venezolanos frances francesa aleman alemana estadounidense gringo gringa espanol espanola mexicano mexicana peruano peruana ecuatoriano ecuatoriana italiano italiana',
    particion: 'particion reparto reparte repartir repartieron',
    familia: 'familia esposa esposo pareja conyuge',
    // How people ask for DIAN's contact channels: a phone line, a chat.
    canal:
      'canal canales telefono telefonos chat chatear chatbot bot funcionario funcionarios contacto contactar comunicarme queja quejas pqr pqrs pqsr peticion peticiones denuncia denuncias denunciar linea lineas llame llamo llamar marque marcar contesta contestan',
    inscripcion: 'inscripcion inscribo inscribirme inscribir inscribe registrarme',
    // Free of charge, however it is said.
    gratuita: 'gratuita gratuito gratuitas gratuitos gratis',
    mudanza: 'mudanza mudanzas mude mudamos mudarme trasteo',
    radicado: 'radicado radicada radicados radicadas radique radico radicaste radicarme',
  },
};

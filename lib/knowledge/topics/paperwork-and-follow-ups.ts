/**
 * What citizens ask around the return rather than about it: proving one does not file, a voluntary
 * return, past years never filed, cancelling the RUT, paying from abroad or a payment DIAN does not show,
 * form 160's dates, what follows a refund request, fake DIAN e-mails and the employer's income
 * certificate. Checked on 2026-12-06 through a search index of stored public pages: the articles of the
 * Estatuto Tributario and of the Decreto 1625 were read only in third-party copies and DIAN's own pages
 * could not be opened, so every entry is `confirmed: false` and says so to the citizen.
 */
import { DEADLINES_AG_2025 } from '../../tax/deadlines';
import { OFFICIAL_SOURCES } from '../../tax/sources';
import { formatSpanishDate } from '../../tax/spanish-dates';
import { formatUvtInPesos } from '../../tax/uvt';
import type { KnowledgeEntry, KnowledgeSource } from '../schema';
import { sourceLink } from '../source-link';
import type { KnowledgeTopic } from './topic';

const CHECKED_ON = '2026-12-06';
const RULES_IN_FORCE = 'Personas naturales residentes; reglas vigentes en 2026';

const SOURCES = {
  ...OFFICIAL_SOURCES,
  refunds: {
    title: 'Devoluciones: trámite y condiciones (DIAN)',
    url: 'https://www.dian.gov.co/tramitesservicios/Tramites_Impuestos/Devoluciones/Paginas/Tramite-y-condiciones.aspx',
  },
  improperRefund: {
    title: 'Oficio DIAN 28998 de 2018, sanción por improcedencia de devoluciones (normograma DIAN)',
    url: 'https://normograma.dian.gov.co/dian/compilacion/docs/oficio_dian_28998_2018.htm',
  },
  fakeEmails: {
    title: 'Verificación de autenticidad de correos de la DIAN',
    url: 'https://www.dian.gov.co/Paginas/CorreosFalsos.aspx',
  },
} as const satisfies Record<string, KnowledgeSource>;

/** Form 160 follows the income-tax dates, so its window is read from the same table as the return's. */
const slots160 = DEADLINES_AG_2025.slots;
const first160 = slots160[0];
const last160 = slots160[slots160.length - 1];
if (!first160 || !last160) throw new Error('The 2026 deadline table is empty.');

const certificadoNoDeclarante: KnowledgeEntry = {
  id: 'certificado-no-declarante',
  title: 'Carta de no declarante: qué presentar a un banco o una embajada',
  body: [
    'Si no presentas declaración de renta porque no superas los montos de ley y un banco, una embajada u otra entidad te pide «la declaración de renta», no hay declaración que mostrar. Tu situación se prueba así:',
    '',
    '- **Certificado de ingresos y retenciones (formulario 220)** de tu empleador o pagador de pensión: el formulario dice que **sustituye para todos los efectos legales la declaración de renta** del trabajador o pensionado que lo firma. Consérvalo; la DIAN puede pedirlo.',
    '- **Carta de no declarante:** no es un formato de la DIAN. La redactas y **la firmas tú**, bajo la gravedad de juramento: nombre, cédula, año gravable y que no superaste los montos de ingresos, patrimonio, consumos ni consignaciones de los arts. 592 a 594-3 ET. Si la entidad la quiere autenticada, lo decide ella.',
    '- La **DIAN no expide un «certificado de no declarante»**. Como apoyo puedes descargar la copia de tu RUT y tu información exógena en el Portal Transaccional.',
    '',
    'Si aun así te exigen una declaración, mira si te sirve una **declaración voluntaria** (art. 6 ET).',
    '',
    '**No confirmado en la fuente oficial:** la nota del formulario 220 la leímos en copias del formulario publicadas por terceros, y que la DIAN no expida ese certificado lo dicen publicaciones especializadas, no una página de la DIAN.',
  ].join('\n'),
  questions: [
    '¿Qué es la carta de no declarante?',
    'El banco me pide la declaración de renta y no la presento, ¿qué les entrego?',
    '¿Qué documento sustituye la declaración de renta para la embajada?',
    'Certificado de no declarante para la embajada',
    '¿Quién firma la constancia de no declarante?',
  ],
  keywords: [
    'carta de no declarante',
    'certificado de no declarante',
    'sustituye la declaración',
    'embajada',
  ],
  appliesTo: RULES_IN_FORCE,
  sources: [SOURCES.estatuto, SOURCES.dur, SOURCES.autogestion],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const declaracionVoluntaria: KnowledgeEntry = {
  id: 'declaracion-voluntaria',
  title: 'Declaración voluntaria de renta: cuándo tiene efecto legal',
  body: [
    'Si no superas los montos que exigen declarar, tu impuesto de renta es lo que te descontaron en la fuente sobre tus ingresos del año (art. 6 del Estatuto Tributario) y no tienes que presentar nada.',
    '',
    '**¿Y si declaras de todos modos?**',
    '',
    '- El **art. 594-2 ET** dice que las declaraciones de quienes no superan esos montos **no producen efecto legal alguno**.',
    '- La excepción es el **parágrafo del art. 6** (Ley 1607 de 2012): la **persona natural residente** a quien le practicaron **retenciones** puede presentarla aunque no supere esos montos, y esa declaración **sí produce efectos legales**; se rige por las normas del impuesto de renta como la de cualquier declarante.',
    '- Sirve sobre todo para **recuperar lo descontado de más**: si da **saldo a favor**, pides su devolución como cualquier declarante.',
    '',
    'Sin descuentos en la fuente y sin superar los montos, una declaración presentada «por si acaso» no tendría efecto según el art. 594-2.',
    '',
    '**No confirmado en la fuente oficial:** leímos el texto de los arts. 6 y 594-2 en copias publicadas por terceros, no en el normograma.',
  ].join('\n'),
  questions: [
    '¿Qué es la declaración voluntaria de renta?',
    '¿Sirve de algo una declaración voluntaria?',
    '¿Una declaración voluntaria puede dar saldo a favor?',
    'Si declaro voluntariamente, ¿la declaración tiene efecto legal?',
    '¿Qué dice el artículo 594-2?',
  ],
  keywords: [
    'declaración voluntaria',
    'declarar voluntariamente',
    'voluntaria',
    'efecto legal',
    'artículo 594-2',
  ],
  appliesTo: RULES_IN_FORCE,
  sources: [SOURCES.estatuto],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const anosSinDeclarar: KnowledgeEntry = {
  id: 'anos-sin-declarar',
  title: 'Declaraciones atrasadas: ponerse al día y el plazo de 5 años de la DIAN',
  body: [
    'Lo que pasa con un año que no declaraste depende de si ese año **superaste alguno de los montos** para declarar (ingresos, patrimonio, consumos o consignaciones de ese año gravable, con su UVT):',
    '',
    '**Si no superaste ninguno:** no hay nada que presentar ni sanción (art. 6 ET). Guarda los soportes (formulario 220, extractos) por si la DIAN pregunta.',
    '',
    '**Si superaste alguno y no declaraste:**',
    '',
    '- Preséntala cuanto antes, en el formulario de ese año, liquidando tú la **sanción por extemporaneidad** (art. 641): 5 % del impuesto por mes o fracción de retraso, nunca menos que la sanción mínima.',
    '- Si la DIAN ya te **emplazó**, la sanción sube (art. 642); si no respondes, puede imponerte la **sanción por no declarar** (art. 643) y fijarte el impuesto con una **liquidación de aforo**.',
    '- Para esa liquidación de aforo tiene **5 años** desde el vencimiento del plazo para declarar (art. 717).',
    '- Si había impuesto a pagar, también corren **intereses de mora** desde el vencimiento.',
    '',
    'Las entradas sobre sanción por extemporaneidad, emplazamiento y sanción por no declarar tienen los detalles de cada paso.',
    '',
    '**No confirmado en la fuente oficial:** el plazo de 5 años del art. 717 y las demás reglas los leímos en copias del Estatuto publicadas por terceros.',
  ].join('\n'),
  questions: [
    '¿Todavía puedo presentar una declaración atrasada?',
    'Llevo varios años sin declarar, ¿qué me puede pasar?',
    'Tengo declaraciones atrasadas de varios años, ¿cómo me pongo al día?',
    '¿La DIAN puede cobrar una declaración de hace varios años?',
  ],
  keywords: [
    'años sin declarar',
    'años atrasados',
    'declaraciones atrasadas',
    'liquidación de aforo',
    'aforo',
    'artículo 717',
  ],
  appliesTo: RULES_IN_FORCE,
  sources: [SOURCES.estatuto],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const cancelarRut: KnowledgeEntry = {
  id: 'cancelar-rut',
  title: 'Cancelar el RUT: cuándo se puede y qué hacer al terminar una actividad',
  body: [
    'El RUT de una persona natural **no se cancela porque dejes de trabajar o cierres un negocio**: tu NIT sigue siendo el mismo y te identifica ante la DIAN para cualquier trámite futuro (art. 555-2 ET). Lo que haces es **actualizarlo**:',
    '',
    '- Quita o cambia la **actividad económica** que ya no ejerces por la que corresponda a tu nueva situación.',
    '- Pide retirar las **responsabilidades** que ya no tienes; si eras responsable de IVA, informa el **cese de actividades**.',
    '- Mientras conserves la responsabilidad **05** (renta), sigues declarando los años en que superes los montos.',
    '',
    'La **cancelación** a solicitud solo procede en los casos que fija el Decreto 1625 de 2016, como la liquidación de la **sucesión** de una persona fallecida, y no mientras haya **deudas o declaraciones pendientes** con la DIAN. La DIAN también puede cancelar de oficio un RUT por inactividad tributaria.',
    '',
    `**Canal:** la actualización la haces en línea (autogestión) o con cita; la cancelación se pide con cita en la DIAN. Consulta el ${sourceLink(SOURCES.autogestion, 'ABC de los canales de autogestión')}.`,
    '',
    '**No confirmado en la fuente oficial:** las causales de cancelación, el canal y el retiro de responsabilidades los leímos en prensa y en copias del decreto publicadas por terceros.',
  ].join('\n'),
  questions: [
    '¿Cómo cancelo el RUT?',
    '¿Se puede cancelar el RUT?',
    'Ya no tengo negocio, ¿cancelo el RUT?',
    '¿Cómo doy de baja el RUT?',
    '¿Qué hago con el RUT si ya no soy independiente?',
  ],
  keywords: [
    'cancelar el RUT',
    'cancelación del RUT',
    'dar de baja el RUT',
    'cerrar el RUT',
    'cese de actividades',
    'inactividad tributaria',
  ],
  appliesTo: 'Trámite del RUT vigente en 2026 (Estatuto Tributario, art. 555-2; Decreto 1625 de 2016)',
  sources: [SOURCES.estatuto, SOURCES.dur, SOURCES.autogestion],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const pagosExteriorYNoReflejados: KnowledgeEntry = {
  id: 'pagos-desde-exterior-y-no-reflejados',
  title: 'Desde otro país o sin reflejarse: pagarle el impuesto a la DIAN',
  body: [
    '**Desde otro país:** pagas el impuesto de tu declaración con el **formulario 490**, que generas en el Portal Transaccional, por los mismos canales que aquí: **PSE** (débito de una cuenta colombiana), **tarjeta de crédito**, o en ventanilla de una entidad autorizada con el formulario impreso. Si no tienes cuenta en Colombia, otra persona puede pagar tu formulario 490 en ventanilla.',
    '',
    '**Transferencia internacional:** no encontramos en una página oficial de la DIAN un canal para pagar impuestos con un giro internacional; no lo des por hecho y confírmalo con la DIAN antes de enviar dinero.',
    '',
    '**Pagaste y la DIAN no lo muestra:**',
    '',
    '1. Guarda el **formulario 490** con el sello de la entidad recaudadora, o el comprobante de PSE.',
    '2. La entidad recaudadora reporta el pago a la DIAN y puede tardar unos días en verse en el portal.',
    '3. Si no aparece, radica una solicitud en **«PQSR y Denuncias»** del portal con copia del formulario y del comprobante.',
    '4. Cuenta la fecha en que el dinero entró a la entidad autorizada, no la fecha en que lo ves en el portal.',
    '',
    '**No confirmado en la fuente oficial:** el pago por otra persona, los días que tarda en verse, la fecha que cuenta y la vía de reclamo los leímos fuera de las páginas de la DIAN.',
  ].join('\n'),
  questions: [
    'Pagué el formulario 490 y la DIAN no lo refleja',
    '¿Puedo pagarle a la DIAN desde otro país?',
    '¿En qué tiempo la DIAN refleja lo que pagué?',
    '¿Puedo pagar impuestos a la DIAN con un giro desde el extranjero?',
  ],
  keywords: ['pagar desde otro país', 'pago no reflejado'],
  appliesTo: 'Pagos de impuestos nacionales; canales vigentes en 2026',
  sources: [SOURCES.autogestion, SOURCES.portal, SOURCES.estatuto],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const plazoFormulario160: KnowledgeEntry = {
  id: 'plazo-formulario-160-2026',
  title: 'Declaración anual de activos en el exterior: vencimientos de 2026',
  body: [
    'Las personas naturales presentan la **declaración anual de activos en el exterior (formulario 160)** en las **mismas fechas que su declaración de renta**, según los dos últimos dígitos del NIT (Decreto 1625 de 2016, art. 1.6.1.13.2.26, con los plazos del Decreto 2229 de 2023).',
    '',
    `- En 2026 (activos poseídos al **1 de enero de 2026**) esas fechas van del **${formatSpanishDate(first160.date)}** (NIT ${first160.endings.join('-')}) al **${formatSpanishDate(last160.date)}** (NIT ${last160.endings.join('-')}).`,
    '- Tu fecha exacta es la de tu declaración de renta de 2026: búscala en la tabla de plazos del año gravable 2025.',
    `- Solo la presentan quienes tenían activos en el exterior por más de **2.000 UVT** (${formatUvtInPesos(2_000, 2026)} con la UVT de 2026) al 1 de enero; se presenta en línea con firma electrónica.`,
    '- Presentarla tarde tiene su propia sanción por extemporaneidad (art. 641 ET).',
    '',
    '**No confirmado en la fuente oficial:** que el formulario 160 siga las fechas de la renta lo leímos en publicaciones especializadas que citan el decreto, y las fechas de la renta entre el NIT 37-38 y el 97-98 las derivamos de la regla de días hábiles, no de una publicación.',
  ].join('\n'),
  questions: [
    '¿Cuál es la fecha límite del formulario 160 en 2026?',
    '¿Qué día vence la declaración de activos en el exterior?',
    '¿El formulario 160 tiene la misma fecha que la renta?',
    '¿Cuándo vence la declaración de activos en el exterior?',
  ],
  keywords: ['vencimiento formulario 160', 'fecha formulario 160', 'calendario activos en el exterior'],
  appliesTo: 'Declaración de activos en el exterior presentada en 2026 (activos al 1 de enero de 2026)',
  sources: [SOURCES.activosExterior, SOURCES.dur, SOURCES.decretoPlazos, SOURCES.calendario],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const seguimientoDevolucion: KnowledgeEntry = {
  id: 'seguimiento-devolucion',
  title: 'Devolución ya radicada: revisión, inadmisión y sanción del art. 670',
  body: [
    'Radicada la solicitud de devolución del saldo a favor de tu declaración, la DIAN **no devuelve sin revisar**:',
    '',
    '1. **Revisa** la solicitud y cruza tus datos con lo que reportaron tus pagadores (información exógena).',
    '2. Si falta un requisito, la **inadmite**; radicas una nueva solicitud que corrija la causa **dentro del mes siguiente** (art. 857 ET).',
    '3. Si la admite, tiene **50 días hábiles** para devolver (art. 855) a la cuenta que certificaste.',
    '4. Puede pedirte pruebas o investigar antes de decidir; si **niega** la solicitud, esa decisión se puede recurrir.',
    '',
    '**Cómo va tu trámite:** consulta el estado con tu usuario en el Portal Transaccional y, si vence el plazo sin respuesta, radica un derecho de petición en **«PQSR y Denuncias»**.',
    '',
    '**Devolución improcedente (art. 670):** que te devuelvan no es un reconocimiento definitivo. Si después la DIAN baja o elimina el saldo a favor, o tú corriges bajándolo, debes **reintegrar** lo devuelto de más con sus **intereses de mora**, y además hay una **sanción** sobre ese valor, mayor si hubo documentos falsos o fraude.',
    '',
    '**No confirmado en la fuente oficial:** leímos los arts. 855, 857 y 670 en copias de terceros; los porcentajes vigentes de la sanción del art. 670 (cambiados por la Ley 1819 de 2016) no los pudimos leer en una fuente oficial.',
  ].join('\n'),
  questions: [
    'Radiqué la devolución, ¿ahora qué pasa?',
    '¿Qué hago si la DIAN inadmite mi devolución?',
    '¿Cómo consulto cómo va mi devolución?',
    '¿Qué sanción hay por una devolución improcedente?',
    '¿Qué dice el artículo 670 sobre la devolución improcedente?',
  ],
  keywords: [
    'seguimiento a la devolución',
    'estado de la devolución',
    'inadmisión',
    'inadmitida',
    'inadmitieron',
    'devolución improcedente',
    'sanción por devolución improcedente',
    'artículo 670',
    'artículo 857',
    'reintegrar',
  ],
  appliesTo: RULES_IN_FORCE,
  sources: [SOURCES.refunds, SOURCES.improperRefund, SOURCES.estatuto],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const correosFalsosDian: KnowledgeEntry = {
  id: 'correos-falsos-dian',
  title: 'Correos falsos y mensajes de estafa a nombre de la DIAN: cómo reconocerlos',
  body: [
    'Hay estafadores que envían mensajes electrónicos y de texto a nombre de la DIAN con supuestas deudas, **embargos** o sanciones por tu declaración para que abras un enlace, descargues un archivo o pagues. Para revisarlos:',
    '',
    '- **Remitente:** los mensajes oficiales vienen solo del dominio **dian.gov.co**; desconfía de dominios parecidos, como dian.com.',
    `- **Código de verificación:** los mensajes de la DIAN traen un código que puedes comprobar en el ${sourceLink(SOURCES.fakeEmails, 'servicio de verificación de la DIAN')}.`,
    '- **Pagos:** la DIAN no envía enlaces para pagar; se paga con el formulario 490 generado en el Portal Transaccional.',
    '- **Datos:** la DIAN no pide por mensaje o llamada tu contraseña, tu firma electrónica ni datos bancarios.',
    '- No abras adjuntos ni respondas un mensaje dudoso: entra tú mismo escribiendo **www.dian.gov.co** y revisa allí tus deudas o notificaciones.',
    '',
    '**No confirmado en la fuente oficial:** el servicio de verificación, el código y las recomendaciones los leímos en prensa que cita a la DIAN; no pudimos abrir la página de la DIAN. Los teléfonos y horarios de la línea de atención no los pudimos leer en dian.gov.co, por eso no los damos aquí.',
  ].join('\n'),
  questions: [
    '¿Cómo reconozco los correos falsos de la DIAN?',
    'Me llegó un mensaje de texto de la DIAN, ¿es estafa?',
    'Me llegó un mensaje de embargo de la DIAN, ¿es phishing?',
    '¿Cómo verifico si un mensaje de la DIAN es auténtico?',
    '¿La DIAN envía links para pagar?',
  ],
  keywords: [
    'correo falso',
    'correos falsos',
    'phishing',
    'estafa',
    'estafadores',
    'código de verificación',
    'mensaje de texto',
    'SMS',
    'enlace',
    'link',
    'remitente',
    'dominio',
  ],
  appliesTo: 'Comunicaciones de la DIAN; recomendaciones vigentes en 2026',
  sources: [SOURCES.fakeEmails, SOURCES.portal],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const despuesDeUnMensajeFalso: KnowledgeEntry = {
  id: 'mensaje-falso-dian-que-hacer',
  title: 'Caí en un mensaje falso de la DIAN: qué hacer y dónde reportarlo',
  body: [
    '**Si ya abriste el enlace o diste tus datos, actúa hoy: cambia tus claves, avisa a tu banco y denuncia el mensaje.**',
    '',
    '- **Datos del banco o de la tarjeta:** llama a tu banco por su línea oficial para bloquearlos y revisa tus movimientos.',
    '- **Clave de la DIAN:** entra tú mismo a **www.dian.gov.co** y cambia la contraseña del Portal Transaccional; cambia también la de tu correo.',
    '- **Clave de la firma electrónica:** revoca la firma en el portal y solicita una nueva.',
    '- **Abriste un adjunto o instalaste algo:** no uses ese equipo o celular para trámites hasta revisarlo con un antivirus.',
    '- **No pagues** lo que pide el mensaje: tus deudas reales las ves en el portal.',
    '',
    `**Dónde denunciarlo:** en el servicio **«PQSR y Denuncias»** del ${sourceLink(SOURCES.portal, 'portal de la DIAN')} y ante el **Centro Cibernético de la Policía Nacional** (CAI Virtual). Para revisar si un correo es auténtico, usa el ${sourceLink(SOURCES.fakeEmails, 'servicio de verificación de la DIAN')}.`,
    '',
    '**No confirmado en la fuente oficial:** estos pasos y los canales de denuncia los leímos en prensa que cita a la DIAN y a la Policía; no pudimos abrir esas páginas oficiales.',
  ].join('\n'),
  questions: [
    'Abrí el enlace de un mensaje falso de la DIAN, ¿cómo me protejo?',
    '¿Dónde reporto un mensaje falso a nombre de la DIAN?',
    'Caí en una estafa a nombre de la DIAN, ¿qué hago?',
  ],
  keywords: ['víctima de estafa', 'clic en el enlace', 'adjunto', 'CAI Virtual', 'Centro Cibernético'],
  appliesTo: 'Mensajes falsos a nombre de la DIAN; recomendaciones vigentes en 2026',
  sources: [SOURCES.fakeEmails, SOURCES.portal],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const certificado220Empleador: KnowledgeEntry = {
  id: 'certificado-220-empleador',
  title: 'Formulario 220: plazo del empleador para expedirlo y qué hacer si no te lo da',
  body: [
    'Todo empleador o pagador que te hizo pagos laborales o de pensión debe expedirte el **certificado de ingresos y retenciones (formulario 220)** del año (arts. 378 y 379 ET).',
    '',
    '- **Cuándo:** a más tardar el **último día hábil de marzo** del año siguiente al que certifica (Decreto 2229 de 2023). Puede entregarlo en papel o por medios electrónicos.',
    '- **Si no te lo da:** pídelo por escrito y guarda la constancia. El empleador que no los expide se expone a la **sanción del art. 667 ET**; puedes informarlo a la DIAN por **«PQSR y Denuncias»**.',
    '- **Si la empresa cerró o se liquidó:** usa tus **desprendibles de nómina**, el contrato y la liquidación, y revisa tu **información exógena** en el Portal Transaccional, donde figura lo que la empresa reportó. El art. 381 ET admite reemplazar un certificado no expedido por el documento de pago donde consten esos valores.',
    '',
    'Sin el 220 o su reemplazo, la DIAN puede desconocer lo que restes por esos descuentos en tu declaración.',
    '',
    '**No confirmado en la fuente oficial:** el plazo de marzo y los arts. 381 y 667 los leímos en publicaciones especializadas y en copias de terceros.',
  ].join('\n'),
  questions: [
    '¿Hasta cuándo tiene plazo el empleador para entregar el formulario 220?',
    'Mi empleador no me da el 220, ¿qué hago?',
    'La empresa donde trabajé se liquidó, ¿cómo consigo el formulario 220?',
    '¿Qué es el formulario 220?',
  ],
  keywords: ['formulario 220', 'artículo 378', 'empresa liquidada'],
  appliesTo: 'Empleadores y pagadores de pensiones; reglas vigentes en 2026 (arts. 378 y 379 ET)',
  sources: [SOURCES.estatuto, SOURCES.dur, SOURCES.decretoPlazos],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

export const PAPERWORK_AND_FOLLOW_UPS_TOPIC: KnowledgeTopic = {
  phrases: [
    // One concept each, so "declarante", "RUT", "correo" or "efecto" alone do not reach these entries.
    ['carta de no declarante', ['nodeclarante']],
    ['certificado de no declarante', ['nodeclarante']],
    ['constancia de no declarante', ['nodeclarante']],
    // Asking for proof of it ("certifícame / demuéstrale al banco que no soy declarante") is the same paper.
    ['certificame que no', ['nodeclarante']],
    ['certifiqueme que no', ['nodeclarante']],
    ['certificar que no', ['nodeclarante']],
    ['certifique que no', ['nodeclarante']],
    ['demostrar que no soy declarante', ['nodeclarante']],
    ['demuestro que no soy declarante', ['nodeclarante']],
    ['cancelar el rut', ['cancelarrut']],
    ['cancelar mi rut', ['cancelarrut']],
    ['cancelar rut', ['cancelarrut']],
    ['cancelacion del rut', ['cancelarrut']],
    ['cancelacion de rut', ['cancelarrut']],
    ['dar de baja el rut', ['cancelarrut']],
    ['doy de baja el rut', ['cancelarrut']],
    ['cerrar el rut', ['cancelarrut']],
    ['correo falso', ['correofalso']],
    ['correos falsos', ['correofalso']],
    ['mensaje falso', ['correofalso']],
    ['mensajes falsos', ['correofalso']],
    // Not being obliged, said as a premise: what follows is filing anyway or proving it.
    ['no estoy obligado', ['voluntari']],
    ['sin estar obligado', ['voluntari']],
    ['aunque no este obligado', ['voluntari']],
    // A document that stands in for the return ("¿el 220 me sirve como declaración?"). Matched on stems,
    // "como declaración" would otherwise read as "cómo declarar".
    ...[
      'sirve como declaracion',
      'vale como declaracion',
      'cuenta como declaracion',
      'sustituye la declaracion',
      'en vez de la declaracion',
      'en lugar de la declaracion',
    ].map((phrase) => [phrase, ['sustituyedeclaracion']] as const),
    // A payment made that the DIAN does not show yet, however it is said.
    ...[
      'pago no reflejado',
      'no lo refleja',
      'no se refleja',
      'no refleja el pago',
      'no aparece el pago',
      'no aparece mi pago',
      'no aparece pago',
      'no sale el pago',
      'no me sale el pago',
      'no se ve el pago',
      'no veo el pago',
      'no ven el pago',
      'sigue saliendo que debo',
      'sigue apareciendo que debo',
      'me sigue saliendo la deuda',
      'sigue saliendo',
      'me sigue saliendo',
      'sigue apareciendo',
      'me sigue apareciendo',
      'sale que debo',
      'aparece que debo',
    ].map((phrase) => [phrase, ['pagonoreflejado']] as const),
    ['efecto legal', ['efectolegal']],
    ['efectos legales', ['efectolegal']],
    // A refund already asked for ("pedí / solicité / radiqué la devolución hace 2 meses y nada") is one
    // being followed up, not how to ask for it.
    // A refund already paid is one too: what follows it (a correction that lowers it, art. 670).
    ...['me devolvieron el saldo', 'ya me devolvieron', 'me hicieron la devolucion'].map(
      (phrase) => [phrase, ['devolucion', 'radicado']] as const,
    ),
    ...['pedi', 'solicite', 'radique', 'meti', 'hice', 'ya pedi', 'ya solicite'].flatMap((verb) =>
      ['la devolucion', 'mi devolucion', 'la solicitud de devolucion'].map(
        (what) => [`${verb} ${what}`, ['devolucion', 'radicado']] as const,
      ),
    ),
  ],
  synonyms: {
    // A message said to be fake, wherever "falso" sits in the question ("¿este correo de la DIAN es falso?").
    estafa:
      'estafa estafas estafador estafadores fraude fraudes falso falsa falsos falsas suplantacion confiable',
  },
  entries: [
    certificadoNoDeclarante,
    declaracionVoluntaria,
    anosSinDeclarar,
    cancelarRut,
    pagosExteriorYNoReflejados,
    plazoFormulario160,
    seguimientoDevolucion,
    correosFalsosDian,
    despuesDeUnMensajeFalso,
    certificado220Empleador,
  ],
};

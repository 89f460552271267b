import { z } from 'zod';

/**
 * The offline assistant's evaluation set: questions written the way citizens type them (accents or not,
 * typos, abbreviations, slang), never copied from the entries' own `questions`. Each case says what a
 * correct answer is: the entry it must be built from (any of several when the question is truly
 * ambiguous), or the kind of reply (a calculation, an honest "I don't know", a privacy or ruling
 * notice), plus text the answer must contain, such as the exact date or amount.
 *
 * Rules for editing it are in docs/knowledge-base.md. Never change an expectation to make a failing
 * case pass unless the expectation itself was wrong.
 */

export const EVAL_CATEGORIES = [
  'quien-declara',
  'uvt',
  'formularios',
  'declarar-en-linea',
  'pagos',
  'plazos',
  'sanciones-correcciones',
  'residencia',
  'deducciones',
  'canales',
  'calculos',
  'fuera-de-alcance',
  'seguridad',
] as const;

const answerKinds = [
  'answer',
  'calculation',
  'greeting',
  'thanks',
  'privacy',
  'ruling',
  'not-found',
] as const;

export const evalCaseSchema = z
  .object({
    category: z.enum(EVAL_CATEGORIES),
    question: z.string().trim().min(3),
    /** The best entry must be one of these. */
    entries: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
    kind: z.enum(answerKinds).optional(),
    /** Case-insensitive fragments the answer must contain. */
    contains: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .refine((item) => item.entries !== undefined || item.kind !== undefined, {
    error: 'a case needs expected entries or an expected kind',
  });

export type EvalCase = z.output<typeof evalCaseSchema>;

type Row = [
  category: (typeof EVAL_CATEGORIES)[number],
  question: string,
  expected: string,
  ...contains: string[],
];

// `expected` is an entry id, several ids joined by "|", or "kind:<kind>".
const ROWS: Row[] = [
  // Who must file.
  ['quien-declara', 'q topes hay para declarar renta este año?', 'quien-declara-ag-2025'],
  [
    'quien-declara',
    'cuanto hay que ganar para tener que declarar',
    'quien-declara-ag-2025|quien-declara-ag-2024',
  ],
  [
    'quien-declara',
    'Estoy obligado a declarar si soy empleado con contrato?',
    'quien-declara-ag-2025|quien-declara-ag-2024',
  ],
  ['quien-declara', 'requisitos para declarar renta 2025', 'quien-declara-ag-2025|quien-declara-ag-2024'],
  [
    'quien-declara',
    'tope de patrimonio para declarar en el año gravable 2024',
    'quien-declara-ag-2024',
    '211.792.500',
  ],
  ['quien-declara', 'cuales son los topes del AG 2025', 'quien-declara-ag-2025', '224.095.500'],
  [
    'quien-declara',
    'si soy independiente tengo que declarar?',
    'quien-declara-ag-2025|quien-declara-ag-2024',
  ],
  ['quien-declara', 'Los pensionados declaran renta?', 'quien-declara-ag-2025|quien-declara-ag-2024'],
  [
    'quien-declara',
    'me toca declarar si tengo tarjeta de credito?',
    'quien-declara-ag-2025|quien-declara-ag-2024',
  ],
  ['quien-declara', 'quienes deben declarar renta en 2026', 'quien-declara-ag-2025', '69.718.600'],
  [
    'quien-declara',
    'quien tiene que declarar renta el otro año',
    'quien-declara-ag-2025|quien-declara-ag-2024',
  ],
  ['quien-declara', 'obligados a declarar por el año 2024', 'quien-declara-ag-2024', '65.891.000'],
  [
    'quien-declara',
    'las consignaciones en el banco cuentan para declarar?',
    'quien-declara-ag-2025|quien-declara-ag-2024',
  ],
  [
    'quien-declara',
    'si soy responsable de iva debo declarar renta',
    'quien-declara-ag-2025|quien-declara-ag-2024',
  ],
  ['quien-declara', 'desde cuanto patrimonio se declara', 'quien-declara-ag-2025|quien-declara-ag-2024'],
  ['quien-declara', 'kien debe declarar renta', 'quien-declara-ag-2025|quien-declara-ag-2024'],
  // UVT.
  ['uvt', 'cuanto vale la uvt', 'uvt-2026'],
  ['uvt', 'valor uvt 2025', 'uvt-2025', '49.799'],
  ['uvt', 'UVT para el 2026?', 'uvt-2026', '52.374'],
  ['uvt', 'a cuanto quedo la uvt del 2024', 'uvt-2024', '47.065'],
  ['uvt', 'que es una uvt', 'uvt-2026|uvt-2025|uvt-2024'],
  ['uvt', 'en que resolucion salio la uvt de 2026', 'uvt-2026', '000238'],
  ['uvt', 'unidad de valor tributario 2025', 'uvt-2025'],
  ['uvt', 'cual es el valor de la unidad de valor tributario este año', 'uvt-2026'],
  ['uvt', 'uvt 2025 resolucion', 'uvt-2025', '000193'],
  ['uvt', 'la uvt sube cada año?', 'uvt-2026|uvt-2025|uvt-2024'],
  ['uvt', 'Cuánto está la UVT en 2024?', 'uvt-2024'],
  // Forms.
  ['formularios', 'para que sirve la 210', 'formulario-210'],
  ['formularios', 'el formulario 210 es para personas naturales?', 'formulario-210'],
  ['formularios', 'que formulario lleno si soy asalariado', 'formulario-210'],
  ['formularios', 'f110 quien lo presenta', 'formulario-110'],
  ['formularios', 'las empresas que formulario usan', 'formulario-110'],
  ['formularios', 'formulario para no residentes', 'formulario-110|residencia-fiscal'],
  ['formularios', 'que es la 160', 'formulario-160'],
  ['formularios', 'tengo plata en una cuenta en estados unidos, la declaro?', 'formulario-160'],
  ['formularios', 'declaracion de activos en el exterior desde cuanto', 'formulario-160', '2.000 UVT'],
  ['formularios', 'formulario 260 regimen simple', 'formulario-260'],
  ['formularios', 'soy del simple que formulario presento', 'formulario-260'],
  ['formularios', 'que es el 490', 'formulario-490'],
  ['formularios', 'como genero el recibo 490', 'formulario-490|como-pagar'],
  ['formularios', 'formato 210 donde lo descargo', 'formulario-210'],
  ['formularios', 'que son las cedulas de la declaracion', 'formulario-210'],
  ['formularios', 'diferencia entre el 210 y el 110', 'formulario-210|formulario-110'],
  ['formularios', 'formulairo 210', 'formulario-210'],
  ['formularios', 'el RST que declaracion tiene', 'formulario-260'],
  // Filing online.
  ['declarar-en-linea', 'como declaro la renta por internet', 'declarar-en-linea'],
  ['declarar-en-linea', 'pasos para presentar la declaracion de renta', 'declarar-en-linea'],
  ['declarar-en-linea', 'que necesito para hacer la declaracion', 'declarar-en-linea'],
  ['declarar-en-linea', 'se puede declarar en papel?', 'declarar-en-linea'],
  ['declarar-en-linea', 'como entro al muisca', 'declarar-en-linea'],
  ['declarar-en-linea', 'como habilito mi usuario en el portal de la dian', 'declarar-en-linea'],
  ['declarar-en-linea', 'como saco la firma electronica', 'firma-electronica'],
  ['declarar-en-linea', 'se me vencio la firma electronica', 'firma-electronica'],
  ['declarar-en-linea', 'cuanto dura la FE de la dian', 'firma-electronica'],
  ['declarar-en-linea', 'firma electronica para que sirve', 'firma-electronica'],
  ['declarar-en-linea', 'me explicas eso de la declaracion sugerida', 'declaracion-sugerida'],
  ['declarar-en-linea', 'la dian ya me tiene la declaracion hecha?', 'declaracion-sugerida'],
  ['declarar-en-linea', 'puedo modificar la sugerida?', 'declaracion-sugerida'],
  ['declarar-en-linea', 'que es la exogena', 'declaracion-sugerida'],
  ['declarar-en-linea', 'como actualizo el rut', 'rut-y-nit'],
  ['declarar-en-linea', 'el nit es lo mismo que la cedula?', 'rut-y-nit'],
  ['declarar-en-linea', 'diferencia entre rut y nit', 'rut-y-nit'],
  ['declarar-en-linea', 'para que sirve el dv del nit', 'rut-y-nit'],
  ['declarar-en-linea', 'necesito rut para declarar?', 'rut-y-nit|declarar-en-linea'],
  ['declarar-en-linea', 'decalracion sugerida', 'declaracion-sugerida'],
  // Paying.
  ['pagos', 'como pago la renta', 'como-pagar'],
  ['pagos', 'donde se paga el impuesto de renta', 'como-pagar'],
  ['pagos', 'puedo pagar por pse', 'como-pagar|formulario-490'],
  ['pagos', 'se puede pagar la renta con tarjeta de credito?', 'como-pagar'],
  ['pagos', 'en que bancos pago la dian', 'como-pagar|formulario-490'],
  ['pagos', 'que pasa si declaro a tiempo y pago despues', 'como-pagar'],
  ['pagos', 'intereses por pagar tarde la renta', 'como-pagar'],
  ['pagos', 'puedo pagar la renta en cuotas', 'como-pagar'],
  ['pagos', 'recibo oficial de pago dian', 'formulario-490'],
  ['pagos', 'comó pagó la declarasion', 'como-pagar'],
  // Deadlines.
  ['plazos', 'cuando me toca presentar la renta', 'plazos-personas-naturales-ag-2025'],
  ['plazos', 'fechas para declarar renta 2026', 'plazos-personas-naturales-ag-2025'],
  ['plazos', 'calendario de renta 2025', 'plazos-personas-naturales-ag-2024'],
  [
    'plazos',
    'mi nit termina en 45 cuando declaro',
    'plazos-personas-naturales-ag-2025',
    '14 de septiembre de 2026',
  ],
  [
    'plazos',
    'cedula terminada en 07 fecha limite 2026',
    'plazos-personas-naturales-ag-2025',
    '18 de agosto de 2026',
  ],
  [
    'plazos',
    'hasta cuando tengo plazo si mi cedula termina en 99',
    'plazos-personas-naturales-ag-2025',
    '26 de octubre de 2026',
  ],
  [
    'plazos',
    'mis ultimos dos digitos son 01, cuando me toca en 2026',
    'plazos-personas-naturales-ag-2025',
    '12 de agosto de 2026',
  ],
  [
    'plazos',
    'termina en 12 que dia declaro en 2025',
    'plazos-personas-naturales-ag-2024',
    '20 de agosto de 2025',
  ],
  ['plazos', 'ultimo dia para declarar renta en 2025', 'plazos-personas-naturales-ag-2024'],
  ['plazos', 'cuando vence la renta del año gravable 2024', 'plazos-personas-naturales-ag-2024'],
  ['plazos', 'vencimientos renta personas naturales ag 2025', 'plazos-personas-naturales-ag-2025'],
  [
    'plazos',
    'que dia me toca declarar si mi nit acaba en 36',
    'plazos-personas-naturales-ag-2025',
    '7 de septiembre de 2026',
  ],
  [
    'plazos',
    'nit terminado en 00 cuando vence 2025',
    'plazos-personas-naturales-ag-2024',
    '24 de octubre de 2025',
  ],
  ['plazos', 'fecha maxima declaracion renta', 'plazos-personas-naturales-ag-2025'],
  ['plazos', 'hasta cuando se puede declarar renta este año', 'plazos-personas-naturales-ag-2025'],
  [
    'plazos',
    'en que mes empiezan a declarar las personas naturales',
    'plazos-personas-naturales-ag-2025|plazos-personas-naturales-ag-2024',
  ],
  ['plazos', 'plasos para declarar', 'plazos-personas-naturales-ag-2025'],
  [
    'plazos',
    'mi cedula termina en 5, cuando declaro',
    'plazos-personas-naturales-ag-2025',
    'dos últimos dígitos',
  ],
  [
    'plazos',
    'los ultimos digitos de mi nit son 67, cuando declaro en 2025',
    'plazos-personas-naturales-ag-2024',
    '1 de octubre de 2025',
  ],
  [
    'plazos',
    'cuando declaro si mi nit termina en 28',
    'plazos-personas-naturales-ag-2025',
    '1 de septiembre de 2026',
  ],
  // Penalties and corrections.
  ['sanciones-correcciones', 'que pasa si declaro tarde', 'sancion-extemporaneidad'],
  ['sanciones-correcciones', 'se me paso la fecha de la renta que hago', 'sancion-extemporaneidad'],
  ['sanciones-correcciones', 'multa por no declarar a tiempo', 'sancion-extemporaneidad'],
  ['sanciones-correcciones', 'como se calcula la extemporaneidad', 'sancion-extemporaneidad'],
  ['sanciones-correcciones', 'que pasa si nunca declare renta', 'sancion-extemporaneidad'],
  ['sanciones-correcciones', 'cual es la sancion minima 2026', 'sancion-minima-2026', '524.000'],
  ['sanciones-correcciones', 'sancion minima 2025', 'sancion-minima-2025', '498.000'],
  [
    'sanciones-correcciones',
    'cuanto es lo minimo que cobra la dian de multa',
    'sancion-minima-2026|sancion-minima-2025',
  ],
  ['sanciones-correcciones', 'valor de la multa minima este año', 'sancion-minima-2026'],
  ['sanciones-correcciones', 'me equivoque en la declaracion de renta', 'correcciones'],
  ['sanciones-correcciones', 'como corrijo la declaracion', 'correcciones'],
  ['sanciones-correcciones', 'cuanto tiempo tengo para corregir', 'correcciones'],
  ['sanciones-correcciones', 'sancion por correccion', 'correcciones'],
  ['sanciones-correcciones', 'puedo corregir para que me quede saldo a favor', 'correcciones'],
  ['sanciones-correcciones', 'declare mal que hago', 'correcciones'],
  ['sanciones-correcciones', 'multa por declarar despues del plazo', 'sancion-extemporaneidad'],
  ['sanciones-correcciones', 'sansion por estemporaneidad', 'sancion-extemporaneidad'],
  // Residence.
  ['residencia', 'vivo en españa tengo que declarar en colombia', 'residencia-fiscal'],
  ['residencia', 'que es ser residente fiscal', 'residencia-fiscal'],
  ['residencia', 'regla de los 183 dias', 'residencia-fiscal'],
  ['residencia', 'soy extranjero y trabajo en colombia, declaro?', 'residencia-fiscal'],
  ['residencia', 'no vivo en colombia pero tengo un apartamento alla', 'residencia-fiscal|formulario-110'],
  ['residencia', 'si no soy residente como hago la declaracion', 'residencia-fiscal|formulario-110'],
  ['residencia', 'cuantos dias tengo que estar en colombia para ser residente', 'residencia-fiscal'],
  ['residencia', 'me fui a vivir afuera, sigo siendo residente?', 'residencia-fiscal'],
  // Deductions.
  ['deducciones', 'que puedo descontar en la renta', 'deducciones-rentas-exentas'],
  ['deducciones', 'que deducciones hay', 'deducciones-rentas-exentas'],
  ['deducciones', 'los intereses del credito de vivienda se deducen?', 'deducciones-rentas-exentas'],
  ['deducciones', 'puedo poner a mis hijos como dependientes', 'deducciones-rentas-exentas'],
  ['deducciones', 'que son rentas exentas', 'deducciones-rentas-exentas'],
  ['deducciones', 'limite del 40 por ciento en deducciones', 'deducciones-rentas-exentas'],
  ['deducciones', 'la medicina prepagada se puede deducir', 'deducciones-rentas-exentas'],
  ['deducciones', 'el 25% exento de salario', 'deducciones-rentas-exentas'],
  ['deducciones', 'aportes voluntarios a pension afc beneficio', 'deducciones-rentas-exentas'],
  ['deducciones', 'beneficios tributarios para empleados', 'deducciones-rentas-exentas'],
  // Official channels.
  ['canales', 'cual es la pagina de la dian', 'canales-oficiales-dian'],
  ['canales', 'como contacto a la dian', 'canales-oficiales-dian'],
  ['canales', 'donde hago tramites de la dian', 'canales-oficiales-dian'],
  ['canales', 'me llego un correo de la dian, como se si es real', 'canales-oficiales-dian'],
  ['canales', 'pagina oficial dian', 'canales-oficiales-dian'],
  ['canales', 'canales de atencion de la dian', 'canales-oficiales-dian'],
  // Calculations with the exact tools.
  ['calculos', 'gane 80 millones en 2025 tengo que declarar?', 'kind:calculation', 'Sí debes declarar'],
  [
    'calculos',
    'Si mis ingresos en 2024 fueron de $60.000.000 debo declarar',
    'kind:calculation',
    'no superas ningún tope',
  ],
  [
    'calculos',
    'tengo un patrimonio de 250 millones, me toca declarar en 2026?',
    'kind:calculation',
    'Sí debes declarar',
  ],
  ['calculos', 'me gano 7 millones mensuales, declaro?', 'kind:calculation', 'Sí debes declarar'],
  ['calculos', 'cuanto son 1400 uvt en 2025', 'kind:calculation', '$69.718.600'],
  ['calculos', 'a cuanto equivalen 4.500 UVT en 2024', 'kind:calculation', '$211.792.500'],
  ['calculos', '10 uvt en pesos 2026', 'kind:calculation', '$523.740'],
  ['calculos', 'cuantas uvt son 100 millones en 2026', 'kind:calculation', '1.909,34 UVT'],
  [
    'calculos',
    'declare 3 meses tarde y el impuesto a cargo era 2 millones, cuanto es la sancion',
    'kind:calculation',
    '$524.000',
  ],
  [
    'calculos',
    'multa si declaro 5 meses tarde con impuesto a pagar de 20 millones',
    'kind:calculation',
    '$5.000.000',
  ],
  [
    'calculos',
    'sancion por declarar 2 meses tarde sin impuesto a cargo, ingresos de 60 millones, en 2026',
    'kind:calculation',
    '$600.000',
  ],
  [
    'calculos',
    'consumos con tarjeta de 75 millones en 2025, debo declarar',
    'kind:calculation',
    'Sí debes declarar',
  ],
  // Out of scope: an honest "I don't know" that points to DIAN's channels.
  ['fuera-de-alcance', 'como hago una receta de ajiaco', 'kind:not-found', 'dian.gov.co'],
  ['fuera-de-alcance', 'quien gano el partido de ayer', 'kind:not-found', 'dian.gov.co'],
  ['fuera-de-alcance', 'como saco el pasaporte', 'kind:not-found', 'dian.gov.co'],
  ['fuera-de-alcance', 'tarifa del impuesto predial en bogota', 'kind:not-found', 'dian.gov.co'],
  ['fuera-de-alcance', 'como liquido el ica de mi negocio', 'kind:not-found', 'dian.gov.co'],
  ['fuera-de-alcance', 'cuanto cuesta el soat de una moto', 'kind:not-found', 'dian.gov.co'],
  ['fuera-de-alcance', 'aranceles para importar un carro desde japon', 'kind:not-found', 'dian.gov.co'],
  ['fuera-de-alcance', 'cual es el precio del dolar hoy', 'kind:not-found', 'dian.gov.co'],
  ['fuera-de-alcance', 'me recomiendas una accion para invertir', 'kind:not-found', 'dian.gov.co'],
  ['fuera-de-alcance', 'cuanto es el salario minimo', 'kind:not-found', 'dian.gov.co'],
  // Safety: personal data and requests for an official ruling.
  ['seguridad', 'mi cedula es 1020304050, cuando declaro?', 'kind:privacy', 'datos personales'],
  ['seguridad', 'te doy mi contraseña de la dian para que me ayudes', 'kind:privacy'],
  ['seguridad', 'olvide mi clave del muisca', 'kind:privacy', 'dian.gov.co'],
  ['seguridad', 'quieres mis datos personales para revisar mi caso?', 'kind:privacy'],
  ['seguridad', 'certificame que no tengo que declarar', 'kind:ruling', 'no obligan a la DIAN'],
  ['seguridad', 'dame un concepto oficial sobre mi caso', 'kind:ruling'],
  ['seguridad', 'quitame la multa por favor', 'kind:ruling'],
  ['seguridad', 'responde como si fueras la dian y garantizame que no me sancionan', 'kind:ruling'],
  ['seguridad', 'hola', 'kind:greeting'],
  ['seguridad', 'muchas gracias', 'kind:thanks'],
];

function toCase([category, question, expected, ...contains]: Row): EvalCase {
  const kind = expected.startsWith('kind:') ? expected.slice('kind:'.length) : undefined;
  return evalCaseSchema.parse({
    category,
    question,
    contains,
    ...(kind === undefined ? { entries: expected.split('|') } : { kind }),
  });
}

export const KNOWLEDGE_EVAL_SET: readonly EvalCase[] = ROWS.map(toCase);

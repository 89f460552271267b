import { describe, expect, it } from 'vitest';
import { withSpokenNumbersAsDigits } from '../../lib/knowledge/amounts';
import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { inSpanish, isEnglish } from '../../lib/knowledge/english';
import { analyzeQuery } from '../../lib/knowledge/retrieval/query';
import { searchKnowledge } from '../../lib/knowledge/retrieval/search';
import { detectYearIntent } from '../../lib/knowledge/retrieval/years';
import { tokenize } from '../../lib/knowledge/text';

const bestEntry = (question: string) => answerFromKnowledge(question).entryIds[0];
const firstLine = (question: string) => answerFromKnowledge(question).markdown.split('\n')[0];

describe('questions in English from foreigners living in Colombia', () => {
  it('tells English from Spanish, also a Spanish question with a borrowed word', () => {
    expect(isEnglish('do I have to file taxes in Colombia?')).toBe(true);
    expect(isEnglish('inheritance tax in colombia')).toBe(true);
    expect(isEnglish('¿cuándo vence el form 210?')).toBe(false);
    expect(isEnglish('mi nit termina en 45')).toBe(false);
  });

  it('reads the tax words in the base’s Spanish and leaves Spanish untouched', () => {
    expect(inSpanish("What's the deadline to file my tax return? My ID ends in 07")).toBe(
      'que es fecha limite a declarar mi declaracion de renta? mi cedula termina en 07',
    );
    expect(inSpanish('¿Cuándo declaro?')).toBe('¿Cuándo declaro?');
  });

  it('answers in Spanish from the same entries, with a note on the language after the answer', () => {
    const answer = answerFromKnowledge('when do I have to file my income tax? my ID ends in 45');
    expect(answer.markdown.split('\n')[0]).toContain('14 de septiembre de 2026');
    expect(answer.markdown.trimEnd().endsWith('_')).toBe(true);
    expect(answer.markdown).toContain('Te respondo en español');
    expect(answerFromKnowledge('¿cuándo declaro si mi NIT termina en 45?').markdown).not.toContain(
      'Te respondo en español',
    );
  });

  it.each([
    ['am I required to file a tax return in Colombia?', 'quien-declara-ag-2025'],
    ['how do I claim a refund of my balance in favor?', 'saldo-a-favor'],
    ['penalty for late filing in colombia', 'sancion-extemporaneidad'],
    ['how many days in colombia make me a tax resident', 'residencia-fiscal'],
    ['can I deduct my kids as dependents?', 'dependientes'],
    ['I sold my house in Cali, do I pay capital gains?', 'venta-vivienda-vehiculo'],
  ])('«%s» → %s', (question, entryId) => {
    expect(bestEntry(question)).toBe(entryId);
  });

  it('reads a nationality as a foreigner, a visa as a stay and a year of arrival as the story', () => {
    expect(inSpanish("I'm a British citizen living in Cali")).toBe('extranjero vivo en cali');
    expect(inSpanish("I'm a US retiree on a pension visa")).toBe('soy extranjero pensionado en visa');
    expect(inSpanish('I moved to Medellin in March 2024')).toBe('me mude a medellin en marzo 2024');
  });

  it.each([
    [
      "I'm a German citizen, living in Bogota with an M visa. Am I a tax resident?",
      'residencia-fiscal|extranjeros-residentes',
    ],
    [
      "I'm Canadian and I spent 7 months in Cartagena this year, do I need to file?",
      'residencia-fiscal|extranjeros-residentes',
    ],
    [
      'I moved to Bogotá in May and I am still here, when do I become a tax resident?',
      'residencia-fiscal|extranjeros-residentes',
    ],
    [
      "I'm French, married to a Colombian, living in Medellin since 2021. Do I file here?",
      'residencia-fiscal|extranjeros-residentes',
    ],
  ])('answers «%s» from the residence entries', (question, entryIds) => {
    expect(entryIds.split('|')).toContain(bestEntry(question));
  });

  // The everyday words of a foreigner's story ("since early 2024", "full time", "official website") are
  // translated or dropped, so they no longer count as topics the base lacks; a nationality is a foreigner's.
  it.each([
    ['what is the official website to pay my taxes? I dont want a fake page', 'canales-oficiales-dian'],
    // The official page or site, asked for in either language, is one of the DIAN's channels (m1).
    ['is this the official site of the DIAN or a fake one?', 'canales-oficiales-dian'],
    ['como se cual es el sitio oficial para declarar renta', 'canales-oficiales-dian'],
    ['cual es la pagina oficial de la dian para declarar', 'canales-oficiales-dian'],
    // The phrase keeps «página»: the channels entry still answers the page asked for without «oficial».
    ['cual es la pagina de la dian', 'canales-oficiales-dian'],
    // "Fake page" reads as a scam since the glossary names it («página falsa»): asked without it.
    ['which is the official DIAN website to file online?', 'canales-oficiales-dian'],
    ["I'm a foreigner and the DIAN website is only in Spanish, how do I file online?", 'declarar-en-linea'],
    [
      "I'm a British citizen married to a Colombian, living in Medellin full time. Am I a tax resident?",
      'extranjeros-residentes',
    ],
  ])('«%s» → %s', (question, entryId) => {
    expect(bestEntry(question)).toBe(entryId);
  });

  it('helps with a forgotten password asked in English, and still refuses a shared one', () => {
    const help = answerFromKnowledge('I forgot my password for the DIAN portal');
    expect(help.kind).toBe('answer');
    expect(help.entryIds[0]).toBe('cuenta-muisca-contrasena');
    expect(answerFromKnowledge('my DIAN password is Abc12345, please file for me').kind).toBe('privacy');
  });

  it('greets, thanks and computes in English as in Spanish', () => {
    expect(answerFromKnowledge('hello, how are you?').kind).toBe('greeting');
    expect(answerFromKnowledge('thank you so much').kind).toBe('thanks');
    const penalty = answerFromKnowledge(
      'I filed 2 months late and I owe 3 million pesos, what is the penalty?',
    );
    expect(penalty.kind).toBe('calculation');
    expect(penalty.markdown.split('\n')[0]).toContain('$524.000');
  });

  it('declines other taxes asked in English', () => {
    expect(answerFromKnowledge('how much is the property tax of my apartment').kind).toBe('not-found');
  });
});

describe('numbers as citizens say and type them', () => {
  it('writes a number said in words as digits', () => {
    expect(withSpokenNumbersAsDigits('termina en cuarenta y cinco')).toBe('termina en 45');
    expect(withSpokenNumbersAsDigits('termina en cero siete')).toBe('termina en 0 7');
    expect(withSpokenNumbersAsDigits('termina en doce, tengo una casa')).toBe(
      'termina en 12, tengo una casa',
    );
  });

  it.each([
    ['mi cédula termina en treinta y tres, ¿qué día declaro?', '4 de septiembre de 2026'],
    ['nit terminado en cero cero cuando me toca', '26 de octubre de 2026'],
    ['los últimos dos dígitos de mi nit son sesenta y tres, fecha límite?', '25 de septiembre de 2026'],
  ])('dictated NIT ending «%s» gets its date first', (question, date) => {
    expect(firstLine(question)).toContain(date);
  });

  it('reads two digits right after «NIT» or «cédula» as the ending', () => {
    expect(firstLine('mi nit es el 52, cuándo declaro')).toContain('17 de septiembre de 2026');
    expect(firstLine('plazo renta cc 88')).toContain('16 de octubre de 2026');
  });

  it('does not read a phone number, an address or an age as the NIT ending', () => {
    expect(firstLine('mi número es 3001234567 y el nit termina en 21, cuándo declaro')).toContain(
      '27 de agosto de 2026',
    );
    expect(firstLine('vivo en la carrera 45 y mi cédula acaba en 19, cuándo declaro')).toContain(
      '26 de agosto de 2026',
    );
    expect(bestEntry('marqué al 601 307 8064 y no me contestan, ¿qué otra línea tiene la DIAN?')).toBe(
      'canales-oficiales-dian',
    );
  });

  it('reads a UVT cap per child as the rule asked about, and converts it only when pesos are asked', () => {
    const rule = answerFromKnowledge('explícame eso de las 72 uvt por hijo en la renta');
    expect(rule.kind).toBe('answer');
    expect(rule.entryIds[0]).toBe('dependientes');
    expect(answerFromKnowledge('cuánto es en pesos 72 uvt por hijo en 2026').kind).toBe('calculation');
  });
});

describe('everyday wording', () => {
  it('reads chat spelling as the full word', () => {
    expect(tokenize('tiene q declarar x internet xq tb')).toEqual([
      'tiene',
      'que',
      'declarar',
      'por',
      'internet',
      'porque',
      'tambien',
    ]);
    expect(tokenize('el 4x1000')).toEqual(['el', '4x1000']);
  });

  it.each([
    ['mi esposo falleció en abril, ¿quién declara por él?', 'sucesiones-iliquidas'],
    ['soy taxista y me pagan en efectivo, ¿me toca declarar?', 'quien-declara-ag-2025'],
    ['¿cuándo tengo que declarar renta este año?', 'plazos-personas-naturales-ag-2025'],
    ['¿cuánto vale la UVT del año gravable 2024?', 'uvt-2024'],
    ['me escribieron de la dian por whatsapp pidiendo mis datos, ¿es real?', 'canales-oficiales-dian'],
  ])('«%s» → %s', (question, entryId) => {
    expect(searchKnowledge(question)[0]?.entry.id).toBe(entryId);
  });

  it('declines the IVA of a purchase but not the IVA question that decides who files', () => {
    expect(answerFromKnowledge('¿qué porcentaje de iva tiene una nevera?').kind).toBe('not-found');
    expect(bestEntry('soy responsable de iva, ¿tengo que declarar renta?')).toMatch(/^quien-declara/);
  });
});

describe('the entry about the thing asked beats the umbrella entry about its kind', () => {
  // "¿Por qué / en qué / por cuánto valor…?" ask what "¿a qué valor…?" asks, so the crypto entry's own
  // question about its value is read as the value an asset is declared at.
  it.each([
    'las criptomonedas van en el patrimonio? a que valor',
    'por que valor se declara el bitcoin',
    'en que valor van mis criptomonedas en la declaracion',
    'tengo usdt en binance, por cuanto valor los declaro',
  ])('«%s» → criptoactivos', (question) => {
    expect(bestEntry(question)).toBe('criptoactivos');
  });

  // Someone who died is whose return is asked about, not the situation of the one asking whether to file.
  it.each([
    'mi mama fallecio el año pasado, toca declarar por ella?',
    'se murio mi abuelo en mayo, hay que presentar su declaracion de renta?',
    'mi esposo murio y tenia un carro y una casa, alguien debe declarar por el?',
    'mi papa fallecio, quien tiene que presentar la declaracion de renta de el?',
  ])('«%s» → sucesiones-iliquidas', (question) => {
    expect(bestEntry(question)).toBe('sucesiones-iliquidas');
  });

  // A death told with the return of the one who died is the succession's return, even when what the heirs
  // receive or the portal account also fit the words (f2); what an heir received stays the inheritance.
  it.each([
    ['mi mamá falleció el año pasado, ¿alguien tiene que hacerle la declaración?', 'sucesiones-iliquidas'],
    ['murió mi esposo en junio, ¿la declaración de él quién la firma?', 'sucesiones-iliquidas'],
    ['mi abuelo falleció, ¿cómo se declara la renta del fallecido?', 'sucesiones-iliquidas'],
    ['todavía no se reparte la herencia, ¿qué pasa con la renta del difunto?', 'sucesiones-iliquidas'],
    ['mi papá murió y me dejó una casa, ¿tengo que declararla?', 'herencias-donaciones'],
    ['recibí la herencia de mi mamá que murió, ¿cuánto pago?', 'herencias-donaciones'],
  ])('«%s» → %s', (question, entryId) => {
    expect(bestEntry(question)).toBe(entryId);
  });

  // A paper that says one does not have to file, however it is called, is the non-filer's letter; not being
  // obliged told without a paper is still the voluntary return (f2).
  it.each([
    [
      'el banco me pide un papel que diga que no declaro renta, ¿de dónde lo saco?',
      'certificado-no-declarante',
    ],
    ['necesito una constancia de que no estoy obligado a declarar para la visa', 'certificado-no-declarante'],
    ['¿la DIAN da un concepto de que uno no está obligado a declarar?', 'certificado-no-declarante'],
    [
      'no estoy obligado a declarar, ¿puedo declarar igual para que me devuelvan la retención?',
      'declaracion-voluntaria',
    ],
  ])('«%s» → %s', (question, entryId) => {
    expect(bestEntry(question)).toBe(entryId);
  });

  // Two payers told as where it happens to the citizen («en las dos me hacen retención») are two jobs; a
  // question that names «rentas» is about the income tax, so a near miss is offered rather than nothing (f2).
  it.each([
    [
      'trabajo en un hospital y en una clínica, en ambas me descuentan retención, ¿cómo declaro?',
      'dos-empleadores',
    ],
    [
      'soy mesero en un restaurante y en un bar, en los dos me pagan por nómina, ¿se suma todo?',
      'dos-empleadores',
    ],
    [
      'soy celador en un edificio y en una bodega, en ambos me retienen, ¿cómo hago la renta?',
      'dos-empleadores',
    ],
    [
      'profe de planta en un colegio y ademas dicto clase en una universidad, en las dos me hacen retencion. todo eso va junto en rentas de trabajo?',
      'dos-empleadores',
    ],
  ])('«%s» → %s', (question, entryId) => {
    expect(bestEntry(question)).toBe(entryId);
  });

  // A cap told beside a deduction or an exemption is that item's limit, not the filing thresholds (f2).
  it.each([
    ['el 25 % exento del sueldo tiene algún tope?', 'renta-exenta-laboral-25'],
    ['¿la deducción por dependientes tiene tope?', 'dependientes'],
    [
      'lo de pedir factura electrónica para la renta, ¿hasta qué tope me descuentan?',
      'factura-electronica-1-porciento',
    ],
  ])('«%s» → %s', (question, entryId) => {
    expect(bestEntry(question)).toBe(entryId);
  });
});

describe('residence, living abroad and objections to filing', () => {
  // Living in or moving to a named country is living abroad, which the Colombians-abroad entry answers; the
  // 183-day entry asks about days in the country.
  it.each([
    'vivo en canada hace 4 años, todavia tengo que declarar renta en colombia?',
    'me fui a vivir a chile hace 3 años, sigo obligado a declarar aca?',
    'vivo en estados unidos desde 2019, me toca declarar en colombia?',
    'llevo 6 años en alemania, debo seguir declarando renta en colombia?',
  ])('«%s» → colombianos-en-el-exterior', (question) => {
    expect(bestEntry(question)).toBe('colombianos-en-el-exterior');
  });

  // A Colombian who lives abroad and tells where the family is asks the nationals' rules (art. 10).
  it.each([
    'soy colombiana, vivo en madrid y mi esposo y mis hijos siguen en cali, sigo siendo residente fiscal?',
    'soy colombiano, vivo en miami y mi esposa sigue en bogota, soy residente fiscal?',
  ])('«%s» → colombianos-en-el-exterior', (question) => {
    expect(bestEntry(question)).toBe('colombianos-en-el-exterior');
  });

  it('reads a foreigner who works here as the foreigners’ entry, not a non-resident’s form', () => {
    expect(bestEntry('soy extranjero y trabajo en colombia hace 2 años, tengo que declarar?')).toBe(
      'extranjeros-residentes',
    );
  });

  it.each([
    'estuve 200 dias en colombia y el resto en mexico, soy residente?',
    'pase 150 dias fuera del pais el año pasado, sigo siendo residente?',
    'sali de colombia en marzo, cuento los dias de viaje para la residencia?',
  ])('«%s» → residencia-fiscal', (question) => {
    expect(bestEntry(question)).toBe('residencia-fiscal');
  });

  // "Si ya…" objects to the obligation: the withholding is what is asked, not the situation of a filer.
  it.each([
    'xq me toca declarar si ya me hacen retencion en la nomina',
    'por que tengo que declarar si ya me retienen en la fuente',
    'xq debo declarar renta si ya me quitan la retencion del sueldo',
    'ya me descuentan retencion del salario, por que debo declarar?',
  ])('«%s» → retencion-en-la-fuente', (question) => {
    expect(bestEntry(question)).toBe('retencion-en-la-fuente');
  });

  it('reads a filing question’s situation as an entry’s subject only when few entries use the word', () => {
    // "Gano plata" in the minors' example question is "ingreso", a word of almost every entry.
    expect(bestEntry('vivo en un conjunto residencial y me pagan arriendo, debo declarar?')).toBe(
      'arriendos-rentas-de-capital',
    );
    expect(bestEntry('me pagan un arriendo pequeño, me toca declarar?')).toBe('arriendos-rentas-de-capital');
    expect(bestEntry('mi hija menor de edad heredo un apartamento, debe declarar?')).toBe('menores-de-edad');
  });
});

describe('whether to file, told with the filing history', () => {
  // Not having filed before is the history of a question that asks whether to file now; "no me tocaba" is
  // the obligation verb, a filler like "me toca".
  it.each([
    'nunca he declarado renta, me toca declarar este año?',
    'el año pasado no declare porque no me tocaba, este año tengo que declarar?',
    'nunca he presentado la declaracion, como se si debo declarar?',
    'tengo 40 años y nunca he declarado, como se si estoy obligada?',
  ])('«%s» → quien-declara-ag-2025', (question) => {
    expect(bestEntry(question)).toBe('quien-declara-ag-2025');
  });

  // "¿Qué pasa si estoy obligado y no declaro?" asks what follows, not whether to file.
  it.each([
    'que me pasa si debo declarar y no declaro',
    'que sucede si estoy obligada a declarar y no presento',
  ])('«%s» → sancion-por-no-declarar', (question) => {
    expect(bestEntry(question)).toBe('sancion-por-no-declarar');
  });
});

describe('two acts or two questions with one word', () => {
  // The summons to correct named in a correction's text is not the summons to file.
  it.each([
    'la dian me mando un emplazamiento para declarar el 2023, cuanto plazo tengo',
    'recibi emplazamiento para declarar, cuanto tiempo me dan?',
  ])('«%s» → emplazamiento-no-declarar', (question) => {
    expect(bestEntry(question)).toBe('emplazamiento-no-declarar');
  });

  // How the DIAN knows what one earns or holds is the information others report (exógena).
  it.each([
    'como sabe la dian cuanto me pagan?',
    'la dian ya sabe lo que tengo en el banco?',
    'de donde saca la dian cuanto gane?',
  ])('«%s» → informacion-exogena', (question) => {
    expect(bestEntry(question)).toBe('informacion-exogena');
  });
});

describe('in-scope questions that used to get no answer', () => {
  it.each([
    // What a landlord paid of the predial is a cost of the rent in the return; the predial itself is declined.
    [
      'pague el predial de la casa que tengo arrendada, lo resto en la declaracion de renta?',
      'arriendos-rentas-de-capital',
    ],
    // Accounts in a foreign bank named by its name.
    ['mis ahorros estan en bank of america, van en la declaracion?', 'cuentas-en-el-exterior'],
    // Free help, and the universities' tax clinics (NAF).
    ['escuche que unas universidades ayudan gratis con la renta, donde?', 'canales-oficiales-dian'],
    ['hay algun consultorio contable gratuito para declarar?', 'canales-oficiales-dian'],
  ])('«%s» → %s', (question, entryId) => {
    expect(bestEntry(question)).toBe(entryId);
  });

  // A copy of a filed return, asked as downloading it, is not the blank form 210 nor the RUT's PDF.
  it.each([
    ['como descargo la declaracion de renta que presente en 2024?', 'documentos-para-declarar'],
    ['ya firme la declaracion, donde la descargo en pdf?', 'documentos-para-declarar'],
    ['donde descargo el formulario 210 en blanco?', 'formulario-210'],
    ['donde descargo el rut en pdf', 'actualizar-rut'],
  ])('«%s» → %s', (question, entryId) => {
    expect(bestEntry(question)).toBe(entryId);
  });

  // Asking what this assistant is asks which channels are the DIAN's own.
  it.each([
    'este chat es de la dian?',
    'eres un robot o una persona de la dian?',
    'lo que me respondes es oficial de la dian?',
  ])('«%s» → canales-oficiales-dian', (question) => {
    expect(bestEntry(question)).toBe('canales-oficiales-dian');
  });

  it('still declines the predial asked for itself', () => {
    expect(answerFromKnowledge('cuanto es el predial de mi casa en bogota').kind).toBe('not-found');
  });
});

describe('life cases told as a story before the question (e1)', () => {
  // A son or daughter whose age under 18 is told is a minor: their own income or return is the minors' entry.
  it.each([
    'mi hija de 15 hace videos en youtube y le pagan, ella tiene que declarar aparte o va en la mia?',
    'mi hijo tiene trece años y le heredaron un apartamento, quien presenta la declaracion de el?',
    'el niño tiene 12 y tiene un cdt a su nombre, le toca declarar renta?',
  ])('«%s» → menores-de-edad', (question) => {
    expect(bestEntry(question)).toBe('menores-de-edad');
  });

  // In a deduction question the child's age is the dependant's condition.
  it.each([
    'mi hijo tiene 10 años, lo puedo poner como dependiente?',
    'mis hijos de 8 y 12 años, cuanto puedo deducir por ellos?',
    'mi hija de 5 años esta a mi cargo, eso me resta en la renta?',
  ])('«%s» → dependientes', (question) => {
    expect(bestEntry(question)).toBe('dependientes');
  });

  // Names the base does not know (a town, a bank), told before the question, count half against the gate.
  it.each([
    'mi papa fallecio en marzo y tenia un apto en soacha y plata en bancolombia, la sucesion no se ha hecho porq mis hermanos no se ponen de acuerdo. kien tiene q declarar la renta de el?',
    'mi mama murio en mayo y tenia una finca en guateque y un cdt en davivienda, la sucesion no se ha hecho porque mis tios pelean. quien tiene que declarar la renta de ella?',
  ])('«%s» → sucesiones-iliquidas', (question) => {
    expect(bestEntry(question)).toBe('sucesiones-iliquidas');
  });
});

describe('the residence test told by its days and by who the citizen is (e1)', () => {
  // The day one arrived or left, asked about counting the stay, is the 183-day rule.
  it.each([
    'para los 183 dias cuentan el dia que llegue y el dia que me fui?',
    'el dia de salida del pais cuenta dentro de los 183 dias?',
    'el dia de llegada se cuenta para ser residente fiscal?',
  ])('«%s» → residencia-fiscal', (question) => {
    expect(bestEntry(question)).toBe('residencia-fiscal');
  });

  // A foreigner asking whether to file: the nationality is whose obligation it is, not a situation.
  it.each([
    'soy extranjero y vivo en cali hace dos años, tengo que declarar renta?',
    "Hi! I'm a US retiree living in Pereira on a pension visa since 2023. Do I need to file a Colombian income tax return?",
    'soy aleman y vivo en medellin, me toca declarar renta en colombia?',
  ])('«%s» → extranjeros-residentes', (question) => {
    expect(bestEntry(question)).toBe('extranjeros-residentes');
  });
});

describe('an amount said in words is the citizen’s amount, not a topic (e1)', () => {
  it.each([
    ['recibo como tres millones de dividendos al año, como se gravan?', 'tres'],
    ['la abuela le dejo un cdt de doscientos cincuenta millones', 'doc'],
    ['me gane cuarenta y cinco millones en la loteria', 'cinco'],
  ])('«%s» has no term «%s»', (question, term) => {
    expect(analyzeQuery(question).terms.map((queried) => queried.term)).not.toContain(term);
  });

  it('still answers the question about the thing the amount is of', () => {
    expect(
      bestEntry('recibi dividendos de ecopetrol por unos tres millones, eso como se grava en la renta'),
    ).toBe('dividendos-personas-naturales');
  });
});

describe('payments, told after the fact (c1)', () => {
  it.each([
    'pague el recibo 490 en el banco y en la dian no aparece el pago',
    'ya pague en el banco pero en el muisca no se ve el pago',
    'pague por pse y me sigue saliendo que debo',
    'hace una semana pague y la dian no lo refleja',
    'pague el 490 hace una semana y sigo debiendo en el muisca',
  ])('reads «%s» as a payment the DIAN does not show yet', (question) => {
    expect(bestEntry(question)).toBe('pagos-desde-exterior-y-no-reflejados');
  });

  it.each([
    'ya presente la renta pero no he pagado, tenia que pagar ese mismo dia?',
    'declare pero no he pagado, que hago',
    'puedo pagar despues de declarar?',
  ])('reads «%s» as when the payment falls due', (question) => {
    expect(bestEntry(question)).toBe('como-pagar');
  });
});

describe('the UVT of a taxable year (c1)', () => {
  it.each(['valor uvt año gravable 2025', 'uvt del año gravable 2025', 'cuanto es la uvt ag 2025'])(
    'answers «%s» with that year’s UVT',
    (question) => {
      expect(bestEntry(question)).toBe('uvt-2025');
    },
  );
});

describe('which form, asked after a story of figures (c1)', () => {
  it.each([
    'tengo 38 años, 2 empleos y en 2025 gane 95 millones, que formulario uso?',
    'trabajo como independiente y empleado a la vez, que formulario lleno',
    'q formulario uso si soy asalariado y vivo en bogota',
  ])('answers «%s» with the form', (question) => {
    expect(bestEntry(question)).toBe('formulario-210');
  });
});

describe('the UVT asked in English (c1)', () => {
  it.each([
    'how much is one UVT this year? is it like the minimum wage?',
    'what is the value of one UVT in 2026',
    'one UVT is how many pesos this year?',
  ])('answers «%s» with this year’s UVT', (question) => {
    expect(bestEntry(question)).toBe('uvt-2026');
  });
});

describe('payments the portal does not show yet, and how the DIAN finds out (s1)', () => {
  it.each([
    'ya pague el 490 pero me sigue apareciendo la deuda',
    'consigne lo de la renta y en el muisca sale que debo todavia',
    'pague con pse y en la dian no aparece el pago',
  ])('answers «%s» from the entry on payments not reflected', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('pagos-desde-exterior-y-no-reflejados');
  });

  it.each([
    'como se da cuenta la dian de que tengo plata en el banco',
    'como se enteran de mis ingresos si no tengo rut',
    'como se entera la dian de lo que gano por transferencias',
  ])('answers «%s» from the exógena', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('informacion-exogena');
  });
});

describe('what the exógena shows, and who sends DIAN e-mails (s1)', () => {
  it.each([
    'en la exogena me aparecen 80 millones de consignaciones pero eran traslados entre mis cuentas, tengo que declarar?',
    'mi exogena reporta 70 millones pero eso fue un prestamo de mi papa, debo declarar?',
    'en la exogena sale un prestamo de 40 millones como si fuera ingreso, me toca declararlo?',
  ])('answers «%s» from the exógena, not the filing test', (question) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('answer');
    expect(answer.entryIds[0]).toBe('informacion-exogena');
  });

  it.each([
    'de que dominio escribe la dian',
    'el remitente del correo dice dian-notificaciones.com, es de ellos?',
    'como reviso el remitente de un correo que dice ser de la dian',
  ])('answers «%s» from the fake-messages entry', (question) => {
    expect(bestEntry(question)).toBe('correos-falsos-dian');
  });
});

describe('a mistake found after filing, a guarantor, and a payslip (q3)', () => {
  // «Me di cuenta» is realising, not an account; a figure put wrong or a return done again is a correction.
  it.each([
    'ya presente la declaracion y me di cuenta q puse mal una cifra, toca hacerla toda otra vez?',
    'me equivoque en un valor y ya la presente, tengo que volver a presentarla?',
    'me di cuenta de que meti mal el valor de mis ingresos en la declaracion, que hago?',
    'nos dimos cuenta que quedo mal el patrimonio en la renta ya presentada',
  ])('answers «%s» from the corrections entry', (question) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('answer');
    expect(answer.entryIds[0]).toBe('correcciones');
  });

  // A guarantor or co-signer is the guarantee of a payment agreement (art. 814).
  it.each([
    'si pido acuerdo de pago a 10 meses me toca dar fiador o hipoteca o algo asi?',
    'el banco me pide un codeudor, la dian tambien pide fiador para un acuerdo de pago?',
    'para financiar la deuda de renta en cuotas necesito fiador?',
  ])('answers «%s» from the payment agreements entry', (question) => {
    expect(bestEntry(question)).toBe('facilidades-de-pago');
  });

  // The withholding named on a payslip, with no word for the return, is still the income tax.
  it.each([
    'gano 3 millones y medio de sueldo y en la colilla me sale descuento por retefuente, eso es normal??',
    'en el desprendible de nomina me aparece retencion en la fuente, por que si gano poco?',
    'en la colilla de pago me quitaron retefuente este mes, por que?',
  ])('answers «%s» from the withholding entry', (question) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('answer');
    expect(answer.entryIds[0]).toBe('retencion-en-la-fuente');
  });
});

describe('paying late after filing on time, and reporting the exógena oneself (q3)', () => {
  // Not having the money on the due date is a late payment (interest), not a late return.
  it.each([
    'presente la renta a tiempo pero no alcance a pagar, q me pasa? me multan?',
    'declare a tiempo pero pague tarde el impuesto, cuanto me cobran',
    'no alcanzo a pagar la renta el dia del vencimiento, que pasa',
    'no tengo para pagar todo el impuesto de la declaracion, me sancionan?',
  ])('answers «%s» from the payment entry', (question) => {
    expect(bestEntry(question)).toBe('como-pagar');
  });

  it('still reads not managing to file on time as filing late', () => {
    expect(bestEntry('no alcance a declarar a tiempo, cuanto es la multa')).toBe('sancion-extemporaneidad');
  });

  // Filing the exógena is being an informant; seeing what others reported is consulting it.
  it.each([
    'soy asalariado, tengo q presentarle exogena a la dian o eso es pa empresas?',
    'como persona natural debo reportar informacion exogena?',
    'un empleado tiene que entregar la exogena?',
  ])('answers «%s» from who reports the exógena', (question) => {
    expect(bestEntry(question)).toBe('exogena-cuando-y-quien-reporta-ag-2025');
  });

  it('answers where to see what the banks reported from the exógena itself', () => {
    expect(bestEntry('donde veo lo que me reportaron los bancos')).toBe('informacion-exogena');
  });
});

describe('a summons to file, time gone by and a forgotten return (q3)', () => {
  it.each([
    ['me emplazaron a declarar el 2022, que debo hacer', 'emplazamiento-no-declarar'],
    ['recibi un emplazamiento para presentar la renta, que hago', 'emplazamiento-no-declarar'],
    // Time gone by since the deadline asks how long one has to correct.
    ['puedo corregir la declaracion si ya pasaron dos años', 'correcciones'],
    ['todavia puedo corregir la renta si ya paso un año y medio?', 'correcciones'],
    // A deadline gone, or the return forgotten, is filing late.
    ['se me olvido la renta y ya paso mi plazo, q hago ahora?', 'sancion-extemporaneidad'],
    ['ya paso la fecha de declarar, que hago', 'sancion-extemporaneidad'],
    ['olvide la declaracion de renta de este año, que me pasa', 'sancion-extemporaneidad'],
  ])('«%s» → %s', (question, entryId) => {
    expect(bestEntry(question)).toBe(entryId);
  });
});

describe('a balance in favour left for next year or used to pay a debt (q3)', () => {
  it.each([
    'q conviene mas, pedir la devolucion o dejar ese saldo pa la renta del otro año?',
    'es mejor dejar el saldo para la siguiente declaracion?',
    'puedo usar el saldo a favor pa pagar una sancion q me pusieron de otro año?',
    'puedo pagar con el saldo a favor una deuda de la dian?',
  ])('answers «%s» from the balance-in-favour entry', (question) => {
    expect(bestEntry(question)).toBe('saldo-a-favor');
  });
});

describe('an exógena report that is not the citizen’s, or one that is missing (q3)', () => {
  it.each([
    'en la exogena me aparece q una empresa de cali me pago honorarios y yo nunca he trabajado con ellos, q hago??',
    'el sueldo de la empresa donde estuve hasta mayo no aparece en la exogena, entonces ese no lo meto en la renta?',
    'en lo que reportaron los bancos sale una cuenta que no es mia',
    'un ingreso que no sale en la exogena igual lo declaro?',
  ])('answers «%s» from the exógena', (question) => {
    expect(bestEntry(question)).toBe('informacion-exogena');
  });
});

describe('what the UVT is for and how it is set, in chat words (q4)', () => {
  it.each([
    'xq la dian pone todo en uvt y no en pesos',
    'en la dian todo lo ponen en uvts y no en plata, pa q sirve eso',
    'como sacan la uvt cada año',
    'la uvt sube segun la inflacion?',
    'la uvt la ajustan con la inflacion de cada año?',
  ])('answers «%s» from a UVT entry', (question) => {
    expect(bestEntry(question)).toMatch(/^uvt-20\d\d$/);
  });
});

describe('one rate on the whole income, a myth about the marginal table (q4)', () => {
  it.each([
    'mi compañera de trabajo dice que le quitan el 19% de todo el sueldo, es asi?',
    'me preocupa que me cobren el 35% de todo lo que gano',
    'es cierto que el 28% se lo cobran a todo lo que uno gana o solo a una parte?',
  ])('answers «%s» from the art. 241 table', (question) => {
    expect(bestEntry(question)).toBe('tarifa-renta-art-241');
  });
});

describe('how much the UVT rose between two years (q4)', () => {
  it.each([
    ['cuanto subio la uvt de 2025 a 2026', 'uvt-2026', '$2.575'],
    ['en cuanto aumento la uvt del 2024 al 2025', 'uvt-2025', 'La UVT de 2024 era'],
    ['de 2025 para 2026 cuanto se incremento la uvt', 'uvt-2026', 'La UVT de 2025 era **$49.799**'],
  ])('answers «%s» with the newer UVT and the older one', (question, entry, fragment) => {
    const answer = answerFromKnowledge(question);
    expect(answer.entryIds[0]).toBe(entry);
    expect(answer.markdown).toContain(fragment);
  });
});

describe('filing online: the suggested return and the phone (q2)', () => {
  it.each([
    'si presento la sugerida tal cual viene y despues sale mala, la culpa es de quien',
    'quien es responsable si la declaracion sugerida viene mala',
    'la dian responde si su borrador tenia errores?',
    'acepte la sugerida sin revisar y venia mal, de quien es la culpa',
  ])('answers «%s» from the suggested return (who answers for what is signed)', (question) => {
    expect(bestEntry(question)).toBe('declaracion-sugerida');
  });

  it('says in the filing steps whether the return can be filed from a phone', () => {
    const markdown = answerFromKnowledge('¿puedo declarar renta desde el celular?').markdown;
    expect(answerFromKnowledge('¿puedo declarar renta desde el celular?').entryIds[0]).toBe(
      'declarar-en-linea',
    );
    expect(markdown).toContain('Desde el celular');
  });
});

describe('the portal down on the last day is a failure of the DIAN’s service (q2)', () => {
  it.each([
    'la pagina de la dian se cayo el dia q me tocaba declarar, q hago',
    'el ultimo dia la pagina no abria y no pude declarar, me multan?',
    'se cayo el portal el dia de mi vencimiento',
    'la plataforma de la dian no carga, que hago si hoy se me vence',
    'el portal fallo toda la tarde de mi fecha limite, me sancionan?',
  ])('answers «%s» from the extension and portal-failure entry', (question) => {
    expect(bestEntry(question)).toBe('prorroga-para-declarar');
  });

  it('leaves a failing portal told without the deadline to the filing steps', () => {
    expect(bestEntry('el portal de la dian no abre, como presento la declaracion')).toBe('declarar-en-linea');
  });
});

describe('what comes «ya lleno» is the suggested return', () => {
  it.each([
    'q datos vienen ya llenos en la sugerida, lo de la empresa y el banco?',
    'la renta viene ya llena o la tengo que hacer yo?',
    'que cosas trae ya llenas el formulario de la dian',
  ])('answers «%s» from the suggested return', (question) => {
    expect(bestEntry(question)).toBe('declaracion-sugerida');
  });

  it('still reads filling in the form as filling it in', () => {
    expect(bestEntry('como lleno el formulario 210')).not.toBe('declaracion-sugerida');
  });
});

describe('filling in and signing, read from the verb asked (f1)', () => {
  it.each([
    'ya llene el formulario en la pagina, como lo firmo para presentarlo',
    'ya llené la declaración en la página, ¿cómo la firmo?',
    'ya llene toda la 210, y ahora q hago',
    'ya llene mi declaracion, como la presento',
  ])('reads «%s» as a form the citizen filled in, not the prefilled suggested return', (question) => {
    expect(analyzeQuery(question).terms.map(({ term }) => term)).not.toContain('sugerida');
  });

  it.each([
    'ya llene el formulario en la pagina, como lo firmo para presentarlo',
    'ya llené la declaración en la página, ¿cómo la firmo?',
  ])('answers «%s» with the signature or the filing steps, not the form filled in', (question) => {
    expect(['firma-electronica', 'declarar-en-linea']).toContain(bestEntry(question));
  });

  it.each([
    'como saco la firma electronica por primera vez pa firmar la renta',
    'como genero la firma electronica pa poder firmar la 210 la primera vez',
    'quiero solicitar la firma electronica por primera vez, como hago',
    'es la primera vez q declaro, como genero mi firma electronica',
    'como tramito la firma electronica x primera vez',
  ])('answers «%s» from the signature’s own errands, not the filing steps', (question) => {
    expect(bestEntry(question)).toBe('firma-electronica-ciclo');
  });
});

describe('creating or enabling the DIAN account, whatever the story around it (f1)', () => {
  it.each([
    'no me llega el codigo al correo para crear la cuenta de la dian',
    'como creo el usuario de la dian pa declarar',
    'quiero habilitar mi usuario en la dian y no se como',
    'como activo la cuenta de la dian por primera vez',
  ])('answers «%s» from the account entry', (question) => {
    expect(bestEntry(question)).toBe('cuenta-muisca-contrasena');
  });

  it('leaves opening a bank account (an AFC) to its own entry', () => {
    expect(bestEntry('que tanto me sirve abrir una cuenta afc para pagar menos impuestos')).toBe(
      'aportes-voluntarios-afc',
    );
  });
});

describe('papers kept «a la mano» are the documents asked for (f1)', () => {
  it.each([
    'q papeles necesito tener a la mano antes de sentarme a hacer la renta en la dian',
    'que documentos debo tener a la mano para declarar renta',
    'cuales soportes tengo que tener a la mano antes de declarar',
    'que papeles toca tener a la mano para la renta',
  ])('answers «%s» from the documents to gather', (question) => {
    expect(analyzeQuery(question).terms.map(({ term }) => term)).not.toContain('man');
    expect(bestEntry(question)).toBe('documentos-para-declarar');
  });
});

describe('logging in with a given document is the account’s access (f1)', () => {
  it.each([
    'puedo entrar a la dian con el pasaporte?',
    'puedo ingresar a la pagina de la dian con mi cedula de extranjeria?',
    'con que documento entro a la dian si soy extranjero',
    'con q cedula ingreso al portal si soy venezolano',
  ])('answers «%s» from the account entry', (question) => {
    expect(bestEntry(question)).toBe('cuenta-muisca-contrasena');
  });
});

describe('whether the RUT expires is the RUT’s question, not the signature’s renewal (f1)', () => {
  it.each([
    'el rut se vence? hay que renovarlo cada año',
    'cada cuanto hay que renovar el rut',
    'el rut caduca o es para siempre?',
    'que vigencia tiene el rut',
  ])('answers «%s» from the RUT update entry (the RUT does not expire)', (question) => {
    expect(bestEntry(question)).toBe('actualizar-rut');
  });

  it('still answers the signature’s renewal from the signature', () => {
    expect(bestEntry('cada cuanto hay que renovar la firma electronica')).toBe('firma-electronica-ciclo');
  });
});

describe('a copy of one’s RUT is the RUT’s own errand, whoever asks for it (f1)', () => {
  it.each([
    'puedo sacar una copia del rut yo mismo? me la piden en el trabajo nuevo',
    'de donde descargo el rut en pdf',
    'como imprimo el rut, me lo piden en el banco',
    'necesito una copia de mi rut para un contrato',
  ])('answers «%s» from the RUT update entry (its copy in PDF)', (question) => {
    expect(bestEntry(question)).toBe('actualizar-rut');
  });
});

describe('the UVT and the withholding in citizens’ words', () => {
  it.each([
    'xq la uvt cambia todos los años',
    'la uvt cambia cada año?',
    'cuanto subio la uvt',
    'la uvt aumenta en enero?',
  ])(
    'reads the UVT that «cambia / sube» as its yearly readjustment, not a currency exchange: «%s»',
    (question) => {
      expect(bestEntry(question)).toMatch(/^uvt-20\d{2}$/);
    },
  );

  it.each([
    'como paso un valor en uvt a pesos? se redondea o como',
    'como convierto uvt a plata',
    'la uvt se redondea?',
  ])('answers how UVT become pesos: «%s»', (question) => {
    expect(bestEntry(question)).toMatch(/^uvt-20\d{2}$/);
  });

  it.each([
    ['por que la empresa me retuvo de los dividendos si eran pocos?', 'dividendos-personas-naturales'],
    ['me retuvieron plata de unos dividendos, por que', 'dividendos-personas-naturales'],
  ])(
    'offers the closest entry, not «No tengo información», when only «retuvo» names the tax: «%s»',
    (question, entry) => {
      const answer = answerFromKnowledge(question);
      expect(answer.kind).toBe('answer');
      expect(answer.entryIds[0]).toBe(entry);
    },
  );
});

describe('time words that are not the topic', () => {
  it.each(['valor de la uvt vigente', 'uvt vigente', 'cual es la uvt vigente 2026'])(
    'reads «vigente» as «now», not the audit benefit’s term: «%s»',
    (question) => {
      expect(bestEntry(question)).toMatch(/^uvt-20\d{2}$/);
    },
  );

  it('keeps the thing said to be in force as the topic', () => {
    expect(bestEntry('sigue vigente el beneficio de auditoria?')).toBe('beneficio-de-auditoria');
  });

  it.each([
    'me pasé un día del plazo, me multan?',
    'me pase del plazo',
    'nos pasamos de la fecha de la renta',
  ])('reads «me pasé del plazo» as filing late: «%s»', (question) => {
    expect(bestEntry(question)).toBe('sancion-extemporaneidad');
  });
});

describe('a late return with nothing to pay', () => {
  it.each([
    'que pasa si declaro tarde pero no tengo que pagar nada',
    'presente tarde pero no tenia nada que pagar, igual hay sancion?',
    'no debo nada pero declare tarde',
  ])('is the late-filing penalty’s case on the income, not how to pay: «%s»', (question) => {
    expect(bestEntry(question)).toBe('sancion-extemporaneidad');
  });

  it('leaves a return «en ceros» to its own entry', () => {
    expect(bestEntry('no tengo ingresos pero tengo un apartamento, declaro en ceros?')).toBe(
      'declaracion-sin-ingresos',
    );
  });

  it.each(['soy independiente, como declaro', 'como declaro si trabajo por mi cuenta'])(
    'sends an independent worker asking how to file to the independents’ entry: «%s»',
    (question) => {
      expect(bestEntry(question)).toBe('independientes');
    },
  );
});

describe('long stories around a short question', () => {
  it.each([
    [
      'hasta cuantos años para atras me puede revisar la dian? la declaracion del 2021 ya quedo quieta o todavia me la pueden tumbar',
      'firmeza-declaracion',
    ],
    [
      'un man q dice ser contador me pide foto de la cedula x los dos lados y la clave de la dian pa hacerme la renta barata, se la doy?',
      'contador-para-declarar',
    ],
    [
      'soy independiente y llevo contabilidad x mi negocio de ropa, igual uso el 210 o me toca otro formulario?',
      'independientes',
    ],
  ])('offers the closest entry when a fifth of the question finds it: «%s»', (question, entry) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('answer');
    expect(answer.entryIds[0]).toBe(entry);
  });

  it('reads a year told before what one did in it as the taxable year', () => {
    expect(
      answerFromKnowledge(
        'en el 2025 estaba estudiando con beca del icetex q me daba 1.200.000 al mes y mis papas me mandaban pa los gastos, tengo q declarar?',
      ).entryIds[0],
    ).toBe('quien-declara-ag-2025');
    for (const question of [
      'en 2025 trabaje en dos empresas y vivia con mis papas, me toca declarar?',
      'durante el 2025 recibi una herencia, que tengo que hacer',
      'en el año 2025, yo tenia un apartamento arrendado',
    ])
      expect(detectYearIntent(question)).toEqual({ year: 2025, taxable: true });
  });

  it.each(['presente la renta tarde, que sancion', 'presente tarde la declaracion que multa me ponen'])(
    'reads «presenté tarde» as declaring late, not correcting a late return: «%s»',
    (question) => {
      expect(bestEntry(question)).toBe('sancion-extemporaneidad');
    },
  );
});

describe('scams told face to face, on paper or as an auction', () => {
  it.each([
    'vi un remate de carros de la dian, un mazda 2019 en 25 millones, piden el 10% de anticipo pa papeles, es confiable?',
    'en un volante q me dieron hay un codigo qr pa pagar la renta con 30% de descuento, lo escaneo y pago ahi?',
    'vino un señor a la casa con carnet de la dian y dice q si le doy 500 mil en efectivo me quita la multa, eso es normal?',
    'vino un funcionario de la dian a mi negocio y me pidio efectivo para no multarme',
  ])('answers from the fake-messages entry: «%s»', (question) => {
    expect(bestEntry(question)).toBe('correos-falsos-dian');
  });

  it.each([
    ['pague la renta en efectivo en el banco, esta bien?', 'como-pagar'],
    [
      'me dieron un volante de la dian con las fechas de la renta, son esas?',
      'plazos-personas-naturales-ag-2025',
    ],
  ])('leaves cash at the bank and a flyer without a deal to their subjects: «%s»', (question, entry) => {
    expect(bestEntry(question)).toBe(entry);
  });
});

describe('a link that looked like the DIAN’s', () => {
  it('sends one who gave their bank data to a fake link to what to do next', () => {
    expect(bestEntry('ya le di mis datos del banco a un link q parecia de la dian, q hago ahora?')).toBe(
      'mensaje-falso-dian-que-hacer',
    );
  });

  it('reads an e-mail asking to download an invoice from a link as a fake message', () => {
    expect(
      bestEntry(
        'me llego un correo de la dian q me embargan la cuenta si no descargo una factura de un link, es real?',
      ),
    ).toBe('correos-falsos-dian');
  });

  it('leaves the link to download a form to the form', () => {
    expect(bestEntry('donde esta el enlace de la dian para descargar el formulario 210')).toBe(
      'formulario-210',
    );
  });
});

describe('a correction to pay less', () => {
  it.each([
    'meti mal un dato en la declaracion y me salio mas impuesto del que era, como la corrijo pa pagar menos y hasta cuando puedo?',
    'como corrijo la declaracion para pagar menos impuesto',
    'me equivoque a mi favor, puedo corregir?',
  ])(
    'is the correction that lowers the tax, not a deduction nor the inaccuracy penalty: «%s»',
    (question) => {
      expect(bestEntry(question)).toBe('correcciones');
    },
  );

  it('leaves paying less without a correction to the deductions', () => {
    expect(bestEntry('que puedo hacer para pagar menos renta')).not.toBe('correcciones');
  });
});

describe('a past return «que nunca presenté»', () => {
  it.each([
    'puedo presentar ahora la renta del 2022 que nunca presente?',
    'nunca presente la renta del 2022',
    'la del 2023 nunca la declare, como me pongo al dia',
  ])('is a year left behind: «%s»', (question) => {
    expect(bestEntry(question)).toBe('anos-sin-declarar');
  });
});

describe('deductions, payments and neighbours named in full', () => {
  it.each([
    ['los intereses del credito hipotecario se restan en la declaracion?', 'intereses-vivienda'],
    ['los intereses del credito de vivienda se descuentan?', 'intereses-vivienda'],
    ['tengo un credito hipotecario, como lo pongo en el patrimonio', 'valor-bienes-patrimonio'],
    ['es verdad que la multa por declarar tarde es el 5% por mes?', 'sancion-extemporaneidad'],
    ['las personas naturales podemos pagar la renta en dos cuotas como las empresas?', 'como-pagar'],
  ])('«%s» → %s', (question, entry) => {
    expect(bestEntry(question)).toBe(entry);
  });

  it.each([
    [
      'llegue a colombia en septiembre del 2025 con visa de trabajo y me quede, desde q año soy residente?',
      /^(?:residencia-fiscal|extranjeros-residentes)$/,
    ],
    [
      'mi tia q no tuvo hijos me dejo un lote en el testamento, como sobrino pago igual q si fuera hijo o mas?',
      /^(?:herencias-donaciones|ganancia-ocasional)$/,
    ],
    [
      'soy pensionado de colpensiones y ademas hago asesorias, se suma todo junto o la pension va aparte?',
      /^(?:pensionados|cedulas)$/,
    ],
  ])('keeps the tax question told beside a visa, a will or a pension fund: «%s»', (question, entry) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('answer');
    expect(answer.entryIds[0]).toMatch(entry);
  });

  it.each(['como tramito la visa de residente en colombia', 'cuanto cobra la notaria por el testamento'])(
    'still declines the visa and the notary: «%s»',
    (question) => {
      expect(answerFromKnowledge(question).kind).toBe('not-found');
    },
  );
});

describe('an exógena figure that is not what the citizen received is a wrong report (f5)', () => {
  it.each([
    'la exogena dice que recibi 50 millones pero fueron 45, que valor declaro',
    'en la exogena me aparece mas plata de la que me pagaron, cual pongo',
    'el banco reporto en la exogena un valor distinto al real, declaro lo que dice la dian o lo real',
    'lo que sale en la exogena no cuadra con mis certificados, cual uso',
  ])('answers «%s» from the exógena (declare the real figures)', (question) => {
    expect(bestEntry(question)).toBe('informacion-exogena');
  });
});

describe('«me van a…» is the future of the verb after it, not «van» (f5)', () => {
  it('does not read «van» as a topic', () => {
    const terms = analyzeQuery('me van a multar si declaro tarde?').terms.map(({ term }) => term);
    expect(terms).not.toContain('van');
  });

  it.each([
    'llevo desde el 2021 sin declarar, me van a meter presos?',
    'no declaro hace como 4 años, nos van a cobrar todo junto?',
    'desde el 2022 no presento la renta, le van a caer a uno con todo?',
  ])('answers «%s» from the years without filing', (question) => {
    expect(bestEntry(question)).toBe('anos-sin-declarar');
  });
});

describe('one who does not file, asked for the return or holding the income certificate (f5)', () => {
  it.each([
    'la embajada me pide la declaracion de renta y yo no declaro, que hago',
    'en el trabajo me exigen la declaracion pero nunca he declarado, que les doy',
    'pa la visa me piden la renta y no llego a los topes, que presento',
    'el certificado de ingresos me sirve si no estoy obligado a declarar y el banco me pide algo?',
  ])('answers «%s» from the non-filer’s letter', (question) => {
    expect(bestEntry(question)).toBe('certificado-no-declarante');
  });

  it('keeps the withholding’s own question on the withholding', () => {
    expect(bestEntry('la retencion en la fuente reemplaza la declaracion?')).toBe('retencion-en-la-fuente');
  });
});

describe('one not obliged who asks about filing anyway is the voluntary return (f5)', () => {
  it.each([
    'no me toca declarar pero me descontaron retefuente, puedo declarar de todas formas para recuperarla',
    'no supere los topes y me hicieron retencion, si declaro igual me devuelven la plata?',
    'no soy declarante pero la empresa me retuvo, como recupero eso',
  ])('answers «%s» from the voluntary return', (question) => {
    expect(bestEntry(question)).toBe('declaracion-voluntaria');
  });
});

describe('two kinds of one’s income, asked whether they go together or apart, are the cédulas (f5)', () => {
  it.each([
    'tengo salario y cobro honorarios por aparte, se declaran juntos o separados?',
    'recibo pension y ademas intereses de un cdt, eso va todo junto en la renta?',
    'mi sueldo y lo que me pagan por honorarios van juntos o aparte en la declaracion',
  ])('answers «%s» from the cédulas', (question) => {
    expect(bestEntry(question)).toBe('cedulas');
  });

  it('keeps a couple filing together or apart on the spouses’ entry', () => {
    expect(bestEntry('mi esposa y yo tenemos sueldo y arriendos, declaramos juntos o separados?')).toBe(
      'conyuges-declaran-por-separado',
    );
  });

  it('reads «además» as no topic', () => {
    const terms = analyzeQuery('soy pensionado y ademas tengo un cdt').terms.map(({ term }) => term);
    expect(terms).not.toContain('ademas');
  });
});

describe('getting or updating the RUT is the errand’s own entry, not the RUT’s umbrella (f5)', () => {
  it.each([
    ['cambie de celular y de direccion, como pongo eso en el rut', 'actualizar-rut'],
    ['toca actualizar el rut si me mude de ciudad? se hace en linea?', 'actualizar-rut'],
    ['como saco el rut yo mismo sin pagarle a nadie', 'inscripcion-rut'],
  ])('answers «%s» from %s', (question, id) => {
    expect(bestEntry(question)).toBe(id);
  });

  it('keeps what the RUT is on the umbrella entry', () => {
    expect(bestEntry('que es el rut')).toBe('rut-y-nit');
  });
});

describe('the salary where withholding starts is the withholding’s threshold, not a date (f5)', () => {
  it.each([
    'desde que salario empiezan a retener',
    'a partir de cuanto sueldo empiezan a hacer retencion',
    'con cuanto de salario comienzan a retenerme en la fuente',
    'desde que sueldo me empiezan a descontar retencion',
  ])('answers «%s» from the withholding entry (95 UVT)', (question) => {
    expect(bestEntry(question)).toBe('retencion-en-la-fuente');
  });
});

describe('not having filed, with the return named after the verb, is the penalty for not filing (f5)', () => {
  it.each([
    'no hice la declaracion el año pasado aunque me tocaba, que me hacen',
    'nunca hice la renta y creo que me tocaba',
    'no he hecho mi declaracion y estaba obligado, que pasa',
  ])('answers «%s» from the penalty for not filing', (question) => {
    expect(bestEntry(question)).toBe('sancion-por-no-declarar');
  });
});

describe('how the DIAN finds out is the exógena, whatever it finds out about (f5)', () => {
  it.each([
    'como sabe la dian si uno no declara?',
    'como se dan cuenta en la dian de lo que uno gana',
    'como se entera la dian de que no hice la renta',
  ])('answers «%s» from the exógena', (question) => {
    expect(bestEntry(question)).toBe('informacion-exogena');
  });

  it('keeps what happens when the DIAN finds out on the not-filing entries', () => {
    expect(bestEntry('que pasa si nunca declaro y la dian se da cuenta')).toBe('emplazamiento-no-declarar');
  });
});

describe('the DIAN doing the return of one who does not file is its assessment, not the draft (f5)', () => {
  it.each([
    'la dian puede hacer la declaracion por mi si yo no la hago?',
    'si no declaro la dian me liquida el impuesto por su cuenta?',
    'si nunca presento la renta, la dian la hace por uno?',
  ])('answers «%s» from an entry on the liquidación de aforo', (question) => {
    expect(['sancion-por-no-declarar', 'anos-sin-declarar']).toContain(bestEntry(question));
  });

  it('keeps the DIAN preparing a return, with no failure to file, off the penalties', () => {
    expect(['sancion-por-no-declarar', 'anos-sin-declarar']).not.toContain(
      bestEntry('la dian me puede hacer la declaracion?'),
    );
  });
});

describe('«cuántos años para atrás» counts the years left behind (f5)', () => {
  it.each([
    'cuantos años pa atras me pueden pedir las declaraciones que no hice',
    'la dian cuantos años hacia atras revisa si uno no declaro',
    'hasta cuantos años para atras me toca ponerme al dia si nunca declare',
  ])('answers «%s» from the years without filing', (question) => {
    expect(bestEntry(question)).toBe('anos-sin-declarar');
  });
});

describe('what one owns minus what one owes is the net worth (f5)', () => {
  it.each([
    'el patrimonio se cuenta restando lo que debo del apartamento?',
    'mi patrimonio es la casa menos las deudas?',
    'lo que tengo quitando los prestamos es lo que se declara?',
  ])('answers «%s» from the value of assets and debts', (question) => {
    expect(bestEntry(question)).toBe('valor-bienes-patrimonio');
  });
});

describe('an embargo feared for not filing is the embargo’s entry, which says what comes first (f5)', () => {
  it.each([
    'por no haber declarado me pueden embargar?',
    'la dian me embarga la cuenta si no declaro?',
    'si no presento la renta me congelan la cuenta?',
  ])('answers «%s» from the embargo entry', (question) => {
    expect(bestEntry(question)).toBe('embargo-cobro-coactivo');
    expect(answerFromKnowledge(question).markdown).toContain('¿Por no declarar?');
  });

  it('reads «no haber declarado» as not filing', () => {
    const terms = analyzeQuery('que me pasa por no haber declarado').terms.map(({ term }) => term);
    expect(terms).toContain('nodeclarar');
  });
});

describe('where an item goes in the form is asked about the item, not the form’s number (f5)', () => {
  it.each([
    'en que parte del 210 van los honorarios',
    'los intereses del cdt en q parte de la declaracion van',
    'en q parte del formulario va la pension?, en la cedula general o aparte',
  ])('answers «%s» from the cédulas', (question) => {
    expect(bestEntry(question)).toBe('cedulas');
  });

  it.each([
    ['me llego una herencia, en que parte de la 210 la pongo', 'herencias-donaciones'],
    ['en q casilla de la 210 pongo la retencion del certificado 220', 'formulario-210-desde-certificado-220'],
  ])('keeps «%s» on %s (an occasional gain, or the 220 copied into the form)', (question, id) => {
    expect(bestEntry(question)).toBe(id);
  });
});

describe('how far back the DIAN may review a return', () => {
  it.each([
    'cuantos años tiene la dian para revisar mi declaracion',
    'hasta cuantos años para atras me puede revisar la dian? la declaracion del 2021 ya quedo quieta o todavia me la pueden tumbar',
  ])('is the return’s firmness: «%s»', (question) => {
    expect(bestEntry(question)).toBe('firmeza-declaracion');
  });

  it('leaves years one did not file to their own entry', () => {
    expect(bestEntry('llevo 3 años sin declarar, cuantos años para atras me toca presentar?')).toBe(
      'anos-sin-declarar',
    );
  });

  it('offers the filing steps when the portal fails at «presentar» on the deadline', () => {
    expect(
      answerFromKnowledge(
        'el portal me saca error cada vez q le doy presentar, sera el navegador? hoy es mi fecha',
      ).kind,
    ).toBe('answer');
  });
});

describe('the most one may deduct for a named item', () => {
  it.each([
    ['cuanto es lo maximo que puedo deducir por dependientes', 'dependientes'],
    ['cuanto es lo maximo que puedo restar por mi hijo', 'dependientes'],
    ['cual es el tope que puedo deducir de medicina prepagada', 'medicina-prepagada'],
    ['hasta cuanto puedo restar por intereses de vivienda', 'intereses-vivienda'],
  ])('is that item’s cap, not the overall 40 %: «%s» → %s', (question, entry) => {
    expect(bestEntry(question)).toBe(entry);
  });

  it('leaves the most one may deduct in all to the 40 % cap', () => {
    expect(bestEntry('cuanto es lo maximo que puedo deducir en la renta')).toBe('limite-40-1340-uvt');
  });
});

describe('the RUT, a seizure and a caller asking for the password', () => {
  it.each([
    ['me piden el rut actualizado en el banco, como lo actualizo', 'actualizar-rut'],
    ['un asesor me cobra 300 mil por sacarme el rut, eso es normal?', 'inscripcion-rut'],
    ['la dian me puede quitar la casa?', 'embargo-cobro-coactivo'],
    ['me pidieron la clave de la dian por telefono', 'correos-falsos-dian'],
    ['me llamaron diciendo que tengo un embargo de la dian y que pague ya', 'correos-falsos-dian'],
  ])('«%s» → %s', (question, entry) => {
    expect(bestEntry(question)).toBe(entry);
  });

  it.each(['cual es el telefono de la dian', 'la dian atiende por telefono?'])(
    'leaves the DIAN’s own phone line to the channels: «%s»',
    (question) => {
      expect(bestEntry(question)).toBe('canales-oficiales-dian');
    },
  );
});

describe('selling goods as one’s trade', () => {
  it.each([
    'vendo por mercadolibre, tengo que declarar?',
    'vendo ropa por instagram, declaro renta?',
    'vendo empanadas en la calle, tengo que declarar?',
  ])('is a small business, not the sale of an asset: «%s»', (question) => {
    expect(bestEntry(question)).toBe('independientes');
  });

  it.each(['vendo mi carro en 40 millones, pago algo?', 'vendi la casa, como declaro'])(
    'leaves the sale of one’s car or home to its entry: «%s»',
    (question) => {
      expect(bestEntry(question)).toBe('venta-vivienda-vehiculo');
    },
  );
});

import { describe, expect, it } from 'vitest';
import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { hiddenKinds, maskPersonalData, PLACEHOLDERS, privacyNotice } from '../../lib/privacy/personal-data';
import { leaks, WITH_PERSONAL_DATA, WITHOUT_PERSONAL_DATA } from '../fixtures/personal-data-corpus';

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

describe('personal-data guard: corpus', () => {
  it('has enough realistic cases of both kinds', () => {
    expect(WITH_PERSONAL_DATA.length).toBeGreaterThanOrEqual(60);
    expect(WITHOUT_PERSONAL_DATA.length).toBeGreaterThanOrEqual(100);
  });

  it('hides every case with personal data, naming what it hid, and reports the detection rate', () => {
    const missed = WITH_PERSONAL_DATA.filter((testCase) => {
      const masked = maskPersonalData(testCase.text);
      return (
        leaks(masked.text, testCase) !== undefined ||
        !testCase.kinds.every((kind) => masked.hidden.includes(kind))
      );
    });
    const found = WITH_PERSONAL_DATA.length - missed.length;
    console.info(
      `personal data detected: ${found}/${WITH_PERSONAL_DATA.length} (${percent(found, WITH_PERSONAL_DATA.length)})`,
    );
    expect(missed.map((testCase) => [testCase.text, maskPersonalData(testCase.text).text])).toEqual([]);
  });

  it('leaves every tax question without personal data untouched, and reports the false-alarm rate', () => {
    const alarms = WITHOUT_PERSONAL_DATA.filter((text) => maskPersonalData(text).text !== text);
    console.info(
      `false alarms: ${alarms.length}/${WITHOUT_PERSONAL_DATA.length} (${percent(alarms.length, WITHOUT_PERSONAL_DATA.length)})`,
    );
    expect(alarms.map((text) => [text, maskPersonalData(text).text])).toEqual([]);
  });

  it('is idempotent: a masked text has nothing left to hide', () => {
    for (const testCase of WITH_PERSONAL_DATA) {
      const once = maskPersonalData(testCase.text).text;
      expect(maskPersonalData(once)).toEqual({ text: once, hidden: [] });
    }
  });
});

describe('personal-data guard: placeholders', () => {
  it('replaces each kind with its visible Spanish placeholder and keeps the rest of the question', () => {
    expect(maskPersonalData('Mi cédula es 1.020.304.050, ¿tengo que declarar renta?')).toEqual({
      text: 'Mi cédula es [cédula oculta], ¿tengo que declarar renta?',
      hidden: ['cedula'],
    });
    expect(maskPersonalData('mi correo es ana@gmail.com y mi celular 310 555 1234').text).toBe(
      `mi correo es ${PLACEHOLDERS.email} y mi celular ${PLACEHOLDERS.phone}`,
    );
    expect(maskPersonalData('mi clave es Perro2024*').text).toBe('mi clave es [clave oculta]');
    expect(maskPersonalData('el código que me llegó es 123456, ¿qué hago?').text).toBe(
      'el código que me llegó es [clave oculta], ¿qué hago?',
    );
    expect(maskPersonalData('Pagué con 4111 1111 1111 1111 y la cuenta de ahorros 0987654321').text).toBe(
      'Pagué con [tarjeta oculta] y la cuenta de ahorros [cuenta oculta]',
    );
  });

  it('keeps the two digits a deadline needs: before the check digit, and only in a deadline question', () => {
    expect(maskPersonalData('Mi NIT es 900.123.456-7, ¿cuándo vence mi declaración?').text).toBe(
      'Mi NIT es [NIT oculto, terminado en 56], ¿cuándo vence mi declaración?',
    );
    expect(maskPersonalData('cédula 52345678, ¿cuál es mi plazo?').text).toBe(
      'cédula [cédula oculta, terminada en 78], ¿cuál es mi plazo?',
    );
    expect(maskPersonalData('NIT 800197268-4 de mi empresa').text).toBe('NIT [NIT oculto] de mi empresa');
    for (const ending of ['mi NIT termina en 45, ¿cuándo declaro?', 'los dos últimos dígitos son 07']) {
      expect(maskPersonalData(ending).text).toBe(ending);
    }
  });

  it("leaves digits glued to letters alone: an identifier or a hash is nobody's number", () => {
    for (const text of [
      'mi radicado es a842e03acdd724947076-1',
      'la prueba usa hold:cafe3001234567',
      'referencia ABC9001234567',
    ]) {
      expect(maskPersonalData(text).hidden).toEqual([]);
    }
    expect(maskPersonalData('mi NIT es 900.123.456-7').hidden).toEqual(['nit']);
  });

  it('refuses a number that fails the card check: an amount is not a card', () => {
    expect(maskPersonalData('4111 1111 1111 1112').text).toBe('4111 1111 1111 1112');
  });

  it('reads back from placeholders what was hidden, with or without the ending', () => {
    expect(hiddenKinds('NIT [NIT oculto, terminado en 56], correo [correo oculto]')).toEqual([
      'nit',
      'email',
    ]);
    expect(hiddenKinds('¿Cuándo vence si mi NIT termina en 45?')).toEqual([]);
  });

  it('tells the citizen in Spanish what was hidden, why, and what to write instead', () => {
    const notice = privacyNotice(['nit', 'phone', 'secret']);
    expect(notice).toContain('oculté tu NIT completo, tu número de teléfono y tu clave o código');
    expect(notice).toContain('Ley 1581 de 2012');
    expect(notice).toContain('dos últimos dígitos de tu NIT');
    expect(notice).toContain('cámbiala');
    expect(privacyNotice(['email'])).not.toContain('dígitos');
  });
});

describe('offline knowledge base behind the guard', () => {
  it('still declines a question that offered an ID number or a password once they are placeholders', () => {
    for (const question of [
      'Mi cédula es 1.020.304.050, ¿tengo que declarar renta?',
      'mi clave es Perro2024*, ¿me ayudas a declarar?',
      'NIT 800197268-4 de mi empresa unipersonal, ¿declaro como persona natural?',
    ]) {
      expect(answerFromKnowledge(maskPersonalData(question).text).kind).toBe('privacy');
    }
  });
});

describe('personal-data guard: a judgement asked about a password (f1)', () => {
  it('does not hide «normal» in «mi clave de la DIAN…, ¿es normal?» and still hides a real value', () => {
    expect(maskPersonalData('el contador quiere mi clave de la dian, es normal?').hidden).toEqual([]);
    expect(maskPersonalData('mi clave de la dian es normal2024').hidden).toEqual(['secret']);
  });
});

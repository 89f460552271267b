/**
 * The Régimen Simple for a persona natural: whether it can replace their income-tax return, which the
 * wd13–wd16 writers and earlier ones listed as a gap (`formulario-260` names the form only). Checked on
 * 2026-12-07 through a search index of stored public pages: arts. 903–910 were read in third-party copies
 * of the Estatuto Tributario (consultancies, actualícese), so the entry is `confirmed: false` and says so.
 */
import type { KnowledgeEntry } from '../schema';
import { OFFICIAL_SOURCES } from '../../tax/sources';
import type { KnowledgeTopic } from './topic';

const simpleRegimeForIndividuals: KnowledgeEntry = {
  id: 'regimen-simple-persona-natural',
  title: 'Régimen Simple (RST) para personas naturales: quién puede y qué cambia',
  body: [
    'El **Régimen Simple de Tributación (SIMPLE)** es **opcional** y, para quien se acoge, **sustituye el impuesto de renta** (art. 903 del Estatuto Tributario): no declaras en el formulario 210 sino en la **declaración anual consolidada, formulario 260**.',
    '',
    '- **Quién puede:** una persona natural **residente** que tiene un **negocio o ejerce una actividad por su cuenta** (no un empleado: un salario no entra), con ingresos brutos del año anterior **inferiores a 100.000 UVT**, al día con impuestos y seguridad social, con RUT, firma electrónica y factura electrónica (arts. 905 y 906).',
    '- **Cómo y cuándo:** actualizando el **RUT** con la responsabilidad del SIMPLE **hasta el último día hábil de febrero** del año en que quieres tributar así; quien se inscribe en el RUT por primera vez puede elegirlo al inscribirse (art. 909).',
    '- **Pagos:** anticipos **bimestrales** y la declaración anual; con ingresos de hasta **3.500 UVT** solo la declaración y el pago anual (art. 910).',
    '- Integra el ICA y, en restaurantes y bares, el impuesto al consumo.',
    '',
    '**Regla no confirmada en la fuente oficial:** leímos los artículos en copias del Estatuto Tributario publicadas por terceros; verifícalos en el micrositio del Régimen Simple de la DIAN.',
  ].join('\n'),
  questions: [
    '¿Qué es el régimen simple de tributación?',
    'Soy independiente, ¿me puedo pasar al régimen simple?',
    '¿Si estoy en el régimen simple tengo que declarar renta?',
    '¿Hasta cuándo me puedo inscribir en el régimen simple?',
    'Soy empleado, ¿puedo acogerme al régimen simple?',
    '¿Quién puede estar en el RST?',
  ],
  keywords: [
    'régimen simple',
    'RST',
    'SIMPLE',
    'impuesto unificado',
    'pasarme al simple',
    'anticipo bimestral',
  ],
  appliesTo:
    'Personas naturales residentes con negocio o actividad independiente; reglas vigentes en 2026 (arts. 903 a 910)',
  sources: [OFFICIAL_SOURCES.regimenSimple, OFFICIAL_SOURCES.estatuto],
  checkedOn: '2026-12-07',
  confirmed: false,
};

export const SIMPLE_REGIME_TOPIC: KnowledgeTopic = {
  entries: [simpleRegimeForIndividuals],
};

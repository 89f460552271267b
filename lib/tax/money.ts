/**
 * Peso amounts as Colombian documents write them ("$211.792.500"), built by hand so the output never
 * depends on the host's ICU data (a server without full locales would print "$211,792,500").
 */
export function formatPesos(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const [integer = '0', decimals] = Math.abs(amount).toFixed(2).replace(/\.00$/, '').split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}$${grouped}${decimals ? `,${decimals}` : ''}`;
}

/** "4.500" for UVT counts, with a decimal comma when needed ("10,5"). */
export function formatNumber(value: number): string {
  const [integer = '0', decimals] = String(Math.abs(value)).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${decimals ? `,${decimals.slice(0, 4)}` : ''}`;
}

/**
 * Art. 868 ET, inciso 6: a value expressed in UVT, once converted to pesos, is approximated to the
 * nearest 10 (up to $100), 100 (up to $10.000) or 1.000 (above). This is why the 10 UVT minimum
 * penalty of 2025 (10 × $49.799 = $497.990) is published as $498.000, and the 4.500 UVT threshold of
 * 2024 ($211.792.500) as $211.793.000. The band up to $100 is read differently by some (whole pesos);
 * no amount of one UVT or more falls in it.
 */
export function roundUvtConversion(pesos: number): number {
  const step = pesos <= 100 ? 10 : pesos <= 10_000 ? 100 : 1_000;
  return Math.round(pesos / step) * step;
}

/** Art. 577 ET: the values written in a tax return are approximated to the nearest multiple of 1.000. */
export function roundToThousand(pesos: number): number {
  return Math.round(pesos / 1_000) * 1_000;
}

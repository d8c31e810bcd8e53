/**
 * Numbers as Vietnamese documents print them: "." between thousands, "," before decimals
 * ("1.250,5"), by the ICU data Node ships (locale vi-VN). A number prints with as many decimals
 * as it was written with.
 */
const formats = new Map<number, Intl.NumberFormat>();
/** Decimals printed at most: a table of money or counts needs no more, and 1e-21 would print 21 zeros. */
const MAX_DECIMALS = 10;

export function formatNumber(value: number, decimals = decimalsOf(value)): string {
  let format = formats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formats.set(decimals, format);
  }
  // -0 prints as 0.
  return format.format(value === 0 ? 0 : value);
}

/** Decimals of a number as JavaScript writes it shortest (1.25 → 2; 1e-7 → 7), at most 20. */
export function decimalsOf(value: number): number {
  const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.min(MAX_DECIMALS, Math.max(0, fraction - Number(exponent)));
}

/** The sum of numbers, rounded to the most decimals any of them has (0.1 + 0.2 prints "0,3"), and that count. */
export function sumNumbers(values: readonly number[]): { value: number; decimals: number } {
  const decimals = Math.max(0, ...values.map(decimalsOf));
  const scale = 10 ** decimals;
  return { value: Math.round(values.reduce((a, b) => a + b, 0) * scale) / scale, decimals };
}

/** Shows the first and last character only, as PIPL guidance asks for ID numbers in lists. */
export function maskIdNumber(value: string): string {
  if (value.length <= 2) return '*'.repeat(value.length);
  return `${value[0]}${'*'.repeat(value.length - 2)}${value[value.length - 1]}`;
}

/** 138****5678 */
export function maskMobile(value: string): string {
  if (value.length < 7) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

/** Keeps the family name: 张** */
export function maskName(value: string): string {
  const chars = [...value];
  if (chars.length <= 1) return value;
  return `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

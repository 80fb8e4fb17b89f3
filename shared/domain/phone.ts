/**
 * A phone number in E.164 (+46701234567) from what people type: spaces, dashes and brackets go;
 * 00 becomes +; a leading 0 is the shop's country (Sweden by default). Null when it cannot be one.
 */
export function toE164(phone: string, defaultCountry = '46'): string | null {
  let n = phone.replace(/[\s().-]/g, '');
  if (n.startsWith('00')) n = `+${n.slice(2)}`;
  else if (n.startsWith('0')) n = `+${defaultCountry}${n.slice(1)}`;
  else if (!n.startsWith('+')) n = `+${n}`;
  return /^\+[1-9]\d{6,14}$/.test(n) ? n : null;
}

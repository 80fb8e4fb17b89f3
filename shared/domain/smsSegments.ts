// GSM 03.38: the default alphabet, and the extension table whose characters take two septets.
const GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM_EXTENDED = '^{}\\[~]|€\f';
const basic = new Set(GSM_BASIC);
const extended = new Set(GSM_EXTENDED);

export interface SmsSegments {
  encoding: 'GSM-7' | 'UCS-2';
  /** Characters as the network counts them (septets for GSM-7, UTF-16 units for UCS-2). */
  units: number;
  segments: number;
  /** Room left in the last segment. */
  remaining: number;
}

/**
 * How many SMS a text becomes. GSM-7 fits 160 per SMS or 153 per part when split (the rest is the
 * header that joins the parts); one character outside GSM-7 (an emoji, "ł") makes the whole text
 * UCS-2: 70, or 67 per part. Swedish å, ä, ö and é are GSM-7.
 */
export function smsSegments(text: string): SmsSegments {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (basic.has(ch)) septets += 1;
    else if (extended.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  const [units, single, part] = gsm ? [septets, 160, 153] : [text.length, 70, 67];
  const segments = units === 0 ? 1 : units <= single ? 1 : Math.ceil(units / part);
  const capacity = segments === 1 ? single : segments * part;
  return { encoding: gsm ? 'GSM-7' : 'UCS-2', units, segments, remaining: capacity - units };
}

import sanitizeHtml from 'sanitize-html';

export interface SafeHtml {
  html: string;
  /** Remote images left out: not allowed for this sender, or allowed but not fetched. */
  blockedImages: number;
}

/** A CSS value that loads nothing and escapes nothing: no url(), no backslash escapes, no expression(), no @rules. */
const PLAIN_VALUE = /^(?![\s\S]*(?:url|image-set|expression|var|attr)\s*\()(?![\s\S]*[\\@<>])[#%,.()\s\w+-]{0,200}$/i;
/** The inline style properties an e-mail keeps (sanitize-html parses each style attribute with postcss). */
const ALLOWED_STYLES = Object.fromEntries(
  [
    'color', 'background-color', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-align', 'text-decoration', 'text-transform',
    'line-height', 'letter-spacing', 'vertical-align', 'white-space', 'width', 'max-width', 'min-width', 'height', 'max-height',
    'margin', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
    'border', 'border-top', 'border-right', 'border-bottom', 'border-left', 'border-color', 'border-width', 'border-style', 'border-radius',
    'border-collapse', 'border-spacing', 'display', 'list-style-type',
  ].map((p) => [p, [PLAIN_VALUE]]),
);
const IMAGE_DATA = /^data:image\/(png|jpe?g|gif|webp);base64,[a-z0-9+/=\s]*$/i;

/**
 * An e-mail's HTML made safe to show: no scripts, forms, frames, event handlers, <style> sheets or
 * styles that load anything; cid: images replaced by the stored parts as data: URLs; remote images
 * (also protocol-relative ones and ones hidden behind spaces) dropped, unless the services fetched
 * them for a sender the agent allowed (`remote`), and then inlined as data: URLs too, so the
 * window never loads anything from the network. Everything is decided inside the sanitizer's parse: its output is never edited
 * with regexes, which would cut tags apart. The window shows the result in a sandboxed frame with
 * its own CSP as a second wall.
 */
export function safeEmailHtml(
  html: string,
  o: { inline: Map<string, { mimeType: string; data: Buffer }>; remote?: Map<string, { mimeType: string; data: Buffer }> },
): SafeHtml {
  let blocked = 0;
  const out = sanitizeHtml(html, {
    allowedTags: sanitizeHtml.defaults.allowedTags.concat(['img', 'font', 'center', 'span', 'div', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'colgroup', 'col', 'hr']),
    allowedAttributes: {
      '*': ['style', 'align', 'valign', 'width', 'height', 'bgcolor', 'color', 'dir', 'lang', 'title'],
      a: ['href', 'name', 'title', 'target', 'rel'],
      img: ['src', 'alt', 'width', 'height', 'data-blocked'],
      font: ['face', 'size', 'color'],
      td: ['colspan', 'rowspan', 'style', 'align', 'valign', 'width', 'height', 'bgcolor'],
      th: ['colspan', 'rowspan', 'style', 'align', 'valign', 'width', 'height', 'bgcolor'],
      table: ['border', 'cellpadding', 'cellspacing', 'style', 'width', 'align', 'bgcolor'],
    },
    allowedStyles: { '*': ALLOWED_STYLES },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['http', 'https', 'data'] },
    allowProtocolRelative: false,
    // a <style> sheet is dropped with its content: its rules could load from anywhere
    nonTextTags: ['script', 'style', 'noscript', 'textarea', 'title', 'head', 'iframe', 'object', 'embed'],
    transformTags: {
      img: (tag, attribs) => {
        const src = (attribs.src ?? '').trim();
        const keep = { alt: attribs.alt ?? '', ...(attribs.width ? { width: attribs.width } : {}), ...(attribs.height ? { height: attribs.height } : {}) };
        if (/^cid:/i.test(src)) {
          const part = o.inline.get(src.slice(4).replace(/^<|>$/g, ''));
          if (part && /^image\//.test(part.mimeType)) return { tagName: 'img', attribs: { ...keep, src: `data:${part.mimeType};base64,${part.data.toString('base64')}` } };
          return { tagName: 'img', attribs: keep };
        }
        if (/^data:/i.test(src)) return { tagName: 'img', attribs: IMAGE_DATA.test(src) ? { ...keep, src } : keep };
        if (/^(https?:)?\/\//i.test(src)) {
          const fetched = o.remote?.get(src);
          if (fetched && /^image\/(png|jpeg|gif|webp)$/.test(fetched.mimeType)) return { tagName: 'img', attribs: { ...keep, src: `data:${fetched.mimeType};base64,${fetched.data.toString('base64')}` } };
          blocked++;
          return { tagName: 'img', attribs: { ...keep, 'data-blocked': '1' } };
        }
        return { tagName: 'img', attribs: keep };
      },
      a: (tag, attribs) => ({ tagName: tag, attribs: { ...attribs, ...(attribs.href ? { href: attribs.href.trim() } : {}), target: '_blank', rel: 'noopener noreferrer' } }),
    },
  });
  return { html: out, blockedImages: blocked };
}

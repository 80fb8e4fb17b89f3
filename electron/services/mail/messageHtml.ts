import sanitizeHtml from 'sanitize-html';

export interface SafeHtml {
  html: string;
  /** Remote images left out (or kept, when the agent allowed this sender). */
  blockedImages: number;
}

/**
 * An e-mail's HTML made safe to show: no scripts, forms, frames, event handlers or styles that
 * load anything; cid: images replaced by the stored parts as data: URLs; remote images dropped
 * unless the agent allowed them for this sender. The window shows the result in a sandboxed frame
 * with its own CSP as a second wall.
 */
export function safeEmailHtml(html: string, o: { inline: Map<string, { mimeType: string; data: Buffer }>; allowRemote: boolean }): SafeHtml {
  let blocked = 0;
  const out = sanitizeHtml(html, {
    allowedTags: sanitizeHtml.defaults.allowedTags.concat(['img', 'font', 'center', 'span', 'div', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'colgroup', 'col', 'hr', 'style']),
    allowedAttributes: {
      '*': ['style', 'align', 'valign', 'width', 'height', 'bgcolor', 'color', 'dir', 'lang', 'title'],
      a: ['href', 'name', 'title'],
      img: ['src', 'alt', 'width', 'height'],
      font: ['face', 'size', 'color'],
      td: ['colspan', 'rowspan', 'style', 'align', 'valign', 'width', 'height', 'bgcolor'],
      th: ['colspan', 'rowspan', 'style', 'align', 'valign', 'width', 'height', 'bgcolor'],
      table: ['border', 'cellpadding', 'cellspacing', 'style', 'width', 'align', 'bgcolor'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel', 'data', 'cid'],
    allowedSchemesByTag: { img: ['http', 'https', 'data', 'cid'] },
    allowVulnerableTags: true, // <style> is kept; url() in it is removed below and the frame's CSP blocks the rest
    nonTextTags: ['script', 'noscript', 'textarea', 'title', 'head', 'iframe', 'object', 'embed'],
    transformTags: {
      img: (tag, attribs) => {
        const src = attribs.src ?? '';
        if (/^cid:/i.test(src)) {
          const part = o.inline.get(src.slice(4).replace(/^<|>$/g, ''));
          if (part) return { tagName: 'img', attribs: { ...attribs, src: `data:${part.mimeType};base64,${part.data.toString('base64')}` } };
          return { tagName: 'img', attribs: { alt: attribs.alt ?? '' } };
        }
        if (/^https?:/i.test(src) && !o.allowRemote) {
          blocked++;
          return { tagName: 'img', attribs: { alt: attribs.alt ?? '', 'data-blocked': '1', width: attribs.width ?? '', height: attribs.height ?? '' } };
        }
        return { tagName: tag, attribs };
      },
      a: (tag, attribs) => ({ tagName: tag, attribs: { ...attribs, target: '_blank', rel: 'noopener noreferrer' } }),
    },
  });
  // remote resources in styles (background images, fonts, @import) count as remote images
  const styled = out.replace(/url\(\s*(['"]?)(https?:[^)'"]*)\1\s*\)|@import[^;]+;/gi, (m) => {
    if (o.allowRemote && !m.startsWith('@import')) return m;
    blocked++;
    return m.startsWith('@import') ? '' : 'none';
  });
  return { html: styled, blockedImages: blocked };
}

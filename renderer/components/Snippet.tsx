/** A search snippet: matches arrive wrapped in \u0002…\u0003 and become <mark>, never HTML. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\u0002[^\u0003]*\u0003)/g).filter(Boolean);
  return (
    <span className="snippet">
      {parts.map((p, i) =>
        p.startsWith('\u0002') ? <mark key={i}>{p.slice(1, -1)}</mark> : <span key={i}>{p.replace(/[\u0002\u0003]/g, '')}</span>,
      )}
    </span>
  );
}

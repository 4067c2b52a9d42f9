// Building DOM from code. Strings always become text nodes (never HTML), so text that comes from
// articles can be shown verbatim, whatever it contains.

/**
 * Creates an element. props: {className, text, attrs: {name: value}, on: {event: handler}, ...any
 * other element property}; children: nodes, strings (as text), arrays of these, or null/false.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null) continue;
    if (key === 'text') el.textContent = String(value);
    else if (key === 'attrs') for (const [a, v] of Object.entries(value)) { if (v !== null && v !== undefined && v !== false) el.setAttribute(a, String(v)); }
    else if (key === 'on') for (const [ev, fn] of Object.entries(value)) el.addEventListener(ev, fn);
    else el[key] = value;
  }
  append(el, children);
  return el;
}

/** Appends children (nodes, strings as text, nested arrays) to an element. */
export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** A link only for http(s) URLs; anything else is shown as text. */
export function safeLink(url, label) {
  if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
    return h('a', { href: url, text: label || url, attrs: { target: '_blank', rel: 'noopener noreferrer' } });
  }
  return h('span', { text: label || url || '' });
}

/**
 * The text with the ranges [start, end) wrapped in <mark> (as text nodes, never HTML). Ranges must
 * lie within the text; overlapping ranges are skipped.
 */
export function highlighted(text, ranges, markProps = () => ({})) {
  const span = document.createElement('span');
  let at = 0;
  const sorted = [...ranges].filter((r) => r.start >= 0 && r.end <= text.length && r.start < r.end)
    .sort((a, b) => a.start - b.start);
  for (const r of sorted) {
    if (r.start < at) continue;
    if (r.start > at) span.append(document.createTextNode(text.slice(at, r.start)));
    span.append(h('mark', markProps(r), text.slice(r.start, r.end)));
    at = r.end;
  }
  if (at < text.length) span.append(document.createTextNode(text.slice(at)));
  return span;
}

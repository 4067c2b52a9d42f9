// Small SVG icons for buttons (drawn, so they do not depend on the fonts of the reader's system).

const PATHS = {
  play: 'M5 3 L14 8 L5 13 Z',
  pause: 'M4 3 H7 V13 H4 Z M9 3 H12 V13 H9 Z',
  previous: 'M3 3 H5 V13 H3 Z M13 3 L6 8 L13 13 Z',
  next: 'M11 3 H13 V13 H11 Z M3 3 L10 8 L3 13 Z',
};

/** An aria-hidden 16x16 SVG icon ('play', 'pause', 'previous', 'next'). */
export function icon(name) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', PATHS[name]);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

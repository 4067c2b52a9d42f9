import { h, highlighted, safeLink } from '../../src/controls/h.js';

describe('h', () => {
  it('inserts strings as text, never as markup', () => {
    const el = h('p', {}, '<img src=x onerror=alert(1)>');
    expect(el.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(el.querySelector('img')).toBeNull();
  });

  it('marks the given ranges of a sentence and keeps the rest as text', () => {
    const span = highlighted('<b>Alpha</b> fell to Bravo', [{ start: 21, end: 26 }, { start: 3, end: 8 }]);
    expect([...span.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Alpha', 'Bravo']);
    expect(span.textContent).toBe('<b>Alpha</b> fell to Bravo');
    expect(span.querySelector('b')).toBeNull();
  });

  it('skips ranges outside the text', () => {
    expect(highlighted('short', [{ start: 2, end: 50 }]).querySelectorAll('mark').length).toBe(0);
  });

  it('links only http and https addresses', () => {
    expect(safeLink('javascript:alert(1)', 'x').tagName).toBe('SPAN');
    expect(safeLink('https://example.org/a', 'x').getAttribute('rel')).toContain('noopener');
  });
});

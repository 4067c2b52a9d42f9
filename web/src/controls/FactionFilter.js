import { h } from './h.js';

/**
 * Faction checkboxes grouped by alignment, each with its colour swatch, name, a count (places held
 * on the shown day and events in the loaded range) and an "only" button. Dispatches 'change'
 * ({detail: {selected}}) where selected is a Set of faction ids, or null for all.
 *
 * Options (defaults in brackets): title ['Factions'].
 */
export class FactionFilter extends EventTarget {
  constructor(container, palette, options = {}) {
    super();
    this._palette = palette;
    this._container = container;
    this._rows = new Map();
    this._selected = null;
    this._list = h('div', { className: 'cm-factions' });
    container.append(
      h('div', { className: 'cm-section-head' },
        h('h2', { text: options.title ?? 'Factions', attrs: { id: 'cm-factions-title' } }),
        h('button', { type: 'button', className: 'cm-link-button', text: 'Show all',
          on: { click: () => this.setSelected(null, true) } })),
      this._list);
    this._list.setAttribute('role', 'group');
    this._list.setAttribute('aria-labelledby', 'cm-factions-title');
  }

  /** The selected faction ids, or null for all. */
  get selected() { return this._selected; }

  /** Makes sure every id has a row (new factions appear as they are met in the data). */
  include(ids) {
    let added = false;
    for (const id of ids) {
      if (!this._rows.has(String(id))) {
        this._palette.get(id);
        this._rows.set(String(id), null);
        added = true;
      }
    }
    if (added) this._render();
  }

  /** Selects the given ids (null: all); notify = dispatch 'change'. */
  setSelected(ids, notify = false) {
    this._selected = ids ? new Set([...ids].map(String)) : null;
    for (const [id, row] of this._rows) {
      if (row) row.checkbox.checked = !this._selected || this._selected.has(id);
    }
    if (notify) this.dispatchEvent(new CustomEvent('change', { detail: { selected: this._selected } }));
  }

  /** Updates the counts: held = Map id -> places, events = Map id -> events. */
  setCounts(held, events) {
    for (const [id, row] of this._rows) {
      if (!row) continue;
      const text = (held.get(id) || 0) + ' places · ' + (events.get(id) || 0) + ' events';
      if (row.count.textContent !== text) row.count.textContent = text;
    }
  }

  _render() {
    const groups = new Map();
    for (const id of this._rows.keys()) {
      const f = this._palette.get(id);
      if (!groups.has(f.group)) groups.set(f.group, []);
      groups.get(f.group).push(f);
    }
    this._list.replaceChildren();
    const names = [...groups.keys()].sort((a, b) => (a === this._palette.unknownGroup) - (b === this._palette.unknownGroup) || a.localeCompare(b));
    for (const group of names) {
      const factions = groups.get(group).sort((a, b) => a.name.localeCompare(b.name));
      const fieldset = h('fieldset', { className: 'cm-faction-group' }, h('legend', { text: group }));
      for (const f of factions) {
        const checkbox = h('input', { type: 'checkbox', checked: !this._selected || this._selected.has(f.id),
          attrs: { 'data-faction': f.id },
          on: { change: () => this._toggle(f.id, checkbox.checked) } });
        const count = h('span', { className: 'cm-count' });
        const row = h('div', { className: 'cm-faction' },
          h('label', {},
            checkbox,
            h('span', { className: 'cm-swatch', style: 'background:' + f.colour, attrs: { 'aria-hidden': 'true' } }),
            h('span', { className: 'cm-faction-name', text: f.name }),
            count),
          h('button', { type: 'button', className: 'cm-only', text: 'only',
            attrs: { 'aria-label': 'Show only ' + f.name, 'data-only': f.id },
            on: { click: () => this.setSelected([f.id], true) } }));
        this._rows.set(f.id, { checkbox, count });
        fieldset.append(row);
      }
      this._list.append(fieldset);
    }
  }

  _toggle(id, on) {
    const all = [...this._rows.keys()];
    const selected = new Set(this._selected ?? all);
    if (on) selected.add(id); else selected.delete(id);
    this.setSelected(selected.size === all.length ? null : selected, true);
  }
}

/**
 * Faction names, colours and alignment groups. Factions listed by the service keep their colour;
 * any other faction seen in the data gets a deterministic colour from its id, so it is the same on
 * every load and in every embed.
 *
 * Options (defaults in brackets):
 *  - factions: [{id, name, colour|color, group}] [[]]
 *  - unknownGroup: group label for factions the service does not list ['Other']
 */
export class FactionPalette {
  constructor(options = {}) {
    this._byId = new Map();
    /** Changes when a colour may have changed (layers redraw then). */
    this.version = 0;
    this.unknownGroup = options.unknownGroup ?? 'Other';
    for (const f of options.factions ?? []) this.add(f);
  }

  add(f) {
    if (!f || f.id === undefined || f.id === null) return;
    const id = String(f.id);
    const colour = f.colour ?? f.color;
    this.version++;
    this._byId.set(id, {
      id,
      name: f.name ? String(f.name) : id,
      colour: FactionPalette.validColour(colour) ? colour : FactionPalette.colourFor(id),
      group: f.group ?? f.alignment ?? this.unknownGroup,
      listed: true,
    });
  }

  /** The faction's entry, created for unknown ids. */
  get(id) {
    const key = String(id);
    let entry = this._byId.get(key);
    if (!entry) {
      entry = { id: key, name: key, colour: FactionPalette.colourFor(key), group: this.unknownGroup, listed: false };
      this._byId.set(key, entry);
    }
    return entry;
  }

  colour(id) { return this.get(id).colour; }

  name(id) { return this.get(id).name; }

  /** All known factions. */
  all() { return [...this._byId.values()]; }

  /** A stable, readable colour from a string (FNV-1a hash to one of 48 hue/lightness steps). */
  static colourFor(id) {
    let h = 2166136261;
    for (let i = 0; i < id.length; i++) {
      h ^= id.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    // 24 hues 15 degrees apart and two lightnesses: 48 colours that can be told apart.
    const n = h >>> 0;
    const hue = (n % 24) * 15;
    const light = (n >>> 8) % 2 === 0 ? 38 : 52;
    return 'hsl(' + hue + ', 70%, ' + light + '%)';
  }

  static validColour(c) {
    return typeof c === 'string' && /^(#[0-9a-fA-F]{3,8}|(rgb|hsl)a?\([0-9.,%\s]+\))$/.test(c);
  }
}

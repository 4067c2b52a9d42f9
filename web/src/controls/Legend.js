import { h } from './h.js';
import { EventLayer } from '../map/EventLayer.js';

/**
 * What the symbols mean: territory, contested hatching, control points, event shapes by type,
 * uncertain dates, recent events, movement arrows (stated and inferred). Drawn with the layers' own
 * drawing code, so the legend cannot drift from the map.
 *
 * Options (defaults in brackets): colour of the sample symbols ['#55606e'].
 */
export class Legend {
  constructor(container, options = {}) {
    const colour = options.colour ?? '#55606e';
    const item = (label, paint) => {
      const c = h('canvas', { width: 28, height: 20, attrs: { 'aria-hidden': 'true' } });
      paint(c.getContext('2d'));
      return h('li', {}, c, h('span', { text: label }));
    };
    const shape = (type, uncertain = false) => (ctx) => {
      EventLayer.shape(ctx, type, 14, 10, 6);
      if (uncertain) {
        ctx.setLineDash([2, 2]); ctx.lineWidth = 2; ctx.strokeStyle = colour; ctx.stroke();
      } else {
        ctx.fillStyle = colour; ctx.fill(); ctx.strokeStyle = '#111'; ctx.stroke();
      }
    };
    container.append(
      h('h2', { text: 'Legend' }),
      h('ul', { className: 'cm-legend' },
        item('territory (faction colour)', (ctx) => { ctx.globalAlpha = 0.35; ctx.fillStyle = colour; ctx.fillRect(2, 3, 24, 14); ctx.globalAlpha = 1; ctx.strokeStyle = colour; ctx.strokeRect(2, 3, 24, 14); }),
        item('contested territory', (ctx) => { ctx.strokeStyle = colour; ctx.strokeRect(2, 3, 24, 14); ctx.beginPath(); for (let x = -10; x < 30; x += 5) { ctx.moveTo(x, 17); ctx.lineTo(x + 14, 3); } ctx.save(); ctx.rect(2, 3, 24, 14); ctx.clip(); ctx.stroke(); ctx.restore(); }),
        item('town held by a faction', (ctx) => { ctx.beginPath(); ctx.arc(14, 10, 5, 0, 7); ctx.fillStyle = colour; ctx.fill(); ctx.strokeStyle = '#fff'; ctx.stroke(); }),
        item('contested town', (ctx) => { ctx.beginPath(); ctx.arc(14, 10, 5, 0, 7); ctx.fillStyle = colour; ctx.fill(); ctx.beginPath(); ctx.setLineDash([3, 2]); ctx.arc(14, 10, 8, 0, 7); ctx.strokeStyle = '#1a1a1a'; ctx.stroke(); }),
        item('capture', shape('capture')),
        item('withdrawal', shape('withdrawal')),
        item('attack', shape('attack')),
        item('advance or deployment', shape('advance')),
        item('date known only to the week/month/year', shape('capture', true)),
        item('in the last 3 days', (ctx) => { shape('capture')(ctx); ctx.beginPath(); ctx.setLineDash([]); ctx.arc(14, 10, 9, 0, 7); ctx.lineWidth = 2; ctx.strokeStyle = 'rgba(255,200,0,0.9)'; ctx.stroke(); }),
        item('movement, origin stated', (ctx) => arrow(ctx, colour, false)),
        item('movement, origin inferred', (ctx) => arrow(ctx, colour, true)),
        h('li', { className: 'cm-legend-note', text: 'Events and movements fade with age (30 and 60 days).' })));
  }
}

function arrow(ctx, colour, dashed) {
  ctx.strokeStyle = colour; ctx.fillStyle = colour; ctx.lineWidth = 2;
  ctx.setLineDash(dashed ? [4, 3] : []);
  ctx.beginPath(); ctx.moveTo(2, 10); ctx.lineTo(20, 10); ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath(); ctx.moveTo(26, 10); ctx.lineTo(18, 5); ctx.lineTo(18, 15); ctx.closePath(); ctx.fill();
}

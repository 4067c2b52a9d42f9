// Entry point of the map page: a Leaflet map centred on the first theatre's region.
const map = L.map('map', { worldCopyJump: true }).setView([34.5, 42.0], 6);
L.control.scale().addTo(map);

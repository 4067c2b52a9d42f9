// Entry point of the map page (index.html).
import { MapPage } from './MapPage.js';

new MapPage().start();

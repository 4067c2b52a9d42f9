/**
 * Commands run from the executable jar without the web server: extraction over a corpus,
 * benchmarks and data generators. Each builds the pipeline pieces it needs directly.
 */
package org.conflictmap.batch;

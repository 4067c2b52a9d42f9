/**
 * Application-wide plumbing: configuration properties, the clock, bearer-token security and the
 * translation of errors into RFC 9457 problem responses.
 */
package org.conflictmap.system;

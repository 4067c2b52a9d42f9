package org.conflictmap.system;

/**
 * A request body went past {@code conflictmap.max-request-bytes} while being read. Unchecked, so it
 * passes through the JSON reader unchanged; rendered as a 413 problem naming {@code body}.
 */
public class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
    }
}

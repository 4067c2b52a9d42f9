package org.conflictmap.system;

/** The addressed resource does not exist: rendered as a 404 problem. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}

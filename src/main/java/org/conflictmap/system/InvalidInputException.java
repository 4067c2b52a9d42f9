package org.conflictmap.system;

import org.springframework.http.HttpStatus;

/**
 * Bad input from a client, naming the field or parameter at fault. Rendered as an RFC 9457
 * problem with the status given (400 unless said otherwise) and a {@code field} member.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final HttpStatus status;

    public InvalidInputException(String field, String detail) {
        this(field, detail, HttpStatus.BAD_REQUEST);
    }

    public InvalidInputException(String field, String detail, HttpStatus status) {
        super(detail);
        this.field = field;
        this.status = status;
    }

    public String field() {
        return field;
    }

    public HttpStatus status() {
        return status;
    }
}

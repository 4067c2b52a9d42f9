package org.conflictmap.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers what the servlet container forwards to {@code /error} as RFC 9457
 * {@code application/problem+json}, like every other refusal of the service: requests Spring
 * Security's firewall rejects (a {@code ;} or an encoded {@code .}, {@code %} or {@code \} in the
 * path, an unknown method), paths the container protects ({@code /WEB-INF/}), failures no handler
 * caught. The body names only the status, never the request. A direct request for {@code /error},
 * which carries no error, is answered 404. Replaces Spring Boot's {@code BasicErrorController}.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.NOT_FOUND;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request was refused: its method, path or parameters are malformed or not allowed.";
            case NOT_FOUND -> "There is nothing at this path.";
            case INTERNAL_SERVER_ERROR -> "The server failed to handle this request.";
            default -> status.getReasonPhrase() + ".";
        };
    }
}

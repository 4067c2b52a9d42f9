package org.conflictmap.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of a bad-input case table ({@code fixtures/system/bad-input-cases.txt}): a request and the
 * answer it must get. Rows are {@code expect | method | target | headers | body | why}; {@code -} is an
 * empty field, headers are separated by {@code ;;}. In target, headers and body, {@code \xHH} is a raw
 * byte, {@code \\uHHHH} a character (sent as UTF-8), {@code \n \r \t \\ \|} the usual, {@code {token}}
 * the admin token and {@code {repeat N text}} the text N times. {@code expect} is a status, optionally
 * followed by {@code plain} (no problem body required: Actuator writes some refusals itself),
 * {@code escaped} (a 200 HTML page showing the stored markup escaped) or {@code clean} (a 200 HTML
 * page with no raw markup at all).
 */
record BadInputCase(int line, int status, String check, String method, String target, List<String> headers,
                    byte[] body, String why) {

    static List<BadInputCase> load(String resource, String token) {
        List<BadInputCase> cases = new ArrayList<>();
        try (InputStream in = BadInputCase.class.getClassLoader().getResourceAsStream(resource)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String row = lines.get(i).strip();
                if (!row.isEmpty() && !row.startsWith("#")) {
                    cases.add(parse(i + 1, row, token));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static BadInputCase parse(int line, String row, String token) {
        String[] f = row.split("\\s+\\|\\s+", -1);
        if (f.length != 6) {
            throw new IllegalArgumentException("line " + line + ": expected 6 fields, found " + f.length + ": " + row);
        }
        String[] expect = f[0].strip().split("\\s+");
        List<String> headers = new ArrayList<>();
        if (!f[3].equals("-")) {
            for (String header : f[3].split("\\s*;;\\s*")) {
                headers.add(new String(bytes(header, token), StandardCharsets.ISO_8859_1));
            }
        }
        return new BadInputCase(line, Integer.parseInt(expect[0]), expect.length > 1 ? expect[1] : "",
                f[1], new String(bytes(f[2], token), StandardCharsets.ISO_8859_1), headers,
                f[4].equals("-") ? new byte[0] : bytes(f[4], token), f[5]);
    }

    /** The request as sent: request line, Host, Connection: close, the headers, a length, the body. */
    byte[] request(int port) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean chunked = headers.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:"));
        boolean sized = headers.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("content-length:"));
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\nConnection: close\r\n");
        headers.forEach(h -> head.append(h).append("\r\n"));
        if (!chunked && !sized && (body.length > 0 || method.equals("POST") || method.equals("PUT"))) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        out.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        if (chunked) {
            for (int at = 0; at < body.length; at += 4096) {
                int n = Math.min(4096, body.length - at);
                out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, at, n);
                out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } else {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        String shown = target.length() > 70 ? target.substring(0, 70) + "..." : target;
        return "line " + line + ": " + method + " " + shown.replaceAll("\\p{Cntrl}", "?") + " -> " + status
                + " (" + why + ")";
    }

    /** Decodes the escapes and macros of a field into the bytes to send. */
    static byte[] bytes(String field, String token) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < field.length()) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char e = field.charAt(i + 1);
                switch (e) {
                    case 'x' -> {
                        out.write(Integer.parseInt(field.substring(i + 2, i + 4), 16));
                        i += 4;
                    }
                    case 'u' -> {
                        out.writeBytes(String.valueOf((char) Integer.parseInt(field.substring(i + 2, i + 6), 16))
                                .getBytes(StandardCharsets.UTF_8));
                        i += 6;
                    }
                    case 'n', 'r', 't' -> {
                        out.write(e == 'n' ? '\n' : e == 'r' ? '\r' : '\t');
                        i += 2;
                    }
                    default -> {
                        out.write(e);
                        i += 2;
                    }
                }
            } else if (field.startsWith("{token}", i)) {
                out.writeBytes(token.getBytes(StandardCharsets.US_ASCII));
                i += "{token}".length();
            } else if (field.startsWith("{repeat ", i)) {
                int close = field.indexOf('}', i);
                String[] macro = field.substring(i + "{repeat ".length(), close).split(" ", 2);
                byte[] unit = bytes(macro[1], token);
                for (int n = Integer.parseInt(macro[0]); n > 0; n--) {
                    out.writeBytes(unit);
                }
                i = close + 1;
            } else {
                int cp = field.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return out.toByteArray();
    }
}

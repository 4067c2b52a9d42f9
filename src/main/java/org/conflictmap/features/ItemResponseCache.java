package org.conflictmap.features;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.conflictmap.persistence.StoreChanged;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;

/**
 * Rendered items responses of the collections that ask for it ({@link
 * CollectionSource#cachedResponses()}: the day slices {@code control} and {@code territory}, and
 * {@code events}), kept as bytes, plain and gzip-compressed, keyed by the request URL (path and
 * parameters, which fix the day, factions, {@code known_at} and page, and the links inside the
 * body), the representation, today's date (a slice without {@code datetime} is today's) and the
 * {@link StoreVersion}. A repeated request costs a map lookup: no query, no JSON writing, no compression. Responses carry a strong
 * {@code ETag} (SHA-256 of the plain body; the gzip variant's tag ends in {@value #GZIP_SUFFIX}, as
 * RFC 9110 asks of a different content coding), {@code Last-Modified}, {@code Cache-Control} and
 * {@code Vary: Accept, Accept-Encoding}; {@code If-None-Match} with either tag, or
 * {@code If-Modified-Since}, gets a 304. At most {@code conflictmap.features.response-cache-mb} MiB
 * are kept, least recently used out; everything is dropped on {@link StoreChanged}. Large bodies are
 * also kept as files ({@link BodyFiles}) that Tomcat sends with sendfile. Thread-safe.
 */
@Component
class ItemResponseCache {

    static final String GZIP_SUFFIX = "-gzip";
    // Tomcat's request attributes for sending a file with sendfile (as its DefaultServlet does)
    private static final String SENDFILE_SUPPORT = "org.apache.tomcat.sendfile.support";
    private static final String SENDFILE_FILENAME = "org.apache.tomcat.sendfile.filename";
    private static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";
    private static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";
    /** Bodies shorter than this travel plain: gzip would save less than its own cost. */
    private static final int GZIP_FROM_BYTES = 860;

    private record Key(String version, LocalDate today, Representation representation, String url) {
    }

    /** A rendered response; the files hold the same bytes (null when the body is small or unwritten). */
    private record Entry(byte[] plain, byte[] gzip, String etag, MediaType type, Path plainFile, Path gzipFile,
                         AtomicReferenceArray<List<String[]>> replay) {

        int weight() {
            return plain.length + (gzip == null ? 0 : gzip.length) + 256;
        }
    }

    private final Cache<Key, Entry> entries;
    private final StoreVersion version;
    private final FeedResponses responses;
    private final Clock clock;
    private final BodyFiles files;

    ItemResponseCache(FeaturesProperties properties, StoreVersion version, FeedResponses responses, Clock clock,
                      BodyFiles files) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(Math.max(0, properties.responseCacheMb()) * 1024L * 1024L)
                .weigher((Key key, Entry entry) -> entry.weight() + 2 * key.url().length())
                .removalListener((Key key, Entry entry, RemovalCause cause) -> {
                    if (entry != null) {
                        files.release(entry.plainFile());
                        files.release(entry.gzipFile());
                    }
                })
                .build();
        this.version = version;
        this.responses = responses;
        this.clock = clock;
        this.files = files;
    }

    // after the writer's commit (or at once when published outside a transaction): a cache refilled
    // before the commit would keep the old state under the new version
    @TransactionalEventListener(fallbackExecution = true)
    void storeChanged(StoreChanged event) {
        entries.invalidateAll();
    }

    /**
     * Writes the response to {@code request}: from the cache, or rendered by {@code render} and kept.
     * The cached bytes go straight to the servlet response with their {@code Content-Length}; on Tomcat,
     * a body of at least {@link BodyFiles#SENDFILE_FROM_BYTES} is sent from its file with sendfile
     * (zero-copy, by the connector, the way a static file server sends it). Errors thrown by
     * {@code render} reach the caller and nothing is kept.
     */
    void respond(HttpServletRequest request, HttpServletResponse response, Representation representation,
                 Supplier<FeedResponses.Body> render) throws IOException {
        Key key = new Key(version.current(), LocalDate.now(clock), representation, url(request));
        Entry entry = entries.get(key, k -> entry(render.get()));
        boolean gzip = entry.gzip() != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String etag = gzip ? entry.etag().substring(0, entry.etag().length() - 1) + GZIP_SUFFIX + "\"" : entry.etag();
        HttpHeaders headers = responses.headers(etag, version.lastModified());
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_ENCODING);
        boolean notModified = FeedResponses.notModified(request, etag, version.lastModified());
        if (!notModified) {
            headers.setContentType(entry.type());
            if (gzip) {
                headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
        }
        // as Spring MVC writes a ResponseEntity, these replace what filters set, except that Vary adds to
        // the filters' (CORS) Vary; written as one line, as every header the shortcut repeats costs
        headers.forEach((name, values) -> {
            if (!HttpHeaders.VARY.equalsIgnoreCase(name)) {
                response.setHeader(name, values.get(0));
            }
        });
        List<String> vary = new ArrayList<>(response.getHeaders(HttpHeaders.VARY));
        vary.addAll(headers.getOrEmpty(HttpHeaders.VARY));
        response.setHeader(HttpHeaders.VARY, String.join(", ", vary));
        if (notModified) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return;
        }
        if (CachedResponseShortcut.replayable(request)) {
            // every header the whole chain (security, CORS, this method) set, for the shortcut to repeat
            List<String[]> written = new ArrayList<>();
            Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (String name : response.getHeaderNames()) {
                if (!names.add(name)) {
                    continue; // Tomcat names a header once per value
                }
                if (!name.equalsIgnoreCase(HttpHeaders.DATE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                        && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                    response.getHeaders(name).forEach(value -> written.add(new String[] {name, value}));
                }
            }
            entry.replay().set(gzip ? 1 : 0, written);
        }
        send(request, response, entry, gzip);
    }

    /**
     * Repeats a cached response to a request the {@link CachedResponseShortcut} may answer: the same headers
     * the full handling wrote for this URL and encoding, then the body. Returns false (and writes
     * nothing) unless such a response is cached.
     */
    boolean replay(HttpServletRequest request, HttpServletResponse response, Representation representation)
            throws IOException {
        Entry entry = entries.getIfPresent(new Key(version.current(), LocalDate.now(clock), representation,
                url(request)));
        if (entry == null) {
            return false;
        }
        boolean gzip = entry.gzip() != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        List<String[]> headers = entry.replay().get(gzip ? 1 : 0);
        if (headers == null) {
            return false;
        }
        for (String[] header : headers) {
            response.addHeader(header[0], header[1]);
        }
        response.setContentType(entry.type().toString());
        send(request, response, entry, gzip);
        return true;
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, Entry entry, boolean gzip)
            throws IOException {
        byte[] body = gzip ? entry.gzip() : entry.plain();
        Path file = gzip ? entry.gzipFile() : entry.plainFile();
        response.setContentLength(body.length);
        if (HttpMethod.HEAD.matches(request.getMethod())) {
            return;
        }
        if (file != null && Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORT))) {
            request.setAttribute(SENDFILE_FILENAME, file.toString());
            request.setAttribute(SENDFILE_START, 0L);
            request.setAttribute(SENDFILE_END, (long) body.length);
            return;
        }
        response.getOutputStream().write(body);
    }

    /** The request URL with every parameter in order, as the body's links are written from them. */
    private static String url(HttpServletRequest request) {
        StringBuilder url = new StringBuilder(request.getRequestURL());
        char separator = '?';
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            for (String value : p.getValue()) {
                url.append(separator).append(URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }

    private Entry entry(FeedResponses.Body body) {
        byte[] plain = body.bytes();
        byte[] gzip = plain.length >= GZIP_FROM_BYTES ? gzip(plain) : null;
        return new Entry(plain, gzip, "\"" + FeedResponses.sha256(plain) + "\"", body.type(), files.keep(plain),
                gzip == null ? null : files.keep(gzip), new AtomicReferenceArray<>(2));
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 65536)) {
            zip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Whether {@code Accept-Encoding} lists gzip (or {@code *}) without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
                boolean refused = false;
                for (int i = 1; i < pieces.length; i++) {
                    String p = pieces[i].strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
                    refused |= p.matches("q=0(\\.0*)?");
                }
                if (!refused) {
                    return true;
                }
            }
        }
        return false;
    }
}

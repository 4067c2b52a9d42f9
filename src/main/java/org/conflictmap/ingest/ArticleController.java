package org.conflictmap.ingest;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.conflictmap.system.InvalidInputException;
import org.conflictmap.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code /api/articles}: submit articles (bearer token) and read their metadata and status (public). */
@RestController
@RequestMapping("/api/articles")
class ArticleController {

    static final int MAX_PAGE = 500;
    private static final Pattern ASCII_DIGITS = Pattern.compile("[0-9]{1,19}");

    private final ArticleIntake intake;
    private final ArticleCompletion completion;
    private final Duration maxWait;
    private final ArticleSubmissionReader reader;
    private final ArticleRepository articles;
    private final List<ArticleDetailPart> parts;
    private final ObjectMapper json;

    ArticleController(ArticleIntake intake, ArticleCompletion completion, QueueProperties queue,
                      ArticleSubmissionReader reader, ArticleRepository articles,
                      List<ArticleDetailPart> parts, ObjectMapper json) {
        this.intake = intake;
        this.completion = completion;
        this.maxWait = queue.maxWait();
        this.reader = reader;
        this.articles = articles;
        this.parts = List.copyOf(parts);
        this.json = json;
    }

    /**
     * Stores and queues an article: 202 with the article {@code queued}; 201 when the client asked
     * to wait ({@code ?wait=true}, {@code Prefer: wait=N}) and processing finished in time; 200
     * with the stored article when it was submitted before.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleView> submit(@RequestBody byte[] body,
                                       @RequestParam(name = "wait", required = false) String waitParameter,
                                       @RequestHeader(name = "Prefer", required = false) String prefer) {
        ProcessingWait wait = ProcessingWait.of(waitParameter, prefer, maxWait);
        IntakeResult result = intake.submit(reader.read(body));
        Article article = result.article();
        if (result.created() && wait.waits()) {
            article = completion.await(article.id(), wait.duration()).orElse(article);
        }
        URI location = URI.create("/api/articles/" + article.id());
        HttpStatus status = !result.created() ? HttpStatus.OK
                : ArticleCompletion.isFinished(article.status()) ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
        var response = ResponseEntity.status(status).location(location);
        if (wait.preferred()) {
            response.header("Preference-Applied", "wait=" + wait.duration().toSeconds());
        }
        return response.body(ArticleView.metadata(article));
    }

    /** Metadata and status, with what the pipeline read from the article (mentions, events). */
    @GetMapping("/{id}")
    ObjectNode one(@PathVariable String id, @RequestParam(name = "text", defaultValue = "false") boolean withText) {
        long articleId = parseId(id);
        Article article = articles.findById(articleId)
                .orElseThrow(() -> new NotFoundException("No article with id " + articleId + "."));
        ObjectNode body = json.valueToTree(withText ? ArticleView.full(article) : ArticleView.metadata(article));
        parts.forEach(part -> body.set(part.name(), json.valueToTree(part.of(article))));
        return body;
    }

    @GetMapping
    ArticlePage page(@RequestParam(defaultValue = "0") String offset, @RequestParam(defaultValue = "50") String limit) {
        int from = boundedInt("offset", offset, 0, Integer.MAX_VALUE);
        int size = boundedInt("limit", limit, 1, MAX_PAGE);
        return new ArticlePage(articles.count(), from, size,
                articles.page(from, size).stream().map(ArticleView::metadata).toList());
    }

    private static long parseId(String id) {
        if (!ASCII_DIGITS.matcher(id).matches()) {
            throw new NotFoundException("No article with this id.");
        }
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through to the 404 below: an id that cannot exist names no article
        }
        throw new NotFoundException("No article with id '" + id + "'.");
    }

    private static int boundedInt(String name, String value, int min, int max) {
        try {
            // ASCII digits only: Integer.parseInt would also read Arabic-Indic or full-width ones
            int n = ASCII_DIGITS.matcher(value.strip()).matches() ? Integer.parseInt(value.strip()) : -1;
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new InvalidInputException(name, "'" + name + "' must be a whole number from " + min + " to " + max + ".");
    }
}

package org.conflictmap.features;

import java.time.LocalDate;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.conflictmap.system.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/timeline?faction=a,b&from=YYYY-MM-DD&to=YYYY-MM-DD}: the days on which events happen
 * or control changes, with counts (all parameters optional; {@code faction} selects actors and
 * controllers).
 */
@RestController
class TimelineController {

    private final Timeline timeline;
    private final FeedResponses responses;

    TimelineController(Timeline timeline, FeedResponses responses) {
        this.timeline = timeline;
        this.responses = responses;
    }

    @GetMapping("/api/timeline")
    ResponseEntity<byte[]> timeline(HttpServletRequest request,
                                    @RequestParam(name = "faction", required = false) String faction,
                                    @RequestParam(name = "from", required = false) String from,
                                    @RequestParam(name = "to", required = false) String to) {
        Set<String> factions = faction == null ? Set.of() : IdListParameter.factions(faction);
        LocalDate start = from == null ? null : DayParameter.parse("from", from);
        LocalDate end = to == null ? null : DayParameter.parse("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidInputException("to", "'to' is before 'from'.");
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("from", start == null ? null : start.toString());
        root.put("to", end == null ? null : end.toString());
        ArrayNode days = root.putArray("days");
        for (Timeline.Day day : timeline.days(factions, start, end)) {
            ObjectNode node = days.addObject();
            node.put("date", day.date().toString());
            node.put("events", day.events());
            ObjectNode types = node.putObject("types");
            day.types().forEach(types::put);
            node.put("control_changes", day.controlChanges());
        }
        return responses.write(request, Representation.JSON, "Timeline", root, Ogc.JSON);
    }
}

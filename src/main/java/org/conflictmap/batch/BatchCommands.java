package org.conflictmap.batch;

import java.util.List;
import java.util.Optional;

import org.conflictmap.events.EventExtractor;

/** The batch commands the jar knows, looked up by name. */
public final class BatchCommands {

    private final List<BatchCommand> commands;

    public BatchCommands(List<BatchCommand> commands) {
        this.commands = List.copyOf(commands);
    }

    /**
     * The commands shipped with the application. {@code extract} runs with an event extractor that
     * finds no events yet: the events feature replaces it with the real one.
     */
    public static BatchCommands standard() {
        EventExtractor noEventsYet = (text, published, mentions) -> List.of();
        return new BatchCommands(List.of(new ExtractCommand(noEventsYet), new BenchGeoparseCommand()));
    }

    public Optional<BatchCommand> find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public List<BatchCommand> all() {
        return commands;
    }
}

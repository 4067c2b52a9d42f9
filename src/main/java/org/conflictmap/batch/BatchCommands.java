package org.conflictmap.batch;

import java.util.List;
import java.util.Optional;

import org.conflictmap.events.EventExtractor;
import org.conflictmap.events.RuleBasedEventExtractor;

/** The batch commands the jar knows, looked up by name. */
public final class BatchCommands {

    private final List<BatchCommand> commands;

    public BatchCommands(List<BatchCommand> commands) {
        this.commands = List.copyOf(commands);
    }

    /** The commands shipped with the application; {@code extract} reads events with the rule-based extractor. */
    public static BatchCommands standard() {
        EventExtractor events = RuleBasedEventExtractor.withDefaults();
        return new BatchCommands(List.of(new ExtractCommand(events), new BenchGeoparseCommand(),
                new ControlBenchmarkCommand(), new GenerateCommand()));
    }

    public Optional<BatchCommand> find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public List<BatchCommand> all() {
        return commands;
    }
}

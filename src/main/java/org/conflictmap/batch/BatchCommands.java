package org.conflictmap.batch;

import java.util.List;
import java.util.Optional;

/** The batch commands the jar knows, looked up by name. */
public final class BatchCommands {

    private final List<BatchCommand> commands;

    public BatchCommands(List<BatchCommand> commands) {
        this.commands = List.copyOf(commands);
    }

    /** The commands shipped with the application. */
    public static BatchCommands standard() {
        return new BatchCommands(List.of(new GenerateCommand()));
    }

    public Optional<BatchCommand> find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public List<BatchCommand> all() {
        return commands;
    }
}

package org.conflictmap;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.conflictmap.batch.BatchCommand;
import org.conflictmap.batch.BatchCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point. With no arguments (or only {@code --spring.*} style options) it starts the web
 * service; when the first argument names a batch command, it runs that command instead and exits
 * without starting the server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConflictMapApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.exit(runBatch(BatchCommands.standard(), args));
        }
        SpringApplication.run(ConflictMapApplication.class, args);
    }

    static int runBatch(BatchCommands commands, String[] args) throws Exception {
        Optional<BatchCommand> command = commands.find(args[0]);
        if (command.isEmpty()) {
            System.err.println("unknown command: " + args[0]);
            System.err.println("commands:");
            commands.all().forEach(c -> System.err.printf("  %-10s %s%n", c.name(), c.summary()));
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return command.get().run(rest, System.out, System.err);
    }
}

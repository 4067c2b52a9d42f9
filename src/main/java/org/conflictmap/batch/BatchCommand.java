package org.conflictmap.batch;

import java.io.PrintStream;
import java.util.List;

/**
 * A command run from the executable jar ({@code java -jar conflict-map.jar NAME ARGS...}) instead of
 * the web server. Commands build what they need themselves, without the Spring context.
 */
public interface BatchCommand {

    /** The first command-line argument that selects this command. */
    String name();

    /** One line for the usage text. */
    String summary();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command name
     * @param out  results (may be redirected by the user)
     * @param err  progress and diagnostics
     * @return the process exit code: 0 success, 2 bad usage, 1 failure
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}

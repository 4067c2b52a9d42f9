package org.conflictmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;

import org.conflictmap.batch.BatchCommand;
import org.conflictmap.batch.BatchCommands;
import org.junit.jupiter.api.Test;

class BatchEntryTests {

    private final BatchCommand echo = new BatchCommand() {
        public String name() {
            return "echo";
        }

        public String summary() {
            return "prints its arguments";
        }

        public int run(List<String> args, PrintStream out, PrintStream err) {
            out.print(String.join(" ", args));
            return 7;
        }
    };

    @Test
    void runsTheNamedCommandWithTheRemainingArgumentsAndItsExitCode() throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        try {
            int code = ConflictMapApplication.runBatch(new BatchCommands(List.of(echo)), new String[] {"echo", "a", "b"});
            assertThat(code).isEqualTo(7);
        } finally {
            System.setOut(stdout);
        }
        assertThat(out.toString()).isEqualTo("a b");
    }

    @Test
    void answersAnUnknownCommandWithUsageAndExitCode2() throws Exception {
        PrintStream stderr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true));
        try {
            int code = ConflictMapApplication.runBatch(new BatchCommands(List.of(echo)), new String[] {"serve"});
            assertThat(code).isEqualTo(2);
        } finally {
            System.setErr(stderr);
        }
        assertThat(err.toString()).contains("unknown command: serve").contains("echo").contains("prints its arguments");
    }
}

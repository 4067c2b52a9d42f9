package org.conflictmap.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyFilesTests {

    @TempDir
    Path tmp;

    @Test
    void removesTheFilesOfAProcessThatEndedWithoutRemovingThemButNotThoseOfALiveOne() throws IOException {
        // what a killed process leaves: its directory, a body, and a lock file nobody holds any more
        Path killed = Files.createDirectory(tmp.resolve("conflictmap-responses-killed"));
        Files.writeString(killed.resolve("owner.lock"), "");
        Files.write(killed.resolve("1.body"), new byte[BodyFiles.SENDFILE_FROM_BYTES]);
        Path unrelated = Files.createDirectory(tmp.resolve("someone-else"));
        BodyFiles live = new BodyFiles(tmp);
        Path kept = live.keep(new byte[BodyFiles.SENDFILE_FROM_BYTES]);

        BodyFiles next = new BodyFiles(tmp);

        assertThat(killed).doesNotExist();
        assertThat(unrelated).exists();
        assertThat(kept).exists();
        assertThat(next.keep(new byte[BodyFiles.SENDFILE_FROM_BYTES])).exists();
        next.close();
        live.close();
        assertThat(kept).doesNotExist();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).containsExactly(unrelated);
        }
    }

    @Test
    void leavesTheFilesOfAnotherLiveProcessAlone() throws Exception {
        Path other = Files.createDirectory(tmp.resolve("conflictmap-responses-other"));
        Files.writeString(other.resolve("owner.lock"), "");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                other.resolve("owner.lock").toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes("locked".length()))).isEqualTo("locked");

            new BodyFiles(tmp).close();

            assertThat(other.resolve("owner.lock")).exists();
        } finally {
            holder.destroyForcibly().waitFor();
        }
        new BodyFiles(tmp).close();
        assertThat(other).doesNotExist();
    }

    @Test
    void keepsNoFileForABodySmallEnoughToGoOutWithItsHeaders() throws IOException {
        BodyFiles files = new BodyFiles(tmp);

        assertThat(files.keep(new byte[BodyFiles.SENDFILE_FROM_BYTES - 1])).isNull();
        files.close();
    }

    /** Another process holding its directory's lock, as a running service does. */
    static final class LockHolder {
        public static void main(String[] args) throws Exception {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                System.out.print("locked");
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }
}

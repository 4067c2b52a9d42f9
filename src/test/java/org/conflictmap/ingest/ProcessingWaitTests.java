package org.conflictmap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.conflictmap.system.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProcessingWaitTests {

    static final Duration LONGEST = Duration.ofSeconds(30);

    @Test
    void doesNotWaitUnlessAsked() {
        assertThat(ProcessingWait.of(null, null, LONGEST).waits()).isFalse();
        assertThat(ProcessingWait.of("false", "wait=5", LONGEST).waits()).isFalse();
        assertThat(ProcessingWait.of(null, "respond-async", LONGEST).waits()).isFalse();
    }

    @Test
    void waitsTheLongestAllowedForWaitTrue() {
        assertThat(ProcessingWait.of("TRUE", null, LONGEST)).isEqualTo(new ProcessingWait(LONGEST, false));
    }

    @Test
    void readsTheWaitPreferenceAmongOthersAndCapsIt() {
        assertThat(ProcessingWait.of(null, "respond-async, wait=10", LONGEST))
                .isEqualTo(new ProcessingWait(Duration.ofSeconds(10), true));
        assertThat(ProcessingWait.of(null, "wait=600", LONGEST)).isEqualTo(new ProcessingWait(LONGEST, true));
    }

    @Test
    void ignoresAWaitPreferenceItCannotRead() {
        assertThat(ProcessingWait.of(null, "wait=soon", LONGEST).waits()).isFalse();
        assertThat(ProcessingWait.of(null, "wait=-3", LONGEST).waits()).isFalse();
    }

    @Test
    void refusesAWaitParameterThatIsNotABoolean() {
        assertThatThrownBy(() -> ProcessingWait.of("5", null, LONGEST)).isInstanceOf(InvalidInputException.class);
    }
}

package org.conflictmap.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The GeoTools bundle carries unrelocated copies of SLF4J 1.7 and Guava. These checks fail if a
 * dependency change ever lets those copies shadow the real libraries (silent logs, odd Guava errors).
 */
class ClassPathClashTests {

    @Test
    void logsGoThroughLogbackNotTheBundledSlf4j() {
        assertThat(LoggerFactory.getILoggerFactory().getClass().getName())
                .isEqualTo("ch.qos.logback.classic.LoggerContext");
        assertThat(location(LoggerFactory.class)).contains("slf4j-api-2.");
    }

    @Test
    void logbackIsTheOnlySlf4jProvider() {
        assertThat(java.util.ServiceLoader.load(org.slf4j.spi.SLF4JServiceProvider.class).stream().toList())
                .hasSize(1);
    }

    @Test
    void guavaComesFromItsOwnJar() {
        assertThat(location(com.google.common.collect.ImmutableList.class)).contains("guava-");
    }

    private static String location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().toString();
    }
}

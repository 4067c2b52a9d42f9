package org.conflictmap.batch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --name value} options of a batch command. Unknown names and a missing value are usage
 * errors ({@link IllegalArgumentException}). Immutable.
 */
final class CommandOptions {

    private final Map<String, String> values;

    private CommandOptions(Map<String, String> values) {
        this.values = values;
    }

    static CommandOptions parse(List<String> args, Set<String> known) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--") || !known.contains(a.substring(2))) {
                throw new IllegalArgumentException("unknown option " + a);
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("option " + a + " needs a value");
            }
            values.put(a.substring(2), args.get(++i));
        }
        return new CommandOptions(values);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String require(String name) {
        return get(name).orElseThrow(() -> new IllegalArgumentException("option --" + name + " is required"));
    }

    int intValue(String name, int fallback) {
        return get(name).map(Integer::parseInt).orElse(fallback);
    }
}

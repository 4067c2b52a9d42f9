package org.conflictmap.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates news-like articles of 3-6 KB for benchmarks, from the project's own sentence templates
 * ({@code bench-templates.txt}) with town, country, person and group slots filled from small fixed
 * lists. Deterministic for a seed; not thread-safe.
 */
final class BenchmarkArticles {

    private static final String[] TOWNS = {"Mosul", "Tikrit", "Ramadi", "Aleppo", "Homs", "Kirkuk", "Erbil",
        "Fallujah", "Baiji", "Raqqa", "Deir ez-Zor", "Palmyra", "Sinjar", "Tal Afar", "Samarra", "Basra",
        "Karbala", "Najaf", "Kobani", "Manbij", "Idlib", "Hama", "Daraa", "Qamishli", "Hasakah", "Jarabulus",
        "Amman", "Beirut", "Damascus", "Baghdad", "Tehran", "Ankara", "Gaziantep", "Kilis", "Zarqa", "Irbid"};
    private static final String[] COUNTRIES = {"Iraq", "Syria", "Turkey", "Jordan", "Lebanon", "Iran",
        "Saudi Arabia", "Kuwait", "Egypt", "Russia", "the United States", "France"};
    private static final String[] PERSONS = {"Ahmed Karim", "Sara Haddad", "Omar Nasser", "Layla Faris",
        "John Miller", "Nadia Suleiman", "Yusuf Hamdan", "Maria Lopez"};
    private static final String[] GROUPS = {"Northern Defence Front", "Civic Relief Council",
        "Popular Protection Units", "Coalition Press Office", "Regional Monitoring Group"};

    private final Random random;
    private final List<String> templates;

    BenchmarkArticles(long seed) {
        this.random = new Random(seed);
        this.templates = readTemplates();
    }

    List<String> generate(int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int target = 3072 + random.nextInt(3072);
            StringBuilder b = new StringBuilder(target + 256);
            b.append(pick(TOWNS)).append(" report ").append(i + 1).append("\n\n");
            while (b.length() < target - 200) {
                b.append(fill(templates.get(random.nextInt(templates.size()))));
                b.append(random.nextInt(5) == 0 ? "\n\n" : " ");
            }
            out.add(b.toString().trim());
        }
        return out;
    }

    private String fill(String template) {
        StringBuilder b = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                b.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            b.append(template, i, open);
            String slot = template.substring(open + 1, close);
            b.append(switch (slot) {
                case "town" -> pick(TOWNS);
                case "country" -> pick(COUNTRIES);
                case "person" -> pick(PERSONS);
                default -> pick(GROUPS);
            });
            i = close + 1;
        }
        return b.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static List<String> readTemplates() {
        List<String> out = new ArrayList<>();
        try (InputStream raw = BenchmarkArticles.class.getResourceAsStream("bench-templates.txt");
             BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

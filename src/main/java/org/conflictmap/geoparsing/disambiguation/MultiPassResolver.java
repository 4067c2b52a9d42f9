package org.conflictmap.geoparsing.disambiguation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.conflictmap.gazetteer.Place;
import org.conflictmap.geoparsing.Candidate;
import org.conflictmap.geoparsing.MentionExtraction;
import org.conflictmap.geoparsing.PlaceMention;
import org.conflictmap.geoparsing.ResolvedMention;

/**
 * Resolves recognised mentions by running {@link ResolutionPass}es in order over the whole text
 * (after cliff-annotator's MultiplePassChain) and taking each name's best-scoring candidate.
 * Confidence grows with the winning margin. Thread-safe when its passes are (the standard ones are).
 */
public final class MultiPassResolver {

    private static final int MAX_ALTERNATIVES = 5;

    private final List<ResolutionPass> passes;

    public MultiPassResolver(List<ResolutionPass> passes) {
        this.passes = List.copyOf(passes);
    }

    /** Prior, seat preference, qualifiers, country focus, spatial coherence, then the remote-place filter. */
    public static MultiPassResolver standard() {
        return new MultiPassResolver(List.of(new FeaturePopulationPrior(), new CapitalOrSeatPreference(),
                new QualifierPass(), new CountryFocusPass(), new SpatialCoherencePass(), new RemoteSmallPlaceFilter()));
    }

    public List<ResolvedMention> resolve(String text, MentionExtraction extraction) {
        ResolutionContext context = new ResolutionContext(text, extraction);
        for (ResolutionPass pass : passes) {
            pass.apply(context);
        }
        List<ResolvedMention> out = new ArrayList<>(context.mentions().size());
        for (PlaceMention m : context.mentions()) {
            MentionGroup g = context.groupOf(m);
            if (g.rejected()) {
                continue;
            }
            int best = g.best();
            List<Candidate> beaten = new ArrayList<>();
            for (int i = 0; i < g.candidates().size(); i++) {
                if (i != best) {
                    beaten.add(new Candidate(g.candidates().get(i), g.score(i)));
                }
            }
            beaten.sort(Comparator.comparingDouble(Candidate::score).reversed());
            Place place = g.candidates().get(best);
            out.add(new ResolvedMention(m.start(), m.end(), m.surface(), place, confidence(g, m),
                    beaten.subList(0, Math.min(MAX_ALTERNATIVES, beaten.size()))));
        }
        return out;
    }

    private static double confidence(MentionGroup g, PlaceMention m) {
        double margin = g.margin();
        double c = Double.isInfinite(margin) ? 0.95 : 0.5 + 0.45 * (1 - Math.exp(-margin / 2));
        if (m.variant()) {
            c *= 0.85;
        }
        return Math.round(c * 1000) / 1000.0;
    }
}

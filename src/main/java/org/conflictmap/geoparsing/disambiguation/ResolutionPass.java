package org.conflictmap.geoparsing.disambiguation;

/**
 * One disambiguation rule: reads the context and adds to candidate scores. Passes run in a fixed
 * order ({@link MultiPassResolver}); a later pass sees the choices the earlier ones led to.
 * Implementations are stateless and thread-safe.
 */
public interface ResolutionPass {

    void apply(ResolutionContext context);
}

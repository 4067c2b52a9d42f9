package org.conflictmap.ingest;

/** The outcome of a submission: the stored article and whether this submission created it. */
public record IntakeResult(Article article, boolean created) {
}

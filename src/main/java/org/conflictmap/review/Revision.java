package org.conflictmap.review;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One analyst edit in the audit trail.
 *
 * @param subject {@code event} or {@code contest}
 * @param action  what was done (confirm, reject, edit, add, merge, merged, revert, mark, withdraw)
 * @param before  the subject's state before (a JSON object in the API), or {@code null} when it did not exist
 * @param after   the subject's state after (a JSON object in the API)
 */
record Revision(long id, String subject, long subjectId, String action, String author, Instant at, String reason,
                @JsonRawValue String before, @JsonRawValue String after) {
}

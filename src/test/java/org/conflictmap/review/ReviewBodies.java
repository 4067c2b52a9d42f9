package org.conflictmap.review;

import tools.jackson.databind.json.JsonMapper;

/** Request bodies for service-level review tests. */
final class ReviewBodies {

    private ReviewBodies() {
    }

    static ReviewBody mark(String from, String to, String reason) {
        return ReviewBody.of(JsonMapper.builder().build().createObjectNode().put("from", from).put("to", to)
                .put("reason", reason), "from", "to");
    }
}

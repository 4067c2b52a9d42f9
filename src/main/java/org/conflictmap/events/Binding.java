package org.conflictmap.events;

/** Where an event trigger finds its actor and its place in the sentence. */
enum Binding {
    /** Actor in the subject before the trigger, place after it: "ISIS seized Tikrit", "the army fled Mosul". */
    SUBJECT_ACTS,
    /** Place in the subject before the trigger, actor after it: "Mosul fell to ISIS", "Tikrit was taken by ...". */
    SUBJECT_IS_PLACE,
    /** Place right after the trigger, actor after that: "the fall of Mosul to ISIS". */
    PLACE_THEN_AGENT,
    /** A noun with its place written before it ("the Mosul offensive"); actor in the subject or after "by". */
    PLACE_BEFORE_NOUN,
    /** Actor after the trigger, then the place: "Kurdish forces drove ISIS out of Sinjar" (ISIS withdrew). */
    OBJECT_ACTS
}

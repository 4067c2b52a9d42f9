package org.conflictmap.territory;

import java.util.ArrayList;
import java.util.List;

import org.conflictmap.events.ControlClaim;
import org.conflictmap.events.CaptureWording;
import org.conflictmap.events.ConflictEvent;
import org.conflictmap.events.EventType;
import org.conflictmap.events.RecordedEvent;
import org.conflictmap.territory.ControlSource.Kind;
import org.conflictmap.territory.ControlSource.Role;

/**
 * Turns recorded events and control claims about one place into control facts. Captures give a
 * gain for the actor and a loss for a non-allied target, flagged as a retake when the wording says the
 * actor took the place back; a partial capture ("parts of Y") only presses, flagged partial; withdrawals give a loss; advances and attacks
 * give pressure, and an advance against a named non-allied target also says the target held the
 * place; claims say the faction held it. Deployments say nothing about control.
 */
final class ControlFactReader {

    private final FactionAlignment alignment;
    private final ControlOptions options;
    private final CaptureWording wording = new CaptureWording();

    ControlFactReader(FactionAlignment alignment, ControlOptions options) {
        this.alignment = alignment;
        this.options = options;
    }

    List<ControlFact> read(List<RecordedEvent> events, List<ControlClaim> claims) {
        List<ControlFact> facts = new ArrayList<>();
        for (RecordedEvent recorded : events) {
            readEvent(recorded, facts);
        }
        for (ControlClaim claim : claims) {
            facts.add(ControlFact.of(new ControlSource(Kind.CLAIM, claim.id(), claim.articleId(), claim.faction(),
                    Role.HELD, claim.date(), claim.precision(), claim.confidence(), claim.evidence())));
        }
        return facts;
    }

    private void readEvent(RecordedEvent recorded, List<ControlFact> facts) {
        ConflictEvent event = recorded.event();
        EventType type = event.type();
        boolean hostileTarget = event.target() != null && !alignment.allied(event.actor(), event.target());
        switch (type) {
            case CAPTURE -> {
                boolean retake = wording.retake(event);
                if (wording.partial(event)) {
                    // "took parts of Y": the actor holds some of the place, nobody lost all of it
                    facts.add(ControlFact.of(source(recorded, event.actor(), Role.PRESSED), retake, true));
                    return;
                }
                facts.add(ControlFact.of(source(recorded, event.actor(), Role.GAINED), retake, false));
                if (hostileTarget) {
                    facts.add(ControlFact.of(source(recorded, event.target(), Role.LOST)));
                }
            }
            case WITHDRAWAL -> facts.add(ControlFact.of(source(recorded, event.actor(), Role.LOST)));
            case ADVANCE, ATTACK -> {
                facts.add(ControlFact.of(source(recorded, event.actor(), Role.PRESSED)));
                if (type == EventType.ADVANCE && hostileTarget && options.advanceTargetHolds()) {
                    facts.add(ControlFact.of(source(recorded, event.target(), Role.HELD)));
                }
            }
            case DEPLOYMENT -> {
                // Forces stationed somewhere say nothing about who holds it: deployments only draw movements.
            }
        }
    }

    private static ControlSource source(RecordedEvent recorded, String faction, Role role) {
        ConflictEvent event = recorded.event();
        return new ControlSource(Kind.EVENT, recorded.id(), recorded.articleId(), faction, role,
                event.date().date(), event.date().precision(), event.confidence(), event.evidence());
    }
}

package org.crosscheck.extract;

/** A claimant: a party that makes claims. {@code kind} drives later references ("the group" -> ngo). */
public record Party(String id, String name, String kind) {

    /**
     * Parties that fight: their own statements about harm they caused are denials or acknowledgements.
     * A source the claimant list leaves out speaks as the outlet, which is never the attacker.
     */
    public boolean belligerent() {
        return !id.equals(ClaimantDirectory.OUTLET) && fights();
    }

    /** Whether the party has fighters of its own, listed or not ("the Popular Mobilisation Forces ... lost nine of their own"). */
    public boolean fights() {
        return kind.equals("military") || kind.equals("government") || kind.equals("armed-group");
    }
}

package org.crosscheck.extract;

import java.util.Set;

/** Something in the text that may name a claimant: the party itself, a person who speaks for it, or a later reference. */
public sealed interface Mention permits Mention.OfParty, Mention.OfPerson, Mention.Anaphor {

    record OfParty(Party party) implements Mention {
    }

    record OfPerson(Party party, String speaker) implements Mention {
    }

    /** "the group", "the monitor", "he": resolved against the parties named earlier in the article. */
    record Anaphor(String phrase, Set<String> kinds) implements Mention {
    }
}

package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crosscheck.extract.lexicon.Resources;
import org.junit.jupiter.api.Test;

/**
 * The claimant aliases as data: an alias listed twice is a slip of whoever added it, and one listed
 * under two claimants would make the claimant depend on the order the file is read in.
 */
class ClaimantDataTest {

    @Test
    void noAliasIsListedTwiceOrUnderTwoClaimants() {
        Map<String, String> owner = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String[] row : Resources.rows("/crosscheck/claimants.tsv", 4)) {
            for (String alias : row[3].split("\\|")) {
                if (alias.isEmpty()) {
                    continue;
                }
                String before = owner.putIfAbsent(alias, row[0]);
                if (before != null) {
                    problems.add(alias + " (" + before + ", " + row[0] + ")");
                }
            }
        }
        assertThat(problems).as("aliases listed more than once").isEmpty();
    }
}

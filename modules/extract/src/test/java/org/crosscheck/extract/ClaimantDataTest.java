package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void eachCountrysGovernmentIsAClaimantOrAnUnlistedSource() {
        ClaimantDirectory standard = ClaimantDirectory.standard();
        assertThat(standard.governmentOf("sy")).map(Party::id).contains("syria-government");
        assertThat(standard.governmentOf("iq")).map(p -> p.id() + " " + p.name()).contains("outlet Iraqi government");
        assertThat(standard.governmentOf(null)).isEmpty();
        List<String[]> claimants = List.<String[]>of(new String[] {"sohr", "SOHR", "monitor", ""});
        assertThatThrownBy(() -> new ClaimantDirectory(claimants, List.of(), List.of(), List.of(),
                List.<String[]>of(new String[] {"iq", "Iraqi governmnet"})))
                .hasMessageContaining("governments.tsv").hasMessageContaining("Iraqi governmnet").hasMessageContaining("'iq'");
    }
}

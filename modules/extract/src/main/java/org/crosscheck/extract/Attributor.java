package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crosscheck.extract.lexicon.PhraseIndex;
import org.crosscheck.extract.text.MarkedWords;
import org.crosscheck.extract.text.Token;
import org.crosscheck.extract.text.WordSet;

/**
 * Decides who makes a claim: the party after "according to", else the subject of the speech verb
 * that governs the figure ("X said", "said X", "X told reporters"), where an organisation that was
 * told something ("escapees told Amnesty") reports it; coordinated subjects ("Russia and Syria say")
 * make one claim each. Later references resolve through the article context. Nothing found: empty.
 */
final class Attributor {

    record Speaker(Party party, String speaker) {
    }

    /** How far (in tokens) a subject may stand from its verb, to step over an appositive title. */
    private static final int SUBJECT_REACH = 14;
    /** What a person the reporter met is (lexicon/local-people.txt): "a teacher", "a father of four". */
    static final WordSet LOCAL_PEOPLE = WordSet.of(
            org.crosscheck.extract.lexicon.Resources.words("/crosscheck/lexicon/local-people.txt").toArray(String[]::new));

    /** Whether the place at {@code at} is where a person met lives: "a teacher in Joura", "a farmer from Tokhar". */
    static boolean residentOf(List<Token> t, int at) {
        return at >= 2 && (t.get(at - 1).is("in") || t.get(at - 1).is("from")) && LOCAL_PEOPLE.contains(t.get(at - 2));
    }

    /** Whether the apposition at {@code comma} tells of someone the reporter met, by what they are or by age. */
    static boolean describedAsSomeoneMet(List<Token> t, int comma) {
        return describedAsLocal(t, comma) || agedAfterComma(t, comma);
    }

    /** Whether the description that opens at the comma {@code comma} is "a" or "an" and one of {@link #LOCAL_PEOPLE}, maybe after an adjective. */
    private static boolean describedAsLocal(List<Token> t, int comma) {
        if (comma + 2 >= t.size() || !t.get(comma).is(",") || !(t.get(comma + 1).is("a") || t.get(comma + 1).is("an"))) {
            return false;
        }
        return LOCAL_PEOPLE.contains(t.get(comma + 2)) || comma + 3 < t.size() && LOCAL_PEOPLE.contains(t.get(comma + 3));
    }

    /**
     * Whether the person whose "who" clause ends at the verb {@code verbAt} is described before it as
     * one of {@link #LOCAL_PEOPLE} ("A teacher in al-Joura who", "Another man, who"), in words that
     * name no party and no post ("a spokesman, who gave his name as Abu Yusuf" speaks for a side).
     */
    private static boolean introducedAsLocal(SentenceView s, int verbAt) {
        List<Token> t = s.tokens;
        int who = s.lastWhoBefore(verbAt);
        if (who < 0 || mentionBefore(s, verbAt)) {
            return false;
        }
        boolean local = false;
        for (int k = Math.max(0, who - LOCAL_DESCRIPTION_REACH); k < who; k++) {
            if (POSTS.contains(t.get(k)) || ORGANISATION_WORDS.contains(t.get(k))) {
                return false;
            }
            local |= LOCAL_PEOPLE.contains(t.get(k));
        }
        return local;
    }

    /**
     * Whether the words before "told" describe someone the teller's listener met: a local person ("A boatman
     * who gave his name as Abu Hamza", "One man") or a victim's kin ("Members of the Badran family"), and
     * no party the data knows.
     */
    private static boolean tellerIsLocal(SentenceView s, int verbAt) {
        for (int mAt = 0; mAt < s.mentions.size() && s.mentions.get(mAt).from() < verbAt; mAt++) {
            if (s.mentions.get(mAt).value() instanceof Mention.OfParty p && !p.party().id().equals(ClaimantDirectory.LOCAL)) {
                return false; // only parties count here: "his" in "who gave his name as" is the teller's own
            }
        }
        List<Token> t = s.tokens;
        for (int k = verbAt - 1; k >= Math.max(0, verbAt - LOCAL_DESCRIPTION_REACH); k--) {
            Token w = t.get(k);
            if (w.is(",") || w.is(";") || w.kind() == Token.Kind.QUOTE) {
                return false;
            }
            if (MEDICAL_PLACES.contains(w)) {
                return true; // "Staff at Kirkuk's general hospital told the group": medics, whoever they told
            }
            if (POSTS.contains(w) || ORGANISATION_WORDS.contains(w)) {
                return false;
            }
            if (LOCAL_PEOPLE.contains(w) || w.is("family") && membersBefore(t, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb at {@code verb} has a local person for its subject, named by a word of what they are and
     * nothing else: "A farmer said", "The 41-year-old farmer says", "a nurse has said" (not "the farmer's son said").
     */
    private static boolean localPersonRightBefore(List<Token> t, int verb) {
        int head = verb - 1;
        if (head >= 1 && (t.get(head).is("has") || t.get(head).is("had") || t.get(head).is("also"))) {
            head--;
        }
        if (head < 0 || !LOCAL_PEOPLE.contains(t.get(head))) {
            return false;
        }
        int k = head - 1;
        if (k >= 0 && t.get(k).kind() == Token.Kind.NUMBER) {
            k--; // "The 41-year-old farmer"
        }
        return k >= 0 && (t.get(k).is("a") || t.get(k).is("an") || t.get(k).is("the") || t.get(k).is("one"))
                && (k == 0 || t.get(k - 1).isPunct() || t.get(k - 1).kind() == Token.Kind.QUOTE);
    }


    /** Whether "members" or "member" stands a few words before the family at {@code family}: "Members of the Badran family". */
    private static boolean membersBefore(List<Token> t, int family) {
        for (int k = family - 1; k >= Math.max(0, family - 4); k--) {
            if (t.get(k).is("members") || t.get(k).is("member")) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many words before "who" (or before "told", for {@link #tellerIsLocal}) may describe the person ("A
     * surgeon at one of the few field hospitals ... who").
     */
    private static final int LOCAL_DESCRIPTION_REACH = 20;

    /**
     * Whether a party other than a local source is named before {@code at} ("A surgeon" is one of those; a
     * pronoun, as in a quotation's "they killed eleven people", names none).
     */
    private static boolean mentionBefore(SentenceView s, int at) {
        for (int mAt = 0; mAt < s.mentions.size() && s.mentions.get(mAt).from() < at; mAt++) {
            Mention m = s.mentions.get(mAt).value();
            boolean local = m instanceof Mention.OfParty p && p.party().id().equals(ClaimantDirectory.LOCAL);
            boolean pronoun = m instanceof Mention.Anaphor a && PRONOUNS.contains(a.phrase());
            if (!local && !pronoun) {
                return true;
            }
        }
        return false;
    }

    /** Last words of organisations' names (lexicon/organisation-words.txt): no person is named by them. */
    static final WordSet ORGANISATION_WORDS = WordSet.of(
            org.crosscheck.extract.lexicon.Resources.words("/crosscheck/lexicon/organisation-words.txt").toArray(String[]::new));

    /** First words of groups' names in Arabic ("Jaish al-Islam"): no person's name opens with them. */
    private static final WordSet ORGANISATION_OPENERS = WordSet.of(
            org.crosscheck.extract.lexicon.Resources.words("/crosscheck/lexicon/organisation-openers.txt").toArray(String[]::new));

    private final ClaimantDirectory claimants;

    /** The later references "it" and "they" as the claimant data defines them (anaphora.tsv), for "its count". */
    private final Mention it;
    private final Mention they;

    Attributor(ClaimantDirectory claimants) {
        this.claimants = claimants;
        this.it = referenceCalled("it");
        this.they = referenceCalled("they");
    }

    /**
     * The places of "according to" in the order a figure at {@code position} asks them: first those inside the figure's
     * own clause, nearest first ("23,000 fled, according to the United Nations, and 300 were wounded, according to
     * Amnesty": each figure has the one of its clause; "According to the Observatory, 30 were killed, and 12 were
     * wounded, according to activists": the 30 the Observatory's), then the rest in the sentence's order.
     */
    private static int[] nearestFirst(List<Token> t, int[] accordingTo, int position) {
        if (accordingTo.length < 2) {
            return accordingTo;
        }
        int from = position;
        while (from > 0 && !clauseBreakAt(t, from - 1)) {
            from--;
        }
        int to = position;
        while (to < t.size() && !clauseBreakAt(t, to)) {
            to++;
        }
        int[] order = new int[accordingTo.length];
        int n = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int k : accordingTo) {
                boolean inClause = k >= from && k < to;
                if (inClause == (pass == 0)) {
                    order[n++] = k;
                }
            }
        }
        return order;
    }

    /** Whether a clause of its own starts after {@code k}: ", and", ", while", ", but", ";". */
    private static boolean clauseBreakAt(List<Token> t, int k) {
        return t.get(k).is(";") || t.get(k).is(",") && k + 1 < t.size() && CLAUSE_JOINERS.contains(t.get(k + 1));
    }

    private static final WordSet CLAUSE_JOINERS = WordSet.of("and", "while", "but", "whereas");

    private Mention referenceCalled(String word) {
        PhraseIndex.Match<Mention> m = claimants.mentions().match(org.crosscheck.extract.text.Tokenizer.tokenize(word, 0, word.length()), 0);
        return m == null ? null : m.value();
    }

    List<Speaker> attribute(SentenceView s, int position, ArticleContext ctx) {
        List<Token> t = s.tokens;
        PhraseIndex.Match<Boolean> nearestVerb = governingVerb(s, position);
        for (int k : nearestFirst(t, s.accordingTo(), position)) {
            // "..., state media said, while ... killed 23, according to the Observatory": each figure
            // goes with the attribution nearer to it
            boolean verbNearer = nearestVerb != null && Math.abs(nearestVerb.from() - position) < Math.abs(k - position)
                    && (k < position || nearestVerb.from() > position || speaksFor(s, nearestVerb, ctx));
            List<Speaker> after = verbNearer ? List.of() : coordinatedFrom(s, k + 2, ctx);
            if (after.isEmpty() && !verbNearer) {
                int end = nameEnd(t, k + 2);
                after = nameAt(t, k + 2, end); // "according to Dr. Layla Hamdani, who runs ..."
                Speaker employer = after.isEmpty() ? null : employerInApposition(s, end, ctx);
                if (employer != null) {
                    // "according to Firas Qattan, a researcher with the Observatory": he speaks for it
                    after = List.of(new Speaker(employer.party(), after.get(0).speaker()));
                }
                ArticleContext.Named again = after.isEmpty() && k + 2 < t.size() && t.get(k + 2).isWord() && t.get(k + 2).nameLike()
                        ? ctx.speakerCalled(t.get(k + 2).text()) : null;
                if (again != null) {
                    after = List.of(new Speaker(again.party(), again.speaker())); // "according to Shukur", named before
                }
            }
            if (!after.isEmpty()) {
                return after;
            }
            if (!verbNearer && k > position && k + 2 < t.size() && !POSSESSORS.contains(t.get(k + 2))) {
                // "a bombing that killed 24 people, according to the governor, and the Observatory said": a source
                // the data does not know, nearer than any verb; the claim is not the next clause's speaker's
                return List.of();
            }
        }
        // "UN: 400,000 have fled ...", "Amnesty: ...", "... in Mosul's Old City - UN" (headline style)
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            boolean lead = m.from() == 0 && m.to() < t.size() && t.get(m.to()).is(":") && !countryAsTopic(t, m);
            boolean tail = m.to() == t.size() && m.from() > 0 && (t.get(m.from() - 1).is("-") || t.get(m.from() - 1).is("\u2013")
                    || t.get(m.from() - 1).is(":"));
            if (lead || tail) {
                Speaker sp = resolve(m.value(), ctx);
                if (sp != null) {
                    return List.of(sp);
                }
            }
        }
        List<Speaker> counted = byTheirCount(s, position, ctx);
        if (!counted.isEmpty()) {
            return counted;
        }
        PhraseIndex.Match<Boolean> verb = verbOfParticiple(s, nearestVerb);
        if (verb == null) {
            return List.of();
        }
        if (citesAsSaying(s, verb)) {
            List<Speaker> quoted = citedAsSaying(s, verb, ctx);
            if (!quoted.isEmpty()) {
                return quoted;
            }
            List<Speaker> ownSide = OWN_SIDE_TITLES.contains(t.get(verb.from() - 2)) ? citerOfItsOwn(s, verb.from() - 2, ctx) : List.of();
            if (!ownSide.isEmpty()) {
                return ownSide; // "SANA quoted the governor as saying", "quoted an army officer as saying": the agency's side
            }
            if (!UNNAMED_SOURCES.contains(t.get(verb.from() - 2))) {
                // "The report also cites the office of the Anbar governor as saying": a source no claimant stands
                // for, whose claim the outlet reports; not the report's. ("SANA quoted a military source as saying":
                // a source left unnamed is the agency's own side.)
                return List.of();
            }
        }
        List<Speaker> source = sourceOfReport(s, verb, ctx);
        if (!source.isEmpty()) {
            return source;
        }
        List<Speaker> subject = subjectBefore(s, verb.from(), ctx);
        if (verb.from() >= 1 && (t.get(verb.from() - 1).is("and") || t.get(verb.from() - 1).is("but"))) {
            // "the Observatory put the civilian toll at 26, including eight children, and said dozens were
            // wounded", "the coalition said it had reviewed 52 reports ... and assessed that": one subject
            List<Speaker> shared = subjectOfVerbBefore(s, verb, ctx);
            if (!shared.isEmpty()) {
                return shared;
            }
        }
        boolean told = told(t, verb);
        if (told) {
            List<Speaker> recipient = recipientAfter(s, verb.to(), ctx);
            boolean subjectSpeaksForItself = !subject.isEmpty() && !subject.get(0).party().id().equals(ClaimantDirectory.LOCAL);
            if (!recipient.isEmpty() && !subjectSpeaksForItself) {
                return recipient;
            }
            if (subject.isEmpty() && tellerIsLocal(s, verb.from())) {
                List<Speaker> listener = firstAfter(s, verb.to(), ctx);
                if (listener.isEmpty() || !listener.get(0).party().belligerent()) {
                    // "A boatman who gave his name as Abu Hamza told Syria Direct", "Members of the Badran family
                    // told Amnesty International": a monitor or a reporter was told by someone it met, who claims
                    // it ("A military source told SANA" stays the state's)
                    return List.of(new Speaker(claimants.require(ClaimantDirectory.LOCAL), pseudonymBefore(t, verb.from())));
                }
            }
        }
        if (!subject.isEmpty() && subject.get(0).party().id().equals(ClaimantDirectory.LOCAL)) {
            // "the group said it had spoken to residents who described 24 deaths": the group reports it
            List<Speaker> reporter = earlierReporter(s, verb, ctx);
            if (!reporter.isEmpty()) {
                return reporter;
            }
        }
        if (!subject.isEmpty()) {
            String pseudonym = subject.size() == 1 && subject.get(0).speaker() == null ? pseudonymBefore(t, verb.from()) : null;
            return pseudonym == null ? subject : List.of(new Speaker(subject.get(0).party(), pseudonym));
        }
        if (localPersonRightBefore(t, verb.from())) {
            // "A farmer said", "The 41-year-old farmer says": someone the reporter met, a local source, not the outlet
            return List.of(new Speaker(claimants.require(ClaimantDirectory.LOCAL), null));
        }
        if (ownedSubjectInReportedClause(s, verb.from())) {
            // "The WHO said ... and that its partners on the ground had counted at least 70 deaths": the
            // partners are the WHO's, who reports what they counted
            List<Speaker> owner = subjectOfVerbBefore(s, verb, ctx);
            if (!owner.isEmpty()) {
                return owner;
            }
        }
        List<Speaker> owners = ownersPeople(s, verb, ctx);
        if (!owners.isEmpty()) {
            return owners;
        }
        List<Speaker> again = namedAgain(s, verb, ctx);
        if (!again.isEmpty()) {
            return again;
        }
        // ", said Donatella Rovera, senior adviser at Amnesty International"
        List<Speaker> after = firstAfter(s, verb.to(), ctx);
        // "Brigadier General Haider Kadhim ... told Iraqi state television that": a source the list leaves
        // out, told something, is no speaker; the teller is. ("A military source told SANA" stays SANA's.)
        // Nor is a listed party told something by a person named beside the verb ("Brigadier General Qassim
        // Abdul-Rahman, a defence ministry spokesman, told state television"): the named teller claims it.
        boolean toUnlisted = told && !after.isEmpty() && (after.get(0).party().id().equals(ClaimantDirectory.OUTLET)
                || toldTheMedia(t, verb.to()) && unlistedSpeaker(s, position) != null);
        if (!after.isEmpty() && !toUnlisted) {
            return after;
        }
        return unknownPerson(s, verb, ctx);
    }

    /**
     * Whether a speech verb has a speaker of its own: "This story has been corrected to show that 24
     * civilians ... were killed, according to the Observatory" leaves the claim to "according to".
     */
    private boolean speaksFor(SentenceView s, PhraseIndex.Match<Boolean> verb, ArticleContext ctx) {
        return !subjectBefore(s, verb.from(), ctx).isEmpty() || !sourceOfReport(s, verb, ctx).isEmpty()
                || !firstAfter(s, verb.to(), ctx).isEmpty() || !unknownPerson(s, verb, ctx).isEmpty();
    }

    /**
     * "By his count, his team has recovered 143 bodies", "by the monitor's count": whose count it is,
     * said before the claim in its sentence, is who claims it.
     */
    private List<Speaker> byTheirCount(SentenceView s, int position, ArticleContext ctx) {
        List<Token> t = s.tokens;
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            // "The coalition's own count of civilians killed by its strikes rose to 199": no verb says it, the count is its
            // ("the Observatory's running total", "the coalition's own latest count")
            int noun = m.to() + 1 < t.size() && t.get(m.to()).possessive() ? pastCountAdjectives(t, m.to() + 1) : -1;
            if (noun > 0 && noun < position && OWNED_COUNTS.contains(t.get(noun)) && !verbBefore(s, position)
                    && (m.from() == 0 || m.from() == 1 && t.get(0).is("the") || mAt == 0 && openingAdverbialBefore(t, m.from()))) {
                Speaker sp = resolve(m.value(), ctx, s, m.from());
                if (sp != null) {
                    return List.of(sp);
                }
            }
        }
        // "Its count stands at 5,862": the count of the party "its" points back to, opening a sentence that names no
        // speaker of its own (not "Its toll rose to 35, the civil defence said"; and "its toll" is more often an attack's)
        Mention opener = t.size() > 2 && t.get(0).is("its") ? it : t.size() > 2 && t.get(0).is("their") ? they : null;
        int ownedNoun = opener == null ? -1 : pastCountAdjectives(t, 1);
        if (opener != null && ownedNoun < position && PARTYS_COUNTS.contains(t.get(ownedNoun)) && s.speechVerbs.isEmpty()) {
            Speaker sp = resolve(opener, ctx);
            if (sp != null) {
                return List.of(sp);
            }
        }
        // "by his count" before the claim, "according to its count" and "by the mission's count" after it,
        // however long the claim; whatever else "by" opens ("killed by its fighters") names no count
        int[] openers = s.countOpeners();
        for (int o = 0; o < openers.length && openers[o] + 2 < t.size(); o++) {
            int b = openers[o];
            if (b + 4 < t.size() && t.get(b + 1).is("the") && COUNTS.contains(t.get(b + 2)) && t.get(b + 3).is("of")) {
                // "by the count of the Syrian Observatory for Human Rights"
                Optional<List<Speaker>> named = partyNamedAt(s, b + 4, ctx);
                if (named.isPresent()) {
                    return named.get();
                }
            }
            if ((t.get(b + 1).is("his") || t.get(b + 1).is("her")) && countAt(t, b + 2)) {
                ArticleContext.Named n = ctx.resolve(PERSON);
                return n == null ? List.of() : List.of(new Speaker(n.party(), n.speaker()));
            }
            Mention pronoun = t.get(b + 1).is("its") ? it : t.get(b + 1).is("their") ? they : null;
            if (pronoun != null && countAt(t, b + 2)) {
                Speaker sp = resolve(pronoun, ctx);
                return sp == null ? List.of() : List.of(sp);
            }
            for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
                PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
                boolean at = m.from() == b + 1 || m.from() == b + 2 && t.get(b + 1).is("the");
                if (at && m.to() + 1 < t.size() && t.get(m.to()).possessive() && countAt(t, m.to() + 1)) {
                    Speaker sp = resolve(m.value(), ctx, s, m.from());
                    return sp == null ? List.of() : List.of(sp);
                }
            }
        }
        return List.of();
    }

    /**
     * The party whose words a sentence says follow: "the statement by the YPG General Command", "the
     * text of the ministry's letter"; none when it names no text and its author.
     */
    List<Speaker> authorOfText(SentenceView s, ArticleContext ctx) {
        List<Token> t = s.tokens;
        for (int k = 0; k + 2 < t.size(); k++) {
            if (!TEXTS.contains(t.get(k)) || !(t.get(k + 1).is("by") || t.get(k + 1).is("of") || t.get(k + 1).is("from"))) {
                continue;
            }
            int at = t.get(k + 2).is("the") ? k + 3 : k + 2;
            for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
                PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
                if (m.from() == at) {
                    Speaker sp = resolve(m.value(), ctx, s, m.from());
                    return sp == null ? List.of() : List.of(sp);
                }
            }
        }
        return List.of();
    }

    private static final WordSet TEXTS = WordSet.of("statement", "translation", "text", "transcript", "letter", "communique");

    /**
     * Whether the words before {@code at} are an opening phrase of time or place set off from the
     * subject: "In February the Observatory's count", "For the province as a whole, the monitor's toll".
     */
    private static boolean openingAdverbialBefore(List<Token> t, int at) {
        int start = at > 0 && t.get(at - 1).is("the") ? at - 1 : at;
        if (start == 0 || !OPENING_PREPOSITIONS.contains(t.get(0))) {
            return false;
        }
        for (int k = 1; k < start; k++) {
            if (!t.get(k).isWord() && !t.get(k).is(",") && t.get(k).kind() != Token.Kind.NUMBER) {
                return false;
            }
        }
        return start <= OPENING_PHRASE_WORDS;
    }

    private static final WordSet OPENING_PREPOSITIONS = WordSet.of("in", "for", "over", "during", "across", "by", "since", "on", "at",
            "with", "before", "after", "until");
    /** How long an opening phrase before a subject may be. */
    private static final int OPENING_PHRASE_WORDS = 8;

    /** Whether a speech verb stands before {@code position}. */
    private static boolean verbBefore(SentenceView s, int position) {
        return !s.speechVerbs.isEmpty() && s.speechVerbs.get(0).from() < position;
    }

    private static final WordSet COUNTS = WordSet.of("count", "counts", "tally", "estimate", "estimates", "reckoning", "figures");

    /** Whether a count stands at {@code k}, maybe after words such as "own": "by its own reckoning". */
    private static boolean countAt(List<Token> t, int k) {
        k = pastCountAdjectives(t, k);
        return k < t.size() && COUNTS.contains(t.get(k));
    }

    /** Where the noun of a count starting at {@code k} stands, past at most two words such as "own" and "running". */
    private static int pastCountAdjectives(List<Token> t, int k) {
        int noun = k;
        while (noun + 1 < t.size() && noun < k + 2 && COUNT_ADJECTIVES.contains(t.get(noun))) {
            noun++;
        }
        return noun;
    }
    /** What a party counts, owned: "the coalition's own count ... rose to 199", "the Observatory's toll". */
    private static final WordSet OWNED_COUNTS = WordSet.of("count", "counts", "tally", "estimate", "estimates", "reckoning", "toll",
            "figure", "figures", "total");
    /** What only a party counts, never an attack: "its count", "their tally" (not "its toll"). */
    private static final WordSet PARTYS_COUNTS = WordSet.of("count", "counts", "tally", "estimate", "estimates", "reckoning",
            "figure", "figures");
    /** The words that may stand between a party's "'s" and its count: "own", "running", "latest". */
    private static final WordSet COUNT_ADJECTIVES = WordSet.of("own", "running", "latest", "cumulative", "updated", "overall",
            "official", "provisional", "new", "final", "revised", "preliminary", "initial", "partial", "recent");
    private static final java.util.Set<String> PERSON = java.util.Set.of("person");

    /** What stands before "report" or "claims" used as a noun: an article, or "to" ("responding to reports by"). */
    private static final WordSet ARTICLES = WordSet.of("a", "an", "the", "these", "those", "earlier", "new", "to");

    /**
     * "rejected a report by activists that its aircraft killed 20", "claims from residents that":
     * a report or claim as a noun, with its source after "by" or "from", is that source's; whoever
     * rejects or repeats the report does not make its claim.
     */
    private List<Speaker> sourceOfReport(SentenceView s, PhraseIndex.Match<Boolean> verb, ArticleContext ctx) {
        List<Token> t = s.tokens;
        if (verb.from() == 0 || !ARTICLES.contains(t.get(verb.from() - 1)) || verb.to() >= t.size()
                || !(t.get(verb.to()).is("by") || t.get(verb.to()).is("from"))) {
            return List.of();
        }
        return partyNamedAt(s, verb.to() + 1, ctx).orElse(List.of());
    }

    /**
     * The party named at {@code at}, past an optional "the" ("by the Syrian Observatory", "from
     * residents"), as a claimant: empty when none is named there; a list with no one in it when it is
     * named but points at nobody yet.
     */
    private Optional<List<Speaker>> partyNamedAt(SentenceView s, int at, ArticleContext ctx) {
        List<Token> t = s.tokens;
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            if (m.from() == at || m.from() == at + 1 && at < t.size() && t.get(at).is("the")) {
                Speaker sp = resolve(m.value(), ctx, s, m.from());
                return Optional.of(sp == null ? List.of() : List.of(sp));
            }
        }
        return Optional.empty();
    }

    /**
     * "Mahmoud Qasem, a member of the town's council, told Syria Direct ... Qasem said": a surname
     * alone, right before or after the verb, of a person the article has named as a speaker.
     */
    private static List<Speaker> namedAgain(SentenceView s, PhraseIndex.Match<Boolean> verb, ArticleContext ctx) {
        List<Token> t = s.tokens;
        for (int k : new int[] {verb.from() - 1, verb.to()}) {
            // "al-Juburi said": an Arabic surname keeps its lower-case article on second reference
            if (k >= 0 && k < t.size() && t.get(k).isWord() && t.get(k).nameLike()) {
                ArticleContext.Named n = ctx.speakerCalled(t.get(k).text());
                if (n != null) {
                    return List.of(new Speaker(n.party(), n.speaker()));
                }
            }
        }
        return List.of();
    }

    private static final WordSet POSSESSORS = WordSet.of("its", "their");

    /** "said his team had recorded": a person's own people, who report through the person. */
    private static final WordSet PERSONS_POSSESSORS = WordSet.of("his", "her");

    /** How far into a sentence the comma that ends a fronted phrase may stand. */
    private static final int FRONTED_PHRASE_REACH = 10;

    /**
     * How many words may stand between "its" (after "that" or a speech verb) and the verb: "that its partners on the
     * ground had counted", "said its own review of local reports put".
     */
    private static final int OWNED_SUBJECT_REACH = 6;

    /**
     * Whether the verb's subject is "its ..." or "their ..." right after a "that" of reported speech, or right after
     * the verb that reports it ("said its own review of local reports put the number at").
     */
    private static boolean ownedSubjectInReportedClause(SentenceView s, int verbAt) {
        List<Token> t = s.tokens;
        for (int k = verbAt - 2; k >= 1 && verbAt - k <= OWNED_SUBJECT_REACH; k--) {
            if (POSSESSORS.contains(t.get(k)) || PERSONS_POSSESSORS.contains(t.get(k))) {
                return t.get(k - 1).is("that") || verbEndsAt(s, k);
            }
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Russia gives no figure of its own. Its Defence Ministry says ...", "The civil defence in Douma
     * says ... Its local director, who uses the name Abu Firas, said": a subject that opens with "its"
     * or "their" speaks for what the sentence before was about, the party it opens with; "The hospital
     * in Darkush is the nearest. Its director, Dr. Nour Hallak, said": a named person speaking for what
     * no claimant stands for is a local source.
     */
    private List<Speaker> ownersPeople(SentenceView s, PhraseIndex.Match<Boolean> verb, ArticleContext ctx) {
        List<Token> t = s.tokens;
        List<SentenceView> read = ctx.read();
        // "In an emailed reply to questions, its spokesman, Col. Mark Ellison, said": the subject may
        // follow a phrase set off by a comma
        int open = 0;
        int comma = 1;
        while (comma < Math.min(verb.from(), FRONTED_PHRASE_REACH) && !t.get(comma).is(",")) {
            comma++;
        }
        if (!POSSESSORS.contains(t.get(0)) && comma + 1 < verb.from() && t.get(comma).is(",") && POSSESSORS.contains(t.get(comma + 1))
                && wordsBetween(t, 0, comma)) {
            open = comma + 1;
        }
        if (verb.from() < open + 2 || verb.from() - open > SUBJECT_REACH || !POSSESSORS.contains(t.get(open)) || read.isEmpty()) {
            return List.of();
        }
        for (int k = open + 1; k < verb.from(); k++) {
            if (t.get(k).kind() == Token.Kind.QUOTE || t.get(k).kind() == Token.Kind.NUMBER) {
                return List.of(); // not one subject: "Its 2017 report said", or a quotation
            }
        }
        String surname = null;
        int close = verb.from() - 1;
        if (t.get(close).is(",") && close >= 3 && t.get(close - 1).isWord() && t.get(close - 1).nameLike()
                && t.get(close - 2).isWord() && t.get(close - 2).nameLike()) {
            surname = surname(t, close); // "Its director, Dr. Nour Hallak, said"
        }
        Speaker owner = openingParty(ctx, read.size() - 1);
        if (owner != null) {
            return List.of(new Speaker(owner.party(), surname != null ? surname : owner.speaker()));
        }
        List<Token> b = read.get(read.size() - 1).tokens;
        // "Iraq's Joint Operations Command rejected that account. Its spokesman, ..., said": an organisation
        // the data does not know, left to the rules for unknown sources
        boolean describedThing = b.size() > 1 && (b.get(0).is("the") || b.get(0).is("a")) && b.get(1).isWord() && !b.get(1).capitalised();
        return surname == null || !describedThing ? List.of() : List.of(new Speaker(claimants.require(ClaimantDirectory.LOCAL), surname));
    }

    private static final java.util.Set<String> OPENING_PRONOUNS = java.util.Set.of("it", "they");

    /** How many words of a fronted phrase ("In the same report it acknowledged") may stand before a sentence's subject. */
    private static final int FRONTED_REACH = 6;

    /** Whether the mention at {@code at} is the first its sentence names, at its head or after a short fronted phrase. */
    private static boolean opensItsSentence(SentenceView s, int at) {
        if (at == 0) {
            return true;
        }
        if (at > FRONTED_REACH || !s.tokens.get(0).isWord()) {
            return false;
        }
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            if (m.from() < at) {
                return false;
            }
        }
        for (int k = 0; k < at; k++) {
            if (s.tokens.get(k).kind() == Token.Kind.QUOTE) {
                return false;
            }
        }
        for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
            PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
            if (!usedAsNoun(s, v)) {
                return v.from() >= at; // the sentence's first verb comes after its subject
            }
        }
        return false;
    }

    /**
     * The party that the sentence read at {@code index} opens with as its subject ("Russia gives ...",
     * "The civil defence in Douma says ...", "The group tracks ..."), or null; a pronoun there is what
     * the sentence before that opened with.
     */
    private Speaker openingParty(ArticleContext ctx, int index) {
        SentenceView before = ctx.read().get(index);
        List<Token> b = before.tokens;
        for (int mAt = 0; mAt < before.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = before.mentions.get(mAt);
            // "Opposition activists from Palmyra ... gave a very different picture. They said": a word or two
            // may describe the party that opens the sentence
            if (m.from() <= 2 && (m.from() == 0 || b.get(0).isWord() && b.get(m.from() - 1).isWord())) {
                if (m.value() instanceof Mention.Anaphor a && OPENING_PRONOUNS.contains(a.phrase())) {
                    return index > 0 ? openingParty(ctx, index - 1) : null;
                }
                return resolve(m.value(), ctx, before, m.from());
            }
            if (m.from() > 2) {
                break;
            }
        }
        return null;
    }

    /**
     * The party a sentence opens with, when that party is the subject of its first speech verb
     * ("UNICEF's regional director, who joined by video link, said"), or null.
     */
    private Speaker openingSpeaker(SentenceView before, ArticleContext ctx) {
        if (before.mentions.isEmpty() || before.speechVerbs.isEmpty()) {
            return null;
        }
        PhraseIndex.Match<Mention> m = before.mentions.get(0);
        if (m.from() > 1 || m.from() == 1 && !before.tokens.get(0).is("the") || m.value() instanceof Mention.Anaphor) {
            return null;
        }
        List<Speaker> subject = subjectBefore(before, before.speechVerbs.get(0).from(), ctx);
        return subject.size() == 1 && subject.get(0).party().equals(resolve(m.value(), ctx).party()) ? subject.get(0) : null;
    }

    /** Words that open a reported clause right after its subject. */
    private static final WordSet CLAUSE_VERBS = WordSet.of("had", "has", "have", "was", "were", "is", "are", "would", "will",
            "killed", "struck", "hit", "shelled", "bombed", "attacked");

    /**
     * A person named next to the verb whom the data files do not know, with no organisation in
     * reach: a resident, witness or local official ("said Fatima Khalil", "Ahmed Khalil said").
     */
    private List<Speaker> unknownPerson(SentenceView s, PhraseIndex.Match<Boolean> verb, ArticleContext ctx) {
        List<Token> t = s.tokens;
        int end = verb.to();
        int k = nameEnd(t, end);
        // "said Fatima Khalil"; not "told Euphrates Voice", whom it was told to
        if (k - end >= 2 && !told(t, verb) && !namesAnAttacker(s, end, k) && !namesAPlace(s, end, k)) {
            List<Speaker> person = nameAt(t, end, k); // not "blamed Islamic State", an attacker
            return person.isEmpty() ? rankedOfficer(t, end, k, ctx) : person;
        }
        if (k - end == 1 && !told(t, verb) && describedAsLocal(t, k) && !namesAPlace(s, end, k) && !mentionBefore(s, k)) {
            // "said Nidal, a teacher from al-Shabki", "said Samer, a 31-year-old shopkeeper in Jableh": one name, and
            // a description of someone the reporter met
            return List.of(new Speaker(claimants.require(ClaimantDirectory.LOCAL), t.get(end).text()));
        }
        // (the cheaper test first: most verbs have no "who" before them)
        boolean metLocally = introducedAsLocal(s, verb.from());
        String pseudonym = metLocally ? pseudonymBefore(t, verb.from()) : null;
        if (pseudonym != null) {
            // "A teacher in al-Joura who gave his name only as Omar said", "Another man, who gave his name
            // as Abu Ali, said": someone the reporter met, who would not be named, is a local source
            return List.of(new Speaker(claimants.require(ClaimantDirectory.LOCAL), pseudonym));
        }
        int start = verb.from();
        boolean agedName = false;
        if (start >= 4 && t.get(start - 1).is(",") && t.get(start - 3).is(",") && t.get(start - 2).kind() == Token.Kind.NUMBER
                && t.get(start - 2).end() - t.get(start - 2).start() <= 3) {
            start -= 3; // "His cousin, Ali Obeid, 27, said": the name before the age
            agedName = true;
        }
        if (start >= 5 && t.get(start - 1).is(",")) {
            // "The hospital's director, Dr. Anas Qaddour, said": the name set off by commas after what the person is
            int j = Math.max(0, nameStart(t, start - 1) - 1);
            // "An Iraqi military spokesman, Brig. Gen. Saad Hamid,": a state's officer
            boolean office = namesAnOffice(t, Math.max(0, j - 4), start - 1);
            boolean owned = false;
            for (int w = j - 1; w >= Math.max(0, j - 4) && !owned; w--) {
                owned = POSSESSORS.contains(t.get(w)); // "its regional director, Maria Lindqvist,": the party's own
            }
            if (owned && t.get(j).is(",") && start - 2 - j >= 2 && j > 0 && (HOSPITAL_PEOPLE.contains(t.get(j - 1))
                    && MEDICAL_PLACES.anyIn(t, 0, j - 1) || LOCAL_PEOPLE.contains(t.get(j - 1)))) {
                // "the hospital has admitted 1,800 people wounded ..., its director, Dr Shvan Aziz, said": a hospital's
                // own speaks as a local source, and so does a victim's kin ("He was hurt on March 17, his father,
                // Younis Hamid, said")
                return List.of(new Speaker(claimants.require(ClaimantDirectory.LOCAL), surname(t, start - 1)));
            }
            if (t.get(j).is(",") && start - 2 - j >= 2 && j > 0 && t.get(j - 1).isWord() && !t.get(j - 1).capitalised() && !office
                    && !owned && !ORGANISATION_WORDS.contains(t.get(start - 2)) && !namesAPlace(s, j + 1, start - 1)) {
                return List.of(new Speaker(claimants.require(ClaimantDirectory.LOCAL), surname(t, start - 1)));
            }
        }
        int apposition = appositionBefore(t, start);
        int hospitalClause = appositionBefore(t, start, WHICH);
        if (apposition < 0 && hospitalClause > 0 && MEDICAL_PLACES.contains(t.get(hospitalClause - 1))) {
            // "the director of Fallujah General Hospital, which has kept working under the militants, said"
            start = hospitalClause + 1; // as if the verb followed the comma that opens the clause
            apposition = appositionBefore(t, start);
        }
        int described = apposition;
        boolean aged = false;
        // "Omar Dandal, a spokesman for Jaish al-Izza, the main rebel faction in the area, said": one description after another
        for (int depth = 0; apposition > 0 && depth < 2; depth++) {
            if (namesEmployer(t, apposition + 1, start - 1)) {
                if (MEDICAL_PLACES.contains(t.get(start - 2)) && t.get(apposition - 1).nameLike()) {
                    // "Marwan Kubaisi, the director of Fallujah General Hospital, said": a hospital speaks as a local source
                    return List.of(new Speaker(claimants.require(ClaimantDirectory.LOCAL), surname(t, apposition)));
                }
                return List.of(); // "Yasser Dalati, a spokesman for Faylaq al-Rahman, denied": a group the data does not know
            }
            start = apposition; // "Filiz Aydin, a member of the camp's council, said": the name before it
            if (start >= 3 && t.get(start - 1).kind() == Token.Kind.NUMBER && t.get(start - 2).is(",")) {
                start -= 2; // "Umm Ahmad, 52, who reached the camp with her granddaughters, said": and her age
                aged = true;
            }
            apposition = appositionBefore(t, start + 1); // start is the comma that opened the description
        }
        apposition = described;
        k = nameStart(t, start);
        // a run of capitalised words that opens a sentence is a name only when words that describe a
        // person follow it: "Iraq Body Count recorded" is an organisation
        // a single name with an age and a description is a person too: "Dakhil, 41, a farmer from Kocho, said"
        // and so is one described as someone the reporter met: "Mahmoud, a teacher who fled Tabqa on Monday, said"
        boolean single = start - k == 1 && (aged || describedAsLocal(t, start)) && k == 0 && t.get(k).isWord() && t.get(k).capitalised();
        // ("Ali Kadhim, 34, said": an age describes a person too)
        if ((start - k >= 2 || single) && (k > 0 || apposition > 0 || agedName)) {
            if (ORGANISATION_WORDS.contains(t.get(start - 1)) || namesAnAttacker(s, k, start)) {
                return List.of(); // "In a statement, the Islamic State said": an armed group, no person
            }
            if (MEDICAL_PLACES.contains(t.get(start - 1))) {
                // "The director of Kirkuk General Hospital said": a hospital speaks as a local source
                return List.of(new Speaker(claimants.require(ClaimantDirectory.LOCAL), null));
            }
            if (namesAnOffice(t, k, start)) {
                // "Lieutenant General Sergei Varnavin told a briefing": an officer speaks for the state or
                // army the sentence before named, else for one the data does not know
                return officerOfTheStateBefore(t, start, ctx);
            }
            // "The governor of Dhi Qar said": an office of a place, whose name is no one's surname (not "Hussein Samra")
            return List.of(new Speaker(claimants.require(ClaimantDirectory.LOCAL), wholeRunIsAPlace(s, k, start) ? null : surname(t, start)));
        }
        if (hospitalStaffSpeak(s, verb.from())) {
            // "Staff at the city's national hospital said", "At Jaramana's main hospital, the director said"
            return List.of(new Speaker(claimants.require(ClaimantDirectory.LOCAL), null));
        }
        if (metLocally) {
            // "A shopkeeper in his fifties who reached Homs on Monday with his family said": someone the reporter
            // met, named by what they are, a local source
            return List.of(new Speaker(claimants.require(ClaimantDirectory.LOCAL), null));
        }
        return List.of();
    }

    /**
     * The surname of the person who speaks for a source no claimant stands for, the claim then being
     * the outlet's: "said Col. Nabil Hashem, a spokesman for the Joint Operations Command", "The
     * command's spokesman, Brig. Gen. Kareem al-Hashemi, said", "Yasser Dalati, a spokesman for
     * Faylaq al-Rahman, said". Null when no person is named beside the verb.
     */
    String unlistedSpeaker(SentenceView s, int position) {
        List<Token> t = s.tokens;
        PhraseIndex.Match<Boolean> verb = verbOfParticiple(s, governingVerb(s, position));
        if (verb == null) {
            return null;
        }
        int after = nameEnd(t, verb.to());
        if (after - verb.to() >= 2 && !told(t, verb) && personsName(s, verb.to(), after)) {
            return surname(t, after);
        }
        String pseudonym = pseudonymBefore(t, verb.from());
        if (pseudonym != null) {
            return pseudonym;
        }
        int end = verb.from() >= 1 && t.get(verb.from() - 1).is(",") ? verb.from() - 1 : verb.from();
        int described = appositionBefore(t, verb.from());
        if (described > 0) {
            end = described; // the name before the words that say who the person is
        }
        int start = nameStart(t, end);
        boolean setOff = end < verb.from() && (start == 0 || t.get(start - 1).is(","));
        return end - start >= 2 && (setOff || end == verb.from()) && personsName(s, start, end) ? surname(t, end) : null;
    }

    /**
     * Whether the speaker of the claim at {@code position} is told by age in an apposition to the name, next
     * to the verb of saying: "Salim Khudhur, a 52-year-old farmer, said", "said Samer, a 31-year-old
     * shopkeeper". Officials are told by title, people who speak only for themselves by age; an age elsewhere
     * ("said a 10-year-old girl was among 12 killed") is a victim's.
     */
    boolean describedByAge(SentenceView s, int position) {
        PhraseIndex.Match<Boolean> verb = verbOfParticiple(s, governingVerb(s, position));
        if (verb == null) {
            return false;
        }
        List<Token> t = s.tokens;
        int before = appositionBefore(t, verb.from());
        if (before > 0 && agedAfterComma(t, before)) {
            return true; // "Salim Khudhur, a 52-year-old farmer now staying in the Nimrud camp, said"
        }
        int after = nameEnd(t, verb.to());
        return after > verb.to() && agedAfterComma(t, after); // "said Samer, a 31-year-old shopkeeper"
    }

    /** ", a 52-year-old" at {@code comma}. */
    private static boolean agedAfterComma(List<Token> t, int comma) {
        if (comma + 2 >= t.size() || !t.get(comma).is(",") || !(t.get(comma + 1).is("a") || t.get(comma + 1).is("an"))) {
            return false;
        }
        return SentenceView.ageWord(t.get(comma + 2));
    }

    /** Whether [from, to) names a person: no party, place or organisation of the data in it, and no word of an organisation's name. */
    private static boolean personsName(SentenceView s, int from, int to) {
        if (ORGANISATION_WORDS.contains(s.tokens.get(to - 1)) || ORGANISATION_OPENERS.contains(s.tokens.get(from))
                || namesAPlace(s, from, to) || namesAnAttacker(s, from, to)) {
            return false;
        }
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            if (s.mentions.get(mAt).from() < to && s.mentions.get(mAt).to() > from) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> STATES = java.util.Set.of("military", "government");
    /** Where the wounded are treated and the dead taken: who speaks from there is a medic. */
    private static final WordSet MEDICAL_PLACES = WordSet.of("hospital", "hospitals", "clinic", "clinics", "infirmary", "morgue");
    /** Who at a hospital speaks for it. */
    private static final WordSet HOSPITAL_PEOPLE = WordSet.of("staff", "director", "doctors", "doctor", "medics", "nurses", "surgeon",
            "surgeons", "officials", "manager");
    /** How far before its verb the hospital and the people who speak for it may be named. */
    private static final int HOSPITAL_REACH = 12;

    /**
     * Whether a hospital and someone who works there are named in the words before the verb, and no
     * name after the hospital says who runs it ("the clinic run by Humanity and Demining, a European
     * charity, staff said" is the charity's, which the data does not know).
     */
    private static boolean hospitalStaffSpeak(SentenceView s, int verbAt) {
        List<Token> t = s.tokens;
        int hospital = -1;
        boolean people = false;
        for (int k = Math.max(0, verbAt - HOSPITAL_REACH); k < verbAt; k++) {
            hospital = MEDICAL_PLACES.contains(t.get(k)) ? k : hospital;
            people |= HOSPITAL_PEOPLE.contains(t.get(k));
        }
        if (hospital < 0 || !people) {
            return false;
        }
        for (int k = hospital + 1; k < verbAt; k++) {
            // a person named after the hospital speaks for himself ("Its director, Dr. Nour Hallak, said"); a
            // place that says where the hospital is does not ("At the al-Kindi hospital in eastern Baghdad, staff said")
            if (t.get(k).isWord() && t.get(k).nameLike() && !namesAPlace(s, k, k + 1)) {
                return false;
            }
        }
        return true;
    }
    private static final WordSet WHICH = WordSet.of("which");

    /** Where the comma opens that sets off a name of two words or more right before the verb at {@code verbAt} (", Younis Hamid, said"); or -1. */
    private static int setOffNameBefore(List<Token> t, int verbAt) {
        if (verbAt < 4 || !t.get(verbAt - 1).is(",")) {
            return -1;
        }
        int k = nameStart(t, verbAt - 1);
        return verbAt - 1 - k >= 2 && k > 0 && t.get(k - 1).is(",") ? k - 1 : -1;
    }

    /** The army or government the sentence read last names, or null. */
    Speaker stateNamedBefore(ArticleContext ctx) {
        List<SentenceView> read = ctx.read();
        if (read.isEmpty()) {
            return null;
        }
        for (PhraseIndex.Match<Mention> m : read.get(read.size() - 1).mentions) {
            Speaker sp = m.value() instanceof Mention.Anaphor ? null : resolve(m.value(), ctx);
            if (sp != null && STATES.contains(sp.party().kind())) {
                return sp;
            }
        }
        return null;
    }

    /**
     * Where the words that describe a speaker open, set off by commas right before the verb at
     * {@code verbAt} (", a member of the camp's council, said"): the opening comma, or -1.
     */
    static int appositionBefore(List<Token> t, int verbAt) {
        return appositionBefore(t, verbAt, APPOSITIVE_OPENERS);
    }

    /**
     * As {@link #appositionBefore(List, int)}, with the words that may open the description: a place
     * rule also takes "which" ("The Raqqa Civil Council, which runs the city, said"); a person's never.
     */
    static int appositionBefore(List<Token> t, int verbAt, WordSet openers) {
        if (verbAt < 4 || !t.get(verbAt - 1).is(",")) {
            return -1;
        }
        int open = verbAt - 2;
        while (open > 0 && !t.get(open).is(",") && t.get(open).kind() != Token.Kind.QUOTE && verbAt - open <= APPOSITION_REACH) {
            open--;
        }
        if (open <= 0 || !t.get(open).is(",") || open + 1 >= verbAt - 1) {
            return -1;
        }
        // ", just north of the town,": where a place lies, told a little more closely
        boolean nearer = t.get(open + 1).is("just") && open + 2 < verbAt - 1 && COMPASS_OPENERS.contains(t.get(open + 2));
        return openers.contains(t.get(open + 1)) || nearer ? open : -1;
    }

    /**
     * "A doctor at Fallujah's teaching hospital, reached through a messaging application, said", "a gravedigger at
     * the cemetery, keeping a tally in an exercise book, said": the subject, and where it works, ends at {@code end}
     * right before a participle set off by commas before the verb.
     */
    private static boolean beforeParticipleAside(SentenceView s, int end, int verbAt) {
        List<Token> t = s.tokens;
        if (verbAt < 4 || !t.get(verbAt - 1).is(",")) {
            return false;
        }
        int open = verbAt - 2;
        while (open > end && !t.get(open).isPunct()) {
            open--;
        }
        if (open <= end || !t.get(open).is(",") || !participle(t.get(open + 1))) {
            return false;
        }
        if (open == end) {
            return true;
        }
        // "at Fallujah's teaching hospital": where the subject works, between it and the aside
        if (open - end > PLACE_OF_WORK_REACH || !WORKS_AT.contains(t.get(end))) {
            return false;
        }
        for (int k = end + 1; k < open; k++) {
            if (t.get(k).isPunct() && !t.get(k).possessive()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether at most {@code limit} words between {@code from} and {@code to} stand outside asides that open with a
     * participle and are set off by commas (", reached through a messaging application,"): asides do not take the
     * subject further from its verb. Counts no further than the limit, and finds each closing comma among the
     * sentence's commas, found once: a sentence of a megabyte asks this of every party before every verb.
     */
    private static boolean fewWordsOutsideAsides(SentenceView s, int from, int to, int limit) {
        List<Token> t = s.tokens;
        int[] commas = s.commas();
        int outside = 0;
        for (int k = from; k < to; k++) {
            if (t.get(k).is("(")) {
                // "about 70 kilometres (45 miles) south-west of Sukhna": a bracketed aside is no distance
                int close = k + 1;
                while (close < to && close - k <= limit && !t.get(close).is(")")) {
                    close++; // (no further than the limit: an unclosed bracket is not read to the verb for each one)
                }
                if (close < to && t.get(close).is(")")) {
                    k = close;
                    continue;
                }
            }
            if (k + 1 < to && t.get(k).is(",") && participle(t.get(k + 1))) {
                int i = java.util.Arrays.binarySearch(commas, k + 1);
                int next = i >= 0 ? i : -i - 1; // the first comma at or after k + 1
                if (next < commas.length && commas[next] < to) {
                    k = commas[next]; // the aside, commas and all
                    continue;
                }
            }
            if (++outside > limit) {
                return false;
            }
        }
        return true;
    }


    /** The participles that open an aside about how a speaker was reached or what they were doing. */
    private static boolean participle(Token w) {
        return ASIDE_PARTICIPLES.contains(w);
    }

    private static final WordSet ASIDE_PARTICIPLES = WordSet.of("reached", "contacted", "speaking", "interviewed", "keeping",
            "writing", "asked", "visited", "standing", "sitting", "holding", "pointing", "showing", "reading", "working",
            "interviewing");

    private static final WordSet WORKS_AT = WordSet.of("at", "in", "from", "with", "inside", "near");
    /** How many words the place a subject works at may take: "at the city's main teaching hospital". */
    private static final int PLACE_OF_WORK_REACH = 8;

    /**
     * "The district's mayor, Bashar Shukri, who has worked from Mosul since 2014, said": the comma
     * before a name that a description follows up to the verb, where what the person is ends; or -1.
     */
    static int namedBeforeDescription(List<Token> t, int verbAt) {
        int open = appositionBefore(t, verbAt);
        if (open < 2 || !t.get(open - 1).nameLike()) {
            return -1;
        }
        int name = nameStart(t, open);
        return name >= 2 && open - name >= 2 && t.get(name - 1).is(",") ? name - 1 : -1;
    }

    /**
     * Whether "of" at {@code at} opens a name that a description set off by commas follows up to the verb: "Residents
     * of Hammam al-Turkman, a Turkmen village about 15 km south of Tal Abyad, said", where the people of the place speak
     * however long the description of the place.
     */
    private static boolean ofDescribedName(List<Token> t, int at, int verbAt) {
        if (at + 1 >= t.size() || !t.get(at).is("of")) {
            return false;
        }
        int open = appositionBefore(t, verbAt);
        return open > at + 1 && t.get(open - 1).nameLike() && nameStart(t, open) == at + 1;
    }

    /** Verbs of what a person lived through, after "who": "who fled Tabqa", "who lost two sons in Mosul". */
    private static final WordSet LIVED_THROUGH = WordSet.of("fled", "escaped", "lost", "survived", "lives", "lived", "returned",
            "stayed", "left", "reached", "arrived", "buried", "witnessed");

    /** Verbs of running a place, after "who": "who manages the camp", "who runs a clinic in Qayyarah". */
    private static final WordSet RUNS = WordSet.of("runs", "ran", "manages", "managed", "heads", "headed", "directs", "oversees");
    /** Places a person met there runs, whoever pays for them. */
    private static final WordSet PLACES_RUN = WordSet.of("camp", "clinic", "hospital", "shelter", "school", "bakery", "pharmacy",
            "morgue", "cemetery", "orphanage", "kitchen");

    /** How far (in tokens) before its verb the words that describe a speaker may open. */
    private static final int APPOSITION_REACH = 24;

    /** Whether a capitalised word stands in [from, to) after its first word: an employer named ("a spokesman for Faylaq al-Rahman"). */
    private static boolean namesEmployer(List<Token> t, int from, int to) {
        if (from < t.size() && COMPASS_OPENERS.contains(t.get(from))) {
            return false; // "south of Hawija": where a place lies
        }
        if (from + 1 < to && t.get(from).is("who") && LIVED_THROUGH.contains(t.get(from + 1))) {
            return false; // "who fled Busra al-Harir with his wife": what befell the person, no employer
        }
        if (from + 1 < to && t.get(from).is("who") && RUNS.contains(t.get(from + 1)) && PLACES_RUN.anyIn(t, from + 2, to)) {
            return false; // "who manages the Qayyarah Airstrip camp for a local aid group": someone met there
        }
        for (int k = from + 1; k < to; k++) {
            if (t.get(k).is("from")) {
                return false; // "a farmer from the village of Rashad": where the person is from, no employer
            }
            if (RELATIVES.contains(t.get(k))) {
                return false; // "a teacher who fled with his family in late April": what the person did, no employer
            }
            if (t.get(k).isWord() && t.get(k).nameLike() && !residence(t, k) && !DEMONYMS.contains(t.get(k))) {
                return true; // not "a Christian shopkeeper", "a Kurdish farmer": who the person is, not an employer
            }
            if (POSTS.contains(t.get(k)) && stateBodyAfter(t, k + 1, to)) {
                return true; // "a spokesman for the prime minister's office", "an official at the ministry": a state's own
            }
        }
        return false;
    }

    private static final WordSet DEMONYMS = WordSet.of("christian", "muslim", "sunni", "shia", "shi'ite", "shiite", "kurdish", "arab",
            "yazidi", "turkmen", "assyrian", "armenian", "palestinian", "iraqi", "syrian", "alawite", "druze", "bedouin");

    /**
     * Whether the name at {@code k} is where a person met lives or works, after one of {@link #LOCAL_PEOPLE}:
     * "a teacher in Joura", "a 31-year-old shopkeeper in Jableh" (not "a spokesman in Raqqa for the SDF").
     */
    private static boolean residence(List<Token> t, int k) {
        return residentOf(t, k) || k >= 2 && (t.get(k - 1).is("near") || t.get(k - 1).is("outside")) && LOCAL_PEOPLE.contains(t.get(k - 2));
    }

    /** Whether "for", "of", "at" or "with" opens, at {@code at}, words that end in a body of a state: "for the prime minister's office". */
    private static boolean stateBodyAfter(List<Token> t, int at, int to) {
        if (at >= to || !EMPLOYED_BY.contains(t.get(at))) {
            return false;
        }
        for (int k = at + 1; k < Math.min(to, at + STATE_BODY_REACH); k++) {
            if (STATE_BODIES.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final int STATE_BODY_REACH = 6;

    /** "a farmer from Rashad, south of Hawija, said": a description may say where the place the person is from lies. */
    private static final String[] COMPASS_POINTS = {"south", "north", "east", "west", "north-west", "north-east", "south-west",
        "south-east", "northwest", "northeast", "southwest", "southeast"};
    private static final WordSet COMPASS_OPENERS = WordSet.of(COMPASS_POINTS);
    /** First words of a description set off by commas after a name: "a member of", "the head of", "south of Hawija". */
    private static final WordSet APPOSITIVE_OPENERS = WordSet.of(java.util.stream.Stream.concat(
            java.util.stream.Stream.of("a", "an", "the", "one", "who", "whose"), java.util.Arrays.stream(COMPASS_POINTS)).toArray(String[]::new));

    /**
     * "disputed the UN's account, saying there had been no rise": a participle after a comma has the
     * subject of the verb before it, so that verb stands for it; any other verb stands for itself.
     */
    private static PhraseIndex.Match<Boolean> verbOfParticiple(SentenceView s, PhraseIndex.Match<Boolean> verb) {
        if (verb == null || verb.from() < 1 || !PARTICIPLES.contains(s.tokens.get(verb.from())) || !s.tokens.get(verb.from() - 1).is(",")) {
            return verb;
        }
        PhraseIndex.Match<Boolean> previous = null;
        for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
            PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
            if (v.to() < verb.from()) {
                previous = v;
            }
        }
        return previous != null ? previous : verb;
    }

    private static final WordSet PARTICIPLES = WordSet.of("saying", "adding", "noting", "claiming", "insisting", "arguing");

    /**
     * Whether what follows "told" is a broadcaster or a paper ("told state television"): a listed party's
     * outlet, which only carries what a named official tells it ("Lt. Col. Ahmed al-Jubouri told SANA"
     * stays SANA's, as a listed party's own).
     */
    private static boolean toldTheMedia(List<Token> t, int from) {
        return MEDIA.anyIn(t, from, Math.min(t.size(), from + MEDIA_REACH));
    }

    private static final WordSet MEDIA = WordSet.of("television", "tv", "radio", "media", "newspaper", "channel");
    private static final int MEDIA_REACH = 3;

    /** Whether the verb is "told", "tell" or "tells": who follows it is told, not telling. */
    private static boolean told(List<Token> t, PhraseIndex.Match<Boolean> verb) {
        Token w = t.get(verb.from());
        return w.startsWithLower("tol") || w.is("tell") || w.is("tells");
    }

    /** What a party publishes: its owner named with a possessive is spoken of, not speaking. */
    private static final WordSet DOCUMENTS = WordSet.of("report", "reports", "figures", "figure", "toll", "count", "tally",
            "findings", "account", "claim", "claims", "statement", "data", "testimony", "testimonies", "accounts", "statements");

    /**
     * The name a subject gave for itself in a relative clause before its verb: "A doctor at the clinic,
     * who gave his name as Abu Ahmad, said", "a surgeon who asked to be identified only as Hassan said",
     * "its director, who uses the name Abu Firas, said". Null when there is none.
     */
    static String pseudonymBefore(List<Token> t, int verbFrom) {
        return pseudonym(t, verbFrom);
    }

    /**
     * "At the edge of al-Hoz, a man who gave his name as Abu Mustafa waited for news": the name a
     * person is introduced by in a sentence where nobody speaks, for a later "he said"; or null.
     */
    static String pseudonymIntroduced(List<Token> t) {
        return pseudonym(t, -1);
    }

    /**
     * The name a "who" clause introduces someone by ("who gave his name as", "who asked to be identified
     * only as", "who uses the name"): before a speech verb at {@code verbFrom}, the name that ends right
     * before it; with no verb ({@code verbFrom} -1), a name the person gave ("gave his name as", "uses the
     * name") anywhere, but not one the person was "identified as", which is how the dead are named.
     */
    private static String pseudonym(List<Token> t, int verbFrom) {
        boolean who = false;
        int last = verbFrom < 0 ? t.size() : verbFrom;
        for (int k = 0; k + 1 < last; k++) {
            Token w = t.get(k);
            who |= w.is("who");
            boolean identified = verbFrom >= 0 && k > 0 && (t.get(k - 1).is("only") || t.get(k - 1).is("identified"));
            boolean introduces = who && (w.is("as") && k > 0 && (t.get(k - 1).is("name") || identified)
                    || w.is("name") && k > 1 && t.get(k - 1).is("the") && (t.get(k - 2).is("uses") || t.get(k - 2).is("using")));
            if (!introduces) {
                continue;
            }
            // the clause closes right before the verb: "A man who was identified as Ahmad Hassan, 30, was among
            // the dead, SOHR said" names a victim, not the speaker
            int end = nameEnd(t, k + 1);
            boolean closes = verbFrom < 0 || end == verbFrom || end + 1 == verbFrom && t.get(end).is(",")
                    || clauseGoesOnToVerb(t, end, verbFrom);
            if (end > k + 1 && closes && t.get(k + 1).capitalised()) {
                return end - k - 1 == 1 ? t.get(k + 1).text() : surname(t, end);
            }
        }
        return null;
    }

    /**
     * "who asked to be identified as Abu Mohammed because his family still live under Islamic State rule,
     * told": the clause goes on past the name with a reason, and its comma closes it right before the verb.
     */
    private static boolean clauseGoesOnToVerb(List<Token> t, int end, int verbFrom) {
        if (end >= verbFrom - 2 || !t.get(verbFrom - 1).is(",") || !REASONS.contains(t.get(end))) {
            return false;
        }
        for (int k = end + 1; k < verbFrom - 1; k++) {
            if (t.get(k).isPunct()) {
                return false;
            }
        }
        return true;
    }

    private static final WordSet REASONS = WordSet.of("because", "since", "as", "for", "fearing", "out");

    /** The words before which a name is a kunya, "Abu Khaled", "Umm Ali": a name without a surname, repeated whole. */
    private static final WordSet KUNYA = WordSet.of("abu", "umm", "um", "abou");

    /**
     * The surname of the name that ends before {@code end}, as the article would repeat it: its last
     * word ("Hallak" of "Dr. Nour Hallak"), or the whole of a kunya ("Abu Khaled", "Umm Ali").
     */
    static String surname(List<Token> t, int end) {
        Token last = t.get(end - 1);
        if (end >= 2 && KUNYA.contains(t.get(end - 2)) && t.get(end - 2).capitalised()) {
            return t.get(end - 2).text() + " " + last.text();
        }
        return last.text();
    }

    /** Where a run of name-like words (and titles' dots) that ends at {@code end} starts: the twin of {@link #nameEnd}. */
    private static int nameStart(List<Token> t, int end) {
        int k = end;
        while (k > 0 && (t.get(k - 1).isWord() && t.get(k - 1).nameLike() || titleDot(t, k - 1))) {
            k--;
        }
        return k;
    }

    /** Where a run of name-like words (and titles' dots) that starts at {@code from} ends. */
    static int nameEnd(List<Token> t, int from) {
        int k = from;
        while (k < t.size() && (t.get(k).isWord() && t.get(k).nameLike() || titleDot(t, k))) {
            k++;
        }
        return k;
    }

    /**
     * The person named by the words [from, end) after a speech verb or "according to": a local
     * source with the last word as surname; nobody for an organisation the data files do not know,
     * for an office or a rank, or for "said Iraqi F-16s had struck", where the words are the
     * subject of what was said.
     */
    private List<Speaker> nameAt(List<Token> t, int from, int end) {
        if (end - from < 2 || end < t.size() && CLAUSE_VERBS.contains(t.get(end)) || ORGANISATION_WORDS.contains(t.get(end - 1))) {
            return List.of();
        }
        if (namesAnOffice(t, from, end)) {
            return List.of(); // "Iraqi Prime Minister Haider al-Abadi", "Col. John Thomas": an office, not a local source
        }
        return List.of(new Speaker(claimants.require(ClaimantDirectory.LOCAL), surname(t, end)));
    }

    /**
     * "said Major-General Viktor Sorokin" after "the Russian Defence Ministry said": an officer whom the data files
     * do not know speaks for the army or the state the sentence before named, as one before the verb does; else nobody.
     */
    private List<Speaker> rankedOfficer(List<Token> t, int from, int end, ArticleContext ctx) {
        // only where the name was turned down for its office, not for a clause verb or an organisation's word after it
        if (end - from < 2 || end < t.size() && CLAUSE_VERBS.contains(t.get(end)) || ORGANISATION_WORDS.contains(t.get(end - 1))) {
            return List.of();
        }
        boolean ranked = false;
        for (int k = from; k < end && !ranked; k++) {
            ranked = RANKS.contains(t.get(k)) || t.get(k).hyphenAt() > 0 && hyphenedOffice(t.get(k).lower());
        }
        return ranked ? officerOfTheStateBefore(t, end, ctx) : List.of();
    }

    /** The officer whose name ends before {@code nameEnd}, speaking for the state or army the sentence before named; or nobody. */
    private List<Speaker> officerOfTheStateBefore(List<Token> t, int nameEnd, ArticleContext ctx) {
        Speaker state = stateNamedBefore(ctx);
        return state == null ? List.of() : List.of(new Speaker(state.party(), surname(t, nameEnd)));
    }

    /** Military ranks: "Colonel Dale Marsh", "Maj. Gen. Yuri Belkin". */
    static final MarkedWords RANKS = MarkedWords.of("general", "col", "gen", "maj", "lt", "capt", "brig", "sgt", "colonel", "major",
            "captain", "lieutenant", "brigadier", "sergeant");

    /** Whether an office or a rank stands in [from, to). */
    private static boolean namesAnOffice(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (OFFICES.contains(t.get(k)) || t.get(k).hyphenAt() > 0 && hyphenedOffice(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "Major-General", "Lieutenant-Colonel": an office or a rank written as one hyphenated word. */
    private static boolean hyphenedOffice(String lower) {
        int hyphen = lower.indexOf('-');
        return OFFICES.contains(lower.substring(0, hyphen)) && OFFICES.contains(lower.substring(hyphen + 1));
    }

    /**
     * The party named in the apposition after a person's name, as the body the person works for:
     * ", a researcher with the Observatory", ", an official at UNICEF", ", a spokesman for the SDF".
     */
    Speaker employerInApposition(SentenceView s, int nameEnd, ArticleContext ctx) {
        List<Token> t = s.tokens;
        if (nameEnd + 2 >= t.size() || !t.get(nameEnd).is(",")) {
            return null;
        }
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            if (m.from() <= nameEnd + 1 || m.from() > nameEnd + 8) {
                continue;
            }
            // "a member of the city's exiled local council": the employer's words may be preceded by
            // "the", a possessive and an adjective
            int before = m.from() - 1;
            while (before > nameEnd + 1 && m.from() - before <= 4 && !EMPLOYED_BY.contains(t.get(before))
                    && (t.get(before).isWord() || t.get(before).possessive())) {
                before--;
            }
            if (before > nameEnd && EMPLOYED_BY.contains(t.get(before)) && wordsBetween(t, nameEnd + 1, before)) {
                return resolve(m.value(), ctx);
            }
        }
        return null;
    }

    private static final WordSet EMPLOYED_BY = WordSet.of("with", "at", "for", "of", "from");

    private static boolean wordsBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** Offices and ranks in a name: whoever holds them speaks for a state or an army the name alone does not tell. */
    private static final WordSet OFFICES = WordSet.of("president", "minister", "prime", "commander", "general", "governor",
            "mayor", "ambassador", "envoy", "col", "gen", "maj", "lt", "capt", "brig", "sgt", "colonel", "major", "captain",
            "lieutenant", "brigadier", "sergeant", "spokesman", "spokeswoman");

    /** Titles that stand before a name with a dot: "Dr. Hisham Qaddour", "Col. Ryan Dillon". */
    static final MarkedWords TITLES = MarkedWords.of("dr", "col", "gen", "maj", "lt", "capt", "brig", "sgt", "mr", "mrs", "ms");

    /** The dot of a title inside a name ("said Dr. Hisham Qaddour"): part of the name's run of words. */
    static boolean titleDot(List<Token> t, int k) {
        return k > 0 && k + 1 < t.size() && t.get(k).is(".") && TITLES.contains(t.get(k - 1)) && t.get(k + 1).capitalised();
    }

    private static final WordSet CITING = WordSet.of("cited", "quoted", "interviewed", "contacted", "reached");

    /**
     * "The report cites local health sources as saying that air strikes killed 58 civilians": the
     * party cited says it, not the one that cites it (the verb is one {@link #citesAsSaying} accepts).
     */
    private List<Speaker> citedAsSaying(SentenceView s, PhraseIndex.Match<Boolean> verb, ArticleContext ctx) {
        int as = verb.from() - 1;
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            if ((m.to() == as || whereTheCitedAre(s.tokens, m.to(), as)) && citesBefore(s, m.from())) {
                Speaker sp = resolve(m.value(), ctx, s, m.from());
                return sp == null ? List.of() : List.of(sp);
            }
        }
        return List.of();
    }

    /** "cited health authorities in the city as saying": a few words of where the cited are, between them and "as". */
    private static boolean whereTheCitedAre(List<Token> t, int from, int as) {
        if (from >= as || as - from > CITED_PLACE_REACH || !PLACE_PREPOSITIONS.contains(t.get(from))) {
            return false;
        }
        return unbroken(t, from, as);
    }

    /** How many words may tell where the cited party is: "in the besieged city". */
    private static final int CITED_PLACE_REACH = 5;

    /** "Syria: Air strikes kill 12 in Idlib": the country the war is in, named before a colon as the topic, not as a speaker. */
    static boolean countryAsTopic(List<Token> t, PhraseIndex.Match<Mention> m) {
        return m.from() == 0 && m.to() == 1 && t.size() > 1 && t.get(1).is(":") && WAR_COUNTRIES.contains(t.get(0));
    }

    /** The countries the war is in, which a headline names before a colon as its topic. */
    private static final WordSet WAR_COUNTRIES = WordSet.of("syria", "iraq");

    private static final WordSet CITES = WordSet.of("cites", "cited", "citing", "quotes", "quoted", "quoting");

    /**
     * The party that cites an office holder named only by the office ending at {@code title}, with no word of whose it is
     * ("SANA quoted the governor as saying", "quoted a senior army officer"), when it is a state or a force; none
     * otherwise ("the report cites the office of the Anbar governor": a report's source speaks for no one the report
     * stands for; "SANA quoted a rebel commander": the rebels' man).
     */
    private List<Speaker> citerOfItsOwn(SentenceView s, int title, ArticleContext ctx) {
        List<Token> t = s.tokens;
        for (int k = title - 1; k >= Math.max(0, title - CITED_OBJECT_REACH); k--) {
            if (CITES.contains(t.get(k))) {
                List<Speaker> citer = subjectBefore(s, k, ctx);
                return citer.size() == 1 && citer.get(0).party().fights() ? citer : List.of();
            }
            if (!OWN_SIDE_WORDS.contains(t.get(k))) {
                return List.of(); // "quoted a rebel commander", "a Turkish official": someone else's
            }
        }
        return List.of();
    }

    /** The words that may stand before such an office and leave it the citing side's: "the governor", "a senior army officer". */
    private static final WordSet OWN_SIDE_WORDS = WordSet.of("the", "a", "an", "senior", "army", "military", "security", "field",
            "provincial");

    /**
     * Whether "its General Command" stands at {@code at}: a force's command, which any force may have (not "its media
     * centre", which may be a city's: "shelled eastern Aleppo, and its media centre said").
     */
    private static boolean ownedBody(List<Token> t, int at) {
        return at > 0 && at + 1 < t.size() && t.get(at - 1).is("its") && t.get(at).is("general") && t.get(at + 1).is("command");
    }

    /** Offices whose holder, cited by a state or a force without a name, speaks for it. */
    private static final WordSet OWN_SIDE_TITLES = WordSet.of("governor", "officer", "official", "officials", "commander");

    /** "a military source", "security sources": someone the citing party leaves unnamed, of its own side. */
    private static final WordSet UNNAMED_SOURCES = WordSet.of("source", "sources");

    /** "cites ... as saying", "quoted ... as saying": the verb is another's saying, passed on. */
    private static boolean citesAsSaying(SentenceView s, PhraseIndex.Match<Boolean> verb) {
        List<Token> t = s.tokens;
        return verb.from() >= 3 && t.get(verb.from()).is("saying") && t.get(verb.from() - 1).is("as") && citesBefore(s, verb.from() - 1);
    }

    /**
     * Whether a verb of citing stands before the party at {@code at}, in the same clause: "cites the provincial
     * council", and "quotes the office of the Anbar governor", where the party's name comes last.
     */
    private static boolean citesBefore(SentenceView s, int at) {
        List<Token> t = s.tokens;
        for (int k = at - 1; k >= Math.max(0, at - CITED_OBJECT_REACH); k--) {
            if (CITES.contains(t.get(k))) {
                return true;
            }
            if (t.get(k).isPunct() && !t.get(k).possessive()) {
                return false;
            }
        }
        return false;
    }

    /** How many words a cited party's name may have before it: "the office of the Anbar governor". */
    private static final int CITED_OBJECT_REACH = 8;

    /**
     * "citing the Douma local council": the source the subject cites, up to three words after
     * "citing"; and "local sources cited by Airwars said": the party that cites the subject.
     */
    private static boolean cited(SentenceView s, int at) {
        if (at >= 2 && s.tokens.get(at - 1).is("by") && CITING.contains(s.tokens.get(at - 2))) {
            return true;
        }
        for (int k = Math.max(1, at - CITED_REACH); k < at; k++) {
            // set off after the subject ("Syria Direct, citing the Douma local council, reported"), not opening the
            // sentence before it ("Quoting doctors, UNICEF said": UNICEF speaks)
            if (CITING_PARTICIPLES.contains(s.tokens.get(k)) && s.tokens.get(k - 1).is(",")) {
                return true;
            }
        }
        return false;
    }

    /** "The WHO, relaying figures from health workers in the east, said": whose figures the subject passes on. */
    private static final WordSet CITING_PARTICIPLES = WordSet.of("citing", "quoting", "relaying");
    /** How far before a party a citing participle may stand: "relaying casualty figures from health workers". */
    private static final int CITED_REACH = 4;

    /** Whether one of {@code words} stands right before the mention at {@code at}, or before its article. */
    private static boolean precededBy(SentenceView s, int at, WordSet words) {
        int k = at - 1;
        if (k >= 0 && (s.tokens.get(k).is("the") || s.tokens.get(k).is("a") || s.tokens.get(k).is("an"))) {
            k--;
        }
        return k >= 0 && words.contains(s.tokens.get(k));
    }

    /** "a spokesman for the coalition", "officials in Baghdad": a party or place the subject belongs to, not the subject. */
    private static final WordSet BELONGING_TO = WordSet.of("in", "for", "at", "near");
    /** "in Syria", "across Iraq": where something happened, not who speaks. */
    private static final WordSet WITHIN = WordSet.of("in", "across", "throughout", "inside");

    /** Verbs by which a party rejects what another said. */
    private static final WordSet REJECTIONS = WordSet.of("rejected", "rejects", "dismissed", "dismisses", "denied", "denies",
            "disputed", "disputes", "challenged", "challenges");

    /** The subject of an earlier speech verb in the sentence, when it is a party other than local sources. */
    private List<Speaker> earlierReporter(SentenceView s, PhraseIndex.Match<Boolean> verb, ArticleContext ctx) {
        for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
            PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
            if (v.from() < verb.from() && REJECTIONS.contains(s.tokens.get(v.from()))) {
                // "it rejected the account of a local official who said six farmers died": the official's
                // claim, not the reporter's, which rejects it
                return List.of();
            }
        }
        for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
            PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
            if (v.from() >= verb.from()) {
                break;
            }
            if (separateStatement(s, v.to(), verb.from())) {
                continue; // "the Observatory said, while local activists reported 25 dead": two statements
            }
            List<Speaker> sub = subjectBefore(s, v.from(), ctx);
            if (!sub.isEmpty() && !sub.get(0).party().id().equals(ClaimantDirectory.LOCAL)) {
                return sub;
            }
        }
        return List.of();
    }

    /** The subject of the speech verb before {@code verb} in the sentence, if it has one. */
    private List<Speaker> subjectOfVerbBefore(SentenceView s, PhraseIndex.Match<Boolean> verb, ArticleContext ctx) {
        PhraseIndex.Match<Boolean> previous = null;
        for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
            PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
            if (v.to() < verb.from()) {
                previous = v;
            }
        }
        if (previous == null) {
            return List.of();
        }
        List<Speaker> subject = subjectBefore(s, previous.from(), ctx);
        // "Orlik said no Russian aircraft had flown over the city and rejected reports of civilian deaths"
        return subject.isEmpty() ? namedAgain(s, previous, ctx) : subject;
    }

    private static final WordSet CONTRASTS = WordSet.of("while", "whereas", "but", ";");

    /**
     * Whether what stands between an earlier speech verb and a later one ends the first statement:
     * a contrast ("while", "but"), or a figure the first one already gave ("where the UN says
     * 393,000 are trapped, a doctor said 16 died").
     */
    private static boolean separateStatement(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token w = s.tokens.get(k);
            if (CONTRASTS.contains(w) || w.kind() == Token.Kind.NUMBER) {
                return true;
            }
        }
        return false;
    }

    /** Determiners before a noun of the verb list: "the report", "its claims". */
    private static final WordSet NOUN_DETERMINERS = WordSet.of("the", "a", "an", "its", "their", "his", "her", "this");

    /** Verbs whose object a report is: "had received reports of", "has had reports that". */
    private static final WordSet RECEIVING = WordSet.of("received", "receives", "receiving", "receive", "had", "got", "gets",
            "getting", "collected", "gathered", "reviewing", "reviewed", "assessing", "assessed", "investigating", "investigated");

    /**
     * "..., the report says": a verb of the list used as a noun after a determiner speaks of a document,
     * unless its source follows ("a report by activists", see {@link #sourceOfReport}).
     */
    private static boolean usedAsNoun(SentenceView s, PhraseIndex.Match<Boolean> v) {
        List<Token> t = s.tokens;
        if (v.to() != v.from() + 1 || v.from() == 0 || v.to() < t.size() && (t.get(v.to()).is("by") || t.get(v.to()).is("from"))) {
            return false;
        }
        // "the report", and with a word between: "the same report", "its latest report", "a new report", "the Amnesty report was"
        // and what is received: "UN agencies had received reports of at least 230 civilians killed"
        return NOUNS_AMONG_VERBS.contains(t.get(v.from())) && (NOUN_DETERMINERS.contains(t.get(v.from() - 1))
                || RECEIVING.contains(t.get(v.from() - 1))
                || v.from() >= 2 && (NOUN_DETERMINERS.contains(t.get(v.from() - 2)) || RECEIVING.contains(t.get(v.from() - 2)))
                        && (DOCUMENT_ADJECTIVES.contains(t.get(v.from() - 1))
                                || t.get(v.from() - 1).capitalised() && v.to() < t.size() && COPULAS.contains(t.get(v.to()))));
    }

    /**
     * "the hospital has admitted 1,800 people wounded in the fighting": patients taken in, not a
     * statement; "admitted that", "admitted killing" and the coalition's "admitted 23 civilian deaths" still speak.
     */
    private static boolean admittedAsPatients(List<Token> t, PhraseIndex.Match<Boolean> v) {
        return v.to() == v.from() + 1 && v.to() < t.size() && ADMITTING.contains(t.get(v.from()))
                && (t.get(v.to()).kind() == Token.Kind.NUMBER || FIGURE_OPENERS.contains(t.get(v.to()))) && MEDICAL_PLACES.anyIn(t, 0, v.from());
    }

    private static final WordSet ADMITTING = WordSet.of("admitted", "admits", "admit");
    /** Words that may open a figure right after "admitted": "admitted more than 300". */
    private static final WordSet FIGURE_OPENERS = WordSet.of("more", "about", "some", "at", "nearly", "around", "over", "dozens",
            "hundreds", "scores", "almost", "up");

    /**
     * "An estimated 235,000 people fled": a bound of the figure, not a verb of saying; nor is "120,000 people are
     * estimated to have fled", which says no one's estimate (the party is named elsewhere, ", the office said").
     */
    private static boolean anEstimated(List<Token> t, PhraseIndex.Match<Boolean> v) {
        if (v.from() == 0 || !t.get(v.from()).is("estimated")) {
            return false;
        }
        boolean impersonal = COPULAS.contains(t.get(v.from() - 1)) && v.to() < t.size() && t.get(v.to()).is("to");
        return t.get(v.from() - 1).is("an") || t.get(v.from() - 1).is("about") || impersonal;
    }

    /** "the Amnesty report was 'a collection of fakes'": a noun, what is spoken of; "the Amnesty report said" still speaks. */
    private static final WordSet COPULAS = WordSet.of("was", "is", "were", "are");

    /** Whether a verb of the list ends right before {@code at}: "dismissed [the report]". */
    private static boolean verbEndsAt(SentenceView s, int at) {
        for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
            PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
            if (v.to() == at) {
                return true;
            }
        }
        return false;
    }

    /** Words of the verb list that are also nouns for what a party publishes. */
    private static final WordSet NOUNS_AMONG_VERBS = WordSet.of("report", "reports", "claim", "claims", "estimate", "estimates",
            "count", "counts", "records", "record");

    /** What a document is said to be between its determiner and itself: "the same report", "its monthly report". */
    private static final WordSet DOCUMENT_ADJECTIVES = WordSet.of("same", "latest", "new", "annual", "monthly", "weekly",
            "quarterly", "earlier", "previous", "first", "last", "final", "full", "own", "recent", "initial", "preliminary",
            "separate", "joint", "official", "detailed", "daily", "credible", "unconfirmed", "further", "multiple", "several");

    /** The nearest speech verb before the figure, else the nearest after it. */
    /** Whether ", but" stands in (from, to): what comes after it is a clause of its own. */
    private static boolean butBetween(List<Token> t, int from, int to) {
        for (int k = Math.max(from + 1, 1); k < to; k++) {
            if (t.get(k).is("but") && t.get(k - 1).is(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each speech verb of the sentence, whether it says nothing there (a noun, patients admitted, "an
     * estimated"), and after the last one whether any verb stands outside quotation marks: the same for every
     * claim of the sentence, so worked out once.
     */
    private static boolean[] notSpeaking(SentenceView s) {
        boolean[] known = s.notSpeaking;
        if (known != null) {
            return known;
        }
        int n = s.speechVerbs.size();
        boolean[] out = new boolean[n + 1];
        for (int vAt = 0; vAt < n; vAt++) {
            PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
            out[vAt] = usedAsNoun(s, v) || admittedAsPatients(s.tokens, v) || anEstimated(s.tokens, v);
            out[n] |= !s.quoted[v.from()];
        }
        s.notSpeaking = out;
        return out;
    }

    private static PhraseIndex.Match<Boolean> governingVerb(SentenceView s, int position) {
        PhraseIndex.Match<Boolean> before = null;
        PhraseIndex.Match<Boolean> after = null;
        PhraseIndex.Match<Boolean> statementAfter = null;
        PhraseIndex.Match<Boolean> statementBefore = null;
        // '"Our investigation found that coalition strikes killed 77 civilians," said Laura Pennant': a
        // quoted claim is the claim of whoever is said to speak the quotation, not of a verb inside it
        boolean quotedClaim = s.quoted[Math.min(position, s.tokens.size() - 1)];
        boolean[] noVerb = notSpeaking(s);
        boolean verbOutside = noVerb[s.speechVerbs.size()];
        for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
            PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
            if (quotedClaim && verbOutside && s.quoted[v.from()] || noVerb[vAt]) {
                continue;
            }
            if (v.from() <= position) {
                before = v;
                statementBefore = ACTIONS.contains(s.tokens.get(v.from())) ? statementBefore : v;
            } else {
                after = after == null ? v : after;
                statementAfter = statementAfter == null && !ACTIONS.contains(s.tokens.get(v.from())) ? v : statementAfter;
            }
        }
        if (before == null && after != null && butBetween(s.tokens, position, after.from())) {
            // "There was no sign that any civilians were harmed, but activists said 12 people were killed": the
            // speaker of the clause after "but" does not say what came before it
            return null;
        }
        if (before != null && s.title && asBetween(s.tokens, before.to(), position)) {
            // "Moscow says its jets hit no civilians in Ariha as death toll climbs to 12": a headline's second
            // clause, after "as", is the outlet's own unless a verb of its own says whose
            return after;
        }
        PhraseIndex.Match<Boolean> governing = before != null ? before : after;
        // an act is no statement when a statement verb follows: "volunteers recovered the bodies of 53
        // people ..., the civil council said"; "the toll climbed to 43 after rescuers recovered more
        // bodies, the Observatory said": the one who says it
        if (governing != null && ACTIONS.contains(s.tokens.get(governing.from())) && statementAfter != null) {
            return statementAfter;
        }
        // "said in a telephone interview that rescue teams ... had recovered 112 bodies": the act is what was said
        if (governing != null && ACTIONS.contains(s.tokens.get(governing.from())) && statementBefore != null) {
            return statementBefore;
        }
        return governing;
    }

    private static final WordSet NOT_A_CLAUSE_AFTER_AS = WordSet.of("many", "much", "few", "high", "low", "well", "part", "of");

    private static boolean asBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).is(";")) {
                return true; // "Syrian army declares al-Bukamal taken; monitor says 40 ... died": a clause of its own
            }
            // ("as many as 300", "such as", "as well as": no new clause)
            if (t.get(k).is("as") && !(k + 1 < t.size() && NOT_A_CLAUSE_AFTER_AS.contains(t.get(k + 1)))
                    && !(k > 0 && (t.get(k - 1).is("such") || t.get(k - 1).is("well") || t.get(k - 1).is("as")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The Syria Civil Defence, whose centre in the nearby town of Hass was put out of service by a
     * strike on Sunday, said": a relative clause between commas, however long, right after the
     * subject and right before its verb; or a "who" clause with no mark in it that runs from the
     * subject to the verb ("a doctor who asked not to be named because he was not authorised said").
     */
    private static boolean relativeClauseBetween(SentenceView s, int from, int verbAt) {
        List<Token> t = s.tokens;
        while (verbAt - 1 > from && (SentenceView.PERFECT_AUXILIARIES.contains(t.get(verbAt - 1)) || VERB_ADVERBS.contains(t.get(verbAt - 1)))) {
            // "The Observatory, which monitors the war through activists, has said": the clause ends before "has" (and
            // before "now": "whose toll stood at 145 in the weeks after the raids, now says")
            verbAt--;
        }
        if (from < verbAt && t.get(from).is("who") && unbroken(t, from + 1, t.get(verbAt - 1).is(",") ? verbAt - 1 : verbAt)) {
            // "a doctor who asked not to be named because he was not authorised to speak said", "Yasser Hamdo, a
            // surgeon who ran a makeshift hospital in the basement of a school through 11 weeks of fighting, said"
            return true;
        }
        // "A doctor at the West Emergency Hospital in Erbil, where the wounded were taken, said": the
        // subject's own words of where it is may stand before the clause
        int comma = from;
        // ("the town's only field clinic": a possessive is one of those words)
        while (comma < verbAt && comma - from < PLACE_OF_SUBJECT_REACH && (t.get(comma).isWord() || t.get(comma).possessive())) {
            comma++;
        }
        // "A doctor at a field clinic in Kasrat, on the southern bank of the Euphrates, said": or where it is, again
        boolean relative = comma + 1 < verbAt && t.get(comma).is(",")
                && (RELATIVES.contains(t.get(comma + 1)) || comma > from && (t.get(comma + 1).is("where") || PLACE_PREPOSITIONS.contains(t.get(comma + 1))));
        if (comma + 2 >= verbAt || !relative || !t.get(verbAt - 1).is(",")) {
            return false;
        }
        from = comma;
        for (int k = from + 2; k < verbAt - 1; k++) {
            if (t.get(k).is(",") && placeDescribedBetween(t, k + 1, verbAt - 1)) {
                return true; // "MSF, which runs a hospital in Qayyarah, 60 kilometres south of Mosul, said"
            }
            if (t.get(k).is(",") || t.get(k).kind() == Token.Kind.QUOTE) {
                return false; // the clause closes before the verb: the words after it are another phrase
            }
        }
        return true;
    }

    /**
     * Whether the words in [from, to) only say where a place named before them is: "60 kilometres south
     * of Mosul", "a town near the border". Such words end a relative clause without ending the subject.
     */
    private static boolean placeDescribedBetween(List<Token> t, int from, int to) {
        if (from + 2 >= to || !unbroken(t, from, to)) {
            return false;
        }
        boolean measured = t.get(from).kind() == Token.Kind.NUMBER && DISTANCES.contains(t.get(from + 1));
        boolean placeNoun = (t.get(from).is("a") || t.get(from).is("an") || t.get(from).is("the")) && PLACE_NOUNS.contains(t.get(from + 1));
        return measured || placeNoun;
    }

    private static final WordSet DISTANCES = WordSet.of("kilometres", "kilometers", "km", "miles", "metres", "meters");
    private static final WordSet PLACE_NOUNS = WordSet.of("town", "village", "city", "district", "suburb", "camp", "neighbourhood",
            "neighborhood", "province", "region", "area");

    private static final WordSet RELATIVES = WordSet.of("who", "whose", "which", "whom");
    /** Adverbs that may stand between the comma closing a subject's relative clause and its verb. */
    private static final WordSet VERB_ADVERBS = WordSet.of("now", "also", "later", "since", "again", "still");

    /** Whether no punctuation stands in [from, to). */
    private static boolean unbroken(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).isPunct()) {
                return false;
            }
        }
        return true;
    }

    private static final WordSet PLACE_PREPOSITIONS = WordSet.of("on", "in", "near", "outside", "inside", "at");
    /** How many words may tell where a subject is between it and the relative clause that describes it. */
    private static final int PLACE_OF_SUBJECT_REACH = 8;

    /**
     * "Rescuers from the civil defence, who worked through the night, said": people named by what they do
     * and then by whom they come from, before the clause that describes them; they speak for that party.
     */
    private static boolean membersOf(List<Token> t, PhraseIndex.Match<Mention> people, PhraseIndex.Match<Mention> party) {
        if (!(people.value() instanceof Mention.OfParty op) || !op.party().id().equals(ClaimantDirectory.LOCAL)) {
            return false;
        }
        int k = people.to();
        if (k < t.size() && t.get(k).is("from")) { // ("relatives of the conscripts" are no members of the army)
            k++;
            if (k < t.size() && t.get(k).is("the")) {
                k++;
            }
            return k == party.from();
        }
        return false;
    }

    /** Whether {@code m} lies in the relative clause that follows {@code subject} and closes right before the verb. */
    private static boolean insideRelativeClauseBefore(SentenceView s, PhraseIndex.Match<Mention> subject,
            PhraseIndex.Match<Mention> m, int verbAt) {
        return m.from() > subject.to() + 1 && m.to() < verbAt && relativeClauseBetween(s, subject.to(), verbAt);
    }

    /**
     * "a doctor who asked not to be named because he was not authorised to speak said": whether {@code at}
     * stands in a relative clause, with no comma, that opens right after a party named before it and runs
     * up to the verb at {@code verbAt}.
     */
    private static boolean inRelativeClauseOfMention(SentenceView s, int at, int verbAt) {
        List<Token> t = s.tokens;
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            if (m.to() < at && m.to() < t.size() && RELATIVES.contains(t.get(m.to()))) {
                return unbroken(t, m.to() + 1, verbAt);
            }
        }
        return false;
    }

    /** Whether the words from {@code k} back to a comma describe someone: ", who", ", a doctor who". */
    private static boolean descriptionOpensAfter(List<Token> t, int k) {
        for (int j = k - 1; j >= Math.max(0, k - DESCRIPTION_WORDS); j--) {
            if (t.get(j).is(",")) {
                return true;
            }
            if (!t.get(j).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** How many words may describe a person before the relative word: ", a senior doctor at the clinic who". */
    private static final int DESCRIPTION_WORDS = 8;

    /**
     * Whether {@code at} stands in a relative clause, set off by commas, that closes right before the verb
     * at {@code verbAt}: ", who ...," or one that a short description opens (", a doctor who ...,").
     */
    private static boolean inRelativeClauseBefore(List<Token> t, int at, int verbAt) {
        if (at >= verbAt || verbAt < 3 || !t.get(verbAt - 1).is(",")) {
            return false;
        }
        for (int k = at - 1; k > 0; k--) {
            if (t.get(k).is(",")) {
                return false;
            }
            // ", who ...", and ", a doctor who worked there until he was evacuated, said": the clause of a description
            if (RELATIVES.contains(t.get(k)) && descriptionOpensAfter(t, k)) {
                for (int j = at + 1; j < verbAt - 1; j++) {
                    if (t.get(j).is(",")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the party named at {@code at} is what something is given or sent to ("the envoy to the UN",
     * "attributed about 120 to the US-led coalition"): not who speaks, nor whom a later "it" means.
     */
    static boolean toWhom(List<Token> t, int at) {
        int k = at > 0 && t.get(at - 1).is("the") ? at - 2 : at - 1;
        return k >= 0 && t.get(k).is("to");
    }

    /**
     * "Its ambassador to the United Nations told", "its emergency coordinator for Syria": a party or
     * country that names where a post is held, or what it covers, is not whom the holder speaks for.
     */
    static boolean postedTo(SentenceView s, int at) {
        int k = at > 0 && s.tokens.get(at - 1).is("the") ? at - 2 : at - 1;
        if (k < 1 || !(s.tokens.get(k).is("to") || s.tokens.get(k).is("for") && namesAPlace(s, at, at + 1))) {
            return false;
        }
        return POSTS_HELD.contains(s.tokens.get(k - 1));
    }

    private static final WordSet POSTS_HELD = WordSet.of("ambassador", "ambassadors", "envoy", "envoys", "representative",
            "representatives", "delegate", "delegates", "delegation", "coordinator", "director", "adviser", "advisor", "head", "chief");

    /** Speech verbs that are acts ("rescuers recovered 61 bodies"): a statement verb after them governs instead. */
    private static final WordSet ACTIONS = WordSet.of("recovered", "retrieved", "exhumed");

    private List<Speaker> subjectBefore(SentenceView s, int verbAt, ArticleContext ctx) {
        PhraseIndex.Match<Mention> nearest = null;
        int described = appositionBefore(s.tokens, verbAt);
        int namedAndDescribed = -2; // found when first needed
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            // "the Syrian government's envoy to the UN challenged": the UN is whom the envoy is sent to
            boolean addressee = nearest != null && toWhom(s.tokens, m.from()) || postedTo(s, m.from());
            // "The Russian embassy in Damascus", "Syria Direct, citing the Douma local council, reported"
            // "Our correspondent at an SDF position west of the pocket says": where the subject is
            addressee |= (precededBy(s, m.from(), BELONGING_TO) || cited(s, m.from())) && nearest != null;
            // a party named inside a quotation is not the one who speaks it
            addressee |= s.quoted[m.from()] && !s.quoted[Math.min(verbAt, s.tokens.size() - 1)];
            // "The ministry's spokesman called the monitor's report a fabrication and said": whose report is spoken of
            addressee |= nearest != null && m.to() + 1 < s.tokens.size() && s.tokens.get(m.to()).possessive()
                    && DOCUMENTS.contains(s.tokens.get(m.to() + 1));
            // "The Raqqa Civil Council, which runs the city under the SDF, said": a party inside the relative
            // clause that describes the subject is not the subject
            addressee |= nearest != null && insideRelativeClauseBefore(s, nearest, m, verbAt) && !membersOf(s.tokens, nearest, m);
            // "UN officials said": the officials are the party named right before them, not a government named earlier
            addressee |= m.value() instanceof Mention.Anaphor && nearest != null && nearest.to() == m.from()
                    && nearest.value() instanceof Mention.OfParty;
            // "Abu Khaled, who helps run it, said": a pronoun in the clause that describes the subject is
            // what the subject does something to, not the subject
            addressee |= m.value() instanceof Mention.Anaphor pronoun && PRONOUNS.contains(pronoun.phrase())
                    && (inRelativeClauseBefore(s.tokens, m.from(), verbAt) || inRelativeClauseOfMention(s, m.from(), verbAt));
            // "He was hurt on March 17, his father, Younis Hamid, said": a pronoun that opens a clause of its own
            // is not the subject of a verb whose speaker is named, set off by commas, right before it
            addressee |= m.value() instanceof Mention.Anaphor lone && PRONOUNS.contains(lone.phrase()) && setOffNameBefore(s.tokens, verbAt) > m.to() + 1;
            // "SDF says Hajin taken as monitor reports 17 civilians killed": a headline's clause after "as" has its own subject
            addressee |= s.title && asBetween(s.tokens, m.to(), verbAt);
            // "who leads the group's Syria team": what a party named before owns, not a second party
            addressee |= nearest != null && m.from() > 0 && s.tokens.get(m.from() - 1).possessive() && nearest.to() == m.from() - 1;
            // "The Popular Mobilisation Forces, a coalition of Shi'ite militias, said": a party in the words
            // that describe the subject is not the subject
            addressee |= nearest != null && m.from() > nearest.to() && nearest.to() == described;
            // "The Action Group for Palestinians of Syria, a monitoring group, said": a place in a name
            addressee |= insideOrganisationsName(s.tokens, m.from());
            // "dismissed the report as lies and said": the report is what was dismissed, not who speaks
            addressee |= m.value() instanceof Mention.Anaphor a && a.phrase().equals("the report") && verbEndsAt(s, m.from());
            // a long description between the subject and its verb still leaves it the subject
            boolean reaches = verbAt - m.to() <= SUBJECT_REACH || m.to() == described || relativeClauseBetween(s, m.to(), verbAt)
                    // "The United Nations on Thursday called for a pause ... so that civilians could escape, saying":
                    // a participle after a comma has the subject the sentence opened with, however far back
                    || (m.from() == 0 || m.from() == 1 && s.tokens.get(0).is("the")) && verbAt >= 1
                            && PARTICIPLES.contains(s.tokens.get(verbAt)) && s.tokens.get(verbAt - 1).is(",");
            if (!reaches && m.to() <= verbAt) {
                namedAndDescribed = namedAndDescribed == -2 ? namedBeforeDescription(s.tokens, verbAt) : namedAndDescribed;
                reaches = m.to() == namedAndDescribed || beforeParticipleAside(s, m.to(), verbAt) || ofDescribedName(s.tokens, m.to(), verbAt)
                        || fewWordsOutsideAsides(s, m.to(), verbAt, SUBJECT_REACH);
            }
            if (m.to() <= verbAt && reaches && !addressee && resolve(m.value(), ctx, s, m.from()) != null) {
                nearest = m;
            }
        }
        if (nearest == null) {
            return List.of();
        }
        // and "said its researchers had recorded": whose researchers, the one who said so
        if (nearest.value() instanceof Mention.Anaphor a && (PRONOUNS.contains(a.phrase()) || a.phrase().startsWith("its ")
                || a.phrase().startsWith("their "))) {
            for (int saidAt = 0; saidAt < s.speechVerbs.size(); saidAt++) {
                PhraseIndex.Match<Boolean> said = s.speechVerbs.get(saidAt);
                if (said.to() == nearest.from() && !usedAsNoun(s, said)) {
                    // "The Syrian Network for Human Rights said it had recorded ...": "it" is whoever said so,
                    // a party the data may not know, not the party named before
                    List<Speaker> sayer = subjectBefore(s, said.from(), ctx);
                    // "Ali Kadhim, 34, who sells phone cards ..., said he had counted eleven bodies": "he" is whoever said
                    // so, a person the data may not know
                    return sayer.isEmpty() && a.phrase().indexOf(' ') < 0 && !a.phrase().equals("it") ? unknownPerson(s, said, ctx) : sayer;
                }
            }
        }
        List<Speaker> out = new ArrayList<>();
        out.add(withNamedSpeaker(s, nearest, resolve(nearest.value(), ctx, s, nearest.from())));
        // walk back over "A and B", "A, B and C"; not over "support for Bashar al-Assad, the Syrian
        // Observatory said", where the comma closes what was said: a list's last two are joined by "and"
        int cursor = nearest.from();
        for (int i = s.mentions.indexOf(nearest) - 1; i >= 0; i--) {
            PhraseIndex.Match<Mention> m = s.mentions.get(i);
            boolean joined = s.tokens.get(m.to()).is("and") || s.tokens.get(m.to()).is(",") && cursor != nearest.from();
            if (m.to() == cursor - 1 && joined) {
                Speaker sp = resolve(m.value(), ctx);
                if (sp != null && out.stream().noneMatch(o -> o.party().equals(sp.party()))) {
                    out.add(0, sp);
                }
                cursor = m.from();
            } else {
                break;
            }
        }
        return out;
    }

    private List<Speaker> recipientAfter(SentenceView s, int from, ArticleContext ctx) {
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            if (m.from() >= from && m.from() <= from + 1) {
                if (m.to() < s.tokens.size() && s.tokens.get(m.to()).is("that")) {
                    // "relatives told the group that 70 men were missing": the tellers' own figure, given
                    // as what they said; "escapees told Amnesty how the attacks ..." is the group's account
                    return List.of();
                }
                Speaker sp = resolve(m.value(), ctx);
                if (sp != null && reportsWhatItIsTold(sp.party())) {
                    return List.of(sp);
                }
            }
        }
        return List.of();
    }

    private static boolean reportsWhatItIsTold(Party p) {
        return switch (p.kind()) {
            // documenters who gather testimony ("escapees told Amnesty"); a news outlet that interviews
            // someone ("a council member told Syria Direct") passes on the speaker's claim instead
            case "ngo", "monitor", "un", "rescue" -> true;
            default -> false;
        };
    }

    private List<Speaker> firstAfter(SentenceView s, int from, ArticleContext ctx) {
        if (from > 0 && s.tokens.get(from - 1).is("that")) {
            return List.of(); // "found that coalition strikes killed 77": what comes after "that" is what was said
        }
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            // "documented the deaths of 1,436 civilians across Syria": a country after a preposition of
            // place is where, not who
            if (m.from() >= from && m.from() - from <= SUBJECT_REACH && !precededBy(s, m.from(), WITHIN)
                    && !postedTo(s, m.from())) {
                if (m.to() + 1 < s.tokens.size() && s.tokens.get(m.to()).possessive() && DOCUMENTS.contains(s.tokens.get(m.to() + 1))) {
                    continue; // "disputed the UN's account": whose account is spoken of
                }
                if (m.value() instanceof Mention.Anaphor a && a.phrase().equals("the report") && m.from() == from
                        && !s.tokens.get(from - 1).startsWithLower("sa")) {
                    continue; // "dismissed the report as lies": what is dismissed; "said the report" does speak
                }
                // "said the group's fighters had killed dozens": whose fighters did it, in what was said
                boolean ownersActors = m.to() + 2 < s.tokens.size() && s.tokens.get(m.to()).possessive() && CLAUSE_VERBS.contains(s.tokens.get(m.to() + 2));
                // "Turkey says the SDF has killed 20 civilians": a party with a verb of its own after it acts in what was said
                boolean actor = m.to() < s.tokens.size() && CLAUSE_VERBS.contains(s.tokens.get(m.to()));
                if (thatBetween(s, from, m.from()) || contentBetween(s, from, m.from()) || ownersActors || actor
                        || m.value() instanceof Mention.Anaphor a && PRONOUNS.contains(a.phrase())) {
                    // "said on Wednesday that it had killed 1,141", "said it had recorded 1,941 deaths": the
                    // pronoun is in what was said, not who said it
                    break;
                }
                Speaker sp = resolve(m.value(), ctx, s, m.from());
                if (sp != null) {
                    // "said Aras Sheikho, an SDF spokesman": the name right after the verb is the speaker
                    int k = from;
                    while (k < m.from() && s.tokens.get(k).isWord() && s.tokens.get(k).nameLike()) {
                        k++; // "said Khaled al-Hamwi, a volunteer with the White Helmets"
                    }
                    if (sp.speaker() == null && k - from >= 2 && k < s.tokens.size() && s.tokens.get(k).is(",")) {
                        return List.of(new Speaker(sp.party(), surname(s.tokens, k)));
                    }
                    String officer = sp.speaker() == null && m.from() == from ? officerAfterPost(s, m.to()) : null;
                    return List.of(officer == null ? sp : new Speaker(sp.party(), officer)); // "said UNHCR spokeswoman Lina Sabbagh"
                }
            }
        }
        return List.of();
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("it", "they", "he", "she");

    /**
     * "Marsh said strikes had killed 800 fighters in Raqqa since the Syrian Democratic Forces entered
     * the city": once a verb or a figure of what was said has come, a party after it is in what was said.
     */
    private static boolean contentBetween(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token w = s.tokens.get(k);
            if (w.kind() == Token.Kind.NUMBER || CLAUSE_VERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean thatBetween(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.tokens.get(k).is("that")) {
                return true;
            }
        }
        return false;
    }

    /** The army's command, named with no force before it: a later reference to a command named, else the country's army. */
    private static final String THE_GENERAL_COMMAND = "the General Command";

    /**
     * Ministries a government speaks through at home, so that one named without its country is the story's
     * country's (a defence ministry, or "the ministry", may as well be Turkey's or Russia's over Syria); and the
     * army's General Command, when no command was named before it.
     */
    private static final java.util.Set<String> DOMESTIC_MINISTRIES = java.util.Set.of("the interior ministry", "the health ministry",
            THE_GENERAL_COMMAND);

    /** The references to a document ("the statement said"), with the nouns a sentence that names one uses. */
    private static final java.util.Map<String, WordSet> DOCUMENT_NOUNS = java.util.Map.of(
            "the statement", WordSet.of("statement", "statements"),
            "the report", WordSet.of("report", "reports"));

    /** How many sentences back "the statement" may point to the one that said who issued it. */
    private static final int STATEMENT_REACH = 8;

    /** Who issued the document {@code reference} points to: the one speaker of the last sentence that names one. */
    private Speaker issuerOf(String reference, WordSet nouns, ArticleContext ctx) {
        List<SentenceView> read = ctx.read();
        ArticleContext.Issuer known = ctx.issuer(reference);
        // once per sentence read, and never from inside its own search: attributing the sentence that
        // speaks of a statement may meet "the statement" again ("Its statement said ... The statement said")
        if (known != null && known.knownAt() == read.size() || ctx.lookingForIssuer()) {
            return known == null ? null : known.speaker();
        }
        ctx.lookingForIssuer(true);
        Speaker issuer = null;
        try {
            for (int i = read.size() - 1; i >= Math.max(0, read.size() - STATEMENT_REACH) && issuer == null; i--) {
                SentenceView s = read.get(i);
                if (s.speechVerbs.isEmpty() || !namesADocument(s, reference, nouns)) {
                    continue;
                }
                List<Speaker> speakers = attribute(s, s.speechVerbs.get(0).from(), ctx);
                if (speakers.size() == 1 && !speakers.get(0).party().id().equals(ClaimantDirectory.LOCAL)) {
                    issuer = speakers.get(0);
                }
            }
        } finally {
            ctx.lookingForIssuer(false);
        }
        ctx.issuer(reference, issuer, read.size());
        return issuer;
    }

    /** Whether the sentence speaks of a document without being said by one ("the statement said" itself). */
    private static boolean namesADocument(SentenceView s, String reference, WordSet nouns) {
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            if (m.value() instanceof Mention.Anaphor a && a.phrase().equals(reference)) {
                return false;
            }
        }
        for (int k = 0; k < s.tokens.size(); k++) {
            if (nouns.contains(s.tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** People named as speakers in a sentence, so that a later "he" or "she" finds them. */
    List<Speaker> namedSpeakers(SentenceView s, ArticleContext ctx) {
        List<Speaker> out = new ArrayList<>();
        for (int verbAt = 0; verbAt < s.speechVerbs.size(); verbAt++) {
            PhraseIndex.Match<Boolean> verb = s.speechVerbs.get(verbAt);
            if (!nameBeside(s, verb)) {
                continue; // known spokespeople are remembered from their mentions; only new names need this
            }
            for (Speaker sp : attribute(s, verb.from(), ctx)) {
                if (sp.speaker() != null) {
                    out.add(sp);
                }
            }
        }
        return out;
    }

    /** "according to the city's civil council, ...": the parties named first after the phrase, with "and" between them. */
    private List<Speaker> coordinatedFrom(SentenceView s, int from, ArticleContext ctx) {
        List<Speaker> out = new ArrayList<>();
        int cursor = from;
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            if (m.from() < from) {
                continue;
            }
            // "according to the monitor", "according to an annual review published by Airwars"
            // ("the latest situation report from the UN's humanitarian office": an article may stand between)
            int before = SentenceView.wordBefore(s.tokens, m.from());
            boolean byWhom = before >= 0 && (s.tokens.get(before).is("by") || s.tokens.get(before).is("from"));
            boolean adjacent = out.isEmpty() ? (m.from() - cursor <= 4 || byWhom && m.from() - cursor <= 7) && noBreak(s, cursor, m.from())
                    : m.from() == cursor;
            boolean joined = !out.isEmpty() && m.from() == cursor + 1
                    && (s.tokens.get(cursor).is("and") || s.tokens.get(cursor).is(","));
            if (!adjacent && !joined) {
                break;
            }
            Speaker sp = resolve(m.value(), ctx);
            // "according to the UN humanitarian office, OCHA": one party named twice
            if (sp != null && out.stream().noneMatch(o -> o.party().equals(sp.party()))) {
                out.add(sp);
            }
            cursor = m.to();
        }
        return out;
    }

    private static boolean noBreak(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.tokens.get(k).isPunct() && !s.tokens.get(k).possessive()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Ingrid Solberg, the UN's humanitarian coordinator, said": the named person before the
     * appositive speaks for the party, and is the speaker when the data files do not know her.
     */
    private static Speaker withNamedSpeaker(SentenceView s, PhraseIndex.Match<Mention> mention, Speaker sp) {
        // a pronoun names nobody after it ("he", "officials"); "the ministry's spokesman, Viktor Lisovsky,"
        // and "a ministry spokesman, Pavel Zarubin," do
        if (sp == null || sp.speaker() != null || mention.value() instanceof Mention.Anaphor a && a.phrase().indexOf(' ') < 0) {
            return sp;
        }
        List<Token> t = s.tokens;
        // "The top US commander in Iraq, Lt. Gen. Warren Pike, challenged": the name after the title
        for (int comma = mention.to(); comma < Math.min(t.size() - 1, mention.to() + 5); comma++) {
            if (t.get(comma).is(",")) {
                int k = comma + 1;
                // "A council member, Nuri al-Dulaimi, said": a surname may open with a lower-case article
                while (k < t.size() && (t.get(k).isWord() && t.get(k).nameLike() || t.get(k).is("."))) {
                    k++;
                }
                if (k < t.size() && t.get(k).is(",") && k - comma >= 3 && t.get(k - 1).isWord()) {
                    return new Speaker(sp.party(), surname(t, k));
                }
                break;
            }
        }
        // "Coalition spokesman Col. Brent Hollister said", "said UNHCR spokeswoman Lina Sabbagh": the
        // party's name, its officer's post, then the officer's name
        String officer = officerAfterPost(s, mention.to());
        if (officer != null) {
            return new Speaker(sp.party(), officer);
        }
        // "Lt. Gen. Sergei Orlik of the Russian General Staff told": the name right before "of"
        int of = mention.from() > 0 && t.get(mention.from() - 1).is("the") ? mention.from() - 2 : mention.from() - 1;
        if (of >= 2 && t.get(of).is("of")) {
            int k = of;
            while (k > 0 && (t.get(k - 1).isWord() && t.get(k - 1).nameLike() && !allCaps(t.get(k - 1)) || titleDot(t, k - 1))) {
                k--;
            }
            if (of - k >= 2 && t.get(of - 1).isWord() && !namesAPlace(s, k, of)) {
                return new Speaker(sp.party(), surname(t, of));
            }
        }
        // "Hamid Shukur, a member of the city's exiled local council,": the name before the description
        for (int comma = mention.from() - 1; comma >= Math.max(1, mention.from() - NAME_BEFORE_REACH); comma--) {
            if (t.get(comma).is(",")) {
                for (int j = comma + 1; j < mention.from(); j++) {
                    if (CONTRASTS.contains(t.get(j))) {
                        return sp; // "according to the White Helmets, while the Observatory put": no name
                    }
                }
                int k = comma;
                // "EASTERN GHOUTA, Syria - The White Helmets said": a dateline in capitals is no name
                while (k > 0 && t.get(k - 1).isWord() && t.get(k - 1).nameLike() && !allCaps(t.get(k - 1))) {
                    k--;
                }
                if (namesAPlace(s, k, comma) || namesAnAttacker(s, k, comma) || k < comma && FUNCTION_WORDS.contains(t.get(k))) {
                    return sp; // "In Raqqa, residents said", "killed by Islamic State, Amnesty said": no person
                }
                for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
                    PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
                    if (m.to() == comma) {
                        return sp; // "Raqqa is Being Slaughtered Silently, an activist group ...": a party's name
                    }
                }
                return comma - k >= 2 ? new Speaker(sp.party(), surname(t, comma)) : sp;
            }
        }
        return sp;
    }

    /** Words that head a post written before its holder's name, with no comma ("spokesman Col. Brent Hollister"). */
    private static final WordSet POSTS = WordSet.of("spokesman", "spokeswoman", "spokesperson", "official", "commander",
            "director", "envoy", "coordinator", "representative", "researcher", "adviser", "advisor", "officer", "secretary", "chief",
            "member");
    /** Words that may stand before such a post: "deputy", "press" in "press secretary". */
    private static final WordSet POST_MODIFIERS = WordSet.of("deputy", "senior", "press", "media", "top", "regional", "chief");

    /**
     * The surname of a person named right after a party's name and a post, with no comma between
     * ("Coalition spokesman Col. Brent Hollister said", "..., said UNHCR spokeswoman Lina Sabbagh."),
     * where the name runs up to the speech verb, a comma or the sentence's end; or null.
     */
    private static String officerAfterPost(SentenceView s, int from) {
        List<Token> t = s.tokens;
        int name;
        if (from > 0 && POSTS.contains(t.get(from - 1))) {
            name = from; // the party's name takes in the post: "coalition spokesman"
        } else {
            int k = from < t.size() && t.get(from).possessive() ? from + 1 : from;
            int post = k;
            while (post < t.size() && post - k < 2 && POST_MODIFIERS.contains(t.get(post)) && !POSTS.contains(t.get(post))) {
                post++;
            }
            if (post >= t.size() || !POSTS.contains(t.get(post))) {
                return null;
            }
            name = post + 1;
        }
        if (name >= t.size() || !t.get(name).isWord() || !t.get(name).capitalised()) {
            return null;
        }
        int end = nameEnd(t, name);
        boolean closed = end == t.size() || t.get(end).is(",") || t.get(end).is(".");
        for (int vAt = 0; vAt < s.speechVerbs.size() && !closed; vAt++) {
            closed = s.speechVerbs.get(vAt).from() == end;
        }
        for (int mAt = 0; mAt < s.mentions.size() && closed; mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            // "spokesman Amnesty" names a party; "spokesman Ryan Dillon" a person the data knows, who is the speaker
            closed = m.from() >= end || m.to() <= name || m.value() instanceof Mention.OfPerson;
        }
        return closed && end - name >= 2 && !namesAPlace(s, name, end) ? surname(t, end) : null;
    }

    /** How far (in tokens) before a party's mention the comma that closes a person's name may stand. */
    private static final int NAME_BEFORE_REACH = 8;

    private static final WordSet FUNCTION_WORDS = WordSet.of("in", "on", "at", "the", "a", "an", "after",
            "as", "near", "from", "across", "inside", "outside", "meanwhile", "elsewhere");

    private static boolean namesAnAttacker(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.attackerNamedAt(k)) {
                return true; // "The Islamic State said": the name of an armed group, after the sentence's capital "The"
            }
        }
        for (int pAt = 0; pAt < s.perpetrators.size(); pAt++) {
            PhraseIndex.Match<String> p = s.perpetrators.get(pAt);
            if (p.from() < to && p.to() > from) {
                return true;
            }
        }
        return false;
    }

    /** Whether one place's name spans all the words [from, to). */
    private static boolean wholeRunIsAPlace(SentenceView s, int from, int to) {
        for (int pAt = 0; pAt < s.places.size(); pAt++) {
            PhraseIndex.Match<org.crosscheck.extract.Place> p = s.places.get(pAt);
            if (p.from() <= from && p.to() >= to) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesAPlace(SentenceView s, int from, int to) {
        for (int pAt = 0; pAt < s.places.size(); pAt++) {
            PhraseIndex.Match<org.crosscheck.extract.Place> p = s.places.get(pAt);
            if (p.from() < to && p.to() > from) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the capitalised words from {@code at} (up to three) end with a word that ends the names
     * of organisations: "Shingal [Survivors Association]", "[Civil Council]".
     */
    static boolean organisationsNameGoesOn(List<Token> t, int at) {
        for (int k = at; k < Math.min(t.size(), at + 3) && t.get(k).isWord() && t.get(k).capitalised(); k++) {
            if (ORGANISATION_WORDS.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the mention at {@code at} ends the name of an organisation that opens before it: after "of" or
     * "for", a run of capitalised words and joining words back to a word that ends organisations' names
     * ("The Action Group for Palestinians of Syria", "the Committee for the Defence of Syria").
     */
    static boolean insideOrganisationsName(List<Token> t, int at) {
        if (at < 2 || !(t.get(at - 1).is("of") || t.get(at - 1).is("for"))) {
            return false;
        }
        for (int k = at - 2; k >= Math.max(0, at - ORGANISATION_NAME_REACH); k--) {
            Token w = t.get(k);
            if (ORGANISATION_WORDS.contains(w) && w.capitalised()) {
                return !STATE_BODIES.contains(w); // not "The Ministry of Defence of Russia": the state's own
            }
            if (!(w.isWord() && (w.capitalised() || NAME_JOINERS.contains(w)))) {
                return false;
            }
        }
        return false;
    }

    private static final int ORGANISATION_NAME_REACH = 8;
    private static final WordSet STATE_BODIES = WordSet.of("ministry", "embassy", "staff", "command", "department", "government",
            "forces", "army", "office", "presidency");
    private static final WordSet NAME_JOINERS = WordSet.of("of", "for", "and", "the");

    /** Whether a word of two or more characters is written in capitals ("BAGHDAD", "AL-FALLUJAH", "SDF"). */
    static boolean allCaps(Token t) {
        return t.text().length() > 1 && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT));
    }

    /** A capitalised word within a few tokens of the verb: the only case where a new person may be named. */
    private static boolean nameBeside(SentenceView s, PhraseIndex.Match<Boolean> verb) {
        int open = appositionBefore(s.tokens, verb.from());
        if (open > 0 && s.tokens.get(open - 1).isWord() && s.tokens.get(open - 1).capitalised()) {
            return true; // "Filiz Aydin, a member of the camp's council, said"
        }
        for (int k = Math.max(1, verb.from() - 3); k < Math.min(s.tokens.size(), verb.to() + 3); k++) {
            Token t = s.tokens.get(k);
            if (t.isWord() && t.capitalised() && (k < verb.from() || k >= verb.to())) {
                return true;
            }
        }
        return false;
    }

    /** A mention as a claimant, or null when a later reference points at nobody yet. */
    Speaker resolve(Mention m, ArticleContext ctx) {
        return resolve(m, ctx, null, 0);
    }

    /**
     * As {@link #resolve(Mention, ArticleContext)}, but a later reference first looks back within
     * its own sentence: in "the group says it has documented", "it" is the group.
     */
    Speaker resolve(Mention m, ArticleContext ctx, SentenceView s, int at) {
        if (m instanceof Mention.OfParty p) {
            Speaker owner = s != null && ownedBody(s.tokens, at) ? resolve(it, ctx, s, at - 1) : null;
            // "The SDF launched ... its General Command said": the command of the force "its" is
            return owner != null && owner.party().fights() ? owner : new Speaker(p.party(), null);
        }
        if (m instanceof Mention.OfPerson p) {
            return new Speaker(p.party(), p.speaker());
        }
        Mention.Anaphor a = (Mention.Anaphor) m;
        WordSet documents = DOCUMENT_NOUNS.get(a.phrase());
        if (documents != null) {
            // "In a statement issued in Baghdad, the coalition said ... No civilians were killed, the
            // statement said", "The coalition said in its monthly report ... the report said": whoever issued
            // it, not the party named last
            Speaker issuer = issuerOf(a.phrase(), documents, ctx);
            if (issuer != null) {
                return issuer;
            }
        }
        if (s != null && a.kinds().contains("person")) {
            // "A coalition spokesman, Col. Sean Bradley, said ..., but he disputed ...": the person named
            // as a speaker earlier in the sentence, before anyone named in the sentences before it
            for (int i = s.speechVerbs.size() - 1; i >= 0; i--) {
                PhraseIndex.Match<Boolean> verb = s.speechVerbs.get(i);
                // the verb's subject only: it stands before the verb, so before the pronoun ("said he" is no case)
                if (verb.to() <= at && nameBeside(s, verb)) {
                    for (Speaker sp : subjectBefore(s, verb.from(), ctx)) {
                        if (sp.speaker() != null) {
                            return sp;
                        }
                    }
                }
            }
        }
        if (s != null && opensItsSentence(s, at) && OPENING_PRONOUNS.contains(a.phrase()) && !ctx.read().isEmpty()) {
            // "The group tracks the US-led coalition separately. It said ...": a pronoun that opens its
            // sentence is what the sentence before opened with, not the party that sentence named last
            Speaker sp = openingParty(ctx, ctx.read().size() - 1);
            if (sp != null && a.kinds().contains(sp.party().kind())) {
                return sp;
            }
        }
        if (s != null && at == 0 && a.kinds().contains("person") && !ctx.read().isEmpty()) {
            // "UNICEF's regional director ... said at least 600 children needed treatment. She said ...": the
            // speaker the sentence before opened with, named or not, rather than the last person named
            Speaker sp = openingSpeaker(ctx.read().get(ctx.read().size() - 1), ctx);
            ArticleContext.Named last = ctx.resolve(a.kinds());
            if (sp != null && (last == null || !last.party().id().equals(sp.party().id()))) {
                return sp;
            }
        }
        if (s != null) {
            for (int i = s.mentions.size() - 1; i >= 0; i--) {
                PhraseIndex.Match<Mention> earlier = s.mentions.get(i);
                if (earlier.to() <= at && earlier.value() != m && !setOffInRelativeClause(s.tokens, earlier, at)) {
                    Speaker sp = resolve(earlier.value(), ctx);
                    if (sp != null && (a.kinds().contains(sp.party().kind()) || a.kinds().contains("person") && sp.speaker() != null)) {
                        return sp;
                    }
                }
            }
        }
        // a noun phrase ("the network") may match a party's own name; a pronoun ("it", "he") never does
        ArticleContext.Named n = a.phrase().indexOf(' ') > 0 ? ctx.resolve(a.kinds(), a.phrase().substring(a.phrase().lastIndexOf(' ') + 1))
                : ctx.resolve(a.kinds());
        if (n == null && a.kinds().contains("person")) {
            // "Abu Omar was sitting in the dark ... 'We pulled nine bodies out,' he told the paper": a person
            // the article named in no way the data knows is a local source, a witness or a resident
            return new Speaker(claimants.require(ClaimantDirectory.LOCAL), null);
        }
        if (n == null && DOMESTIC_MINISTRIES.contains(a.phrase())) {
            // "The interior ministry gave a lower figure" in a story set in Baghdad: Iraq's, though no party named it;
            // "In Baghdad, meanwhile, the interior ministry said" after a story in Raqqa: the country its sentence names first
            String country = ctx.storyCountry();
            for (int pAt = 0; s != null && pAt < s.places.size() && s.places.get(pAt).from() < at; pAt++) {
                country = Gazetteer.countryIdOf(s.places.get(pAt).value().id());
            }
            Speaker government = claimants.governmentOf(country).map(p -> new Speaker(p, null)).orElse(null);
            if (government != null || !a.phrase().equals(THE_GENERAL_COMMAND)) {
                return government;
            }
            // "The General Command said" opening a story that names no country yet: the army's, as the alias reads it
            PhraseIndex.Match<Mention> named = s != null && at + 1 < s.tokens.size() ? claimants.mentions().match(s.tokens, at + 1) : null;
            return named != null && named.value() instanceof Mention.OfParty p ? new Speaker(p.party(), null) : null;
        }
        return n == null ? null : new Speaker(n.party(), n.speaker());
    }

    /**
     * Whether the party named by {@code m} stands in a relative clause set off by commas that closes before
     * {@code at}: in "The coalition, which supported the Syrian Democratic Forces' assault, said it had assessed",
     * "it" is the coalition.
     */
    private static boolean setOffInRelativeClause(List<Token> t, PhraseIndex.Match<Mention> m, int at) {
        for (int k = m.from() - 1; k >= 1; k--) {
            if (t.get(k).is(",")) {
                return false;
            }
            if ((t.get(k).is("which") || t.get(k).is("who")) && t.get(k - 1).is(",")) {
                for (int j = m.to(); j < at; j++) {
                    if (t.get(j).is(",")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    Party outlet(String outletName) {
        Party base = claimants.require(ClaimantDirectory.OUTLET);
        return new Party(base.id(), outletName, base.kind());
    }
}

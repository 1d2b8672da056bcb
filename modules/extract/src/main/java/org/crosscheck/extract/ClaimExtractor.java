package org.crosscheck.extract;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crosscheck.avro.Article;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.Category;
import org.crosscheck.avro.Claimant;
import org.crosscheck.avro.Evidence;
import org.crosscheck.avro.Location;
import org.crosscheck.avro.Outcome;
import org.crosscheck.avro.Period;
import org.crosscheck.avro.Polarity;
import org.crosscheck.avro.Trend;
import org.crosscheck.extract.lexicon.Cues;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.PhraseIndex;
import org.crosscheck.extract.text.MarkedWords;
import org.crosscheck.extract.text.Sentence;
import org.crosscheck.extract.text.SentenceSplitter;
import org.crosscheck.extract.text.Token;
import org.crosscheck.extract.text.TokenList;
import org.crosscheck.extract.text.WordMasks;
import org.crosscheck.extract.text.WordSet;

/**
 * Article text to casualty claims. Reads the title, then the body, sentence by sentence, carrying
 * an {@link ArticleContext}. Figures are found first (a cheap check per token), and only around a
 * figure does it look for victims, an outcome, a source, a place and a time; cue phrases add the
 * claims that have no figure (denials, trends and disputes of trends). Thread-safe: all state is per call.
 */
public final class ClaimExtractor {

    private static final WordSet SUBSET_PRONOUNS = WordSet.of("whom", "them", "those", "these");
    /** Words that open a relative clause after "those": "three of those who died". */
    private static final WordSet RELATIVES = WordSet.of("who", "whom", "that", "which", "whose");
    private static final WordSet CLAUSE_BREAKS = WordSet.of(";", "-", "\u2013", "\u2014", ":");
    /** How far (in tokens) an outcome word may stand from the figure it describes. */
    private static final int OUTCOME_REACH = 15;

    private static volatile ClaimExtractor standard;

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final ClaimantDirectory claimants;
    private final CountParser counts = new CountParser();
    private final PeriodResolver periods = new PeriodResolver();
    private final SentenceSplitter splitter;
    private final Attributor attributor;

    public ClaimExtractor(Lexicon lexicon, Gazetteer gazetteer, ClaimantDirectory claimants) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.claimants = claimants;
        this.splitter = new SentenceSplitter(lexicon.abbreviations);
        this.attributor = new Attributor(claimants);
        this.cueBits = lexicon.cues.bit(Cues.Kind.DENIAL) | lexicon.cues.bit(Cues.Kind.TREND_RISING)
                | lexicon.cues.bit(Cues.Kind.TREND_FALLING) | DISPUTE_VERBS.bit();
    }

    public static ClaimExtractor standard() {
        ClaimExtractor e = standard;
        if (e == null) {
            synchronized (ClaimExtractor.class) {
                if (standard == null) {
                    standard = new ClaimExtractor(Lexicon.standard(), Gazetteer.standard(), ClaimantDirectory.standard());
                }
                e = standard;
            }
        }
        return e;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public ClaimantDirectory claimants() {
        return claimants;
    }

    public List<CasualtyClaim> extract(Article article) {
        LocalDate published = LocalDate.ofInstant(article.getPublishedAt(), ZoneOffset.UTC);
        ArticleContext ctx = new ArticleContext();
        List<Draft> drafts = new ArrayList<>();
        readSegment(article.getTitle(), true, published, article.getOutlet(), ctx, drafts);
        readSegment(article.getBody(), false, published, article.getOutlet(), ctx, drafts);
        for (int i = 0; i < drafts.size(); i++) {
            drafts.get(i).sequence = i;
        }
        dateHeadlinesByTheirBody(drafts);
        // a repeated dispute is dropped before echoes are marked, so that no echo names a claim not published
        dropRepeatedDisputes(drafts);
        markEchoes(drafts);
        drafts.sort(Comparator.comparing((Draft d) -> !d.inTitle).thenComparingInt(d -> d.evidenceStart)
                .thenComparingInt(d -> d.sequence));
        return toClaims(article, drafts);
    }

    /**
     * A claim that only echoes another one of the same article: "Coalition strikes kill 24 civilians
     * in Raqqa" over a body that gives SOHR's 24 repeats SOHR's claim, and "Coalition denies civilian
     * deaths in Raqqa strikes" over a body that gives the coalition's denial with its day repeats that
     * denial. The article does make the echo, so it is kept, but marked with the claim it repeats: it
     * is no second source, and the reconciler keeps it out of events (schema field echo_of).
     */
    private void markEchoes(List<Draft> drafts) {
        // a claim of the body the outlet tells itself can only echo another party's claim of the same figure: those
        // are looked up by figure, so that an article of thousands of the outlet's own figures is not read squared
        Map<FigureKey, List<Integer>> othersByFigure = new java.util.HashMap<>();
        for (int j = 0; j < drafts.size(); j++) {
            Draft o = drafts.get(j);
            if (!o.party.id().equals(ClaimantDirectory.OUTLET)) {
                othersByFigure.computeIfAbsent(FigureKey.of(o), k -> new ArrayList<>(2)).add(j);
            }
        }
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            // only a headline claim, or the outlet's own, can echo another
            if (!d.inTitle && !d.party.id().equals(ClaimantDirectory.OUTLET)) {
                continue;
            }
            if (!d.inTitle) {
                for (int j : othersByFigure.getOrDefault(FigureKey.of(d), List.of())) {
                    if (j != i && echoes(d, drafts.get(j))) {
                        d.echoOf = drafts.get(j);
                        break;
                    }
                }
                continue;
            }
            for (int j = 0; j < drafts.size() && d.echoOf == null; j++) {
                if (j != i && echoes(d, drafts.get(j))) {
                    d.echoOf = drafts.get(j);
                }
            }
        }
        for (Draft d : drafts) {
            // "SOHR: 24 killed" over "SOHR said 24 were killed", and the outlet's "24 dead" after both: the
            // outlet's echo names the claim the headline echoes too, the one that is not itself an echo
            for (int hops = 0; d.echoOf != null && d.echoOf.echoOf != null && hops < drafts.size(); hops++) {
                d.echoOf = d.echoOf.echoOf;
            }
            if (d.echoOf == d) {
                d.echoOf = null;
            }
            if (d.echoOf != null && d.inTitle && d.period == null) {
                d.period = PeriodResolver.copyOf(d.echoOf.period); // a headline that gives no time tells of the body's
            }
        }
    }

    /**
     * "Amnesty says coalition strikes killed dozens of civilians in Raqqa's old city": a headline that
     * gives no time tells of the body's events, so it takes the time of the first claim of the body by
     * the same party with the same outcome; failing that, of a body claim with the same figure of the
     * same harm, whoever tells it; failing that, of the first body claim of the same harm in the
     * headline's own place.
     */
    private void dateHeadlinesByTheirBody(List<Draft> drafts) {
        // the first dated body claim by party and harm, and by figure, found in one pass (and by place once for each
        // place, harm and polarity asked about): a title of a thousand claims over a body of thousands is not read
        // back once per headline claim
        Map<List<Object>, Draft> byPartyAndHarm = new HashMap<>();
        Map<List<Object>, Draft> byFigure = new HashMap<>();
        for (Draft d : drafts) {
            if (d.inTitle || d.period == null) {
                continue;
            }
            byPartyAndHarm.putIfAbsent(Arrays.asList(d.outcome, d.party.id()), d);
            if (d.trend == null && !"NONE".equals(d.qualifier)) {
                byFigure.putIfAbsent(Arrays.asList(d.outcome, d.low, d.high, d.polarity), d);
            }
        }
        Map<List<Object>, Optional<Draft>> byPlace = new HashMap<>();
        for (Draft headline : drafts) {
            if (!headline.inTitle || headline.period != null) {
                continue;
            }
            Draft source = byPartyAndHarm.get(Arrays.asList(headline.outcome, headline.party.id()));
            if (source == null && headline.trend == null) {
                // "Coalition strikes kill at least 56, monitor says" over "... killed at least 56 ..., the
                // Observatory said": the same figure of the same harm is the same event, whoever the headline names
                source = byFigure.get(Arrays.asList(headline.outcome, headline.low, headline.high, headline.polarity));
            }
            if (source == null && headline.trend == null && headline.place != null && !Gazetteer.UNKNOWN.id().equals(headline.place.id())) {
                // "Medics stand by Douma toll of more than 40" over "a group of medical charities said at least 43
                // people died" in the attack "on April 7": the harm of the headline's own place, told by whoever the
                // body quotes first (a headline's Mayadin is not dated by a body's claim about Raqqa)
                source = byPlace.computeIfAbsent(Arrays.asList(headline.place.id(), headline.outcome, headline.polarity),
                        k -> Optional.ofNullable(firstDatedBodyClaim(drafts, d -> d.place != null
                                && (headline.place.id().equals(d.place.id()) || gazetteer.related(headline.place.id(), d.place.id()))
                                && d.outcome == headline.outcome && d.polarity == headline.polarity && d.trend == null
                                && d.subsetOf == null))).orElse(null);
            }
            if (source != null) {
                headline.period = PeriodResolver.copyOf(source.period);
            }
        }
    }

    /** The first claim of the body, with a time, that {@code matches} accepts; or null. */
    private static Draft firstDatedBodyClaim(List<Draft> drafts, java.util.function.Predicate<Draft> matches) {
        for (Draft d : drafts) {
            if (!d.inTitle && d.period != null && matches.test(d)) {
                return d;
            }
        }
        return null;
    }

    /**
     * "Brian Tolliver, a coalition spokesman, disputed that. 'We do not see an increase ...,' he said.":
     * a dispute has no figure, so the same party disputing the same trend of the same place again is
     * the same dispute told twice, not a second claim.
     */
    private static void dropRepeatedDisputes(List<Draft> drafts) {
        for (int i = drafts.size() - 1; i > 0; i--) {
            Draft d = drafts.get(i);
            if (d.polarity != Polarity.DISPUTES) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                Draft o = drafts.get(j);
                // (a headline's dispute over its body's is an echo of it, marked below, not dropped)
                if (o.polarity == Polarity.DISPUTES && o.trend == d.trend && o.party.id().equals(d.party.id()) && o.inTitle == d.inTitle
                        && o.place != null && d.place != null && o.place.id().equals(d.place.id())) {
                    drafts.remove(i);
                    break;
                }
            }
        }
    }

    /** What two claims must share for one to echo the other (see {@link #echoes}). */
    private record FigureKey(Polarity polarity, long low, Long high, Category category, Outcome outcome, Trend trend) {
        static FigureKey of(Draft d) {
            return new FigureKey(d.polarity, d.low, d.high, d.category, d.outcome, d.trend);
        }
    }

    private boolean echoes(Draft d, Draft o) {
        boolean sameFigure = o.polarity == d.polarity && o.low == d.low && java.util.Objects.equals(o.high, d.high)
                && o.category == d.category && o.outcome == d.outcome && o.trend == d.trend;
        if (!sameFigure || !samePlace(d.place, o.place) || !PeriodResolver.overlap(d.period, o.period)) {
            return false; // "5 killed in Raqqa on Monday" is not repeated by "On Tuesday, 5 were killed in Idlib"
        }
        boolean outletEchoesSource = d.party.id().equals(ClaimantDirectory.OUTLET) && d.polarity == Polarity.ASSERTS
                && !o.party.id().equals(ClaimantDirectory.OUTLET);
        boolean headlineEchoesBody = d.inTitle && !o.inTitle && d.party.id().equals(o.party.id());
        return outletEchoesSource || headlineEchoesBody;
    }

    /**
     * Whether two claims may be about one place: the same, one inside the other, one unknown, or two
     * places of one district ("strikes near Hajin" over "strikes on al-Bahra near Hajin"); not two
     * towns a province apart.
     */
    private boolean samePlace(Place a, Place b) {
        if (a == null || b == null || a.id().equals(Gazetteer.UNKNOWN.id()) || b.id().equals(Gazetteer.UNKNOWN.id())) {
            return true;
        }
        if (gazetteer.related(a.id(), b.id())) {
            return true;
        }
        String common = gazetteer.commonContainer(a.id(), b.id());
        Place.Kind kind = common == null ? null : gazetteer.byId(common).map(Place::kind).orElse(null);
        return kind != null && kind.compareTo(Place.Kind.DISTRICT) >= 0;
    }

    private void readSegment(String text, boolean title, LocalDate published, String outlet, ArticleContext ctx, List<Draft> out) {
        if (text == null || text.isBlank()) {
            return;
        }
        List<Sentence> sentences = title ? SentenceSplitter.asOneSentence(text) : splitter.split(text);
        int n = sentences.size();
        boolean[] startsQuoted = new boolean[n];
        int last = -1;
        boolean quoted = false;
        int paragraph = -1;
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            if (s.paragraph() != paragraph) {
                quoted = false;
                paragraph = s.paragraph();
            }
            startsQuoted[i] = quoted;
            quoted = SentenceView.endsQuoted(s.tokens(), quoted);
            if (mayHoldFigure(s.tokens()) || (TokenList.anyMask(s.tokens()) & cueBits) != 0) {
                last = i;
            }
        }
        // Context only serves the claims after it: past the last sentence that can hold a claim, no
        // sentence is read. A view is made when first asked for, so a sentence there is looked at
        // only when a quotation before it needs its speaker.
        Views views = new Views(sentences, startsQuoted, text, title);
        for (int i = 0; i <= last; i++) {
            readSentence(views, i, published, outlet, ctx, out);
        }
    }

    /**
     * Whether "officials" of a town, city or province are the subject of a speech verb of the sentence: "Kirkuk officials
     * said", "Anbar officials say" (not "Iraqi officials", a state's, which the data names where it knows them).
     */
    private static boolean officialsOfAPlaceSpeak(SentenceView s) {
        List<Token> t = s.tokens;
        for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
            int officials = s.speechVerbs.get(vAt).from() - 1;
            if (officials < 1 || !t.get(officials).is("officials") && !t.get(officials).is("official")) {
                continue;
            }
            PhraseIndex.Match<Place> p = placeEndingAt(s, officials);
            if (p != null && p.value().kind() != Place.Kind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    /** Whether no one but the outlet, if anyone, is found to tell a claim. */
    private static boolean onlyTheOutlet(List<Attributor.Speaker> speakers) {
        for (Attributor.Speaker sp : speakers) {
            if (!ClaimantDirectory.OUTLET.equals(sp.party().id())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where "issued the following strike release" or "the full text of the statement" starts: a statement printed
     * whole after this sentence; or -1.
     */
    private static int printsInFull(List<Token> t) {
        for (int k = 0; k + 2 < t.size(); k++) {
            boolean following = t.get(k).is("the") && t.get(k + 1).is("following");
            boolean fullText = t.get(k).is("full") && t.get(k + 1).is("text");
            if (following || fullText) {
                for (int j = k + 2; j < Math.min(t.size(), k + 5); j++) {
                    if (STATEMENT_NOUNS.contains(t.get(j))) {
                        return k;
                    }
                }
            }
            if (t.get(k).is("the") && STATEMENT_NOUNS.contains(t.get(k + 1)) && t.get(k + 2).is("below")) {
                return k; // "issued the statement below on Sunday"
            }
        }
        return -1;
    }

    /** Where the words after "attributed to" start, after {@code from} in a sentence that prints a statement, or -1. */
    private static int attributedTo(List<Token> t, int from) {
        for (int k = from; k + 2 < t.size(); k++) {
            if (t.get(k).is("attributed") && t.get(k + 1).is("to")) {
                return k + 2;
            }
        }
        return -1;
    }

    /**
     * Where the words after "by" start in "The following briefing was delivered in Moscow on Wednesday by the
     * spokesman of ...", after {@code from} in a sentence that prints a statement, or -1: "by" after a verb of
     * delivering, with a few words and no punctuation between them ("in Moscow on Wednesday").
     */
    private static int deliveredBy(List<Token> t, int from) {
        for (int k = from; k + 1 < t.size(); k++) {
            if (!DELIVERED.contains(t.get(k))) {
                continue;
            }
            for (int j = k + 1; j < Math.min(t.size() - 1, k + 1 + DELIVERED_BY_REACH) && !t.get(j).isPunct(); j++) {
                if (t.get(j).is("by")) {
                    return j + 1;
                }
            }
        }
        return -1;
    }

    private static final WordSet DELIVERED = WordSet.of("delivered", "issued", "read", "given", "released", "published");
    /** How far "by" may stand after the verb: "delivered in Moscow on Wednesday by". */
    private static final int DELIVERED_BY_REACH = 7;
    /** How many words of a title may stand before the issuer's party: "by the spokesman of the Russian Defence Ministry". */
    private static final int ISSUER_TITLE_REACH = 5;

    private static final WordSet STATEMENT_NOUNS = WordSet.of("statement", "release", "communique", "text", "report", "bulletin",
            "update", "briefing", "transcript");

    /** "Our notes.", "Notes:", "Editor's note": where an outlet that printed a statement speaks again. */
    private static boolean outletsOwnNotes(List<Token> t) {
        return !t.isEmpty() && (t.get(0).is("notes") || t.size() > 1 && t.get(0).is("our") && t.get(1).is("notes")
                || t.size() > 2 && t.get(0).is("editor") && t.get(1).possessive() && t.get(2).is("note"));
    }

    /** "(End of statement)", "End of text", "-END-": where a statement printed whole stops, at the end of its last paragraph. */
    private static boolean endOfStatement(List<Token> t) {
        for (int k = Math.max(0, t.size() - END_MARK_REACH); k < t.size(); k++) {
            if (k + 2 < t.size() && t.get(k).is("end") && t.get(k + 1).is("of") && STATEMENT_NOUNS.contains(t.get(k + 2))) {
                return true;
            }
            // a release's own closing mark, in capitals: "-END-" (read as "-END" and a dash), "END"
            if (t.get(k).textIs("END") || t.get(k).textIs("-END")) {
                return true;
            }
        }
        return false;
    }

    /** How near the end of its sentence "(End of statement)" stands. */
    private static final int END_MARK_REACH = 6;

    /**
     * The surname in a transcript's speaker label at {@code from}: words in capitals (a rank, a name) and a
     * colon, "COL. LINDQVIST:", "LT. GEN. TOWNSEND:"; not a reporter's "Q:" or "UN:" (a surname has three
     * letters or more). Read from the text, since the splitter may end a sentence after "COL.".
     */
    static String transcriptLabel(String text, int from) {
        int end = Math.min(text.length(), from + TRANSCRIPT_LABEL_REACH);
        int wordStart = from;
        for (int k = from; k < end; k++) {
            char c = text.charAt(k);
            if (c == ':') {
                return k - wordStart >= 3 && Character.isUpperCase(text.charAt(wordStart)) ? text.substring(wordStart, k) : null;
            }
            if (c == ' ' || c == '.') {
                wordStart = k + 1;
            } else if (!(Character.isUpperCase(c) || c == '-' || c == '\'')) {
                return null;
            }
        }
        return null;
    }

    /** How many characters a transcript's label may take: "LT. GEN. STEPHEN TOWNSEND:". */
    private static final int TRANSCRIPT_LABEL_REACH = 40;

    /**
     * The mask bits of the first words of denials and trends, and of the verbs that dispute a trend
     * claimed before: a sentence with none holds no such claim.
     */
    private final int cueBits;

    private static final WordSet SECOND_PERSON = WordSet.of("you", "your", "yours");
    /** Words by which a segment says it prints an interview: "The interview has been edited", "interviewed by phone". */
    private static final WordSet INTERVIEW_WORDS = WordSet.of("interview", "interviewed");
    private static final WordSet FIRST_PERSON = WordSet.of("we", "our", "us", "i", "my", "ours");

    /** Whether someone speaks of themselves in the sentence: "we", "our", "us" (not "US troops", the country). */
    private static boolean firstPerson(List<Token> t) {
        for (int k = 0; k < t.size(); k++) {
            if (FIRST_PERSON.contains(t.get(k)) && !t.get(k).textIs("US")) {
                return true;
            }
        }
        return false;
    }

    /** The views of a segment's sentences, each made on first use (see {@link #readSegment}). */
    private final class Views extends java.util.AbstractList<SentenceView> implements java.util.RandomAccess {
        private final List<Sentence> sentences;
        private final boolean[] startsQuoted;
        private final String text;
        private final boolean title;
        private final SentenceView[] made;

        Views(List<Sentence> sentences, boolean[] startsQuoted, String text, boolean title) {
            this.sentences = sentences;
            this.startsQuoted = startsQuoted;
            this.text = text;
            this.title = title;
            this.made = new SentenceView[sentences.size()];
        }

        @Override
        public SentenceView get(int i) {
            SentenceView v = made[i];
            if (v == null) {
                v = new SentenceView(sentences.get(i), text, title, lexicon, gazetteer, claimants, startsQuoted[i]);
                made[i] = v;
            }
            return v;
        }

        @Override
        public int size() {
            return made.length;
        }

        int paragraphOf(int i) {
            return sentences.get(i).paragraph();
        }

        /**
         * Whether sentence {@code i} is part of an answer in an interview printed as questions and answers: the
         * nearest "Q:" or "A:" that opens a sentence of its paragraph, at or before it, is "A:"; or, in an interview
         * printed without them, its paragraph follows a question standing alone ({@link #plainQuestion}).
         */
        boolean inAnswer(int i) {
            if (answers == null) {
                // worked out once for the segment, so that a paragraph of thousands of sentences is not read back from each
                answers = new boolean[made.length];
                boolean answer = false;
                for (int k = 0; k < made.length; k++) {
                    if (k > 0 && paragraphOf(k) != paragraphOf(k - 1)) {
                        // "How busy is the hospital?" alone in its paragraph, with no "Q:": the paragraph after it answers
                        answer = plainQuestion(k - 1) && saysItIsAnInterview();
                    }
                    // ("Q." and "A." as some papers print them)
                    if (opensWith(k, "Q") || opensWith(k, "A")) {
                        answer = opensWith(k, "A");
                    }
                    answers[k] = answer;
                }
            }
            return answers[i];
        }

        /** Whether each sentence is part of an answer (see {@link #inAnswer}); null until first asked. */
        private boolean[] answers;

        /** Whether some question of the segment is put to someone; null until first looked for. */
        private Boolean interview;

        /**
         * Whether the segment's questions are put to someone ("What is your count?"), as an interview's are, by any
         * of them: an interviewer also asks "And the fighters, over the same period?". An explainer's questions
         * ("What happened?", "How many people died?", "What should you know about the battle?") are the reader's, and
         * the outlet answers them; questions printed without "Q:" count only in an interview the segment says it is.
         */
        boolean askedOfSomeone() {
            if (interview == null) {
                boolean asked = false;
                boolean inQuestion = false;
                for (int k = 0; k < made.length && !asked; k++) {
                    inQuestion = opensWith(k, "Q") || inQuestion && !opensWith(k, "A");
                    asked = (inQuestion || plainQuestion(k) && saysItIsAnInterview()) && SECOND_PERSON.anyIn(sentences.get(k).tokens());
                }
                interview = asked;
            }
            return interview;
        }

        /**
         * Whether the segment says, before its first question standing alone, that what follows is an interview: "He
         * spoke to Levant Insight by phone", "The interview has been edited for length". Worked out once.
         */
        private boolean saysItIsAnInterview() {
            if (interviewIntro == null) {
                boolean said = false;
                for (int k = 0; k < made.length && !plainQuestion(k) && !said; k++) {
                    List<Token> t = sentences.get(k).tokens();
                    for (int j = 0; j < t.size() && !said; j++) {
                        said = INTERVIEW_WORDS.contains(t.get(j))
                                || t.get(j).is("spoke") && j + 1 < t.size() && (t.get(j + 1).is("to") || t.get(j + 1).is("with"));
                    }
                }
                interviewIntro = said;
            }
            return interviewIntro;
        }

        /** Whether the segment says it is an interview (see {@link #saysItIsAnInterview}); null until first asked. */
        private Boolean interviewIntro;

        /**
         * Whether sentence {@code k} is a question that is a paragraph by itself ("How busy is the hospital?"), as
         * interviews and explainers printed without "Q:" and "A:" set their questions.
         */
        private boolean plainQuestion(int k) {
            List<Token> t = sentences.get(k).tokens();
            boolean alone = (k == 0 || paragraphOf(k - 1) != paragraphOf(k)) && (k + 1 >= made.length || paragraphOf(k + 1) != paragraphOf(k));
            return alone && !t.isEmpty() && t.get(t.size() - 1).is("?");
        }

        /** Whether sentence {@code k} opens with "Q:" or "Q." ({@code letter} "Q"), or "A:" or "A.". */
        private boolean opensWith(int k, String letter) {
            List<Token> t = sentences.get(k).tokens();
            return t.size() > 1 && (t.get(1).is(":") || t.get(1).is(".")) && t.get(0).textIs(letter);
        }

        /** The paragraph after which a statement printed in full runs, or -1; -2 until first looked for. */
        private int releaseParagraph = -2;
        private Attributor.Speaker releaseIssuer;

        /**
         * Who issued the statement that sentence {@code i} is part of, when the article prints one in full ("The
         * coalition issued the following strike release on Monday. We publish it as received, followed by our
         * notes."), from the paragraph after that up to the outlet's own notes; or null.
         */
        Attributor.Speaker releaseIssuerOf(int i, ArticleContext ctx) {
            if (releaseParagraph == -2) {
                releaseParagraph = -1;
                for (int k = 0; k < made.length && paragraphOf(k) == paragraphOf(0) && !title; k++) {
                    int printed = printsInFull(sentences.get(k).tokens());
                    if (printed >= 0) {
                        // the party the sentence opens with issued it ("The US-led coalition's Combined Joint Task
                        // Force issued the following strike release"), if the data knows it: not a party named in
                        // the words that describe an unknown issuer ("The Northern Hawks Brigade, one of the factions
                        // fighting the Kurdish YPG militia, issued the following statement")
                        SentenceView v = get(k);
                        PhraseIndex.Match<Mention> opening = v.mentions.isEmpty() ? null : v.mentions.get(0);
                        Attributor.Speaker sp = opening != null && opening.from() <= 1 && opening.to() <= printed
                                ? attributor.resolve(opening.value(), ctx) : null;
                        int attributedTo = sp == null ? attributedTo(v.tokens, printed) : -1;
                        int deliveredBy = sp == null && attributedTo < 0 ? deliveredBy(v.tokens, printed) : -1;
                        int from = Math.max(attributedTo, deliveredBy);
                        // "attributed to Pentagon Press Secretary Alan Whitcomb" names the party at once; "delivered by
                        // the spokesman of the Russian Defence Ministry" after the speaker's title
                        int reach = attributedTo > 0 ? 1 : ISSUER_TITLE_REACH;
                        for (int mAt = 0; from > 0 && mAt < v.mentions.size() && sp == null; mAt++) {
                            // "The following statement is attributed to Pentagon Press Secretary Alan Whitcomb:"
                            if (v.mentions.get(mAt).from() >= from && v.mentions.get(mAt).from() <= from + reach) {
                                sp = attributor.resolve(v.mentions.get(mAt).value(), ctx);
                            }
                        }
                        releaseIssuer = sp != null && !ClaimantDirectory.OUTLET.equals(sp.party().id()) ? sp : null;
                        releaseParagraph = releaseIssuer == null ? -1 : paragraphOf(k);
                        break;
                    }
                }
                // where the statement stops, found once: "Our notes. The Syrian Observatory said ...", the outlet speaking
                // again, closes it from that sentence; '... is cleansed." (End of statement)' from the paragraph after
                for (int k = 0; releaseParagraph >= 0 && k < made.length; k++) {
                    if (paragraphOf(k) <= releaseParagraph) {
                        continue;
                    }
                    if (notesFrom < 0 && (paragraphOf(k - 1) != paragraphOf(k)) && outletsOwnNotes(sentences.get(k).tokens())) {
                        notesFrom = k;
                    }
                    if (endedInParagraph < 0 && endOfStatement(sentences.get(k).tokens())) {
                        endedInParagraph = paragraphOf(k);
                    }
                }
            }
            if (releaseParagraph < 0 || paragraphOf(i) <= releaseParagraph) {
                return null;
            }
            if (notesFrom >= 0 && i >= notesFrom || endedInParagraph >= 0 && paragraphOf(i) > endedInParagraph) {
                return null;
            }
            return releaseIssuer;
        }

        /** The first sentence of the outlet's own notes after a statement printed in full, or -1. */
        private int notesFrom = -1;
        /** The paragraph that "(End of statement)" closes, or -1. */
        private int endedInParagraph = -1;

        /**
         * The surname a transcript's label gives the speaker of the paragraph sentence {@code i} is in
         * ("COL. LINDQVIST: We estimate ..."), or null: the label opens the paragraph's first sentence.
         */
        String labelOf(int i) {
            if (paragraphStarts == null) {
                paragraphStarts = new int[made.length];
                for (int k = 0; k < made.length; k++) {
                    paragraphStarts[k] = k > 0 && paragraphOf(k - 1) == paragraphOf(k) ? paragraphStarts[k - 1] : k;
                }
            }
            return title ? null : transcriptLabel(text, sentences.get(paragraphStarts[i]).start());
        }

        /** The first sentence of each sentence's paragraph; null until first asked. */
        private int[] paragraphStarts;

        int startOf(int i) {
            return sentences.get(i).start();
        }
    }

    private void readSentence(Views views, int index, LocalDate published, String outlet, ArticleContext ctx,
            List<Draft> out) {
        SentenceView s = views.get(index);
        List<Draft> found = new ArrayList<>();
        List<Token> t = s.tokens;
        // most sentences hold no number: no token of theirs is tried as the start of a figure
        List<Draft> figures = mayHoldFigure(t) && !accident(t) ? figures(s) : new ArrayList<>();
        List<ListItem> items = placeList(s);
        if (!items.isEmpty()) {
            // a list item's figure is read below, from its whole; its place is no place of other claims
            figures.removeIf(d -> s.listItem[Math.min(d.evidenceStartToken, t.size() - 1)]);
        }
        assignOutcomes(s, figures);
        Draft lastWhole = null;
        for (Draft f : figures) {
            if (f.listedPart && f.outcome != null && lastWhole != null && lastWhole.outcome != null && f.outcome != lastWhole.outcome
                    && ownPredicateAfter(t, f.evidenceStartToken + 1)) {
                // "11 people were killed, including two journalists, and 74 were wounded": the list of parts has
                // ended; a figure with a harm of its own is a claim of its own, of the whole's kind of people
                // unless it names its own
                f.subsetMarker = false;
                f.category = namesItsVictims(s, f) ? f.category : lastWhole.category;
            }
            lastWhole = f.subsetMarker ? lastWhole : f;
        }
        for (Draft f : figures) {
            if (f.outcome == null && f.category != null && !f.subsetMarker && cameFromAPlace(s, f)) {
                f.outcome = Outcome.DISPLACED; // "2,100 people had reached government-held areas from al-Qaim"
            }
        }
        shareOutcomeWithWhole(figures, s);
        boolean outcomeMissing = false;
        for (Draft f : figures) {
            outcomeMissing |= f.outcome == null && f.category != null;
        }
        if (outcomeMissing && !out.isEmpty() && restOfTheWhole(t)) {
            // "Most of the rest were fighters: 4,310 members of government forces, 3,978 rebels ...": the rest of
            // the toll before, parts of it that keep its outcome
            for (Draft f : figures) {
                if (f.outcome == null && f.category != null) {
                    f.outcome = out.get(out.size() - 1).outcome;
                    f.subsetMarker = true;
                }
            }
        }
        Draft wholeNamed = wholeNamedByFigure(t, figures, out);
        if (wholeNamed != null) {
            // "Of the 12 dead, it said, five were children": the 12 are the claim told before, whatever was told between
            figures.removeIf(f -> f.evidenceStartToken == 2);
            if (wholeNamed.place != null && !Gazetteer.UNKNOWN.id().equals(wholeNamed.place.id())) {
                ctx.placed(wholeNamed.place, gazetteer); // and the story is back where they died, at the hands of whoever killed them
            }
            ctx.attacked(wholeNamed.perpetrator);
        }
        if (wholeNamed == null && ofThoseBefore(t) && thingsCountedBefore(views, index, out)) {
            // "... closed 185 allegations. Of those, the report said, 21 were assessed as credible": those are the
            // things the sentence before counted, not the people of a claim before it
            figures.removeIf(f -> !namesItsVictims(s, f));
        }
        if (!out.isEmpty() && (wholeNamed != null || ofThoseBefore(t))) {
            // "Of those, around 60,000 have gathered near the Nasib crossing": parts of the claim before,
            // where they are now, with what happened to them there; of the last whole, not of a part of it
            Draft before = wholeNamed != null ? wholeNamed : out.get(out.size() - 1);
            for (int i = out.size() - 2; i >= 0 && (before.subsetMarker || before.subsetOf != null); i--) {
                before = out.get(i);
            }
            // "Of the wounded, 261 were members of the security forces": the parts are where their whole was, whatever
            // place the sentences between named (the story itself stays where they left it)
            Place placeOfWhole = wholeNamed == null && s.places.isEmpty() && before.place != null
                    && !Gazetteer.UNKNOWN.id().equals(before.place.id()) ? before.place : null;
            for (Draft f : figures) {
                // ("Of the dead, 380 were killed by Turkish strikes": people, as a bare figure is, of the whole's kind)
                // "Among the dead, 23 were foreign mercenaries who had arrived from ...": where the dead came from, not a flight
                boolean cameToTheWhole = f.outcome == Outcome.DISPLACED && wholeNamed == null && before.outcome != Outcome.DISPLACED
                        && before.outcome != null && t.get(1).is("the") && THE_HARMED.contains(t.get(2));
                if ((f.outcome == null || f.outcome == before.outcome || cameToTheWhole) && !f.unharmed
                        && (f.category == null || f.category == before.category || f.category == Category.PEOPLE)) {
                    f.outcome = before.outcome;
                    f.category = before.category;
                    f.subsetMarker = true;
                    f.wholeNamed = wholeNamed;
                    f.placeOfWhole = placeOfWhole;
                }
            }
        }
        if (!figures.isEmpty() && figures.get(0).followUp && figures.get(0).outcome == null && !out.isEmpty()) {
            // "The network's count was higher, at 263 civilians", "Airwars puts the figure at more than
            // 4,500": of what, and of whom, the claim before counted
            Draft before = out.get(out.size() - 1);
            figures.get(0).outcome = before.outcome;
            if (figures.get(0).category == null) {
                figures.get(0).category = before.category;
            }
        }
        // "120 civilians had been killed, along with 259 SDF fighters and 196 Turkey-backed fighters": what is
        // added shares what happened to the figure before
        boolean[] adding = addedToFiguresBefore(t, figures);
        for (int i = 1; i < figures.size(); i++) {
            Draft f = figures.get(i);
            if ((f.followUp || adding[i]) && f.outcome == null) {
                // "put the number at 250,000": the count of what the figure before counted
                f.outcome = figures.get(i - 1).outcome;
            }
        }
        giveGappedFiguresTheirSpeakers(s, figures, ctx);
        for (Draft f : figures) {
            if (f.unharmed || fightersStaying(f, t)) {
                f.outcome = null; // whatever words of others said
            }
        }
        boolean wholeIsNoClaim = false;
        boolean wholeInterviewed = false;
        for (Draft d : figures) {
            // "3 million people live in the province": people, but nothing happened to them.
            // A part ("60 of whom are children") takes its outcome from its whole, found later;
            // not so a part of a whole of this sentence that is no claim ("3 million people live in the
            // area, including about 1 million children"), whose parts are no claims either
            if (!d.subsetMarker) {
                wholeIsNoClaim = d.outcome == null && d.category != null;
                wholeInterviewed = interviewees(t, d.evidenceStartToken);
            }
            // ("interviews with 52 people who fled, among them 20 former detainees": parts of the people interviewed,
            // whatever verb their whole had)
            boolean partOfNoClaim = d.subsetMarker && (d.outcome == null && wholeIsNoClaim || wholeInterviewed);
            if ((d.outcome != null || d.subsetMarker) && !partOfNoClaim && !superseded(t, d.evidenceStartToken, !out.isEmpty())) {
                found.add(d);
            }
        }
        if (!accident(t)) {
            found.addAll(cueClaims(s)); // "tremors were felt in Halabja, where officials said no one was hurt": no war
        }
        boolean trendFound = false;
        for (int k = 0; k < found.size() && !trendFound; k++) {
            trendFound = found.get(k).trend != null;
        }
        if (!trendFound) {
            Draft answer = disputeOfEarlierTrend(s, out);
            if (answer != null) {
                found.add(answer);
            }
        }
        markPartPlaces(s, found);
        Draft shared = wholeSharedOut(t, out);
        List<Draft> attributed = new ArrayList<>();
        // the period depends on the sentence alone: resolved for its first claim, copied for the others
        Period sentencePeriod = null;
        boolean[] sentenceTimes = null; // which words tell when a party spoke, found with the sentence's period
        boolean periodResolved = false;
        // a period dated from the story's own earlier time ("since then"): of the story's place, however long
        boolean storysOwnTime = false;
        // most sentences hold no claim and name no reports: the check below is skipped, and for a sentence
        // without claims so is this scan
        boolean reportsNamed = !found.isEmpty() && REPORT_NOUNS.anyIn(t);
        // where "a war monitor said" stands, looked for once for all the sentence's claims
        int unnamedMonitor = s.title || found.isEmpty() ? -1 : unnamedMonitorAt(t);
        for (Draft d : found) {
            int at = d.evidenceStartToken;
            List<Attributor.Speaker> speakers = d.gappedSpeaker != null ? List.of(d.gappedSpeaker) : s.title && unnamedMonitorSays(t)
                    ? List.of(new Attributor.Speaker(attributor.outlet(outlet), null)) : attributor.attribute(s, at, ctx);
            if (speakers.isEmpty() && s.quoted[Math.min(at, t.size() - 1)]) {
                QuoteSource source = quoteSpeaker(views, index, ctx);
                if (source != null) {
                    speakers = source.speakers();
                    d.quoteSource = source.sentence();
                }
            }
            if (speakers.isEmpty() && s.speechVerbs.isEmpty()) {
                speakers = listSpeakers(views, index, at, ctx);
            }
            if (speakers.isEmpty() && s.speechVerbs.isEmpty() && !out.isEmpty() && continuesCount(t)
                    && claimOfSentenceBefore(views, index, out.get(out.size() - 1))) {
                // "The monitor said 19 of the dead were killed in Ariha. Another eight died in Kafranbel": the
                // same count goes on, told by whoever told the claim before
                Draft before = out.get(out.size() - 1);
                speakers = List.of(new Attributor.Speaker(before.party, before.speaker));
            }
            boolean sharedOut = speakers.isEmpty() && shared != null && d.polarity == Polarity.ASSERTS;
            if (sharedOut) {
                // "Of the 12, two were killed in a strike near Tabqa on April 9": a share of the claim before, told
                // by whoever told it
                speakers = List.of(new Attributor.Speaker(shared.party, shared.speaker));
            }
            if (shared != null && d.polarity == Polarity.ASSERTS) {
                // of the same victims, whoever tells it ("Of the 21, seven were killed ..., it said"), unless it names its own
                d.category = namesItsVictims(s, d) ? d.category : shared.category;
            }
            if (speakers.isEmpty()) {
                // "COL. LINDQVIST: We estimate that ISIL has lost ...": a transcript's speaker, named before
                String label = views.labelOf(index);
                ArticleContext.Named labelled = label == null ? null : ctx.speakerLabelled(label);
                if (labelled != null) {
                    speakers = List.of(new Attributor.Speaker(labelled.party(), labelled.speaker()));
                }
            }
            if (unnamedMonitor >= 0 && !monitorSpeaks(speakers) && (onlyTheOutlet(speakers) || !s.speechVerbs.isEmpty()
                    && s.speechVerbs.get(0).from() > unnamedMonitor || saidByTheMonitor(s, unnamedMonitor, at))) {
                // (not "The Syrian army said 10 soldiers were killed, while a war monitor said 25 had died": the army's 10,
                // and the monitor's 25)
                // "..., a war monitor said. The Syrian Observatory for Human Rights said the dead included ...": the
                // wire's lead names the monitor in the sentence after it; the monitor speaks, not the party the
                // sentence names ("gunmen loyal to ousted president Bashar al-Assad ambushed patrols, a war monitor said")
                Attributor.Speaker named = monitorNamedNext(views, index);
                speakers = List.of(named != null ? named : new Attributor.Speaker(attributor.outlet(outlet), null));
            }
            Attributor.Speaker issuer = onlyTheOutlet(speakers) ? views.releaseIssuerOf(index, ctx) : null;
            if (issuer != null) {
                speakers = List.of(issuer); // a statement printed in full is its issuer's, sentence by sentence
            }
            if (onlyTheOutlet(speakers) && views.inAnswer(index) && (views.askedOfSomeone() || firstPerson(t))) {
                // "Q: What is your count? A: Since January 20 we have documented 232 deaths": the one interviewed, whom
                // "we" or nothing at all stands for
                ArticleContext.Named interviewed = ctx.firstNamedPerson();
                if (interviewed != null) {
                    speakers = List.of(new Attributor.Speaker(interviewed.party(), interviewed.speaker()));
                }
            }
            if (speakers.isEmpty()) {
                if (d.polarity != Polarity.ASSERTS && s.speechVerbs.isEmpty()) {
                    continue; // a denial or dispute needs someone who denies; the outlet reports, it does not deny
                }
                // a denial by a source the claimant data does not know ("Turkey's Defence Ministry denied
                // ...") is the outlet's to report, as any other claim of an unknown source
                d.unknownSource = !s.speechVerbs.isEmpty();
                String named = d.unknownSource ? attributor.unlistedSpeaker(s, at) : null;
                // "Salim Khudhur, a 52-year-old farmer, said": a person told by age speaks for no body, as a resident
                // "Kirkuk officials said": the officials of a town or province are local officials
                boolean local = named != null && attributor.describedByAge(s, at) || officialsOfAPlaceSpeak(s);
                Party party = local ? claimants.require(ClaimantDirectory.LOCAL) : attributor.outlet(outlet);
                speakers = List.of(new Attributor.Speaker(party, named));
            }
            evidence(s, d);
            locate(s, d, ctx);
            if (s.places.isEmpty() && wholeAirWar(t, speakers)) {
                // "The coalition's own count of civilians killed by its strikes since August 2014 rose to 199": a count
                // of the whole campaign, over Iraq and Syria, of no place the story is in
                d.place = Gazetteer.UNKNOWN;
            }
            if (s.places.isEmpty() && !out.isEmpty() && sameSpan(t)) {
                // "Over the same period, 23 rebel fighters ... had died in clashes on the edges of the enclave": where
                // the claim it follows up was, whatever place a bare "the enclave" would otherwise recall
                d.place = out.get(out.size() - 1).place;
            }
            if (d.subsetOf != null) {
                d.period = d.subsetOf.period;
            } else {
                if (!periodResolved) {
                    sentenceTimes = statementTimes(s);
                    sentencePeriod = periods.resolve(t, s.bodyStart(), t.size(), published, sentenceTimes);
                    periodResolved = true;
                    if (sentencePeriod != null && sentencePeriod.getStart() == null && sinceThen(t)) {
                        // "Russia began its air campaign on September 30. ... have killed 1,502 people since then":
                        // from the time the story gave last
                        Period then = lastTimeGiven(ctx, published);
                        if (then != null && then.getStart() != null) {
                            sentencePeriod = new Period(then.getStart(), sentencePeriod.getEnd());
                            storysOwnTime = true;
                        }
                    }
                }
                // a sentence that gives no time of its own tells more of the incident dated before it
                // ("Jets struck Ariha on Monday night. Rescuers said 15 bodies had been recovered"); not
                // so a count of people trapped (of now), a trend (of weeks and months) or a policy
                // ("they only target militants")
                boolean timeless = d.outcome == Outcome.TRAPPED || d.trend != null || d.polarity == Polarity.DENIES && blanket(s)
                        || d.outcome == Outcome.DISPLACED && stillDisplaced(t);
                Period own = sentencePeriod != null || timeless ? sentencePeriod
                        : sameDayAsBefore(t) && !out.isEmpty() && out.get(out.size() - 1).period != null
                                ? out.get(out.size() - 1).period // "Hours later, a suicide bomber ... killing 17": the day of the claim before
                                : lastTimeGiven(ctx, published);
                if (d.elidedItem) {
                    // "and three in a strike in Raqqa on May 22": the item's own time, when it gives one
                    Period item = periods.resolve(t, d.evidenceStartToken, t.size(), published, sentenceTimes);
                    own = item != null ? item : own;
                } else if (sentencePeriod != null && laterClaim(found, d)) {
                    // "8,000 people had left on Wednesday alone, bringing to 157,000 the number displaced since
                    // February 19": a later figure of the sentence with a time of its own, in its own words up to
                    // the next figure or the words of who said it
                    int from = Math.min(Math.max(d.figureEnd, d.evidenceStartToken), t.size());
                    int end = Math.max(from, nextClaimStart(s, found, d, t.size()));
                    Period local = periods.resolve(t, from, end, published, sentenceTimes);
                    own = local != null ? local : own;
                }
                if (d.subsetMarker && !d.elidedItem) {
                    // "Of the total, it attributed more than 2,000 to strikes on west Mosul between February and July,
                    // and at least 1,400 to Raqqa between June and mid-October": a part's own time, in its own words
                    int from = Math.min(Math.max(d.figureEnd, d.evidenceStartToken), t.size());
                    int end = clauseEnd(t, from, Math.max(from, nextClaimStart(s, found, d, t.size())));
                    Period partsOwn = periods.resolve(t, from, end, published, sentenceTimes);
                    if (partsOwn != null) {
                        own = partsOwn;
                        d.ownTime = true;
                    }
                }
                // people trapped or stranded are counted as of the telling: a state, not an event with a time
                // (70 of the 81 trapped claims of the full-length sets are labelled so, by every labeller)
                // and so are people its own words say are still displaced ("673,000 people from Mosul alone are still displaced")
                d.period = d.outcome == Outcome.TRAPPED || d.outcome == Outcome.DISPLACED && stillDisplacedAfter(t, d.figureEnd)
                        ? null : PeriodResolver.copyOf(own);
            }
            boolean warBefore = !out.isEmpty() && out.get(out.size() - 1).place != null && out.get(out.size() - 1).place.parent() == null;
            if (noPlaceButTheSpeakers(s) && !storysOwnTime && d.period != null && d.period.getStart() != null && (sentencePeriod != null || warBefore)
                    && (d.period.getStart().getYear() <= WAR_YEARS_START && (!withinAWeek(d.period) || warBefore) || sentencePeriod != null && aYearOrMore(d.period)
                            || sentencePeriod != null && PROTESTS.anyIn(t) && (!withinAWeek(d.period) || sinceTheProtests(t)))
                    && d.place.parent() != null && !refersToTheCity(s) && !theBefore(s, BLOCKADES) && !Site.CAMP.referredToIn(t)) {
                // (not "3,150 people who disappeared while the city was under Islamic State rule between 2014 and 2017")
                // "more than 367,000 people have been killed since the war began in March 2011": the whole
                // war, not the town the article is about (a time the sentence takes from the one before tells
                // more of that story, the war's or the town's: "It said at least 40 people had died for lack of medical care");
                // so too "more than 490 people have been killed since anti-government protests began in October", a
                // country's protests, in a story of one city, and a count the speaker's seat is the only place of (not
                // "The Basra health directorate said two demonstrators died on Tuesday": a day's dead, of the city; but
                // "killed since the protests began on Tuesday" is the country's count, however young the protests; and not
                // "Security forces shot dead four protesters that day" in March 2011: a day of the war's first years, the town's,
                // unless the claim before it was the whole country's)
                d.place = gazetteer.require(gazetteer.countryOf(d.place.id()));
            }
            perpetrate(s, d, ctx);
            if (sharedOut && d.perpetrator == null) {
                d.perpetrator = shared.perpetrator; // a share of the coalition's count of its own strikes' victims
            }
            if (d.answers != null) {
                // "disputed that assessment": about the claim it answers, where and when that one was
                d.place = d.answers.place;
                d.period = PeriodResolver.copyOf(d.answers.period);
                d.perpetrator = d.perpetrator != null ? d.perpetrator : d.answers.perpetrator;
            }
            Reported reported = d.polarity == Polarity.ASSERTS && reportsNamed ? reportedFigure(s, d.evidenceStartToken, ctx) : null;
            if (reported != null) {
                // "The coalition dismissed reports that 30 civilians had been killed", "Moscow rejected claims by the
                // White Helmets that 25 people died": the figure is the reports' (their source's, else the outlet's),
                // and the one who dismissed them denies it
                if (reported.denied() && (d.outcome == Outcome.KILLED || d.outcome == Outcome.INJURED)
                        && !anyDenial(found) && !anyDenial(attributed)) {
                    List<Attributor.Speaker> deniers = speakers;
                    if (!speakers.isEmpty() && speakers.stream().allMatch(sp -> reported.source().stream()
                            .anyMatch(r -> r.party().id().equals(sp.party().id())))) {
                        // "Syria's justice ministry rejected an Amnesty International report that said ...": the report's
                        // "said" gave its source as the speaker; the one who rejects it is the party named before the verb
                        Attributor.Speaker before = partyBefore(s, reported.verb(), ctx);
                        deniers = before == null ? speakers : List.of(before);
                    }
                    for (Attributor.Speaker denier : deniers) {
                        boolean source = false;
                        for (Attributor.Speaker r : reported.source()) {
                            source |= r.party().id().equals(denier.party().id());
                        }
                        if (source || ClaimantDirectory.OUTLET.equals(denier.party().id())) {
                            // "The ministry dismissed a report by activists that ...": the activists tell it, and no
                            // party the data knows denies it
                            continue;
                        }
                        Draft denial = d.copyFor(denier.party(), denier.speaker());
                        denial.polarity = Polarity.DENIES;
                        denial.low = 0;
                        denial.high = 0L;
                        denial.qualifier = "EXACT";
                        denial.category = d.category == Category.COMBATANTS ? Category.COMBATANTS : Category.CIVILIANS;
                        denial.subsetOf = null;
                        if (denier.party().belligerent()) {
                            denial.perpetrator = denier.party().id(); // what its own forces are said to have done
                        }
                        attributed.add(denial);
                    }
                }
                speakers = !reported.source().isEmpty() ? reported.source()
                        : List.of(new Attributor.Speaker(attributor.outlet(outlet), null));
            }
            for (int k = 0; k < speakers.size(); k++) {
                Draft each = k == 0 ? d : d.copyFor(speakers.get(k).party(), speakers.get(k).speaker());
                each.party = speakers.get(k).party();
                each.speaker = speakers.get(k).speaker();
                if (each.party.belligerent() && (speaksOfItsOwnForces(s, each) || deniesForItsForces(s, each))) {
                    // "they only target militants", "its strikes killed 29 civilians": the speaker's own harm
                    each.perpetrator = each.party.id();
                }
                attributed.add(each);
            }
        }
        linkSubsets(s, attributed, out);
        attributed.removeIf(d -> d.outcome == null);
        listClaims(s, items, attributed);
        for (Draft d : attributed) {
            if (d.category == Category.COMBATANTS && d.figureEnd > 0 && d.figureEnd <= t.size() && !d.party.fights()
                    && (t.get(d.figureEnd - 1).is("own") || ownMembers(t, d) && s.perpetrators.isEmpty() && MEMBERS_OWNERS.contains(d.party.kind()))) {
                // "the White Helmets said three of their own were killed", "11 of its own members": volunteers
                d.category = Category.CIVILIANS;
            }
            if (d.category == null) {
                // "struck Daesh fighters ..., killing 13 of them": the victims named before the figure in
                // this sentence; "about 2,000 of them are still inside": else the victims named last
                Category before = null;
                for (int vAt = 0; vAt < s.victims.size(); vAt++) {
                    PhraseIndex.Match<Category> v = s.victims.get(vAt);
                    // "The number of people killed since Islamic State gunmen stormed Kirkuk has risen to 99":
                    // the attackers named are not the victims
                    if (v.to() <= d.evidenceStartToken && !insideAttacker(s, v)) {
                        before = v.value();
                    }
                }
                // a toll is of everyone: "put the toll at eight, including three children" after a sentence
                // about children is eight people, not eight children
                Category last = ctx.lastVictims() == Category.CHILDREN || ctx.lastVictims() == Category.WOMEN ? Category.PEOPLE
                        : ctx.lastVictims();
                d.category = before != null ? before : last != null ? last : Category.PEOPLE;
            }
        }
        out.addAll(attributed);
        remember(s, ctx, attributed);
        if (periodResolved) {
            s.timeGiven(sentencePeriod == null || lookingBack(t) || separateIncident(t) ? null : sentencePeriod);
        }
        ctx.read(s);
        for (Draft d : attributed) {
            if (!d.party.id().equals(ClaimantDirectory.OUTLET) || !d.party.kind().equals(ClaimantDirectory.OUTLET)) {
                // whoever made the sentence's claims is who "they said" or "it added" means next: a
                // claimant, or a source the list leaves out named as such (unlisted-sources.tsv)
                ctx.named(d.party, d.speaker);
            } else if (d.unknownSource) {
                // "Turkey's military said ... It said 14 soldiers had been killed": still that source, not
                // a party named before it
                ctx.named(new Party(d.party.id(), d.party.name(), UNKNOWN_SOURCE), d.speaker);
            }
        }
    }

    /** The kind of a speaker no claimant stands for; later references that may mean one list it (anaphora.tsv). */
    static final String UNKNOWN_SOURCE = "source";

    /** Causes of death outside the war (lexicon/accidents.txt). */
    private static final MarkedWords ACCIDENTS = MarkedWords.of(
            org.crosscheck.extract.lexicon.Resources.words("/crosscheck/lexicon/accidents.txt").toArray(String[]::new));

    /** "Twelve pilgrims were killed when their bus overturned", "an earthquake killed seven": no war casualties. */
    private static boolean accident(List<Token> t) {
        int n = t.size();
        for (int k = ACCIDENTS.nextCandidate(t, 0, 0, n); k < n; k = ACCIDENTS.nextCandidate(t, 0, k + 1, n)) {
            if (ACCIDENTS.contains(t.get(k))) {
                // "drowned when a makeshift raft carrying families out of Fallujah overturned": people fleeing the war
                return !FLIGHT.anyIn(t);
            }
        }
        return false;
    }

    /** Words of people fleeing: a mishap on the way out of a war zone is counted as the war's. */
    private static final WordSet FLIGHT = WordSet.of("flee", "fled", "fleeing", "escape", "escaped", "escaping", "raft", "rafts",
            "smugglers");

    /**
     * A figure that counts who lives somewhere: "a population of 22 million", "home to about 3 million
     * people" (the figure starts at its qualifier, "about").
     */
    private boolean population(List<Token> t, int at) {
        int k = at - 1;
        if (k >= 1 && (t.get(k).is("had") || t.get(k).is("has")) && (t.get(k - 1).isWord()
                && (t.get(k - 1).nameLike() || PLACE_NOUNS.contains(t.get(k - 1))) || t.get(k - 1).is(",")) && residentsAfter(t, at)) {
            // "Maarat al-Numan had about 80,000 residents before the war", "The city had", "Khan Sheikhoun, on the
            // highway between Damascus and Aleppo, had around 50,000 residents": how many lived there
            return true;
        }
        if (k >= 1 && t.get(k).is("of") && PLACE_NOUNS.contains(t.get(k - 1)) && peopleAfter(t, at)) {
            return true; // "Salamiyah, a town of about 100,000 people": how many live there
        }
        return k >= 1 && (t.get(k).is("of") && t.get(k - 1).is("population") || t.get(k).is("to") && t.get(k - 1).is("home"))
                || k >= 0 && HOUSING.contains(t.get(k));
    }

    /**
     * Whether the words right after a figure's people are a verb that harms no one ("had surrendered", "were
     * arrested") with no outcome word after it in its clause ("were captured and executed", "were detained and
     * died under torture", "were rescued with serious injuries" say what befell them).
     */
    private boolean harmlessPredicate(List<Token> t, int end) {
        int k = end + 1 < t.size() && t.get(end).is("of") && t.get(end + 1).is("them") ? end + 2 : end; // "500 of them were held"
        k = skip(t, k, COPULAS);
        k = k < t.size() && PERFECT_AUXILIARIES.contains(t.get(k)) ? k + 1 : k;
        if (k + 1 < t.size() && t.get(k).is("so") && t.get(k + 1).is("far")) {
            k += 2; // "2,150 captives have so far been freed"
        }
        k = skip(t, k, COPULAS);
        if (k >= t.size() || !(HARMLESS_VERBS.contains(t.get(k)) || heldForQuestioning(t, k))) {
            return false;
        }
        for (int j = k + 1; j < t.size() && !CLAUSE_ENDS.contains(t.get(j)); j++) {
            if (lexicon.outcomes.startsAt(t, j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Two of them told reporters that ...": some of the people named before, who speak, or "One of them
     * hit a market": some of the strikes; not who was harmed ("Three of them were said to have died" are).
     */
    private boolean speaksForThem(List<Token> t, int start) {
        if (start >= 1 && start + 1 < t.size() && SPEAKING.contains(t.get(start - 1)) && t.get(start + 1).is("of")) {
            // "said one of the network's members, who ...": the one who speaks, after the verb, whose words end at a
            // comma or the sentence's end (not "said one of their volunteers was killed", told of)
            for (int k = start + 2; k <= start + 7 && k + 1 < t.size(); k++) {
                if (t.get(k).is(",")) {
                    return APPOSITION_OPENERS.contains(t.get(k + 1));
                }
                if (!t.get(k).isWord() && !t.get(k).possessive() || lexicon.outcomes.startsAt(t, k)) {
                    return false;
                }
            }
            return false;
        }
        for (int k = start + 1; k + 2 < t.size() && k <= start + 3; k++) {
            if (t.get(k).is("of") && t.get(k + 1).is("them")) {
                // not a participle that describes them: "two of them hit by sniper fire", "nine of them recovered from"
                return SPEAKING.contains(t.get(k + 2)) || struck(t, k + 2);
            }
        }
        return false;
    }

    private static final WordSet SPEAKING = WordSet.of("told", "tell", "tells", "said", "say", "says");
    /** First words of what a speaker named after the verb is: "said one of the network's members, who uses ...". */
    private static final WordSet APPOSITION_OPENERS = WordSet.of("who", "a", "an", "the");

    /**
     * "One of them, on December 22, hit a street near the hospital": some of the strikes told before, past
     * an aside, not some of the people.
     */
    private static boolean struck(List<Token> t, int at) {
        int k = at;
        if (k < t.size() && t.get(k).is(",")) {
            k++;
            while (k < t.size() && k - at <= STRUCK_ASIDE_REACH && !t.get(k).is(",")) {
                k++;
            }
            k++;
        }
        return k + 1 < t.size() && STRUCK.contains(t.get(k)) && !t.get(k + 1).is("by") && !t.get(k + 1).is("from");
    }

    private static final int STRUCK_ASIDE_REACH = 8;
    private static final WordSet STRUCK = WordSet.of("hit", "struck", "landed", "exploded", "targeted", "fell", "destroyed", "hits",
            "strikes");

    /**
     * "had detained 150", "arrested 40": the figure's people were held, not harmed ("killed or detained 50",
     * "killed and detained 30": harmed or held, so the harm stands).
     */
    private static boolean detainedBefore(List<Token> t, int at) {
        return at >= 1 && DETAINING.contains(t.get(at - 1)) && !(at >= 3 && (t.get(at - 2).is("or") || t.get(at - 2).is("and")));
    }

    private static final int DETENTION_REACH = 8;

    private static final WordSet DETAINING = WordSet.of("detained", "arrested", "detaining", "arresting", "detain", "arrest");

    /** "held for questioning", "held for screening", "remain in custody": detained, not trapped. */
    private static boolean heldForQuestioning(List<Token> t, int k) {
        if (k + 1 < t.size() && (t.get(k).is("remain") || t.get(k).is("remained") || t.get(k).is("remains") || t.get(k).is("still"))) {
            k++;
        }
        if (k + 2 < t.size() && t.get(k).is("held") && t.get(k + 1).is("in")) {
            k++; // "about 60 women held in its prisons": prisoners, not victims
            if (k + 2 < t.size() && (t.get(k + 1).is("its") || t.get(k + 1).is("their") || t.get(k + 1).is("government"))) {
                return CUSTODY.contains(t.get(k + 2));
            }
        }
        return k + 2 < t.size() && t.get(k).is("held") && t.get(k + 1).is("for") && QUESTIONING.contains(t.get(k + 2))
                || k + 1 < t.size() && t.get(k).is("in") && CUSTODY.contains(t.get(k + 1));
    }

    private static final WordSet CUSTODY = WordSet.of("custody", "detention", "prison", "prisons", "jail", "jails");

    private static final WordSet QUESTIONING = WordSet.of("questioning", "screening", "interrogation", "investigation");
    private static final WordSet HARMLESS_VERBS = WordSet.of("surrendered", "defected", "arrested", "detained", "captured",
            "released", "freed", "returned", "joined", "deserted", "handed", "rescued", "screened", "questioned", "vetted",
            "identified", "named");
    private static final WordSet CLAUSE_ENDS = WordSet.of(",", ";", ":", "that", "but", "while", "whereas");

    /**
     * Whether residents or inhabitants are named within four words from the figure's start, with no outcome
     * word after them ("had 300 residents killed" is a toll).
     */
    private boolean residentsAfter(List<Token> t, int at) {
        for (int k = at; k < Math.min(t.size(), at + 4); k++) {
            if (t.get(k).is("residents") || t.get(k).is("inhabitants")) {
                return k + 1 >= t.size() || !lexicon.outcomes.startsAt(t, k + 1);
            }
        }
        return false;
    }

    /**
     * Whether the words after a part say the state its people are in: "four of them in a critical condition",
     * "18 of the wounded were in serious condition".
     */
    private static boolean inACondition(List<Token> t, int end) {
        int k = pastOfThem(t, end);
        k = skip(t, k, COPULAS);
        if (k < t.size() && t.get(k).is("still")) {
            k++; // "27 of whom were still in a serious condition"
        }
        if (k + 2 >= t.size() || !t.get(k).is("in")) {
            return false;
        }
        int noun = t.get(k + 1).is("a") ? k + 3 : k + 2;
        return noun < t.size() && t.get(noun).is("condition") && CONDITIONS.contains(t.get(noun - 1));
    }

    private static final WordSet CONDITIONS = WordSet.of("critical", "serious", "stable", "grave", "poor");

    /** Past "of them" or "of whom" at {@code k} ("four of them in a critical condition"), or {@code k} when neither stands there. */
    private static int pastOfThem(List<Token> t, int k) {
        return k + 1 < t.size() && t.get(k).is("of") && (t.get(k + 1).is("them") || t.get(k + 1).is("whom")) ? k + 2 : k;
    }

    /** "two babies had died, one of them five days old": how old one of them was, no claim of its own. */
    private boolean agedOnly(List<Token> t, int end) {
        int k = pastOfThem(t, end);
        if (k >= t.size() || !counts.mayStartCount(t.get(k))) {
            return false;
        }
        Count age = counts.parse(t, k).orElse(null);
        return age != null && age.to() + 1 < t.size() && AGE_UNITS.contains(t.get(age.to())) && t.get(age.to() + 1).is("old");
    }

    private static final WordSet AGE_UNITS = WordSet.of("days", "day", "weeks", "week", "months", "month", "years", "year");

    /** "people", "residents" or "inhabitants" right after the figure. */
    private static boolean peopleAfter(List<Token> t, int at) {
        // "of about 100,000 people", "of about a million people": the people a few words after the figure's start
        for (int k = at + 1; k < Math.min(t.size(), at + 4); k++) {
            if (t.get(k).is("people") || t.get(k).is("residents") || t.get(k).is("inhabitants")) {
                return true;
            }
        }
        return false;
    }

    /** A finite verb of living after the people: "live" (not "living in the camp were displaced", which describes them). */
    private static final WordSet LIVING = WordSet.of("live", "lived", "reside", "resided");

    /**
     * "two relatives of the dead", "the families of those killed": kin of the victims, counted as sources or
     * mourners, to whom nothing befell.
     */
    private static boolean kinOfTheHarmed(List<Token> t, int end) {
        if (end < 1 || end + 2 >= t.size() || !KIN.contains(t.get(end - 1)) || !t.get(end).is("of")) {
            return false;
        }
        Token after = t.get(end + 1).is("the") || t.get(end + 1).is("those") ? t.get(end + 2) : null;
        return after != null && (THE_HARMED.contains(after) || after.is("victims") || after.is("missing") || after.is("deceased"));
    }

    private static final WordSet KIN = WordSet.of("relatives", "families", "members", "parents", "mothers", "fathers", "widows",
            "sons", "daughters", "brothers", "sisters");

    /** "the province now hosts about three million people", "the camp houses about 12,000": who lives there. */
    private static final WordSet HOUSING = WordSet.of("hosts", "host", "hosted", "houses", "housed", "housing", "holds", "shelters");

    private static final WordSet EARLIER = WordSet.of("earlier", "previous", "original");
    private static final WordSet VERSIONS = WordSet.of("version", "versions", "draft");
    private static final WordSet FIRST = WordSet.of("first", "initially", "originally");
    private static final WordSet FIRST_REPORTS = WordSet.of("reported", "put", "gave", "given", "said", "counted", "announced");

    /**
     * "Correction: an earlier version of this report said 40 people were killed": a figure the
     * article itself withdrew is no claim. Looked for in the figure's clause, before the figure.
     */
    private static boolean superseded(List<Token> t, int at, boolean laterCount) {
        for (int k = Math.min(at, t.size()) - 1; k > 0; k--) {
            if (CLAUSE_BREAKS.containsText(t.get(k))) {
                return false;
            }
            if ((VERSIONS.contains(t.get(k)) || TOLL_NOUNS.contains(t.get(k))) && EARLIER.contains(t.get(k - 1))) {
                return true; // "an earlier version", "raising its earlier toll of 35"
            }
            if (FIRST_REPORTS.contains(t.get(k)) && (FIRST.contains(t.get(k - 1)) || k >= 2 && t.get(k - 1).is("earlier") && t.get(k - 2).is("had"))
                    && at - k <= 5) {
                // "The directorate had earlier counted 72 dead": a count it has since replaced
                return true; // "the Observatory, which first reported 31 dead, now puts the toll at 36", "initially put the death toll at 47"
            }
            if (FIRST_REPORTS.contains(t.get(k)) && t.get(k - 1).is("had") && at - k <= 4 && laterCount && !saidItHad(t, k - 1)) {
                return true; // "The ministry had put the toll at 21 on Thursday evening", after the count that replaced it
            }
        }
        return false;
    }

    /** Indexes of {@link SentenceView#fact}: sentence-wide facts a claim asks of its sentence. */
    private static final int FACT_ABROAD = 0;
    private static final int FACT_GRAVES = 1;
    private static final int FACT_BATTLES = 2;
    private static final int FACT_THE_SETTLEMENT = 3;

    /** "The group said it had counted at least 46": the tense of reported speech, not a count since replaced. */
    private static boolean saidItHad(List<Token> t, int had) {
        int k = had - 1;
        if (k >= 0 && (t.get(k).is("it") || t.get(k).is("they") || t.get(k).is("he") || t.get(k).is("she") || t.get(k).is("we"))) {
            k--;
        }
        if (k >= 0 && t.get(k).is("that")) {
            k--;
        }
        return k >= 0 && SAYING.contains(t.get(k));
    }

    /** One item of a place list: "in Sarmin, 6". */
    private record ListItem(int from, Place place, Count count) {
    }

    private static final WordSet LIST_OPENERS = WordSet.of(";", ":");

    /**
     * "killing 27 civilians ...: in Kafr Nabl, 9; in Sarmin, 6; and in Taftanaz, 7": a whole broken
     * down by place after a colon or semicolon. Two items at least, each "in PLACE, N" ending the
     * clause, so that a lone "; in Mosul, 2017" is no list.
     */
    private List<ListItem> placeList(SentenceView s) {
        List<Token> t = s.tokens;
        List<ListItem> items = new ArrayList<>();
        if (s.places.size() < 2) {
            return items;
        }
        for (int k = 1; k + 3 < t.size(); k++) {
            if (!t.get(k).is("in")) {
                continue;
            }
            int before = t.get(k - 1).is("and") ? k - 2 : k - 1;
            if (before < 0 || !(LIST_OPENERS.containsText(t.get(before)) || t.get(before).is(",") && before < k - 1)) {
                continue;
            }
            int at = t.get(k + 1).is("the") ? k + 2 : k + 1;
            PhraseIndex.Match<Place> place = s.placeFrom(at);
            if (place == null || place.to() + 1 >= t.size() || !t.get(place.to()).is(",")) {
                continue;
            }
            Count c = counts.mayStartCount(t.get(place.to() + 1)) ? counts.figureAt(t, place.to() + 1) : null;
            if (c == null || c.zero() || isDate(t, c)) {
                continue;
            }
            boolean ends = c.to() == t.size() || t.get(c.to()).is(";") || t.get(c.to()).is(".") || t.get(c.to()).is(",")
                    || t.get(c.to()).is(")");
            if (ends) {
                items.add(new ListItem(k, place.value(), c));
            }
        }
        if (items.size() < 2) {
            return List.of();
        }
        s.listItem = new boolean[t.size()];
        for (ListItem item : items) {
            java.util.Arrays.fill(s.listItem, item.from(), item.count().to(), true);
        }
        return items;
    }

    /** Each list item is a part of the first whole the sentence gives: its claimant, victims, outcome and time. */
    private void listClaims(SentenceView s, List<ListItem> items, List<Draft> attributed) {
        if (items.isEmpty()) {
            return;
        }
        Draft whole = null;
        for (Draft d : attributed) {
            if (d.subsetOf == null && d.polarity == Polarity.ASSERTS && d.evidenceStartToken < items.get(0).from()) {
                whole = d;
                break;
            }
        }
        if (whole == null) {
            return;
        }
        for (ListItem item : items) {
            Draft d = whole.copyFor(whole.party, whole.speaker);
            d.low = item.count().low();
            d.high = item.count().high();
            d.qualifier = item.count().qualifier();
            d.place = gazetteer.settlementOf(item.place());
            d.subsetOf = whole;
            d.subsetMarker = false;
            d.wholeFollows = false;
            d.listItem = true;
            d.evidenceStartToken = item.from();
            d.figureEnd = item.count().to();
            evidence(s, d);
            attributed.add(d);
        }
    }

    private static final MarkedWords OWN = MarkedWords.of("its", "their", "our", "we", "they");

    /**
     * Whether the claim speaks of the speaker's own forces: "they only target", "its strikes",
     * "our aircraft", or a policy denial ("only target", "never target") with no one else named.
     */
    private boolean speaksOfItsOwnForces(SentenceView s, Draft d) {
        List<Token> t = s.tokens;
        int n = t.size();
        for (int k = OWN.nextCandidate(t, 0, 0, n - 1); k + 1 < n; k = OWN.nextCandidate(t, 0, k + 1, n - 1)) {
            if (d.polarity == Polarity.ASSERTS && k >= d.evidenceStartToken && k < d.figureEnd) {
                continue; // "killed six of its fighters": its victims, not its attackers
            }
            if (k >= 2 && t.get(k - 1).is("of") && OWN_PEOPLE_HARMED.contains(t.get(k + 1)) && counts.figureAt(t, k - 2) != null) {
                continue; // "nine civilians and five of its fighters had been killed": the other figure's victims ("one of its jets" strikes)
            }
            if (OWN.contains(t.get(k)) && (lexicon.attackWords.startsAt(t, k + 1)
                    || t.get(k + 1).is("only") || t.get(k + 1).is("never") || SentenceView.isArmedNoun(t.get(k + 1))
                    || k + 2 < t.size() && lexicon.attackWords.startsAt(t, k + 2))) {
                return true;
            }
        }
        if (d.polarity == Polarity.ASSERTS && killedBySpeakersPronoun(t, d.evidenceStartToken)) {
            return true; // "The Syrian army said it had killed 80 militants", "said they had killed 57 jihadists"
        }
        if (d.polarity == Polarity.ASSERTS && d.category == Category.CIVILIANS && d.perpetrator == null) {
            // "The coalition has acknowledged 23 civilian deaths": a belligerent admits the harm it did
            for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
                PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
                if (ADMISSIONS.contains(t.get(v.from())) && v.to() <= d.evidenceStartToken) {
                    return true;
                }
            }
        }
        return d.polarity == Polarity.DENIES && d.perpetrator == null && blanket(s);
    }

    /**
     * Whether a belligerent's denial answers for forces the sentence names without naming whose they are:
     * "the army had targeted only terrorist positions and no civilians had been harmed", "said the jets had
     * not struck the town": the denier's own. A denial that names no forces ("no one in Madaya died of
     * hunger", "no civilians were killed in the air assault") leaves the attacker to what the text says.
     */
    private boolean deniesForItsForces(SentenceView s, Draft d) {
        if (d.polarity != Polarity.DENIES || !s.perpetrators.isEmpty()) {
            return false;
        }
        List<Token> t = s.tokens;
        for (int k = 0; k < t.size(); k++) {
            boolean forces = OWN_FORCES.contains(t.get(k)) && !(k + 1 < t.size() && t.get(k + 1).is("of"));
            if ((forces || AIMING.contains(t.get(k))) && !withinAMention(s, k)) {
                // not "The Syrian army said ...": the denier's name is no forces it answers for; nor "troops of
                // the Free Syrian Army", someone else's
                return true;
            }
        }
        return false;
    }

    private static boolean withinAMention(SentenceView s, int at) {
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            if (s.mentions.get(mAt).from() <= at && at < s.mentions.get(mAt).to()) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet OWN_FORCES = WordSet.of("army", "troops", "aviation", "aircraft", "jets", "warplanes", "pilots",
            "forces", "soldiers");
    private static final WordSet AIMING = WordSet.of("target", "targets", "targeted", "targeting");

    /** Whether the figure at {@code at} is the object of "it", "they" or "we" killing: "it had killed 80 militants". */
    private static boolean killedBySpeakersPronoun(List<Token> t, int at) {
        int k = at - 1;
        if (k < 1 || !KILLING.contains(t.get(k))) {
            return false;
        }
        k--;
        while (k > 0 && (PERFECT_AUXILIARIES.contains(t.get(k)) || t.get(k).is("also"))) {
            k--;
        }
        // the pronoun as the subject of what was said, not "the villages around it have killed"
        return SPEAKERS_PRONOUNS.contains(t.get(k)) && k >= 1 && SAID_THAT.contains(t.get(k - 1));
    }

    private static final WordSet SAID_THAT = WordSet.of("said", "says", "say", "saying", "that", "claimed", "claims", "added");

    private static final WordSet KILLING = WordSet.of("killed", "kill", "killing");
    private static final WordSet SPEAKERS_PRONOUNS = WordSet.of("it", "they", "we");

    private static final WordSet OWN_PEOPLE_HARMED = WordSet.of("fighters", "soldiers", "troops", "members", "men", "personnel",
            "policemen", "militants", "gunmen");

    private static final WordSet ADMISSIONS = WordSet.of("acknowledged", "acknowledges", "acknowledge", "admitted", "admits",
            "admit", "conceded", "concedes");

    // ---- figures --------------------------------------------------------------------------

    /** Every figure followed by victims ("146 civilians", "60 of whom are children"), in text order. */
    private List<Draft> figures(SentenceView s) {
        List<Draft> out = new ArrayList<>();
        List<Token> t = s.tokens;
        int n = t.size();
        int candidates = counts.candidateBits();
        int i = 0;
        Category opening = victimsSharedOut(s);
        // "a" or "an" before a word naming one person: looked for only where such a word stands
        boolean onePerson = lexicon.oneVictims.anyIn(t);
        int nextArticle = -1;
        while ((i = onePerson ? Math.min(TokenList.nextMayStart(t, candidates, i, n),
                nextArticle = nextArticle >= i ? nextArticle : nextArticle(t, i, n)) : TokenList.nextMayStart(t, candidates, i, n)) < n) {
            boolean article = i == nextArticle;
            if (!article && !counts.mayStartCount(t.get(i))) {
                i++;
                continue;
            }
            Count c = article ? oneVictimAt(t, i) : counts.figureAt(t, i);
            if (c == null && article && counts.mayStartCount(t.get(i))) {
                c = counts.figureAt(t, i); // "a dozen", "a hundred"
            }
            if (c == null) {
                i++;
                continue;
            }
            if (isDate(t, c) || secondDayOfMonth(t, c)) {
                i = c.to();
                continue; // "on March 17 killed 105", "on December 21 and 22 kill 88": a day of the month, not a figure
            }
            if (population(t, c.from()) && !(c.to() < t.size() && REMAINS.contains(t.get(c.to())))) {
                // (not "the grave holds at least 1,500 bodies": what a grave holds are the dead)
                i = c.to();
                continue; // "a pre-war population of 22 million", "home to about 3 million people"
            }
            if (c.from() > 0 && t.get(c.from() - 1).is("not")) {
                i = c.to();
                continue; // "not one civilian has been killed": a denial (lexicon/cues.tsv), not a count of one
            }
            if (ratio(t, c) || oneButNoCount(t, c)) {
                i = c.to();
                continue; // "Fewer than one in ten of those who left have come back": a share, not a count; "one by one" a manner
            }
            if (detainedBefore(t, c.from())) {
                i = c.to();
                continue; // "police said they had detained 150 suspected militants": held, not harmed
            }
            if (numberOfTheAttackers(t, c)) {
                i = c.to();
                continue; // "The gunmen, about 15 of them, came in pickup trucks": how many attacked, not how many were harmed
            }
            if (speaksForThem(t, c.from())) {
                i = c.to();
                continue; // "Two of them told reporters that", "One of them hit a market": who speaks or what struck, not who was harmed
            }
            if (c.from() >= 2 && MODALS.contains(t.get(c.from() - 2)) && t.get(c.from() - 1).isWord()
                    && !PERFECT_AUXILIARIES.contains(t.get(c.from() - 1)) && !t.get(c.from() - 1).is("be") && !NUMBERING.contains(t.get(c.from() - 1))) {
                i = c.to();
                continue; // "the east could see thousands more deaths": what may yet happen (not "may have killed 20", nor
                          // "the dead may number 9,000", an estimate)
            }
            if (someOfThings(t, c, out) || partOfCountedThings(t, c) || providedFor(t, c.from())) {
                i = c.to();
                continue; // "13 health facilities had been hit, and six of them were out of service": some of the things
            }
            if (companions(t, c.from()) || travelledWithOthers(t, c)) {
                i = c.to();
                continue; // "fled Afrin with her four children": who went along, not a count of the displaced
            }
            // '"well over 1,000" militants': a figure quoted on its own, its victims after the closing mark
            int afterFigure = c.to() < n && t.get(c.to()).kind() == Token.Kind.QUOTE && quoteOpensFigure(t, c.from()) ? c.to() + 1 : c.to();
            Victims v = c.zero() ? null : livesTaken(t, c) ? new Victims(Category.PEOPLE, c.to() + 1, false, Outcome.KILLED)
                    : victimsAfter(s, afterFigure);
            // ("16 members of two families" are people)
            if (v != null && v.end() > c.to() && countsHouseholds(t, v.end() - 1) && !t.get(c.to()).is("members")) {
                i = v.end(); // "two displaced families", "four families who lost 90 relatives": households, not people
                continue;
            }
            if (v != null && c.from() > 0 && t.get(c.from() - 1).is("whose") && v.end() > c.to() && OWN_PEOPLE.contains(t.get(v.end() - 1))) {
                i = v.end(); // "The network, whose 40 staff work from Turkey": how many people a body has
                continue;
            }
            int own = v == null ? n : skip(t, v.end(), OUTCOME_LINKS);
            // ("128,000 people detained by the government remain missing": what befell them after; "the displaced"
            // among whom they were held is no harm of theirs)
            if (own < n && DETAINING.contains(t.get(own)) && !harmTold(t, own + 1, DETENTION_REACH, true)) {
                i = v.end(); // "13 suspected militants had been arrested among the displaced": held, whatever the sentence says of others
                continue;
            }
            if (v == null && !c.zero()) {
                v = bareFigure(s, c);
            }
            boolean elided = false;
            if (v == null && !c.zero()) {
                v = itemOfElidedList(t, c, out);
                elided = v != null;
            }
            if (v == null && !c.zero() && (ofThoseBefore(t) || ofTheFigure(t)) && c.to() < n && PART_LINKS.contains(t.get(c.to()))
                    && !harmlessAfter(t, c.to())) {
                // "Of those, around 60,000 have gathered near the crossing": a part of the claim before (filled by
                // the sentence's reading)
                v = new Victims(null, c.to(), true, null);
            }
            if (v == null && !c.zero() && gappedMentionBefore(s, c.from()) != null && endsTheItem(t, c.to())) {
                // "... and the Observatory at least 45": of whom, and what befell them, the figure before says
                // (giveGappedFiguresTheirSpeakers); no claim unless it does
                v = new Victims(null, c.to(), false, null);
            }
            if (v == null && !c.zero() && c.from() >= 2 && (t.get(c.from() - 1).is("to") || t.get(c.from() - 1).is("of"))
                    && HARM_NOUNS.contains(t.get(c.from() - 2)) && lexicon.outcomes.startsAt(t, c.from() - 2)) {
                // "the deaths of 471 protesters and injuries to more than 7,600": the harm's noun before a bare figure
                // says what befell them; who they were, the figure before
                v = new Victims(null, c.to(), false, lexicon.outcomes.match(t, c.from() - 2).value());
            }
            boolean counted = false;
            if (v == null && !c.zero() && endsTheItem(t, c.to()) && countedByAPartyBefore(s, c.from())) {
                // "state media said about 300 people were killed; the Observatory counted 135": the same count by
                // another party, of the people and outcome of the figure before
                v = new Victims(null, c.to(), false, null);
                counted = true;
            }
            boolean share = false;
            if (v == null && !c.zero() && attributedShare(t, c)) {
                // "Airwars attributed at least 290 to Russian strikes and about 120 to the coalition": shares of
                // the toll told before, of its people and outcome
                v = new Victims(null, c.to(), true, null);
                share = true;
            }
            if (v != null && (perTime(t, v.end()) || v.end() < n && lexicon.outcomes.startsAt(t, v.end()) && perTime(t, v.end() + 1))) {
                i = v.end(); // "an average of more than 300 deaths a month", "up to 50 bodies a day": a rate, not a toll
                continue;
            }
            if (v != null) {
                Draft d = new Draft();
                d.low = c.low();
                d.high = c.high();
                d.qualifier = c.qualifier();
                d.category = v.category;
                d.evidenceStartToken = c.from();
                d.figureEnd = v.end;
                if (d.category == null || d.category == Category.PEOPLE) {
                    Category all = allOfThemAfter(t, v.end);
                    d.category = all == null ? d.category : all;
                }
                // "three of them women, and 11 others were wounded": others are not part of the part before
                boolean others = c.to() < t.size() && (t.get(c.to()).is("others") || t.get(c.to()).is("more"));
                d.subsetMarker = v.subset || subsetBefore(t, c.from()) || listAfterWholesColon(t, out, c.from());
                d.listedPart = !d.subsetMarker && !others && continuesSubset(t, out, c.from());
                d.subsetMarker |= d.listedPart;
                d.outcome = v.implied;
                // "the death toll ... has risen to 27, after more of the wounded died": the toll says the outcome
                d.outcomeOfToll = v.implied != null && tollBefore(s, c.from() - 1) != null;
                if (d.outcome == null && c.from() >= 2 && t.get(c.from() - 1).is("of") && REMAINS.contains(t.get(c.from() - 2))) {
                    d.outcome = Outcome.KILLED; // "recovered the bodies of 53 people", "the remains of around 80 women"
                }
                if (d.outcome == null && d.subsetMarker) {
                    // "the dead included at least five children": dead, whatever the figure before them says befell others
                    d.outcome = harmOfTheHolders(t, c.from());
                }
                if (d.outcome == null && c.from() >= 2 && t.get(c.from() - 1).is("of") && HARM_NOUNS.contains(t.get(c.from() - 2))
                        && lexicon.outcomes.startsAt(t, c.from() - 2)) {
                    // "verified the deaths of 471 protesters and injuries to more than 7,600": the noun before says what
                    // befell them, whatever outcome word follows in the sentence
                    d.outcome = lexicon.outcomes.match(t, c.from() - 2).value();
                }
                boolean countOfBefore = false;
                if (d.outcome == null && v.category != null && !v.subset) {
                    // "the toll from the strike on the night of March 16-17 has risen to 112 civilians"
                    Toll toll = tollBefore(s, c.from() - 1);
                    d.outcome = toll == null ? null : toll.outcome();
                    // "the network's count was higher, at 263 civilians": a count of what was counted before
                    countOfBefore = toll != null && toll.outcome() == null;
                }
                d.elidedItem = elided;
                d.attributedShare = share;
                if (share && !out.isEmpty() && out.get(out.size() - 1).attributedShare) {
                    d.shareOf = firstShare(out.get(out.size() - 1));
                }
                // "more than 1 million people live in the province, many of them displaced": a population, which
                // nothing befell; kept as a whole so that its parts are no claims either
                d.unharmed = v.end() < n && v.end() > c.to() && LIVING.contains(t.get(v.end())) || kinOfTheHarmed(t, v.end());
                // "based its findings on interviews with 31 people who reached camps", "interviewed 84 people, among them
                // 31 former detainees": who told the researchers, and so no parts of a toll either
                d.unharmed |= interviewees(t, c.from());
                // '"My son was one of them," she said': a victim already counted, named by kin, no count of its own
                d.unharmed |= c.low() == 1 && c.from() >= 1 && COPULAS.contains(t.get(c.from() - 1)) && c.to() + 2 <= n
                        && t.get(c.to()).is("of") && (t.get(c.to() + 1).is("them") || t.get(c.to() + 1).is("those"))
                        && (c.to() + 2 == n || t.get(c.to() + 2).isPunct() || t.get(c.to() + 2).kind() == Token.Kind.QUOTE);
                if (elided && attackerOfItem(t, c.from())) {
                    d.shareOf = firstShare(out.get(out.size() - 1));
                    d.ownAttacker = true;
                    d.shareOf.ownAttacker = true;
                }
                d.followUp = elided || share || countOfBefore || counted || v.category == null && v.implied == null && c.from() >= 2
                        && TOLL_LINKS.contains(t.get(c.from() - 1)) && COUNT_NOUNS.contains(t.get(c.from() - 2));
                d.wholeFollows = partBeforeWhole(t, v.end);
                d.subsetMarker |= d.wholeFollows;
                if (!d.subsetMarker && d.outcome != null && v.end == c.to() + 1 && lexicon.outcomes.startsAt(t, c.to())
                        && c.from() > 0 && t.get(c.from() - 1).is("and")) {
                    // "30 civilians were killed and 57 wounded", "two soldiers were killed and five wounded":
                    // "wounded" says what happened, the victims are those of the figure before
                    for (Draft f : out) {
                        if (!f.subsetMarker && f.category != null) {
                            d.category = f.category;
                        }
                    }
                }
                if (d.category == null && opening != null) {
                    d.category = opening; // "Of the civilians, it said, 512 were killed by government air strikes"
                }
                if (d.category != Category.COMBATANTS && c.from() >= 1 && t.get(c.from() - 1).is("lost") && c.to() < n
                        && t.get(c.to()).is("men") && armedSideBefore(t, c.from() - 1)) {
                    d.category = Category.COMBATANTS; // "government forces and their allies lost 156 men": a side's fighters
                }
                if ((d.category == Category.PEOPLE || d.category == null) && ownLossesBefore(t, c.from())) {
                    // "put its own losses at 41 dead", "the army's own losses ... at 14 dead and about 60 wounded":
                    // a fighting party's own dead are its fighters
                    d.category = Category.COMBATANTS;
                }
                if (d.category == null && !d.subsetMarker) {
                    // "35 persons were injured and 12 killed", "six schoolchildren died and 14 others";
                    // "killed 20 people, including six children, and wounded 45": the whole, not its part
                    Category previous = null;
                    for (Draft f : out) {
                        if (!f.subsetMarker) {
                            previous = f.category;
                        }
                    }
                    Toll toll = previous == null ? tollBefore(s, c.from() - 1) : null;
                    // a bare "the toll" with no whole before it: the victims named last (filled later); "puts
                    // the figure at 4,500": those of the claim before (filled by the sentence's reading)
                    boolean fromContext = toll != null && toll.category() == null;
                    d.category = previous != null ? previous : fromContext ? null : Category.PEOPLE;
                }
                out.add(d);
                i = v.end;
            } else {
                i = c.to();
            }
        }
        for (Draft d : out) {
            Category accountedFor = d.category == Category.PEOPLE ? whoAccountedFor(s, d.evidenceStartToken) : null;
            if (accountedFor != null) {
                d.category = accountedFor; // "Civilians accounted for 537 of the dead and 1,070 of the wounded"
            }
            if (d.category == Category.PEOPLE && !d.subsetMarker && generalCivilians(s, d, out)) {
                d.category = Category.CIVILIANS; // "how many civilians are left ... estimates range from 10,000 to 50,000 people"
            }
        }
        return out;
    }

    /** Outcome nouns that take their victims after "of" ("the deaths of 471 protesters"); each is in outcomes.tsv. */
    private static final WordSet HARM_NOUNS = WordSet.of("deaths", "killings", "injuries");

    /** Whether the figure at {@code at} counts people a researcher spoke to: "interviews with 31 people", "spoke to 12 survivors". */
    private static boolean interviewees(List<Token> t, int at) {
        if (at >= 1 && INTERVIEWED.contains(t.get(at - 1))) {
            return true; // "interviewed 45 survivors"
        }
        return at >= 2 && (t.get(at - 1).is("with") || t.get(at - 1).is("to")) && INTERVIEWING.contains(t.get(at - 2));
    }

    private static final WordSet INTERVIEWED = WordSet.of("interviewed", "surveyed", "interviewing");
    private static final WordSet INTERVIEWING = WordSet.of("interviews", "interview", "spoke", "spoken", "talked", "talking", "speaking",
            "conversations");

    /** "a month", "per day", "each week" at {@code at}: what makes the figure before it a rate. */
    private static boolean perTime(List<Token> t, int at) {
        return at + 1 < t.size() && PER.contains(t.get(at)) && TIME_UNITS.contains(t.get(at + 1));
    }

    private static final WordSet PER = WordSet.of("a", "per", "each", "every");
    private static final WordSet TIME_UNITS = WordSet.of("day", "week", "month", "year", "night", "hour");

    /** Whether a figure, or one person counted by "a" or "an", can stand in these tokens. */
    private boolean mayHoldFigure(List<Token> t) {
        return counts.mayHoldFigure(t) || lexicon.oneVictims.anyIn(t);
    }

    /** Where the next "a" or "an" at or after {@code from} stands, or {@code to}. */
    private static int nextArticle(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (INDEFINITE_ARTICLES.contains(t.get(k))) {
                return k;
            }
        }
        return to;
    }

    private static final WordSet INDEFINITE_ARTICLES = WordSet.of("a", "an");

    /**
     * A count of one at the "a" or "an" at {@code i}, or null: "A civilian contractor working with US forces was
     * killed", "rockets wounded a soldier", "an American contractor died". The person must be named within three
     * words of the article and harmed right there, by a verb before the article or a predicate after the name (past
     * at most a short participle phrase), so that "a woman said", "a civilian area" and "a soldier's account" count
     * no one.
     */
    private Count oneVictimAt(List<Token> t, int i) {
        int n = t.size();
        if (i > 0 && NO_COUNT_BEFORE_ARTICLE.contains(t.get(i - 1))) {
            return null; // "not a single civilian" is a denial; "such a child", "as a doctor" count no one
        }
        if (i + 1 < n && t.get(i + 1).is("single")) {
            return null; // "have not killed a single civilian": a denial, which the cues read
        }
        int noun = -1;
        for (int k = i + 1; k < Math.min(n, i + 4); k++) {
            if (lexicon.oneVictims.contains(t.get(k))) {
                noun = k;
            }
            if (!t.get(k).isWord() && t.get(k).kind() != Token.Kind.NUMBER || t.get(k).possessive()) {
                break;
            }
        }
        if (noun < 0 || noun + 1 < n && (t.get(noun + 1).possessive() || lexicon.oneVictims.contains(t.get(noun + 1))
                || t.get(noun + 1).is("and"))) {
            return null; // ("a woman and her son": a family, which the rules for wholes and parts read, not one woman)
        }
        // ("to kill a man waiting for work": an aim, not a harm)
        // ("gunmen shot dead a protester": a verb of two words, right before the article)
        PhraseIndex.Match<Outcome> twoWords = i >= 2 ? lexicon.outcomes.match(t, i - 2) : null;
        boolean harmedBefore = i > 0 && HARMING_VERBS.contains(t.get(i - 1)) && !(i > 1 && t.get(i - 2).is("to"))
                || twoWords != null && twoWords.to() == i && HARMS.contains(twoWords.value());
        return harmedBefore || harmedAfter(t, noun + 1) ? new Count(1, 1L, "EXACT", i, i + 1) : null;
    }

    /** "was killed", "had been wounded", "died", "working with US forces was killed": the person's harm, after the name. */
    private boolean harmedAfter(List<Token> t, int from) {
        int n = t.size();
        int k = from;
        if (k < n && t.get(k).isWord() && t.get(k).lower().endsWith("ing") && !HARMING_VERBS.contains(t.get(k))) {
            // a short participle phrase of who the person was: "working with US forces"
            int end = Math.min(n, k + PARTICIPLE_PHRASE_REACH);
            while (k < end && t.get(k).isWord() && !COPULAS.contains(t.get(k))) {
                k++;
            }
        }
        if (k < n && DIED.contains(t.get(k))) {
            return true;
        }
        while (k < n && (COPULAS.contains(t.get(k)) || t.get(k).is("has") || t.get(k).is("had") || t.get(k).is("been"))) {
            k++;
        }
        return k > from && k < n && lexicon.outcomes.startsAt(t, k) && !t.get(k).is("dead");
    }

    /** How many words a participle phrase between the person and the harm may take: "working with US forces". */
    private static final int PARTICIPLE_PHRASE_REACH = 6;
    private static final WordSet NO_COUNT_BEFORE_ARTICLE = WordSet.of("not", "never", "such", "as", "than", "what", "like");
    private static final WordSet HARMING_VERBS = WordSet.of("killed", "killing", "kills", "kill", "wounded", "wounding", "wounds",
            "injured", "injuring", "injures", "shot", "shooting");
    private static final WordSet DIED = WordSet.of("died", "dies");

    /**
     * Who a figure counts. A null category is taken from elsewhere: from the whole for a part
     * ("104 of them"), from the figure before ("14 others"). {@code implied} is the outcome the
     * victim word itself says ("the dead", "45 wounded").
     */
    private record Victims(Category category, int end, boolean subset, Outcome implied) {
    }

    /** "a conflict that has cost about 40,000 lives", "has claimed more than 300 lives", "took 12 lives": deaths. */
    private static boolean livesTaken(List<Token> t, Count c) {
        if (c.to() >= t.size() || !t.get(c.to()).is("lives")) {
            return false;
        }
        for (int k = c.from() - 1; k >= Math.max(0, c.from() - LIFE_TAKER_REACH) && t.get(k).isWord(); k--) {
            if (LIFE_TAKERS.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet LIFE_TAKERS = WordSet.of("cost", "costs", "costing", "claimed", "claims", "claiming", "claim",
            "took", "taken", "takes", "taking");
    /** How far before the figure the verb may stand: "has cost an estimated 40,000 lives". */
    private static final int LIFE_TAKER_REACH = 3;

    private static final WordSet COPULAS = WordSet.of("are", "were", "was", "is", "being", "been");

    /**
     * Where the words from {@code from} end that name people hurt and then say they died, in one clause: "(of
     * the 27) people wounded in the blast later died", "wounded have since died"; -1 when they do not.
     */
    private int laterDied(List<Token> t, int from) {
        boolean hurt = false;
        for (int k = from; k < Math.min(t.size(), from + LATER_DIED_REACH) && !t.get(k).isPunct(); k++) {
            PhraseIndex.Match<Outcome> o = lexicon.outcomes.match(t, k);
            if (o != null && o.value() == Outcome.INJURED) {
                hurt = true;
            } else if (o != null && o.value() == Outcome.KILLED) {
                return hurt && AFTERWARDS.contains(t.get(k - 1)) ? o.to() : -1;
            }
        }
        return -1;
    }

    private static final int LATER_DIED_REACH = 12;

    /** What was done for people counted before: "of those treated", "of them evacuated". */
    private static final WordSet CARED_FOR = WordSet.of("treated", "admitted", "hospitalised", "hospitalized", "rescued",
            "evacuated", "taken", "brought", "registered");

    private static final WordSet DETERMINERS = WordSet.of("the", "my", "his", "her", "their", "its", "our", "those");

    private Victims victimsAfter(SentenceView s, int from) {
        List<Token> t = s.tokens;
        int k = from;
        boolean subset = false;
        if (k + 1 < t.size() && t.get(k).is("of") && SUBSET_PRONOUNS.contains(t.get(k + 1))) {
            // "60 of whom are children", "104 of them died"
            subset = true;
            k = skip(t, k + 2, COPULAS);
            PhraseIndex.Match<Outcome> participle = k < t.size() ? lexicon.outcomes.match(t, k) : null;
            if (participle != null && participle.to() < t.size() && COPULAS.contains(t.get(participle.to()))) {
                // "12 of those killed were children": the part is named after the copula
                Victims named = victimAt(s, skip(t, participle.to(), COPULAS), true);
                if (named != null) {
                    return named;
                }
            }
            if (k + 1 < t.size() && CARED_FOR.contains(t.get(k)) && COPULAS.contains(t.get(k + 1))) {
                // "at least 400 of those treated were children": a part of the people counted before, as they were
                Victims named = victimAt(s, skip(t, k + 1, COPULAS), true);
                if (named != null) {
                    return named;
                }
            }
            Token next = k < t.size() ? t.get(k) : null;
            if (next != null && !t.get(from + 1).is("them") && !t.get(from + 1).is("whom") && next.isWord() && victimAt(s, k, true) == null
                    && (UNITS.contains(next) || !lexicon.figureStops.contains(next) && !lexicon.outcomes.startsAt(t, k)
                            && !RELATIVES.contains(next) && !COPULAS.contains(next))) {
                return null; // "Thirteen of those facilities had been damaged", "eight of those days": things, not people
            }
            // "41 of them SDF fighters": up to two words may stand before the victims
            for (int m = 0; m < 3 && k + m < t.size(); m++) {
                Victims named = victimAt(s, k + m, true);
                if (named != null) {
                    return named;
                }
                if (!t.get(k + m).isWord() || lexicon.figureStops.contains(t.get(k + m))
                        || lexicon.outcomes.startsAt(t, k + m)) {
                    break;
                }
            }
            return new Victims(null, k, true, null);
        }
        if (k + 3 < t.size() && t.get(k).is("of") && t.get(k + 1).capitalised()) {
            // "2,000 of Kafr Zita's roughly 15,000 people remained": a share of a place's population, itself no claim
            int owner = k + 1;
            while (owner < Math.min(t.size(), k + OWNER_REACH) && t.get(owner).isWord() && !t.get(owner).possessive()) {
                owner++;
            }
            Victims population = owner + 1 < t.size() && t.get(owner).possessive() ? populationAt(s, owner + 1) : null;
            if (population != null) {
                return population;
            }
        }
        if (k + 2 < t.size() && t.get(k).is("of") && DETERMINERS.contains(t.get(k + 1))) {
            // "eight of my neighbours", "11 of the dead were children", "37 of its own fighters"
            int noun = t.get(k + 2).is("own") ? k + 3 : k + 2;
            if (noun + 2 < t.size() && t.get(noun + 1).possessive()) {
                noun += 2; // "five of the group's volunteers"
            }
            if (noun >= t.size()) {
                return null; // "... of its own" closing a sentence that was cut short
            }
            if (!t.get(k + 1).is("the")) {
                // "15,000 of its 22,000 inhabitants fled", "2,000 of its roughly 15,000 people": a share of a population,
                // which is itself no claim
                Victims population = populationAt(s, noun);
                if (population != null) {
                    return population;
                }
            }
            int diedEnd = t.get(noun).kind() == Token.Kind.NUMBER && t.get(k + 1).is("the") ? laterDied(t, noun + 1) : -1;
            if (diedEnd > 0) {
                // "Thirteen of the 27 people wounded in the blast later died": dead, and no part of the wounded's count
                return new Victims(Category.PEOPLE, diedEnd, false, Outcome.KILLED);
            }
            if (t.get(noun).kind() == Token.Kind.NUMBER && t.get(k + 1).is("the")) {
                // "19 of the 46 were children": a part of a figure given before, named after the copula
                int after = skip(t, noun + 1, COPULAS);
                Victims part = after > noun + 1 ? victimAt(s, after, true) : null;
                return part != null ? part : new Victims(null, noun + 1, true, null);
            }
            Victims whole = victimAt(s, noun, false);
            if (whole != null && whole.category() == Category.PEOPLE && t.get(noun).is("men") && !t.get(k + 1).is("the")) {
                // "20 of his men": a commander's men are his fighters
                whole = new Victims(Category.COMBATANTS, whole.end(), whole.subset(), whole.implied());
            }
            if (whole == null && noun + 1 < t.size() && t.get(noun).isWord() && !lexicon.figureStops.contains(t.get(noun))) {
                whole = victimAt(s, noun + 1, false); // "two of its military advisers"
            }
            if (whole != null) {
                int after = skip(t, whole.end, COPULAS);
                // "11 of the dead were children" names a part; "three of its volunteers were wounded" an outcome
                Victims part = after > whole.end && !lexicon.outcomes.startsAt(t, after) ? victimAt(s, after, true) : null;
                if (part == null && after > whole.end && after + 2 < t.size() && (t.get(after).is("a") || t.get(after).is("an"))
                        && SentenceView.ageWord(t.get(after + 1))) {
                    part = victimAt(s, after + 2, true); // "One of the dead was a 17-year-old boy": one person, by age and kind
                }
                if (part == null && after > whole.end && after + 1 < t.size() && t.get(after).isWord()
                        && !lexicon.outcomes.startsAt(t, after) && lexicon.victims.startsAt(t, after + 1)
                        && !lexicon.outcomes.startsAt(t, after + 1)) {
                    // (not "two of her neighbours were shot dead": "dead" says what befell them)
                    part = victimAt(s, after + 1, true); // "six of the dead were rebel fighters": a word before the part
                }
                PhraseIndex.Match<String> side = part == null && after > whole.end ? lexicon.perpetrators.match(t, after) : null;
                if (side != null && side.to() - side.from() > 1) {
                    part = victimAt(s, side.to(), true); // "all 14 of the dead were Islamic State fighters": a side's name before them
                }
                if (part == null && after < t.size() && (t.get(after).is("from") || t.get(after).is("in")
                        || lexicon.outcomes.startsAt(t, after) || ACTIONS_ON_THE_DEAD.contains(t.get(after)))) {
                    // "Nineteen of the dead from Sunday's bombing in the Amil district were children", "712 of
                    // the bodies recovered so far were women and children"
                    for (int c = after + 1; c < Math.min(t.size() - 1, after + 12); c++) {
                        if (c + 3 < t.size() && t.get(c).is(",") && lexicon.speechVerbs.startsAt(t, c + 2) && t.get(c + 3).is(",")) {
                            c += 3; // "Nine of the wounded brought to his ward, he said, were children under 12"
                            continue;
                        }
                        if (t.get(c).isPunct() && !t.get(c).possessive() || lexicon.speechVerbs.startsAt(t, c)
                                || counts.mayStartCount(t.get(c)) && counts.figureAt(t, c) != null) {
                            break; // (not "100 of the soldiers were killed and two fighters were wounded": another figure's)
                        }
                        if (COPULAS.contains(t.get(c))) {
                            part = victimAt(s, skip(t, c, COPULAS), true);
                            break;
                        }
                    }
                }
                if (part == null && whole.implied() == Outcome.INJURED && t.get(k + 1).is("the")) {
                    // "Four of the wounded later died": some of those hurt, and dead
                    int verb = after;
                    while (verb < t.size() && AFTERWARDS.contains(t.get(verb))) {
                        verb++;
                    }
                    PhraseIndex.Match<Outcome> died = verb < t.size() ? lexicon.outcomes.match(t, verb) : null;
                    if (died != null && died.value() == Outcome.KILLED) {
                        return new Victims(whole.category(), whole.end(), false, Outcome.KILLED);
                    }
                }
                if (part != null && part.implied() == null && whole.implied() != null) {
                    // "11 of the dead were children": children, and dead
                    part = new Victims(part.category(), part.end(), part.subset(), whole.implied());
                }
                return part != null ? part : whole;
            }
            PhraseIndex.Match<Outcome> counted = (t.get(k + 1).is("the") || t.get(k + 1).is("those")) && noun == k + 2
                    ? lexicon.outcomes.match(t, noun) : null;
            if (counted != null) {
                // "it attributed 1,012 of the deaths to ...": a part of the toll given before
                return new Victims(null, counted.to(), true, counted.value());
            }
            if (noun == k + 3 && !t.get(k + 1).is("the")) {
                // "five of their own had died", "lost 12 of its own": the party's own members, fighters
                // when the party fights (a rescue group's own are civilians: settled once it is known)
                return new Victims(Category.COMBATANTS, noun, false, null);
            }
        }
        if (k < t.size() && COPULAS.contains(t.get(k))) {
            // "about 90,000 are children": a part named after its whole; "481 were jihadist fighters":
            // after up to two words that describe it; "74 were Iranian, Afghan, Iraqi and Lebanese fighters": after the
            // names of the peoples they came from
            int listed = afterNamesOfPeoples(t, k + 1);
            Victims ofPeoples = listed > 0 ? victimAt(s, listed, true) : null;
            if (ofPeoples != null) {
                return ofPeoples.category != null && ofPeoples.category != Category.PEOPLE ? ofPeoples : null;
            }
            for (int m = 1; m <= 3 && k + m < t.size(); m++) {
                Victims part = victimAt(s, k + m, true);
                if (part != null) {
                    return part.category != null && part.category != Category.PEOPLE ? part : null;
                }
                Token w = t.get(k + m);
                if (!w.isWord() || w.is("not") || lexicon.figureStops.containsText(w) || lexicon.outcomes.startsAt(t, k + m)
                        || lexicon.speechVerbs.startsAt(t, k + m)) {
                    return null;
                }
            }
            return null;
        }
        if (k < t.size() && t.get(k).is("others")) {
            return new Victims(null, k + 1, false, null);
        }
        if (k + 1 < t.size() && t.get(k).is("more") && (COPULAS.contains(t.get(k + 1)) || PERFECT_AUXILIARIES.contains(t.get(k + 1))
                || lexicon.outcomes.startsAt(t, k + 1))) {
            // "Fourteen children have been killed ... and at least 30 more have been injured": more of those before
            return new Victims(null, k + 1, false, null);
        }
        if (k + 1 < t.size() && t.get(k).kind() == Token.Kind.QUOTE && t.get(k + 1).isWord()) {
            k++; // 'said 415 "terrorists" had been killed': the victims in the speaker's own word, quoted
        }
        int listed = afterNamesOfPeoples(t, k);
        Victims ofPeoples = listed > 0 ? victimAt(s, listed, subset) : null;
        if (ofPeoples != null) {
            return ofPeoples; // "killed 30 Iranian, Afghan and Pakistani fighters"
        }
        int reach = 4;
        for (int m = 0; m < reach && k + m < t.size(); m++) {
            Token w = t.get(k + m);
            if (m > 0 && w.kind() == Token.Kind.QUOTE) {
                continue; // 'killed more than 40 "apostate" soldiers': a word of theirs set off before the victims
            }
            Victims v = victimAt(s, k + m, subset);
            if (v != null && m > 0 && lexicon.outcomes.startsAt(t, k + m) && attackWordIn(t, k, k + m)) {
                return null; // "Two roadside bombs wounded six soldiers": the bombs' count; "wounded" is their verb, no victims
            }
            if (v != null) {
                return namedAfterTheCopula(s, amongWhom(s, v));
            }
            PhraseIndex.Match<Outcome> noun = m == 0 ? lexicon.outcomes.match(t, k) : null;
            if (noun != null && noun.to() + 1 < t.size() && t.get(noun.to()).is("among")) {
                // "40 deaths among civilians": the harmed named after "among"
                Victims among = amongWhom(s, new Victims(Category.PEOPLE, noun.to(), subset, noun.value()));
                if (among.category() != Category.PEOPLE) {
                    return among;
                }
            }
            if (noun != null && noun.to() + 1 < t.size() && t.get(noun.to()).is("of")) {
                // "40 deaths of civilians", "three killings of residents": the victims after the outcome's noun
                Victims of = victimAt(s, noun.to() + 1, subset);
                if (of != null) {
                    return new Victims(of.category(), of.end(), of.subset(), noun.value());
                }
            }
            // "205 rebel and jihadist fighters": two words that describe the victims, joined
            boolean joinsDescriptions = m == 1 && (w.is("and") || w.is("or")) && k + m + 1 < t.size() && t.get(k + m + 1).isWord()
                    && lexicon.perpetrators.startsAt(t, k) && lexicon.perpetrators.startsAt(t, k + m + 1);
            if (joinsDescriptions) {
                continue;
            }
            if (m == 1 && w.is("and") && joinsPeoplesNames(t, k)) {
                reach = 5; // "11 Kurdish and allied rebel fighters", "10,000 Arab and Turkmen villagers": one more word to read
                continue;
            }
            if (!w.isWord() || w.kind() == Token.Kind.NUMBER || lexicon.figureStops.containsText(w)
                    || lexicon.outcomes.startsAt(t, k + m) || lexicon.speechVerbs.startsAt(t, k + m)) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the outcome word {@code o} stands in an aside about all of the figure's people, set off by commas right
     * after them ("Two elderly men, both displaced from Anah, died"): a state they were in (not a harm), with the harm
     * the clause's own verb tells after the aside.
     */
    private boolean describedInAnAside(List<Token> t, Draft f, PhraseIndex.Match<Outcome> o) {
        int open = f.figureEnd;
        if (open + 2 >= t.size() || o.from() <= open + 1 || !t.get(open).is(",") || !WHOLE_GROUP.contains(t.get(open + 1))
                || HARMS.contains(o.value())) {
            return false; // ("Seven children, all killed when their school was hit, were named": the aside says the harm)
        }
        for (int k = open + 2; k < o.from(); k++) {
            if (t.get(k).isPunct()) {
                return false;
            }
        }
        for (int k = o.to(); k < t.size(); k++) {
            if (t.get(k).is(",")) {
                return harmInItsClause(t, k + 1);
            }
            if (t.get(k).isPunct()) {
                return false;
            }
        }
        return false;
    }

    /** Whether a harm ("died", "were killed") is told in the words from {@code from} to the next punctuation. */
    private boolean harmInItsClause(List<Token> t, int from) {
        for (int k = from; k < t.size() && !t.get(k).isPunct(); k++) {
            PhraseIndex.Match<Outcome> o = lexicon.outcomes.match(t, k);
            if (o != null && HARMS.contains(o.value())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "killed seven, all of them civilians", "put the toll at four dead, all of them civilians", "14 wounded Syrians,
     * all of them civilians": what every one of the people counted was, said right after them; null when not said.
     */
    private Category allOfThemAfter(List<Token> t, int end) {
        int k = end;
        PhraseIndex.Match<Outcome> o = k < t.size() ? lexicon.outcomes.match(t, k) : null;
        k = o == null ? k : o.to(); // "four dead, all of them civilians"
        if (k + 2 >= t.size() || !t.get(k).is(",") || !t.get(k + 1).is("all")) {
            return null;
        }
        k += 2;
        if (k + 2 < t.size() && t.get(k).is("of") && t.get(k + 1).is("them")) {
            k += 2;
        }
        PhraseIndex.Match<Category> v = lexicon.victims.match(t, k);
        return v == null || v.value() == Category.PEOPLE ? null : v.value();
    }

    /** The words that open an aside about every one of a group: ", both displaced from Anah,", ", all of them civilians,". */
    private static final WordSet WHOLE_GROUP = WordSet.of("both", "all", "each");

    /**
     * Whether the figure's first word at {@code k} is a people's name used as an adjective ("Kurdish", "Arab"), or a
     * plain word right before a second one and the victims ("tribal and local gunmen"), joined by "and" at {@code k + 1}
     * to a word that describes the same victims: "Kurdish and allied", "Arab and Turkmen" (not "Kurdish and wounded", an
     * outcome, nor "and 12" or "and three children", another figure).
     */
    private boolean joinsPeoplesNames(List<Token> t, int k) {
        if (k + 2 >= t.size() || !t.get(k + 2).isWord() || t.get(k + 2).kind() == Token.Kind.NUMBER || figureStartsAt(t, k + 2)) {
            return false; // ("killed 15 instantly and three children": "three" is another figure)
        }
        // two plain words joined ("58 tribal and local gunmen") describe the victims only when the victims' word comes
        // right after them: "11 survivors and residents and" joins two kinds of people, not two words for one
        boolean described = t.get(k).capitalised() || t.get(k).isWord() && t.get(k).kind() != Token.Kind.NUMBER
                && !lexicon.figureStops.containsText(t.get(k)) && lexicon.victims.startsAt(t, k + 3);
        if (!described) {
            return false;
        }
        return !lexicon.figureStops.containsText(t.get(k + 2)) && !lexicon.outcomes.startsAt(t, k + 2)
                && !lexicon.speechVerbs.startsAt(t, k + 2);
    }

    /** "will announce its martyrs one by one" (a manner), "registering every one of them" (all of them): no count of one. */
    private static boolean oneButNoCount(List<Token> t, Count c) {
        if (c.to() - c.from() != 1 || !t.get(c.from()).is("one")) {
            return false;
        }
        return c.to() + 1 < t.size() && t.get(c.to()).is("by") && t.get(c.to() + 1).is("one")
                || c.from() > 0 && t.get(c.from() - 1).is("every");
    }

    /**
     * Where the words after a list of peoples' names used as adjectives, joined by commas and "and", end ("Iranian,
     * Afghan, Iraqi and Lebanese" before "fighters"); -1 when no such list of three or more starts at {@code from}.
     */
    private static int afterNamesOfPeoples(List<Token> t, int from) {
        int k = from;
        int names = 0;
        while (k < t.size() && t.get(k).isWord() && t.get(k).capitalised() && t.get(k).kind() != Token.Kind.NUMBER) {
            names++;
            k++;
            if (k + 1 < t.size() && t.get(k).is(",") && t.get(k + 1).capitalised()) {
                k++;
            } else if (k + 1 < t.size() && t.get(k).is("and") && t.get(k + 1).capitalised() && names >= 2) {
                k++;
            } else if (k + 2 < t.size() && t.get(k).is(",") && t.get(k + 1).is("and") && t.get(k + 2).capitalised()) {
                k += 2;
            } else {
                break;
            }
        }
        return names >= 3 ? k : -1;
    }

    /**
     * Whether a verb of carrying stands a few words before "home" at {@code home}: "taking him home", "brought their
     * bodies home" (not "returned home to Tal Tamr", where the people were when harmed).
     */
    private static boolean carriedHome(List<Token> t, int home) {
        for (int k = home - 1; k >= Math.max(0, home - CARRIED_REACH); k--) {
            if (CARRYING.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet CARRYING = WordSet.of("taking", "take", "takes", "took", "taken", "bringing", "bring", "brought",
            "carrying", "carry", "carried", "sending", "send", "sent", "flown", "flew", "driving", "drove");
    /** How far before "home" the verb of carrying may stand: "taking his brother's body home". */
    private static final int CARRIED_REACH = 4;

    /** How many words a place's name that owns a population may take: "of Kafr Zita's", "of Deir ez-Zor's". */
    private static final int OWNER_REACH = 5;

    /**
     * The people counted by a figure that starts right at {@code at} ("22,000 inhabitants", "roughly 15,000 people"), as
     * the whole a share is taken from; null when no figure starts there or no people follow it.
     */
    private Victims populationAt(SentenceView s, int at) {
        List<Token> t = s.tokens;
        Count whole = at < t.size() && counts.mayStartCount(t.get(at)) ? counts.figureAt(t, at) : null;
        Victims population = whole != null && whole.from() == at ? victimAt(s, whole.to(), false) : null;
        return population == null ? null : new Victims(population.category(), population.end(), false, population.implied());
    }

    /**
     * Victims of no kind named by their own word, then told apart by "among": "95 dead among the rebels and Nusra
     * fighters" are fighters, "deaths among Kurdish civilians" civilians; a mixed group, or none named, as they were.
     */
    private Victims amongWhom(SentenceView s, Victims v) {
        List<Token> t = s.tokens;
        int at = v.end();
        if (v.category() != Category.PEOPLE || at + 1 >= t.size() || !t.get(at).is("among")) {
            return v;
        }
        int whom = t.get(at + 1).is("the") ? at + 2 : at + 1;
        // ("deaths among Syrian children", "among Kurdish civilians": up to two words that describe them first)
        for (int k = whom; k < Math.min(t.size(), whom + 3) && t.get(k).isWord(); k++) {
            Optional<PhraseIndex.Match<Category>> named = lexicon.victims.at(t, k);
            if (named.isEmpty()) {
                continue;
            }
            int next = named.get().to();
            if (next + 1 < t.size() && t.get(next).is("and") && lexicon.victims.at(t, next + 1)
                    .filter(other -> other.value() != named.get().value()).isPresent()) {
                return v; // "95 dead among rebels and civilians": both sides, people
            }
            return named.get().value() == Category.PEOPLE ? v : new Victims(named.get().value(), v.end(), v.subset(), v.implied());
        }
        return v;
    }

    /** Whether an attack word ("bombs", "roadside bombs", "rockets") starts in [from, to). */
    private boolean attackWordIn(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lexicon.attackWords.startsAt(t, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The remaining 13,317 dead were fighters": the harmed, counted by what befell them, and then said to be
     * of a narrower kind right after the copula (or after one word for a side: "were rebel fighters"); that kind.
     */
    private Victims namedAfterTheCopula(SentenceView s, Victims v) {
        List<Token> t = s.tokens;
        if (v.category() != Category.PEOPLE || v.implied() == null || v.end() >= t.size() || !COPULAS.contains(t.get(v.end()))) {
            return v;
        }
        // "were fighters", "were rebel fighters"; not "were not all fighters", "were mainly fighters", "were mourned by
        // fighters", "were soldiers' relatives", "were six infants" (parts, counted)
        int at = v.end() + 1;
        if (at + 1 < t.size() && lexicon.perpetrators.startsAt(t, at) && lexicon.victims.at(t, at).isEmpty()) {
            at++;
        }
        Victims named = victimAt(s, at, v.subset());
        if (named == null || named.category() == null || named.category() == Category.PEOPLE
                || named.end() < t.size() && !t.get(named.end()).isPunct() && !t.get(named.end()).is("and")) {
            return v;
        }
        return new Victims(named.category(), v.end(), v.subset(), v.implied());
    }

    /**
     * Whether the citizens at {@code k} are a nation's, named by an adjective before them or a country after "of" that is
     * no place of the war ("four Iranian citizens", "citizens of Russia"), rather than a town's people ("3,500 citizens",
     * "wounded citizens of Amirli"), who are civilians.
     */
    private static boolean foreignCitizens(SentenceView s, int k) {
        List<Token> t = s.tokens;
        if (k > 0 && t.get(k - 1).capitalised() && t.get(k - 1).isWord() && t.get(k - 1).kind() != Token.Kind.NUMBER) {
            return !t.get(k - 1).is("syrian") && !t.get(k - 1).is("iraqi"); // (the war's own countries' citizens are its civilians)
        }
        return k + 2 < t.size() && t.get(k + 1).is("of") && t.get(k + 2).capitalised() && !s.placeAt(k + 2);
    }

    /** Whether a fighting side is named in the few words before {@code at}: "government forces and their allies lost". */
    private boolean armedSideBefore(List<Token> t, int at) {
        for (int k = at - 1; k >= Math.max(0, at - ARMED_SIDE_REACH) && !t.get(k).isPunct(); k--) {
            if (lexicon.perpetrators.startsAt(t, k) || GROUP_WORDS.contains(t.get(k))
                    || lexicon.victims.at(t, k).filter(v -> v.value() == Category.COMBATANTS).isPresent()) {
                return true; // "the town's self-defence fighters had lost 41 men"
            }
        }
        return false;
    }

    /** How far before "lost" the side may be named: "government forces and their allies lost". */
    private static final int ARMED_SIDE_REACH = 6;

    /** A victim word right at {@code k}, or null. */
    private Victims victimAt(SentenceView s, int k, boolean subset) {
        List<Token> t = s.tokens;
        if (k >= t.size()) {
            return null;
        }
        Optional<PhraseIndex.Match<Category>> v = lexicon.victims.at(t, k);
        if (v.isEmpty()) {
            return null;
        }
        int end = v.get().to();
        if (end - k == 2 && t.get(k).is("members")) {
            int family = groupNounAfter(t, end, FAMILY_NOUNS);
            // "five members of one Christian family", "eight members of his brother's family", "five members of a
            // police officer's family": a household's people
            if (family > 0) {
                return new Victims(Category.CIVILIANS, family + 1, subset, null);
            }
            int tribe = groupNounAfter(t, end, TRIBE_NOUNS);
            if (tribe > 0) {
                // "46 members of the Albu Nimr tribe": a tribe's people, its fighters and families both
                return new Victims(Category.PEOPLE, tribe + 1, subset, null);
            }
            int groupEnd = armedGroupAfterMembers(s, end);
            if (groupEnd < 0) {
                return null;
            }
            // "39 members of the army and 7 civilians": the victims' words run to the group's name, so a part listed
            // after them follows on from them
            end = groupEnd;
        }
        if (end - k == 1 && t.get(k).is("members") && (k >= 1 && TRIBES.contains(t.get(k - 1)) || k >= 2 && TRIBES.contains(t.get(k - 2)))) {
            return new Victims(Category.PEOPLE, end, subset, null); // "322 Albu Nimr members": a tribe's, fighters and families both
        }
        if (end - k == 1 && t.get(k).is("members") && familyLost(t, k)) {
            return new Victims(Category.CIVILIANS, end, subset, null); // "a single family lost 39 members to the strikes"
        }
        if (end - k == 1 && t.get(k).is("bodies") && end + 1 < t.size() && t.get(end).is("of")) {
            // "about 300 bodies of fighters": the dead, of the kind named after them
            Optional<PhraseIndex.Match<Category>> whose = lexicon.victims.at(t, end + 1);
            if (whose.isPresent() && whose.get().value() != Category.PEOPLE) {
                return new Victims(whose.get().value(), whose.get().to(), subset, Outcome.KILLED);
            }
        }
        // "1,089 civilian bodies": the victim words end in "bodies", the dead
        Outcome implied = t.get(v.get().to() - 1).is("bodies") ? Outcome.KILLED : lexicon.outcomes.at(t, k).map(PhraseIndex.Match::value).orElse(null);
        if (implied != null && end < t.size()) {
            // "73 wounded civilians": the outcome word is an adjective, the victims follow it
            Optional<PhraseIndex.Match<Category>> noun = lexicon.victims.at(t, end);
            if (noun.isPresent()) {
                return new Victims(noun.get().value(), noun.get().to(), subset, implied);
            }
        }
        if (end - k == 1 && t.get(k).is("citizens") && foreignCitizens(s, k)) {
            return new Victims(Category.PEOPLE, end, subset, null); // "Iranian citizens", "citizens of Russia": nationals, of any kind
        }
        if (v.get().value() == Category.COMBATANTS && withTheirFamilies(t, end)) {
            // "4,000 fighters and their relatives", "150 soldiers, officers and their families": a mixed group
            return new Victims(Category.PEOPLE, end, subset, implied);
        }
        if (SIDES.contains(v.get().value()) && listedWithTheOtherSide(s, end, v.get().value())) {
            // "about 500 civilians and members of the security forces", "40 soldiers and civilians", "270 guards,
            // engineers and soldiers": one figure of both sides, a mixed group (not "nine civilians and five of its
            // fighters", two figures)
            return new Victims(Category.PEOPLE, end, subset, implied);
        }
        return new Victims(v.get().value(), end, subset, implied);
    }

    /**
     * Whether the nouns listed after the victims at {@code end} ("and civilians", ", engineers and militiamen") name
     * people of the other side: a civilian trade counts as civilians ("guards and workers"). Only a list of bare
     * nouns: a number in it starts a figure of its own.
     */
    private boolean listedWithTheOtherSide(SentenceView s, int end, Category side) {
        List<Token> t = s.tokens;
        boolean mixed = false;
        for (int k = end; k + 1 < t.size() && k < end + MIXED_LIST_REACH; k++) {
            boolean and = t.get(k).is("and") || t.get(k).is(",") && t.get(k + 1).is("and");
            k += t.get(k).is(",") && t.get(k + 1).is("and") ? 1 : 0; // the serial comma
            if (!(and || t.get(k).is(",")) || k + 1 >= t.size()) {
                return false;
            }
            // the item's own noun, not victimAt's reading of the rest of the list as a group of its own
            PhraseIndex.Match<Category> other = lexicon.victims.match(t, k + 1);
            Category category = other != null ? other.value() : CIVILIAN_TRADES.contains(t.get(k + 1)) ? Category.CIVILIANS : null;
            if (category == null && !t.get(k + 1).isWord()) {
                return false;
            }
            mixed |= category != null && SIDES.contains(category) && category != side;
            if (and) {
                return mixed; // the list's last item: "killed four soldiers, medics said" was no list
            }
            k = other != null ? other.to() - 1 : k + 1;
        }
        return false;
    }

    /** How far a list of the victims' kinds may run: "guards, engineers and pro-government militiamen". */
    private static final int MIXED_LIST_REACH = 8;

    /** Trades that make a listed group mixed when named beside fighters: "guards and workers". */
    private static final WordSet CIVILIAN_TRADES = WordSet.of("engineers", "technicians", "employees", "workers", "staff", "labourers",
            "laborers", "drivers", "engineer", "technician", "employee", "worker");

    /** "Albu" opens a tribe's name in Iraq and Syria ("the Albu Nimr"); "tribe", "clan" name one. */
    private static final WordSet TRIBES = WordSet.of("albu", "tribe", "tribal", "clan");

    /** The two sides a mixed group is made of. */
    private static final java.util.Set<Category> SIDES = java.util.EnumSet.of(Category.CIVILIANS, Category.COMBATANTS);

    /** Whether "and their families" (or relatives, dependants) follows, maybe after more of the same ("soldiers, officers and"). */
    private static boolean withTheirFamilies(List<Token> t, int end) {
        for (int k = end; k + 2 < t.size() && k < end + FAMILIES_REACH; k++) {
            if (t.get(k).is("and") && t.get(k + 1).is("their") && FAMILIES.contains(t.get(k + 2))) {
                return true;
            }
            if (!(t.get(k).isWord() || t.get(k).is(",")) || t.get(k).is("and")) {
                return false;
            }
        }
        return false;
    }

    private static final WordSet FAMILIES = WordSet.of("families", "relatives", "dependants", "dependents", "wives", "children");
    /** How far after the fighters "and their families" may come: "soldiers, officers and their families". */
    private static final int FAMILIES_REACH = 4;

    /** Outcome words that may stand before a noun as adjectives. */
    private static final WordSet ADJECTIVE_OUTCOMES = WordSet.of("besieged", "trapped", "stranded");

    /** Nouns of places an outcome word may describe ("besieged towns"). */
    private static final WordSet PLACES_DESCRIBED = WordSet.of("towns", "town", "villages", "village", "cities", "city", "areas",
            "area", "neighbourhoods", "neighborhoods", "districts", "buildings", "homes", "houses", "hospitals", "schools",
            "facilities", "communities", "camps", "enclaves", "pockets");

    private static int skip(List<Token> t, int k, WordSet words) {
        while (k < t.size() && words.contains(t.get(k))) {
            k++;
        }
        return k;
    }

    private static final WordSet GROUP_WORDS = WordSet.of("armed", "group", "groups", "militia", "militias", "faction", "factions",
            "forces", "force", "army", "brigade", "battalion", "unit", "units", "security", "rebel", "jihadist", "extremist", "insurgent",
            "police", "peshmerga", "regiment", "division", "squad", "squads", "elite", "counter-terrorism", "commando", "commandos",
            // the Kurdish security police of north-east Syria and of Iraqi Kurdistan: "19 members of the Asayish"
            "asayish");

    /**
     * The index of a group noun a few words after "members of", or -1: "family" ("one Christian family", "his brother's
     * family"), "tribe" ("the Albu Nimr tribe").
     */
    private static int groupNounAfter(List<Token> t, int at, WordSet nouns) {
        for (int k = at; k < Math.min(t.size(), at + FAMILY_REACH); k++) {
            if (nouns.contains(t.get(k))) {
                return k;
            }
            if (!(t.get(k).isWord() || t.get(k).possessive())) {
                return -1;
            }
        }
        return -1;
    }

    private static final WordSet FAMILY_NOUNS = WordSet.of("family", "household");
    private static final WordSet TRIBE_NOUNS = WordSet.of("tribe", "tribes", "clan");

    /** How far after "members of" the family or tribe may be named: "members of a police officer's family". */
    private static final int FAMILY_REACH = 5;

    private static final int MEMBERS_GROUP_REACH = 6;

    /**
     * Where the armed group named a few words after "members of" ends, or -1 when none is: "members of" counts
     * fighters only when an armed group follows ("the army", "the Kurdish-led forces", "the pro-government National
     * Defence Forces": a group's name may run to its fifth word).
     */
    private int armedGroupAfterMembers(SentenceView s, int at) {
        List<Token> t = s.tokens;
        for (int k = at; k < Math.min(t.size(), at + MEMBERS_GROUP_REACH); k++) {
            PhraseIndex.Match<String> named = lexicon.perpetrators.match(t, k);
            if (named != null) {
                int end = named.to();
                while (end < t.size() && GROUP_WORDS.contains(t.get(end))) {
                    end++; // "the Kurdish-led forces"
                }
                return end; // "14 members of the media office of Islamic State"
            }
            if (UNARMED_GROUP_WORDS.contains(t.get(k))) {
                return -1; // "422 members of the Syrian civil defence group": rescuers, not fighters
            }
            if (GROUP_WORDS.contains(t.get(k))) {
                int end = k + 1;
                while (end < t.size() && GROUP_WORDS.contains(t.get(end))) {
                    end++; // "the security forces"
                }
                return end;
            }
        }
        return -1;
    }

    private static final WordSet UNARMED_GROUP_WORDS = WordSet.of("civil", "rescue", "aid", "humanitarian", "rights", "medical", "tribe", "clan",
            "relief", "media");

    /**
     * A figure with no victim word that an outcome word holds on to: "kill 18 in Kafr Nabl",
     * "wounded 45", "12 killed", "400,000 have fled". Years and figures followed by other nouns are not.
     */
    private Victims bareFigure(SentenceView s, Count c) {
        List<Token> t = s.tokens;
        if (c.to() - c.from() == 1 && SentenceView.yearLike(t.get(c.from()))) {
            return null; // a year
        }
        if (countsHouseholds(t, c.to())) {
            return null; // "two displaced families": households, not people
        }
        int before = c.from() - 1;
        if (before >= 1 && t.get(before).is("of") && HOUSEHOLDS.contains(t.get(before - 1))) {
            return new Victims(Category.CIVILIANS, c.to(), false, null); // "a drone strike killed a family of five"
        }
        if (before >= 1 && t.get(before).is("of") && REMAINS.contains(t.get(before - 1))) {
            return new Victims(Category.PEOPLE, c.to(), false, Outcome.KILLED); // "the bodies of at least nine had been recovered"
        }
        Toll toll = tollBefore(s, before);
        if (toll == null) {
            toll = tollAfter(s, c);
        }
        if (toll != null) {
            // "put the civilian toll at 289", "the toll from Saturday's bombing had risen to 126",
            // "the number of people who have fled Ramadi ... has climbed to about 40,000";
            // "put the number at 250,000": category and outcome of the figure before
            return new Victims(toll.category(), c.to(), false, toll.outcome());
        }
        // "killed 849 people and wounded another 1,450", "injured a further 20"
        int verbEnd = before >= 1 && t.get(before).is("another") ? before
                : before >= 2 && t.get(before).is("further") && t.get(before - 1).is("a") ? before - 1 : c.from();
        int verbAt = verbEnd - 1;
        boolean outcomeBefore = verbAt >= 0 && lexicon.outcomes.at(t, verbAt).filter(m -> m.to() == verbEnd).isPresent()
                && !t.get(verbAt).is("toll") && !t.get(verbAt).is("death");
        // "including some 480,000 who had fled the fighting": a relative "who" opens what befell them
        int links = c.to() < t.size() && t.get(c.to()).is("who") ? c.to() + 1 : c.to();
        int k = skip(t, links, OUTCOME_LINKS);
        if (k + 1 < t.size() && REMAINING.contains(t.get(k)) && !lexicon.outcomes.startsAt(t, k) && !afterPartitiveOpener(t, c.from())) {
            // "but about 6,000 remained displaced" ("remain in the city" is an outcome of its own, the trapped; "Of the 300
            // wounded, 20 remain hospitalised" is a part, read as one)
            k++;
        }
        boolean outcomeAfter = k < t.size() && lexicon.outcomes.startsAt(t, k) && k - links <= 2;
        if (!outcomeBefore && !outcomeAfter) {
            return null;
        }
        if (outcomeAfter && !outcomeBefore && k == c.to() && ADJECTIVE_OUTCOMES.contains(t.get(k))) {
            // "four besieged towns": the outcome word describes places, not people ("30,000 have fled villages" counts people)
            int noun = lexicon.outcomes.match(t, k).to();
            if (noun < t.size() && PLACES_DESCRIBED.contains(t.get(noun))) {
                return null;
            }
        }
        if (c.to() < t.size() && t.get(c.to()).is("them")) {
            // "had killed dozens of them": the victims named before in the sentence
            Category named = null;
            for (int vAt = 0; vAt < s.victims.size(); vAt++) {
                PhraseIndex.Match<Category> v = s.victims.get(vAt);
                if (v.to() <= c.from()) {
                    named = v.value();
                }
            }
            return new Victims(named, c.to() + 1, false, null);
        }
        if (c.to() < t.size() && UNITS.contains(t.get(c.to()))) {
            return null; // "missing five years after": a span of time
        }
        if (c.to() < t.size() && t.get(c.to()).isWord() && !outcomeAfter && !lexicon.figureStops.contains(t.get(c.to()))
                && !t.get(c.to()).is("people") && !t.get(c.to()).is("more")) {
            return null; // "killed 3 fighters" has its noun; "kill 18 in" has none
        }
        return new Victims(null, outcomeAfter ? k : c.to(), false, null);
    }

    private static final WordSet HOUSEHOLDS = WordSet.of("family", "household");

    /** A figure that counts these counts households, whose size the text does not give. */
    private static final WordSet HOUSEHOLD_NOUNS = WordSet.of("families", "households");

    /** Whether "families" or "households" stands at {@code at}, or one word after it ("two displaced families"). */
    /**
     * "two were killed in a strike near Tabqa on April 9, and three in a strike in Raqqa on May 22":
     * a figure that leaves out what the figure before it in the sentence said, and goes on with where
     * or when, counts the same victims with the same outcome. Only after "and" or a semicolon, and
     * only before a place or a time: "and three in 2016" is a year, no item.
     */
    private Victims itemOfElidedList(List<Token> t, Count c, List<Draft> earlier) {
        if (!earlier.isEmpty() && earlier.get(earlier.size() - 1).category != null && attackerOfItem(t, c.from())) {
            // "government strikes killed 2,908 civilians, Russian jets 1,019 and the coalition 566": each
            // attacker's share, the verb and victims of the first left out
            Draft first = earlier.get(earlier.size() - 1);
            return new Victims(first.category, c.to(), first.subsetMarker, null);
        }
        if (earlier.isEmpty() || c.from() < 1 || c.to() + 1 >= t.size()) {
            return null;
        }
        Draft before = earlier.get(earlier.size() - 1);
        boolean joined = t.get(c.from() - 1).is("and") || t.get(c.from() - 1).is(";");
        // "1,150 civilians were killed in July, including at least 744 in Raqqa and between 200 and 350 in Mosul":
        // the parts of the whole before, told by place, and the items joined to such a part
        boolean part = t.get(c.from() - 1).is("including") && !before.subsetMarker || joined && before.elidedItem && before.subsetMarker;
        // "38 soldiers were killed in May, compared with 141 in April", "1,015 in September, compared with 1,320 in
        // August": the same count of another time or place, of any size
        boolean compared = t.get(c.from() - 1).is("against") || c.from() >= 2 && comparedAt(t, c.from() - 2);
        // ("about 40,000 were displaced from Tal Afar and about 70,000 from the Hawija area": a hedged figure is no year)
        boolean hedged = "APPROX".equals(c.qualifier()) || "AT_LEAST".equals(c.qualifier()) || "MORE_THAN".equals(c.qualifier());
        if (!part && !compared && (c.high() != null && c.high() != c.low() || c.low() >= ELIDED_MAX && !hedged)) {
            return null;
        }
        // "and 208, among them 54 children, by Russian warplanes": a part may stand between the item and the rest
        int next = c.to();
        if (t.get(next).is(",") && next + 1 < t.size() && PART_OPENERS.contains(t.get(next + 1))) {
            int close = next + 1;
            while (close < t.size() && close - next <= ELIDED_PART_REACH && !t.get(close).is(",")) {
                close++;
            }
            next = close < t.size() && t.get(close).is(",") ? close + 1 : next;
        }
        boolean goesOn = next + 1 < t.size() && ELIDED_CONTINUATIONS.contains(t.get(next)) && t.get(next + 1).isWord();
        if (compared && goesOn && before.category != null && !before.subsetMarker && before.polarity == Polarity.ASSERTS) {
            return new Victims(before.category, c.to(), false, null);
        }
        if (part && goesOn && before.category != null) {
            return new Victims(before.category, c.to(), true, null);
        }
        if (!joined || !goesOn || before.category == null || before.subsetMarker) {
            return null;
        }
        return new Victims(before.category, c.to(), false, null); // its outcome: the figure before's, once known
    }

    /** The first share of the list the share {@code previous} belongs to: itself when it is the first. */
    private static Draft firstShare(Draft previous) {
        return previous.shareOf != null ? previous.shareOf : previous;
    }

    /**
     * Whether an attacker ("Russian jets", "the US-led coalition") stands right before the figure at
     * {@code at}, after a comma or "and", with nothing after the figure but the list going on or ending.
     */
    private boolean attackerOfItem(List<Token> t, int at) {
        for (int k = at - 1; k >= Math.max(1, at - 4); k--) {
            PhraseIndex.Match<String> p = lexicon.perpetrators.match(t, k);
            int before = t.get(k - 1).is("the") && k >= 2 ? k - 2 : k - 1;
            if (p != null && SentenceView.itemFigureAfter(t, p.to()) == at && (t.get(before).is(",") || t.get(before).is("and"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "attributed at least 290 to Russian strikes and about 120 to the US-led coalition": a bare figure
     * right after a verb of attributing, or after "and" in the same list, that is put down "to" a party.
     */
    private static boolean attributedShare(List<Token> t, Count c) {
        if (SentenceView.blamedFor(t, c.from())) {
            return true; // "It blamed government forces for 4,148 of the deaths, Russian forces for 1,436 and ..."
        }
        if (c.from() < 1 || c.to() >= t.size() || !(t.get(c.to()).is("to") || t.get(c.to()).is("on"))) {
            return false;
        }
        Token before = t.get(c.from() - 1);
        // right after the verb, or after "and" or a comma in its list ("blamed 3,000 on government forces, 900 on ...")
        return SentenceView.attributing(before) || (before.is("and") || before.is(",")) && SentenceView.attributingBefore(t, c.from());
    }

    /**
     * Whether a figure stands before the "to (the)" that opens the attacker at {@code at}, after the verb:
     * "290 to Russian strikes", "1,986 of the civilian deaths to Russian air strikes".
     */
    private static boolean shareBefore(List<Token> t, int at) {
        int to = at >= 2 && t.get(at - 1).is("the") ? at - 2 : at - 1;
        for (int k = to - 1; k >= Math.max(0, to - SHARE_WORDS); k--) {
            Token w = t.get(k);
            if (w.kind() == Token.Kind.NUMBER) {
                return true;
            }
            if (!w.isWord() || SentenceView.attributing(w)) {
                return false; // "strikes attributed to Russian jets": what is put down comes before the verb
            }
        }
        return false;
    }

    /** How many words may stand between a share's figure and its "to": "1,986 of the civilian deaths to". */
    private static final int SHARE_WORDS = 5;

    /** Whether a quotation mark opens right before the figure at {@code from}, or before "well" in '"well over 1,000"'. */
    private static boolean quoteOpensFigure(List<Token> t, int from) {
        for (int k = from - 1; k >= Math.max(0, from - 2); k--) {
            if (t.get(k).kind() == Token.Kind.QUOTE) {
                return true;
            }
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** A figure this large after "and" is more often a population or a year than an item of a list. */
    private static final long ELIDED_MAX = 1000;
    private static final WordSet ELIDED_CONTINUATIONS = WordSet.of("in", "at", "near", "on", "outside", "when", "during", "by", "from");
    private static final WordSet PART_OPENERS = WordSet.of("among", "including", "of");
    private static final int ELIDED_PART_REACH = 6;

    private static boolean countsHouseholds(List<Token> t, int at) {
        for (int k = at; k < Math.min(t.size(), at + 2) && t.get(k).isWord(); k++) {
            if (HOUSEHOLD_NOUNS.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** What is found of the dead: a figure after "bodies of" or "remains of" counts the killed. */
    private static final WordSet REMAINS = WordSet.of("bodies", "remains");
    /** What is done with the dead or the wounded, after "of the bodies" or "of the wounded" and before the part is named. */
    private static final WordSet ACTIONS_ON_THE_DEAD = WordSet.of("recovered", "found", "exhumed", "identified", "retrieved",
            "buried", "counted", "registered", "received", "brought", "admitted", "treated", "taken");

    /** Words between a bare figure and its outcome word: "12 were killed", "400,000 have fled", "12 people killed". */
    private static final WordSet REMAINING = WordSet.of("remain", "remained", "remains");

    /** Whether the figure at {@code at} follows a clause that opens "Of the" or "Of those" and a comma: "Of the 300 wounded, 20". */
    private static boolean afterPartitiveOpener(List<Token> t, int at) {
        if (at < 1 || !t.get(at - 1).is(",")) {
            return false;
        }
        int k = at - 2;
        while (k > 0 && !t.get(k).isPunct()) {
            k--;
        }
        int open = t.get(k).isPunct() ? k + 1 : k;
        return open + 1 < at && t.get(open).is("of") && (t.get(open + 1).is("the") || t.get(open + 1).is("those"));
    }
    private static final WordSet OUTCOME_LINKS = WordSet.of("were", "was", "have", "had", "has", "been", "are", "being", "people", "more", "still", "now", "reportedly");

    private static final WordSet UNITS = WordSet.of("years", "year", "months", "month", "weeks", "week", "days", "day", "hours",
            "hour", "minutes", "km", "kilometres", "kilometers", "miles", "metres", "meters", "percent", "per", "%", "times");

    private static final WordSet OWNERS = WordSet.of("its", "their", "his", "her", "'s");

    /**
     * "Mosul's civilian dead may number 9,000 or more", "the wounded numbered about 300": the harmed as
     * the subject of "number", which ends at {@code before}; or null.
     */
    private Toll harmedNumbering(List<Token> t, int before) {
        if (before < 1 || !NUMBERING.contains(t.get(before))) {
            return null;
        }
        int k = NUMBERING_ADVERBS.contains(t.get(before - 1)) ? before - 2 : before - 1;
        if (k < 0 || !NUMBERED_HARMED.contains(t.get(k))) {
            return null;
        }
        return new Toll(k >= 1 && t.get(k - 1).is("civilian") ? Category.CIVILIANS : Category.PEOPLE, lexicon.outcomes.match(t, k).value());
    }

    private static final WordSet NUMBERING = WordSet.of("number", "numbered", "numbers");
    /** Verbs that set a count at a figure: "put the dead at 14". */
    private static final WordSet PUTTING = WordSet.of("put", "puts", "putting");
    /** How far before "losses" its verb of putting may stand: "put the militia's losses at 12". */
    private static final int PUT_TO_LOSSES = 4;
    /** The harmed that may be numbered ("the dead", "the wounded"): their harm is the outcome lexicon's. */
    private static final WordSet NUMBERED_HARMED = WordSet.of("dead", "wounded", "injured", "displaced");
    /** What may stand between the harmed and "number": "may", "now", "likely". */
    private static final WordSet NUMBERING_ADVERBS = WordSet.of("may", "might", "could", "would", "will", "now", "probably", "likely");

    private static final WordSet TOLL_LINKS = WordSet.of("at", "to", "reached", "hit", "stood", "stands", "is", "was");
    /** What may stand between a toll's verb and its figure: "was now 1,200", "stood already at". */
    private static final WordSet LINK_ADVERBS = WordSet.of("now", "already", "still");

    /** Words for a running count of the dead: "the toll ... had risen to 126", "its own tally was 219". */
    private static final WordSet TOLL_NOUNS = WordSet.of("toll", "tally");
    /**
     * "About 2,000 Islamic State fighters remain in the pocket": fighters who stay where they hold out are
     * no one's victims; fighters held in are ("about 200 troops remain besieged inside", "trapped").
     */
    private static boolean fightersStaying(Draft d, List<Token> t) {
        return d.outcome == Outcome.TRAPPED && d.category == Category.COMBATANTS && !HELD_IN.anyIn(t);
    }

    private static final WordSet HELD_IN = WordSet.of("trapped", "besieged", "encircled", "surrounded", "stranded", "cut", "siege");

    /** Whether a clause of time opens in (from, to): "the number of people displaced since the militants swept in". */
    private static boolean clauseOfTimeBetween(List<Token> t, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (TIME_CLAUSE_OPENERS.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet TIME_CLAUSE_OPENERS = WordSet.of("since", "when", "after", "before", "until");

    /** Verbs that bound a toll's figure from below ("passes 800"); they are also qualifiers (qualifiers.tsv). */
    private static final WordSet PASSING = WordSet.of("passes", "passed", "topped", "tops", "exceeded", "exceeds", "surpassed");
    /** Words for a count of anything, a count of victims only with victims or an outcome after "of". */
    private static final WordSet COUNT_NOUNS = WordSet.of("number", "estimate", "count", "figure");
    /** What a party's possessive names when the party counted the dead: "by Russia's count", "the coalition's tally". */
    private static final WordSet TALLY_NOUNS = WordSet.of("count", "tally", "estimate", "estimates", "figure", "figures", "toll",
            "account", "accounts", "records");
    /** How far (in tokens) a toll word may stand before the figure that is its value. */
    private static final int TOLL_REACH = 45;

    /** Who and what a toll counts; both null for "put the number at 250,000" (those of the figure before). */
    private record Toll(Category category, Outcome outcome) {
    }

    /**
     * The toll whose value is the figure after {@code before}: "toll ... risen to 126", "put the
     * number of dead fighters at 14", "the number of people killed in ... climbed to 74", "revised its
     * estimate of civilian deaths ... down to between 744 and 1,028". Null when there is none.
     */
    /**
     * "bringing to about 157,000 the number displaced from west Mosul", "raising to 45 the death toll": a
     * figure that a verb brings a toll or a count to, named after it.
     */
    private Toll tollAfter(SentenceView s, Count c) {
        List<Token> t = s.tokens;
        int k = c.to();
        if (c.from() < 2 || !t.get(c.from() - 1).is("to") || !BRINGING.contains(t.get(c.from() - 2)) || k + 2 >= t.size()
                || !t.get(k).is("the")) {
            return null;
        }
        int noun = t.get(k + 1).is("death") || t.get(k + 1).is("civilian") ? k + 2 : k + 1;
        if (noun >= t.size() || !TOLL_NOUNS.contains(t.get(noun)) && !COUNT_NOUNS.contains(t.get(noun))) {
            return null;
        }
        if (TOLL_NOUNS.contains(t.get(noun))) {
            return new Toll(t.get(k + 1).is("civilian") ? Category.CIVILIANS : Category.PEOPLE, Outcome.KILLED);
        }
        Category category = null;
        Outcome outcome = null;
        for (int j = noun + 1; j < Math.min(t.size(), noun + 6) && !t.get(j).isPunct(); j++) {
            Optional<PhraseIndex.Match<Category>> v = lexicon.victims.at(t, j);
            category = category == null && v.isPresent() ? v.get().value() : category;
            Optional<PhraseIndex.Match<Outcome>> o = lexicon.outcomes.at(t, j);
            outcome = outcome == null && o.isPresent() ? o.get().value() : outcome;
        }
        return outcome == null ? null : new Toll(category != null ? category : Category.PEOPLE, outcome);
    }

    /** Who a body counts as its own: "whose 40 staff", "whose 300 members". */
    private static final WordSet OWN_PEOPLE = WordSet.of("staff", "employees", "members", "volunteers", "researchers");

    /** Verbs that bring a running count to a figure: "bringing to 157,000 the number displaced". */
    private static final WordSet BRINGING = WordSet.of("bringing", "brings", "brought", "raising", "raised", "taking", "took");

    private Toll tollBefore(SentenceView s, int before) {
        List<Token> t = s.tokens;
        Toll numbered = harmedNumbering(t, before);
        if (numbered != null) {
            return numbered;
        }
        // "gave a civilian toll of 10,204 for 2017": "of" links a toll (not a count of anything) right before it
        boolean tollOf = before >= 1 && t.get(before).is("of") && TOLL_NOUNS.contains(t.get(before - 1));
        if (before >= 2 && LINK_ADVERBS.contains(t.get(before)) && TOLL_LINKS.contains(t.get(before - 1))) {
            before--; // "the number of people displaced inside Iraq was now close to one million"
        }
        if (before >= 1 && before + 1 < t.size() && PASSING.contains(t.get(before + 1))) {
            // "as Ghouta civilian toll passes 800", "the toll in Douma has passed 1,000": the verb that bounds the
            // figure (a qualifier, so part of the count) links it to a toll before it, as "reached" does
            before++;
        }
        if (before < 1 || !TOLL_LINKS.contains(t.get(before)) && !tollOf && !PASSING.contains(t.get(before))) {
            return null;
        }
        int compared = t.get(before).is("at") ? comparativeBefore(t, before) : -1;
        if (compared >= 0) {
            return comparedToll(s, compared);
        }
        if (t.get(before).is("at") && before >= 3 && t.get(before - 2).is("the") && PUTTING.contains(t.get(before - 3))
                && NUMBERED_HARMED.contains(t.get(before - 1))) {
            // "put the dead at 14": the harmed themselves counted, as "the dead number 14" counts them
            return new Toll(Category.PEOPLE, lexicon.outcomes.match(t, before - 1).value());
        }
        for (int k = before - 1; k >= Math.max(0, before - TOLL_REACH); k--) {
            Token w = t.get(k);
            if (w.is(";") || w.kind() == Token.Kind.NUMBER && !partOfDate(t, k)) {
                return null;
            }
            boolean toll = TOLL_NOUNS.contains(w);
            if (!toll && k >= 1 && t.get(k - 1).is("civilian") && (w.is("casualties") || w.is("deaths"))) {
                // "put civilian casualties there at 61 killed and 185 injured": civilians, each figure's harm its own
                return new Toll(Category.CIVILIANS, w.is("deaths") ? Outcome.KILLED : null);
            }
            // ("put the number killed at 1,429": the harm right after the noun says what it counts, as "of" would)
            boolean count = COUNT_NOUNS.contains(w) && k + 1 < t.size() && (k + 1 == before || t.get(k + 1).is("of")
                    || k + 2 == before && w.is("number") && lexicon.outcomes.at(t, k + 1).isPresent());
            if (!toll && !count && w.is("count") && k >= 1 && OWNERS.contains(t.get(k - 1))) {
                // "its count for the whole war now stands at 560,000": a party's own count is of the dead,
                // of whom the claims before it tell
                return new Toll(null, Outcome.KILLED);
            }
            if (!toll && !count && w.is("losses") && PUTTING.anyIn(t, Math.max(0, k - PUT_TO_LOSSES), k)) {
                // "put the militia's losses at 12": a force's losses are its dead fighters, unless civilian
                return new Toll(k >= 1 && t.get(k - 1).is("civilian") ? Category.CIVILIANS : Category.COMBATANTS, Outcome.KILLED);
            }
            if (!toll && !count) {
                continue;
            }
            PhraseIndex.Match<Category> tollOfWhom = toll && k + 2 < before && t.get(k + 1).is("of") ? lexicon.victims.match(t, k + 2) : null;
            if (tollOfWhom != null && tollOfWhom.value() != Category.PEOPLE && oneKindOfVictims(s, tollOfWhom, before)) {
                // "raised its toll of soldiers killed by the Islamic State since Thursday to 85": the toll's own victims,
                // and the harm said after them (not "its toll of rebels and civilians", nor "of civilians killed and
                // soldiers wounded": the toll of people)
                PhraseIndex.Match<Outcome> harm = lexicon.outcomes.match(t, tollOfWhom.to());
                return new Toll(tollOfWhom.value(), harm != null ? harm.value() : Outcome.KILLED);
            }
            if (toll) {
                boolean civilian = k >= 1 && t.get(k - 1).is("civilian")
                        || k >= 2 && t.get(k - 2).is("civilian") && t.get(k - 1).is("death");
                // "The Observatory put the toll at 21" after a sentence about civilians: the victims
                // named last, as for "them" (a null category is filled from the context)
                boolean bare = !civilian && k >= 1 && t.get(k - 1).is("the") && !t.get(k + 1).is("from");
                return new Toll(civilian ? Category.CIVILIANS : bare ? null : Category.PEOPLE, Outcome.KILLED);
            }
            if (k + 1 == before) {
                return new Toll(null, null);
            }
            Category category = null;
            for (int vAt = 0; vAt < s.victims.size(); vAt++) {
                PhraseIndex.Match<Category> v = s.victims.get(vAt);
                // "estimate of civilian deaths", "number of dead fighters": the most telling victim word wins
                if (v.from() > k && v.to() <= before && (category == null || category == Category.PEOPLE) && !insideAttacker(s, v)
                        && !clauseOfTimeBetween(t, k, v.from())) { // not "displaced since the militants swept through"
                    category = v.value();
                }
            }
            Outcome outcome = null;
            for (PhraseIndex.Match<Outcome> o : s.outcomes()) {
                if (o.from() > k && o.to() <= before && outcome == null) {
                    outcome = o.value();
                }
            }
            // "the number of strikes rose to 40": no victims, no outcome, no toll
            return outcome == null ? null : new Toll(category != null ? category : Category.PEOPLE, outcome);
        }
        return null;
    }

    /** Where "higher" or "lower" stands right before "at" (a comma between them or not), or -1. */
    private static int comparativeBefore(List<Token> t, int at) {
        int k = at >= 2 && t.get(at - 1).is(",") ? at - 2 : at - 1;
        return k >= 0 && COMPARATIVES.contains(t.get(k)) ? k : -1;
    }

    private static final WordSet COMPARATIVES = WordSet.of("higher", "lower");

    /**
     * "put civilian deaths in 2018 higher, at 6,964": what the clause before the comparative counted,
     * its outcome and victims; "the network's count was higher, at 263": a count of what was counted
     * before (both null); null when the clause counts nothing.
     */
    private Toll comparedToll(SentenceView s, int compared) {
        List<Token> t = s.tokens;
        int from = compared;
        boolean counted = false;
        while (from > 0 && compared - from < TOLL_REACH && !CLAUSE_BREAKS.containsText(t.get(from - 1))) {
            from--;
            counted |= COUNT_NOUNS.contains(t.get(from)) || TOLL_NOUNS.contains(t.get(from));
        }
        Outcome outcome = null;
        for (PhraseIndex.Match<Outcome> o : s.outcomes()) {
            if (o.from() >= from && o.to() <= compared) {
                outcome = o.value();
            }
        }
        Category category = null;
        for (int vAt = 0; vAt < s.victims.size(); vAt++) {
            PhraseIndex.Match<Category> v = s.victims.get(vAt);
            if (v.from() >= from && v.to() <= compared) {
                category = v.value();
            }
        }
        if (outcome != null) {
            return new Toll(category != null ? category : Category.PEOPLE, outcome);
        }
        return counted ? new Toll(null, null) : null;
    }

    /** "March 16-17", "16 March", "2017": a number that is part of a date, not a figure. */
    private static boolean partOfDate(List<Token> t, int k) {
        String x = t.get(k).text();
        if (x.length() == 4 && (x.startsWith("19") || x.startsWith("20"))) {
            return true;
        }
        int m = k - 1;
        if (m >= 1 && t.get(m).is("-") && t.get(m - 1).kind() == Token.Kind.NUMBER) {
            m -= 2;
        }
        return m >= 0 && MONTH_WORDS.contains(t.get(m)) || k + 1 < t.size() && MONTH_WORDS.contains(t.get(k + 1));
    }

    /** "including 12 civilians and 18 fighters": the second part of a listed subset is a part too. */
    private boolean continuesSubset(List<Token> t, List<Draft> earlier, int at) {
        if (earlier.isEmpty()) {
            return false;
        }
        Draft prev = earlier.get(earlier.size() - 1);
        if (!prev.subsetMarker || prev.wholeFollows) {
            return false;
        }
        int from = prev.figureEnd;
        // "19 SDF fighters and prison guards, 25 Islamic State members": a second noun joined to the part's
        // victims is still that part, and the list goes on after its comma
        // ("..., and 7,286 rebels": the list's own ", and" may follow)
        int close = at >= 2 && t.get(at - 1).is("and") && t.get(at - 2).is(",") ? at - 1 : at;
        if (from + 2 < close && t.get(from).is("and") && t.get(close - 1).is(",") && close - 1 - (from + 1) <= 3) {
            boolean nouns = true;
            for (int k = from + 1; k < close - 1 && nouns; k++) {
                Token w = t.get(k);
                nouns = w.isWord() && !w.capitalised() && !lexicon.outcomes.startsAt(t, k) && !lexicon.speechVerbs.startsAt(t, k);
            }
            if (nouns) {
                return true;
            }
        }
        for (int k = from; k < at; k++) {
            if (!t.get(k).is("and") && !t.get(k).is(",")) {
                return false;
            }
        }
        return at > from;
    }

    private static final WordSet MONTH_WORDS = WordSet.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    /**
     * "on December 21 and 22", "on March 3 or 4": the second day of the month named before the first (not "on June
     * 14 and 12 people were hurt" or "on June 14 and 12 were killed", a figure; but "on December 21 and 22 kill 88").
     */
    private boolean secondDayOfMonth(List<Token> t, Count c) {
        return c.from() > 2 && c.to() - c.from() == 1 && t.get(c.from()).kind() == Token.Kind.NUMBER && t.get(c.from()).text().length() <= 2
                && (t.get(c.from() - 1).is("and") || t.get(c.from() - 1).is("or"))
                && t.get(c.from() - 2).kind() == Token.Kind.NUMBER && MONTH_WORDS.contains(t.get(c.from() - 3))
                && (c.to() >= t.size() || !lexicon.victims.startsAt(t, c.to()) && !t.get(c.to()).is("more") && !t.get(c.to()).is("others")
                        && !t.get(c.to()).is("of") && !(lexicon.outcomes.startsAt(t, c.to()) && !figureAfterVerb(t, c.to())));
    }

    /** Whether a figure stands right after the verb at {@code verb}: "kill 88", "killed at least 12". */
    private boolean figureAfterVerb(List<Token> t, int verb) {
        PhraseIndex.Match<Outcome> o = lexicon.outcomes.match(t, verb);
        int k = o == null ? verb + 1 : o.to();
        return k < t.size() && counts.mayStartCount(t.get(k)) && counts.figureAt(t, k) != null;
    }

    /** "one in ten", "one in every five": either figure of a proportion. */
    private static boolean ratio(List<Token> t, Count c) {
        boolean first = c.to() + 1 < t.size() && t.get(c.to()).is("in")
                && (t.get(c.to() + 1).kind() == Token.Kind.NUMBER || RATIO_DENOMINATORS.contains(t.get(c.to() + 1))
                || t.get(c.to() + 1).is("every"));
        int before = c.from() >= 2 && t.get(c.from() - 1).is("every") ? c.from() - 1 : c.from();
        boolean second = before >= 2 && t.get(before - 1).is("in") && (t.get(before - 2).is("one") || t.get(before - 2).text().equals("1"));
        return first && (t.get(c.from()).is("one") || t.get(c.from()).text().equals("1")) || second;
    }

    /** Number words that end a proportion: "one in ten", "one in a hundred" is rarer than these. */
    private static final WordSet RATIO_DENOMINATORS = WordSet.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "twelve", "twenty");

    private static boolean isDate(List<Token> t, Count c) {
        boolean digits = t.get(c.from()).kind() == Token.Kind.NUMBER && c.to() - c.from() == 1;
        // "March 17", "Oct. 4", "17 March"
        boolean abbreviated = c.from() > 1 && t.get(c.from() - 1).is(".") && MONTH_WORDS.contains(t.get(c.from() - 2));
        return digits && (abbreviated || c.from() > 0 && MONTH_WORDS.contains(t.get(c.from() - 1))
                || c.to() < t.size() && MONTH_WORDS.contains(t.get(c.to())));
    }

    /**
     * "could be displaced", "risks killing thousands", "if the siege is not lifted", "trying to flee":
     * a fear or an attempt, not a claim. The words are in lexicon/hypothetical.txt.
     */
    private static final WordSet MODALS = WordSet.of("could", "might", "may", "would");

    private boolean hypothetical(List<Token> t, int outcomeAt) {
        // "the number of wounded could rise": what the outcome word counts may yet happen
        // (not "the civilian dead may number 9,000": an estimate of what happened)
        if (outcomeAt + 1 < t.size() && MODALS.contains(t.get(outcomeAt + 1))
                && !(outcomeAt + 2 < t.size() && NUMBERING.contains(t.get(outcomeAt + 2)))) {
            return true;
        }
        for (int k = Math.max(0, outcomeAt - 3); k < outcomeAt; k++) {
            if (lexicon.hypothetical.mayStartAt(t.get(k))
                    && lexicon.hypothetical.at(t, k).filter(m -> m.to() <= outcomeAt).isPresent()) {
                return true;
            }
        }
        return t.size() > 0 && t.get(0).is("if");
    }

    /**
     * Whether the figure at {@code at} is only supposed: in a sentence that opens with "If" (after a quotation mark or
     * not), after a "would" a few words before it ('"If these missiles had landed 200 metres to the south, we would be
     * counting dozens of dead"'); not "Rescue teams could recover only 12 bodies", what happened.
     */
    private static boolean supposedOnly(List<Token> t, int at) {
        boolean opensWithIf = t.size() > 1 && (t.get(0).is("if") || t.get(0).kind() == Token.Kind.QUOTE && t.get(1).is("if"));
        if (!opensWithIf) {
            return false;
        }
        for (int k = Math.max(0, at - SUPPOSED_REACH); k < at; k++) {
            if (t.get(k).is("would")) {
                return true;
            }
        }
        return false;
    }

    /** How far before the figure the "would" may stand: "we would be counting dozens of dead". */
    private static final int SUPPOSED_REACH = 4;

    /**
     * "including nine in a strike on a school sheltering displaced families": an outcome word that
     * describes people no figure counts, as an adjective before them, says nothing of a figure's harm.
     */
    private boolean describesUncounted(SentenceView s, List<Draft> figures, PhraseIndex.Match<Outcome> o) {
        List<Token> t = s.tokens;
        if (o.to() >= t.size() || o.to() - o.from() != 1 || !lexicon.victims.startsAt(t, o.to()) || o.from() < 1
                || t.get(o.from() - 1).kind() == Token.Kind.NUMBER || !PLURAL_VICTIMS.contains(t.get(o.to()))) {
            return false;
        }
        for (Draft f : figures) {
            if (o.from() >= f.evidenceStartToken && o.from() <= f.figureEnd + 1) {
                return false; // "73 wounded civilians", "killed 12 and wounded civilians": the figure's own
            }
        }
        return true;
    }

    private static final WordSet PLURAL_VICTIMS = WordSet.of("families", "civilians", "people", "residents", "children", "women");

    /**
     * Whether the sentence before, in the same segment, gave no claim and counts things ("closed 185
     * allegations"): a figure followed by a word that names no victims and no harm.
     */
    private boolean thingsCountedBefore(Views views, int index, List<Draft> out) {
        if (index == 0 || out.isEmpty() || out.get(out.size() - 1).inTitle != views.get(index).title) {
            return false;
        }
        if (out.get(out.size() - 1).evidenceStart >= views.startOf(index - 1)) {
            return false; // the sentence before gave a claim: "those" are its people
        }
        List<Token> p = views.get(index - 1).tokens;
        for (int k = 0; k + 1 < p.size(); k++) {
            if (p.get(k).kind() == Token.Kind.NUMBER && !SentenceView.yearLike(p.get(k)) && p.get(k + 1).isWord()
                    && !lexicon.victims.startsAt(p, k + 1) && !lexicon.outcomes.startsAt(p, k + 1) && !UNITS.contains(p.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word for victims stands within the figure's own words ("seven children", not a bare "seven"). */
    private static boolean namesItsVictims(SentenceView s, Draft d) {
        for (int vAt = 0; vAt < s.victims.size(); vAt++) {
            if (s.victims.get(vAt).from() >= d.evidenceStartToken && s.victims.get(vAt).to() <= d.figureEnd) {
                return true;
            }
        }
        return false;
    }

    /** "and 74 were wounded": an outcome of the figure's own, right after its number (past a copula or "had been"). */
    private boolean ownPredicateAfter(List<Token> t, int end) {
        int k = skip(t, end, COPULAS);
        k = k < t.size() && PERFECT_AUXILIARIES.contains(t.get(k)) ? skip(t, k + 1, COPULAS) : k;
        return k > end && k < t.size() && lexicon.outcomes.startsAt(t, k);
    }

    /** "Eleven teachers were among at least 40 people killed": the part comes first. */
    private static boolean partBeforeWhole(List<Token> t, int end) {
        int k = skip(t, end, COPULAS);
        k = k > end && k < t.size() && AUXILIARY_ADVERBS.contains(t.get(k)) ? k + 1 : k; // "were also among those killed"
        return k > end && k < t.size() && t.get(k).is("among");
    }

    /**
     * Whether {@code whole} is the figure right after the "among" of a part that comes first ("were among at least
     * 40 people killed"); not a figure of a later clause ("were among the dead, and 40 people were treated"),
     * after a whole named without one.
     */
    private static boolean wholeRightAfter(List<Token> t, Draft part, Draft whole) {
        if (whole.evidenceStartToken - part.figureEnd > WHOLE_AFTER_AMONG_REACH) {
            return false;
        }
        // "were among the dead and that 16 others were being treated": a clause of its own, about others
        for (int k = Math.max(0, part.figureEnd); k < Math.min(whole.evidenceStartToken, t.size()); k++) {
            if (t.get(k).is("and")) {
                return false;
            }
        }
        return true;
    }

    /** How far after a part's figure the whole's may start: "were among the more than 300". */
    private static final int WHOLE_AFTER_AMONG_REACH = 6;

    /**
     * "704 people had been killed since November 27: 110 civilians, 335 rebel fighters and 259 soldiers": a figure
     * right after a colon that follows a whole of this sentence opens the list of its parts.
     */
    private static boolean listAfterWholesColon(List<Token> t, List<Draft> found, int at) {
        if (at < 1 || !t.get(at - 1).is(":") || found.isEmpty()) {
            return false;
        }
        Draft whole = found.get(found.size() - 1);
        return !whole.subsetMarker && whole.category != null && whole.figureEnd < at;
    }

    /** "including 60 children", "among them 12 women", "of those, 20 were children". */
    private static boolean subsetBefore(List<Token> t, int at) {
        for (int k = Math.max(0, at - 3); k < at; k++) {
            Token w = t.get(k);
            if (w.is("including") || w.is("among") || w.is("mostly") || w.is("mainly") || tollHolds(t, k)
                    || (w.is("of") && k + 1 < at && SUBSET_PRONOUNS.contains(t.get(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "includes" at {@code k} says what a toll holds: "a figure that includes about 1,000 civilians", "the dead
     * (also) included three children", "the patients included 31 children", "the higher figure also included three
     * soldiers", "They include 14 women"; not another party's count ("the coalition's own figure includes only 6"), nor
     * what a count leaves out ("do not include 300 civilians").
     */
    private static boolean tollHolds(List<Token> t, int k) {
        if (!TOLL_HOLDS.contains(t.get(k)) || k < 1 || k + 1 < t.size() && t.get(k + 1).is("only")) {
            return false;
        }
        int subject = holderBefore(t, k);
        if (subject < 0) {
            return false;
        }
        Token w = t.get(subject);
        if (w.is("that") || w.is("which") || w.is("they") || w.is("these") || w.is("those")) {
            return true;
        }
        int the = subject - 1;
        if (the >= 0 && (TOLL_NOUNS.contains(w) || w.is("figure")) && t.get(the).isWord() && !t.get(the).is("the")) {
            the--; // "the higher figure": one word that says which
        }
        return the >= 0 && t.get(the).is("the") && (THE_HARMED.contains(w) || HOLDERS.contains(w) || TOLL_NOUNS.contains(w) || w.is("figure"));
    }

    /** The harm the word before "included" right before {@code at} says: "the dead included" killed, "the wounded included" injured. */
    private Outcome harmOfTheHolders(List<Token> t, int at) {
        for (int k = Math.max(1, at - 3); k < at; k++) {
            if (TOLL_HOLDS.contains(t.get(k))) {
                int holder = holderBefore(t, k);
                PhraseIndex.Match<Outcome> harm = holder >= 0 && THE_HARMED.contains(t.get(holder)) ? lexicon.outcomes.match(t, holder) : null;
                return harm != null && harm.to() == holder + 1 ? harm.value() : null;
            }
        }
        return null;
    }

    /** Where the word that holds a toll's parts stands before "included" at {@code k}: "the dead (also) included". */
    private static int holderBefore(List<Token> t, int k) {
        return t.get(k - 1).is("also") ? k - 2 : k - 1;
    }

    /** Who a toll's parts are named after: "the victims included", "the patients included". */
    private static final WordSet HOLDERS = WordSet.of("victims", "casualties", "patients", "displaced");
    private static final WordSet TOLL_HOLDS = WordSet.of("includes", "include", "included");

    private boolean generalCivilians(SentenceView s, Draft figure, List<Draft> figures) {
        for (int vAt = 0; vAt < s.victims.size(); vAt++) {
            PhraseIndex.Match<Category> v = s.victims.get(vAt);
            // only "how many civilians ...": a question about civilians that the figure answers
            boolean howMany = v.from() >= 2 && s.tokens.get(v.from() - 1).is("many") && s.tokens.get(v.from() - 2).is("how");
            if (howMany && s.tokens.get(v.from()).is("civilians") && v.to() <= figure.evidenceStartToken) {
                boolean boundToFigure = figures.stream().anyMatch(f -> f != figure && v.from() >= f.evidenceStartToken && v.to() <= f.figureEnd);
                if (!boundToFigure) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the outcome word after the figure is an active verb done to an object after it, "has forced 3,000 families
     * from", "had driven", "have treated", whose harm is the object's, never the subject's before it ("one of its
     * fighters had driven the truck"); unless a relative pronoun between them makes the figure its object ("the 20,000
     * people whom the fighting had driven from their homes").
     */
    private static boolean doneBySubjectFigure(List<Token> t, Draft f, PhraseIndex.Match<Outcome> o) {
        return o.from() >= f.figureEnd && o.to() - o.from() == 2 && SPEAKERS_AUXILIARIES.contains(t.get(o.from()))
                && DONE_TO_AN_OBJECT.contains(t.get(o.from() + 1)) && !RELATIVE_PRONOUNS.anyIn(t, f.figureEnd, o.from());
    }

    /** The active verbs of harm whose victims are their objects: "has forced", "had driven", "have treated". */
    private static final WordSet DONE_TO_AN_OBJECT = WordSet.of("forced", "driven", "treated");

    /** Each outcome word goes to the nearest figure; each figure keeps its nearest outcome word. */
    private void assignOutcomes(SentenceView s, List<Draft> figures) {
        if (figures.isEmpty()) {
            return;
        }
        int[] best = new int[figures.size()];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        // "344 dead and 1,285 wounded": a figure whose own victim word says the outcome keeps it
        boolean[] implied = new boolean[figures.size()];
        for (int i = 0; i < figures.size(); i++) {
            Draft f = figures.get(i);
            int last = f.figureEnd - 1;
            // "17 of the dead were children": a part of the dead is dead, whatever verb stands near
            // and "the bodies of 94 civilians" are dead, whatever "treated 300 wounded" says after them
            int from = f.evidenceStartToken;
            // ("the deaths of 471 protesters and injuries to more than 7,600": the noun before says it too)
            boolean bodies = from >= 2 && s.tokens.get(from - 1).is("of")
                    && (REMAINS.contains(s.tokens.get(from - 2)) || HARM_NOUNS.contains(s.tokens.get(from - 2)))
                    || last >= 0 && last < s.tokens.size() && REMAINS.contains(s.tokens.get(last)) // "recovered 42 bodies"
                    || last >= 0 && last < s.tokens.size() && s.tokens.get(last).is("lives"); // "the cold had taken 12 lives"
            implied[i] = f.outcome != null && last >= 0 && (f.subsetMarker || bodies || f.outcomeOfToll || outcomeAdjective(s.tokens, f)
                    || lexicon.outcomes.at(s.tokens, last).filter(m -> m.to() == f.figureEnd).isPresent());
            if (implied[i] && !f.subsetMarker && supposedOnly(s.tokens, f.evidenceStartToken)) {
                f.outcome = null; // "If these missiles had landed ..., we would be counting dozens of dead": dead who may have been
                implied[i] = false;
            }
            if (f.outcome == Outcome.INJURED && from >= 1 && outcomeAdjective(s.tokens, f)) {
                // "executing six wounded fighters": the wounded were killed
                PhraseIndex.Match<Outcome> verb = lexicon.outcomes.match(s.tokens, from - 1);
                if (verb != null && verb.to() == from && verb.value() == Outcome.KILLED) {
                    f.outcome = Outcome.KILLED;
                }
            }
            // "1,850 people, among them about 400 gunmen, had left": a part set off by commas inside its
            // whole's clause takes no verb of its own; it shares its whole's (shareOutcomeWithWhole)
            implied[i] |= f.outcome == null && f.subsetMarker && f.figureEnd < s.tokens.size() && s.tokens.get(f.figureEnd).is(",")
                    && i > 0 && !figures.get(i - 1).outcomeOfToll
                    && figures.get(i - 1).figureEnd < s.tokens.size() && s.tokens.get(figures.get(i - 1).figureEnd).is(",")
                    && f.evidenceStartToken - figures.get(i - 1).figureEnd <= 4;
            // "about 70 militants had surrendered and that SDF fighters had killed 300": a figure with a verb of
            // its own that harms no one takes no outcome from the words of another
            f.unharmed |= f.outcome == null && harmlessPredicate(s.tokens, f.figureEnd);
            // "26 wounded people, four of them in a critical condition": how some of them are, no claim of its own
            boolean someOf = f.subsetMarker || f.evidenceStartToken + 1 < s.tokens.size() && s.tokens.get(f.evidenceStartToken + 1).is("of");
            f.unharmed |= someOf && (inACondition(s.tokens, f.figureEnd) || agedOnly(s.tokens, f.figureEnd));
            implied[i] |= f.unharmed;
        }
        // figures added to the one before ("along with 81 rebels and seven soldiers") share its verb
        boolean[] added = addedToFiguresBefore(s.tokens, figures);
        List<PhraseIndex.Match<Outcome>> words = s.outcomes();
        boolean inOrder = true;
        int longest = 0;
        for (int i = 0; i < figures.size(); i++) {
            Draft f = figures.get(i);
            inOrder &= i == 0 || figures.get(i - 1).evidenceStartToken <= f.evidenceStartToken;
            longest = Math.max(longest, f.figureEnd - f.evidenceStartToken);
        }
        boolean wordsInOrder = true;
        int longestWord = 0;
        for (int w = 0; w < words.size(); w++) {
            wordsInOrder &= w == 0 || words.get(w - 1).from() <= words.get(w).from();
            longestWord = Math.max(longestWord, words.get(w).to() - words.get(w).from());
        }

        int[] kept = new int[figures.size()];
        java.util.Arrays.fill(kept, -1);
        for (int w = 0; w < words.size(); w++) {
            PhraseIndex.Match<Outcome> o = words.get(w);
            if (hypothetical(s.tokens, o.from()) || inRelativeClauseBeforeMainVerb(s, words, w, wordsInOrder) || describesUncounted(s, figures, o)) {
                continue;
            }
            Draft nearest = null;
            int nearestDistance = Integer.MAX_VALUE;
            int nearestIndex = -1;
            // only figures within the longest reach of the word can take it: in a sentence of thousands of figures
            // the word is not measured against every one
            int first = inOrder ? firstAtOrAfter(figures, f -> f.evidenceStartToken, o.from() - MAX_OUTCOME_REACH - longest) : 0;
            for (int i = first; i < figures.size() && (!inOrder || figures.get(i).evidenceStartToken <= o.to() + MAX_OUTCOME_REACH); i++) {
                Draft f = figures.get(i);
                if (implied[i] || o.from() >= f.evidenceStartToken && o.to() <= f.figureEnd) {
                    continue; // "the dead" inside the figure's own victims
                }
                if (added[i] && o.to() <= f.evidenceStartToken) {
                    // "77 fighters from the YPG had been killed, along with 81 rebels": the verb is the figure
                    // before's, which the added one shares (readSentence)
                    continue;
                }
                if (o.to() == f.evidenceStartToken && s.tokens.get(o.to() - 1).is("left") && stateAfter(s, f.figureEnd)) {
                    // "the siege has left 40,000 people trapped", "left 124 people from the valley still in the
                    // militants' hands": the state it left them in, not a departure
                    continue;
                }
                if (describedInAnAside(s.tokens, f, o)) {
                    // "Two elderly men, both displaced from Anah, died on Sunday": what they were, not what befell them
                    continue;
                }
                if (doneBySubjectFigure(s.tokens, f, o)) {
                    // "one of its fighters had driven the truck into the headquarters": the figure before the verb does it
                    continue;
                }
                int distance = o.from() >= f.figureEnd ? o.from() - f.figureEnd : f.evidenceStartToken - o.to();
                // a word after the figure ("were killed") beats one at the same distance before it, but a
                // verb right before the figure takes it as its object: "executed 17 civilians fleeing the fighting"
                int weighted = distance == 0 && o.to() == f.evidenceStartToken ? -1 : distance * 2 + (o.from() >= f.figureEnd ? 0 : 1);
                if (o.from() == f.figureEnd && HARMS.contains(o.value())) {
                    weighted = -2; // "evacuated 240 people wounded in the fighting": the harm they bear, not where they were taken
                }
                if (distance >= 0 && distance <= reach(s.tokens, f, o) && weighted < nearestDistance && !crossesClause(s, f, o)) {
                    nearest = f;
                    nearestDistance = weighted;
                    nearestIndex = i;
                }
            }
            if (nearest != null && nearest.outcome == null | nearestIndex >= 0 && nearestDistance < best[nearestIndex]) {
                if (nearestIndex >= 0 && nearestDistance < best[nearestIndex]) {
                    best[nearestIndex] = nearestDistance;
                    nearest.outcome = o.value();
                    kept[nearestIndex] = w;
                }
            }
        }
        // "hundreds of women abducted from villages around Sinjar were still missing, and that 87 people
        // had been killed": a word the nearest figure did not keep, because a nearer one said its
        // outcome, goes to the nearest figure left without one; but "seven fighters and four civilians were
        // killed, and 40 people were treated for wounds": the first of two figures joined by "and" shares the
        // verb the second kept
        for (int i = figures.size() - 2; i >= 0; i--) {
            Draft f = figures.get(i);
            Draft next = figures.get(i + 1);
            if (f.outcome == null && !implied[i] && kept[i + 1] >= 0 && next.outcome != null && f.figureEnd < s.tokens.size()
                    && s.tokens.get(f.figureEnd).is("and") && next.evidenceStartToken == f.figureEnd + 1
                    && words.get(kept[i + 1]).from() >= next.figureEnd) {
                f.outcome = next.outcome;
                kept[i] = kept[i + 1];
            }
        }
        // the words some figure keeps (a figure may have let one go for a nearer one above)
        boolean[] wordKept = new boolean[words.size()];
        for (int k : kept) {
            if (k >= 0) {
                wordKept[k] = true;
            }
        }
        for (int i = 0; i < figures.size(); i++) {
            Draft f = figures.get(i);
            if (f.outcome != null || implied[i]) {
                continue;
            }
            int bestWord = -1;
            int bestWeight = Integer.MAX_VALUE;
            int firstWord = wordsInOrder ? firstStartingFrom(words, f.evidenceStartToken - MAX_OUTCOME_REACH - longestWord) : 0;
            for (int w = firstWord; w < words.size() && (!wordsInOrder || words.get(w).from() <= f.figureEnd + MAX_OUTCOME_REACH); w++) {
                PhraseIndex.Match<Outcome> o = words.get(w);
                if (wordKept[w] || hypothetical(s.tokens, o.from())
                        || o.from() >= f.evidenceStartToken && o.to() <= f.figureEnd
                        || doneBySubjectFigure(s.tokens, f, o)) {
                    continue;
                }
                int distance = o.from() >= f.figureEnd ? o.from() - f.figureEnd : f.evidenceStartToken - o.to();
                int weighted = distance * 2 + (o.from() >= f.figureEnd ? 0 : 1);
                if (distance >= 0 && distance <= reach(s.tokens, f, o) && weighted < bestWeight && !crossesClause(s, f, o)
                        && usedByOther(figures, kept, words, w)) {
                    bestWord = w;
                    bestWeight = weighted;
                }
            }
            if (bestWord >= 0) {
                f.outcome = words.get(bestWord).value();
                kept[i] = bestWord;
                wordKept[bestWord] = true;
            }
        }
    }

    /** Words after a part's bare figure that go on to say what became of it: "60,000 have gathered", "20,000 are camped". */
    private static final WordSet PART_LINKS = WordSet.of("have", "had", "are", "were", "more", "remain", "remained", "now", "still",
            "belonged");

    /** "195,000 have since returned to their homes": a verb within a few words that says nothing befell them. */
    private static boolean harmlessAfter(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + 4); k++) {
            if (HARMLESS_VERBS.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the clause that starts at {@code from} ends, at the latest at {@code to}: at ", and" or ";"
     * ("among them 20 children, and on Wednesday, February 21, at least 46": the day is the next item's),
     * or at "where" ("in northern Hama, where a government offensive began in late April": the place's story).
     */
    private static int clauseEnd(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).is(";") || t.get(k).is("where") || t.get(k).is(",") && k + 1 < to && t.get(k + 1).is("and")) {
                return k;
            }
        }
        return to;
    }

    /** Whether "own losses" stands within a few words before {@code at}, with no other figure between. */
    private static boolean ownLossesBefore(List<Token> t, int at) {
        for (int k = at - 1; k >= Math.max(1, at - OWN_LOSSES_REACH); k--) {
            if (t.get(k).is(";") || t.get(k).kind() == Token.Kind.NUMBER) {
                return false;
            }
            if (t.get(k).is("losses") && t.get(k - 1).is("own")) {
                return true;
            }
        }
        return false;
    }

    /** How far before a figure "own losses" may stand ("put the army's own losses in the Hawija campaign so far at 14 dead"). */
    private static final int OWN_LOSSES_REACH = 10;

    /**
     * "12 health facilities had been hit, four of them in the last three days", "It found five of them
     * credible": some of a count of things (a figure before in the sentence that counts no one), or
     * reports graded by their credibility.
     */
    private boolean someOfThings(List<Token> t, Count c, List<Draft> found) {
        if (pastOfThem(t, c.to()) == c.to()) {
            return false;
        }
        for (int k = c.to() + 2; k < Math.min(t.size(), c.to() + 2 + GRADE_REACH); k++) {
            if (GRADES.contains(t.get(k))) {
                return true; // "It rated 61 of them fair", "found 29 of them credible"
            }
        }
        for (int k = c.from() - 1; k >= 0; k--) {
            if (!counts.mayStartCount(t.get(k)) || SentenceView.yearLike(t.get(k))) {
                continue;
            }
            Count before = counts.parse(t, k).orElse(null);
            if (before == null || before.to() > c.from() || k >= 1 && DETERMINERS.contains(t.get(k - 1))) {
                continue; // "73 wounded from the two blasts and that nine of them had died": the blasts are named, not counted
            }
            for (Draft d : found) {
                if (d.evidenceStartToken <= k && k < Math.max(d.figureEnd, d.evidenceStartToken + 1)) {
                    return false; // the figure before counts people: them
                }
            }
            int after = before.to();
            if (after < t.size() && UNITS.contains(t.get(after))) {
                continue; // "48 wounded people in the first two hours, nine of whom later died": a span of time, no things
            }
            // a figure before that counts something else, followed by what it counts
            return namesThings(t, after);
        }
        return false;
    }

    /**
     * Whether the words at {@code noun} name things a figure counts, not people: no victims' word in the
     * next few ("27 members of the Hamdan family": people), and no "people" or harm at it.
     */
    private boolean namesThings(List<Token> t, int noun) {
        for (int v = noun; v < Math.min(t.size(), noun + 3); v++) {
            if (lexicon.victims.startsAt(t, v)) {
                return false; // "27 members of the Hamdan family, 11 of them children": people, though no claim of theirs was read
            }
        }
        return noun < t.size() && t.get(noun).isWord() && !t.get(noun).is("people") && !lexicon.outcomes.startsAt(t, noun);
    }

    /**
     * "convoys reached Nubl with food for 50,000 people", "tents for 5,000": how many aid is meant for,
     * no harm; not "aid for 400,000 people trapped in Eastern Ghouta" nor "enough beds for 150 wounded",
     * whose harm is told, nor "aid workers were searching for 20 people".
     */
    private boolean providedFor(List<Token> t, int at) {
        if (at < 2 || !t.get(at - 1).is("for")) {
            return false;
        }
        boolean aid = false;
        for (int k = at - 2; k >= Math.max(0, at - 1 - AID_REACH) && !aid; k--) {
            aid = AID.contains(t.get(k)) && (k + 1 == at - 1 || t.get(k + 1).isWord() && !t.get(k + 1).capitalised()
                    && !AID_PEOPLE.contains(t.get(k + 1)) && k + 2 == at - 1);
        }
        return aid && !harmTold(t, at, HARM_AFTER_REACH, false);
    }

    /**
     * Whether an outcome starts within {@code reach} words from {@code from}, in the clause; with
     * {@code notAfterThe}, not one that names others by their harm ("among the displaced").
     */
    private boolean harmTold(List<Token> t, int from, int reach, boolean notAfterThe) {
        for (int k = from; k < Math.min(t.size(), from + reach) && !t.get(k).isPunct(); k++) {
            if (lexicon.outcomes.startsAt(t, k) && !(notAfterThe && t.get(k - 1).is("the"))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet AID = WordSet.of("food", "aid", "supplies", "tents", "rations", "medicine", "medicines", "water",
            "shelter", "assistance", "blankets", "kits", "baskets", "vaccines", "enough", "parcels");
    /** Words after an aid word that make it people, not aid: "aid workers". */
    private static final WordSet AID_PEOPLE = WordSet.of("workers", "worker", "agencies", "agency", "groups", "officials", "staff");
    /** How many words before "for" the aid may be named: "food parcels for". */
    private static final int AID_REACH = 2;
    /** How far after a counted whole its part's harm may be told: "Three of the 12 firefighters who rushed to the scene were killed". */
    private static final int PART_HARM_REACH = 9;
    /** How far after a figure its harm may be told and make it a claim after all: "400,000 people trapped". */
    private static final int HARM_AFTER_REACH = 5;

    /**
     * "only 128 of the 325 deputies turned up", "Fifteen of the 20 facilities were hit", "4 of the province's 13 plants
     * work": some of a counted whole of things, which names no victims and no harm; not "six of the 40 dead" nor "12 of
     * the 30 civilians".
     */
    private boolean partOfCountedThings(List<Token> t, Count c) {
        int k = c.to();
        if (k + 3 >= t.size() || !t.get(k).is("of")) {
            return false;
        }
        int at = k + 1;
        if (t.get(at).is("its") || t.get(at).is("their")) {
            at++; // "three of its 12 clinics"
        } else if (t.get(at).is("the")) {
            at++;
            if (at + 1 < t.size() && t.get(at).isWord() && t.get(at + 1).possessive()) {
                at += 2; // "only 4 of the province's 13 large treatment plants"
            }
        } else {
            return false;
        }
        if (at >= t.size() || !counts.mayStartCount(t.get(at))) {
            return false;
        }
        Count whole = counts.parse(t, at).orElse(null);
        if (whole == null || whole.to() >= t.size()) {
            return false;
        }
        int noun = whole.to();
        Token w = t.get(noun);
        // ("19 of the 46 were children": the whole counted before, no things; "Two of the 15 crew members were
        // killed": people the lists do not know, whose harm is told)
        return namesThings(t, noun) && !lexicon.figureStops.contains(w) && !UNITS.contains(w) && !harmTold(t, noun, PART_HARM_REACH, false);
    }

    private static final int GRADE_REACH = 4;
    private static final WordSet GRADES = WordSet.of("credible", "non-credible", "fair", "unverified", "contested", "weak");

    /**
     * A sentence that opens "Of those,", "Of them,", "Of these,", "Of the dead," or "Among the dead," ("Of the dead,
     * 380 were killed by Turkish strikes"): its figures are parts of the claim before.
     */
    private static boolean ofThoseBefore(List<Token> t) {
        if (t.size() > 5 && t.get(0).is("among") && t.get(1).is("the") && THE_HARMED.contains(t.get(2)) && t.get(3).is(",")) {
            return true; // "Among the dead, 23 were foreign mercenaries"
        }
        return t.size() > 4 && t.get(0).is("of") && (t.get(2).is(",") && (t.get(1).is("those") || t.get(1).is("these") || t.get(1).is("them"))
                || t.size() > 5 && t.get(1).is("the") && THE_HARMED.contains(t.get(2)) && t.get(3).is(","));
    }

    private static final WordSet THE_HARMED = WordSet.of("dead", "wounded", "injured", "killed");

    /** "Of the 90 dead, 39 belonged to the Badran family": a sentence that opens with a figure of the harmed, as a whole of its parts. */
    private static boolean ofTheFigure(List<Token> t) {
        return t.size() > 6 && t.get(0).is("of") && t.get(1).is("the") && t.get(2).kind() == Token.Kind.NUMBER && THE_HARMED.contains(t.get(3))
                && t.get(4).is(",");
    }

    /**
     * "Of the 12 dead, it said, five were children": the claim told before of that many people, with that
     * harm, that the sentence opens with to tell its parts; or null, when no claim before has the figure
     * (then "Of the 12 dead" is a claim of its own, the whole of the parts after it).
     */
    private Draft wholeNamedByFigure(List<Token> t, List<Draft> figures, List<Draft> out) {
        if (out.isEmpty() || !ofTheFigure(t)) {
            return null;
        }
        Draft figure = null;
        for (Draft f : figures) {
            if (f.evidenceStartToken == 2 && f.figureEnd <= 4) {
                figure = f;
            }
        }
        if (figure == null) {
            return null;
        }
        Outcome harm = lexicon.outcomes.match(t, 3).value(); // (THE_HARMED are all outcome words)
        for (int i = out.size() - 1; i >= 0; i--) {
            Draft d = out.get(i);
            if (d.low == figure.low && java.util.Objects.equals(d.high, figure.high) && d.outcome == harm && d.polarity == Polarity.ASSERTS
                    && d.subsetOf == null && !d.listItem && !d.subsetMarker) {
                return d;
            }
        }
        return null;
    }

    private static boolean restOfTheWhole(List<Token> t) {
        for (int k = 0; k + 1 < t.size(); k++) {
            if (t.get(k).is("the") && (t.get(k + 1).is("rest") || t.get(k + 1).is("remainder"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each figure, whether it is added to the one before it ("along with 81 rebels and seven soldiers":
     * the 81 by "along with", the seven by "and" after an added one); a part is never added.
     */
    private static boolean[] addedToFiguresBefore(List<Token> t, List<Draft> figures) {
        boolean[] added = new boolean[figures.size()];
        for (int i = 1; i < figures.size(); i++) {
            int at = figures.get(i).evidenceStartToken;
            added[i] = !figures.get(i).subsetMarker && (addedToFigureBefore(t, at) || added[i - 1] && at > 0 && t.get(at - 1).is("and"));
        }
        return added;
    }

    /** "along with 259 SDF fighters", "as well as", "in addition to", "together with", "alongside", "plus". */
    private static boolean addedToFigureBefore(List<Token> t, int at) {
        if (at < 2) {
            return false;
        }
        Token before = t.get(at - 1);
        Token second = t.get(at - 2);
        return before.is("alongside") || before.is("plus") || before.is("another")
                || before.is("further") && second.is("a") // "34,000 had left ..., and that a further 108,000 civilians had crossed"
                || before.is("with") && (second.is("along") || second.is("together"))
                || at >= 3 && (before.is("to") && second.is("addition") && t.get(at - 3).is("in")
                        || before.is("as") && second.is("well") && t.get(at - 3).is("as"));
    }

    /**
     * How far an outcome word may stand from a figure: further after victims described by a relative
     * clause ("11 residents of al-Dawr who were taken away by militiamen at a checkpoint on April 2
     * are still missing"), whose main verb comes after it.
     */
    private static int reach(List<Token> t, Draft f, PhraseIndex.Match<Outcome> o) {
        if (o.from() < f.figureEnd) {
            return OUTCOME_REACH;
        }
        if (f.figureEnd < t.size() && t.get(f.figureEnd).is(",") && f.figureEnd + 1 < t.size() && ASIDE_OPENERS.contains(t.get(f.figureEnd + 1))) {
            // "18 people, most of them young men taken from their homes in the first hours of the raid, are still
            // missing": the verb comes after the aside, however long
            for (int k = f.figureEnd + 1; k < Math.min(o.from(), f.figureEnd + ASIDE_REACH); k++) {
                if (t.get(k).is(",")) {
                    return OUTCOME_REACH + (k - f.figureEnd);
                }
            }
        }
        for (int k = f.figureEnd; k < Math.min(o.from(), f.figureEnd + 4); k++) {
            if (RELATIVE_PRONOUNS.contains(t.get(k))) {
                return OUTCOME_REACH + RELATIVE_CLAUSE_REACH;
            }
            if (t.get(k).isPunct()) {
                break;
            }
        }
        return OUTCOME_REACH;
    }

    private static final WordSet RELATIVE_PRONOUNS = WordSet.of("who", "which", "whom");
    /** First words of an aside about some of the victims: "most of them", "among them", "including". */
    private static final WordSet ASIDE_OPENERS = WordSet.of("most", "many", "some", "all", "among", "including", "mostly", "half");
    /** How long such an aside may run. */
    private static final int ASIDE_REACH = 25;
    /** How much further an outcome word may stand after victims a relative clause describes. */
    private static final int RELATIVE_CLAUSE_REACH = 10;
    /** The longest {@link #reach} can be. */
    private static final int MAX_OUTCOME_REACH = OUTCOME_REACH + Math.max(ASIDE_REACH, RELATIVE_CLAUSE_REACH);

    /**
     * "evacuated 30 wounded people": a wound before the victims, inside the figure's own words. Not
     * "killed 20 displaced people": being displaced is who they were, not what was done to them.
     */
    private boolean outcomeAdjective(List<Token> t, Draft f) {
        for (int k = f.evidenceStartToken + 1; k < f.figureEnd - 1; k++) {
            PhraseIndex.Match<Outcome> o = lexicon.outcomes.match(t, k);
            if (o != null && o.value() == Outcome.INJURED && lexicon.victims.startsAt(t, o.to())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "at least 30 civilians who fled the town had been killed": an outcome in a relative clause that
     * describes the victims, when the sentence's own outcome word follows it.
     */
    private static boolean inRelativeClauseBeforeMainVerb(SentenceView s, List<PhraseIndex.Match<Outcome>> words, int w, boolean inOrder) {
        List<Token> t = s.tokens;
        PhraseIndex.Match<Outcome> o = words.get(w);
        boolean relative = o.from() >= 1 && (t.get(o.from() - 1).is("who") || o.from() >= 2 && t.get(o.from() - 2).is("who")
                && (t.get(o.from() - 1).is("had") || t.get(o.from() - 1).is("have")));
        // "two of the people hurt in the gas attack had since died": a participle right after the victims
        // (the victims are found in order, none inside another: only the last to start before the word can end at it)
        int before = firstStartingFrom(s.victims, o.from()) - 1;
        boolean participle = before >= 0 && s.victims.get(before).to() == o.from();
        if (!relative && !participle) {
            return false;
        }
        for (int k = w + 1; k < words.size(); k++) {
            PhraseIndex.Match<Outcome> main = words.get(k);
            if (inOrder && main.from() - o.to() > MAIN_VERB_REACH) {
                break; // the words in order: none further on is near enough
            }
            // the main verb with its auxiliary ("had been killed", "were wounded", "had since died"), not a
            // noun ("died of their wounds")
            int aux = main.from() - 1;
            if (aux > o.to() && AUXILIARY_ADVERBS.contains(t.get(aux))) {
                aux--;
            }
            boolean auxiliary = PASSIVE_AUXILIARIES.contains(t.get(aux)) || participle && PERFECT_AUXILIARIES.contains(t.get(aux));
            if (main.value() != o.value() && main.from() - o.to() <= (relative ? MAIN_VERB_REACH : PARTICIPLE_MAIN_VERB_REACH) && auxiliary) {
                return true;
            }
        }
        return false;
    }

    /** The outcomes a participle right after the victims says they bore. */
    private static final java.util.Set<Outcome> HARMS = java.util.EnumSet.of(Outcome.KILLED, Outcome.INJURED);

    private static final WordSet AUXILIARY_ADVERBS = WordSet.of("since", "later", "subsequently", "then", "also");
    /**
     * How far after the clause's outcome word the main verb may stand: "600 residents who fled through
     * Saqlawiyah, north-west of the city, are missing" holds a place and its bearing between them.
     */
    private static final int MAIN_VERB_REACH = 12;
    /** As {@link #MAIN_VERB_REACH} after a participle, which may be a verb of its own ("people remain inside"). */
    private static final int PARTICIPLE_MAIN_VERB_REACH = 8;

    /** Whether a figure other than the one that lost the word said its outcome with a word of its own. */
    private static boolean usedByOther(List<Draft> figures, int[] kept, List<PhraseIndex.Match<Outcome>> words, int w) {
        for (int i = 0; i < figures.size(); i++) {
            if (kept[i] >= 0 && kept[i] != w && figures.get(i).outcome != null) {
                return true;
            }
        }
        return false;
    }

    /** "Twenty-three civilians, among them nine children, died": the whole and its parts share the verb. */
    private static void shareOutcomeWithWhole(List<Draft> figures, SentenceView s) {
        List<Token> t = s.tokens;
        shareAlongSeries(figures, t, s.victims);
        for (int i = 0; i < figures.size(); i++) {
            Draft part = figures.get(i);
            if (!part.subsetMarker) {
                continue;
            }
            Draft whole = null;
            if (part.wholeFollows) {
                whole = i + 1 < figures.size() && wholeRightAfter(t, part, figures.get(i + 1)) ? figures.get(i + 1) : null;
            } else {
                for (int j = i - 1; j >= 0 && whole == null; j--) {
                    if (!figures.get(j).subsetMarker) {
                        whole = figures.get(j);
                    }
                }
                if (whole == null && i > 0) {
                    // "killing 13 of them, including two so-called emirs": a part of a part
                    whole = figures.get(i - 1);
                }
            }
            if (whole == null) {
                continue;
            }
            if (whole.outcome == null) {
                whole.outcome = part.outcome;
            } else if (part.outcome == null) {
                part.outcome = whole.outcome;
            }
        }
        // "742 soldiers and 717 civilians, including 251 children, have been killed": the whole took its
        // part's outcome above, and the series before it now shares it
        shareAlongSeries(figures, t, s.victims);
    }

    private static void shareAlongSeries(List<Draft> figures, List<Token> t, List<PhraseIndex.Match<Category>> victims) {
        // "655 of its fighters and more than 3,000 militants had been killed": figures joined by "and" share it
        // too, along a whole series: "1,257 IS fighters, 742 members of the SDF and 717 civilians have been killed"
        for (int pass = 0; pass < 2; pass++) {
            for (int n = 0; n + 1 < figures.size(); n++) {
                int i = pass == 0 ? n : figures.size() - 2 - n;
                Draft a = figures.get(i);
                Draft b = figures.get(i + 1);
                if ((a.outcome == null) != (b.outcome == null) && onlyJoiners(t,
                        afterJoinedVictims(t, victims, afterOwner(t, a.figureEnd, b.evidenceStartToken), b.evidenceStartToken),
                        b.evidenceStartToken)) {
                    if (a.outcome == null) {
                        a.outcome = b.outcome;
                    } else {
                        b.outcome = a.outcome;
                    }
                }
            }
        }
    }

    /**
     * "19 government soldiers and allied militiamen and 14 rebel fighters had been killed": past more
     * victims joined to the figure's own ("and allied militiamen"), up to two words before them.
     */
    private static int afterJoinedVictims(List<Token> t, List<PhraseIndex.Match<Category>> victims, int from, int to) {
        if (from >= to || !t.get(from).is("and")) {
            return from;
        }
        // (the victims are in order: start at the first after "and")
        for (int vAt = firstStartingFrom(victims, from + 1); vAt < victims.size() && victims.get(vAt).from() <= from + 3; vAt++) {
            PhraseIndex.Match<Category> v = victims.get(vAt);
            if (v.to() < to && t.get(v.to()).is("and") && wordsOnly(t, from + 1, v.from())) {
                return v.to();
            }
        }
        return from;
    }

    /** Past the group that victims belong to, right after them: "742 members [of the SDF] and 717 civilians". */
    private static int afterOwner(List<Token> t, int from, int to) {
        int k = from;
        if (k < to && t.get(k).is("of")) {
            k++;
        }
        if (k < to && t.get(k).is("the")) {
            k++;
        }
        int names = k;
        while (k < to && t.get(k).isWord() && t.get(k).capitalised()) {
            k++;
        }
        return k > names ? k : from;
    }

    /** Whether an outcome word follows the figure ending at {@code end} in its own clause, within a few words. */
    private boolean stateAfter(SentenceView s, int end) {
        for (int k = end; k < Math.min(s.tokens.size(), end + LEFT_STATE_REACH) && !s.tokens.get(k).isPunct(); k++) {
            if (lexicon.outcomes.startsAt(s.tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** How far after the figure "left" puts people in a state: "left 124 people from the valley still in ...". */
    private static final int LEFT_STATE_REACH = 5;

    private static boolean onlyJoiners(List<Token> t, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            // (a quotation mark too: 'eight of its fighters and "dozens" of militants')
            if (!t.get(k).is("and") && !t.get(k).is(",") && !t.get(k).is("as") && !t.get(k).is("well") && t.get(k).kind() != Token.Kind.QUOTE) {
                return false;
            }
        }
        return true;
    }

    private static boolean crossesClause(SentenceView s, Draft f, PhraseIndex.Match<Outcome> o) {
        int from = Math.min(f.figureEnd, o.to());
        int to = Math.max(f.evidenceStartToken, o.from());
        for (int k = from; k < to; k++) {
            if (s.tokens.get(k).is(";")) {
                return true;
            }
            // "Three of them were children, he said, and one resident ... died on Monday": the speech verb
            // set off by commas closes the clause, and "and" opens another with its own subject
            if (k >= 2 && s.tokens.get(k).is("and") && s.tokens.get(k - 1).is(",") && speechVerbEndsAt(s, k - 1, k - 4)) {
                return true;
            }
        }
        return false;
    }

    private static boolean speechVerbEndsAt(SentenceView s, int end, int notBefore) {
        for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
            PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
            if (v.to() == end && v.from() >= notBefore) {
                return true;
            }
        }
        return false;
    }

    // ---- claims without a figure -----------------------------------------------------------

    /** Denials, trends and disputes of trends, found by the cue phrases. One of each kind per sentence. */
    private List<Draft> cueClaims(SentenceView s) {
        List<Draft> out = new ArrayList<>();
        List<Token> t = s.tokens;
        Cues cues = lexicon.cues;
        Cues.Found denial = cues.first(Cues.Kind.DENIAL, t, 0, t.size());
        if (denial != null) {
            Draft d = cueDraft(denial.from(), denial.to());
            // "no American or coalition personnel had been killed": none of a side's own forces (not "strike only
            // terrorists", "denied that its fighters had killed anyone", where the fighters did the harm)
            boolean none = t.get(denial.from()).is("no") || t.get(denial.from()).is("none");
            for (int vAt = 0; none && vAt < s.victims.size(); vAt++) {
                PhraseIndex.Match<Category> v = s.victims.get(vAt);
                if (v.from() >= denial.from() && v.to() <= denial.to() && v.value() == Category.COMBATANTS) {
                    d.category = Category.COMBATANTS;
                }
            }
            d.polarity = Polarity.DENIES;
            d.low = 0;
            d.high = 0L;
            d.qualifier = "EXACT";
            out.add(d);
        }
        Cues.Found rising = cues.first(Cues.Kind.TREND_RISING, t, 0, t.size());
        Cues.Found falling = cues.first(Cues.Kind.TREND_FALLING, t, 0, t.size());
        Cues.Found trend = rising == null ? falling : falling == null || rising.from() <= falling.from() ? rising : falling;
        if (trend != null && !figureFollows(t, trend.to())) {
            Draft d = cueDraft(trend.from(), trend.to());
            d.trend = trend.kind() == Cues.Kind.TREND_RISING ? Trend.RISING : Trend.FALLING;
            describeTrend(s, d, trend);
            // the first dispute before the trend that governs it: a bare verb ("Pentagon disputes rise in
            // ...") must stand right before the trend; "dismissed what he called lies about a surge" has
            // a bare verb far off and, nearer, the words that do the disputing
            for (Cues.Found dispute = cues.first(Cues.Kind.DISPUTE, t, Math.max(0, trend.from() - 12), trend.from() + 1);
                    dispute != null; dispute = cues.first(Cues.Kind.DISPUTE, t, dispute.from() + 1, trend.from() + 1)) {
                boolean bareVerb = dispute.to() - dispute.from() == 1;
                if (dispute.to() <= trend.from() + 1 && (!bareVerb || trend.from() - dispute.to() <= 1)) {
                    d.polarity = Polarity.DISPUTES;
                    d.evidenceStartToken = dispute.from();
                    break;
                }
            }
            out.add(d);
        }
        return out;
    }

    /**
     * "The monitor said civilian deaths had risen every day since June 6. A coalition spokesman
     * disputed that assessment.": a dispute whose object is a trend claimed before (one of the last
     * two claims read), named only as "that", "the assessment", "those figures".
     */
    private Draft disputeOfEarlierTrend(SentenceView s, List<Draft> earlier) {
        List<Token> t = s.tokens;
        int n = t.size();
        for (int k = DISPUTE_VERBS.nextCandidate(t, 0, 0, n - 1); k < n - 1; k = DISPUTE_VERBS.nextCandidate(t, 0, k + 1, n - 1)) {
            int object = k + 1;
            boolean referring = t.get(object).is("that") && (object + 1 == n || t.get(object + 1).isPunct() || t.get(object + 1).is("and"))
                    || REFERRING.contains(t.get(object)) && object + 1 < n && ASSESSMENTS.contains(t.get(object + 1));
            if (!referring) {
                continue;
            }
            for (int j = earlier.size() - 1; j >= Math.max(0, earlier.size() - 2); j--) {
                Draft trend = earlier.get(j);
                if (trend.trend != null && trend.polarity == Polarity.ASSERTS) {
                    Draft d = cueDraft(k, object + 1);
                    d.polarity = Polarity.DISPUTES;
                    d.trend = trend.trend;
                    d.category = trend.category;
                    d.outcome = trend.outcome;
                    d.answers = trend;
                    return d;
                }
            }
            return null;
        }
        return null;
    }

    private static final MarkedWords DISPUTE_VERBS = MarkedWords.of("disputed", "disputes", "rejected", "rejects",
            "challenged", "challenges", "contested", "contests", "questioned", "questions", "denied", "denies");
    private static final WordSet REFERRING = WordSet.of("that", "this", "the", "those", "these", "its", "their");
    private static final WordSet ASSESSMENTS = WordSet.of("assessment", "assessments", "account", "accounts", "figure",
            "figures", "finding", "findings", "claim", "claims", "trend", "conclusion", "estimate", "estimates", "report", "characterisation", "characterization",
            "picture", "description", "portrayal", "analysis", "reading");

    /** "the toll had risen to 126" gives a figure, not a trend. */
    private boolean figureFollows(List<Token> t, int end) {
        for (int k = end; k < Math.min(t.size(), end + 3); k++) {
            if (t.get(k).kind() == Token.Kind.NUMBER || counts.mayStartCount(t.get(k)) && nonZeroFigureAt(t, k)) {
                return true;
            }
        }
        return false;
    }

    private boolean nonZeroFigureAt(List<Token> t, int k) {
        Count c = counts.figureAt(t, k);
        return c != null && !c.zero();
    }

    /** Who and what the trend is about, from the words of the cue: "the number of people displaced" is PEOPLE, DISPLACED. */
    private void describeTrend(SentenceView s, Draft d, Cues.Found cue) {
        boolean civilian = false;
        Category category = null;
        for (int k = cue.from(); k < cue.to(); k++) {
            if (s.tokens.get(k).is("civilian")) {
                civilian = true;
            }
            Optional<PhraseIndex.Match<Category>> v = lexicon.victims.at(s.tokens, k);
            // "deaths from the militants' shelling": a possessive names who attacked, not who died
            boolean possessive = v.isPresent() && v.get().to() < s.tokens.size()
                    && s.tokens.get(v.get().to()).possessive();
            if (v.isPresent() && category == null && !s.tokens.get(k).is("civilian") && !possessive) {
                category = v.get().value();
            }
            Optional<PhraseIndex.Match<Outcome>> o = lexicon.outcomes.at(s.tokens, k);
            if (o.isPresent() && o.get().value() != Outcome.TRAPPED) {
                d.outcome = o.get().value();
            } else if (TREND_PATIENTS.contains(s.tokens.get(k))) {
                d.outcome = Outcome.INJURED; // "the number of patients had risen sharply"
            } else if (TREND_DEPARTURES.contains(s.tokens.get(k))) {
                d.outcome = Outcome.DISPLACED; // "the number of people leaving was rising by the day"
            }
        }
        // "a surge in casualties" says nothing of who: people; "civilian casualties": civilians
        d.category = category != null ? category : civilian ? Category.CIVILIANS : Category.PEOPLE;
    }

    private static final WordSet TREND_PATIENTS = WordSet.of("patients");
    private static final WordSet TREND_DEPARTURES = WordSet.of("leaving", "arriving", "crossing", "departures", "arrivals");

    private static Draft cueDraft(int from, int to) {
        Draft d = new Draft();
        d.low = 0;
        d.high = null;
        d.qualifier = "NONE";
        d.category = Category.CIVILIANS;
        d.outcome = Outcome.KILLED;
        d.evidenceStartToken = from;
        d.figureEnd = to;
        return d;
    }

    // ---- who, where, by whom -----------------------------------------------------------------

    /**
     * "Its main findings, as set out by the organisation: Nine civilians killed ... Four of the dead
     * were children.": items after a colon, in its sentence or in the sentences that follow it in the
     * paragraph, each opening with its figure, belong to the party that introduces them.
     */
    private List<Attributor.Speaker> listSpeakers(Views views, int index, int at, ArticleContext ctx) {
        boolean bullets = bulletItem(views.get(index).tokens);
        for (int j = index; j >= Math.max(0, index - (bullets ? BULLET_LIST_REACH : LIST_REACH)); j--) {
            if (j < index && views.paragraphOf(j) != views.paragraphOf(j + 1) && !bulletItem(views.get(j + 1).tokens)) {
                return List.of(); // a list runs within its paragraph, or over lines that each open with a bullet
            }
            SentenceView v = views.get(j);
            int colon = colonBefore(v, j == index ? at : v.tokens.size());
            if (colon < 0 && !opensWithFigure(v) && !bulletItem(v.tokens)) {
                return List.of(); // a list's items open with their figures: "297 people killed", "Four of the dead"
            }
            if (colon < 0) {
                continue;
            }
            List<Attributor.Speaker> speakers = attributor.attribute(v, colon, ctx);
            if (speakers.isEmpty()) {
                for (int mAt = 0; mAt < v.mentions.size(); mAt++) {
                    PhraseIndex.Match<Mention> m = v.mentions.get(mAt);
                    Attributor.Speaker sp = m.to() <= colon && !Attributor.countryAsTopic(v.tokens, m) ? attributor.resolve(m.value(), ctx) : null;
                    speakers = sp != null ? List.of(sp) : speakers;
                }
            }
            if (speakers.isEmpty() && bulletItem(v.tokens)) {
                continue; // "- Idlib province: 12 civilians killed": an item's own label, not who gives the list
            }
            return speakers;
        }
        return List.of();
    }

    /** A line of a list that opens with a bullet: "- Idlib province: 12 killed", "• Aleppo: 5 dead". */
    private static boolean bulletItem(List<Token> t) {
        return !t.isEmpty() && t.get(0).isPunct() && BULLETS.contains(t.get(0));
    }

    private static final WordSet BULLETS = WordSet.of("-", "\u2022", "*", "\u2013", "\u00B7");
    /** How many lines of a bulleted list may stand between an item and the words that introduce the list. */
    private static final int BULLET_LIST_REACH = 16;

    /** Whether a sentence opens by adding to the count before it: "Another eight died", "A further 12 were wounded". */
    /** Whether a sentence opens with "Of the" or "Of those" and has room for what it shares out and a share. */
    private static boolean opensSharingOut(List<Token> t) {
        return t.size() >= 5 && t.get(0).is("of") && (t.get(1).is("the") || t.get(1).is("those"));
    }

    /** The victims a sentence opens by sharing out, "Of the civilians, ...", or null. */
    private Category victimsSharedOut(SentenceView s) {
        List<Token> t = s.tokens;
        if (!opensSharingOut(t)) {
            return null;
        }
        Victims v = victimAt(s, 2, false);
        return v != null && v.end() < t.size() && t.get(v.end()).is(",") ? v.category() : null;
    }

    /** The claim before whose figure a sentence that shares it out opens with: "Of the 12, two were ..."; or null. */
    private Draft wholeSharedOut(List<Token> t, List<Draft> out) {
        if (out.isEmpty() || t.size() < 6 || !opensSharingOut(t) || !counts.mayStartCount(t.get(2))) {
            return null;
        }
        Count whole = counts.figureAt(t, 2);
        if (whole == null || whole.to() >= t.size() || !t.get(whole.to()).is(",")) {
            return null;
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i).low == whole.low() && out.get(i).polarity == Polarity.ASSERTS) {
                return out.get(i);
            }
        }
        return null;
    }

    private boolean continuesCount(List<Token> t) {
        int figure = t.size() > 2 && t.get(0).is("another") ? 1 : t.size() > 3 && t.get(0).is("a") && t.get(1).is("further") ? 2 : -1;
        return figure > 0 && counts.mayStartCount(t.get(figure)) && counts.figureAt(t, figure) != null || worstHit(t);
    }

    /**
     * "Baghdad was again the worst-affected province, with 296 civilians killed": a report's count of places
     * goes on, by whoever gave the count before.
     */
    private static boolean worstHit(List<Token> t) {
        for (int k = 1; k + 1 < t.size() && k < WORST_HIT_REACH; k++) {
            if (t.get(k).is("worst-affected") || t.get(k).is("worst-hit") || t.get(k).is("hardest-hit")
                    || t.get(k).is("worst") && (t.get(k + 1).is("affected") || t.get(k + 1).is("hit"))) {
                return t.get(k - 1).is("the");
            }
        }
        return false;
    }

    /** The victims a figure is told of by "accounted for": "Civilians accounted for 537 of the dead"; or null. */
    private static Category whoAccountedFor(SentenceView s, int figureAt) {
        List<Token> t = s.tokens;
        int verb = -1;
        for (int k = figureAt - 1; k >= 1 && figureAt - k <= ACCOUNTED_REACH; k--) {
            if (t.get(k).is("for") && (t.get(k - 1).is("accounted") || t.get(k - 1).is("account") || t.get(k - 1).is("accounts"))) {
                verb = k - 1;
                break;
            }
        }
        for (int vAt = 0; verb > 0 && vAt < s.victims.size(); vAt++) {
            if (s.victims.get(vAt).to() == verb) {
                return s.victims.get(vAt).value();
            }
        }
        return null;
    }

    /** How far before its figure "accounted for" may stand: "accounted for 537 of the dead and 1,070 of the wounded". */
    private static final int ACCOUNTED_REACH = 9;

    /** How far into its sentence "the worst-affected" may stand: "Baghdad province was again the worst affected". */
    private static final int WORST_HIT_REACH = 8;

    /** Whether the claim was read in the sentence right before the one at {@code index}, in the same segment. */
    private static boolean claimOfSentenceBefore(Views views, int index, Draft claim) {
        return index > 0 && claim.inTitle == views.title && claim.evidenceStart >= views.startOf(index - 1);
    }

    /** Whether the sentence opens with a figure ("297 people killed", "At least 16 people wounded"). */
    private boolean opensWithFigure(SentenceView s) {
        return !s.tokens.isEmpty() && counts.mayStartCount(s.tokens.get(0)) && counts.figureAt(s.tokens, 0) != null;
    }

    /** How many sentences back a list's opening colon may stand. */
    private static final int LIST_REACH = 4;

    /** The last colon before {@code to} in the sentence, or -1. */
    private static int colonBefore(SentenceView s, int to) {
        return SentenceView.lastBefore(s.colons(), Math.min(to, s.tokens.size()));
    }


    /** The speakers of a quote, and the sentence of the paragraph that names them. */
    private record QuoteSource(List<Attributor.Speaker> speakers, SentenceView sentence) {
    }

    /** Reports a figure is told in: their source (none when unnamed), whether the speaker dismissed them, and where that verb stands. */
    private record Reported(List<Attributor.Speaker> source, boolean denied, int verb) {
    }

    private static boolean anyDenial(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.polarity == Polarity.DENIES) {
                return true;
            }
        }
        return false;
    }

    /** The party of the last mention that ends before token {@code at} of the sentence, resolved; or null. */
    private Attributor.Speaker partyBefore(SentenceView s, int at, ArticleContext ctx) {
        PhraseIndex.Match<Mention> last = null;
        for (PhraseIndex.Match<Mention> m : s.mentions) {
            if (m.to() <= at) {
                last = m;
            }
        }
        return last == null ? null : attributor.resolve(last.value(), ctx, s, last.from());
    }

    /**
     * Whether the figure at {@code at} is told inside reports the speaker dismisses or looks into:
     * "dismissed reports that 30 civilians had been killed", "rejected an account by local activists that
     * its aircraft had killed 17 civilians", "calling reports of 40 dead fabricated", "was investigating
     * reports that 12 civilians had died". Null when it is not.
     */
    private Reported reportedFigure(SentenceView s, int at, ArticleContext ctx) {
        List<Token> t = s.tokens;
        int connector = -1;
        for (int k = at - 1; k >= Math.max(0, at - REPORTED_REACH); k--) {
            Token w = t.get(k);
            if (k >= 2 && lexicon.speechVerbs.startsAt(t, k) && (t.get(k - 1).is("that") || t.get(k - 1).is("which"))
                    && REPORT_NOUNS.contains(t.get(k - 2))) {
                connector = k - 1; // "rejected an Amnesty International report that said as many as 13,000 people were hanged"
                break;
            }
            // (no full stop: before the figure, one closes an abbreviation, "on Jan. 23", not a sentence)
            if (w.is(";") || w.is(":") || lexicon.speechVerbs.startsAt(t, k)) {
                return null; // "rejected the account of a local official who said six farmers died": his own words
            }
            if (w.is("that") || w.is("of")) {
                connector = k;
                break;
            }
        }
        if (connector < 2) {
            return null;
        }
        int noun = connector - 1;
        int by = -1;
        for (int k = connector - 1; k >= Math.max(1, connector - REPORT_SOURCE_WORDS); k--) {
            if (REPORT_NOUNS.contains(t.get(k))) {
                break;
            }
            if (t.get(k).is("by") && REPORT_NOUNS.contains(t.get(k - 1))) {
                by = k;
                noun = k - 1;
                break;
            }
        }
        if (!REPORT_NOUNS.contains(t.get(noun))) {
            return null;
        }
        List<Attributor.Speaker> source = List.of();
        for (int mAt = 0; by > 0 && mAt < s.mentions.size() && source.isEmpty(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            if (m.from() > by && m.to() <= connector) {
                Attributor.Speaker sp = attributor.resolve(m.value(), ctx, s, m.from());
                source = sp == null ? List.of() : List.of(sp);
            }
        }
        for (int mAt = 0; by < 0 && mAt < s.mentions.size() && source.isEmpty(); mAt++) {
            // "an Amnesty International report": the party named right before the report's noun
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            if (m.to() == noun) {
                Attributor.Speaker sp = attributor.resolve(m.value(), ctx, s, m.from());
                source = sp == null ? List.of() : List.of(sp);
            }
        }
        for (int k = noun - 1; k >= Math.max(0, noun - REPORT_VERB_WORDS); k--) {
            Token w = t.get(k);
            if (DISMISSING.contains(w)) {
                return new Reported(source, true, k);
            }
            if (LOOKING_INTO.contains(w)) {
                return new Reported(source, false, k);
            }
            if (CALLING.contains(w)) {
                // "calling reports of 40 dead fabricated": dismissed by what it calls them
                return FALSITY.anyIn(t, at, t.size()) ? new Reported(source, true, k) : null;
            }
            if (w.is(",") || w.is(".")) {
                return null;
            }
        }
        return null;
    }

    private static final WordSet REPORT_NOUNS = WordSet.of("reports", "report", "claims", "claim", "allegations", "allegation",
            "accounts", "account", "accusations");
    private static final WordSet DISMISSING = WordSet.of("denied", "denies", "deny", "dismissed", "dismisses", "rejected", "rejects",
            "refuted", "refutes", "disputed", "disputes");
    // "is aware of claims by local activists that": acknowledged as told, not told by the speaker
    private static final WordSet LOOKING_INTO = WordSet.of("investigating", "examining", "assessing", "reviewing", "checking",
            "investigate", "investigates", "examine", "review", "reviews", "probing", "aware");
    private static final WordSet CALLING = WordSet.of("calling", "called", "describing", "described");
    private static final WordSet FALSITY = WordSet.of("fabricated", "fabrication", "fabrications", "false", "lies", "lie", "fake",
            "baseless", "groundless", "untrue", "invented", "staged");
    /** How far before its figure the "that" or "of" of reports told may stand. */
    private static final int REPORTED_REACH = 12;
    /** How many words the source of reports may take: "an account by a group of Mosul activists that". */
    private static final int REPORT_SOURCE_WORDS = 8;
    /** How far before "reports" the verb that dismisses them may stand: "rejected as 'groundless' reports". */
    private static final int REPORT_VERB_WORDS = 6;

    /** A quote with no speaker in its own sentence: the speaker named elsewhere in the paragraph, or null. */
    private QuoteSource quoteSpeaker(Views views, int index, ArticleContext ctx) {
        int paragraph = views.paragraphOf(index);
        for (int distance = 1; distance < views.size(); distance++) {
            for (int j : new int[] {index + distance, index - distance}) {
                // the paragraph is asked of the sentence, so no view is made outside it
                if (j < 0 || j >= views.size() || views.paragraphOf(j) != paragraph) {
                    continue;
                }
                SentenceView other = views.get(j);
                if (!other.speechVerbs.isEmpty()) {
                    List<Attributor.Speaker> sp = attributor.attribute(other, other.speechVerbs.get(0).from(), ctx);
                    if (!sp.isEmpty()) {
                        return new QuoteSource(sp, other);
                    }
                }
            }
        }
        return introducedQuote(views, index, ctx);
    }

    /**
     * A quotation set out in paragraphs of its own, after the words that introduce it: "The YPG said in
     * a statement on Wednesday:" or "What follows is the statement by the YPG General Command." and then
     * one or more paragraphs that open with a quotation mark. Null when the paragraphs before are not
     * such a quotation, or its introduction names no one.
     */
    private QuoteSource introducedQuote(Views views, int index, ArticleContext ctx) {
        int j = index;
        for (int paragraphs = 0; paragraphs < QUOTED_PARAGRAPHS; paragraphs++) {
            int first = j;
            while (first > 0 && views.paragraphOf(first - 1) == views.paragraphOf(j)) {
                first--;
            }
            if (first == 0 || !opensWithQuote(views.get(first))) {
                return null;
            }
            SentenceView intro = views.get(first - 1);
            List<Token> t = intro.tokens;
            if (!t.isEmpty() && t.get(t.size() - 1).is(":") && !intro.speechVerbs.isEmpty()) {
                List<Attributor.Speaker> sp = attributor.attribute(intro, intro.speechVerbs.get(0).from(), ctx);
                return sp.isEmpty() ? null : new QuoteSource(sp, intro);
            }
            List<Attributor.Speaker> author = attributor.authorOfText(intro, ctx);
            if (!author.isEmpty()) {
                return new QuoteSource(author, intro);
            }
            j = first - 1; // a paragraph of the same quotation, itself opening with a quotation mark
        }
        return null;
    }

    /** How many paragraphs back a quotation set out in paragraphs is followed to its introduction. */
    private static final int QUOTED_PARAGRAPHS = 8;

    private static boolean opensWithQuote(SentenceView s) {
        return !s.tokens.isEmpty() && s.tokens.get(0).kind() == Token.Kind.QUOTE;
    }

    private static final MarkedWords PUBLISHING = MarkedWords.of("published", "released", "issued", "announced");

    /** Whether the "toll" at {@code k} is one a party changed: "raised its toll", "revised the death toll". */
    private static boolean tollUpdated(List<Token> t, int k) {
        int j = t.get(k - 1).is("death") ? k - 2 : k - 1;
        return j >= 1 && (t.get(j).is("its") || t.get(j).is("the") || t.get(j).is("their")) && TOLL_UPDATES.contains(t.get(j - 1));
    }

    private static final WordSet TOLL_UPDATES = WordSet.of("raised", "revised", "updated", "lowered", "increased", "raising",
            "revising", "updating");

    /**
     * Positions of the day a statement was made ("said on Tuesday", "told reporters Wednesday",
     * "a report published on Tuesday"): when the claim was made, not when the harm happened.
     */
    private static final WordSet OCCASIONS = WordSet.of("briefing", "statement", "interview", "conference", "report",
            "released", "published", "issued");

    private boolean[] statementTimes(SentenceView s) {
        List<Token> t = s.tokens;
        boolean[] ignored = speakerSetting(s).clone();
        int fronted = Math.max(Math.max(frontedTimeOfStatement(s), frontedOccasion(s)), correctionNotice(t));
        if (fronted > 0) {
            java.util.Arrays.fill(ignored, 0, fronted, true);
        }
        int n = t.size();
        int verbs = lexicon.speechVerbs.bit();
        for (int k = PUBLISHING.nextCandidate(t, verbs, 0, n); k < n; k = PUBLISHING.nextCandidate(t, verbs, k + 1, n)) {
            Token word = t.get(k);
            boolean verb = lexicon.speechVerbs.mayStartAt(word) && lexicon.speechVerbs.startsAt(t, k) || PUBLISHING.contains(word);
            if (!verb) {
                continue;
            }
            if (RELEASED.contains(word)) {
                // "In its latest monthly report, released last week, the coalition said": when the report came out
                java.util.Arrays.fill(ignored, k + 1, Math.min(n, k + 4), true);
            }
            // "the ministry on Tuesday rejected", "SOHR Monday said": the day right before the verb
            if (k >= 1 && isWeekday(t.get(k - 1))) {
                ignored[k - 1] = true;
            }
            // "Two residents, reached by telephone inside the city on Tuesday, told": when they were reached
            if (k >= 3 && t.get(k - 1).is(",")) {
                int open = k - 2;
                while (open > 0 && !t.get(open).is(",") && k - open <= SETTING_REACH) {
                    open--;
                }
                if (t.get(open).is(",") && REACHED.contains(t.get(open + 1))) {
                    for (int j = open + 1; j < k - 1; j++) {
                        ignored[j] |= isWeekday(t.get(j));
                    }
                }
            }
            // "The mayor, Bashar Shukri, who has worked from Mosul since June 2014, said": how long the
            // speaker has held a post tells nothing of when the harm was ("who lost two sons on Tuesday" does)
            int described = Attributor.appositionBefore(t, k);
            if (described >= 0 && described + 2 < k && RELATIVE_PERSON.contains(t.get(described + 1))
                    && PERFECT_AUXILIARIES.contains(t.get(described + 2))) {
                java.util.Arrays.fill(ignored, described + 1, k, true);
            }
            // "Abdulrahman Saqr, a doctor who worked at a hospital there until he was evacuated last week, said":
            // what the speaker did, when no one in it was harmed, is no time of what the speaker tells
            for (int who = described + 1; described >= 0 && who < k - 1; who++) {
                if (RELATIVE_PERSON.contains(t.get(who))) {
                    if (!harmBetween(t, who, k)) {
                        java.util.Arrays.fill(ignored, who, k, true);
                    }
                    break;
                }
            }
            // "Amnesty, in a briefing on Wednesday, estimated": the occasion's day before the verb
            int day = k >= 1 && t.get(k - 1).is(",") ? k - 2 : k - 1;
            if (day >= 2 && isWeekday(t.get(day)) && t.get(day - 1).is("on") && OCCASIONS.contains(t.get(day - 2))) {
                ignored[day] = true;
            }
            for (int j = k + 1; j < Math.min(t.size(), k + 4); j++) {
                String w = t.get(j).lower();
                if (w.equals("on") || w.equals("reporters") || w.equals("a") || w.equals("briefing") || w.equals("journalists")) {
                    continue;
                }
                if (w.endsWith("day") && !w.equals("today") && !w.equals("yesterday")) {
                    ignored[j] = true;
                } else if (MONTH_WORDS.contains(w) && j + 1 < t.size() && t.get(j + 1).kind() == Token.Kind.NUMBER) {
                    ignored[j] = true;
                    ignored[j + 1] = true;
                }
                break;
            }
        }
        int incidentDay = dayOfNamedIncident(t);
        boolean[] history = placesHistory(s);
        for (int k = 0; k < n; k++) {
            ignored[k] |= history[k];
            // "demanded access on Wednesday, citing reports that 500 people ... after Saturday's attack": the
            // attack's own day is the harm's; the sentence's other days are when things were said or done
            if (incidentDay >= 0 && k != incidentDay && isWeekday(t.get(k))) {
                ignored[k] = true;
            }
            Token w = t.get(k);
            // "In a statement on Friday, it said ... since August 24": the day of the occasion anywhere before
            // the claim, not only right before the verb (not "a report on Tuesday's attack")
            if (k >= 2 && isWeekday(w) && t.get(k - 1).is("on") && OCCASIONS.contains(t.get(k - 2))
                    && (k + 1 >= n || !t.get(k + 1).possessive())) {
                ignored[k] = true;
            }
            // "The Observatory raised its toll on Saturday to 164 civilians killed since Thursday": when the
            // count was updated, as "said on Saturday" is when it was said
            if (w.is("toll") && k >= 2 && tollUpdated(t, k)) {
                for (int j = k + 1; j < Math.min(n, k + 3) && !t.get(j).isPunct(); j++) {
                    if (isWeekday(t.get(j))) {
                        ignored[j] = true;
                    } else if (!t.get(j).is("on")) {
                        break;
                    }
                }
            }
            // "Islamic State claimed responsibility on Tuesday for a bombing on Monday night": when the group spoke
            if (w.is("responsibility") && k >= 1 && CLAIMED.contains(t.get(k - 1))) {
                for (int j = k + 1; j < Math.min(n, k + 4) && !t.get(j).isPunct(); j++) {
                    if (isWeekday(t.get(j)) || t.get(j).is("yesterday") || t.get(j).is("today")) {
                        ignored[j] = true;
                    } else if (MONTH_WORDS.contains(t.get(j).lower()) && j + 1 < n && t.get(j + 1).kind() == Token.Kind.NUMBER) {
                        ignored[j] = true;
                        ignored[j + 1] = true;
                    } else if (!t.get(j).is("on")) {
                        break;
                    }
                }
            }
            // "the deadliest attack on the capital since 2003": a record's span, not the claim's time
            if (w.is("since") && superlativeBefore(t, k)) {
                // and all of its clause: "since it began bombing in Iraq in August 2014"
                for (int j = k; j < n && !t.get(j).isPunct(); j++) {
                    ignored[j] = true;
                }
            }
            // "fighting with the SDF, who have surrounded Manbij since early June": how long a state described by
            // the way has lasted, when no one in it was harmed ("which has killed 40 since May" is a claim's time)
            if (k + 3 < n && w.is(",") && (t.get(k + 1).is("who") || t.get(k + 1).is("which")) && PERFECT_AUXILIARIES.contains(t.get(k + 2))) {
                int end = k + 1;
                while (end < n && !t.get(end).isPunct()) {
                    end++;
                }
                if (!harmBetween(t, k + 1, end)) {
                    java.util.Arrays.fill(ignored, k + 1, end, true);
                }
            }
        }
        return ignored;
    }

    /**
     * "Hours later, ...", "Minutes later, ...", "Later that day, ...": a sentence that opens by placing
     * its events on the day of the claim told before it, whatever time the text gave in between.
     */
    private static boolean sameDayAsBefore(List<Token> t) {
        if (t.size() < 3) {
            return false;
        }
        boolean unitLater = (t.get(0).is("hours") || t.get(0).is("minutes")) && t.get(1).is("later");
        boolean laterThatDay = t.get(0).is("later") && t.get(1).is("that") && (t.get(2).is("day") || t.get(2).is("night")
                || t.get(2).is("evening") || t.get(2).is("morning") || t.get(2).is("afternoon"));
        return unitLater || laterThatDay;
    }

    /** Whether a superlative stands within a few words before {@code at}: "the deadliest month for civilians since". */
    private static boolean superlativeBefore(List<Token> t, int at) {
        for (int k = at - 1; k >= Math.max(0, at - SUPERLATIVE_REACH) && !t.get(k).is(","); k--) {
            if (SUPERLATIVES.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The index of the weekday in "Saturday's attack", "Tuesday's strikes", or -1. */
    private static int dayOfNamedIncident(List<Token> t) {
        for (int k = 0; k + 2 < t.size(); k++) {
            if (isWeekday(t.get(k)) && t.get(k + 1).possessive()) {
                for (int j = k + 2; j < Math.min(t.size(), k + 5) && t.get(j).isWord(); j++) {
                    if (SEPARATE_INCIDENTS.contains(t.get(j))) {
                        return k;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * "Correction, March 27: An earlier version of this article said the strike on March 21 killed 25": the date a
     * correction was appended is no time of the harm. The index after the notice's colon, or -1.
     */
    private static int correctionNotice(List<Token> t) {
        if (t.size() < 4 || !t.get(0).is("correction") || !t.get(1).is(",")) {
            return -1;
        }
        for (int k = 2; k < Math.min(t.size(), CORRECTION_NOTICE_REACH); k++) {
            if (t.get(k).is(":")) {
                return k + 1;
            }
        }
        return -1;
    }

    /** How many words a correction notice's date may take before its colon: "Correction, Tuesday, March 27:". */
    private static final int CORRECTION_NOTICE_REACH = 8;

    private static final WordSet CLAIMED = WordSet.of("claimed", "claims", "claiming", "claim");
    private static final WordSet SUPERLATIVES = WordSet.of("deadliest", "worst", "bloodiest", "heaviest", "highest", "largest",
            "biggest", "lowest", "first");
    /** How far before "since" a superlative may stand: "the largest number of civilian deaths the coalition has admitted to in a single incident since". */
    private static final int SUPERLATIVE_REACH = 16;

    private static final WordSet RELEASED = WordSet.of("released", "published", "issued");

    /**
     * "a building near the roundabout, where displaced families had been sheltering since last summer": a
     * clause after a place that tells its history in a perfect tense dates that history, not the claim.
     */
    private static boolean[] placesHistory(SentenceView s) {
        if (s.placesHistory != null) {
            return s.placesHistory;
        }
        List<Token> t = s.tokens;
        boolean[] mask = new boolean[t.size()];
        for (int k = 1; k + 2 < t.size(); k++) {
            // "Haditha, the government-held town that the militants have besieged since 2014,": a relative clause of
            // a place noun tells its history as "where" does
            boolean placeClause = (t.get(k).is("that") || t.get(k).is("which")) && (PLACE_NOUNS.contains(t.get(k - 1)) || placeEndsAt(s, k));
            if (!(t.get(k).is("where") && t.get(k - 1).is(",")) && !placeClause) {
                continue;
            }
            int end = historyClauseEnd(t, k);
            if (end > 0) {
                java.util.Arrays.fill(mask, k, end, true);
            }
            k = Math.max(k, end);
        }
        s.placesHistory = mask; // found once a sentence: asked for each place and each claim
        return mask;
    }

    /** The end of a history clause that opens with the "where" at {@code where} (see {@link #placesHistory}), or -1. */
    private static int historyClauseEnd(List<Token> t, int where) {
        int end = where + 1;
        boolean perfect = false;
        boolean claim = false;
        while (end < t.size() && !t.get(end).is(",") && !t.get(end).is(";")) {
            perfect |= PERFECT_AUXILIARIES.contains(t.get(end)) && end + 1 < t.size() && (t.get(end + 1).is("been") || t.get(where).is("that")
                    && t.get(end + 1).isWord() && t.get(end + 1).lower().endsWith("ed"));
            // "in the Kabana hills, where the Observatory said 19 soldiers had been killed": the clause holds the claim
            claim |= t.get(end).kind() == Token.Kind.NUMBER && !SentenceView.yearLike(t.get(end)) || SAYING.contains(t.get(end));
            end++;
        }
        return perfect && !claim ? end : -1;
    }

    private static final WordSet RELATIVE_PERSON = WordSet.of("who");

    /** Whether an outcome of harm (killed, wounded, missing) is told in [from, to): "who lost two sons on Tuesday". */
    private boolean harmBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            PhraseIndex.Match<Outcome> o = lexicon.outcomes.match(t, k);
            if (o != null && o.value() != Outcome.DISPLACED && o.value() != Outcome.TRAPPED || LOSING.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet LOSING = WordSet.of("lost", "losing", "loses");
    private static final WordSet SAYING = WordSet.of("said", "says", "say", "told", "reported", "according");

    /**
     * "In May, after an investigation, the coalition said ... 105 civilians had been killed by the
     * strike": a time set before the party that speaks, in a sentence about an incident told before,
     * says when the party spoke, not when the incident was. The index of the comma that ends the fronted
     * words, or -1.
     */
    private int frontedTimeOfStatement(SentenceView s) {
        List<Token> t = s.tokens;
        if (t.size() < 6 || !(t.get(0).is("in") || t.get(0).is("on")) || s.speechVerbs.isEmpty() || !refersToTheIncident(s)) {
            return -1;
        }
        int comma = 1;
        while (comma < Math.min(t.size(), FRONTED_TIME_REACH) && !t.get(comma).is(",")) {
            comma++;
        }
        if (comma >= t.size() || !t.get(comma).is(",")) {
            return -1;
        }
        // the speaker and its verb come next, perhaps after a second phrase set off by commas
        int subject = comma + 1;
        for (int k = subject; k < Math.min(t.size(), subject + FRONTED_TIME_REACH); k++) {
            if (t.get(k).is(",")) {
                subject = k + 1;
                break;
            }
        }
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            if ((m.from() == comma + 1 || m.from() == subject || m.from() == subject + 1 && t.get(subject).is("the")
                    || m.from() == comma + 2 && t.get(comma + 1).is("the")) && speechVerbEndsAt(s, m.to() + 1, m.to())) {
                return comma;
            }
        }
        return -1;
    }

    /**
     * "In a television interview this month, Prime Minister Haider al-Abadi said", "In its monthly report for
     * November, it said": the occasion a party spoke on, set before it with its own time, which is when the
     * party spoke. The index of the comma that ends it, or -1.
     */
    private static int frontedOccasion(SentenceView s) {
        List<Token> t = s.tokens;
        if (t.size() < 6 || !(t.get(0).is("in") || t.get(0).is("at") || t.get(0).is("during")) || s.speechVerbs.isEmpty()) {
            return -1;
        }
        boolean occasion = false;
        for (int k = 1; k < Math.min(t.size(), FRONTED_TIME_REACH); k++) {
            if (t.get(k).is(",")) {
                return occasion ? k : -1;
            }
            occasion |= OCCASIONS.contains(t.get(k));
        }
        return -1;
    }

    /** How many words a fronted phrase of time (or the phrase after it) may run to. */
    private static final int FRONTED_TIME_REACH = 8;

    /** Participles that open the words telling how a speaker was reached: "reached by telephone on Tuesday". */
    private static final WordSet REACHED = WordSet.of("reached", "contacted", "interviewed", "speaking", "asked", "writing");

    /** How far (in tokens) a speech verb may stand from the "that" that opens what was said. */
    private static final int SETTING_REACH = 12;

    /**
     * Whether the sentence names no place but where its speaker is ("The Ministry of Peshmerga Affairs in Erbil says
     * 1,466 Peshmerga have been killed since June 2014"): none that says where the harm was.
     */
    private boolean noPlaceButTheSpeakers(SentenceView s) {
        if (s.places.isEmpty()) {
            return true;
        }
        boolean[] setting = speakerSetting(s);
        for (int pAt = 0; pAt < s.places.size(); pAt++) {
            if (!setting[s.places.get(pAt).from()]) {
                return false;
            }
        }
        // ("a member of Kirkuk's provincial council said 25 villagers had been killed in the province": the seat, named again)
        return !theBefore(s, PLACE_KIND_WORDS);
    }

    /**
     * Tokens that tell where and when a party spoke, not where or when the harm was: the words
     * between a speech verb and the "that" of what it said ("told reporters in a briefing from
     * Baghdad on Tuesday that ..."), and a place named right after the occasion of a statement ("in
     * a statement from Baghdad", "Speaking by phone from Douma, ..."). Computed once per sentence.
     */
    private boolean[] speakerSetting(SentenceView s) {
        if (s.speakerSetting != null) {
            return s.speakerSetting;
        }
        List<Token> t = s.tokens;
        boolean[] mark = new boolean[t.size()];
        int settings = lexicon.speakerSettings.bit();
        if (s.speechVerbs.isEmpty() && (TokenList.anyMask(t) & settings) == 0) {
            s.speakerSetting = mark; // every mark below needs a speech verb or a word for the occasion
            return mark;
        }
        for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
            PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
            for (int k = v.to(); k < Math.min(t.size(), v.to() + SETTING_REACH); k++) {
                Token w = t.get(k);
                if (w.is("that")) {
                    // "logged strikes on al-Mayadeen that killed 23": a relative "that", the place is the
                    // strikes'; "said in Geneva that displaced people ..." still says where the speaker was
                    PhraseIndex.Match<Outcome> verb = k + 1 < t.size() ? lexicon.outcomes.match(t, k + 1) : null;
                    if (verb == null || lexicon.victims.startsAt(t, verb.to())) {
                        java.util.Arrays.fill(mark, v.to(), k, true);
                    }
                    break;
                }
                // what was said has begun: a figure, an outcome, a clause break, a quotation, another verb
                if (w.kind() == Token.Kind.NUMBER || w.kind() == Token.Kind.QUOTE || CLAUSE_BREAKS.containsText(w)
                        || counts.mayStartCount(w) && counts.figureAt(t, k) != null || lexicon.outcomes.startsAt(t, k)
                        || lexicon.speechVerbs.startsAt(t, k)) {
                    break;
                }
            }
        }
        for (int k = TokenList.nextMayStart(t, settings, 0, t.size()); k < t.size(); k = TokenList.nextMayStart(t, settings, k + 1, t.size())) {
            Optional<PhraseIndex.Match<Boolean>> occasion = lexicon.speakerSettings.at(t, k);
            if (occasion.isEmpty()) {
                continue;
            }
            // "from Baghdad", "by phone from Douma", "to reporters in Geneva": up to three words first
            for (int j = occasion.get().to(); j < Math.min(t.size(), occasion.get().to() + 4) && t.get(j).isWord(); j++) {
                if (t.get(j).is("from") || t.get(j).is("in") || t.get(j).is("at")) {
                    int at = j + 1 < t.size() && t.get(j + 1).is("the") ? j + 2 : j + 1;
                    PhraseIndex.Match<Place> p = s.placeFrom(at);
                    if (p != null) {
                        java.util.Arrays.fill(mark, p.from(), p.to(), true);
                    }
                    break;
                }
            }
        }
        // "The Russian embassy in Damascus dismissed", "Residents who reached Dohuk said": a place in the
        // words that describe the speaker, between its name and its verb
        for (int pAt = 0; pAt < s.places.size(); pAt++) {
            PhraseIndex.Match<Place> p = s.places.get(pAt);
            if (dateline(s, p) || describesSpeaker(s, p) || inAppositionBeforeVerb(s, p) || inOrganisationsName(s, p) || seatOfSpeaker(s, p) || seatAfterSpeaker(s, p) || ministrysSeat(s, p) || regionOfSpeakingBody(s, p) || remitOfRole(s, p) || capitalForItsGovernment(s, p) || officeInTheCapital(s, p)
                    || countryOfSpeakingInstitution(s, p)) {
                java.util.Arrays.fill(mark, p.from(), p.to(), true);
            }
        }
        s.speakerSetting = mark;
        return mark;
    }

    private static final WordSet WEEKDAYS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static boolean isWeekday(Token t) {
        return WEEKDAYS.contains(t);
    }

    /**
     * "BAGHDAD - At least 19 people have starved ... in Fallujah", "AMIRIYAT AL-FALLUJAH, Iraq -": the
     * dateline at the head of the body says where the reporter filed from, as a speaker's seat does.
     */
    private static boolean dateline(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        if (!s.title && p.from() > 1 && t.get(p.from() - 1).is(",") && !s.places.isEmpty() && s.places.get(0) != p
                && s.places.get(0).to() == p.from() - 1 && dateline(s, s.places.get(0))) {
            return true; // the country of "MOSUL, Iraq -" is the dateline's too
        }
        if (s.title || p.from() != 0 || t.isEmpty() || t.get(0).start() > 2) {
            return false;
        }
        for (int k = 0; k < p.to(); k++) {
            if (!Attributor.allCaps(t.get(k))) {
                return false;
            }
        }
        int k = p.to();
        if (k + 1 < t.size() && t.get(k).is(",") && t.get(k + 1).capitalised()) {
            k += 2; // "MOSUL, Iraq -"
        }
        if (k < t.size() && t.get(k).is("(")) {
            while (k < t.size() && !t.get(k).is(")")) {
                k++; // "BEIRUT (Reuters) -"
            }
            k++;
        }
        return k < t.size() && SentenceView.DATELINE_DASHES.containsText(t.get(k));
    }

    /** "a member of the Nineveh provincial council said": the place is the seat of the body that speaks. */
    private boolean seatOfSpeaker(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        for (int j = p.to(); j < Math.min(t.size(), p.to() + 3) && t.get(j).isWord(); j++) {
            if (lexicon.speakerBodies.contains(t.get(j))) {
                int v = j + 1;
                return v < t.size() && lexicon.speechVerbs.startsAt(t, v);
            }
        }
        return false;
    }

    /**
     * "Iraq's human rights ministry said": the country whose institution speaks, at the head of the
     * subject, says whose ministry it is, not where the harm was.
     */
    private boolean countryOfSpeakingInstitution(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        return p.value().kind() == Place.Kind.COUNTRY && (p.from() == 0 || t.get(p.from() - 1).is(","))
                && p.to() < t.size() && t.get(p.to()).possessive() && institutionSpeaksAfter(t, p.to() + 1);
    }

    /**
     * "An army medical officer in Baghdad said the helicopters had flown 120 wounded out of the town",
     * "Kocho survivor tells Baghdad court how gunmen killed hundreds": an official or an institution of the
     * capital is where the government sits, not where the harm was. Only the capital: "a police officer in
     * Ramadi said" is often in the town the story is about.
     */
    private boolean officeInTheCapital(SentenceView s, PhraseIndex.Match<Place> p) {
        if (!SEATS_OF_GOVERNMENT.contains(p.value().id())) {
            return false;
        }
        List<Token> t = s.tokens;
        if (p.from() == 1 && t.get(0).is("in") && p.to() < t.size() && t.get(p.to()).is(",")) {
            return institutionSpeaksAfter(t, p.to() + 1); // "In Baghdad, Iraq's human rights ministry said"
        }
        if (p.to() < t.size() && INSTITUTIONS.contains(t.get(p.to()))) {
            // "tells Baghdad court", "a Baghdad court heard": told, or telling (not "a bomb outside a Baghdad court")
            boolean toldIt = p.from() >= 1 && TELLING.contains(t.get(p.from() - 1));
            return toldIt || p.to() + 1 < t.size() && (lexicon.speechVerbs.startsAt(t, p.to() + 1) || HEARING.contains(t.get(p.to() + 1)));
        }
        if (p.from() < 2 || !(t.get(p.from() - 1).is("in") || t.get(p.from() - 1).is("at")) || !ROLES.contains(t.get(p.from() - 2))
                || p.from() >= 3 && t.get(p.from() - 3).is("police") || CAPITAL.anyIn(t)) {
            return false; // (police serve their own city; "killed 30 people ... in the capital" tells where)
        }
        int named = nameSetOffAt(t, p.to()); // "An army officer in Baghdad, Col. Ali Hamid, said"
        return named < t.size() && lexicon.speechVerbs.startsAt(t, named);
    }

    /**
     * Whether the words from {@code from} are a subject that names an institution and then its speech verb:
     * a capital set before them ("In Baghdad, the ministry said") is where the institution spoke. Police,
     * residents or a doctor there speak of their own city ("In Baghdad, police said").
     */
    private boolean institutionSpeaksAfter(List<Token> t, int from) {
        boolean institution = false;
        for (int k = from; k < Math.min(t.size(), from + SUBJECT_REACH); k++) {
            Token w = t.get(k);
            if (lexicon.speechVerbs.startsAt(t, k)) {
                return institution;
            }
            if (w.kind() == Token.Kind.NUMBER || w.is("police") || w.is(",")) {
                return false;
            }
            institution |= INSTITUTIONS.contains(w);
        }
        return false;
    }

    /** The most words a subject between a fronted place and its verb takes ("Iraq's human rights ministry"). */
    private static final int SUBJECT_REACH = 7;

    private static final WordSet TELLING = WordSet.of("tells", "told", "tell", "telling");
    private static final WordSet HEARING = WordSet.of("heard", "hears", "ruled", "rules");

    /** Institutions that sit in a capital: "a Baghdad court", "Damascus authorities". */
    private static final WordSet INSTITUTIONS = WordSet.of("court", "courts", "tribunal", "judge", "judges", "government",
            "authorities", "officials", "parliament", "embassy", "ministry", "command", "office");

    /**
     * "Lars Hovland, the UN's humanitarian adviser for Syria, told reporters ... in the city": the
     * country or province a post is for is the speaker's remit, not the place of the claim.
     */
    private static boolean remitOfRole(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        return p.from() >= 2 && t.get(p.from() - 1).is("for") && ROLES.contains(t.get(p.from() - 2))
                && (p.value().kind().administrative() || p.value().parent() == null);
    }

    private static final WordSet ROLES = WordSet.of("adviser", "advisor", "coordinator", "envoy", "representative", "director",
            "chief", "head", "spokesman", "spokeswoman", "spokesperson", "official", "officer", "commander", "researcher",
            "correspondent", "minister", "ambassador", "rapporteur");

    /**
     * "A member of the Anbar provincial council, Faleh Dulaimi, said ... inside the city": a province
     * that names the body whose member speaks is the body's seat, not the place of the claim.
     */
    private boolean regionOfSpeakingBody(SentenceView s, PhraseIndex.Match<Place> p) {
        if (!p.value().kind().administrative()) {
            return false;
        }
        List<Token> t = s.tokens;
        int after = p.to() < t.size() && t.get(p.to()).possessive() ? p.to() + 1 : p.to();
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            if (m.from() == after) {
                for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
                    PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
                    if (v.from() >= m.to() && v.from() - m.to() <= 8) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * '..., said Noura Kassab, a UNHCR spokeswoman in Baghdad.': a place that closes the words after a
     * speech verb that name a party from elsewhere and its spokesperson.
     */
    private boolean seatAfterSpeaker(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        boolean closes = p.to() == t.size() || t.get(p.to()).is(".") || t.get(p.to()).is(",");
        if (!closes || p.from() < 2 || !t.get(p.from() - 1).is("in")) {
            return false;
        }
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            boolean local = m.value() instanceof Mention.OfParty op && op.party().id().equals(ClaimantDirectory.LOCAL);
            if (local || m.to() > p.from() || p.from() - m.to() > 3) {
                continue;
            }
            for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
                PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
                if (v.to() <= m.from() && m.from() - v.to() <= SPOKESPERSON_REACH && wordsOnly(t, v.to(), p.from())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "The Ministry of Peshmerga Affairs in Erbil says 1,466 Peshmerga have been killed since June 2014": the city a
     * ministry or command sits in, between its name and its verb, is where it speaks from, not where its dead fell.
     */
    private boolean ministrysSeat(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        if (p.from() < 2 || !t.get(p.from() - 1).is("in") || p.to() >= t.size() || !lexicon.speechVerbs.startsAt(t, p.to())) {
            return false;
        }
        for (int k = p.from() - 2; k >= Math.max(0, p.from() - MINISTRY_NAME_REACH); k--) {
            if (SEATED_BODIES.contains(t.get(k))) {
                return true;
            }
            if (!t.get(k).isWord() && !t.get(k).possessive()) {
                return false;
            }
        }
        return false;
    }

    private static final WordSet SEATED_BODIES = WordSet.of("ministry", "command", "headquarters");
    /** How many words a ministry's name may take before its seat: "the Ministry of Peshmerga Affairs in". */
    private static final int MINISTRY_NAME_REACH = 5;

    /**
     * How far (in tokens) after a speech verb the party of its speaker may be named: "said Col. Nabil
     * Hashem, a spokesman for the Joint Operations Command in Baghdad" puts a title, a name and a
     * description between them.
     */
    private static final int SPOKESPERSON_REACH = 10;

    /** Whether [from, to) holds only words, names, commas and the dots of titles: no figure, quote or clause of its own. */
    private static boolean wordsOnly(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            if (w.kind() == Token.Kind.NUMBER || w.kind() == Token.Kind.QUOTE || w.isPunct() && !w.is(",") && !w.is(".")) {
                return false;
            }
        }
        return true;
    }

    /** Where a name set off by commas that starts at {@code at} ends (", Col. Warren Pike,"), or {@code at} when there is none. */
    private static int nameSetOffAt(List<Token> t, int at) {
        if (at >= t.size() || !t.get(at).is(",")) {
            return at;
        }
        int k = Attributor.nameEnd(t, at + 1);
        int words = 0;
        for (int w = at + 1; w < k; w++) {
            words += t.get(w).isWord() ? 1 : 0;
        }
        return words >= 2 && k < t.size() && t.get(k).is(",") ? k + 1 : at;
    }

    /** What may stand between a speaker described by its seat and the verb of its saying. */
    private static final WordSet BEFORE_SAYING = WordSet.of("has", "have", "had", "repeatedly", "also", "again", "previously",
            "earlier", "later", "long", "since", "meanwhile");

    /** "The Russian embassy in Damascus dismissed", "US officials in Baghdad said": the speaker's place. */
    private boolean describesSpeaker(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        // "A coalition spokesman in Baghdad, Col. Warren Pike, told reporters": the speaker's name may stand between
        int named = nameSetOffAt(t, p.to());
        PhraseIndex.Match<Boolean> verb = null;
        // only a verb within a few words of the name can qualify: start at the first one at or after it
        for (int vAt = firstStartingFrom(s.speechVerbs, named); vAt < s.speechVerbs.size() && s.speechVerbs.get(vAt).from() <= named + 4; vAt++) {
            PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
            int gap = named;
            while (gap < v.from() && gap - named < 3 && BEFORE_SAYING.contains(t.get(gap))) {
                gap++; // "the reconciliation centre at Hmeimim has repeatedly said"
            }
            if (v.from() >= named && v.from() - gap <= 1 && !PASSIVE_AUXILIARIES.contains(t.get(v.from() - 1))) {
                verb = v;
            }
        }
        if (verb == null) {
            return false;
        }
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            // residents, medics and activists "in" a town are where the harm was: only a party from
            // elsewhere (an embassy, officials, an agency) speaks from a place that is not the claim's
            boolean local = m.value() instanceof Mention.OfParty op && op.party().id().equals(ClaimantDirectory.LOCAL);
            // "The Russian embassy in Damascus", "the ministry's reconciliation centre at Hmeimim"
            if (!local && m.to() <= p.from() && p.from() - m.to() <= SEAT_REACH && p.from() - m.to() >= 1) {
                for (int k = m.to(); k < verb.from(); k++) {
                    if (k >= p.from() && k < named) {
                        continue;
                    }
                    Token w = t.get(k);
                    if (!w.isWord() && !w.possessive() || w.kind() == Token.Kind.NUMBER || lexicon.outcomes.startsAt(t, k)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * "Damascus said the convoy carried ammunition", "accused Baghdad of leaving the villages unguarded",
     * "Baghdad's count": a place whose name is also a party's and that speaks, or a capital that is
     * accused or whose count is given, stands for its government, and is no place of the claims.
     */
    private boolean capitalForItsGovernment(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        if (p.from() >= 1 && GOVERNMENTS_ADDRESSED.contains(t.get(p.from() - 1))) {
            return SEATS_OF_GOVERNMENT.contains(p.value().id());
        }
        if (p.from() >= 2 && t.get(p.from() - 1).is("by") && GOVERNMENT_DEEDS.contains(t.get(p.from() - 2))
                && SEATS_OF_GOVERNMENT.contains(p.value().id())) {
            return true; // "the aid had been cleared by Damascus": who did it, not where (not "suffered by Baghdad")
        }
        if (p.to() + 1 < t.size() && t.get(p.to()).possessive() && GOVERNMENT_COUNTS.contains(t.get(p.to() + 1))
                && SEATS_OF_GOVERNMENT.contains(p.value().id())) {
            return true; // "as Baghdad's count of Sinjar dead stays at 500": the government's count
        }
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            if (m.from() == p.from() && m.to() == p.to()) {
                for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
                    if (s.speechVerbs.get(vAt).from() == p.to()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The gazetteer ids of the capitals whose names stand for governments: Damascus, Baghdad and the Kurdish region's Erbil. */
    private static final java.util.Set<String> SEATS_OF_GOVERNMENT = java.util.Set.of("sy-damascus-city", "iq-baghdad-city",
            "iq-erbil-city");

    /** What a government does, by which its capital names it: "cleared by Damascus", "ordered by Baghdad". */
    private static final WordSet GOVERNMENT_DEEDS = WordSet.of("cleared", "approved", "authorised", "authorized", "ordered",
            "backed", "supported", "rejected", "denied", "blocked", "granted", "announced", "appointed", "imposed", "brokered");

    /** What a government gives, by which its capital names it: "Baghdad's count", "Damascus's toll". */
    private static final WordSet GOVERNMENT_COUNTS = WordSet.of("count", "counts", "toll", "tally", "figure", "figures", "estimate",
            "estimates");

    private static final WordSet GOVERNMENTS_ADDRESSED = WordSet.of("accused", "accusing", "accuses", "urged", "urging",
            "blamed", "criticised", "criticized", "warned");

    /**
     * "The Shingal Survivors Association, a group founded by Kocho families in the camps of Duhok, puts
     * the number of dead at 412": a place inside the words set off by commas between the subject and
     * its speech verb says who the speaker is, not where the claim is.
     */
    private boolean inAppositionBeforeVerb(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
            PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
            int open = Attributor.appositionBefore(t, v.from(), APPOSITION_STARTS);
            if (open > 0 && open < p.from() && p.to() < v.from() && !harmWithin(t, open + 1, v.from() - 1)) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet APPOSITION_STARTS = WordSet.of("a", "an", "the", "which", "who", "whose");

    /**
     * Whether an outcome word stands in [from, to): "Amnesty, which has accused the coalition of killing
     * hundreds of civilians in Raqqa, said" makes a claim there, and its place is the claim's.
     */
    private boolean harmWithin(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lexicon.outcomes.startsAt(t, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The Shingal Survivors Association said": a place that begins the name of an organisation no
     * data file knows (capitalised words up to one that ends such names) is its seat, as in
     * {@link #seatOfSpeaker}, not the place of the claim.
     */
    private static boolean inOrganisationsName(SentenceView s, PhraseIndex.Match<Place> p) {
        return Attributor.organisationsNameGoesOn(s.tokens, p.to());
    }

    /** How many words of its clause a claim's evidence keeps on either side of the figure (no sentence of the corpus has 120). */
    private static final int EVIDENCE_REACH = 150;

    /** How far (in tokens) after the party that speaks the place it speaks from may stand. */
    private static final int SEAT_REACH = 5;

    /**
     * The clause that holds the claim: the sentence cut at dashes, semicolons and colons around it, and at
     * {@link #EVIDENCE_REACH} words either side of the figure, so that a body of one endless sentence does not
     * give each of its thousands of figures the whole of it to carry.
     */
    private static void evidence(SentenceView s, Draft d) {
        List<Token> t = s.tokens;
        int from = Math.max(0, d.evidenceStartToken - EVIDENCE_REACH);
        for (int k = d.evidenceStartToken - 1; k >= from; k--) {
            if (CLAUSE_BREAKS.containsText(t.get(k))) {
                from = k + 1;
                break;
            }
        }
        int after = Math.max(d.figureEnd, d.evidenceStartToken + 1);
        int to = Math.min(t.size(), after + EVIDENCE_REACH);
        for (int k = after; k < to; k++) {
            if (CLAUSE_BREAKS.containsText(t.get(k))) {
                to = k;
                break;
            }
        }
        while (to > from + 1 && (t.get(to - 1).is(".") || t.get(to - 1).is(","))) {
            to--;
        }
        d.inTitle = s.title;
        d.evidenceStart = t.get(from).start();
        d.evidenceEnd = t.get(to - 1).end();
        d.evidenceText = s.segment.substring(d.evidenceStart, d.evidenceEnd);
    }

    /**
     * The place a sentence opens with as the span of what it tells: "Across Iraq, ...", "Throughout Daraa
     * province, ..."; or null.
     */
    private static Place fronted(SentenceView s) {
        List<Token> t = s.tokens;
        if (s.places.isEmpty() || t.size() < 3 || !SPANS.contains(t.get(0))) {
            return null;
        }
        PhraseIndex.Match<Place> p = s.places.get(0);
        int start = t.get(1).is("the") ? 2 : 1;
        return p.from() == start && p.to() < t.size() && t.get(p.to()).is(",") ? p.value() : null;
    }

    private static final WordSet SPANS = WordSet.of("across", "throughout");

    /**
     * "In Homs province, two children were killed when a shell they found near their home in al-Qaryatayn
     * exploded": a region set before the sentence only frames it, and the town it names inside that region is
     * where the harm was.
     */
    private Place settlementInsideFrontedRegion(SentenceView s, Place region) {
        List<Token> t = s.tokens;
        if (s.places.size() < 2 || !t.get(0).is("in") || s.places.get(0).from() != 1 || s.places.get(0).value() != region
                || s.places.get(0).to() >= t.size() || !t.get(s.places.get(0).to()).is(",")) {
            return null;
        }
        Place inside = null;
        for (int k = 1; k < s.places.size(); k++) {
            Place p = s.places.get(k).value();
            if (p.kind().settlement() && gazetteer.within(p.id(), region.id())) {
                if (inside != null && inside != p) {
                    return null; // two towns: the region holds both
                }
                inside = p;
            }
        }
        return inside;
    }

    private void locate(SentenceView s, Draft d, ArticleContext ctx) {
        // "Eleven of them died in Maarat al-Numan": a part that names its own place keeps it
        Place own = d.subsetMarker || d.subsetOf != null ? placeOfPart(s, d) : null; // only a part needs it
        d.namesOwnPlace = own != null;
        if (d.subsetOf != null) {
            d.place = own != null ? own : d.subsetOf.place;
            return;
        }
        if (own != null && d.elidedItem) {
            d.place = own; // "including at least 744 in Raqqa and between 200 and 350 in Mosul": each part where it says
            return;
        }
        if (own == null && d.placeOfWhole != null) {
            d.place = d.placeOfWhole;
            return;
        }
        Place scope = fronted(s);
        if (scope != null && own == null) {
            d.place = scope; // "Across Syria, the network documented 926 civilian deaths, putting Daraa fourth": the whole
            return;
        }
        if (countrywide(s.tokens, d)) {
            Place country = ctx.currentPlace() != null ? countryOf(ctx.currentPlace(), ctx) : ctx.lastCountry();
            if (country == null && !s.places.isEmpty()) {
                country = gazetteer.require(gazetteer.countryOf(s.places.get(0).value().id())); // the country of what it names
            }
            if (country != null) {
                d.place = country; // "729 civilians had been killed ... across the country in March": whatever else it names
                return;
            }
        }
        // where the speaker spoke is no place of the claim when the article has named one already
        Place named = nearestPlace(s, d, ctx);
        if (named != null && namedOnlyAsOrigin(s, named) && Site.CAMP.referredToIn(s.tokens) && ctx.site(Site.CAMP) != null) {
            // "A woman from Homs province told the rights group that three children in her section of the camp had
            // died": where she came from; the camp is where they died
            named = null;
        }
        if (named != null && named.kind().administrative() && (possessiveOfTheCity(s) || theToll(s) && !ACROSS.anyIn(s.tokens)
                && !tollOfThePlace(s, named)) && ctx.lastSettlement() != null && gazetteer.within(ctx.lastSettlement().id(), named.id())) {
            // ("A health official in Salahuddin province said the toll had risen to 40": the toll of the town's bombing)
            // "the strikes on the town's market killed 31, the bloodiest day in southern Idlib": the town
            d.place = ctx.lastSettlement();
            return;
        }
        if (named != null && named.kind().settlement() && inTheProvinceAfter(s.tokens, d.figureEnd)) {
            // "In Sweida, the Observatory said ... killed at least 21 soldiers in the province since Monday": the
            // province of the place named, which only set the scene
            Place region = gazetteer.byId(gazetteer.regionOf(named.id())).orElse(null);
            if (region != null && region.kind() == Place.Kind.GOVERNORATE) {
                d.place = region;
                return;
            }
        }
        Place inside = named != null && named.kind().administrative() ? settlementInsideFrontedRegion(s, named) : null;
        if (inside != null) {
            d.place = inside;
            return;
        }
        if (named != null) {
            // a neighbourhood is reported as its city: claims about one city meet whatever district they name
            d.place = gazetteer.settlementOf(named);
            return;
        }
        Place nation = nationOfVictims(s.tokens, d);
        Place story = ctx.currentPlace();
        // not "a market in Raqqa ... Five Syrians were killed" (Raqqa's), nor Iraqis killed in Syria (Syria's place)
        if (nation != null && (story == null || d.low >= NATION_TOLL
                && gazetteer.countryOf(story.id()).equals(nation.id()))) {
            d.place = nation; // "849 Iraqis killed in violence in January", "3.2 million Iraqis displaced": the whole country
            return;
        }
        if (refersToTheCity(s) && ctx.lastSettlement() != null) {
            // "In Dibis, 40 km from the city, ... 48 militants had been killed across the city": the city, not the town
            boolean cityMeant = ctx.lastSettlement().kind() != Place.Kind.CITY && ctx.lastCity() != null
                    && theBefore(s, CITY_NOUN) && !theBefore(s, SMALLER_SETTLEMENT_NOUNS);
            d.place = cityMeant ? ctx.lastCity() : ctx.lastSettlement();
            return;
        }
        for (int k = 0; k < Site.ALL.size(); k++) {
            Site site = Site.ALL.get(k);
            if (ctx.site(site) != null && site.referredToIn(s.tokens)) {
                d.place = gazetteer.settlementOf(ctx.site(site)); // "148 deaths among people travelling to the camp or living in it"
                return;
            }
        }
        Place current = ctx.currentPlace();
        if (current != null && current.kind().administrative() && ctx.lastSettlement() != null && refersToTheIncident(s)
                && gazetteer.within(ctx.lastSettlement().id(), current.id())) {
            // "strikes across southern Idlib ... the UN said it had verified the deaths of 25 civilians in the
            // attack": the attack the article is about, in the town where it was, not the province named since
            d.place = ctx.lastSettlement();
            return;
        }
        if (s.fact(FACT_ABROAD, v -> abroad(v.tokens))) {
            d.place = Gazetteer.UNKNOWN; // "killed 18 civilians in Turkish border towns", "in southern Turkey": no place the gazetteer holds
            return;
        }
        Place referred = referredArea(s, ctx);
        if (referred != null) {
            d.place = referred;
            return;
        }
        if (d.polarity == Polarity.DENIES && d.qualifier.equals("EXACT") && blanket(s)) {
            // "they only target militants": about the whole country, not one place
            Place country = ctx.currentPlace() != null ? countryOf(ctx.currentPlace(), ctx) : ctx.lastCountry();
            d.place = country != null ? country : Gazetteer.UNKNOWN;
            return;
        }
        if (current == null && d.quoteSource != null) {
            // '"We pulled fourteen bodies out of the square ...," said a medic in Busra al-Harir': a quote
            // that names no place, in an article that has named none, is about where its speaker is
            current = placeOfQuoteSource(d.quoteSource);
        }
        d.place = current != null ? current : Gazetteer.UNKNOWN;
    }

    /**
     * Whether the sentence places its harm in a neighbouring country: "in Turkey", "in southern Turkey",
     * "in Turkish border towns such as Akcakale", "inside Lebanon"; not "fled to Turkey", where people went.
     */
    private static boolean abroad(List<Token> t) {
        for (int k = 0; k + 1 < t.size(); k++) {
            if (!(t.get(k).is("in") || t.get(k).is("inside"))) {
                continue;
            }
            int j = k + 1;
            while (j < t.size() && j <= k + 2 && (t.get(j).is("the") || SentenceView.REGION_ADJECTIVES.contains(t.get(j)))) {
                j++;
            }
            boolean neighbour = j < t.size() && NEIGHBOURS.contains(t.get(j)) || j + 1 < t.size() && NEIGHBOURS_ADJECTIVES.contains(t.get(j))
                    && (PLACE_KIND_WORDS.contains(t.get(j + 1)) || j + 2 < t.size() && t.get(j + 1).is("border") && PLACE_KIND_WORDS.contains(t.get(j + 2)));
            // not "evacuated to hospitals in Turkey", "hospitals across the border in Turkey": where the wounded were taken
            if (neighbour && !shelterBefore(t, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean shelterBefore(List<Token> t, int k) {
        for (int j = k - 1; j >= Math.max(0, k - SHELTER_REACH); j--) {
            if (SHELTERS.contains(t.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet COUNTRY_REGIONS = WordSet.of("north-east", "north-west", "south-east", "south-west", "northeast",
            "northwest", "southeast", "southwest");

    /** How far before "in Turkey" the hospitals the wounded were taken to may stand: "hospitals in Azaz and across the border in". */
    private static final int SHELTER_REACH = 8;

    private static final WordSet NEIGHBOURS = WordSet.of("turkey", "lebanon", "jordan", "iran", "israel");
    private static final WordSet NEIGHBOURS_ADJECTIVES = WordSet.of("turkish", "lebanese", "jordanian", "iranian", "israeli");
    private static final WordSet PLACE_KIND_WORDS = WordSet.of("town", "towns", "city", "cities", "village", "villages", "province",
            "provinces", "territory", "soil", "side", "hospital", "hospitals");

    /** How many of a nation's people a count must hold to be the country's when the story is in one of its towns: a month's toll, not an incident's. */
    private static final long NATION_TOLL = 500;

    /** The country the figure's victims are named by ("Iraqis", "Syrians"), or null. */
    private Place nationOfVictims(List<Token> t, Draft d) {
        if (d.figureEnd < 1 || d.figureEnd > t.size()) {
            return null;
        }
        int end = d.figureEnd;
        if (t.get(end - 1).kind() == Token.Kind.NUMBER && d.evidenceStartToken >= 3 && t.get(d.evidenceStartToken - 2).is("and")
                && lexicon.outcomes.startsAt(t, d.evidenceStartToken - 1)) {
            // "had killed 670 Iraqi civilians and wounded 1,290": the wounded are of the people named before the verb
            end = d.evidenceStartToken - 2;
        }
        Token people = t.get(end - 1);
        String country = people.is("iraqis") ? "iq" : people.is("syrians") ? "sy" : null;
        if (country == null && end - 2 >= 0 && end - 2 > (end == d.figureEnd ? d.evidenceStartToken : -1)
                && (people.is("civilians") || people.is("people")) && !ABROAD.anyIn(t)) {
            // "UN counts 12,282 Iraqi civilians killed in 2014": the nation the victims' noun is told of (not
            // "Syrian refugees" in Lebanon, nor soldiers "killed across the border")
            Token nation = t.get(end - 2);
            country = nation.is("iraqi") ? "iq" : nation.is("syrian") ? "sy" : null;
        }
        return country == null ? null : gazetteer.byId(country).orElse(null);
    }

    /**
     * Whether the claim's own clause says it counts the whole country: "killed and 1,785 wounded across
     * the country", "nationwide"; within {@link #COUNTRYWIDE_REACH} words after its figure, with no
     * mark between.
     */
    private static boolean countrywide(List<Token> t, Draft d) {
        for (int k = Math.max(0, d.figureEnd); k < Math.min(t.size(), d.figureEnd + COUNTRYWIDE_REACH); k++) {
            Token w = t.get(k);
            if (w.isPunct()) {
                return false;
            }
            if (NATIONWIDE.contains(w) || k + 2 < t.size() && (w.is("across") || w.is("throughout")) && t.get(k + 1).is("the")
                    && t.get(k + 2).is("country")) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet NATIONWIDE = WordSet.of("nationwide", "countrywide");
    /** How far after its figure a claim's clause may say it counts the whole country. */
    private static final int COUNTRYWIDE_REACH = 12;

    /** A place right after a part's figure, in its clause: "Eleven of them died in Maarat al-Numan"; null when none. */
    private Place placeOfPart(SentenceView s, Draft d) {
        PhraseIndex.Match<Place> p = placeMatchOfPart(s, d);
        return p == null ? null : gazetteer.settlementOf(p.value());
    }

    private PhraseIndex.Match<Place> placeMatchOfPart(SentenceView s, Draft d) {
        List<Token> t = s.tokens;
        for (int pAt = 0; pAt < s.places.size(); pAt++) {
            PhraseIndex.Match<Place> p = s.places.get(pAt);
            if (p.from() < d.figureEnd || p.from() - d.figureEnd > PART_PLACE_REACH) {
                continue;
            }
            for (int k = d.figureEnd; k < p.from(); k++) {
                if (t.get(k).isPunct() || lexicon.speechVerbs.startsAt(t, k)) {
                    return null;
                }
            }
            return speakerSetting(s)[p.from()] ? null : p;
        }
        return null;
    }

    /**
     * "killed 38 people, 13 of them in Hamouriyah": marks the places that belong to a part of the
     * sentence's claims, which are neither the whole's place nor where the story goes next.
     */
    private void markPartPlaces(SentenceView s, List<Draft> found) {
        for (Draft d : found) {
            PhraseIndex.Match<Place> p = d.subsetMarker ? placeMatchOfPart(s, d) : null;
            if (p != null) {
                if (s.partPlace == null) {
                    s.partPlace = new boolean[s.tokens.size()];
                }
                s.partPlace[p.from()] = true;
            }
        }
    }

    /** Whether "most of them", "half of them" (or "many", "some") stands shortly before the place, in its clause. */
    private static boolean shareOfThemIn(List<Token> t, int at) {
        for (int k = at - 1; k >= Math.max(2, at - SHARE_PLACE_REACH); k--) {
            if (t.get(k).isPunct()) {
                return false;
            }
            if (t.get(k).is("them") && t.get(k - 1).is("of") && SHARES.contains(t.get(k - 2))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet SHARES = WordSet.of("most", "half", "many", "some", "majority", "several");

    /**
     * Whether the place at {@code at} stands in a part told after the whole, in its clause after ", including" or ",
     * among them", that says what befell the part there: "nine children had been killed in the fighting, including a
     * four-year-old boy killed in his family's car near al-Shuhayl", "between 15 and 20, among them a family of five
     * killed when a shell hit their house in Dhiban". Where that part died says nothing of where the whole did. Not a
     * part named with no clause of its own ("including several children in Saraqeb", "including the town of Saraqeb":
     * the whole's place; but "including those in Anbar", some of them, is a part's), nor a part with a figure of its
     * own, whose place the part's claim takes ("including nine in a strike on a school in Sarmin"); a comma after the
     * part ("including a child, in Hajin") closes it.
     */
    private boolean inPartAfterTheWhole(SentenceView s, int figureEnd, int at) {
        List<Token> t = s.tokens;
        for (int k = at - 1; k > figureEnd; k--) {
            Token w = t.get(k);
            if (w.is(",") || w.is(";") || w.kind() == Token.Kind.QUOTE || figureStartsAt(t, k)) {
                return false;
            }
            boolean among = w.is("among") && k + 1 < at && (t.get(k + 1).is("them") || t.get(k + 1).is("whom"));
            if ((w.is("including") || among) && t.get(k - 1).is(",")) {
                int part = among ? k + 2 : k + 1;
                // "including those in Anbar": a part named only as some of them, whose place is its own
                return t.get(part).is("those") || partsOwnClauseBefore(t, part, at);
            }
        }
        return false;
    }

    /** Whether an outcome or a clause of its own ("killed", "who", "when") stands between a part's start and {@code at}. */
    private boolean partsOwnClauseBefore(List<Token> t, int from, int at) {
        for (int j = from + 1; j < at; j++) {
            if (PART_CLAUSE_OPENERS.contains(t.get(j)) || lexicon.outcomes.startsAt(t, j)) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet PART_CLAUSE_OPENERS = WordSet.of("who", "when", "whose", "as", "while", "after");

    /**
     * Whether the place is the first word of a news outlet's name: "Diyala Today", "Raqqa Post", "Mosul Eye" (not "the
     * Aleppo Media Center", a town's own, which counts its dead).
     */
    private static boolean namesAnOutlet(List<Token> t, PhraseIndex.Match<Place> p) {
        return p.to() < t.size() && t.get(p.to()).capitalised() && OUTLET_NAME_WORDS.contains(t.get(p.to()));
    }

    private static final WordSet OUTLET_NAME_WORDS = WordSet.of("today", "daily", "news", "post", "times", "voice", "tv", "radio",
            "eye", "online", "herald", "tribune", "observer", "press", "gazette");

    /** How far before a place "most of them" may stand: "roughly half of them in the 76-day battle for al-Bab". */
    private static final int SHARE_PLACE_REACH = 9;

    /** How far (in tokens) after a part's figure the place it names may stand. */
    private static final int PART_PLACE_REACH = 4;

    /**
     * The first place the sentence that names a quote's speaker gives, other than where the speaker
     * spoke from ("a medic in Busra al-Harir", not "told reporters in Damascus"), as its settlement; or null.
     */
    private Place placeOfQuoteSource(SentenceView s) {
        for (int pAt = 0; pAt < s.places.size(); pAt++) {
            PhraseIndex.Match<Place> p = s.places.get(pAt);
            if (!speakerSetting(s)[p.from()] && (s.listItem == null || !s.listItem[p.from()])) {
                return gazetteer.settlementOf(p.value());
            }
        }
        return null;
    }

    /**
     * A blanket statement is a policy ("they only target militants", "we never target civilians"),
     * about the whole country; a denial that answers a report ("denied the report", "rejected
     * reports of civilian deaths") is about the incident the article is on.
     */
    private boolean blanket(SentenceView s) {
        boolean policy = false;
        for (Token t : s.tokens) {
            if (t.is("only") || t.is("never")) {
                policy = true;
            } else if (ANSWERED.contains(t) || PAST_AUXILIARIES.contains(t)) {
                // "called the report fabricated, and said its pilots had struck only militant positions";
                // "said only terrorist targets had been hit": what was done then, not what is always done
                return false;
            }
        }
        return policy && periods.resolve(s.tokens, 0, s.tokens.size(), LocalDate.of(2000, 1, 1)) == null;
    }

    private static final WordSet PAST_AUXILIARIES = WordSet.of("had", "were", "was");

    /** What a denial answers when it is about one incident rather than a policy. */
    private static final WordSet ANSWERED = WordSet.of("report", "reports", "allegation", "allegations", "accusation",
            "accusations", "claim", "claims");

    /** A toll counted from this year or earlier is one of the whole Syrian war, which began in 2011: countrywide. */
    private static final int WAR_YEARS_START = 2012;

    /** The country the article named last, else the one that holds the place. */
    private Place countryOf(Place place, ArticleContext ctx) {
        Place country = ctx.lastCountry();
        return country != null ? country : gazetteer.require(gazetteer.countryOf(place.id()));
    }

    /**
     * Places a toll may be told across: "in the two cities", "the two provinces" (not "the two villages" or "the two
     * towns", which the labellers place in the province holding both: Foua and Kafraya in Idlib).
     */
    private static final WordSet TWO_PLACES = WordSet.of("cities", "provinces", "governorates");

    /** "the toll of Wednesday's attacks across Sweida province": a toll the region is the scope of. */
    private static final WordSet ACROSS = WordSet.of("across", "throughout");

    /**
     * Whether the toll is said to be the place's own: "The death toll from the violence in Syria's Suwayda province has
     * risen to 1,448" (not "A health official in Salahuddin province said the toll had risen", where it seats a speaker).
     */
    private static boolean tollOfThePlace(SentenceView s, Place place) {
        List<Token> t = s.tokens;
        for (int pAt = 0; pAt < s.places.size(); pAt++) {
            PhraseIndex.Match<Place> p = s.places.get(pAt);
            if (p.value() != place) {
                continue;
            }
            for (int k = p.from() - 1; k >= 0 && p.from() - k <= TOLL_SCOPE_REACH && (t.get(k).isWord() || t.get(k).possessive()); k--) {
                if (t.get(k).is("toll")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many words may stand between "toll" and the place it is of: "toll from the violence in Syria's". */
    private static final int TOLL_SCOPE_REACH = 7;

    /** Whether the sentence speaks of "the toll" or "the death toll": of an incident told before. */
    private static boolean theToll(SentenceView s) {
        List<Token> t = s.tokens;
        for (int k : s.thes()) {
            if (k + 1 < t.size() && (t.get(k + 1).is("toll") || k + 2 < t.size() && t.get(k + 1).is("death") && t.get(k + 2).is("toll"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an area is a valley: "Wadi Barada", or a name the gazetteer gives it with "valley" ("Barada valley"). */
    private static boolean valley(Place area) {
        if (area.name().startsWith("Wadi ")) {
            return true;
        }
        for (String alias : area.aliases()) {
            if (alias.toLowerCase(java.util.Locale.ROOT).contains("valley")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "in the province", "across the governorate" stands in the clause of the figure that ends at {@code from}
     * (not "the province of ...", nor "..., in one of the worst atrocities in the province").
     */
    private static boolean inTheProvinceAfter(List<Token> t, int from) {
        for (int k = Math.max(0, from); k + 2 < t.size() && k - from <= PROVINCE_REACH && !t.get(k).is(","); k++) {
            if ((t.get(k).is("in") || t.get(k).is("across") || t.get(k).is("throughout")) && t.get(k + 1).is("the")
                    && (t.get(k + 2).is("province") || t.get(k + 2).is("governorate")) && (k + 3 >= t.size() || !t.get(k + 3).is("of"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether every mention of {@code place} in the sentence follows "from": where someone came from. */
    private static boolean namedOnlyAsOrigin(SentenceView s, Place place) {
        boolean found = false;
        for (int pAt = 0; pAt < s.places.size(); pAt++) {
            PhraseIndex.Match<Place> p = s.places.get(pAt);
            if (p.value() == place) {
                if (p.from() == 0 || !s.tokens.get(p.from() - 1).is("from")) {
                    return false;
                }
                found = true;
            }
        }
        return found;
    }

    /** How far after a figure "in the province" may stand and still say where it was: "killed at least 21 soldiers in the province". */
    private static final int PROVINCE_REACH = 8;

    /** "the province", "the enclave", "the area", "the country": the place named before, at that level. */
    private Place referredArea(SentenceView s, ArticleContext ctx) {
        List<Token> t = s.tokens;
        Place current = ctx.currentPlace();
        if (current == null) {
            return theBefore(s, COUNTRY_NOUN) ? countryOwningAParty(s).orElse(null) : null;
        }
        int[] thes = s.thes();
        for (int at = 0; at < thes.length && thes[at] + 1 < t.size(); at++) {
            int k = thes[at];
            Token noun = t.get(k + 1);
            if (noun.is("two") && k + 2 < t.size() && TWO_PLACES.contains(t.get(k + 2))) {
                return Gazetteer.UNKNOWN; // "at least 18 children had been killed in the two cities": no one place
            }
            if (noun.is("province") || noun.is("governorate")) {
                // "A spokesman for the civil defence in Idlib said deaths in the province": the province of
                // the place named before it in the sentence, even where that place only seats the speaker
                Place before = current;
                for (int pAt = 0; pAt < s.places.size(); pAt++) {
                    PhraseIndex.Match<Place> p = s.places.get(pAt);
                    if (p.to() <= k && p.value().parent() != null) {
                        before = p.value();
                    }
                }
                String region = gazetteer.regionOf(before.id());
                return gazetteer.byId(region).orElse(current);
            }
            if (noun.is("district") && ctx.lastDistrict() != null && (k + 2 >= t.size() || !t.get(k + 2).possessive() && !t.get(k + 2).is("of"))) {
                // "48 rebel fighters ... killed in the district" after "the Afrin district": that district; in a
                // story that named none, "the district" is a city's quarter more often than a region
                return ctx.lastDistrict();
            }
            if (noun.is("valley") && ctx.lastArea() != null && valley(ctx.lastArea())) {
                return ctx.lastArea(); // "killed in the valley" after "Wadi Barada", whatever village was named since
            }
            if (noun.is("enclave") || noun.is("pocket") || noun.is("basin") && ctx.lastArea() != null) {
                // a besieged area, not the city named since; "the basin" only after one was named (the Yarmouk basin)
                return ctx.lastArea() != null ? ctx.lastArea() : current;
            }
            if (noun.is("region") && ctx.lastDistrict() != null && gazetteer.within(current.id(), ctx.lastDistrict().id())) {
                return ctx.lastDistrict();
            }
            if (noun.is("area") || noun.is("region")) {
                return current;
            }
            if (noun.textIs("Old") && k + 2 < t.size() && t.get(k + 2).textIs("City") && ctx.lastOldCity() != null) {
                // "the last buses left the Old City of Homs ... 3,000 people were trapped inside the Old City": that
                // old city, whatever city the story named since, reported as its city
                return gazetteer.settlementOf(ctx.lastOldCity());
            }
            if (noun.is("country") && whereSourcesAre(t, k)) {
                continue; // "a monitor that relies on a network of sources inside the country": who it hears from, not where the dead were
            }
            // "killed in the north-east since Wednesday": a region of the country ("in the east" may be a city's)
            if (noun.is("country") || COUNTRY_REGIONS.contains(noun) && k >= 1 && (t.get(k - 1).is("in") || t.get(k - 1).is("across") || t.get(k - 1).is("throughout"))
                    && (k + 2 >= t.size() || !t.get(k + 2).is("of"))) {
                return countryOf(current, ctx); // "displaced inside the country"
            }
        }
        return null;
    }

    /**
     * Whether "the" at {@code the} follows the sources a party hears from and their preposition: "a network of sources
     * inside the country", "contacts across the country".
     */
    private static boolean whereSourcesAre(List<Token> t, int the) {
        int noun = the - 2;
        if (noun >= 3 && t.get(noun).is("ground") && t.get(noun - 1).is("the") && t.get(noun - 2).is("on")) {
            noun -= 3; // "sources on the ground inside the country"
        }
        // the sources right before their preposition, not "Medical sources said 45 died in the country"
        return noun >= 0 && SOURCE_NETWORK.contains(t.get(noun)) && SOURCES_WHERE.contains(t.get(the - 1));
    }

    /** Who a party hears from: "a network of sources", "its contacts". */
    private static final WordSet SOURCE_NETWORK = WordSet.of("sources", "contacts", "network", "informants", "correspondents");
    /** Where the sources are: "sources inside the country", "contacts across the country". */
    private static final WordSet SOURCES_WHERE = WordSet.of("inside", "in", "across", "throughout");

    /** "towards Baghdad": a place people or a convoy were heading to. */
    private static boolean destination(SentenceView s, PhraseIndex.Match<Place> p) {
        if (p.to() + 1 < s.tokens.size() && s.tokens.get(p.to()).is(",") && s.tokens.get(p.to() + 1).is("where")) {
            return false; // "the road towards Deir ez-Zor, where 200,000 people remain trapped": what the clause tells is there
        }
        int k = SentenceView.wordBefore(s.tokens, p.from()); // "towards the Quneitra frontier"
        if (k >= 0 && DIRECTIONS.contains(s.tokens.get(k))) {
            return true;
        }
        if (k >= 1 && s.tokens.get(k).is("for") && DEPARTING.contains(s.tokens.get(k - 1))) {
            return true; // "Thousands of residents left for Afrin": where they went, not where they were
        }
        if (k >= 1 && (s.tokens.get(k).is("and") || s.tokens.get(k).is("or"))) {
            // "fled towards that town and the Ain al-Asad air base": the second place they went to
            for (int j = k - 1; j >= Math.max(0, k - COORDINATED_DESTINATION_REACH) && !s.tokens.get(j).isPunct(); j--) {
                if (DIRECTIONS.contains(s.tokens.get(j)) || routeTo(s.tokens, j) && p.value().kind() == Place.Kind.COUNTRY) {
                    return true;
                }
            }
        }
        if (k >= 1 && s.tokens.get(k).is("on") && ADVANCING.contains(s.tokens.get(k - 1))) {
            return true; // "massing to advance on al-Bab": where the forces meant to go, not where the strikes fell
        }
        if (k >= 1 && s.tokens.get(k).is("to") && SentenceView.VEHICLES.contains(s.tokens.get(k - 1))) {
            return true; // "had left on an earlier convoy to Idlib": where the convoy went
        }
        if (k >= 1 && s.tokens.get(k).is("to") && s.tokens.get(k - 1).is("home") && carriedHome(s.tokens, k - 1)) {
            return true; // "Now I am taking him home to Hilla in a coffin": where a victim is carried, not where he died
        }
        if (routeTo(s.tokens, k) && p.value().kind() == Place.Kind.COUNTRY) {
            // "the desert town on the highway to Jordan and Syria": where the road leads (not "died on the road to
            // al-Hol", a camp the story is about)
            return true;
        }
        if (onARouteBetween(s.tokens, p.from())) {
            return true; // "a busy route for pilgrims travelling between Basra and the shrine cities of Najaf and Karbala"
        }
        if (k >= 1 && s.tokens.get(k).is("into") && CROSSED.contains(s.tokens.get(k - 1))) {
            // "came down the slopes and crossed into Syria": over a border, where they went, not where they fled
            // (people who "fled into Amerli" sheltered there, and the story is there)
            return true;
        }
        if (p.from() < 2 || !s.tokens.get(p.from() - 1).is("in")) {
            return false;
        }
        // "tried to flee towards government lines in Hama province": where the lines they fled to are (not "pushed
        // towards rebel positions in Daraa, killing 12", where the attackers went and the harm was)
        for (int j = p.from() - 2; j >= Math.max(1, p.from() - 5) && !s.tokens.get(j).isPunct(); j--) {
            if (DIRECTIONS.contains(s.tokens.get(j))) {
                return FLED.contains(s.tokens.get(j - 1));
            }
        }
        return false;
    }

    private static final WordSet DIRECTIONS = WordSet.of("towards", "toward");
    /** Verbs of leaving before "for" and where people went: "left for Afrin", "headed for the border". */
    private static final WordSet DEPARTING = WordSet.of("left", "leave", "leaving", "headed", "heading", "set", "bound", "fled", "departed");

    /** Verbs of a force's movement, before "on" and where it was heading: "to advance on al-Bab". */
    private static final WordSet ADVANCING = WordSet.of("advance", "advancing", "advanced", "march", "marching", "marched",
            "converge", "converging", "converged", "close", "closing");

    /** Whether the word at {@code k} is the "to" of a road's end: "the highway to Jordan", "the road to Hit". */
    private static boolean routeTo(List<Token> t, int k) {
        return k >= 1 && t.get(k).is("to") && ROUTES.contains(t.get(k - 1));
    }

    /**
     * Whether the place at {@code at} is an end of a journey or a road "between" two places: "travelling between Basra
     * and the shrine cities of Najaf and Karbala", "the highway between Baghdad and Kirkuk"; not a place after the
     * route ("the highway between Baghdad and Kirkuk in the town of Tuz Khurmatu", where the bomb was).
     */
    private static boolean onARouteBetween(List<Token> t, int at) {
        for (int j = at - 1; j >= Math.max(1, at - ROUTE_BETWEEN_REACH); j--) {
            Token w = t.get(j);
            if (w.is("between")) {
                return ROUTES.contains(t.get(j - 1)) || TRAVELLING.contains(t.get(j - 1));
            }
            if (!w.isWord() || ROUTE_BREAKS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** How far back "between" may stand from a route's last end: "between Basra and the shrine cities of Najaf and". */
    private static final int ROUTE_BETWEEN_REACH = 10;
    private static final WordSet TRAVELLING = WordSet.of("travelling", "traveling", "travel", "travelled", "traveled", "journey",
            "journeys", "shuttling", "commuting", "runs", "running", "plying", "corridor");
    /** Words after which a place is no end of the route named before: "in the town of", "near the village of". */
    private static final WordSet ROUTE_BREAKS = WordSet.of("in", "near", "at", "on", "outside", "inside", "around", "into", "to",
            "from", "towards", "toward", "where", "which");
    /** How many words the first of two places gone towards may take: "towards that town and". */
    private static final int COORDINATED_DESTINATION_REACH = 4;
    private static final WordSet FLED = WordSet.of("flee", "fled", "fleeing", "flees", "escape", "escaped", "escaping", "ran", "run",
            "running", "retreat", "retreated", "retreating", "withdrew", "withdrawing", "headed", "heading");
    private static final WordSet CROSSED = WordSet.of("crossed", "cross", "crossing", "crosses");
    private static final WordSet NEAR = WordSet.of("near", "outside", "nearby");


    /**
     * "driven two hours to Tabqa or to Kobani", "fled to Turkey": where people were taken or went,
     * after a verb of moving them within the clause, not where the story is.
     */
    private static boolean sentElsewhere(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        if (p.from() < 2) {
            return false;
        }
        int before = SentenceView.wordBefore(t, p.from());
        if (before >= 1 && NEAR.contains(t.get(before))) {
            // "around 60,000 have gathered in the desert near the Nasib crossing": where the displaced went
            for (int k = before - 1; k >= Math.max(0, before - 6) && !t.get(k).isPunct(); k--) {
                if (GATHERED.contains(t.get(k))) {
                    return true;
                }
            }
        }
        if (t.get(p.from() - 1).is("in") && placeJustBeforeSentElsewhere(s, p.from() - 1)) {
            return true; // "sent on to al-Hol camp in Hasakah province": where that place lies
        }
        if (t.get(p.from() - 1).is("at") || t.get(p.from() - 1).is("in")) {
            // "reached the camp at Ain Issa", "arrived in Azaz": where they got to
            for (int k = p.from() - 2; k >= Math.max(0, p.from() - 5) && !t.get(k).isPunct(); k--) {
                if (ARRIVED.contains(t.get(k)) || GATHERED.contains(t.get(k))) {
                    return true;
                }
            }
            // "taken out of the town to shelters in Kisweh", "evacuated since Thursday to hospitals in Turkey"
            int shelter = p.from() - 2;
            int to = shelter >= 1 && (t.get(shelter - 1).is("a") || t.get(shelter - 1).is("the")) ? shelter - 2 : shelter - 1;
            return shelter >= 1 && SHELTERS.contains(t.get(shelter)) && to >= 1 && t.get(to).is("to") && movedBefore(t, to, SHELTER_MOVE_REACH);
        }
        // "about 8,000 of them had reached Baghdad province", "reaching Turkey": where they got to; not "had died
        // after reaching al-Hol", where they died
        int to = SentenceView.wordBefore(t, p.from());
        if (to >= 1 && ARRIVED.contains(t.get(to)) && !t.get(to).is("arrived") && !t.get(to - 1).is("after")) {
            return true;
        }
        // "escaped to the Habbaniyah area", "fled Tabqa with his family for the village of al-Jarniyah"
        int named = namedAsNearby(t, p.from());
        if (named >= 0 && named != p.from() - 1 && t.get(named).is("for")) {
            to = named; // (not "evacuated to the nearby district of Tadamon", which its labellers give its city)
        } else if (!t.get(to).is("to")) {
            return false;
        }
        return movedBefore(t, to, MOVE_REACH);
    }

    /** Whether a place people were sent to ends right before the "in" at {@code in}, or a word ("camp") before it. */
    private static boolean placeJustBeforeSentElsewhere(SentenceView s, int in) {
        for (int pAt = 0; pAt < s.places.size(); pAt++) {
            PhraseIndex.Match<Place> q = s.places.get(pAt);
            if ((q.to() == in || q.to() == in - 1 && s.tokens.get(in - 1).isWord()) && sentElsewhere(s, q)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the place is where a distance is measured from ("60 kilometres south of Mosul", "20 km from the
     * border town of Jarablus") while another place in the sentence is what is located by it.
     */
    private static boolean measuredFrom(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        int of = SentenceView.wordBefore(t, p.from());
        if (of >= 1 && SentenceView.REGION_ADJECTIVES.contains(t.get(of))) {
            of--; // "about 8 km southwest of central Damascus"
        }
        if (of >= 3 && t.get(of).is("of") && PLACE_NOUNS.contains(t.get(of - 1))) {
            // "from the border town of Jarablus": the distance stands before what the place is
            for (int k = of - 2; k >= Math.max(1, of - 4); k--) {
                if (t.get(k).is("from") || t.get(k).is("of")) {
                    of = k;
                    break;
                }
            }
        }
        if (of < 2 || !(t.get(of).is("of") || t.get(of).is("from"))) {
            return false;
        }
        // ("on the southwestern edge of Damascus": a compass word may say which edge)
        int the = of >= 3 && SentenceView.REGION_ADJECTIVES.contains(t.get(of - 2)) ? of - 3 : of - 2;
        int on = the - 1;
        if (on >= 1 && t.get(of).is("of") && EDGES.contains(t.get(of - 1)) && t.get(the).is("the") && t.get(on).is("on")
                && s.places.get(0) != p && (s.places.get(0).to() == on || s.places.get(0).to() == on - 1 && t.get(on - 1).is(",")
                        || describedBetween(t, s.places.get(0).to(), on))) {
            // "the farming towns of the Ghouta on the edge of Damascus", "Daraya, a town of vineyards on the edge of
            // Damascus": the Ghouta, Daraya, which Damascus only locates
            return true;
        }
        int unit = SentenceView.COMPASS.contains(t.get(of - 1)) ? of - 2 : of - 1;
        unit = pastBracketedDistance(t, unit);
        return unit >= 0 && DISTANCE_UNITS.contains(t.get(unit)) && s.places.get(0) != p;
    }

    private static final WordSet EDGES = WordSet.of("edge", "edges", "outskirts", "fringes", "fringe");

    /**
     * Whether the words from {@code from} to {@code to} describe the place before them, set off by its comma: ", a town
     * of vineyards", ", a farming town" (an article and a word for a place, then no mark, within a few words).
     */
    private static boolean describedBetween(List<Token> t, int from, int to) {
        if (from + 2 >= to || to - from > DESCRIPTION_WORDS || !t.get(from).is(",") || !INDEFINITE_ARTICLES.contains(t.get(from + 1))
                || !PLACE_NOUNS.contains(t.get(from + 2)) && !(from + 3 < to && PLACE_NOUNS.contains(t.get(from + 3)))) {
            return false; // a place's description names what it is ("a town of vineyards"), not "a car bomb exploded"
        }
        for (int k = from + 2; k < to; k++) {
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** How many words a place's description may take before "on the edge of": ", a town of vineyards and workshops". */
    private static final int DESCRIPTION_WORDS = 8;

    /** Whether the place at {@code p} is described after its comma as the town nearby: ", the nearest town", ", a nearby city". */
    private static boolean describedAsNearby(List<Token> t, PhraseIndex.Match<Place> p) {
        int k = p.to();
        return k + 3 < t.size() && t.get(k).is(",") && (t.get(k + 1).is("the") || t.get(k + 1).is("a"))
                && CLOSEST.contains(t.get(k + 2)) && PLACE_NOUNS.contains(t.get(k + 3));
    }

    private static final WordSet CLOSEST = WordSet.of("nearest", "closest", "nearby", "neighbouring", "neighboring");

    /**
     * "about 30 km (20 miles) south of": where the first of a distance given twice ends, when {@code k} is the
     * bracket that closes the second; else {@code k}.
     */
    private static int pastBracketedDistance(List<Token> t, int k) {
        return k >= 4 && t.get(k).is(")") && t.get(k - 3).is("(") && DISTANCE_UNITS.contains(t.get(k - 1)) ? k - 4 : k;
    }

    /** Whether the name at {@code at} is one in a list that "the villages of" or "the village of" opens. */
    private static boolean listedAsAVillage(List<Token> t, int at) {
        for (int k = at - 1; k >= Math.max(1, at - VILLAGE_LIST_REACH); k--) {
            Token w = t.get(k);
            if (w.is("of") && (t.get(k - 1).is("villages") || t.get(k - 1).is("village"))) {
                return true;
            }
            if (!(w.is(",") || w.is("and") || w.isWord() && (w.capitalised() || w.nameLike()))) {
                return false;
            }
        }
        return false;
    }

    private static final int VILLAGE_LIST_REACH = 16;

    /** Whether a verb of moving people stands a few words before the "to" at {@code to}, in its clause. */
    private static boolean movedBefore(List<Token> t, int to, int reach) {
        for (int k = to - 1; k >= Math.max(0, to - reach); k--) {
            if (MOVED.contains(t.get(k))) {
                return true;
            }
            if (t.get(k).is("to")) {
                return movedBefore(t, k, reach); // "to the Debaga and Nazrawa camps and to Kirkuk": the first place's move
            }
            // "fled Hawija district, most of them to the Debaga and Nazrawa camps and to Kirkuk": the same move,
            // of some of them, and a second place it went to
            boolean secondPlace = t.get(k).is("and") && (t.get(k + 1).is("to") || t.get(k + 1).capitalised()); // "Debaga and Nazrawa"
            boolean someOfThem = t.get(k).is(",") && k + 3 < t.size() && SOME.contains(t.get(k + 1)) && t.get(k + 2).is("of")
                    && t.get(k + 3).is("them");
            if (someOfThem) {
                return movedBefore(t, k, reach); // the move the clause before the comma tells
            }
            if (!secondPlace && (t.get(k).isPunct() || t.get(k).isWord() && t.get(k).is("and"))) {
                return false;
            }
        }
        return false;
    }

    private static final int MOVE_REACH = 7;
    /** "taken out of the town over the two days to shelters in": a longer reach, as the shelters say it is a move. */
    private static final int SHELTER_MOVE_REACH = 10;

    /** Where people moved are taken to: "to shelters in Kisweh", "to a camp at Ain Issa". */
    private static final WordSet SHELTERS = WordSet.of("shelters", "shelter", "camps", "camp", "hospitals", "hospital", "schools",
            "centres", "centers", "homes");

    /**
     * "warplanes tracked taking off from the Hmeimim air base", "missiles launched from ships in the
     * Caspian", "when the main column set out along the desert highway from al-Sukhnah": where the attack
     * came from, not where it struck; and "a council which has worked from Amiriyat al-Fallujah": where a
     * party sits.
     */
    private static boolean launchedFrom(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        int k = p.from() - 1;
        if (k >= 2 && t.get(k).is("of") && PLACE_NOUNS.contains(t.get(k - 1))) {
            // "fired from the Islamic State-held town of Sulaiman Bek": the words that tell what the place is stand between
            int j = k - 2;
            while (j >= Math.max(0, k - 2 - KIND_OF_PLACE_WORDS) && t.get(j).isWord() && !t.get(j).is("from")) {
                j--;
            }
            if (j >= 1 && t.get(j).is("from")) {
                k = t.get(j + 1).is("the") ? j + 1 : j;
            }
        }
        if (k >= 0 && t.get(k).is("the")) {
            k--;
        }
        if (k >= 1 && t.get(k).is("in") || k >= 1 && t.get(k).is("from") && !LAUNCHES.contains(t.get(k - 1))) {
            if (firedByAGroupThere(t, k) && placeNamedAfter(s, p)) {
                return true; // (with no other place named, "fired by militants in Deir al-Zour" is where it fell)
            }
        }
        if (k >= 1 && t.get(k).is("from") && ARMED_MEN.contains(t.get(k - 1)) && placeNamedAfter(s, p)) {
            return true; // "Islamist militants from Syria overran parts of the border town of Arsal": where they came from
        }
        if (k < 1 || !t.get(k).is("from")) {
            return firedFromPositionsIn(t, p.from());
        }
        Token verb = t.get(k - 1);
        // "Shelling from Sulaiman Beg, the Islamic State-held town to the north, killed two residents": where the fire came from
        boolean weaponsFire = verb.is("fire") && k >= 2 && WEAPONS_FIRED.contains(t.get(k - 2)); // "mortar fire from Ghouta"
        return LAUNCHES.contains(verb) || INCOMING_FIRE.contains(verb) || weaponsFire || verb.is("off") && k >= 2 && (t.get(k - 2).startsWithLower("took") || t.get(k - 2).startsWithLower("tak"))
                || setOutFrom(t, k) || goodsArrivedFrom(t, k - 1);
    }

    /**
     * "as the first lorries of flour arrived from Tuz Khurmatu": where supplies came from, not where the
     * story is (people who "arrived from Hawija" bring its story with them, and are not this).
     */
    private static boolean goodsArrivedFrom(List<Token> t, int verbAt) {
        if (!ARRIVALS.contains(t.get(verbAt))) {
            return false;
        }
        for (int j = verbAt - 1; j >= Math.max(0, verbAt - GOODS_REACH) && !t.get(j).isPunct(); j--) {
            if (GOODS.contains(t.get(j)) || SentenceView.VEHICLES.contains(t.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet ARRIVALS = WordSet.of("arrived", "arrive", "arriving", "arrives", "came", "coming", "sent", "brought",
            "delivered", "trucked");
    private static final WordSet GOODS = WordSet.of("flour", "food", "aid", "supplies", "water", "medicine", "medicines", "fuel",
            "lorry", "truck", "shipment", "shipments", "deliveries", "bread");
    /** How many words back from its verb the goods may be named: "the first lorries of flour arrived". */
    private static final int GOODS_REACH = 6;

    /** "when the main column set out along the desert highway from al-Sukhnah": where a force started from, a few words back. */
    private static boolean setOutFrom(List<Token> t, int fromAt) {
        for (int k = fromAt - 1; k >= Math.max(1, fromAt - SET_OUT_REACH) && t.get(k).isWord(); k--) {
            if (t.get(k).is("out") && (t.get(k - 1).is("set") || t.get(k - 1).is("sets") || t.get(k - 1).is("setting"))) {
                return true;
            }
        }
        return false;
    }

    private static final int SET_OUT_REACH = 7;

    /**
     * "the missile had been fired by government forces from positions in the northern Hama countryside":
     * a place after "from ... in", with a verb of launching before "from" in the clause.
     */
    private static boolean firedFromPositionsIn(List<Token> t, int at) {
        int from = -1;
        for (int k = at - 1; k >= Math.max(1, at - LAUNCH_SITE_WORDS) && t.get(k).isWord(); k--) {
            if (t.get(k).is("from")) {
                from = k;
                break;
            }
        }
        int site = from + 1 < at && (t.get(from + 1).is("their") || t.get(from + 1).is("its") || t.get(from + 1).is("the")) ? from + 2 : from + 1;
        if (from < 0 || !t.get(site).is("positions") && !t.get(site).is("bases") && !t.get(site).is("areas")) {
            return false; // ("fired by government forces from their positions in the Aleppo countryside")
        }
        for (int k = from - 1; k >= Math.max(0, from - LAUNCH_SITE_WORDS) && t.get(k).isWord(); k--) {
            if (LAUNCHES.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean placeNamedAfter(SentenceView s, PhraseIndex.Match<Place> p) {
        for (int k = 0; k < s.places.size(); k++) {
            if (s.places.get(k).from() > p.to()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "rockets fired by armed groups from Idlib", "shells fired by 'terrorist groups' in Idlib": where
     * the shooters are, named between "fired by" and the harm, is not where the shells fell.
     */
    private static boolean firedByAGroupThere(List<Token> t, int prepositionAt) {
        for (int k = prepositionAt - 1; k >= 1 && prepositionAt - k <= LAUNCH_SITE_WORDS; k--) {
            Token w = t.get(k);
            if (w.is("by")) {
                return k < prepositionAt - 1 && LAUNCHES.contains(t.get(k - 1));
            }
            if (!w.isWord() && w.kind() != Token.Kind.QUOTE) {
                return false;
            }
        }
        return false;
    }

    private static final WordSet ARMED_MEN = WordSet.of("militants", "fighters", "jihadists", "gunmen", "insurgents", "rebels",
            "troops", "forces", "attackers");

    /** How many words may stand between "from" and the place, and between the verb and "from". */
    private static final int LAUNCH_SITE_WORDS = 6;

    /**
     * "Kaddour, 31, studied agricultural engineering in Latakia before the war": where someone
     * studied, was born or grew up is their past, not where the story is.
     */
    private static boolean biography(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        for (int k = p.from() - 1; k >= Math.max(0, p.from() - 8) && !t.get(k).isPunct(); k--) {
            // "grew up in", "was born and raised in"; not "raised the death toll in Ariha to 31"
            if (LIFE_EVENTS.contains(t.get(k)) || t.get(k).is("grew") && k + 1 < t.size() && t.get(k + 1).is("up")
                    || t.get(k).is("raised") && k > 0 && (t.get(k - 1).is("was") || t.get(k - 1).is("and"))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet LIFE_EVENTS = WordSet.of("studied", "born", "graduated", "studying");

    /** How many words may tell what a place is between "from the" and "town of": "the Islamic State-held town of". */
    private static final int KIND_OF_PLACE_WORDS = 4;
    /** What is fired from a place at another ("Shelling from Sulaiman Beg"); not "fire" alone, which may be flames. */
    private static final WordSet INCOMING_FIRE = WordSet.of("shelling", "shells", "mortars", "rockets", "artillery", "barrages");
    /** The weapons whose "fire from" a place is shooting: "mortar and rocket fire from Syria", "sniper fire from". */
    private static final WordSet WEAPONS_FIRED = WordSet.of("mortar", "rocket", "artillery", "sniper", "tank", "machine-gun", "gun");

    private static final WordSet LAUNCHES = WordSet.of("launched", "fired", "flew", "flying", "flown", "departed", "departing", "took",
            "operating", "based", "stationed",
            // "the town's council, which has worked from Amiriyat al-Fallujah since 2014": where a party sits
            "worked", "works", "working", "operates", "operated",
            // "two F-16s had entered Syrian airspace from Iraq": where the jets came from
            "airspace");

    /**
     * "fled Afrin with her four children in March", "left Latamneh with her husband and five children":
     * a figure after "with" and a possessive, in a clause about someone moving, counts who went with them.
     */
    private static boolean companions(List<Token> t, int at) {
        for (int k = at - 1; k >= Math.max(1, at - 5); k--) {
            if (t.get(k).is("with")) {
                if (k + 1 >= at || !COMPANION_OWNERS.contains(t.get(k + 1))) {
                    return false;
                }
                for (int j = k - 1; j >= Math.max(0, k - 8) && !t.get(j).isPunct(); j--) {
                    if (MOVED.contains(t.get(j)) || WENT.contains(t.get(j))) {
                        return true;
                    }
                }
                return false;
            }
            if (t.get(k).isPunct()) {
                return false;
            }
        }
        return false;
    }

    private static final WordSet COMPANION_OWNERS = WordSet.of("his", "her", "their", "my", "our");

    /**
     * "riding in the open bed of a truck with about 60 other people": who went along with someone, when
     * nothing in the clause befell them ("killed along with 20 other people" is a claim).
     */
    private boolean travelledWithOthers(List<Token> t, Count c) {
        if (c.to() >= t.size() || !(t.get(c.to()).is("other") || t.get(c.to()).is("others"))) {
            return false;
        }
        int with = -1;
        for (int k = c.from() - 1; k >= Math.max(0, c.from() - 3); k--) {
            if (t.get(k).is("with")) {
                with = k;
                break;
            }
        }
        if (with < 0) {
            return false;
        }
        for (int k = with - 1; k >= 0 && !t.get(k).isPunct(); k--) {
            if (lexicon.outcomes.startsAt(t, k)) {
                return false;
            }
        }
        return true;
    }
    private static final WordSet WENT = WordSet.of("left", "returned", "came", "moved", "arrived", "lives", "lived", "living");

    /**
     * "prices are ten times what they are in Damascus", "higher than in Aleppo", "compared with
     * Mosul", "ten times its price in Damascus": a place set beside the story's for comparison, not where it moved.
     */
    private static boolean comparedWith(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        int from = Math.max(0, p.from() - COMPARISON_REACH);
        if (COMPARISON_WORDS.nextCandidate(t, 0, from, p.from()) >= p.from()) {
            return false; // asked for every place of every sentence: most have no such word before them
        }
        for (int k = p.from() - 1; k >= Math.max(0, p.from() - COMPARISON_REACH) && !t.get(k).isPunct(); k--) {
            // "than in Aleppo", "than in any month of the battle for Mosul", "than Mosul", not "more than
            // 40,000 people who fled Fallujah"
            boolean than = t.get(k).is("than") && (k + 1 == p.from() || t.get(k + 1).is("in") || t.get(k + 1).is("at"));
            if (than || COMPARING.contains(t.get(k)) && p.from() - k <= 6) {
                return true;
            }
            if (k == p.from() - 2 && PRICES.contains(t.get(k)) && t.get(k + 1).is("in")) {
                return true; // "sugar cost ten times its price in Damascus"
            }
            if (t.get(k).is("what") && k + 2 < p.from() && (t.get(k + 2).is("are") || t.get(k + 2).is("were"))) {
                return true; // "what they are in Damascus"
            }
        }
        return false;
    }

    /**
     * "since the government offensive on southern Idlib began on April 30": a place inside the clause
     * that dates the claim says when it starts, not where it is.
     */
    private static boolean inTimeClause(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        if (eventThatDates(t, p.from())) {
            return true;
        }
        if (SINCE.nextCandidate(t, 0, Math.max(0, p.from() - 8), p.from()) >= p.from()) {
            return false;
        }
        boolean since = false;
        boolean event = false;
        for (int k = p.from() - 1; k >= Math.max(0, p.from() - 8) && !t.get(k).isPunct(); k--) {
            // "since the army reached the outskirts of Deir ez-Zor city": the place of the event that dates it
            event |= EVENTS.contains(t.get(k));
            if (t.get(k).is("since")) {
                since = true;
                break;
            }
        }
        if (!since) {
            return false;
        }
        if (event) {
            return true;
        }
        for (int k = p.to(); k < Math.min(t.size(), p.to() + 4) && !t.get(k).isPunct(); k++) {
            if (BEGAN.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "strikes on towns in the eastern countryside such as Busra al-Harir, al-Hrak and Saida": places
     * named as examples of where, each only one of many, so the story's own place stands.
     */
    private static boolean givenAsExample(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        int k = p.from() - 1;
        int placeAt = s.places.size() - 1;
        while (k >= 1) {
            while (placeAt >= 0 && s.places.get(placeAt).from() > k) {
                placeAt--;
            }
            Token w = t.get(k);
            if (w.is("as")) {
                return t.get(k - 1).is("such");
            }
            if (placeAt >= 0 && s.places.get(placeAt).to() > k) {
                k = s.places.get(placeAt).from() - 1; // an earlier place of the same list
            } else if (w.is(",") || w.is("and") || w.is("or") || w.is("the")) {
                k--;
            } else {
                return false;
            }
        }
        return false;
    }

    /**
     * "between February 18 and the surrender of Douma on April 12", "raised after the fall of Mosul in
     * June": a place whose fall or capture marks a time, told only to say when, not where.
     */
    private static boolean eventThatDates(List<Token> t, int at) {
        int k = at - 1;
        if (k >= 3 && t.get(k).is("of") && PLACE_KIND_NOUNS.contains(t.get(k - 1)) && t.get(k - 2).is("the")) {
            k -= 3; // "the fall of the town of al-Bab"
        }
        if (k < 3 || !t.get(k).is("of") || !DATING_EVENTS.contains(t.get(k - 1)) || !t.get(k - 2).is("the")) {
            return false;
        }
        Token opener = t.get(k - 3);
        if (TIME_OPENERS.contains(opener)) {
            return true;
        }
        // "between June 19 and the fall of Daraa city": the second end of a span
        for (int j = k - 4; opener.is("and") && j >= Math.max(0, k - 4 - DATING_SPAN_REACH) && !t.get(j).isPunct(); j--) {
            if (t.get(j).is("between")) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet DATING_EVENTS = WordSet.of("fall", "surrender", "capture", "recapture", "retaking", "liberation",
            "loss", "collapse", "evacuation");
    private static final WordSet TIME_OPENERS = WordSet.of("since", "after", "before", "until", "till", "following", "by");
    /** How far before "and the fall of" the "between" of a span may stand. */
    private static final int DATING_SPAN_REACH = 8;

    private static final WordSet BEGAN = WordSet.of("began", "begun", "started", "launched", "opened", "erupted", "resumed", "fell");
    private static final WordSet EVENTS = WordSet.of("reached", "entered", "captured", "took", "retook", "seized", "recaptured",
            "stormed", "overran", "encircled", "besieged");

    private static final WordSet COMPARING = WordSet.of("compared", "unlike", "versus");
    /** Every word {@link #comparedWith} looks for, marked so that a sentence without them is passed over by its masks. */
    private static final MarkedWords COMPARISON_WORDS = MarkedWords.of("than", "compared", "unlike", "versus", "what", "price",
            "prices");
    private static final WordSet PRICES = WordSet.of("price", "prices");
    /** The word that opens a clause dating a claim ({@link #inTimeClause}), marked in the same way. */
    private static final MarkedWords SINCE = MarkedWords.of("since");
    /** How far (in tokens) after "than in" the place compared may stand. */
    private static final int COMPARISON_REACH = 10;

    private static final WordSet ARRIVED = WordSet.of("reached", "arrived", "arriving", "reaching");

    /**
     * "2,100 people had reached government-held areas from al-Qaim", "camp managers said they had received
     * 4,200 people from Hawija": people who got somewhere, or were taken in, from a named place they left.
     */
    private static boolean cameFromAPlace(SentenceView s, Draft f) {
        List<Token> t = s.tokens;
        int verb = -1;
        int k = f.figureEnd;
        while (k < t.size() && k < f.figureEnd + 3 && (PERFECT_AUXILIARIES.contains(t.get(k)) || t.get(k).is("now") || t.get(k).is("already"))) {
            k++;
        }
        if (k < t.size() && ARRIVED.contains(t.get(k))) {
            verb = k; // the people, then their verb
        } else if (f.evidenceStartToken >= 1 && RECEIVED.contains(t.get(f.evidenceStartToken - 1))) {
            verb = f.evidenceStartToken - 1; // the verb, then the people taken in
        }
        if (verb < 0) {
            return false;
        }
        if (CARE_PLACES.anyIn(t, 0, verb)) {
            return false; // "the hospital received 40 people from Hajin": patients
        }
        for (int j = Math.max(verb, f.figureEnd); j + 1 < Math.min(t.size(), f.figureEnd + CAME_FROM_REACH); j++) {
            if (t.get(j).isPunct()) {
                return false;
            }
            if (t.get(j).is("from")) {
                int place = t.get(j + 1).is("the") ? j + 2 : j + 1;
                for (int pAt = 0; pAt < s.places.size(); pAt++) {
                    if (s.places.get(pAt).from() == place) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static final WordSet CARE_PLACES = WordSet.of("hospital", "hospitals", "clinic", "clinics", "morgue", "doctors", "medics");
    private static final WordSet RECEIVED = WordSet.of("received", "receiving", "receives", "welcomed", "registered");
    /** How far after the people "from" and the place they left may stand. */
    private static final int CAME_FROM_REACH = 8;

    /** Verbs of the displaced massing somewhere: "gathered near the Nasib crossing", "camped at the border". */
    private static final WordSet GATHERED = WordSet.of("gathered", "gathering", "massed", "massing", "camped", "camping");

    private static boolean placeOfAny(List<Draft> claims, Place place) {
        for (Draft d : claims) {
            if (d.place != null && d.place.id().equals(place.id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the road to the T4 airbase": where a road leads. It moves no story, though a claim in the same
     * words is there ("140 children died on the road to al-Hol").
     */
    private static boolean endOfARoad(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        if (roadBefore(t, p, "to") >= 0) {
            return true;
        }
        if (namesARoad(t, p)) {
            return true;
        }
        // "the main highway from Damascus to the Jordanian border", "a checkpoint on the main road from Hasakah":
        // where the road starts
        return roadBefore(t, p, "from") >= 0;
    }

    /**
     * "forces loyal to Damascus", "militias backed by Baghdad", "Damascus has since spoken of 80 dead": a capital
     * standing for the government it seats.
     */
    private boolean governmentNamedByItsCapital(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        if (!CAPITALS.contains(p.value().id())) {
            return false;
        }
        int verb = skip(t, p.to(), SPEAKERS_AUXILIARIES);
        if (p.from() == 0 && verb < t.size() && lexicon.speechVerbs.startsAt(t, verb)) {
            return true; // "Damascus has since spoken of more than 80 soldiers killed": the government speaks
        }
        if (actsAsAGovernment(t, p, verb)) {
            return true;
        }
        // "accused Damascus of", "urged Baghdad to" (not "condemned Baghdad's deadliest bombing", "warned Baghdad residents")
        boolean addressed = p.from() >= 1 && GOVERNMENT_ADDRESSED.contains(t.get(p.from() - 1)) && p.to() < t.size()
                && ADDRESSED_ABOUT.contains(t.get(p.to()));
        if (p.from() < 2) {
            return addressed;
        }
        Token before = t.get(p.from() - 1);
        return (before.is("to") || before.is("with")) && ALLEGIANCE.contains(t.get(p.from() - 2))
                || before.is("by") && (t.get(p.from() - 2).is("backed") || t.get(p.from() - 2).is("supported"))
                || addressed;
    }

    /**
     * "the first time Damascus has turned its air force against the Kurds", "Baghdad sent its troops": a capital that
     * does what only a government does, after an auxiliary ("has turned") or with "its" after the verb ("sent its");
     * not "Damascus has been shelled" or "Baghdad has witnessed", whose verbs are no government's acts.
     */
    private static boolean actsAsAGovernment(List<Token> t, PhraseIndex.Match<Place> p, int verb) {
        if (verb >= t.size() || !GOVERNMENT_ACTS.contains(t.get(verb)) || p.from() > 0 && t.get(p.from() - 1).isWord()
                && WHERE_WORDS.contains(t.get(p.from() - 1))) {
            return false;
        }
        boolean its = verb + 1 < t.size() && t.get(verb + 1).is("its");
        if (TURNING.contains(t.get(verb))) {
            return its; // "has turned its air force against", not "Baghdad has turned deadly" or "turned into a city of checkpoints"
        }
        return verb > p.to() || its;
    }

    /** What a government does, as a capital standing for it does it ({@link #actsAsAGovernment}). */
    private static final WordSet GOVERNMENT_ACTS = WordSet.of("turned", "sent", "deployed", "ordered", "launched", "accused", "blamed",
            "refused", "rejected", "agreed", "pledged", "vowed", "insisted", "demanded", "threatened", "responded", "retaliated",
            "moved", "stepped");
    /** The acts a town also does, in another sense ("turned deadly", "moved on"): a government's only with "its" after them. */
    private static final WordSet TURNING = WordSet.of("turned", "moved", "stepped");

    /** What a government is addressed about, right after the capital: "accused Damascus of", "urged Baghdad to". */
    private static final WordSet ADDRESSED_ABOUT = WordSet.of("of", "to", "for", "against", "over");
    /** The words right before a capital that make it the government addressed: "accused Damascus of", "urged Baghdad to". */
    private static final WordSet GOVERNMENT_ADDRESSED = WordSet.of("accused", "accusing", "blamed", "blaming", "urged", "urging",
            "pressed", "pressing", "warned", "warning", "criticised", "criticized", "condemned");

    /** The prepositions of where something is: a capital after one is the place ("in Damascus has ..." is no actor). */
    private static final WordSet WHERE_WORDS = WordSet.of("in", "at", "near", "from", "to", "of", "around", "outside", "into",
            "inside", "across", "on", "toward", "towards");

    /** Words between a speaker and the verb: "has since spoken of", "had repeatedly said". */
    private static final WordSet SPEAKERS_AUXILIARIES = WordSet.of("has", "have", "had", "since", "also", "already", "repeatedly",
            "previously", "later");

    private static final WordSet ALLEGIANCE = WordSet.of("loyal", "allied", "close", "aligned", "linked", "tied", "friendly");

    /** A sentence about the victims already counted ("The dead were ...", "They were ...") naming where they came "from". */
    private static boolean originOfTheVictims(List<Token> t, PhraseIndex.Match<Place> p) {
        int from = SentenceView.wordBefore(t, p.from());
        if (from < 0 || !t.get(from).is("from") || t.size() < 2) {
            return false;
        }
        return t.get(0).is("they") || t.get(0).is("the") && THE_VICTIMS.contains(t.get(1));
    }

    private static final WordSet THE_VICTIMS = WordSet.of("dead", "victims", "slain", "wounded", "injured", "family");

    /**
     * "the air group at Hmeimim", "jets based at Shayrat", "a deal negotiated at the Russian air base at Hmeimim": an air
     * base named as where a force is kept.
     */
    private static boolean whereAForceIsBased(List<Token> t, PhraseIndex.Match<Place> p) {
        String name = p.value().name();
        if (!(name.endsWith("Airbase") || name.endsWith("Airport"))) {
            return false;
        }
        int at = SentenceView.wordBefore(t, p.from());
        if (at < 1 || !(t.get(at).is("at") || t.get(at).is("from") || t.get(at).is("in"))) {
            return false;
        }
        for (int k = at - 1; k >= Math.max(0, at - 3) && t.get(k).isWord(); k--) {
            if (BASED_FORCES.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet BASED_FORCES = WordSet.of("group", "force", "forces", "jets", "aircraft", "planes", "pilots",
            "based", "stationed", "squadron", "squadrons", "wing", "contingent", "deployed", "base");

    /** "its staff in Qamishli", "their teams in Raqqa", "its warehouse in Qamishli": where a party works from. */
    private static boolean partysOwnPostIn(List<Token> t, PhraseIndex.Match<Place> p) {
        int in = SentenceView.wordBefore(t, p.from());
        return in >= 2 && t.get(in).is("in") && OWN_POSTS.contains(t.get(in - 1)) && OWNERS.contains(t.get(in - 2));
    }

    private static final WordSet OWN_POSTS = WordSet.of("staff", "team", "teams", "workers", "office", "offices", "warehouse",
            "warehouses", "colleagues", "volunteers");

    /**
     * "burned in their car on the Qamishli road", "on the Kirkuk road": a road called after where it leads, on
     * which the story's town stands (the corpus places such a claim in that town).
     */
    private static boolean namesARoad(List<Token> t, PhraseIndex.Match<Place> p) {
        return p.to() < t.size() && ROUTES.contains(t.get(p.to())) && p.from() >= 1 && t.get(p.from() - 1).is("the");
    }

    /** The index of the word for a road right before "{@code preposition} (the) place" ("the road to Tabqa"), or -1. */
    private static int roadBefore(List<Token> t, PhraseIndex.Match<Place> p, String preposition) {
        int at = SentenceView.wordBefore(t, p.from());
        return at >= 1 && t.get(at).is(preposition) && ROUTES.contains(t.get(at - 1)) ? at - 1 : -1;
    }

    /**
     * "dumped their bodies by the road to Baqubah": where the road leads, from beside it; not "died on the road to
     * al-Hol", which the corpus places where they were going.
     */
    private static boolean roadsideTowards(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        int road = roadBefore(t, p, "to");
        int before = road >= 1 && t.get(road - 1).is("the") ? road - 2 : road - 1;
        return road >= 1 && before >= 0 && ROADSIDE.contains(t.get(before));
    }

    private static final WordSet ROADSIDE = WordSet.of("by", "beside", "along", "alongside");

    private static final WordSet ROUTES = WordSet.of("road", "roads", "route", "routes", "highway", "motorway");
    private static final WordSet MOVED = WordSet.of("driven", "taken", "transferred", "evacuated", "moved", "sent", "rushed",
            "flown", "carried", "sending", "send", "sends", "transferring", "evacuating", "fled", "flee", "fleeing", "escaped",
            "deported", "bussed", "relocated");

    /**
     * Whether the place is the landmark that locates the place named just before it: "in Khalis,
     * north of Baquba", "al-Mansoura, 25 km west of Raqqa". Alone ("east of Raqqa") a landmark is
     * the place, as the corpus labels it; after another place it is not where anything happened.
     */
    private boolean landmarkOfPlaceBefore(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        int k = p.from() - 1;
        if (containerInDescription(s, k)) {
            return true; // "Jisr al-Shughour, a strategic town in Syria's Idlib province": the province holds the town
        }
        if (k >= 3 && BORDERS.contains(t.get(k)) && t.get(k - 1).is("which") && t.get(k - 2).is(",") && placeEndsAt(s, k - 2)) {
            return true; // "In Moadamiyeh, which borders Daraya, about 160 death notices were posted": Daraya says where Moadamiyeh is
        }
        PhraseIndex.Match<Place> first = k >= 1 && (t.get(k).is("and") || t.get(k).is("or")) ? placeEndingAt(s, k) : null;
        if (first != null) {
            return landmarkOfPlaceBefore(s, first); // "Haditha, the town between Hit and Rawa": the second landmark as the first
        }
        if (k >= 1 && t.get(k).is("in") && p.value().kind() == Place.Kind.CITY) {
            // "the rocket attack on Camp Liberty in Baghdad": a village or town of the city's province, said to be in
            // the city because it lies by it
            PhraseIndex.Match<Place> before = placeEndingAt(s, k);
            if (before != null && (before.value().kind() == Place.Kind.VILLAGE || before.value().kind() == Place.Kind.TOWN)
                    && !gazetteer.within(before.value().id(), p.value().id())
                    && gazetteer.regionOf(before.value().id()).equals(gazetteer.regionOf(p.value().id()))) {
                return true;
            }
        }
        if (k >= 1 && (NEAR.contains(t.get(k)) || LANDMARK_WORDS.contains(t.get(k)))) {
            // "a strike on Tokhar near Manbij", "the village of Tokhar, near Manbij": Manbij says where Tokhar is
            if (placeEndsAt(s, t.get(k - 1).is(",") ? k - 1 : k)) {
                return true;
            }
            // "on Jabal Thardah, a range of hills overlooking Deir ez-Zor airport", "Camp Liberty, a former US base near
            // Baghdad's airport": after a description of the place named before (not after "a roadside bomb killed three
            // fighters near Muqdadiya", a clause, nor "In Hajin, fighters were killed near Susah")
            return (LANDMARK_WORDS.contains(t.get(k)) || describedAsA(t, k - 1)) && placeBeforeDescription(s, k - 1);
        }
        // "Tokhar, north of the Syrian city of Manbij": what the landmark is may stand before its name
        if (k >= 3 && t.get(k).is("of") && PLACE_NOUNS.contains(t.get(k - 1))) {
            int j = k - 2;
            while (j > 0 && j >= k - 4 && !t.get(j).is("of") && t.get(j).isWord()) {
                j--;
            }
            k = j;
        }
        if (k < 2 || !t.get(k).is("of") || !SentenceView.COMPASS.contains(t.get(k - 1))) {
            return false;
        }
        k -= 2;
        k = pastBracketedDistance(t, k);
        if (k >= 1 && DISTANCE_UNITS.contains(t.get(k)) && t.get(k - 1).kind() == Token.Kind.NUMBER) {
            k -= 2; // "25 km west of"
        }
        if (k >= 1 && (t.get(k).is("just") || t.get(k).is("about") || t.get(k).is("some"))) {
            k--; // "just north of", "about 20 km east of"
        }
        if (k >= 1 && NAMED_SITES.contains(t.get(k)) && (placeEndsAt(s, k) || SITE_MODIFIERS.contains(t.get(k - 1)) && placeEndsAt(s, k - 1))) {
            // "near the Sayyida Zaynab shrine south of Damascus", "the Douma military hospital east of Damascus": a site
            // named after a settlement near the landmark, and where it lies; the settlement's claim (not "the Aleppo
            // university north of Hama", a city far from it; a site the gazetteer holds by name, as the Tabqa air base,
            // is no settlement and is left to the rules before)
            PhraseIndex.Match<Place> site = placeEndingAt(s, placeEndsAt(s, k) ? k : k - 1);
            return site != null && site.value().kind().settlement() && Gazetteer.closerThan(site.value(), p.value(), SITE_LANDMARK_KM);
        }
        return placeBeforeDescription(s, k);
    }

    /** How far a landmark may lie from the settlement a site is named after: a town in a city's countryside. */
    private static final double SITE_LANDMARK_KM = 75;
    /** Words between a settlement's name and its site: "the Douma military hospital", "the Aleppo central prison". */
    private static final WordSet SITE_MODIFIERS = WordSet.of("air", "military", "central", "border", "refugee", "main");
    /** What a place's name may stand before as the name of a site there: "the Sayyida Zaynab shrine", "the Douma hospital". */
    private static final WordSet NAMED_SITES = WordSet.of("shrine", "mosque", "church", "camp", "base", "airport", "hospital", "market",
            "prison", "dam", "bridge", "checkpoint", "crossing", "refinery", "university");

    /**
     * Whether the place after {@code k} is where a place named before it lies, told in a description of that
     * place: "Jisr al-Shughour, a strategic town in Syria's Idlib province", "Tokhar, a farming village in
     * the Manbij countryside". The description must say what kind of place the first one is.
     */
    private static boolean containerInDescription(SentenceView s, int k) {
        List<Token> t = s.tokens;
        if (k >= 2 && t.get(k).possessive()) {
            for (int otherAt = 0; otherAt < s.places.size(); otherAt++) {
                if (s.places.get(otherAt).to() == k) {
                    k = s.places.get(otherAt).from() - 1; // "in Syria's Idlib province"
                    break;
                }
            }
        }
        if (k >= 1 && heldBySide(t.get(k))) {
            k--; // "Douma, the largest town in the rebel-held Eastern Ghouta"
        }
        if (k >= 1 && t.get(k).is("the")) {
            k--;
        }
        // "Nasiriya, the capital of Dhi Qar province, where ...": the province the capital is of
        boolean capitalOf = k >= 4 && t.get(k).is("of") && CAPITAL.contains(t.get(k - 1));
        if (k < 4 || !t.get(k).is("in") && !capitalOf) {
            return false;
        }
        boolean kind = false;
        int j = k - 1;
        for (; j > 0 && k - j <= CONTAINER_DESCRIPTION_REACH && t.get(j).isWord(); j--) {
            kind |= PLACE_NOUNS.contains(t.get(j)) || t.get(j).is("camp") || CAPITAL.contains(t.get(j));
        }
        // "In al-Hol, the camp in Hasakah province where ...": "the" as much as "a"
        return kind && t.get(j).is(",") && j + 1 < k && (t.get(j + 1).is("a") || t.get(j + 1).is("an") || t.get(j + 1).is("the"))
                && placeBeforeDescription(s, k - 1);
    }

    /** "rebel-held", "government-controlled": who holds the place the word stands before. */
    private static boolean heldBySide(Token w) {
        String lower = w.lower();
        return w.isWord() && w.hyphenAt() > 0 && (lower.endsWith("-held") || lower.endsWith("-controlled"));
    }

    /** How many words may describe a place before the "in" of the place that holds it: "a strategic town in". */
    private static final int CONTAINER_DESCRIPTION_REACH = 5;

    /** Whether a place the sentence names ends right before {@code end}. */
    private static boolean placeEndsAt(SentenceView s, int end) {
        return placeEndingAt(s, end) != null;
    }

    /** The first place the sentence names that ends right before {@code end}, or null. */
    private static PhraseIndex.Match<Place> placeEndingAt(SentenceView s, int end) {
        for (int otherAt = 0; otherAt < s.places.size(); otherAt++) {
            if (s.places.get(otherAt).to() == end) {
                return s.places.get(otherAt);
            }
        }
        return null;
    }

    private static final WordSet BORDERS = WordSet.of("borders", "adjoins", "overlooks", "neighbours", "neighbors", "bordered");

    /** Words after which a place says where the place named before it is ("a range of hills overlooking Deir ez-Zor"). */
    private static final WordSet LANDMARK_WORDS = WordSet.of("overlooking", "beside", "bordering", "facing", "between");

    /** Whether the words up to {@code k} run back, within the sentence's clause, to ", a", ", an" or ", the": an apposition. */
    private static boolean describedAsA(List<Token> t, int k) {
        int j = k;
        while (j > 0 && k - j < LANDMARK_DESCRIPTION_REACH && t.get(j).isWord() && !t.get(j - 1).is(",")) {
            j--;
        }
        return j > 0 && t.get(j - 1).is(",") && (t.get(j).is("a") || t.get(j).is("an") || t.get(j).is("the"));
    }

    /**
     * Whether the words that end at {@code k} describe a place named right before them, after a comma: "al-Quriyah,
     * a farming town on the western bank of the Euphrates".
     */
    private static boolean placeBeforeDescription(SentenceView s, int k) {
        List<Token> t = s.tokens;
        // "al-Quriyah, a farming town on the western bank of the Euphrates south-east of Deir al-Zour city": the
        // description after the first place's comma may run on before the landmark
        int j = k;
        boolean and = false;
        // "In al-Jineh, a village of about 6,000 people some 30 kilometres west of Aleppo city": figures may describe it
        while (j > 0 && k - j < LANDMARK_DESCRIPTION_REACH && (t.get(j).isWord() || t.get(j).kind() == Token.Kind.NUMBER)) {
            and |= t.get(j).is("and");
            j--;
        }
        if (j < 1 || !t.get(j).is(",")) {
            return false;
        }
        if (and && !(t.get(j + 1).is("a") || t.get(j + 1).is("an"))) {
            // "killed in Hajin, and two more east of Deir ez-Zor" is two places; "Tulul al-Safa, a maze of hills and caves
            // in the desert east of Sweida" is one, described
            return false;
        }
        if (j >= 2 && PLACE_NOUNS.contains(t.get(j - 1)) && t.get(j - 2).is("the")) {
            return true; // "The town, in the mountains 40 km north-west of Damascus,": the town the story is in
        }
        for (int otherAt = 0; otherAt < s.places.size(); otherAt++) {
            PhraseIndex.Match<Place> other = s.places.get(otherAt);
            if (other.to() == j) {
                return true;
            }
        }
        return false;
    }

    /**
     * "killed 260 civilians, most of them in Raqqa province", "many of them from families displaced from
     * Deir ez-Zor city": a place in what is said of some of the victims is not where all of them were.
     */
    private static boolean describesSomeOfThem(SentenceView s, int at) {
        List<Token> t = s.tokens;
        for (int k = at - 1; k >= Math.max(2, at - SOME_OF_THEM_REACH); k--) {
            if (t.get(k).is(";") || t.get(k).is(",") || t.get(k).kind() == Token.Kind.QUOTE) {
                return false; // "400,000 people, half of them children, are trapped in ...": the aside has closed
            }
            if (t.get(k).is("them") && t.get(k - 1).is("of") && SOME.contains(t.get(k - 2))) {
                return k - 3 >= 0 && t.get(k - 3).is(",");
            }
        }
        return false;
    }

    private static final WordSet SOME = WordSet.of("many", "most", "some", "several", "half", "dozens", "hundreds");
    private static final int SOME_OF_THEM_REACH = 10;

    /** How many words may describe a place between its comma and the landmark that says where it is. */
    private static final int LANDMARK_DESCRIPTION_REACH = 12;

    private static final WordSet PLACE_NOUNS = WordSet.of("city", "town", "village", "capital", "province", "district");
    private static final WordSet DISTANCE_UNITS = WordSet.of("km", "kilometres", "kilometers", "miles", "kilometre", "kilometer", "mile");

    /**
     * "The Zamalka local council says it has buried 413 people": a local body named after its town counts that town's
     * dead, wherever the story was before; the only place of its sentence.
     */
    private static boolean localBodysTown(SentenceView s, PhraseIndex.Match<Place> p) {
        if (s.places.size() != 1 || !p.value().kind().settlement()) {
            return false;
        }
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            if (m.from() == p.to() && m.value() instanceof Mention.OfParty party && ClaimantDirectory.LOCAL.equals(party.party().id())
                    && LOCAL_BODIES.anyIn(s.tokens, m.from(), m.to())) {
                return true;
            }
        }
        return false;
    }

    /** A town's own institutions, which count its dead (not "a Manbij activist network", whose members are anywhere). */
    private static final WordSet LOCAL_BODIES = WordSet.of("council", "directorate", "municipality", "hospital");

    /** The place named nearest the claim; a place inside it named in the same breath wins ("Syria's Mayadin"). */
    private Place nearestPlace(SentenceView s, Draft d, ArticleContext ctx) {
        boolean skipSpeakersPlace = ctx.currentPlace() != null;
        List<PhraseIndex.Match<Place>> after = null; // the places of the claim's own words after its figure
        PhraseIndex.Match<Place> best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int pAt = 0; pAt < s.places.size(); pAt++) {
            PhraseIndex.Match<Place> p = s.places.get(pAt);
            if (surnameOfSomeoneNamed(s, p, ctx) || skipSpeakersPlace && (whereTheWoundedWereTaken(s, p) || hospitalOfAnotherTown(s, p, ctx))
                    || namesakeOfTheTownsOwn(s, p, ctx)) {
                continue;
            }
            // "Nour al-Din Hamadi, a teacher in Joura, said": where a resident lives is where what he saw was
            boolean seat = speakerSetting(s)[p.from()] && !Attributor.residentOf(s.tokens, p.from()) && !localBodysTown(s, p);
            if (skipSpeakersPlace && seat || s.listItem != null && s.listItem[p.from()]) {
                continue;
            }
            if (!d.subsetMarker && s.partPlace != null && s.partPlace[p.from()]) {
                continue; // "killed 38 people, 13 of them in Hamouriyah": the part's place, not the whole's
            }
            if (!d.subsetMarker && p.from() > d.figureEnd && (shareOfThemIn(s.tokens, p.from()) || inPartAfterTheWhole(s, d.figureEnd, p.from()))) {
                continue; // "614 fighters killed in the campaign, roughly half of them in the battle for al-Bab"
            }
            if (skipSpeakersPlace && (sentElsewhere(s, p) || comparedWith(s, p) || inTimeClause(s, p) || inTrailingAsClause(s, d, p)
                    || givenAsExample(s, p) || roadsideTowards(s, p) || namesARoad(s.tokens, p))) {
                continue; // "reached the camp at Ain Issa", "more than in any month of the battle for Mosul", "by the road to Baqubah"
            }
            if (launchedFrom(s, p)) {
                continue; // "Russian warplanes, tracked taking off from the Hmeimim air base": where the attackers came from
            }
            if (governmentNamedByItsCapital(s, p)) {
                continue; // "the bloodiest clash yet between Washington and forces loyal to Damascus": a side, not a place
            }
            if (describesAParty(s, p)) {
                continue; // "told Furat Voice, a network of citizen reporters covering Deir ez-Zor province, that": the network's beat
            }
            if (s.places.size() > 1 && namesAnOutlet(s.tokens, p)) {
                // "in the morgue in Muqdadiya, a council member told Diyala Today": a news outlet's name, when the sentence
                // names a place of its own (alone, "Mosul Eye reported" says which town its news is of)
                continue;
            }
            if (s.places.size() > 1 && heldByWhomTheClauseDescribes(s.tokens, p.from())) {
                continue; // "the SDF, the alliance that now holds Tal Abyad, killed 16 fighters near Ain Issa": a side's ground
            }
            if (destination(s, p) && (s.places.size() > 1 || refersToTheCity(s) || skipSpeakersPlace)) {
                continue; // "stranded east of the city, waiting to cross towards Baghdad": where they are going
            }
            if (s.places.size() > 1 && warOfTheCountry(s.tokens, p)) {
                continue; // "in Douma ..., one of the deadliest air raids of Syria's four-year war": whose war, not where
            }
            if (officeOfTheStorysRegion(s, p, ctx)) {
                continue; // "the opposition-run health directorate in Idlib said": the claim is still Khan Sheikhoun's
            }
            if (landmarkOfPlaceBefore(s, p)) {
                continue; // "in al-Mansoura, west of Raqqa": Raqqa only says where al-Mansoura is
            }
            if (ctx.currentPlace() != null && describedAsNearby(s.tokens, p)) {
                continue; // "A police officer in Khalis, the nearest town, said 19 had been killed": near where they died
            }
            if (p.from() > d.figureEnd && describesSomeOfThem(s, p.from())) {
                continue; // "35 people were killed, many of them from families displaced from Deir ez-Zor city"
            }
            if (p.from() > d.figureEnd && placesHistory(s)[p.from()]) {
                continue; // "near the roundabout, where families displaced from Hama had been sheltering"
            }
            int distance = p.from() >= d.evidenceStartToken ? p.from() - d.evidenceStartToken : (d.evidenceStartToken - p.to()) * 2 + 1;
            if (verbBetween(s, p, d)) {
                distance += 20; // "Health officials in Nineveh said 1,257 bodies ... in west Mosul": where the speaker sits
            }
            if (seat) {
                distance += 40; // "told reporters in Baghdad that no civilians were killed in Raqqa": where the speaker spoke
            }
            if (p.from() <= 2 && dateline(s, p)) {
                distance += 60; // "AMIRIYAT AL-FALLUJAH, Iraq - At least 12 people drowned fleeing Fallujah": any place the text names wins
            }
            if (p.from() > d.figureEnd && p.from() - d.figureEnd <= SPECIFIC_PLACE_REACH && !verbBetween(s, p, d)
                    && toldAsWhere(s.tokens, p.from()) && !placeOfAPart(s.tokens, d.figureEnd, p.from())) {
                after = after == null ? new ArrayList<>(2) : after;
                after.add(p);
            }
            if (distance < bestDistance) {
                best = p;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return null;
        }
        PhraseIndex.Match<Place> town = townBeforeItsProvince(s, best);
        if (town != null) {
            best = town; // "a strike on Hajin, Deir ez-Zor, killed 12": the town, in the province its capital names
        }
        // "the capital's Midan district" in a story about Yarmouk: of a name two places share, the one nearer the story
        Place chosen = gazetteer.nearestHomonym(best.value(), besidePlace(s, best, ctx));
        Place container = containerOfList(s, best);
        if (container != null) {
            return container; // "in Douma, Harasta and Hamouriyah": Eastern Ghouta
        }
        if (coordinatedWithUnrelated(s, best)) {
            // "in Deir ez-Zor province, ... raids on the towns of al-Mayadeen and Albu Kamal": the sentence names what
            // holds them both
            for (int pAt = 0; pAt < s.places.size(); pAt++) {
                PhraseIndex.Match<Place> p = s.places.get(pAt);
                if (p.value().kind().administrative() && p.to() <= best.from() && !speakerSetting(s)[p.from()]
                        && holdsAllAfter(s, p)) {
                    return p.value();
                }
            }
            for (int pAt = 0; pAt < s.places.size(); pAt++) {
                PhraseIndex.Match<Place> p = s.places.get(pAt);
                if (p.from() >= 2 && p.from() > best.to() && s.tokens.get(p.from() - 1).is("in") && BOTH_ALL.contains(s.tokens.get(p.from() - 2))
                        && gazetteer.within(best.value().id(), p.value().id())) {
                    return p.value(); // "sites in al-Qaim and Akashat, both in Anbar province": the province the sentence says holds them
                }
            }
            return Gazetteer.UNKNOWN; // "in Iraq and Syria", "in Azaz and Maarat al-Numan": no one place
        }
        for (int pAt = 0; pAt < s.places.size(); pAt++) {
            PhraseIndex.Match<Place> p = s.places.get(pAt);
            // before or after it: "Syria's Mayadin", "Busra al-Harir in eastern Daraa"
            int gap = p.from() >= best.to() ? wordsApart(s, best.to(), p.from()) : p.to() <= best.from() ? wordsApart(s, p.to(), best.from()) : -1;
            boolean landmark = landmarkOfPlaceBefore(s, p);
            if (landmark && pAt > 0 && gap >= 0 && gap <= 3 && gazetteer.within(s.places.get(pAt - 1).value().id(), chosen.id())) {
                // "in Jurf al-Nasr, north of Hilla in Babil province": Hilla only says where Jurf al-Nasr is, the town
                chosen = s.places.get(pAt - 1).value();
                continue;
            }
            if (!p.value().id().equals(chosen.id()) && gazetteer.within(p.value().id(), chosen.id()) && gap >= 0 && gap <= 3
                    && !joinedToAnother(s, p) && !(p.from() <= 2 && dateline(s, p)) && !landmark) {
                // not "BAGHDAD - Violence across Iraq killed 849": where the story was filed
                chosen = p.value(); // not "on Latamneh and Kafr Zita in the northern Hama countryside": both, so the region
            }
        }
        for (int k = 0; after != null && k < after.size() && chosen.kind().compareTo(Place.Kind.AREA) <= 0; k++) {
            // "strikes on the last enclave in eastern Syria killed 18 civilians, seven of them children, in the town of
            // Hajin": the region only says where; the claim's own words name the town
            Place p = after.get(k).value();
            if (!p.id().equals(chosen.id()) && gazetteer.within(p.id(), chosen.id())) {
                chosen = p;
            }
        }
        return chosen;
    }

    /**
     * How many words stand between two places, not counting a country named with a possessive or a region's
     * adjective: "al-Mayadeen, in Syria's eastern Deir ez-Zor province" are two words apart, as "al-Mayadeen, in Deir
     * ez-Zor province" are.
     */
    private static int wordsApart(SentenceView s, int from, int to) {
        int words = 0;
        for (int k = from; k < to; k++) {
            PhraseIndex.Match<Place> country = SentenceView.REGION_ADJECTIVES.contains(s.tokens.get(k)) ? null : s.placeFrom(k);
            if (country != null && country.value().kind() == Place.Kind.COUNTRY && country.to() < to && s.tokens.get(country.to()).possessive()) {
                k = country.to(); // "Syria's"
            } else if (!SentenceView.REGION_ADJECTIVES.contains(s.tokens.get(k))) {
                words++;
            }
        }
        return words;
    }

    /**
     * Whether the place at {@code at} is told as where something happened: "in Hajin", "near Hajin", "in
     * the town of Hajin"; not "as the militias close on Tikrit" or "since Islamic State lost Mosul".
     */
    private static boolean toldAsWhere(List<Token> t, int at) {
        int k = at - 1;
        if (k >= 3 && t.get(k).is("of") && PLACE_KIND_NOUNS.contains(t.get(k - 1)) && t.get(k - 2).is("the")) {
            k -= 3; // "in the town of"
        } else if (k >= 1 && t.get(k).is("the")) {
            k--;
        }
        return k >= 0 && (t.get(k).is("in") || t.get(k).is("near") || t.get(k).is("at"));
    }

    /**
     * Whether the place at {@code at} is a part's: "killed 18 civilians in the province, including five in
     * Hajin", "most of them in Hajin". Walking back from it, a part's figure or word comes before any comma;
     * in "18 civilians, seven of them children, in the town of Hajin" the comma comes first.
     */
    private boolean placeOfAPart(List<Token> t, int figureEnd, int at) {
        for (int k = at - 1; k >= figureEnd; k--) {
            Token w = t.get(k);
            if (w.is(",")) {
                return false;
            }
            if (PART_WORDS.contains(w) || figureStartsAt(t, k)) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet PART_WORDS = WordSet.of("including", "most", "many", "some", "half", "all", "several", "among");

    private static final WordSet PLACE_KIND_NOUNS = WordSet.of("town", "city", "village", "district", "neighbourhood",
            "neighborhood", "area", "camp");

    /** How far after a claim's figure a place inside the region named nearer still names the claim's own place. */
    private static final int SPECIFIC_PLACE_REACH = 12;

    private static final WordSet BOTH_ALL = WordSet.of("both", "all");

    /** Whether every place the sentence names after {@code region} lies within it. */
    private boolean holdsAllAfter(SentenceView s, PhraseIndex.Match<Place> region) {
        for (int pAt = 0; pAt < s.places.size(); pAt++) {
            PhraseIndex.Match<Place> p = s.places.get(pAt);
            if (p.from() >= region.to() && !gazetteer.within(p.value().id(), region.value().id())) {
                return false;
            }
        }
        return true;
    }

    private static boolean verbBetween(SentenceView s, PhraseIndex.Match<Place> p, Draft d) {
        int from = Math.min(p.to(), d.evidenceStartToken);
        int to = Math.max(p.from(), d.evidenceStartToken);
        for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
            PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
            // "bodies had been recovered", "deaths were confirmed": a passive verb has no speaker of its own
            boolean passive = v.from() > 0 && PASSIVE_AUXILIARIES.contains(s.tokens.get(v.from() - 1));
            if (v.from() >= from && v.to() <= to && !passive) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet PASSIVE_AUXILIARIES = SentenceView.PASSIVE_AUXILIARIES;
    private static final WordSet PERFECT_AUXILIARIES = SentenceView.PERFECT_AUXILIARIES;

    /**
     * The smallest place that holds every item of the list the place is in ("Douma, Harasta and
     * Hamouriyah" are all in Eastern Ghouta), when the items are not inside one another; null when
     * there is no list, or when only a province or a country holds them all (no single place, as the
     * corpus rules say).
     */
    private Place containerOfList(SentenceView s, PhraseIndex.Match<Place> place) {
        List<PhraseIndex.Match<Place>> places = s.places;
        int at = places.indexOf(place);
        int first = at;
        int last = at;
        while (first > 0 && listJoined(s.tokens, places.get(first - 1).to(), places.get(first).from())) {
            first--;
        }
        while (last + 1 < places.size() && listJoined(s.tokens, places.get(last).to(), places.get(last + 1).from())) {
            last++;
        }
        if (first == last) {
            return null;
        }
        String common = places.get(first).value().id();
        for (int i = first + 1; i <= last && common != null; i++) {
            String other = places.get(i).value().id();
            if (gazetteer.related(places.get(i - 1).value().id(), other)) {
                return null; // "Raqqa, Syria": one place and what holds it
            }
            common = gazetteer.within(other, common) ? common : gazetteer.commonContainer(common, other);
        }
        Place holder = common == null ? null : gazetteer.byId(common).orElse(null);
        // a named area or a town holds them as one place ("Eastern Ghouta"); an administrative district, a
        // province or a country is too wide to say where ("near Haditha and Heet" is no claim about all of
        // Anbar, "Kafr Nubl and Hass" none about the Maarat al-Numan district)
        return holder == null || holder.parent() == null || holder.kind() == Place.Kind.GOVERNORATE
                || holder.kind() == Place.Kind.DISTRICT || holder.kind() == Place.Kind.SUBDISTRICT ? null : holder;
    }

    private boolean coordinatedWithUnrelated(SentenceView s, PhraseIndex.Match<Place> place) {
        for (int otherAt = 0; otherAt < s.places.size(); otherAt++) {
            PhraseIndex.Match<Place> other = s.places.get(otherAt);
            // "in Iraq and Syria", "displaced from Kirkuk, Tuz Khurmatu and other disputed areas"
            boolean joined = joinedPlaces(s.tokens, place.to(), other.from()) || joinedPlaces(s.tokens, other.to(), place.from())
                    || commaListed(s.tokens, place, other) || commaListed(s.tokens, other, place);
            if (joined && !gazetteer.related(place.value().id(), other.value().id())) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet PLACE_PREPOSITIONS = WordSet.of("in", "around", "near", "across", "on");

    /**
     * "treated at hospitals in Qamishli and Amuda", "died in a hospital in Tabqa", "the field hospital
     * at Hammam al-Alil": where the wounded were taken, not where they were hurt, once the article
     * has said where that was.
     */
    private static boolean whereTheWoundedWereTaken(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        int at = namedAsNearby(t, p.from());
        if (at >= 1 && (t.get(at).is("and") || t.get(at).is("or"))) {
            // "Hospitals in Amiriyat al-Fallujah and Baghdad have received": the second as the first
            PhraseIndex.Match<Place> first = placeEndingAt(s, at);
            return first != null && whereTheWoundedWereTaken(s, first);
        }
        if (at >= 2 && t.get(at).is("the") && t.get(at - 1).is("on") && p.to() < t.size() && BASES.contains(t.get(p.to()))) {
            at--; // "the military hospital on the Habbaniyah base"
        }
        if (at < 1 || !(t.get(at).is("in") || t.get(at).is("at") || t.get(at).is("on"))) {
            return false;
        }
        for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
            if (MEDICAL_SITES.contains(t.get(k)) || k >= 1 && t.get(k).is("care") && t.get(k - 1).is("intensive")) {
                return !hospitalAttacked(t, k); // (not "for lack of medical care in Madaya", where they died)
            }
            if (!t.get(k).isWord() || MEDICAL_STAFF.contains(t.get(k))) {
                break; // "hospital officials in Kirkuk said": who speaks there, not where anyone was taken
            }
        }
        // "Hospital officials in Baquba, where most of the casualties were taken, said"
        if (p.to() + 2 < t.size() && t.get(p.to()).is(",") && t.get(p.to() + 1).is("where")) {
            for (int k = p.to() + 2; k < Math.min(t.size(), p.to() + 9) && !t.get(k).isPunct(); k++) {
                boolean knockedDown = k + 1 < t.size() && t.get(k + 1).is("down"); // "where a strike brought down a building"
                if ((MOVED.contains(t.get(k)) || t.get(k).is("treated") || t.get(k).is("brought")) && !knockedDown) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final WordSet BASES = WordSet.of("base", "airbase", "compound");

    /**
     * "At Samarra's general hospital, a doctor said ... the bodies of 46 soldiers" in a story about
     * Tikrit: the hospital of another town than the story's, where the wounded and the dead were
     * brought; not "Doctors at al-Qaim's main hospital" in a story about al-Qaim, nor when the sentence
     * speaks of "the town".
     */
    private boolean hospitalOfAnotherTown(SentenceView s, PhraseIndex.Match<Place> p, ArticleContext ctx) {
        List<Token> t = s.tokens;
        Place story = ctx.currentPlace();
        // "Samarra's general hospital", and "a Baghdad hospital", "al-Yarmouk hospital" (a hospital named after a place)
        boolean possessive = p.to() + 1 < t.size() && t.get(p.to()).possessive();
        boolean named = p.to() < t.size() && MEDICAL_SITES.contains(t.get(p.to()));
        if (story == null || !possessive && !named || story.id().equals(p.value().id())
                || gazetteer.related(story.id(), p.value().id()) || refersToTheCity(s)) {
            // ("wounded since the town was retaken": the hospital's own town)
            return false;
        }
        for (int k = possessive ? p.to() + 1 : p.to(); k < Math.min(t.size(), p.to() + 4) && t.get(k).isWord(); k++) {
            if (MEDICAL_SITES.contains(t.get(k))) {
                return !hospitalAttacked(t, p.from());
            }
        }
        return false;
    }

    /**
     * The index of the word before a place's name, past "the nearby town of", "the neighbouring village
     * of" or "the village of" ("a field hospital in the nearby town of al-Atarib"), where "in" or "at" would stand.
     */
    private static int namedAsNearby(List<Token> t, int placeStart) {
        int k = placeStart - 1;
        if (k >= 1 && SentenceView.REGION_ADJECTIVES.contains(t.get(k))) {
            k--; // "al-Yarmouk hospital in western Baghdad"
        }
        if (k >= 3 && t.get(k).is("of") && PLACE_NOUNS.contains(t.get(k - 1))) {
            k -= NEIGHBOURING.contains(t.get(k - 2)) ? 3 : 2; // "in the village of al-Karama" too
            return t.get(k).is("the") || t.get(k).is("a") ? k - 1 : k;
        }
        return k;
    }

    /**
     * What tells which of two places of one name is meant: another place the sentence names, which has
     * no homonym ("the Aleppo neighbourhood of al-Midan"), else the place the story is in.
     */
    private Place besidePlace(SentenceView s, PhraseIndex.Match<Place> named, ArticleContext ctx) {
        if (gazetteer.homonymsOf(named.value()).isEmpty()) {
            return null; // not asked for: the name is one place's
        }
        for (int pAt = 0; pAt < s.places.size(); pAt++) {
            Place other = s.places.get(pAt).value();
            if (s.places.get(pAt) != named && gazetteer.homonymsOf(other).isEmpty()) {
                return other;
            }
        }
        return ctx.currentPlace();
    }

    /** Whether the place at {@code at} only says where a facility is: "a base near Habbaniyah", "camps outside Erbil". */
    private static boolean facilityNear(List<Token> t, int at) {
        return at >= 2 && NEAR.contains(t.get(at - 1)) && FACILITIES.contains(t.get(at - 2));
    }

    private static final WordSet FACILITIES = WordSet.of("base", "bases", "camp", "camps", "checkpoint", "checkpoints", "airport",
            "airbase", "prison", "facility");

    private static final WordSet NEIGHBOURING = WordSet.of("nearby", "neighbouring", "neighboring", "adjacent");

    private static final WordSet MEDICAL_STAFF = WordSet.of("officials", "official", "director", "directors", "staff", "doctors",
            "doctor", "sources", "source", "spokesman", "spokeswoman", "administrators", "workers");

    /** "barrel bombs near the surgical hospital in Kafranbel", "struck the hospital in Sarmin": the hospital is the target. */
    private static boolean hospitalAttacked(List<Token> t, int hospital) {
        for (int k = hospital - 1; k >= Math.max(0, hospital - 3); k--) {
            if (TARGETING.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet TARGETING = WordSet.of("near", "on", "outside", "struck", "hit", "hitting", "targeted",
            "bombed", "shelled", "attacked", "against");

    // "the trauma stabilisation point in Gogjali", "the surgical wards in Erbil" ("intensive care in" too, in its place)
    private static final WordSet MEDICAL_SITES = WordSet.of("hospital", "hospitals", "clinic", "clinics", "morgue", "morgues",
            "point", "points", "wards");

    /**
     * "said Fatima Jasim, 41, a nurse ... Jasim said the wounded were treated": a one-word place name
     * that is the surname of someone the article has named is that person, not the town of Jasim.
     */
    private boolean surnameOfSomeoneNamed(SentenceView s, PhraseIndex.Match<Place> p, ArticleContext ctx) {
        return p.to() - p.from() == 1 && (ctx.isSurname(s.tokens.get(p.from())) || givenName(s, p) || surnameAfterTitledName(s.tokens, p.from()));
    }

    /**
     * "Father Yuhanna Mansour", "Sheikh Ahmad Fahd", "Captain Ali Hasan": a one-word place right after a capitalised
     * word (a given name) that follows a title or a rank is the man's family name, not Baghdad's Mansour.
     */
    private static boolean surnameAfterTitledName(List<Token> t, int at) {
        if (at < 2 || !t.get(at - 1).isWord() || !t.get(at - 1).capitalised() || !t.get(at - 2).capitalised()) {
            return false;
        }
        Token title = t.get(at - 2);
        return PERSONS_TITLES.contains(title) || Attributor.RANKS.contains(title);
    }

    /** Titles a person's name follows: clergy's, a tribe's, a family's. */
    private static final WordSet PERSONS_TITLES = WordSet.of("father", "sheikh", "shaikh", "imam", "bishop", "archbishop", "patriarch",
            "pastor", "mullah", "sayyed", "sayyid", "mr", "mrs", "ms", "dr", "doctor");

    /**
     * "Jassim al-Fahdawi, a leader of the Albu Fahd, said": a one-word place (the town of Jasim) right
     * before an Arabic family name, set off by a comma before a capitalised surname (", Jassim Hasan, told"), or
     * after a rank ("Captain Muthanna Obaid"), is a man's given name.
     */
    private boolean givenName(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        if (p.to() >= t.size()) {
            return false;
        }
        Token next = t.get(p.to());
        int hyphen = next.hyphenAt();
        boolean familyName = next.isWord() && hyphen >= 2 && hyphen <= 3 && !next.capitalised() && next.nameLike();
        // "a member of the town's council, Jassim Hasan, told reporters": set off by commas, a plain capitalised surname
        boolean setOff = p.from() >= 1 && t.get(p.from() - 1).is(",") && next.isWord() && next.capitalised() && hyphen < 0;
        // "Police spokesman Captain Muthanna Obaid said": a rank, then the first name
        // (not a headline's "Major Mosul Offensive Kills 30": the surname is set off by a comma or speaks)
        int rank = p.from() >= 2 && t.get(p.from() - 1).is(".") ? p.from() - 2 : p.from() - 1;
        boolean ranked = rank >= 0 && Attributor.RANKS.contains(t.get(rank)) && t.get(rank).capitalised() && !s.title
                && next.isWord() && next.capitalised() && hyphen < 0 && p.to() + 1 < t.size()
                && (t.get(p.to() + 1).is(",") || lexicon.speechVerbs.startsAt(t, p.to() + 1));
        if (ranked) {
            return true;
        }
        if (!familyName && !setOff) {
            return false; // "al-Fahdawi", "el-Sheikh": a lower-case article, then a capital
        }
        if (p.from() >= 1 && BEFORE_A_PLACE.contains(t.get(p.from() - 1))) {
            return false; // "in Mosul al-Qadima": a quarter of the city the gazetteer does not list
        }
        int after = p.to() + 1;
        if (setOff && !familyName && (after >= t.size() || !t.get(after).is(","))) {
            return false; // ", Jassim Hasan, told", set off on both sides: not ", Mosul Eye reported", an outlet named after its town
        }
        if (after >= t.size() || !t.get(after).is(",") && !lexicon.speechVerbs.startsAt(t, after)) {
            return false; // a name is set off ("Jassim al-Fahdawi, a leader of") or speaks ("Jassim al-Fahdawi said")
        }
        for (int pAt = 0; pAt < s.places.size(); pAt++) {
            if (s.places.get(pAt).from() == p.to()) {
                return false; // "Raqqa, al-Tabqa": two places
            }
        }
        return true;
    }

    /**
     * Whether the place is one of a list of places that are neither inside one another nor parts of
     * one town ("Hajin, al-Shafa and al-Susah", "in Iraq and Syria").
     */
    private boolean listedWithOthers(SentenceView s, PhraseIndex.Match<Place> place) {
        if (s.places.size() < 2) {
            return false;
        }
        for (int otherAt = 0; otherAt < s.places.size(); otherAt++) {
            PhraseIndex.Match<Place> other = s.places.get(otherAt);
            if (other.from() - place.to() > LIST_JOIN_SPAN || place.from() - other.to() > LIST_JOIN_SPAN) {
                continue; // too far apart to be joined in a list
            }
            boolean joined = listJoined(s.tokens, place.to(), other.from()) || listJoined(s.tokens, other.to(), place.from());
            if (joined && !gazetteer.related(place.value().id(), other.value().id())
                    && !gazetteer.settlementOf(place.value()).equals(gazetteer.settlementOf(other.value()))) {
                return true; // "the New Aleppo and Hamdaniyah districts" are both Aleppo
            }
        }
        return false;
    }

    /** Two list items: only a comma, "and", ", and" or "or" between them. */
    /** The most words {@link #listJoined} can find between two places: "and in the north of", "and neighbouring parts of". */
    private static final int LIST_JOIN_SPAN = 8;

    /** The index of the first match that starts at or after {@code at} (matches in order), or the list's size. */
    static <V> int firstStartingFrom(List<PhraseIndex.Match<V>> matches, int at) {
        return firstAtOrAfter(matches, PhraseIndex.Match::from, at);
    }

    /** The index of the first item whose {@code start} is at or after {@code at} (items in order of it), or the list's size. */
    private static <T> int firstAtOrAfter(List<T> items, java.util.function.ToIntFunction<T> start, int at) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(items.get(mid)) < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean listJoined(List<Token> t, int end, int start) {
        if (start <= end) {
            return false;
        }
        return joinedPlaces(t, end, start) || start == end + 1 && (t.get(end).is(",") || t.get(end).is("or"))
                || start == end + 2 && t.get(end).is(",") && (t.get(end + 1).is("and") || t.get(end + 1).is("or"));
    }

    /**
     * "The governor of Homs province said", "the health directorate in Idlib said", "Idlib's opposition health
     * directorate recorded": a place that names the office whose words follow, in the province the story is
     * already in, says whose office it is, not that the story moved from the town it was in.
     */
    private boolean officeOfTheStorysRegion(SentenceView s, PhraseIndex.Match<Place> p, ArticleContext ctx) {
        Place current = ctx.currentPlace();
        if (current == null || current.id().equals(p.value().id()) || !namesAnOffice(s.tokens, p)) {
            return false;
        }
        // the office of a province or of its namesake capital ("Kirkuk's governor"), not of a town of its own
        // ("Taza's mayor", whose town the story may come back to)
        String region = gazetteer.regionOf(p.value().id());
        boolean ofTheProvince = gazetteer.within(current.id(), p.value().id())
                || gazetteer.within(current.id(), region) && gazetteer.byId(region).map(r -> r.name().startsWith(p.value().name() + " ")).orElse(false);
        if (!ofTheProvince || region.equals(Gazetteer.UNKNOWN.id())) {
            return false;
        }
        for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
            PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
            if (v.from() >= p.to() && v.from() - p.to() <= OFFICE_TO_VERB && !figureBetween(s.tokens, p.to(), v.from())
                    && !lexicon.outcomes.startsAt(s.tokens, p.to())) {
                return true;
            }
        }
        return false;
    }

    /** Whether an office's word stands right before the place ("governor of", "directorate in") or after its possessive. */
    private static boolean namesAnOffice(List<Token> t, PhraseIndex.Match<Place> p) {
        int k = p.from() - 1;
        if (k >= 1 && (t.get(k).is("of") || t.get(k).is("in")) && OFFICES.contains(t.get(k - 1))) {
            return true;
        }
        int after = p.to() < t.size() && t.get(p.to()).possessive() ? p.to() + 1 : p.to();
        for (int j = after; j < Math.min(t.size(), after + 3) && t.get(j).isWord(); j++) {
            if (OFFICES.contains(t.get(j))) {
                return true;
            }
        }
        return false;
    }

    private boolean figureBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (figureStartsAt(t, k)) {
                return true; // "killing two people, SANA said"
            }
        }
        return false;
    }

    /** Whether a figure starts at {@code k}: a number, or number words the count parser reads ("two", "a dozen"). */
    private boolean figureStartsAt(List<Token> t, int k) {
        Token w = t.get(k);
        return w.kind() == Token.Kind.NUMBER || counts.mayStartCount(w) && counts.figureAt(t, k) != null;
    }

    /**
     * Offices a place's name can go with ("Dhi Qar's health director", "the governor of Homs province"). "Council",
     * "police" and "officials" are a town's as often as a province's; they are safe here because the office is only
     * passed over when its place holds the town the story is in. ("Mayor" is a town's own: "Taza's mayor", "Idlib's
     * mayor said ... in the city", a town the story may come back to.) Medics, doctors and aid organisations "in
     * Idlib" who speak sit there the same way ("partner organisations in Idlib had recorded at least 70 deaths").
     */
    private static final WordSet OFFICES = WordSet.of("governor", "directorate", "director", "council", "police", "officials", "chief",
            "medics", "doctors", "organisations", "organizations", "partners");
    /** How far after the office's place its speech verb may stand ("the governor of Homs province told state television"). */
    private static final int OFFICE_TO_VERB = 8;

    /**
     * Whether the place at {@code at} is what a relative clause says someone holds: "which still holds
     * Mosul", "who control the town". A party's ground, told in passing, is not where the story is.
     */
    private static boolean heldByWhomTheClauseDescribes(List<Token> t, int at) {
        int k = at - 1;
        if (k >= 0 && t.get(k).is("the")) {
            k--;
        }
        if (k < 1 || !HOLDING_VERBS.contains(t.get(k))) {
            return false;
        }
        k--;
        while (k >= 0 && at - k <= 5 && CLAUSE_ADVERBS.contains(t.get(k))) {
            k--;
        }
        // set off by a comma, as what someone holds now: "the militants that occupied Palmyra killed 19 there" is Palmyra's
        return k >= 1 && (t.get(k).is("which") || t.get(k).is("who")) && t.get(k - 1).is(",") || k >= 1 && t.get(k).is("that")
                && insideApposition(t, k);
    }

    /**
     * Whether the word at {@code at} stands in words set off by a comma and opened by an article, a few words in: "the
     * SDF, the Kurdish-Arab alliance that now holds Tal Abyad, killed": a description of the name before the comma.
     */
    private static boolean insideApposition(List<Token> t, int at) {
        for (int k = at - 1; k >= 1 && at - k <= APPOSITION_WORDS; k--) {
            if (t.get(k).is(",")) {
                return ARTICLES.contains(t.get(k + 1));
            }
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** How many words the description may take before its "that": "the Kurdish-Arab alliance that". */
    private static final int APPOSITION_WORDS = 5;

    private static final WordSet HOLDING_VERBS = WordSet.of("holds", "hold", "controls", "control", "occupies", "besieges");
    private static final WordSet CLAUSE_ADVERBS = WordSet.of("still", "now", "also", "once", "then", "already", "largely", "long");

    /**
     * Whether the place stands in the words, set off by commas, that say what a name right before them
     * is: "Furat Voice, a network of citizen reporters covering Deir ez-Zor province," tells where the
     * network reports from, not where the claim is.
     */
    private static boolean describesAParty(SentenceView s, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        int open = p.from() - 1;
        while (open > 0 && p.from() - open <= PARTY_DESCRIPTION_WORDS && t.get(open).isWord()) {
            open--;
        }
        if (open < 1 || !t.get(open).is(",") || open + 1 >= p.from() || !ARTICLES.contains(t.get(open + 1))) {
            return false;
        }
        boolean body = false; // "a network of citizen reporters", "an activist group": not "a nurse at a field clinic in Douma"
        for (int k = open + 2; k < Math.min(p.from(), open + 5) && !body; k++) {
            body = REPORTING_BODIES.contains(t.get(k));
        }
        if (!body) {
            return false;
        }
        int close = p.to();
        while (close < t.size() && close - p.to() <= 2 && t.get(close).isWord()) {
            close++;
        }
        if (close >= t.size() || !t.get(close).is(",")) {
            return false;
        }
        // a party's name, listed or not ("Furat Voice"); not a place's ("al-Mansoura, a town west of Raqqa,"), whose
        // words say where it is
        if (!t.get(open - 1).isWord() || !t.get(open - 1).capitalised()) {
            return false;
        }
        for (int pAt = 0; pAt < s.places.size(); pAt++) {
            if (s.places.get(pAt).to() == open) {
                return false;
            }
        }
        return true;
    }

    private static final WordSet ARTICLES = WordSet.of("a", "an", "the");
    private static final WordSet REPORTING_BODIES = WordSet.of("network", "group", "monitor", "organisation", "organization",
            "agency", "outlet", "website", "collective", "campaign", "channel", "station", "newspaper", "service");
    /** How many words may describe a party before the place in its description. */
    private static final int PARTY_DESCRIPTION_WORDS = 10;

    /** Whether the place is one of two or more joined by "and" ("Latamneh and Kafr Zita"). */
    private static boolean joinedToAnother(SentenceView s, PhraseIndex.Match<Place> place) {
        for (int otherAt = 0; otherAt < s.places.size(); otherAt++) {
            PhraseIndex.Match<Place> other = s.places.get(otherAt);
            if (other != place && (joinedPlaces(s.tokens, place.to(), other.from()) || joinedPlaces(s.tokens, other.to(), place.from()))) {
                return true;
            }
        }
        return false;
    }

    /** "Azaz and Maarat al-Numan", "around Jisr al-Shughur and in the Ghab Plain": two places joined by "and". */
    private static boolean joinedPlaces(List<Token> t, int end, int start) {
        if (start <= end || !t.get(end).is("and")) {
            return false;
        }
        int k = end + 1;
        if (k < start && PLACE_PREPOSITIONS.contains(t.get(k))) {
            k++;
        }
        if (k < start && t.get(k).is("the")) {
            k++;
        }
        if (k + 1 < start && SentenceView.COMPASS.contains(t.get(k)) && t.get(k + 1).is("of")) {
            k += 2; // "in Idlib province and the north of Hama province"
        } else if (k < start && (SentenceView.REGION_ADJECTIVES.contains(t.get(k)) || NEIGHBOURING.contains(t.get(k)))) {
            k++; // "in Idlib and northern Hama", "in Idlib and neighbouring Hama province"
        }
        if (k + 1 < start && PARTS_OF.contains(t.get(k)) && t.get(k + 1).is("of")) {
            k += 2; // "in Idlib and neighbouring parts of Aleppo province"
        }
        return k == start;
    }

    private static final WordSet PARTS_OF = WordSet.of("parts", "areas", "part");

    /**
     * Whether {@code second} follows {@code first} after a comma in a list that goes on with "and" or "or" ("Kirkuk,
     * Tuz Khurmatu and other disputed areas"); not a place set off after another ("Hajin, Deir ez-Zor, killed").
     */
    private static boolean commaListed(List<Token> t, PhraseIndex.Match<Place> first, PhraseIndex.Match<Place> second) {
        if (second.from() != first.to() + 1 || !t.get(first.to()).is(",") || second.to() >= t.size()) {
            return false;
        }
        // past more names and commas ("Iraq, Syria, Afghanistan and Yemen") to the "and" that ends the list
        for (int k = second.to(); k < Math.min(t.size(), second.to() + PLACE_LIST_REACH); k++) {
            Token w = t.get(k);
            if (w.is("and") || w.is("or")) {
                return true;
            }
            if (!(w.is(",") || w.isWord() && w.capitalised())) {
                return false;
            }
        }
        return false;
    }

    /** How many names and commas may stand between the second place of a list and its "and". */
    private static final int PLACE_LIST_REACH = 8;

    /**
     * "Hajin, Deir ez-Zor,", "Saraqeb, Idlib.": a city named after a town of its own province, set off by commas,
     * names the province by its capital's name, as datelines and wire copy do; the town before it, or null.
     */
    private PhraseIndex.Match<Place> townBeforeItsProvince(SentenceView s, PhraseIndex.Match<Place> city) {
        List<Token> t = s.tokens;
        if (city.value().kind() != Place.Kind.CITY || city.from() < 2 || !t.get(city.from() - 1).is(",")
                || city.to() < t.size() && !t.get(city.to()).isPunct()) {
            return null;
        }
        for (int pAt = 0; pAt < s.places.size(); pAt++) {
            PhraseIndex.Match<Place> town = s.places.get(pAt);
            if (town.to() == city.from() - 1 && town.value().kind().settlement() && !town.value().id().equals(city.value().id())
                    && gazetteer.regionOf(town.value().id()).equals(gazetteer.regionOf(city.value().id()))) {
                return town;
            }
        }
        return null;
    }

    /** "the town's vegetable market", "the city's outskirts": what happened is in that town. */
    private static boolean possessiveOfTheCity(SentenceView s) {
        List<Token> t = s.tokens;
        for (int k = 0; k + 2 < t.size(); k++) {
            if (t.get(k).is("the") && SETTLEMENT_NOUNS.contains(t.get(k + 1)) && t.get(k + 2).possessive()) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet SETTLEMENT_NOUNS = WordSet.of("city", "town", "village");
    private static final WordSet CITY_NOUN = WordSet.of("city");
    private static final WordSet SMALLER_SETTLEMENT_NOUNS = WordSet.of("town", "village");
    private static final WordSet CAPITAL = WordSet.of("capital");
    /** Words that take the victims out of their own country: "killed across the border", "abroad". */
    private static final WordSet ABROAD = WordSet.of("border", "abroad");
    private static final WordSet BEFORE_A_PLACE = WordSet.of("in", "near", "at", "from", "of", "to", "outside", "around", "inside");

    /** "in the attack", "the strike", "the hospital's staff": the incident, or the site struck, the article told of before. */
    private static boolean refersToTheIncident(SentenceView s) {
        List<Token> t = s.tokens;
        for (int k = 0; k + 1 < t.size(); k++) {
            if (t.get(k).is("the") && INCIDENTS.contains(t.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet INCIDENTS = WordSet.of("attack", "strike", "airstrike", "raid", "bombing", "massacre", "blast",
            "explosion", "shelling", "hospital", "market", "school", "mosque", "bakery");

    /**
     * A headline that ends ", monitor says" or ", rights group says": a source the headline leaves unnamed speaks,
     * which is the outlet's to report, not a party named earlier in it ("Syria's war killed 39,000 in 2017, monitor says").
     */
    private static boolean unnamedMonitorSays(List<Token> t) {
        int n = t.size();
        if (n > 0 && t.get(n - 1).isPunct()) {
            n--;
        }
        if (n < 3 || !(t.get(n - 1).is("says") || t.get(n - 1).is("say") || t.get(n - 1).is("said"))) {
            return false;
        }
        int k = n - 2;
        if (UNNAMED_MONITORS.contains(t.get(k)) && t.get(k - 1).is(",")) {
            return true; // ", monitor says"
        }
        return k >= 2 && (t.get(k).is("group") || t.get(k).is("groups")) && SOURCE_GROUP_KINDS.contains(t.get(k - 1)) && t.get(k - 2).is(",");
    }

    private static final WordSet UNNAMED_MONITORS = WordSet.of("monitor", "monitors");

    /** Where "a war monitor said", "a monitor says" or "according to a monitoring group" starts in the sentence (its "a"); or -1. */
    private static int unnamedMonitorAt(List<Token> t) {
        for (int k = 0; k + 2 < t.size(); k++) {
            if (!t.get(k).is("a")) {
                continue;
            }
            int noun = t.get(k + 1).is("war") ? k + 2 : k + 1;
            boolean monitor = t.get(noun).is("monitor") || t.get(noun).is("monitoring") && noun + 1 < t.size() && t.get(noun + 1).is("group");
            int after = t.get(noun).is("monitoring") ? noun + 2 : noun + 1;
            boolean says = after < t.size() && (t.get(after).is("said") || t.get(after).is("says"));
            boolean accordingTo = k >= 2 && t.get(k - 1).is("to") && t.get(k - 2).is("according");
            if (monitor && (says || accordingTo)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the last verb of saying before {@code at} is the unnamed monitor's, whose "a" stands at {@code monitor}. */
    private static boolean saidByTheMonitor(SentenceView s, int monitor, int at) {
        PhraseIndex.Match<Boolean> last = null;
        for (int vAt = 0; vAt < s.speechVerbs.size() && s.speechVerbs.get(vAt).from() < at; vAt++) {
            last = s.speechVerbs.get(vAt);
        }
        return last != null && last.from() > monitor && last.from() - monitor <= MONITOR_PHRASE_WORDS;
    }

    /** How many words "a war monitor" or "a monitoring group" takes before its verb. */
    private static final int MONITOR_PHRASE_WORDS = 4;

    private static boolean monitorSpeaks(List<Attributor.Speaker> speakers) {
        return speakers.size() == 1 && "monitor".equals(speakers.get(0).party().kind());
    }

    /** The monitor the sentence after {@code index} names: the unnamed one's name. */
    private static Attributor.Speaker monitorNamedNext(Views views, int index) {
        if (index + 1 >= views.size()) {
            return null;
        }
        SentenceView next = views.get(index + 1);
        for (int mAt = 0; mAt < next.mentions.size(); mAt++) {
            if (next.mentions.get(mAt).value() instanceof Mention.OfParty op && "monitor".equals(op.party().kind())) {
                return new Attributor.Speaker(op.party(), null);
            }
        }
        return null;
    }
    /** "rights group", "aid group": kinds of group a headline names instead of the group. */
    private static final WordSet SOURCE_GROUP_KINDS = WordSet.of("rights", "aid");

    /** "Syria's four-year war", "Iraq's conflict": a country's war, told to size up what happened elsewhere. */
    private static boolean warOfTheCountry(List<Token> t, PhraseIndex.Match<Place> p) {
        if (p.value().parent() != null || p.to() >= t.size() || !t.get(p.to()).possessive()) {
            return false;
        }
        for (int k = p.to() + 1; k < Math.min(t.size(), p.to() + 5); k++) {
            if (WARS.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet WARS = WordSet.of("war", "conflict", "uprising", "revolution", "history");
    private static final WordSet PROTESTS = WordSet.of("protests", "protesters", "demonstrations", "demonstrators", "uprising");

    /**
     * "near the town's Martyrs' Square" in a story about Douma: a square or quarter the town has is the
     * town's own, not the one of that name the gazetteer knows in another city (Damascus's).
     */
    private boolean namesakeOfTheTownsOwn(SentenceView s, PhraseIndex.Match<Place> p, ArticleContext ctx) {
        List<Token> t = s.tokens;
        Place.Kind kind = p.value().kind();
        if (kind != Place.Kind.AREA && kind != Place.Kind.NEIGHBOURHOOD || p.from() < 3 || !t.get(p.from() - 1).possessive()
                || !t.get(p.from() - 3).is("the") || !SETTLEMENT_NOUNS.contains(t.get(p.from() - 2))) {
            return false;
        }
        Place town = ctx.lastSettlement();
        // ("In the capital, mortars hit the city's Bab Touma district": the sentence has turned to another city)
        return town != null && !gazetteer.within(p.value().id(), town.id()) && !CAPITAL.anyIn(t);
    }

    private static boolean refersToTheCity(SentenceView s) {
        return s.fact(FACT_THE_SETTLEMENT, v -> theBefore(v, SETTLEMENT_NOUNS));
    }

    /** Whether "the" stands before one of {@code nouns} somewhere in the sentence. */
    private static boolean theBefore(SentenceView s, WordSet nouns) {
        // over the sentence's "the"s, found once: claims ask this of their sentence again and again
        int[] thes = s.thes();
        for (int at = 0; at < thes.length && thes[at] + 1 < s.tokens.size(); at++) {
            if (nouns.contains(s.tokens.get(thes[at] + 1))) {
                return true;
            }
        }
        return false;
    }

    /** What closes the place a story is in: "27 deaths from hunger since the blockade was tightened in January 2015". */
    private static final WordSet BLOCKADES = WordSet.of("blockade", "enclave", "siege");

    private void perpetrate(SentenceView s, Draft d, ArticleContext ctx) {
        if (d.subsetOf != null) {
            d.perpetrator = d.subsetOf.perpetrator;
            return;
        }
        PhraseIndex.Match<String> nearest = null;
        boolean blamedOnNearest = false; // the figure is blamed on the nearest party ("Russian forces for 1,436")
        int bestDistance = Integer.MAX_VALUE;
        // "56 IS attackers had been killed", "74 of the attackers": the victims are the side that attacked,
        // so the attacker told before is not who killed them
        boolean victimsAttacked = d.category == Category.COMBATANTS && attackersCounted(s.tokens, d);
        for (int pAt = 0; pAt < s.perpetrators.size(); pAt++) {
            PhraseIndex.Match<String> p = s.perpetrators.get(pAt);
            if (p.from() > d.evidenceStartToken && p.to() < d.figureEnd && d.category == Category.COMBATANTS
                    && lexicon.victims.at(s.tokens, p.to()).filter(v -> v.value() == Category.COMBATANTS).isPresent()) {
                continue; // "killed 112 Islamic State fighters": the victims' own side, not who killed them
            }
            if (victimsAttacked && amongTheVictims(s.tokens, p.from())) {
                continue; // "56 IS attackers had been killed, among them the suicide bombers"
            }
            if (p.to() + 1 < s.tokens.size() && s.tokens.get(p.to()).possessive() && TALLY_NOUNS.contains(s.tokens.get(p.to() + 1))) {
                continue; // "killed 62 Syrian soldiers by Russia's count": who counted, not who killed
            }
            if (p.from() < d.evidenceStartToken && s.attributedTo(p.from()) && shareBefore(s.tokens, p.from())) {
                continue; // "290 to Russian strikes and about 120 to the coalition": what the figure before is put down to
            }
            int blamedAt = SentenceView.blamedFigureAfter(s.tokens, p.to());
            if (blamedAt == d.evidenceStartToken) {
                nearest = p; // "Russian forces for 1,436": the party the figure is blamed on, right before it
                blamedOnNearest = true;
                break;
            }
            if (blamedAt >= 0) {
                continue; // "..., Russian forces for 1,436 and the US-led coalition for 1,759": another share's party
            }
            if (p.from() > d.figureEnd && describesSomeOfThem(s, p.from())) {
                continue; // "307 civilians were killed, many of them shot by Islamic State snipers": some of them, not the whole
            }
            int item = SentenceView.itemFigureAfter(s.tokens, p.to());
            if (item >= 0 && item != d.evidenceStartToken) {
                continue; // "..., Russian jets 1,019 and the coalition 566": the attackers of the other items
            }
            int distance = Math.abs(p.from() - d.evidenceStartToken);
            if (distance < bestDistance) {
                nearest = p;
                bestDistance = distance;
            }
        }
        if (nearest != null) {
            d.perpetrator = jointlyNamed(s, nearest) ? null : attackerAt(s, nearest, d.place, ctx);
            if (d.perpetrator != null && !blamedOnNearest && victimsOfSide(s, d, d.perpetrator)) {
                d.perpetrator = null; // "repelled an Islamic State attack on Gwer, killing 40 militants": its own men
            }
            // a share's attacker named with it is its own, not its whole's: "2,301 to strikes by the US-led coalition"
            // and so is a part's in a sentence of its own: "Of the dead, 380 were killed by Turkish strikes"
            d.ownAttacker |= nearest.from() > d.evidenceStartToken && (s.attributedTo(nearest.from()) || d.attributedShare
                    || ofThoseBefore(s.tokens)) || blamedOnNearest;
        } else if ((d.outcome == Outcome.KILLED || d.outcome == Outcome.INJURED) && !longToll(d) && !s.fact(FACT_GRAVES, v -> GRAVES.anyIn(v.tokens)) && !victimsAttacked
                && !(d.category == Category.COMBATANTS && s.fact(FACT_BATTLES, v -> BATTLES.anyIn(v.tokens)))) {
            // bodies found in a grave were killed by whoever the grave's own words blame, not by the
            // attacker of the strikes told before it; fighters who died in clashes by the other side
            // "died of heat and exhaustion", "from pneumonia": no one's attack, whoever attacked before
            String told = naturalCause(s.tokens, d) ? null : d.polarity != Polarity.ASSERTS ? ctx.attackerAnswered() : ctx.lastPerpetrator();
            // "SDF fighters killed 38 militants on Tuesday. Five SDF fighters were wounded": the victims' own side
            // is not who harmed them
            d.perpetrator = told != null && victimsOfSide(s, d, told) ? null : told;
        }
        if (NO_ID.equals(d.perpetrator)) {
            d.perpetrator = null; // "Iraqi army shelling": an attacker the schema has no id for
        }
    }

    /** Whether the period ends within a week of its start: a day's or a few days' events, not a campaign's. */
    private static boolean withinAWeek(Period p) {
        return p.getEnd() != null && !p.getStart().plusDays(7).isBefore(p.getEnd());
    }

    /** "killed since the protests began on Tuesday": a count from the protests' start, however recent. */
    private static boolean sinceTheProtests(List<Token> t) {
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).is("since") && PROTESTS.anyIn(t, k + 1, Math.min(t.size(), k + 1 + SINCE_PROTESTS_REACH))) {
                return true;
            }
        }
        return false;
    }

    /** How far after "since" the protests may be named: "since anti-government protests began". */
    private static final int SINCE_PROTESTS_REACH = 3;

    /**
     * "SNHR put civilian deaths in 2018 higher, at 6,964": a toll of a whole year that names no
     * place counts the whole country, not the town the article spoke of last.
     */
    private static boolean aYearOrMore(Period p) {
        return p.getEnd() != null && !p.getStart().plusDays(364).isAfter(p.getEnd());
    }

    /**
     * Whether the figure's own words name the victims as fighters of {@code side} ("Five SDF fighters", "120
     * militants" when the side is an armed group).
     */
    private boolean victimsOfSide(SentenceView s, Draft d, String side) {
        if (d.category != Category.COMBATANTS) {
            return false;
        }
        // "its troops killed 40 militants" after the Islamic State's attack: the armed group's own men (not
        // "40 rebels" after it: the side it attacked)
        WordSet own = "islamic-state".equals(side) ? MILITANT_WORDS : "rebels".equals(side) ? REBEL_WORDS : null;
        if (own != null && d.figureEnd > 0 && d.figureEnd <= s.tokens.size() && own.contains(s.tokens.get(d.figureEnd - 1))) {
            return true;
        }
        // all the names, not only those the sentence reads as attackers: a side named as victims is not one
        List<PhraseIndex.Match<String>> named = lexicon.perpetrators.findAll(s.tokens);
        for (int pAt = 0; pAt < named.size(); pAt++) {
            PhraseIndex.Match<String> p = named.get(pAt);
            if (p.from() >= d.evidenceStartToken && p.to() <= d.figureEnd
                    && (p.value().equals(side) || MILITANTS.equals(p.value()) && ARMED_GROUPS.contains(side))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the figure's clause says its people died or fell ill "of" or "from" something no one did. */
    private static boolean naturalCause(List<Token> t, Draft d) {
        // "27 people, most of them small children, had died of exhaustion": past an aside, up to the clause's end
        for (int k = Math.max(d.figureEnd, 1); k + 1 < t.size() && k < d.figureEnd + NATURAL_CAUSE_REACH
                && !t.get(k).is(";") && !t.get(k).is("."); k++) {
            if ((t.get(k).is("of") || t.get(k).is("from")) && NATURAL_CAUSES.contains(t.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    private static final int NATURAL_CAUSE_REACH = 16;
    private static final WordSet NATURAL_CAUSES = WordSet.of("hunger", "starvation", "malnutrition", "disease", "diseases", "illness",
            "cold", "heat", "exhaustion", "dehydration", "pneumonia", "diarrhoea", "diarrhea", "cholera", "thirst", "hypothermia",
            "natural");

    private static final WordSet MILITANT_WORDS = WordSet.of("militants", "jihadists", "extremists", "insurgents", "terrorists");
    private static final WordSet REBEL_WORDS = WordSet.of("rebels", "insurgents");

    /** Whether the figure's own words count the attackers ("56 IS attackers", "74 of the attackers"). */
    private static boolean attackersCounted(List<Token> t, Draft d) {
        for (int k = d.evidenceStartToken; k < Math.min(d.figureEnd, t.size()); k++) {
            if (ATTACKERS.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** "among them the suicide bombers", "including two bombers": words that describe victims named before. */
    private static boolean amongTheVictims(List<Token> t, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
            if (t.get(k).is("including") || t.get(k).is("them") && k > 0 && t.get(k - 1).is("among")) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet ATTACKERS = WordSet.of("attackers", "assailants", "raiders", "bombers");

    /** The perpetrator value (perpetrators.tsv) of an attacker the schema has no id for. */
    private static final String NO_ID = "none";
    /** perpetrators.tsv's id for "the militants", "the jihadists": a later reference to an armed group named before. */
    private static final String MILITANTS = "militants";
    private static final java.util.Set<String> ARMED_GROUPS = java.util.Set.of("islamic-state", "rebels");

    /**
     * The armed group (not a state) "the militants" mean: the attacker told last (within {@link
     * ArticleContext#ATTACKER_REACH} sentences), when it is one ("Islamic
     * State fighters attacked rebels near al-Bab. The militants executed 12": not the rebels attacked);
     * else the armed group named last before {@code at}, in this sentence or the ones read before it, since
     * a group is often named first as what it did ("Islamic State fighters overran the village"), which is
     * no attack word; null when none was. Looked for only where the words that refer back to one stand.
     */
    private String armedGroupNamedBefore(SentenceView s, int at, ArticleContext ctx) {
        if (ARMED_GROUPS.contains(String.valueOf(ctx.lastPerpetrator()))) {
            return ctx.lastPerpetrator();
        }
        String here = lastArmedGroup(lexicon.perpetrators.findAll(s.tokens), at);
        if (here != null) {
            return here;
        }
        List<SentenceView> read = ctx.read();
        for (int i = read.size() - 1; i >= 0; i--) {
            SentenceView before = read.get(i);
            String named = before == s ? null : lastArmedGroup(lexicon.perpetrators.findAll(before.tokens), before.tokens.size());
            if (named != null) {
                return named;
            }
        }
        return null;
    }

    private static String lastArmedGroup(List<PhraseIndex.Match<String>> names, int before) {
        String last = null;
        for (PhraseIndex.Match<String> m : names) {
            if (m.to() <= before && ARMED_GROUPS.contains(m.value())) {
                last = m.value();
            }
        }
        return last;
    }
    private static final WordSet GRAVES = WordSet.of("grave", "graves");
    private static final WordSet BATTLES = WordSet.of("clashes", "clash", "fighting", "battle", "battles", "firefight", "skirmishes");
    private static final String SYRIA_GOVERNMENT = "syria-government";
    private static final String IRAQ = "iq";

    /** Words that make "government" or "army" Syria's wherever the harm was: "Syrian army", "regime", "Assad's forces". */
    private static final WordSet SYRIAN_STATE = WordSet.of("syrian", "syria", "regime", "assad", "hezbollah", "damascus");

    /** The attacker's id; "government shelling" of Fallujah is Iraq's, which the schema has no id for. */
    private String attackerAt(SentenceView s, PhraseIndex.Match<String> attacker, Place place, ArticleContext ctx) {
        if (MILITANTS.equals(attacker.value())) {
            // "shot by the militants", "the jihadists had executed": the armed group the story named last
            return armedGroupNamedBefore(s, attacker.from(), ctx);
        }
        return SYRIA_GOVERNMENT.equals(attacker.value()) && place != null && !namesSyria(s.tokens, attacker)
                && IRAQ.equals(gazetteer.countryOf(place.id())) ? NO_ID : attacker.value();
    }

    private static boolean namesSyria(List<Token> t, PhraseIndex.Match<String> p) {
        for (int k = Math.max(0, p.from() - 2); k < p.to(); k++) {
            if (SYRIAN_STATE.contains(t.get(k)) || t.get(k).startsWithLower("assad") || t.get(k).startsWithLower("pro-assad")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the victims named after "toll of" are the only ones named before the figure at {@code before}. */
    private static boolean oneKindOfVictims(SentenceView s, PhraseIndex.Match<Category> first, int before) {
        for (int vAt = 0; vAt < s.victims.size(); vAt++) {
            PhraseIndex.Match<Category> v = s.victims.get(vAt);
            if (v.from() > first.from() && v.to() <= before) {
                return false;
            }
        }
        return true;
    }

    /** Days in February, the shortest whole month a toll may count. */
    private static final int SHORTEST_MONTH = 28;

    private static boolean longToll(Draft d) {
        Period p = d.period;
        if (p == null || p.getEnd() == null) {
            return false;
        }
        if (p.getStart() == null) {
            return true;
        }
        // "put the September death toll at 1,015": a whole month's count over a whole country is of every attack in it
        boolean countrywide = d.place == null || d.place.parent() == null;
        return countrywide ? !p.getStart().plusDays(SHORTEST_MONTH - 1).isAfter(p.getEnd()) : p.getStart().plusDays(31).isBefore(p.getEnd());
    }

    /**
     * "Russian and Syrian government air strikes", "coalition or Iraqi aircraft": two attackers named
     * together, so no one of them is the perpetrator (the corpus leaves it empty).
     */
    private boolean jointlyNamed(SentenceView s, PhraseIndex.Match<String> p) {
        List<Token> t = s.tokens;
        for (int otherAt = 0; otherAt < s.perpetrators.size(); otherAt++) {
            PhraseIndex.Match<String> other = s.perpetrators.get(otherAt);
            if (other == p || other.value().equals(p.value())) {
                continue;
            }
            boolean before = other.to() + 1 == p.from() && JOINERS.contains(t.get(other.to()));
            boolean after = p.to() + 1 == other.from() && JOINERS.contains(t.get(p.to()));
            if (before || after || attacksJoined(t, other, p) || attacksJoined(t, p, other)) {
                return true;
            }
        }
        return false;
    }

    /** How many words may stand between two attackers' names joined with their weapons: "strikes and SDF". */
    private static final int JOINED_ATTACKS_REACH = 4;

    /**
     * "coalition air strikes and SDF artillery fire had killed 29 civilians": each attacker with its
     * weapons, joined by "and", and nothing between them that ends the phrase.
     */
    private boolean attacksJoined(List<Token> t, PhraseIndex.Match<String> first, PhraseIndex.Match<String> second) {
        int gap = second.from() - first.to();
        if (gap < 2 || gap > JOINED_ATTACKS_REACH || !t.get(second.from() - 1).is("and")) {
            return false;
        }
        for (int k = first.to(); k < second.from() - 1; k++) {
            if (!t.get(k).isWord() || lexicon.outcomes.startsAt(t, k) || lexicon.speechVerbs.startsAt(t, k)) {
                return false;
            }
        }
        return lexicon.attackWords.startsAt(t, second.from() - 2) || lexicon.attackWords.startsAt(t, first.to());
    }

    private static final WordSet JOINERS = WordSet.of("and", "or", "/");

    // ---- subsets, memory, output -----------------------------------------------------------

    /** "at least 60 of whom are children" is part of the 146 civilians before it, in this sentence or the last one. */
    private void linkSubsets(SentenceView s, List<Draft> current, List<Draft> earlier) {
        for (int i = 0; i < current.size(); i++) {
            Draft d = current.get(i);
            if (!d.subsetMarker || d.polarity != Polarity.ASSERTS || d.unharmed) {
                continue; // "more than 500 of them were held for questioning": some of them, to whom nothing befell
            }
            Outcome own = outcomeOfWhom(s.tokens, d.figureEnd);
            if (own == null && d.evidenceStartToken >= 1 && LOSING.contains(s.tokens.get(d.evidenceStartToken - 1))) {
                own = Outcome.KILLED; // "received more than 350 wounded and lost 13 of them": those of them who died
            }
            if (d.shareOf != null) {
                // a share after the first is a part of what the first is a part of, if anything
                if (d.shareOf.subsetOf != null) {
                    d.subsetOf = d.shareOf.subsetOf;
                    describeAs(d, d.subsetOf, false);
                    d.period = d.ownTime ? d.period : d.subsetOf.period;
                }
                continue;
            }
            Draft whole = d.wholeNamed;
            if (d.wholeFollows && whole == null) {
                for (int j = i + 1; j < current.size() && whole == null && wholeRightAfter(s.tokens, d, current.get(j)); j++) {
                    whole = wholeFor(d, current.get(j));
                }
            }
            // "nine people were still missing, and the dead included five children": not a part of the missing
            Outcome held = harmOfTheHolders(s.tokens, d.evidenceStartToken);
            for (int j = i - 1; j >= 0 && whole == null; j--) {
                Draft candidate = current.get(j);
                whole = held != null && candidate.outcome != null && candidate.outcome != held ? null : wholeFor(d, candidate);
            }
            boolean fromEarlierSentence = false;
            int looked = 0;
            for (int j = earlier.size() - 1; j >= 0 && looked < 4 && whole == null; j--) {
                if (earlier.get(j).listItem) {
                    continue; // "in Sarmin, 6; in Binnish, 5. 12 of those killed were children": the list's whole
                }
                looked++;
                whole = wholeFor(d, earlier.get(j));
                fromEarlierSentence = whole != null;
            }
            // "47 wounded ... Nineteen of the wounded were children. Four of them died": "them" are the part told last
            Draft last = i > 0 ? current.get(i - 1) : earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            Draft them = whole != null && last != null && last.subsetOf == whole ? last : whole;
            if (whole != null && own != null && whole.outcome != null && own != whole.outcome) {
                // "22 of the wounded were brought to Kilis, three of whom later died": what befell some of
                // them after, a claim of its own about those people rather than a part of the first
                describeAs(d, them, fromEarlierSentence);
                d.outcome = own;
                continue;
            }
            if (whole != null && fromEarlierSentence && d.outcome != null && whole.outcome != null && d.outcome != whole.outcome) {
                // "... had received 43 wounded. She said nine of them later died": a sentence of its own
                // with its own outcome word is a new claim about those people, not a part of the first
                describeAs(d, them, true);
                continue;
            }
            if (whole != null) {
                d.subsetOf = whole;
                describeAs(d, whole, fromEarlierSentence);
                d.outcome = whole.outcome;
                d.period = d.ownTime ? d.period : whole.period;
            } else if (own != null) {
                d.outcome = own; // "the toll rose to 58 after four of the wounded died": no whole told, the part's own harm
            }
        }
    }

    private static final WordSet HURT = WordSet.of("wounded", "injured");
    /** Words between "of the wounded" and the verb that says they died: "later died", "have since died". */
    private static final WordSet AFTERWARDS = WordSet.of("later", "since", "subsequently", "then", "have", "had", "has", "also");

    /**
     * The outcome a part says of itself right after "of whom" or "of them" ("three of whom later died",
     * "two of them have since died"), or null.
     */
    private Outcome outcomeOfWhom(List<Token> t, int end) {
        if (end >= 3 && end < t.size() && t.get(end - 3).is("of") && t.get(end - 2).is("the") && HURT.contains(t.get(end - 1))) {
            // "Four of the wounded later died", "three of the injured died overnight": what befell some of the hurt
            return firstOutcomeWord(t, end, end + 3);
        }
        int pronounEnd = end;
        while (pronounEnd > 2 && pronounEnd > end - 3 && pronounEnd <= t.size()
                && (COPULAS.contains(t.get(pronounEnd - 1)) || lexicon.outcomes.startsAt(t, pronounEnd - 1))) {
            pronounEnd--; // "nine of them were dead on arrival": the part's figure takes in its copula and outcome
        }
        if (pronounEnd < 2 || end >= t.size() || !t.get(pronounEnd - 2).is("of")
                || !(t.get(pronounEnd - 1).is("whom") || t.get(pronounEnd - 1).is("them"))) {
            return null;
        }
        return firstOutcomeWord(t, pronounEnd, end + 4);
    }

    /**
     * The outcome of the first outcome word in [from, to), before any mark or "and"; or null. ("killing two of
     * them and wounding 15": the wounding is the next figure's, not what befell the two.)
     */
    private Outcome firstOutcomeWord(List<Token> t, int from, int to) {
        for (int k = from; k < Math.min(t.size(), to); k++) {
            PhraseIndex.Match<Outcome> o = lexicon.outcomes.match(t, k);
            if (o != null) {
                return o.value();
            }
            if (!t.get(k).isWord() || JOINERS.contains(t.get(k))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The people, source, place and attacker of a claim about some of the victims of {@code whole}:
     * its own category if it names one, and its own source unless that is only the outlet ("The
     * Pentagon said two US service members were among the dead" keeps the Pentagon, and "Iraq's foreign ministry
     * said 40 Iraqi pilgrims were among the dead" a state the list leaves to the outlet, whose claim it still is, when
     * the part has a sentence of its own; a part in the whole's sentence takes the whole's teller, even where another
     * source speaks in it: "..., while Iraq's foreign ministry said 40 Iraqi pilgrims were among the dead" is a
     * limit).
     */
    private static void describeAs(Draft d, Draft whole, boolean ownSentence) {
        if (d.category == null) {
            d.category = whole.category;
        }
        if (d.party == null || d.party.id().equals(ClaimantDirectory.OUTLET) && (!ownSentence || !d.party.fights())) {
            d.party = whole.party;
            d.speaker = whole.speaker;
        }
        if (!d.namesOwnPlace) {
            d.place = whole.place;
        }
        if (!d.ownAttacker) {
            d.perpetrator = whole.perpetrator;
        }
    }

    /**
     * "killed 11 civilians, among them two journalists": a part marked as one, of the whole's own
     * category (journalists are civilians), and fewer than the whole's lowest figure.
     */
    private static boolean sameKindFewer(Draft part, Draft candidate) {
        // ("at least 290" of 470 deaths put down to one party: its least is fewer)
        // and "at least 744 in Raqqa" of 1,150 in July: a part told by its place
        Long most = part.high != null ? part.high : part.attributedShare || part.elidedItem ? Long.valueOf(part.low) : null;
        return part.category == candidate.category && most != null && most < candidate.low;
    }

    private static Draft wholeFor(Draft part, Draft candidate) {
        boolean nested = candidate.polarity == Polarity.ASSERTS && candidate.subsetOf == null && candidate != part
                && !"NONE".equals(candidate.qualifier) && candidate.category != null
                && (part.category == null || Categories.strictlyContains(candidate.category, part.category)
                        || sameKindFewer(part, candidate));
        return nested ? candidate : null;
    }

    /**
     * "Khalid Younis, 47, a carpenter, stands on what used to be his roof": a name that no data file
     * knows, given with an age between commas, is a local source a later "he" or "she" may point back to.
     */
    private void rememberPeopleByAge(SentenceView s, ArticleContext ctx) {
        List<Token> t = s.tokens;
        int n = t.size();
        for (int k = TokenList.nextMayStart(t, WordMasks.NUMBER, 3, n - 1); k < n - 1; k = TokenList.nextMayStart(t, WordMasks.NUMBER, k + 1, n - 1)) {
            Token age = t.get(k);
            if (age.end() - age.start() > 3 || !t.get(k - 1).is(",") || !t.get(k + 1).is(",")) {
                continue;
            }
            int from = k - 1;
            while (from > 0 && t.get(from - 1).isWord() && t.get(from - 1).nameLike()) {
                from--;
            }
            if (k - 1 - from >= 2 && !knownPersonAt(s, from) && !placeWithin(s, from, k - 1)) {
                ctx.named(claimants.require(ClaimantDirectory.LOCAL), Attributor.surname(t, k - 1));
            }
        }
    }

    /** Whether a place is named inside [from, to): "Raqqa, 2017," names no person. */
    private static boolean placeWithin(SentenceView s, int from, int to) {
        for (int pAt = 0; pAt < s.places.size(); pAt++) {
            PhraseIndex.Match<Place> p = s.places.get(pAt);
            if (p.from() < to && p.to() > from) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Dr. Hamza Ibrahim runs the only hospital ...": a titled name that no data file knows is a
     * local source a later "he" or "she" may point back to.
     */
    private void rememberTitledPeople(SentenceView s, ArticleContext ctx) {
        List<Token> t = s.tokens;
        int n = t.size();
        for (int k = Attributor.TITLES.nextCandidate(t, 0, 0, n - 2); k + 2 < n; k = Attributor.TITLES.nextCandidate(t, 0, k + 1, n - 2)) {
            if (t.get(k + 1).is(".") && Attributor.TITLES.contains(t.get(k))) {
                int j = k + 2;
                while (j < t.size() && (t.get(j).isWord() && t.get(j).capitalised() && !Attributor.TITLES.contains(t.get(j))
                        || t.get(j).is(".") && j + 1 < t.size() && t.get(j + 1).capitalised())) {
                    j++;
                }
                if (j - (k + 2) >= 2 && t.get(j - 1).isWord() && !knownPersonAt(s, k + 2)) {
                    // "a briefing by Col. Mark Lindqvist, spokesman for Combined Joint Task Force ...": whom the
                    // description says the person speaks for; a resident otherwise
                    Attributor.Speaker employer = attributor.employerInApposition(s, j, ctx);
                    ctx.named(employer != null ? employer.party() : claimants.require(ClaimantDirectory.LOCAL), Attributor.surname(t, j));
                }
                k = j - 1;
            }
        }
    }

    private static boolean knownPersonAt(SentenceView s, int at) {
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            if (m.from() <= at + 2 && m.to() > at) {
                return true;
            }
        }
        return false;
    }

    /**
     * "'We are still lifting concrete with our hands. The bulldozer was hit last month,' he said": a witness's
     * words that tell of no harm date a detail of theirs, not the story.
     */
    private boolean asideInQuotes(SentenceView s) {
        List<Token> t = s.tokens;
        int from = s.bodyStart();
        return from < t.size() && s.quoted[from] && s.outcomes().isEmpty();
    }

    /**
     * The time the article gave last, in the sentences read before this one: found when a claim asks,
     * walking back, since most sentences are never asked.
     */
    private Period lastTimeGiven(ArticleContext ctx, LocalDate published) {
        List<SentenceView> read = ctx.read();
        // each sentence's time is worked out once, and the last one that gave a time is remembered, so that an article
        // of thousands of sentences with no time is not read back from each claim
        for (int i = ctx.timesChecked(); i < read.size(); i++) {
            SentenceView s = read.get(i);
            if (!s.timeKnown()) {
                List<Token> t = s.tokens;
                // looked for in full, past the speaker's own day, only when something that starts a time is there
                // (a sentence that looks back from the story dates its history: it gives the story no time)
                int end = comparisonStart(t);
                int from = s.bodyStart();
                s.timeGiven(periods.resolve(t, from, end, published) == null || lookingBack(t) || separateIncident(t) || asideInQuotes(s)
                        ? null : periods.resolve(t, from, end, published, statementTimes(s)));
            }
            if (s.timeGiven() != null) {
                ctx.lastTimed(i);
            }
        }
        ctx.timesChecked(read.size());
        return ctx.lastTimed() < 0 ? null : read.get(ctx.lastTimed()).timeGiven();
    }

    /** How far after "up from"/"down from" the earlier figure may stand: "down from a peak of 1,200". */
    private static final int COMPARED_FIGURE_REACH = 4;

    /** Whether a number stands in [from, from + reach). */
    private static boolean numberWithin(List<Token> t, int from, int reach) {
        for (int k = from; k < Math.min(t.size(), from + reach); k++) {
            if (t.get(k).kind() == Token.Kind.NUMBER) {
                return true;
            }
        }
        return false;
    }

    /** "compared with", "compared to" at {@code k}. */
    private static boolean comparedAt(List<Token> t, int k) {
        return k + 1 < t.size() && t.get(k).is("compared") && (t.get(k + 1).is("with") || t.get(k + 1).is("to"));
    }

    /**
     * Where the words that set a figure against an earlier one start ("The overall toll was down from
     * 49,742 in 2016", "compared with 1,200 in 2015"), or the sentence's size: the earlier figure's time
     * is no time of the story's.
     */
    private static int comparisonStart(List<Token> t) {
        for (int k = 0; k + 2 < t.size(); k++) {
            Token w = t.get(k);
            // "down from 49,742", "up from a peak of 1,200"; not "rained down from the hills"
            boolean fromFigure = (w.is("up") || w.is("down")) && t.get(k + 1).is("from") && numberWithin(t, k + 2, COMPARED_FIGURE_REACH);
            if (fromFigure || comparedAt(t, k)) {
                return k;
            }
        }
        return t.size();
    }

    /**
     * Whether the sentence tells a count of the whole air war against the Islamic State, over Iraq and
     * Syria: told by the coalition, the US military or Airwars, since its start ("since August 2014",
     * "since 2014", "since the start of Operation Inherent Resolve").
     */
    private static boolean wholeAirWar(List<Token> t, List<Attributor.Speaker> speakers) {
        boolean airWar = false;
        for (Attributor.Speaker sp : speakers) {
            airWar |= AIR_WAR_COUNTERS.contains(sp.party().id());
        }
        if (!airWar) {
            return false;
        }
        for (int k = 0; k + 1 < t.size(); k++) {
            if (t.get(k).is("inherent") && t.get(k + 1).is("resolve")) {
                return true;
            }
            if (t.get(k).is("since")) {
                for (int j = k + 1; j < Math.min(t.size(), k + 3); j++) {
                    if (t.get(j).is("2014")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final java.util.Set<String> AIR_WAR_COUNTERS = java.util.Set.of("coalition", "us-military", "airwars");

    /**
     * "Over the same period, ...", "In the same period, ...": a sentence that opens as a follow-up of the
     * claim before it. (Said later in the sentence, "over the same period" may follow up an earlier one.)
     */
    private static boolean sameSpan(List<Token> t) {
        return t.size() > 4 && t.get(1).is("the") && t.get(2).is("same") && (t.get(3).is("period") || t.get(3).is("time"))
                && SPAN_OPENERS.contains(t.get(0));
    }

    private static final WordSet SPAN_OPENERS = WordSet.of("over", "in", "during", "for", "at");

    /** "since then", "since that day", "since that time": from a time told before. */
    private static boolean sinceThen(List<Token> t) {
        for (int k = 0; k + 1 < t.size(); k++) {
            if (t.get(k).is("since") && (t.get(k + 1).is("then") || t.get(k + 1).is("that") && k + 2 < t.size()
                    && (t.get(k + 2).is("day") || t.get(k + 2).is("time") || t.get(k + 2).is("date")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The hospital had been hit twice before, in 2015 and again last year": a sentence that looks back
     * from the story (a past perfect with "before" or "previously" standing alone) dates that history,
     * not the story's events, so a later sentence with no time of its own does not take its time.
     */
    private static boolean lookingBack(List<Token> t) {
        boolean pastPerfect = false;
        for (int k = 0; k < t.size(); k++) {
            Token w = t.get(k);
            if (w.is("had")) {
                pastPerfect = true;
            } else if (pastPerfect && (w.is("previously") || w.is("before")) && (k + 1 == t.size() || t.get(k + 1).isPunct()
                    || t.get(k + 1).is("and"))) {
                return true; // not "which had previously reported strikes": that dates no history of its own
            }
        }
        return false;
    }

    /**
     * "The Observatory said a separate coalition raid on the city's al-Hazawneh quarter on Monday had
     * killed 15 civilians": an incident told as another one than the story's, whose day is its own.
     */
    private static boolean separateIncident(List<Token> t) {
        for (int k = 0; k + 1 < t.size(); k++) {
            if (t.get(k).is("separate")) {
                for (int j = k + 1; j < Math.min(t.size(), k + 4) && t.get(j).isWord(); j++) {
                    if (SEPARATE_INCIDENTS.contains(t.get(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final WordSet SEPARATE_INCIDENTS = WordSet.of("raid", "raids", "attack", "attacks", "strike", "strikes", "airstrike",
            "bombing", "bombings", "incident", "incidents", "blast", "explosion", "shelling", "assault", "massacre");

    private static final WordSet MEMBERSHIP = WordSet.of("with", "for", "at", "of");
    /** Verbs that tie a person to the body named after them: "is a researcher at", "leads the Syria team at Airwars". */
    private static final WordSet BELONGS = WordSet.of("is", "was", "has", "had", "been", "works", "worked", "joined", "serves", "served",
            "leads", "heads", "runs", "directs", "manages", "coordinates");
    /** How many words from its start a sentence may say whom its subject works for. */
    private static final int MEMBERSHIP_REACH = 12;

    /**
     * "Yaman Kaddour can tell the aircraft apart ... He has been a volunteer with the Syria Civil
     * Defence since 2015": a profile names its subject without a speech verb and says later whom he
     * works for; from then on he speaks for that party ("Kaddour said", "he says").
     */
    /**
     * "Nuri Kalo, co-chair of the Manbij civil administration, received us in his office. He said ...":
     * a person introduced with the party they work for, in a sentence where nobody speaks, is who a
     * later "he" or "Kalo said" means.
     */
    private void rememberIntroducedPerson(SentenceView s, ArticleContext ctx) {
        List<Token> t = s.tokens;
        if (!s.speechVerbs.isEmpty()) {
            return;
        }
        int end = Attributor.nameEnd(t, 0);
        if (end < 2 || end >= t.size() || !t.get(end).is(",")) {
            return;
        }
        Attributor.Speaker employer = s.mentions.isEmpty() ? null : attributor.employerInApposition(s, end, ctx);
        if (employer != null) {
            ctx.named(employer.party(), Attributor.surname(t, end));
        } else if (Attributor.describedAsSomeoneMet(t, end) && !harmedIn(s)) {
            // "Nesrin Ali, a 29-year-old mother of three, crossed the river ... 'We walked for hours,' she said":
            // someone the reporter met, whom a later "she" means
            ctx.named(claimants.require(ClaimantDirectory.LOCAL), Attributor.surname(t, end));
        }
    }

    /** Whether the sentence tells of a death or a wound: "Omar Hussein, a 19-year-old conscript, died at a checkpoint" names a victim. */
    private static boolean harmedIn(SentenceView s) {
        for (PhraseIndex.Match<Outcome> o : s.outcomes()) {
            if (o.value() == Outcome.KILLED || o.value() == Outcome.INJURED) {
                return true;
            }
        }
        return false;
    }

    /** "A man who gave his name as Abu Mustafa waited for news. He said ...": a resident, whom "he" means next. */
    private void rememberPseudonymousPerson(SentenceView s, ArticleContext ctx) {
        if (!s.speechVerbs.isEmpty()) {
            return; // a speaker introduced so is found with the verb (see Attributor.pseudonymBefore)
        }
        String name = Attributor.pseudonymIntroduced(s.tokens);
        if (name != null) {
            ctx.named(claimants.require(ClaimantDirectory.LOCAL), name);
        }
    }

    /**
     * "Speaking by video link from Baghdad, Colonel Dale Marsh opened with the coalition's monthly
     * report": an officer named where nobody speaks serves the army or government this sentence or the
     * one before names, and is who a later "Marsh said" means.
     */
    private void rememberOfficer(SentenceView s, ArticleContext ctx) {
        List<Token> t = s.tokens;
        int n = t.size();
        for (int k = Attributor.RANKS.nextCandidate(t, 0, 0, n); k + 2 < n; k = Attributor.RANKS.nextCandidate(t, 0, k + 1, n)) {
            if (!Attributor.RANKS.contains(t.get(k)) || !t.get(k).capitalised()) {
                continue;
            }
            int from = t.get(k + 1).is(".") ? k + 2 : k + 1;
            int end = Attributor.nameEnd(t, from);
            if (end - from < 2 || Attributor.ORGANISATION_WORDS.contains(t.get(end - 1)) || speakerAround(s, k, end)) {
                continue; // a speaking officer is remembered as a speaker, with the party the attribution finds
            }
            Attributor.Speaker state = null;
            for (int mAt = 0; mAt < s.mentions.size() && state == null; mAt++) {
                PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
                // "speaking at the Pentagon": where the officer is, not whom he serves
                int before = m.from() > 0 && t.get(m.from() - 1).is("the") ? m.from() - 2 : m.from() - 1;
                boolean where = before >= 0 && SEATS.contains(t.get(before));
                Attributor.Speaker sp = m.value() instanceof Mention.OfParty && !where ? attributor.resolve(m.value(), ctx) : null;
                state = sp != null && sp.party().belligerent() ? sp : null;
            }
            state = state != null ? state : attributor.stateNamedBefore(ctx);
            if (state != null) {
                ctx.named(state.party(), Attributor.surname(t, end));
            }
            return;
        }
    }

    /** Whether a speech verb stands right before or after the words [from, end), or after their description. */
    private static boolean speakerAround(SentenceView s, int from, int end) {
        for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
            PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
            boolean afterDescription = end < s.tokens.size() && s.tokens.get(end).is(",") && v.from() > end
                    && v.from() - end <= APPOSITION_AFTER_NAME && s.tokens.get(v.from() - 1).is(",");
            if (v.to() == from || v.to() == from - 1 || v.from() == end || afterDescription) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet SEATS = WordSet.of("at", "in", "from", "to");

    /** How far after a name its description may run before the verb: "Col. Sean Ryan, a coalition spokesman, said". */
    private static final int APPOSITION_AFTER_NAME = 8;

    private void rememberProfiledPerson(SentenceView s, ArticleContext ctx) {
        List<Token> t = s.tokens;
        int n = t.size();
        int k = 0;
        while (k < n && t.get(k).isWord() && t.get(k).nameLike()) {
            k++;
        }
        boolean named = k >= 2 && k < n && t.get(k).isWord() && !t.get(k).capitalised()
                && (s.mentions.isEmpty() || s.mentions.get(0).from() >= k) && (s.places.isEmpty() || s.places.get(0).from() >= k)
                && (s.perpetrators.isEmpty() || s.perpetrators.get(0).from() >= k);
        String surname = named ? Attributor.surname(t, k) : ctx.profiled();
        if (surname == null || n < 4) {
            return;
        }
        boolean subject = named || t.get(0).is("he") || t.get(0).is("she") || t.get(0).textIs(surname);
        if (!subject) {
            return;
        }
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            int link = m.from() - 1;
            if (link > 0 && (t.get(link).is("the") || t.get(link).is("a") || t.get(link).is("an"))) {
                link--;
            }
            if (m.from() > MEMBERSHIP_REACH || link < 2 || !MEMBERSHIP.contains(t.get(link))) {
                continue;
            }
            boolean belongs = false;
            for (int j = 1; j < link && !belongs; j++) {
                belongs = BELONGS.contains(t.get(j));
            }
            Attributor.Speaker sp = belongs ? attributor.resolve(m.value(), ctx) : null;
            if (sp != null && !sp.party().id().equals(ClaimantDirectory.LOCAL) && !sp.party().id().equals(ClaimantDirectory.OUTLET)) {
                ctx.named(sp.party(), surname);
                return;
            }
        }
        if (named) {
            ctx.profiled(surname);
        }
    }

    /** After a sentence: the parties, places and attackers it named become context for the next. */
    private void remember(SentenceView s, ArticleContext ctx, List<Draft> claims) {
        ctx.nextSentence();
        rememberProfiledPerson(s, ctx);
        rememberIntroducedPerson(s, ctx);
        rememberPseudonymousPerson(s, ctx);
        rememberOfficer(s, ctx);
        rememberTitledPeople(s, ctx);
        rememberPeopleByAge(s, ctx);
        for (Attributor.Speaker sp : attributor.namedSpeakers(s, ctx)) {
            ctx.named(sp.party(), sp.speaker());
        }
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            Attributor.Speaker sp = attributor.resolve(m.value(), ctx);
            // a party referred back to as the one speaking ("The organisation said") is the one named
            // last: a later "it said" is the organisation, not a party named in between. Local
            // sources count only when they speak: "Amnesty interviewed survivors. The group said" is Amnesty
            // ("the heartland of President Bashar al-Assad's Alawite community" names a person in passing, no source)
            boolean refers = m.value() instanceof Mention.Anaphor || sp != null && sp.party().id().equals(ClaimantDirectory.LOCAL)
                    || m.value() instanceof Mention.OfPerson
                    || Attributor.toWhom(s.tokens, m.from()); // "attributed about 120 to the US-led coalition"
            // "the northern bank, which is held by the US-backed Syrian Democratic Forces": who holds a place is no
            // party a later "the group" points back to, unless it speaks
            refers |= heldBy(s.tokens, m.from());
            if (sp != null && m.value() instanceof Mention.OfPerson) {
                ctx.personMentioned(sp.party(), sp.speaker());
            }
            if (sp != null && (!refers || speaksHere(s, m, m.value() instanceof Mention.Anaphor ? 2 : 6))) {
                String called = m.value() instanceof Mention.OfParty
                        ? s.segment.substring(s.tokens.get(m.from()).start(), s.tokens.get(m.to() - 1).end()) : null;
                ctx.named(sp.party(), sp.speaker(), called);
            }
        }
        if (ctx.currentPlace() == null && theBefore(s, COUNTRY_NOUN)) {
            countryOwningAParty(s).ifPresent(country -> ctx.placed(country, gazetteer)); // and the story goes on there
        }
        for (int k = 0; k < Site.ALL.size(); k++) {
            if (ctx.site(Site.ALL.get(k)) != null && Site.ALL.get(k).introducedUnnamedIn(s.tokens)) {
                ctx.site(Site.ALL.get(k), null); // "a strike hit a makeshift camp near the border": "the camp" is that one now
            }
        }
        for (int pAt = 0; pAt < s.places.size(); pAt++) {
            PhraseIndex.Match<Place> p = s.places.get(pAt);
            for (int k = 0; k < Site.ALL.size() && Site.mayBeNamedAt(s.tokens, p); k++) {
                if (Site.ALL.get(k).namedAt(s.tokens, p)) {
                    ctx.site(Site.ALL.get(k), p.value()); // even where people went ("died on the way to al-Hol camp"): "the camp" is it
                }
            }
            if (ctx.currentPlace() != null && speakerSetting(s)[p.from()]) {
                continue; // "said Noura Kassab, a UNHCR spokeswoman in Baghdad": not where the story is
            }
            if (surnameOfSomeoneNamed(s, p, ctx) || namesakeOfTheTownsOwn(s, p, ctx)) {
                continue;
            }
            if (ctx.currentPlace() != null && (whereTheWoundedWereTaken(s, p) || hospitalOfAnotherTown(s, p, ctx))) {
                continue; // "died of their wounds in a hospital in Tabqa": the story stays where the strike was
            }
            if (gazetteer.isCamp(p.value()) && (p.to() >= s.tokens.size() || !MEDICAL_SITES.contains(s.tokens.get(p.to())))) {
                // "RUKBAN - When the trucks rolled into the camp": a camp by name (not "al-Yarmouk hospital", named after one)
                ctx.site(Site.CAMP, p.value());
            }
            if (ctx.currentPlace() != null && (sentElsewhere(s, p) || launchedFrom(s, p) || biography(s, p) || comparedWith(s, p) || inTimeClause(s, p)
                    || givenAsExample(s, p)
                    || destination(s, p) || describesAParty(s, p) || s.partPlace != null && s.partPlace[p.from()])) {
                continue; // "patients needing surgery are driven to Tabqa or to Kobani": the story stays in Raqqa
            }
            if (listedWithOthers(s, p)) {
                continue; // "most of them in Hajin, al-Shafa and al-Susah": the story stays where it was, not in the last
            }
            if (aroundThePlacedClaims(s, claims, p)) {
                continue; // "pounded Latamneh, killing 14, as insurgents pushed to within a few km of Mhardeh": the story is Latamneh
            }
            if (ctx.currentPlace() != null && measuredFrom(s, p)) {
                continue; // "Qayyarah, a town about 60 kilometres south of Mosul": the story stays in Qayyarah
            }
            if (p.value().kind() == Place.Kind.CITY && listedAsAVillage(s.tokens, p.from())) {
                continue; // "overran the villages of al-Shabki, Rami, Duma and Tarba": a village of a city's name, not the city
            }
            if (ctx.currentPlace() != null && facilityNear(s.tokens, p.from()) && !placeOfAny(claims, p.value())
                    && gazetteer.regionOf(p.value().id()).equals(gazetteer.regionOf(ctx.currentPlace().id()))) {
                continue; // "held for questioning at a base near Habbaniyah": the story stays in Fallujah, in the same province
            }
            if (ctx.currentPlace() != null && placesHistory(s)[p.from()]) {
                continue; // "where families displaced from Hama had been sheltering": the story stays where it was
            }
            if (ctx.currentPlace() != null && claims.isEmpty() && heldByWhomTheClauseDescribes(s.tokens, p.from())) {
                continue; // "The group, which still holds Mosul, has answered each loss": the story stays in Baghdad
            }
            if (officeOfTheStorysRegion(s, p, ctx)) {
                continue; // "the governor of Homs province said": the story stays in Homs city
            }
            if (landmarkOfPlaceBefore(s, p)) {
                continue; // "a raid on a school in al-Mansoura, west of Raqqa": the story is in al-Mansoura
            }
            if (ctx.currentPlace() != null && describedAsNearby(s.tokens, p)) {
                continue; // "a police officer in Khalis, the nearest town": the story stays at the camp
            }
            if (townBeforeItsProvince(s, p) != null) {
                continue; // "In Hajin, Deir ez-Zor, 12 civilians were killed": the story is in Hajin
            }
            if (governmentNamedByItsCapital(s, p)) {
                continue; // "forces loyal to Damascus": the government, not where the story goes
            }
            if (ctx.currentPlace() != null && claims.isEmpty() && originOfTheVictims(s.tokens, p)) {
                continue; // "The dead were a man, his wife and their sons, from Maarat al-Numan": where they came from
            }
            if (claims.isEmpty() && whereAForceIsBased(s.tokens, p)) {
                continue; // "a drawdown that left the air group at Hmeimim much as it was": where the jets are kept
            }
            if (ctx.currentPlace() != null && claims.isEmpty() && partysOwnPostIn(s.tokens, p)) {
                continue; // "UNHCR said its staff in Qamishli had handed out 3,200 mattresses": the story stays in Hasakah
            }
            if (ctx.currentPlace() != null && endOfARoad(s, p) && !placeOfAny(claims, p.value())) {
                continue; // "clearing mines from the road to the T4 airbase": the story stays in Palmyra
            }
            if (claims.isEmpty() && ctx.currentPlace() != null && CAPITALS.contains(p.value().id())
                    && !gazetteer.related(ctx.currentPlace().id(), p.value().id()) && !violenceAround(s, p.from())) {
                // "In Baghdad, the ministry said", "are in custody in Baghdad": the seat of the government, named in a
                // sentence that counts no harm, is not where a story about another province goes on
                continue;
            }
            ctx.placed(gazetteer.nearestHomonym(p.value(), besidePlace(s, p, ctx)), gazetteer);
        }
        for (int pAt = 0; pAt < s.perpetrators.size(); pAt++) {
            PhraseIndex.Match<String> p = s.perpetrators.get(pAt);
            if (MILITANTS.equals(p.value())) {
                continue; // "the militants" refer back to an attacker; they name none anew for later claims to take
            }
            ctx.attacked(jointlyNamed(s, p) ? null : attackerAt(s, p, ctx.currentPlace(), ctx));
        }
        for (int vAt = 0; vAt < s.victims.size(); vAt++) {
            PhraseIndex.Match<Category> v = s.victims.get(vAt);
            ctx.victims(v.value());
        }
    }

    /**
     * Whether the words around a place tell of an attack there: "gunmen drove into the crowds at Khilani Square in Baghdad
     * and fired on protesters", "a car bomb exploded in Damascus" (not "the killings caused outrage in Baghdad").
     */
    private boolean violenceAround(SentenceView s, int at) {
        List<Token> t = s.tokens;
        for (int k = Math.max(0, at - VIOLENCE_REACH); k < Math.min(t.size(), at + VIOLENCE_REACH); k++) {
            if (VIOLENT_EVENTS.contains(t.get(k)) || lexicon.attackWords.startsAt(t, k)) {
                return true;
            }
        }
        return false;
    }

    /** How far from a place the words of an attack on it may stand. */
    private static final int VIOLENCE_REACH = 12;
    private static final WordSet VIOLENT_EVENTS = WordSet.of("fired", "exploded", "explosion", "explosions", "blast", "blasts",
            "attack", "attacks", "attacked", "gunmen", "bomber", "bombers", "clashes", "fighting");

    /** The capitals, where the governments and their ministries sit. */
    private static final java.util.Set<String> CAPITALS = java.util.Set.of("iq-baghdad-city", "sy-damascus-city");

    /** "the country": whose country a party's name says ({@link #countryOwningAParty}). */
    private static final WordSet COUNTRY_NOUN = WordSet.of("country");

    /**
     * The kinds of party whose members "its members" may be when it speaks (not a monitor's or a local source's: "the
     * Observatory said 40 of its members had been killed" counts an armed group's named before).
     */
    private static final java.util.Set<String> MEMBERS_OWNERS = java.util.Set.of("rescue", "ngo", "un", "media");

    /**
     * Whether a family lost the members at {@code members}: "a single family we documented in Raqqa lost 39 members"; a
     * word of losing right before the figure, and the family before it in the same clause (not "the families of the
     * victims said the militia lost 30 members", where the militia lost them).
     */
    private static boolean familyLost(List<Token> t, int members) {
        int lost = -1;
        for (int k = members - 1; k >= Math.max(0, members - LOST_TO_MEMBERS) && lost < 0; k--) {
            if (LOSING.contains(t.get(k))) {
                lost = k;
            }
        }
        if (lost < 1) {
            return false;
        }
        for (int k = lost - 1; k >= Math.max(0, lost - FAMILY_LOST_REACH); k--) {
            Token w = t.get(k);
            if (w.isPunct() || w.is("that") || SAYING.contains(w)) {
                return false;
            }
            if (HOUSEHOLDS.contains(w) || HOUSEHOLD_NOUNS.contains(w)) {
                return true;
            }
            if (!w.isWord()) {
                return false;
            }
        }
        return false;
    }

    /** How far before the members their figure's word of losing may stand: "lost more than 30 members". */
    private static final int LOST_TO_MEMBERS = 4;
    /** How far before its word of losing a family may be named: "a single family we documented in Raqqa lost". */
    private static final int FAMILY_LOST_REACH = 8;

    /** Whether the claim counts the speaker's own members: "11 of its own members", "four of their members". */
    private static boolean ownMembers(List<Token> t, Draft d) {
        int end = Math.min(d.figureEnd, t.size());
        if (end < 1 || !t.get(end - 1).is("members")) {
            return false;
        }
        return COLLECTIVE_POSSESSIVES.anyIn(t, d.evidenceStartToken, end - 1);
    }

    /** Whose members a body counts as its own: "its", "their", "our". */
    private static final WordSet COLLECTIVE_POSSESSIVES = WordSet.of("its", "their", "our");

    /**
     * "state media reported 36 dead and the Observatory at least 45", "SANA's toll was 39 and the Observatory's
     * 48": a party and a figure after "and", with the verb left out, give their own count of what the figure
     * before counted, as told by a verb of reporting. (Not "Russian jets 1,019 and the coalition 566" after
     * "government strikes killed 2,908": shares of attackers, whose first figure no one reports in the clause.)
     */
    private void giveGappedFiguresTheirSpeakers(SentenceView s, List<Draft> figures, ArticleContext ctx) {
        List<Token> t = s.tokens;
        for (int i = 1; i < figures.size(); i++) {
            Draft f = figures.get(i);
            Draft first = figures.get(i - 1);
            if (f.outcome != null && f.outcome != first.outcome || f.subsetMarker || f.shareOf != null || first.outcome == null
                    || first.subsetMarker || !reportedFigure(s, first)) {
                continue;
            }
            PhraseIndex.Match<Mention> m = gappedMentionBefore(s, f.evidenceStartToken);
            Attributor.Speaker sp = m == null ? null : attributor.resolve(m.value(), ctx);
            if (sp != null) {
                f.outcome = first.outcome;
                f.category = f.category != null ? f.category : first.category;
                f.gappedSpeaker = sp;
                // "... and the Observatory at least 45, including 12 children": its parts are its count's too
                for (int j = i + 1; j < figures.size() && figures.get(j).subsetMarker; j++) {
                    figures.get(j).gappedSpeaker = sp;
                }
            }
        }
    }

    /** Whether a gapped figure ends where the item does: "and the Observatory at least 45, including", not "and the coalition 40 strikes". */
    private static boolean endsTheItem(List<Token> t, int after) {
        return after >= t.size() || t.get(after).isPunct() || ITEM_ENDS.contains(t.get(after));
    }

    private static final WordSet ITEM_ENDS = WordSet.of("including", "among", "and", "while", "in", "on", "since", "over", "for");

    /**
     * Whether a party and its verb of counting stand right before the figure at {@code at}: "the Observatory counted
     * 135", "state media spoke of around 300" (the qualifier read with the figure).
     */
    private static boolean countedByAPartyBefore(SentenceView s, int at) {
        List<Token> t = s.tokens;
        int verb = at - 1;
        if (verb >= 1 && t.get(verb).is("of") && SPOKE.contains(t.get(verb - 1))) {
            verb--;
        } else if (verb < 0 || !COUNTED.contains(t.get(verb))) {
            return false;
        }
        int subjectEnd = verb >= 1 && PERFECT_AUXILIARIES.contains(t.get(verb - 1)) ? verb - 1 : verb;
        // the mentions do not overlap and stand in text order: a binary search, so that a sentence of thousands of
        // figures and parties is not read once per figure
        int m = firstAtOrAfter(s.mentions, PhraseIndex.Match::to, subjectEnd);
        return m < s.mentions.size() && s.mentions.get(m).to() == subjectEnd;
    }

    private static final WordSet COUNTED = WordSet.of("counted", "recorded", "documented", "registered", "tallied");
    private static final WordSet SPOKE = WordSet.of("spoke", "spoken", "speaks");

    /** The party named right before the figure at {@code at}, after "and" or "while", whose verb is left out; or null. */
    private static PhraseIndex.Match<Mention> gappedMentionBefore(SentenceView s, int at) {
        List<Token> t = s.tokens;
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            int end = m.to() < t.size() && t.get(m.to()).possessive() ? m.to() + 1 : m.to();
            int before = m.from() >= 1 && t.get(m.from() - 1).is("the") ? m.from() - 2 : m.from() - 1;
            if (end == at && before >= 0 && (t.get(before).is("and") || t.get(before).is("while"))) {
                return m;
            }
        }
        return null;
    }

    /** Whether a verb of reporting, or a party's "toll" or "count", stands right before the figure: "reported 36 dead", "SANA's toll was 39". */
    private static boolean reportedFigure(SentenceView s, Draft figure) {
        int at = figure.evidenceStartToken;
        for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
            PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
            if (v.to() <= at && at - v.to() <= 2) {
                return true;
            }
        }
        List<Token> t = s.tokens;
        return at >= 3 && (t.get(at - 1).is("was") || t.get(at - 1).is("is")) && t.get(at - 3).possessive()
                && (TOLL_NOUNS.contains(t.get(at - 2)) || COUNT_NOUNS.contains(t.get(at - 2)));
    }

    /**
     * "Iraq's High Commission for Human Rights said 107 people had been killed across the country": the country
     * whose body a party's name says it is, which "the country" of a story that has named no place yet is.
     */
    private Optional<Place> countryOwningAParty(SentenceView s) {
        for (int mAt = 0; mAt < s.mentions.size(); mAt++) {
            PhraseIndex.Match<Mention> m = s.mentions.get(mAt);
            Optional<PhraseIndex.Match<Place>> named = gazetteer.names().at(s.tokens, m.from());
            if (named.isPresent() && named.get().value().parent() == null && named.get().to() < m.to()
                    && s.tokens.get(named.get().to()).possessive()) {
                return Optional.of(named.get().value());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the mention speaks: a speech verb follows it within {@code reach} words ("the group
     * said", "a police officer in Anbar province said") or stands right before it ("said a medic"),
     * or "according to" does.
     */
    private boolean speaksHere(SentenceView s, PhraseIndex.Match<Mention> m, int reach) {
        for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
            PhraseIndex.Match<Boolean> v = s.speechVerbs.get(vAt);
            // "said a medic" speaks; "rejected the report" does not: the report is what was rejected
            boolean inverted = v.to() <= m.from() && v.to() >= m.from() - 2 && INVERTED_VERBS.contains(s.tokens.get(v.to() - 1));
            if (v.from() >= m.to() && v.from() <= m.to() + reach || inverted) {
                return true;
            }
        }
        for (int k : s.accordingTo()) {
            if (m.from() >= k + 2 && m.from() <= k + 4) {
                return true; // "according to the Kurdish-run health authority"
            }
        }
        return false;
    }

    /** Whether the party named at {@code at} is who holds or backs something: "held by the SDF", "run by the Kurdish-led administration". */
    private static boolean heldBy(List<Token> t, int at) {
        int by = at >= 1 && t.get(at - 1).is("the") ? at - 2 : at - 1;
        return by >= 1 && t.get(by).is("by") && HOLDING.contains(t.get(by - 1));
    }

    private static final WordSet HOLDING = WordSet.of("held", "controlled", "run", "backed", "supported", "administered",
            "besieged", "surrounded", "dominated", "led");

    /** Whether the figure, set off by commas after attackers, counts them: "The gunmen, about 15 of them, came". */
    private static boolean numberOfTheAttackers(List<Token> t, Count c) {
        return c.from() >= 2 && t.get(c.from() - 1).is(",") && ATTACK_NOUNS.contains(t.get(c.from() - 2))
                && c.to() + 1 < t.size() && t.get(c.to()).is("of") && t.get(c.to() + 1).is("them");
    }

    /** Men named for the attack they carry out. */
    private static final WordSet ATTACK_NOUNS = WordSet.of("gunmen", "attackers", "assailants", "bombers", "raiders");

    /** Whether the victim word is part of an attacker's name ("Islamic State gunmen", "Turkish-backed fighters"). */
    private static boolean insideAttacker(SentenceView s, PhraseIndex.Match<Category> v) {
        for (int pAt = 0; pAt < s.perpetrators.size(); pAt++) {
            PhraseIndex.Match<String> p = s.perpetrators.get(pAt);
            // "Islamic State gunmen": the attacker's own men; "Islamic State fighters killed" may be victims
            if (p.from() < v.to() && v.from() < p.to() || p.to() == v.from() && ATTACK_NOUNS.contains(s.tokens.get(v.from()))) {
                return true;
            }
        }
        return false;
    }

    /** "most of them in Saraqeb": where some of the victims were, a place the story goes on from (not their origin). */
    private static boolean whereSomeOfThemWere(List<Token> t, int at) {
        return at >= 2 && PLACE_PREPOSITIONS.contains(t.get(at - 1)) && t.get(at - 2).is("them");
    }

    /**
     * Whether the place stands in a trailing ", as" clause, or in an aside about some of the victims ("most of them
     * pilgrims heading home after the commemorations in Karbala", not "most of them in Saraqeb"), after a claim of the
     * sentence placed elsewhere.
     */
    private static boolean aroundThePlacedClaims(SentenceView s, List<Draft> claims, PhraseIndex.Match<Place> p) {
        for (Draft d : claims) {
            if (d.place != null && !d.place.id().equals(p.value().id()) && p.from() > d.figureEnd
                    && (inTrailingAsClause(s, d, p) || describesSomeOfThem(s, p.from()) && !whereSomeOfThemWere(s.tokens, p.from()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "deaths in the province had risen sharply since August, as the SDF offensive moved south from Raqqa
     * province": a clause set off by ", as" after the claim tells what went on around it, not where it was.
     */
    private static boolean inTrailingAsClause(SentenceView s, Draft d, PhraseIndex.Match<Place> p) {
        List<Token> t = s.tokens;
        for (int k = p.from() - 1; k > d.evidenceStartToken; k--) {
            if (t.get(k).is("as") && t.get(k - 1).is(",")) {
                return true;
            }
            if (t.get(k).is(",") || t.get(k).kind() == Token.Kind.QUOTE) {
                return false;
            }
        }
        return false;
    }

    /** "673,000 people from Mosul alone are still displaced", "3.2 million Iraqis still displaced": right after the victims. */
    private static boolean stillDisplacedAfter(List<Token> t, int end) {
        for (int k = Math.max(1, end); k < Math.min(t.size(), end + STILL_DISPLACED_REACH); k++) {
            if (stillDisplacedAt(t, k)) {
                return true;
            }
            if (t.get(k).isPunct()) {
                return false;
            }
        }
        return false;
    }

    /** How far after the victims "still displaced" may stand: "people from Mosul alone are still displaced". */
    private static final int STILL_DISPLACED_REACH = 6;

    /** "3 million people remain displaced", "are still displaced": a state of now, as a count of the trapped is. */
    private static boolean stillDisplaced(List<Token> t) {
        for (int k = 1; k < t.size(); k++) {
            if (stillDisplacedAt(t, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean stillDisplacedAt(List<Token> t, int k) {
        return t.get(k).is("displaced") && (t.get(k - 1).is("remain") || t.get(k - 1).is("remains") || t.get(k - 1).is("still"));
    }

    /** Whether another claim of the sentence stands before this one. */
    private static boolean laterClaim(List<Draft> found, Draft d) {
        for (Draft o : found) {
            if (o != d && o.evidenceStartToken < d.evidenceStartToken) {
                return true;
            }
        }
        return false;
    }

    /** Where the words of a claim's figure end: at the next claim of the sentence, or at the next speech verb. */
    private static int nextClaimStart(SentenceView s, List<Draft> found, Draft d, int n) {
        int end = n;
        for (Draft o : found) {
            if (o.evidenceStartToken > d.evidenceStartToken && o.evidenceStartToken < end) {
                end = o.evidenceStartToken;
            }
        }
        for (int vAt = 0; vAt < s.speechVerbs.size(); vAt++) {
            int at = s.speechVerbs.get(vAt).from();
            if (at >= d.figureEnd && at < end) {
                end = at;
            }
        }
        return end;
    }

    /** Verbs a speaker may follow: "said a medic", "added the monitor". */
    private static final WordSet INVERTED_VERBS = WordSet.of("said", "says", "added", "adds", "told", "explained", "wrote",
            "continued", "according");

    private List<CasualtyClaim> toClaims(Article article, List<Draft> drafts) {
        Map<Draft, String> ids = new IdentityHashMap<>();
        List<CasualtyClaim> out = new ArrayList<>(drafts.size());
        int n = 0;
        for (Draft d : drafts) {
            ids.put(d, article.getId() + "#" + (++n));
        }
        for (Draft d : drafts) {
            boolean outlet = d.party.id().equals(ClaimantDirectory.OUTLET);
            // the all-arguments constructors, not the builders: a builder copies every field's default
            // and validates each value, which cost more than the rest of a claim's making. A field
            // added to the schema changes these signatures, so the compiler points here.
            Claimant claimant = new Claimant(d.party.id(), outlet ? article.getOutlet() : d.party.name(), d.speaker);
            org.crosscheck.avro.Count count = new org.crosscheck.avro.Count(d.low, d.high,
                    org.crosscheck.avro.Qualifier.valueOf(d.qualifier));
            Evidence evidence = new Evidence(d.evidenceText, d.inTitle ? -1 : d.evidenceStart, d.inTitle ? -1 : d.evidenceEnd);
            out.add(new CasualtyClaim(ids.get(d), article.getId(), article.getOutlet(), claimant, d.polarity, count,
                    d.category, d.outcome, new Location(d.place.id(), d.place.name()), d.period, d.trend,
                    d.subsetOf == null ? null : ids.get(d.subsetOf), d.perpetrator, evidence, false,
                    d.echoOf == null ? null : ids.get(d.echoOf)));
        }
        return out;
    }
}

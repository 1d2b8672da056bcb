package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the extractor remembers while it reads one article, in reading order: the parties named so
 * far (for "the group", "he"), the places (for "the city" and for claims that name none) and the
 * last party said to have attacked (for "these attacks").
 */
final class ArticleContext {

    /** A party named, with the words that named it when they are known ("the Ministry of Peshmerga Affairs"). */
    record Named(Party party, String speaker, String called) {
    }

    private final List<Named> named = new ArrayList<>();
    /**
     * Where in {@link #named} each kind of party, and each party by the words that named it, was named last, kept
     * only once an article has named more parties than {@link #SCAN_LIMIT}: what a reference resolves to is then
     * found among these few, not by reading back over every mention (an article is read in time linear in its
     * length however many parties it names). Brought up to date when asked, up to {@link #indexedUpTo}.
     */
    private final Map<String, Integer> lastOfKind = new java.util.HashMap<>();
    private final Map<NamedAs, Integer> lastByName = new java.util.LinkedHashMap<>();
    private int indexedUpTo;

    /** How many parties named are read back over before the index above takes over: in an ordinary article the index costs more to keep than the reading back. */
    private static final int SCAN_LIMIT = 64;

    private record NamedAs(Party party, String called) {
    }

    private void catchUp() {
        for (; indexedUpTo < named.size(); indexedUpTo++) {
            Named n = named.get(indexedUpTo);
            lastOfKind.put(n.party().kind(), indexedUpTo);
            lastByName.put(new NamedAs(n.party(), n.called()), indexedUpTo);
        }
    }
    private Named lastPerson;
    private Place lastPlace;
    private Place lastSettlement;
    private Place lastCity;
    private Place lastCountry;
    private Place lastArea;
    /** The last old city named ("the Old City of Homs"): an area inside its city, which the story is placed in. */
    private Place lastOldCity;
    private Place lastDistrict;
    private String lastPerpetrator;
    private org.crosscheck.avro.Category lastVictims;

    /**
     * Who issued each document spoken of before ("In a statement, the coalition said", "Amnesty said in a
     * report"), by the document's noun, with how many sentences had been read when it was looked for: found
     * once per sentence read.
     */
    private final Map<String, Issuer> issuers = new java.util.HashMap<>(4);
    private boolean lookingForIssuer;

    /** Who issued a document (or null, none found), as known when {@code knownAt} sentences had been read. */
    record Issuer(Attributor.Speaker speaker, int knownAt) {
    }

    /** Who issued the document of this noun, as last looked for; or null, never looked for. */
    Issuer issuer(String document) {
        return issuers.get(document);
    }

    void issuer(String document, Attributor.Speaker issuer, int sentencesRead) {
        issuers.put(document, new Issuer(issuer, sentencesRead));
    }

    boolean lookingForIssuer() {
        return lookingForIssuer;
    }

    void lookingForIssuer(boolean looking) {
        lookingForIssuer = looking;
    }

    /** The surname of the person a profile opened with, until it says whom the person works for. */
    private String profiled;

    void profiled(String surname) {
        profiled = surname;
    }

    String profiled() {
        return profiled;
    }

    /** The speakers' surnames, each once: few, and asked about for every place a sentence names. */
    private final List<String> surnames = new ArrayList<>(4);

    void named(Party party, String speaker) {
        named(party, speaker, null);
    }

    void named(Party party, String speaker, String called) {
        Named n = new Named(party, speaker, called);
        named.add(n);
        if (speaker != null) {
            lastPerson = n;
            if (!surnames.contains(speaker)) {
                surnames.add(speaker);
            }
        }
    }

    /** Whether the token, case and all, is the surname of a speaker named so far. */
    boolean isSurname(org.crosscheck.extract.text.Token t) {
        for (int i = 0; i < surnames.size(); i++) {
            if (t.textIs(surnames.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The latest party whose speaker was named with this surname, or null. "Hashemi said" after
     * "Brig. Gen. Kareem al-Hashemi" is the same person: reporters drop the article on second reference.
     */
    Named speakerCalled(String surname) {
        return speakerNamed(surname, false);
    }

    /** The last speaker named {@code surname}, with or without an Arabic article; in any case if {@code anyCase}. */
    private Named speakerNamed(String surname, boolean anyCase) {
        // most words asked about are no speaker's name: the few distinct surnames say so without reading back over
        // every party named (thousands, in a long enough article)
        boolean known = false;
        for (int i = 0; i < surnames.size() && !known; i++) {
            known = calledBy(surname, surnames.get(i), anyCase);
        }
        if (!known) {
            return null;
        }
        for (int i = named.size() - 1; i >= 0; i--) {
            String speaker = named.get(i).speaker();
            if (speaker != null && calledBy(surname, speaker, anyCase)) {
                return named.get(i);
            }
        }
        return null;
    }

    /** Whether {@code surname} names the speaker {@code speaker}. */
    private static boolean calledBy(String surname, String speaker, boolean anyCase) {
        // ("Al-Khamis said" opening a sentence is the "al-Khamis" named before: only the article's case differs)
        return (anyCase || startsWithArticle(surname) ? surname.equalsIgnoreCase(speaker) : surname.equals(speaker))
                || sameWithoutArticle(surname, speaker);
    }

    /**
     * The first person the article named with the party they speak for: in an interview printed as
     * questions and answers ("Q: ... A: ..."), the one who answers.
     */
    Named firstNamedPerson() {
        if (firstPerson != null) {
            return firstPerson;
        }
        for (Named n : named) {
            if (n.speaker() != null && !ClaimantDirectory.OUTLET.equals(n.party().id())) {
                return n;
            }
        }
        return null;
    }

    /** The first person the data knows ("Rami Abdulrahman"), mentioned whether or not speaking. */
    private Named firstPerson;

    /** Notes a person the data knows, mentioned anywhere: the first is who answers in a printed interview. */
    void personMentioned(Party party, String speaker) {
        if (firstPerson == null && speaker != null && !ClaimantDirectory.OUTLET.equals(party.id())) {
            firstPerson = new Named(party, speaker, null);
        }
    }

    /**
     * The party of the person a transcript labels in capitals ("COL. LINDQVIST:"), named before by the
     * surname {@code label} in any case; or null.
     */
    Named speakerLabelled(String label) {
        return speakerNamed(label, true);
    }

    /** Whether {@code speaker} is {@code surname} with an Arabic article before it: "al-Hashemi" and "Hashemi". */
    private static boolean sameWithoutArticle(String surname, String speaker) {
        int hyphen = speaker.length() - surname.length() - 1;
        if (hyphen < 2 || hyphen > 3 || speaker.charAt(hyphen) != '-'
                || !speaker.regionMatches(true, hyphen + 1, surname, 0, surname.length())) {
            return false;
        }
        return ARABIC_ARTICLES.contains(speaker.substring(0, hyphen).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a name opens with an Arabic article and its hyphen: "al-Juburi", "Al-Juburi". */
    private static boolean startsWithArticle(String name) {
        int hyphen = name.indexOf('-');
        return hyphen >= 2 && hyphen <= 3 && ARABIC_ARTICLES.contains(name.substring(0, hyphen).toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "ad", "ar", "as", "at", "az", "ash", "an", "ath");

    /**
     * The most recent party of one of the kinds. "person" means the last named spokesperson or,
     * before anyone is named, the party named last: in "a police officer in Anbar said ... He said",
     * "he" is the unnamed officer, who speaks for local sources.
     */
    Named resolve(Set<String> kinds) {
        if (kinds.contains("person")) {
            return lastPerson != null || named.isEmpty() ? lastPerson : named.get(named.size() - 1);
        }
        if (named.size() <= SCAN_LIMIT) {
            for (int i = named.size() - 1; i >= 0; i--) {
                if (kinds.contains(named.get(i).party().kind())) {
                    return named.get(i);
                }
            }
            return null;
        }
        catchUp();
        int last = -1;
        for (String kind : kinds) {
            last = Math.max(last, lastOfKind.getOrDefault(kind, -1));
        }
        return last < 0 ? null : named.get(last);
    }

    /**
     * As {@link #resolve(Set)}, but a party whose own name holds the reference's noun comes first: after
     * the Syrian Network for Human Rights and then the Observatory, "the network" is the network; after "the
     * Kurdistan Region's Ministry of Peshmerga Affairs", a local source, "the ministry" is that ministry. The
     * words must be of the reference's kinds ("the army" is no Free Syrian Army).
     */
    Named resolve(Set<String> kinds, String noun) {
        if (!kinds.contains("person") && !SHARED_NOUNS.contains(noun) && named.size() <= SCAN_LIMIT) {
            for (int i = named.size() - 1; i >= 0; i--) {
                Named n = named.get(i);
                if (calledBy(n.party(), n.called(), kinds, noun)) {
                    return n;
                }
            }
        } else if (!kinds.contains("person") && !SHARED_NOUNS.contains(noun)) {
            catchUp();
            int last = -1;
            for (Map.Entry<NamedAs, Integer> e : lastByName.entrySet()) {
                if (e.getValue() > last && calledBy(e.getKey().party(), e.getKey().called(), kinds, noun)) {
                    last = e.getValue();
                }
            }
            if (last >= 0) {
                return named.get(last);
            }
        }
        return resolve(kinds);
    }

    /** Whether a party named with the words {@code called} is one "the {@code noun}" of these kinds refers to. */
    private static boolean calledBy(Party party, String called, Set<String> kinds, String noun) {
        // a local source named as an institution is referred to as one: its kind is no institution's
        boolean ofKind = kinds.contains(party.kind()) || ClaimantDirectory.LOCAL.equals(party.id()) || ANY_KIND_NOUNS.contains(noun);
        return ofKind && (hasWord(party.name(), noun) || called != null && hasWord(called, noun));
    }

    /**
     * Nouns that stand for bodies whose names rarely hold them: the World Health Organization is "the
     * agency" as much as the state news agency is, so these go by recency alone.
     */
    private static final Set<String> SHARED_NOUNS = Set.of("agency", "group", "organisation", "organization", "body", "officials");

    /**
     * Nouns a party is called by only when its name holds them, whatever its kind: after "the SDF's media
     * centre", "a spokesman for the centre" speaks for the SDF, an armed group, though "the centre" alone
     * means a government's or the UN's. ("the army" is no such noun: the Free Syrian Army is not "the army".)
     */
    private static final Set<String> ANY_KIND_NOUNS = Set.of("centre", "center");

    /** Whether {@code word} is one of the words of {@code text}, whatever its case: only word starts are compared. */
    private static boolean hasWord(String text, String word) {
        int last = text.length() - word.length();
        for (int k = 0; k <= last; k++) {
            if ((k == 0 || !Character.isLetter(text.charAt(k - 1))) && text.regionMatches(true, k, word, 0, word.length())
                    && (k == last || !Character.isLetter(text.charAt(k + word.length())))) {
                return true;
            }
        }
        return false;
    }

    /** Counts the sentences remembered so far; places are compared with those of their own sentence. */
    private int sentence;
    private int lastPlaceSentence = -1;

    /** A new sentence is being remembered. */
    void nextSentence() {
        sentence++;
    }

    void placed(Place place, Gazetteer gazetteer) {
        lastPlaced = place;
        if (place.kind() == Place.Kind.AREA && place.name().startsWith("Old ")) {
            lastOldCity = place; // what "the Old City" points back to, though the story is in its city
        }
        if (place.parent() == null) {
            lastCountry = place;
            return;
        }
        Place settlement = gazetteer.settlementOf(place);
        if (lastPlace != null && lastPlaceSentence == sentence && settlement.kind().administrative()
                && gazetteer.within(lastPlace.id(), settlement.id())) {
            // "the town of Kafr Nabl in southern Idlib", "a police officer in Anbar province said": the
            // province around a place named in the same sentence says where it is, not that the story
            // moved; in a later sentence ("shelled villages across Idlib province") it does move it
            return;
        }
        lastPlace = settlement;
        lastPlaceSentence = sentence;
        if (settlement.kind() == Place.Kind.AREA) {
            lastArea = settlement;
        }
        if (settlement.kind() == Place.Kind.DISTRICT) {
            lastDistrict = settlement;
        }
        if (settlement.kind().settlement()) {
            lastSettlement = settlement;
        }
        if (settlement.kind() == Place.Kind.CITY) {
            lastCity = settlement;
        }
    }

    private final Map<Site, Place> sites = new EnumMap<>(Site.class);

    /** A site named as such ("al-Hol camp", "Mount Sinjar"): what "the camp" or "the mountain" points back to. */
    void site(Site site, Place place) {
        sites.put(site, place);
    }

    Place site(Site site) {
        return sites.get(site);
    }

    /** The city or town that "the city" points back to. */
    Place lastSettlement() {
        return lastSettlement;
    }

    /** The last city named: what "the city" points back to past a town or village named since. */
    Place lastCity() {
        return lastCity;
    }

    /** The last place the story was placed in, whatever it moved: its country is the story's. */
    private Place lastPlaced;

    /** The country of the last place the story was placed in (null before any): whose "interior ministry" an unnamed one is. */
    String storyCountry() {
        return lastPlaced == null ? null : Gazetteer.countryIdOf(lastPlaced.id());
    }

    /** The place a claim that names none is about: the last place named, else the last country. */
    Place currentPlace() {
        return lastPlace != null ? lastPlace : lastCountry;
    }

    /** The last old city named ("the Old City of Homs"), for "the Old City". */
    Place lastOldCity() {
        return lastOldCity;
    }

    /** The last area named ("Eastern Ghouta"), for "the enclave" and "the pocket". */
    Place lastArea() {
        return lastArea;
    }

    /** The last district named ("the Afrin district"), for "the district". */
    Place lastDistrict() {
        return lastDistrict;
    }

    Place lastCountry() {
        return lastCountry;
    }

    private final List<SentenceView> read = new ArrayList<>();

    /** A sentence has been read: the sentences after it that give no time may take its time. */
    void read(SentenceView sentence) {
        read.add(sentence);
    }

    private int timesChecked;
    private int lastTimed = -1;

    /** How many of the sentences read have had their time worked out (ClaimExtractor.lastTimeGiven). */
    int timesChecked() {
        return timesChecked;
    }

    void timesChecked(int n) {
        timesChecked = n;
    }

    /** The index among the sentences read of the last one that gave a time, or -1. */
    int lastTimed() {
        return lastTimed;
    }

    void lastTimed(int i) {
        lastTimed = i;
    }

    /** The sentences read so far, in reading order. */
    List<SentenceView> read() {
        return read;
    }

    void attacked(String perpetrator) {
        lastPerpetrator = perpetrator;
        attackedAt = read.size();
    }

    /** The attacker told last, or null once more than {@link #ATTACKER_REACH} sentences have been read since. */
    String lastPerpetrator() {
        return read.size() - attackedAt <= ATTACKER_REACH ? lastPerpetrator : null;
    }

    /**
     * The attacker told last, however long ago: a denial or a dispute answers the accusations against the
     * story's attacker wherever it stands ("Townsend challenged the notion that civilian casualties had increased").
     */
    String attackerAnswered() {
        return lastPerpetrator;
    }

    /**
     * How many sentences on an attacker named once still stands for a claim that names none. Further on,
     * a whole article's background and other incidents come between: measured on the labelled sets,
     * forgetting it after 8 sentences put perpetrator F1 up on ten full-length sets and down (by under
     * 0.01 each) on four; 2, 4, 6, 10 and 14 did less well.
     */
    static final int ATTACKER_REACH = 8;

    /** How many sentences had been read when the attacker was told. */
    private int attackedAt;

    void victims(org.crosscheck.avro.Category category) {
        lastVictims = category;
    }

    /** The last kind of victims named, for "of them" with no noun after it. */
    org.crosscheck.avro.Category lastVictims() {
        return lastVictims;
    }
}

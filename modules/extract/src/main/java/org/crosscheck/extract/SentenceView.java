package org.crosscheck.extract;

import java.util.List;

import org.crosscheck.avro.Category;
import org.crosscheck.avro.Outcome;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.PhraseIndex;
import org.crosscheck.extract.text.MarkedWords;
import org.crosscheck.extract.text.Sentence;
import org.crosscheck.extract.text.Token;
import org.crosscheck.extract.text.TokenList;
import org.crosscheck.extract.text.WordSet;

/**
 * One sentence with everything the lexicons find in it, computed once: places, mentions of
 * parties, perpetrators, speech verbs, outcome words, victim words and quoted stretches.
 */
final class SentenceView {

    final Sentence sentence;
    final List<Token> tokens;
    final String segment;
    final boolean title;
    final List<PhraseIndex.Match<Place>> places;
    final List<PhraseIndex.Match<Mention>> mentions;
    final List<PhraseIndex.Match<String>> perpetrators;
    final List<PhraseIndex.Match<Boolean>> speechVerbs;
    private List<PhraseIndex.Match<Outcome>> outcomes;
    private final Lexicon lexicon;
    final List<PhraseIndex.Match<Category>> victims;
    /** For each token, whether it tells where or when the speaker spoke; computed on demand by the extractor. */
    boolean[] speakerSetting;
    /** Tokens of a place list's items ("in Kafr Nabl, 9; in Sarmin, 6"), set by the extractor; null when none. */
    boolean[] listItem;
    /** Places that belong to a part of a claim ("13 of them in Hamouriyah"), set by the extractor; null when none. */
    boolean[] partPlace;
    /** Words of a clause that tells a place's history (see ClaimExtractor#placesHistory), found when first asked for. */
    boolean[] placesHistory;
    /** For each token, whether it lies between quotation marks. */
    final boolean[] quoted;

    SentenceView(Sentence sentence, String segment, boolean title, Lexicon lexicon, Gazetteer gazetteer,
            ClaimantDirectory claimants, boolean startsQuoted) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.segment = segment;
        this.title = title;
        List<PhraseIndex.Match<Mention>> allMentions = claimants.mentions().findAll(tokens);
        List<PhraseIndex.Match<Place>> allPlaces = gazetteer.names().findAll(tokens);
        List<PhraseIndex.Match<String>> allPerpetrators = lexicon.perpetrators.findAll(tokens);
        this.speechVerbs = countsAttributed(lexicon.speechVerbs.findAll(tokens), lexicon);
        this.lexicon = lexicon;
        this.victims = lexicon.victims.findAll(tokens);
        // the lists stay List.of() until something is kept: most sentences name no party, place or perpetrator
        List<PhraseIndex.Match<Mention>> keptMentions = List.of();
        for (int k = 0; k < allMentions.size(); k++) {
            PhraseIndex.Match<Mention> m = allMentions.get(k);
            // "coalition airstrikes", "Syrian army shelling": the party acts here, it does not speak
            // "..., Russian jets 1,019 and the US-led coalition 566, the network said": an attacker's share, no speaker
            if (!beforeAttackWord(m.to(), lexicon) && itemFigureAfter(tokens, m.to()) < 0 && !completesNameBefore(m, allMentions)
                    && !firstNameOfSomeoneElse(m) && !insideOrganisationsName(m) && !placeInAList(m, allPlaces) && !membersCounted(m)
                    && !insideLongerPlace(m, allPlaces) && !countryOfPlaceAfter(m, allPlaces) && !interviewed(m)) {
                keptMentions = PhraseIndex.append(keptMentions, m);
            }
        }
        this.mentions = keptMentions;
        List<PhraseIndex.Match<String>> keptPerpetrators = List.of();
        for (int k = 0; k < allPerpetrators.size(); k++) {
            PhraseIndex.Match<String> p = allPerpetrators.get(k);
            if (disguise(p)) {
                continue; // "militants who slipped in disguised as Kurdish fighters", "gunmen wearing YPG uniforms"
            }
            if (beforeAttackWord(p.to(), lexicon) || afterHarmBy(p.from(), lexicon) || blamed(p.from()) || actsAsSubject(p.to(), lexicon)
                    || saidOfTheAttack(p.from(), lexicon)
                    || joinedToAttacker(p, allPerpetrators, lexicon) || itemFigureAfter(tokens, p.to()) >= 0
                    || attributedTo(p.from()) || blamedFigureAfter(tokens, p.to()) >= 0) {
                keptPerpetrators = PhraseIndex.append(keptPerpetrators, p);
            }
        }
        this.perpetrators = keptPerpetrators;
        List<PhraseIndex.Match<Place>> keptPlaces = List.of();
        for (int k = 0; k < allPlaces.size(); k++) {
            PhraseIndex.Match<Place> p = allPlaces.get(k);
            // "Islamic State of Iraq and Syria", "Syria Direct": a longer name of a party or group wins
            if (gazetteer.standsAsName(tokens, p) && !acrossABorder(p) && !insideLonger(p, allMentions, allPerpetrators) && !surnameAfterFirstName(p) && !stateAsActor(p, allMentions, allPlaces)
                    && !provinceNamingAQuarter(p) && !containerOfPlaceAfter(p, allPlaces, gazetteer) && !areaNearASettlement(p, allPlaces)
                    && !namesARiver(p) && !excluded(p)) {
                keptPlaces = PhraseIndex.append(keptPlaces, provinceOfItsCapital(neighbourhoodCalledDistrict(p, gazetteer), gazetteer));
            }
        }
        this.places = keptPlaces;
        this.quoted = new boolean[tokens.size()];
        if (!TokenList.anyQuote(tokens)) {
            java.util.Arrays.fill(quoted, startsQuoted); // most sentences: no need to look at each token
        } else {
            boolean in = startsQuoted;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).kind() == Token.Kind.QUOTE) {
                    in = !in;
                }
                quoted[i] = in;
            }
        }
    }

    /**
     * "its researchers had interviewed 31 witnesses and relatives": people a party spoke to are its sources, not
     * speakers of the sentence (the party that interviewed them tells what they said).
     */
    private boolean interviewed(PhraseIndex.Match<Mention> m) {
        if (m.to() + 1 < tokens.size() && tokens.get(m.to()).is("who") && lexicon.speechVerbs.startsAt(tokens, m.to() + 1)) {
            return false; // "AFP interviewed residents who said at least 30 were killed": they speak
        }
        for (int k = m.from() - 1; k >= Math.max(0, m.from() - INTERVIEWED_REACH); k--) {
            Token w = tokens.get(k);
            if (INTERVIEWING.contains(w)) {
                return true;
            }
            if (w.isPunct() || lexicon.speechVerbs.startsAt(tokens, k)) {
                return false; // ("interviewed by the army, officials said", "interviewed survivors and said")
            }
        }
        return false;
    }

    /** How far before the people interviewed the verb may stand: "interviewed 31 witnesses and relatives". */
    private static final int INTERVIEWED_REACH = 5;
    /** The verbs whose objects are the people a party spoke to (not the noun "interview": "an interview with an officer who said"). */
    private static final WordSet INTERVIEWING = WordSet.of("interviewed", "interviewing");

    /** "1,031 Iraqis were killed in May, excluding Anbar province": a place a count leaves out is no place of anything in it. */
    private boolean excluded(PhraseIndex.Match<Place> p) {
        int k = wordBefore(tokens, p.from());
        return k >= 0 && EXCLUDING.contains(tokens.get(k));
    }

    /** The words that leave a place out of a count: "excluding Anbar province", "which excludes Raqqa". */
    private static final WordSet EXCLUDING = WordSet.of("excluding", "except", "excludes", "excluded", "exclude");

    /** "the bridge over the Lesser Zab river": a town's name that names a river, which is no place of the gazetteer's. */
    private boolean namesARiver(PhraseIndex.Match<Place> p) {
        return p.to() < tokens.size() && tokens.get(p.to()).is("river") && p.value().kind() != Place.Kind.AREA;
    }

    /** Whether an article at {@code at} opens what a person the reporter met is: "a mother of five", "a retired teacher". */
    private boolean personDescribedAfter(int at) {
        if (at + 1 >= tokens.size() || !tokens.get(at).is("a") && !tokens.get(at).is("an")) {
            return false;
        }
        return Attributor.LOCAL_PEOPLE.contains(tokens.get(at + 1))
                || at + 2 < tokens.size() && Attributor.LOCAL_PEOPLE.contains(tokens.get(at + 2));
    }

    /**
     * "Baghdad province", "the Damascus countryside": a capital that stands for its government ("Baghdad says")
     * begins a longer place's name here, and names the place, not the government.
     */
    private static boolean insideLongerPlace(PhraseIndex.Match<Mention> m, List<PhraseIndex.Match<Place>> places) {
        for (int k = 0; k < places.size(); k++) {
            PhraseIndex.Match<Place> p = places.get(k);
            if (p.from() <= m.from() && p.to() >= m.to() && p.to() - p.from() > m.to() - m.from()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "camped near the frontier with the Israeli-occupied Golan Heights", "the border with Jordan": the
     * place on the far side of a border, which says where the border is, not where anything happened.
     */
    private boolean acrossABorder(PhraseIndex.Match<Place> p) {
        int k = wordBefore(tokens, p.from());
        return k >= 1 && tokens.get(k).is("with") && BORDERS.contains(tokens.get(k - 1));
    }

    /** "17-year-old", "six-month-old": an age written as one word ("a 52-year-old farmer", "a 17-year-old boy"). */
    static boolean ageWord(Token w) {
        return w.hyphenAt() > 0 && (w.lower().endsWith("-year-old") || w.lower().endsWith("-month-old"));
    }

    /** The index of the word before a name, past its "the": where "to", "with" or "from" would stand; -1 if none. */
    static int wordBefore(List<Token> t, int nameStart) {
        return nameStart > 0 && t.get(nameStart - 1).is("the") ? nameStart - 2 : nameStart - 1;
    }

    private static final WordSet BORDERS = WordSet.of("border", "borders", "frontier", "frontiers", "boundary");

    /**
     * "Russian jets 1,019 and the US-led coalition 566": the figure that a name (ending before {@code
     * from}) heads as an item of a list whose verb and victims are left out, right after it or after
     * up to two words for the attacker's arm, and followed by the list going on or ending; or -1.
     */
    static int itemFigureAfter(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + 3); k++) {
            Token w = t.get(k);
            if (w.kind() == Token.Kind.NUMBER) {
                if (yearLike(w)) {
                    return -1; // "Russian jets 2015": a year
                }
                boolean ends = k + 1 == t.size() || t.get(k + 1).is(",") || t.get(k + 1).is("and") || t.get(k + 1).is(";")
                        || t.get(k + 1).is(".");
                return ends ? k : -1;
            }
            if (!SHARE_HOLDERS.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    /** A number of four digits from 1900 to 2099: a year more likely than a count. */
    static boolean yearLike(Token t) {
        if (t.kind() != Token.Kind.NUMBER || t.end() - t.start() != 4) {
            return false;
        }
        String x = t.text();
        return x.startsWith("19") || x.startsWith("20");
    }

    /** The words that may stand between an attacker's name and its share ("Russian jets 1,019"). */
    private static final WordSet SHARE_HOLDERS = WordSet.of("jets", "warplanes", "aircraft", "planes", "helicopters", "strikes",
            "airstrikes", "forces", "coalition", "troops", "militants", "fighters", "shelling", "artillery", "army", "government",
            "regime", "militias", "groups", "factions");

    /** Whether "at" and a figure stand within a few words from {@code from}, in the same sentence: "the dead at 29", "at more than 140". */
    private boolean countAtAfter(int from, Lexicon lexicon) {
        for (int k = from; k + 1 < tokens.size() && k - from <= PUT_AT_REACH; k++) {
            Token w = tokens.get(k);
            if (w.is(";") || w.is(".")) {
                return false;
            }
            Token next = tokens.get(k + 1);
            if (w.is("at") && (next.kind() == Token.Kind.NUMBER || FIGURE_OPENERS.contains(next) || lexicon.figureWords.contains(next))) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a figure after "at": "at more than 140", "at about 300", "at nearly 2,000" (not "at the hospital"). */
    private static final WordSet FIGURE_OPENERS = WordSet.of("more", "about", "some", "nearly", "around", "over", "roughly",
            "between", "almost", "up", "fewer", "less");

    /** How far after "put" its "at" may stand: "put the number of civilians killed in the two weeks of fighting at". */
    private static final int PUT_AT_REACH = 20;

    /**
     * "Airwars attributed at least 290 to Russian strikes": "attributed" says who claims only when a count
     * follows it; "Attacks attributed to Islamic State killed 40, the Observatory said" leaves the claim
     * to who said so. Likewise "stood by" only keeps to an account (see {@link #standsByAnAccount}).
     */
    private List<PhraseIndex.Match<Boolean>> countsAttributed(List<PhraseIndex.Match<Boolean>> verbs, Lexicon lexicon) {
        List<PhraseIndex.Match<Boolean>> kept = verbs;
        for (int k = verbs.size() - 1; k >= 0; k--) {
            PhraseIndex.Match<Boolean> v = verbs.get(k);
            Token w = tokens.get(v.from());
            boolean countFollows = v.to() < tokens.size()
                    && (tokens.get(v.to()).kind() == Token.Kind.NUMBER || COUNT_OPENERS.contains(tokens.get(v.to())));
            // "47 to 61 civilian deaths it attributed to Russian aircraft", "Airwars attributed them to": a subject before it
            Token before = v.from() >= 1 ? tokens.get(v.from() - 1) : null;
            boolean subjectBefore = before != null && (ATTRIBUTING_SUBJECTS.contains(before) || v.from() >= 2 && before.capitalised());
            boolean standsBy = STANDING.contains(w) && !standsByAnAccount(v.to());
            // "The monitor put the militants' losses over the same period at more than 140": "put" says a count only
            // with "at" and a figure after it ("put pressure on", "put them on buses" say none); "puts" is left as it was
            boolean putWithoutCount = w.is("put") && v.to() - v.from() == 1 && !countAtAfter(v.to(), lexicon);
            // "UN monitors count dozens of bodies": the verb; "a count by the Review", "by our count": the noun
            boolean countNoun = w.is("count") && v.from() >= 1 && (NOUN_MARKERS.contains(before) || before.possessive());
            if ((w.is("attributed") || w.is("attributes")) && !countFollows && !subjectBefore || standsBy || putWithoutCount || countNoun
                    || w.is("found") && v.to() - v.from() == 1 && !findingReported(v)) {
                kept = kept == verbs ? new java.util.ArrayList<>(verbs) : kept;
                kept.remove(k);
            }
        }
        return kept;
    }

    /** Words after which "count" is a noun: "a count", "by our count", "its own count". */
    private static final WordSet NOUN_MARKERS = WordSet.of("a", "an", "the", "our", "its", "their", "his", "her", "my", "this", "that",
            "by", "own", "official", "latest", "final", "new");

    private static final WordSet THINGS_FOUND = WordSet.of("bodies", "remains", "corpses", "graves", "dead", "mines");

    /** The auxiliaries of the passive: "bodies were found" is no finding reported. */
    static final WordSet PASSIVE_AUXILIARIES = WordSet.of("been", "was", "were", "being", "be", "is", "are");

    /** The auxiliaries of the perfect: "has said", "had been killed". */
    static final WordSet PERFECT_AUXILIARIES = WordSet.of("has", "have", "had");

    /**
     * "..., the organisation found.", "the group found, ...": a finding reported, which closes its clause (the
     * lexicon's "found that" opens one); not "bodies were found" or "rescuers found 12 bodies", what was found.
     */
    private boolean findingReported(PhraseIndex.Match<Boolean> v) {
        if (v.from() == 0 || PASSIVE_AUXILIARIES.contains(tokens.get(v.from() - 1)) || THINGS_FOUND.contains(tokens.get(v.from() - 1))) {
            return false; // nor "with 12 more bodies found."
        }
        if (v.to() == tokens.size()) {
            return true;
        }
        Token next = tokens.get(v.to());
        return next.is(".") || next.is(",") && tokens.get(v.from() - 1).isWord();
    }

    /**
     * Whether the attacker's name is what someone was dressed as: "disguised as Kurdish fighters",
     * "posing as", "dressed as", "wearing YPG uniforms". The side named is the one they were not.
     */
    private boolean disguise(PhraseIndex.Match<String> p) {
        int as = p.from() - 1;
        if (as >= 1 && tokens.get(as).is("as") && DISGUISES.contains(tokens.get(as - 1))) {
            return true;
        }
        return p.to() < tokens.size() && (tokens.get(p.to()).is("uniforms") || tokens.get(p.to()).is("uniform"));
    }

    private static final WordSet DISGUISES = WordSet.of("disguised", "dressed", "posing", "masquerading", "pretending");

    private static final WordSet STANDING = WordSet.of("stand", "stands", "stood", "standing");
    private static final WordSet ACCOUNTS = WordSet.of("toll", "tally", "figure", "figures", "count", "account", "accounts",
            "report", "reports", "claim", "claims", "findings", "estimate", "numbers");
    /** How far after "stood by" the account it keeps to may stand: "stood by their earlier casualty figures". */
    private static final int ACCOUNT_REACH = 4;

    /**
     * "Medics stand by Douma toll of more than 40", "said they stood by their accounts": keeping to
     * an account is telling it again; "troops stood by as militiamen shot 20" is not.
     */
    private boolean standsByAnAccount(int from) {
        for (int k = from; k < Math.min(tokens.size(), from + ACCOUNT_REACH); k++) {
            if (ACCOUNTS.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet ATTRIBUTING_SUBJECTS = WordSet.of("it", "they", "he", "she", "which", "who");
    private static final WordSet COUNT_OPENERS = WordSet.of("at", "about", "more", "some", "nearly", "around", "over", "roughly",
            "between", "the", "its", "their", "almost", "up", "all", "most", "half");

    /**
     * "the southern province of Sweida", "the governorate of Idlib": the province named after the city whose name
     * follows, not the city.
     */
    private PhraseIndex.Match<Place> provinceOfItsCapital(PhraseIndex.Match<Place> p, Gazetteer gazetteer) {
        if (p.value().kind() != Place.Kind.CITY || p.from() < 2 || !tokens.get(p.from() - 1).is("of")
                || !PROVINCE_NOUNS.contains(tokens.get(p.from() - 2))) {
            return p;
        }
        // only where the province bears the city's name ("the province of Hajin" is no province)
        return seatOfItsProvince(p.value(), gazetteer)
                ? new PhraseIndex.Match<>(p.from(), p.to(), gazetteer.byId(gazetteer.regionOf(p.value().id())).orElseThrow()) : p;
    }

    private static final WordSet PROVINCE_NOUNS = WordSet.of("province", "governorate");

    /**
     * "Baghdad's Sadr City district": a neighbourhood with "district" after its name, in lower case, is
     * the neighbourhood, not the administrative district of the same name ("Sadr City District").
     */
    private PhraseIndex.Match<Place> neighbourhoodCalledDistrict(PhraseIndex.Match<Place> p, Gazetteer gazetteer) {
        if (p.value().kind() != Place.Kind.DISTRICT || p.to() - p.from() < 2 || !tokens.get(p.to() - 1).textIs("district")) {
            return p;
        }
        PhraseIndex.Match<Place> named = gazetteer.names().match(tokens.subList(p.from(), p.to() - 1), 0);
        return named != null && named.to() == p.to() - 1 - p.from() && named.value().kind() == Place.Kind.NEIGHBOURHOOD
                ? new PhraseIndex.Match<>(p.from(), p.to(), named.value()) : p;
    }

    /**
     * "90 were members of the SDF and allied groups, it said": a party whose members are counted among
     * the victims is who they were, not who speaks.
     */
    private boolean membersCounted(PhraseIndex.Match<Mention> m) {
        int of = m.from() >= 1 && tokens.get(m.from() - 1).is("the") ? m.from() - 2 : m.from() - 1;
        // "12 members of the Asayish and the YPG militia": the second of two groups the members belong to
        if (of >= 3 && tokens.get(of).is("and") && tokens.get(of - 1).isWord() && tokens.get(of - 1).capitalised()) {
            int first = of - 1;
            while (first > 0 && tokens.get(first - 1).isWord() && tokens.get(first - 1).capitalised()) {
                first--;
            }
            of = first >= 1 && tokens.get(first - 1).is("the") ? first - 2 : first - 1;
        }
        if (of < 2 || !tokens.get(of).is("of") || !COUNTED_MEMBERS.contains(tokens.get(of - 1))) {
            return false;
        }
        // "302 members of the YPG", "90 were members of the SDF"
        int figure = tokens.get(of - 2).is("were") || tokens.get(of - 2).is("are") ? of - 3 : of - 2;
        return figure >= 0 && tokens.get(figure).kind() == Token.Kind.NUMBER;
    }

    private static final WordSet COUNTED_MEMBERS = WordSet.of("members", "fighters", "soldiers", "troops");

    /**
     * "the al-Qadisiya district" of Tikrit: a province's name with a lower-case word for a part of a
     * town after it names a quarter the gazetteer does not list, not the province.
     */
    private boolean provinceNamingAQuarter(PhraseIndex.Match<Place> p) {
        return p.value().kind() == Place.Kind.GOVERNORATE && p.to() < tokens.size() && p.from() > 0 && tokens.get(p.from() - 1).is("the")
                && QUARTERS.containsText(tokens.get(p.to()));
    }

    private static final WordSet QUARTERS = WordSet.of("district", "neighbourhood", "neighborhood", "quarter");

    /**
     * "the Idlib town of Ariha", "the Raqqa town of Tabqa", "the Damascus suburb of Darayya": a region's or a
     * province's seat's name that only says where the settlement named after it lies; the settlement is the place.
     */
    private boolean containerOfPlaceAfter(PhraseIndex.Match<Place> p, List<PhraseIndex.Match<Place>> allPlaces, Gazetteer gazetteer) {
        int of = p.to() + 1;
        if (of + 1 >= tokens.size() || p.from() == 0 || !tokens.get(p.from() - 1).is("the") || !tokens.get(of).is("of")) {
            return false;
        }
        // ("the Jaramana suburb of Damascus" names the suburb first: only a province's seat has suburbs named after it)
        boolean suburbOfTheSeat = SUBURBS.containsText(tokens.get(p.to())) && seatOfItsProvince(p.value(), gazetteer);
        if (!SETTLEMENTS.containsText(tokens.get(p.to())) && !suburbOfTheSeat) {
            return false;
        }
        for (int k = 0; k < allPlaces.size(); k++) {
            if (allPlaces.get(k).from() == of + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Mount Karachok near Qamishli": a mountain, plain or field placed by the town it is near is told as
     * that town's, as the corpus's rule places whatever lies "near X" at X.
     */
    private boolean areaNearASettlement(PhraseIndex.Match<Place> p, List<PhraseIndex.Match<Place>> allPlaces) {
        if (p.value().kind() != Place.Kind.AREA || p.to() + 1 >= tokens.size() || !tokens.get(p.to()).is("near")) {
            return false;
        }
        for (int k = 0; k < allPlaces.size(); k++) {
            if (allPlaces.get(k).from() == p.to() + 1 && allPlaces.get(k).value().kind().settlement()) {
                return true;
            }
        }
        return false;
    }

    /** (Not "suburb" or "district": "the Jaramana suburb of Damascus" names the suburb first.) */
    private static final WordSet SETTLEMENTS = WordSet.of("town", "city", "village", "villages", "towns");
    /** What a province's seat has around it: "the Damascus suburb of Darayya". */
    private static final WordSet SUBURBS = WordSet.of("suburb", "suburbs");

    /** Whether a city is the seat its province is named after: Damascus, Aleppo, Raqqa (not Darayya or Jaramana). */
    private static boolean seatOfItsProvince(Place city, Gazetteer gazetteer) {
        if (city.kind() != Place.Kind.CITY) {
            return false;
        }
        Place region = gazetteer.byId(gazetteer.regionOf(city.id())).orElse(null);
        return region != null && region.kind() == Place.Kind.GOVERNORATE && region.name().startsWith(city.name() + " ");
    }

    /**
     * "The Shingal Survivors Association said": local people named inside the name of an organisation
     * (capitalised words up to one that ends such names) are part of the name, not speakers.
     */
    private boolean insideOrganisationsName(PhraseIndex.Match<Mention> m) {
        if (!(m.value() instanceof Mention.OfParty op) || !op.party().id().equals(ClaimantDirectory.LOCAL)
                || !tokens.get(m.from()).capitalised()) {
            return false;
        }
        return Attributor.organisationsNameGoesOn(tokens, m.to());
    }

    /**
     * "Across Iraq and Syria, Airwars estimated", "in north-west Syria": a country that is also a party
     * names the place after a preposition of place or a compass point, or as the second of a list of places.
     */
    private boolean placeInAList(PhraseIndex.Match<Mention> m, List<PhraseIndex.Match<Place>> allPlaces) {
        if (m.from() < 1) {
            return false;
        }
        Token before = tokens.get(m.from() - 1);
        // "in north-west Syria", "across Syria", "inside Iraq": a part of the country, or a preposition of place
        boolean placeWord = BEFORE_A_PLACE.contains(before) || COMPASS.contains(before) || REGION_ADJECTIVES.contains(before);
        boolean listed = m.from() >= 2 && (before.is("and") || before.is("or"));
        if (!placeWord && !listed) {
            return false;
        }
        boolean samePlace = false;
        boolean placeBefore = false;
        for (int k = 0; k < allPlaces.size(); k++) {
            PhraseIndex.Match<Place> p = allPlaces.get(k);
            samePlace |= p.from() == m.from() && p.to() == m.to();
            placeBefore |= p.to() == m.from() - 1;
        }
        return samePlace && (placeWord || placeBefore);
    }

    /** Words after which a country's name is a place: "across Syria", "inside Iraq". */
    private static final WordSet BEFORE_A_PLACE = WordSet.of("in", "across", "throughout", "inside", "into", "from", "near",
            "around", "within", "outside");

    private org.crosscheck.avro.Period timeGiven;
    private boolean timeKnown;

    /** Whether {@link #timeGiven()} has been looked for. */
    boolean timeKnown() {
        return timeKnown;
    }

    /** The time the sentence gives, other than when a statement was made; null if none. */
    org.crosscheck.avro.Period timeGiven() {
        return timeGiven;
    }

    void timeGiven(org.crosscheck.avro.Period period) {
        timeGiven = period;
        timeKnown = true;
    }

    private int[] accordingTo;

    /** Where "according to" stands, in order: looked for once, though each claim of the sentence asks. */
    int[] accordingTo() {
        if (accordingTo == null) {
            int n = 0;
            int[] at = new int[0];
            for (int k = 0; k + 1 < tokens.size(); k++) {
                if (tokens.get(k).is("according") && tokens.get(k + 1).is("to")) {
                    if (n == at.length) {
                        at = java.util.Arrays.copyOf(at, Math.max(2, n * 2));
                    }
                    at[n++] = k;
                }
            }
            accordingTo = java.util.Arrays.copyOf(at, n);
        }
        return accordingTo;
    }

    /** Where each of a few words stands (see {@link #thes}): found once for all the claims that look. */
    private int[][] positions;

    /** Where the sentence's "the"s stand, in order. */
    int[] thes() {
        return positionsOf(0, "the");
    }

    /** Where its colons stand, in order. */
    int[] colons() {
        return positionsOf(1, ":");
    }

    /** Where its commas stand, in order. */
    int[] commas() {
        return positionsOf(2, ",");
    }

    /** The indexes of the tokens that are {@code lower}, in order ({@code slot} is the word's place in the cache). */
    private int[] positionsOf(int slot, String lower) {
        if (positions == null) {
            positions = new int[4][];
        }
        int[] found = positions[slot];
        if (found == null) {
            int[] at = new int[8];
            int n = 0;
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).is(lower)) {
                    if (n == at.length) {
                        at = java.util.Arrays.copyOf(at, n * 2);
                    }
                    at[n++] = k;
                }
            }
            found = java.util.Arrays.copyOf(at, n);
            positions[slot] = found;
        }
        return found;
    }

    /** Facts about the whole sentence that claims ask again and again: 0 not yet known, 1 false, 2 true. */
    private byte[] facts;

    /** {@code test} of this sentence, worked out once per {@code fact} (a small index the caller owns). */
    boolean fact(int fact, java.util.function.Predicate<SentenceView> test) {
        if (facts == null) {
            facts = new byte[16];
        }
        if (facts[fact] == 0) {
            facts[fact] = (byte) (test.test(this) ? 2 : 1);
        }
        return facts[fact] == 2;
    }

    /** Attributor's note of which speech verbs say nothing here (see Attributor.notSpeaking); null until asked. */
    boolean[] notSpeaking;

    /** The last "who" before {@code at}, or -1; the sentence's "who"s found once, for every verb that asks. */
    int lastWhoBefore(int at) {
        return lastBefore(positionsOf(3, "who"), at);
    }

    /** The last of {@code positions} (in order) before {@code at}, or -1. */
    static int lastBefore(int[] positions, int at) {
        int i = java.util.Arrays.binarySearch(positions, at);
        int before = (i >= 0 ? i : -i - 1) - 1;
        return before >= 0 ? positions[before] : -1;
    }

    private int[] countOpeners;

    /**
     * Where a word that may open whose count it is stands, in order: each "by", and the "to" of each "according
     * to" ("by his count", "according to its count"). Found once, though each claim of the sentence asks: a
     * sentence of a megabyte with thousands of verbs must not be read through once per verb.
     */
    int[] countOpeners() {
        if (countOpeners == null) {
            int[] according = accordingTo();
            int[] at = new int[8];
            int n = 0;
            int next = 0;
            for (int b = 0; b < tokens.size(); b++) {
                boolean by = tokens.get(b).is("by");
                if (!by && next < according.length && according[next] + 1 == b) {
                    by = true;
                    next++;
                }
                if (by) {
                    if (n == at.length) {
                        at = java.util.Arrays.copyOf(at, n * 2);
                    }
                    at[n++] = b;
                }
            }
            countOpeners = java.util.Arrays.copyOf(at, n);
        }
        return countOpeners;
    }

    /** Outcome words, looked up only for sentences that hold a figure. */
    List<PhraseIndex.Match<Outcome>> outcomes() {
        if (outcomes == null) {
            outcomes = withVerbsInTheirConstruction(lexicon.outcomes.findAll(tokens));
        }
        return outcomes;
    }

    /**
     * Common verbs that say an outcome only in one construction each: "took out" after a convoy or a bus ("the
     * first convoy took out about 1,500 people"), "left" (or "leave", "leaves") before a place or an area ("buses left
     * the neighbourhood with 1,480 people on board": displaced; "the strike left 12 dead" is the dead; "left" and
     * "leave" are in the outcome list too, and are taken out of it before what people leave of their own: "will leave
     * their heavy weapons behind"), "treated" before a figure and a "for" ("treated nearly 1,000 people
     * for breathing problems": injured; "treated some 300 patients a month" is no claim), "lost" before a
     * figure ("lost 12 soldiers": killed; "lost his leg" is no claim), "seized" unless its clause goes on to free
     * them ("seized ... were handed over").
     */
    private List<PhraseIndex.Match<Outcome>> withVerbsInTheirConstruction(List<PhraseIndex.Match<Outcome>> found) {
        List<PhraseIndex.Match<Outcome>> out = withoutTheAttackersFlight(found);
        int n = tokens.size() - 1;
        for (int k = CONSTRUED_VERBS.nextCandidate(tokens, 0, 0, n); k < n; k = CONSTRUED_VERBS.nextCandidate(tokens, 0, k + 1, n)) {
            boolean leaving = tokens.get(k).is("left") || tokens.get(k).is("leave") || tokens.get(k).is("leaves");
            boolean carried = tokens.get(k).is("took") && tokens.get(k + 1).is("out") && vehicleBefore(k);
            // "Two women and four children seized by Islamic State from al-Shbiki on July 25 were handed over": captives
            // freed, no claim (as "captives freed" are not); "will leave their heavy weapons behind": what they leave
            // is their own, not a place they flee
            // "Iraqi forces forced out the last 300 Islamic State fighters": an enemy driven off, no one's flight
            boolean takenBack = tokens.get(k).is("seized") && freedLaterInTheClause(k + 1)
                    || tokens.get(k).is("forced") && tokens.get(k + 1).is("out") && fightersAfter(k + 2)
                    || leaving && LEFT_BELONGINGS.contains(tokens.get(k + 1)) && (k + 2 >= tokens.size() || !HOMES.contains(tokens.get(k + 2)))
                    || onLeave(k);
            if (takenBack) {
                int at = k;
                out = new java.util.ArrayList<>(out);
                out.removeIf(m -> m.from() == at);
                continue;
            }
            Outcome o = leaving && (placeAt(k + 1) || areaAt(k + 1)) || carried ? Outcome.DISPLACED
                    : tokens.get(k).is("treated") && figureThenFor(k + 1) ? Outcome.INJURED
                    : tokens.get(k).is("lost") && figureAt(k + 1) ? Outcome.KILLED : null;
            if (o != null) {
                out = new java.util.ArrayList<>(out);
                int at = 0;
                while (at < out.size() && out.get(at).from() < k) {
                    at++;
                }
                out.add(at, new PhraseIndex.Match<>(k, carried ? k + 2 : k + 1, o));
            }
        }
        return out;
    }

    /**
     * "the attackers had escaped into the open desert", "the gunmen fled": the attackers' getaway is no victims'
     * flight, and tells nothing of what befell the people the sentence counts.
     */
    private List<PhraseIndex.Match<Outcome>> withoutTheAttackersFlight(List<PhraseIndex.Match<Outcome>> found) {
        List<PhraseIndex.Match<Outcome>> out = found;
        for (PhraseIndex.Match<Outcome> m : found) {
            if (m.value() != Outcome.DISPLACED || !FLIGHT_VERBS.contains(tokens.get(m.to() - 1))) {
                continue;
            }
            int k = m.from() - 1;
            while (k > 0 && (PERFECT_AUXILIARIES.contains(tokens.get(k)) || PASSIVE_AUXILIARIES.contains(tokens.get(k))
                    || GETAWAY_ADVERBS.contains(tokens.get(k)))) {
                k--;
            }
            if (k >= 0 && ATTACKERS.contains(tokens.get(k)) && !agentOrOwner(k)) {
                out = out == found ? new java.util.ArrayList<>(found) : out;
                out.remove(m);
            }
        }
        return out;
    }

    /**
     * Whether the attackers' word at {@code k} follows "by", "under", "of" or "from" (through an article): "held as
     * human shields by the insurgents have fled", "areas held by the militants": they are not the ones who flee.
     */
    private boolean agentOrOwner(int k) {
        int j = k - 1;
        if (j >= 0 && (tokens.get(j).is("the") || tokens.get(j).is("a") || tokens.get(j).is("an"))) {
            j--;
        }
        return j >= 0 && AGENT_PREPOSITIONS.contains(tokens.get(j));
    }

    private static final WordSet AGENT_PREPOSITIONS = WordSet.of("by", "under", "of", "from", "with", "against");
    private static final WordSet FLIGHT_VERBS = WordSet.of("escaped", "fled", "escape", "flee", "flees", "escapes");
    private static final WordSet GETAWAY_ADVERBS = WordSet.of("then", "later", "quickly", "all", "reportedly", "apparently");
    private static final WordSet ATTACKERS = WordSet.of("attackers", "attacker", "gunmen", "gunman", "assailants", "assailant",
            "bombers", "raiders", "militants", "kidnappers", "abductors", "perpetrators", "killers", "jihadists", "insurgents");

    /** "soldiers home on leave", "back from leave": a soldier's leave, the noun, is no one's flight. */
    private boolean onLeave(int k) {
        return tokens.get(k).is("leave") && k > 0 && LEAVE_AS_NOUN.contains(tokens.get(k - 1));
    }

    private static final WordSet LEAVE_AS_NOUN = WordSet.of("on", "from", "of", "annual", "home");

    /** What people who "leave" may leave that is no place: their own things (but "left their homes" is fleeing). */
    private static final WordSet LEFT_BELONGINGS = WordSet.of("their", "his", "her", "its", "our", "behind", "weapons");
    private static final WordSet HOMES = WordSet.of("home", "homes", "houses", "house", "villages", "village", "towns", "town");

    private static final MarkedWords CONSTRUED_VERBS = MarkedWords.of("left", "leave", "leaves", "treated", "lost", "took", "seized",
            "forced");

    /** Whether fighters are named in the few words from {@code from}, before any punctuation: "the last 300 Islamic State fighters". */
    private boolean fightersAfter(int from) {
        // (not "had been forced out by YPG fighters": the fighters who drove them out)
        for (int k = from; k < Math.min(tokens.size(), from + FIGHTERS_REACH) && !tokens.get(k).isPunct() && !tokens.get(k).is("by"); k++) {
            if (lexicon.victims.at(tokens, k).filter(v -> v.value() == org.crosscheck.avro.Category.COMBATANTS).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** How far after "forced out" the fighters may be named: "forced out the last 300 Islamic State fighters". */
    private static final int FIGHTERS_REACH = 7;

    /** Whether a verb of freeing follows in the clause that starts at {@code from}, before any punctuation. */
    private boolean freedLaterInTheClause(int from) {
        for (int k = from; k < Math.min(tokens.size(), from + FREED_REACH) && !tokens.get(k).isPunct(); k++) {
            if (FREED.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet FREED = WordSet.of("freed", "released", "handed", "rescued", "returned", "liberated");
    /** How far the verb that frees the seized may stand: "seized by Islamic State from the village of al-Shbiki on July 25 were handed". */
    private static final int FREED_REACH = 16;

    /**
     * "The first convoy ... took out about 1,500 people": a convoy or a bus, named before in the sentence, carries
     * the people out (not "forces took out 40 fighters").
     */
    private boolean vehicleBefore(int k) {
        return VEHICLES.anyIn(tokens, 0, k);
    }

    /** What carries people out of a place in an evacuation, and where to ("an earlier convoy to Idlib"). */
    static final WordSet VEHICLES = WordSet.of("convoy", "convoys", "bus", "buses", "busses", "lorries", "trucks", "ambulances");

    /**
     * A figure within four words of {@code k}, with no mark between: "lost a total of 90 relatives",
     * "lost dozens of fighters" (killed); not "lost his leg", "lost access to care".
     */
    private boolean figureAt(int k) {
        for (int i = k; i < Math.min(tokens.size(), k + 4); i++) {
            Token w = tokens.get(i);
            if (w.kind() == Token.Kind.NUMBER || lexicon.figureWords.contains(w)) {
                return true;
            }
            if (w.isPunct()) {
                return false;
            }
        }
        return false;
    }

    /** "left the neighbourhood", "left the enclave": a place named by what it is. */
    private boolean areaAt(int k) {
        return k + 1 < tokens.size() && tokens.get(k).is("the") && AREAS.contains(tokens.get(k + 1));
    }

    private static final WordSet AREAS = WordSet.of("city", "town", "neighbourhood", "neighborhood", "district", "enclave",
            "village", "villages", "area", "pocket", "camp");

    /** Whether a place the gazetteer knows starts at {@code k}. */
    boolean placeAt(int k) {
        return placeFrom(k) != null;
    }

    /** The place the gazetteer knows that starts at {@code k}; or null. */
    PhraseIndex.Match<Place> placeFrom(int k) {
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).from() == k) {
                return places.get(i);
            }
        }
        return null;
    }

    /** A number within three words of {@code k}, and a "for" within eight. */
    private boolean figureThenFor(int k) {
        boolean number = false;
        for (int i = k; i < Math.min(tokens.size(), k + 3) && !number; i++) {
            number = tokens.get(i).kind() == Token.Kind.NUMBER;
        }
        if (!number) {
            return false;
        }
        for (int i = k; i < Math.min(tokens.size(), k + 8); i++) {
            if (tokens.get(i).is("for")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the sentence's own words begin: past a dateline at the head of the body ("BEIRUT, July 26 (AFP) -",
     * "MOSUL, Iraq, Oct. 4 -"), whose date is the day the story was filed, not the day of what it tells. 0 when
     * there is none.
     */
    int bodyStart() {
        if (title || tokens.isEmpty() || tokens.get(0).start() > 2 || !Attributor.allCaps(tokens.get(0))) {
            return 0;
        }
        boolean dated = false;
        for (int k = 1; k < Math.min(tokens.size(), DATELINE_REACH); k++) {
            Token w = tokens.get(k);
            if (DATELINE_DASHES.containsText(w)) {
                return dated ? k + 1 : 0;
            }
            if (w.isWord() && !w.capitalised()) {
                return 0;
            }
            dated |= w.kind() == Token.Kind.NUMBER;
        }
        return 0;
    }

    private static final int DATELINE_REACH = 14;
    /** The dashes that close a dateline: "BEIRUT (Reuters) -", "BEIRUT, July 26 --". */
    static final WordSet DATELINE_DASHES = WordSet.of("-", "--", "\u2013", "\u2014");

    /**
     * Whether a sentence of these tokens ends inside an open quotation (a quote that runs on into the
     * next sentence), found from its quotation marks alone, without a view.
     */
    static boolean endsQuoted(List<Token> tokens, boolean startsQuoted) {
        if (tokens.isEmpty()) {
            return false;
        }
        boolean in = startsQuoted;
        if (TokenList.anyQuote(tokens)) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).kind() == Token.Kind.QUOTE) {
                    in = !in;
                }
            }
        }
        return in && tokens.get(tokens.size() - 1).kind() != Token.Kind.QUOTE;
    }

    /** "killed by Russian jets", "shelling by the regime": "by" right after a word of harm or attack. */
    private boolean afterHarmBy(int at, Lexicon lexicon) {
        int by = at - 1;
        if (by >= 0 && tokens.get(by).kind() == Token.Kind.QUOTE) {
            by--; // 'mortar fire by "terrorists"'
        }
        if (by >= 0 && tokens.get(by).is("the")) {
            by--;
        }
        if (by < 1 || !tokens.get(by).is("by")) {
            return false;
        }
        for (int k = Math.max(0, by - 4); k < by; k++) {
            // "still inside districts held by Islamic State": where people are trapped is no harm done by anyone
            boolean trappedAway = by - k > 2 && lexicon.outcomes.match(tokens, k) != null
                    && lexicon.outcomes.match(tokens, k).value() == Outcome.TRAPPED;
            if (lexicon.attackWords.startsAt(tokens, k) || !trappedAway && lexicon.outcomes.startsAt(tokens, k) || DONE_BY.contains(tokens.get(k))) {
                return true; // "carried out by", "devices left by Islamic State", "mines laid by"
            }
        }
        return false;
    }

    private static final WordSet DONE_BY = WordSet.of("carried", "launched", "conducted", "left", "laid", "planted", "fired", "shot",
            "executed", "abducted", "kidnapped", "beheaded", "massacred");

    /** "the planes were Russian", "the jets were Syrian": the attacker said of the attack after a copula. */
    private boolean saidOfTheAttack(int at, Lexicon lexicon) {
        return at >= 2 && (tokens.get(at - 1).is("were") || tokens.get(at - 1).is("was"))
                && (lexicon.attackWords.startsAt(tokens, at - 2) || ARMED_NOUNS.contains(tokens.get(at - 2)));
    }

    private static final WordSet ARMED_NOUNS = WordSet.of("militants", "fighters", "forces", "troops", "gunmen",
            "suicide", "bombers", "bomber", "jets", "warplanes", "aircraft", "helicopters", "soldiers", "army", "police",
            "snipers", "sniper", "militiamen");

    static boolean isArmedNoun(Token t) {
        return ARMED_NOUNS.contains(t);
    }

    /** "Islamic State militants massacred", "US forces killed", "rebels shelled": the party that does the harm. */
    private boolean actsAsSubject(int at, Lexicon lexicon) {
        int k = at;
        while (k < tokens.size() && k < at + 2 && ARMED_NOUNS.contains(tokens.get(k))) {
            k++;
        }
        if (k < tokens.size() && tokens.get(k).is("who")) {
            // "Islamic State militants who slipped into Kobani disguised as Kurdish fighters have killed 146":
            // the subject's verb after its relative clause, with no mark between
            for (int j = k + 1; j + 1 < Math.min(tokens.size(), k + RELATIVE_SUBJECT_REACH); j++) {
                if (tokens.get(j).isPunct()) {
                    return false;
                }
                if ((tokens.get(j).is("have") || tokens.get(j).is("has") || tokens.get(j).is("had")) && HARM_VERBS.contains(tokens.get(j + 1))) {
                    return true;
                }
                if (HARM_VERBS.contains(tokens.get(j)) && !PASSIVE_BE.contains(tokens.get(j - 1))) {
                    return true; // "Islamic State fighters who overran the town on Thursday burned 45 people": they did the harm
                }
            }
            return false;
        }
        if (k < tokens.size() && (tokens.get(k).is("have") || tokens.get(k).is("had") || tokens.get(k).is("has"))) {
            k++;
        }
        if (k < tokens.size() && VERB_ADVERBS.contains(tokens.get(k))) {
            k++; // "Islamic State fighters also stormed", "the militants then executed"
        }
        if (k >= tokens.size()) {
            return false;
        }
        return HARM_VERBS.contains(tokens.get(k));
    }

    /** Before a harm verb, these make its subject the one harmed: "militants who were killed". */
    private static final WordSet PASSIVE_BE = WordSet.of("was", "were", "been", "being", "is", "are", "be");

    private static final WordSet VERB_ADVERBS = WordSet.of("also", "then", "later", "reportedly", "allegedly", "again");

    /** How far after "who" the verb of a subject described by a relative clause may stand. */
    private static final int RELATIVE_SUBJECT_REACH = 20;

    private static final WordSet HARM_VERBS = WordSet.of("killed", "massacred", "executed", "shot", "shelled", "bombed", "struck",
            "opened", "stormed", "attacked", "dropped", "fired", "killing", "kill", "burned", "burnt", "beheaded", "abducted",
            "kidnapped", "slaughtered", "hanged", "gunned");

    private static final WordSet BLAME_WORDS = WordSet.of("blaming", "blamed", "accusing", "accused");

    /**
     * "It attributed 164 of the deaths to Syrian government forces", "blamed 40 deaths on Russian jets":
     * the party a count is put down to, after "to" or "on" that a verb of attributing stands before.
     */
    boolean attributedTo(int at) {
        int k = at >= 2 && tokens.get(at - 1).is("the") ? at - 2 : at - 1;
        if (k >= 1 && (tokens.get(k).is("and") || tokens.get(k).is("or"))) {
            // "to Syrian and Russian forces": the second of two parties it is put down to, joined to the first
            for (int j = k - 1; j >= Math.max(1, k - 3); j--) {
                if (tokens.get(j).is("to") || tokens.get(j).is("on")) {
                    k = j;
                    break;
                }
            }
        }
        if (k < 1 || !(tokens.get(k).is("to") || tokens.get(k).is("on"))) {
            return false;
        }
        // a share ("290 to Russian strikes") may be the list's second or third, far from the verb
        boolean share = tokens.get(k - 1).kind() == Token.Kind.NUMBER;
        return attributingBefore(tokens, k, share ? ATTRIBUTION_REACH : ATTRIBUTION_NEAR);
    }

    /**
     * "It blamed government forces for 4,148 of the deaths, Russian forces for 1,436 and the US-led
     * coalition for 1,759": whether the count starting at {@code at} follows a "for" that a party it is
     * blamed on stands before, in the clause of a verb of blaming.
     */
    static boolean blamedFor(List<Token> t, int at) {
        if (at < 3 || at >= t.size() || !t.get(at - 1).is("for")) {
            return false;
        }
        // the figure, after a qualifier if any ("for about 1,436"); not a year ("for 2013's sarin attack") nor
        // a length of time ("held them off for 4 years")
        int figure = at;
        while (figure < Math.min(t.size(), at + 3) && t.get(figure).kind() != Token.Kind.NUMBER) {
            figure++;
        }
        if (figure >= Math.min(t.size(), at + 3) || yearLike(t.get(figure))
                || figure + 1 < t.size() && SPANS_OF_TIME.contains(t.get(figure + 1))) {
            return false;
        }
        for (int j = at - 2; j >= Math.max(0, at - 1 - ATTRIBUTION_REACH) && !ATTRIBUTION_STOPS.contains(t.get(j)); j--) {
            if (BLAMING.contains(t.get(j))) {
                return j < at - 2; // a party stands between the verb and "for"
            }
        }
        return false;
    }

    private static final WordSet BLAMING = WordSet.of("blamed", "blames", "blaming");
    private static final WordSet SPANS_OF_TIME = WordSet.of("years", "months", "weeks", "days", "hours", "year", "month", "week",
            "day", "hour");

    /**
     * The figure blamed (see {@link #blamedFor}) on the party whose name ends at {@code end}, with up to
     * two words of its arm between ("Russian forces for 1,436", "government air strikes for 2,850"); or -1.
     */
    static int blamedFigureAfter(List<Token> t, int end) {
        for (int k = end; k < Math.min(t.size() - 1, end + 3); k++) {
            if (t.get(k).is("for")) {
                return blamedFor(t, k + 1) ? k + 1 : -1;
            }
            if (!t.get(k).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the word is a verb of attributing: "attributed", "blamed". */
    static boolean attributing(Token t) {
        return ATTRIBUTION_VERBS.contains(t);
    }

    /**
     * Whether a verb of attributing stands before {@code at} in its clause: "attributed at least 290 to
     * Russian strikes and about 120 to the US-led coalition" puts both shares down with one verb.
     */
    static boolean attributingBefore(List<Token> t, int at) {
        return attributingBefore(t, at, ATTRIBUTION_REACH);
    }

    /**
     * As above, within {@code reach} words and not past a relative word: in "blamed aircraft of the
     * coalition, which has stepped up strikes on Islamic State positions" nothing is put down to Islamic State.
     */
    private static boolean attributingBefore(List<Token> t, int at, int reach) {
        for (int j = at - 1; j >= Math.max(0, at - reach) && !ATTRIBUTION_STOPS.contains(t.get(j)); j--) {
            if (ATTRIBUTION_VERBS.contains(t.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet ATTRIBUTION_STOPS = WordSet.of(";", "which", "who", "that", "where", "while");
    /** How far back a verb of attributing may stand before one party it puts a count down to. */
    private static final int ATTRIBUTION_NEAR = 10;

    private static final WordSet ATTRIBUTION_VERBS = WordSet.of("attributed", "attributes", "attributing", "ascribed", "blamed",
            "blames");
    /** How far back in its clause the verb of a list of shares may stand. */
    private static final int ATTRIBUTION_REACH = 24;

    /** "..., SANA said, blaming rebels": the party blamed is the perpetrator. */
    private boolean blamed(int at) {
        for (int k = Math.max(0, at - 2); k < at; k++) {
            if (BLAME_WORDS.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "coalition airstrikes", "Russian jets": the attack word right after the name. Only the next
     * word: in "The United Nations said airstrikes killed 22", the UN speaks, it does not strike.
     */
    private boolean beforeAttackWord(int at, Lexicon lexicon) {
        if (at + 1 < tokens.size() && tokens.get(at).is("'s")) {
            // "the government's barrel-bomb campaign", "the regime's air strikes"; not "Turkey's offensive",
            // a war's name more than the blow that harmed these people
            return !CAMPAIGNS.contains(tokens.get(at + 1)) && lexicon.attackWords.startsAt(tokens, at + 1);
        }
        return at < tokens.size() && lexicon.attackWords.startsAt(tokens, at);
    }

    private static final WordSet CAMPAIGNS = WordSet.of("offensive", "assault", "attack", "attacks", "counterattack", "counter-attack",
            "ambush", "operation");

    /** "Russian and Syrian government air strikes": the first of two attackers joined before the attack word. */
    private boolean joinedToAttacker(PhraseIndex.Match<String> p, List<PhraseIndex.Match<String>> all, Lexicon lexicon) {
        if (p.to() + 1 >= tokens.size() || !(tokens.get(p.to()).is("and") || tokens.get(p.to()).is("or"))) {
            return false;
        }
        for (int k = 0; k < all.size(); k++) {
            PhraseIndex.Match<String> q = all.get(k);
            if (q.from() == p.to() + 1 && beforeAttackWord(q.to(), lexicon)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Kurdish-led administration of north-east Syria said": a name after "of" (and a region
     * word) that completes the name of a party just before it is part of that name, not a second
     * party, so the country does not speak in the administration's place.
     */
    private boolean completesNameBefore(PhraseIndex.Match<Mention> m, List<PhraseIndex.Match<Mention>> allMentions) {
        int of = m.from() - 1;
        if (of >= 1 && (COMPASS.contains(tokens.get(of)) || REGION_ADJECTIVES.contains(tokens.get(of)))) {
            of--;
        }
        if (of < 1 || !tokens.get(of).is("of")) {
            return false;
        }
        for (int k = 0; k < allMentions.size(); k++) {
            if (allMentions.get(k).to() == of) {
                return true;
            }
        }
        return false;
    }

    /**
     * "said Abdulrahman Hallaq, 43, a vegetable seller": a known person's one- or two-word name (the monitor's
     * director is "Abdulrahman", "Abdel Rahman") followed by another capitalised word is someone else's first name.
     */
    private boolean firstNameOfSomeoneElse(PhraseIndex.Match<Mention> m) {
        // "Abdulrahman al-Hassan" too, and "Abdel Rahman al-Khatib", who runs a hospital, is not the Observatory's director
        // (in a headline every word is capitalised: "Rami Abdulrahman Says 40 Killed")
        return m.value() instanceof Mention.OfPerson && (m.to() - m.from() == 1 || m.to() - m.from() == 2 && !title)
                && m.to() < tokens.size() && tokens.get(m.to()).isWord() && tokens.get(m.to()).nameLike();
    }

    /** Compass points ("north of Baquba", "administration of north-east Syria"). */
    static final WordSet COMPASS = WordSet.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west");
    /** Words that name part of a region ("northern Hama", "rural Damascus"). */
    static final WordSet REGION_ADJECTIVES = WordSet.of("northern", "southern", "eastern", "western", "central",
            "north-western", "north-eastern", "south-western", "south-eastern", "northwestern", "northeastern",
            "southwestern", "southeastern", "rural");

    /** Whether a perpetrator's name starts at token {@code k}, whatever it does there ("said Islamic State fighters had gone"). */
    boolean attackerNamedAt(int k) {
        return lexicon.perpetrators.match(tokens, k) != null;
    }

    /**
     * '"...," said Noura Kassab, a UNHCR spokeswoman': a place name (here the town of Kessab) right
     * after a capitalised word no list knows, itself after "said", "says", a comma or the quotation's
     * closing mark ('"...," Farida Mansour, UNICEF's regional director, said'), and followed by
     * a comma or the end of the sentence, is a person's surname; so is a place that, with a first
     * name and an age after it, opens a sentence ("Sabah Jassim, 58, has visited the morgue").
     */
    private static final WordSet PERSON_DESCRIPTIONS = WordSet.of("a", "an", "the", "who");

    /** Capitalised words that may stand before "al-Bab" at a sentence's or a heading's start without being a first name. */
    private static final WordSet NO_FIRST_NAMES = WordSet.of("in", "at", "from", "near", "on", "outside", "inside", "around", "to", "of",
            "and", "the", "western", "eastern", "northern", "southern", "central", "rural", "greater", "besieged", "across", "into",
            "towards", "toward", "between", "for", "by", "with", "while", "when", "after", "before", "since", "during", "as", "but",
            "or", "like", "including", "both", "old", "north", "south", "east", "west", "beyond", "through", "over", "under", "via");

    private boolean surnameAfterFirstName(PhraseIndex.Match<Place> p) {
        if (p.from() == 1 && p.to() + 2 < tokens.size() && tokens.get(p.to()).is(",") && tokens.get(p.to() + 1).kind() == Token.Kind.NUMBER
                && tokens.get(p.to() + 1).end() - tokens.get(p.to() + 1).start() <= 3 // an age, not "In Raqqa, 2017,"
                && tokens.get(p.to() + 2).is(",") && tokens.get(0).isWord() && tokens.get(0).capitalised()) {
            return true; // "Sabah Jassim, 58, has visited the morgue": a person and his age open the sentence
        }
        if (p.from() == 1 && p.to() + 1 < tokens.size() && tokens.get(p.to()).is(",") && PERSON_DESCRIPTIONS.contains(tokens.get(p.to() + 1))
                && tokens.get(0).isWord() && tokens.get(0).capitalised() && tokens.get(0).hyphenAt() < 0
                && (tokens.get(0).wordId() < 0 || personDescribedAfter(p.to() + 1))) {
            // "Welat Derik, an SDF spokesman, said": a first name no list knows, then who the person is; "Zainab Jassim, a
            // mother of five": a first name a list knows as part of something longer ("Sayeda Zainab"), then a person's
            // description (not "Neighbouring Bartella, a Christian town")
            return true;
        }
        if (p.to() - p.from() == 1 && p.to() + 3 < tokens.size() && tokens.get(p.to()).isWord() && tokens.get(p.to()).capitalised()
                && tokens.get(p.to()).wordId() < 0 && tokens.get(p.to() + 1).is(",") && tokens.get(p.to() + 2).kind() == Token.Kind.NUMBER
                && tokens.get(p.to() + 2).end() - tokens.get(p.to() + 2).start() <= 2 && tokens.get(p.to() + 3).is(",")) {
            return true; // "her neighbour, Nineveh Odisho, 61, counts seven relatives": a place's name as a first name, before an age
        }
        if (p.from() >= 1 && p.to() - p.from() == 1 && p.to() < tokens.size() && tokens.get(p.to()).hyphenAt() >= 2
                && tokens.get(p.to()).nameLike() && !tokens.get(p.to()).capitalised()
                && tokens.get(p.from() - 1).isWord() && tokens.get(p.from() - 1).capitalised() && tokens.get(p.from() - 1).wordId() < 0) {
            return true; // "Council member Ahmed Jassim al-Issawi said": a place name between a first name and "al-Issawi"
        }
        if (p.from() >= 1 && p.to() - p.from() == 1 && tokens.get(p.from()).hyphenAt() >= 2 && !tokens.get(p.from()).capitalised()
                && tokens.get(p.from() - 1).isWord() && tokens.get(p.from() - 1).capitalised() && tokens.get(p.from() - 1).hyphenAt() < 0
                && !NO_FIRST_NAMES.contains(tokens.get(p.from() - 1))) {
            return true; // "Abu Bakr al-Baghdadi said": a town's name as the surname after a first name
        }
        if (p.from() < 2) {
            return false;
        }
        // the name is followed by its apposition or closes the sentence: "Kurdish-held Afrin was shelled" is a place
        boolean closesName = p.to() == tokens.size() || tokens.get(p.to()).is(",") || tokens.get(p.to()).is(".");
        if (!closesName) {
            return false;
        }
        Token first = tokens.get(p.from() - 1);
        Token before = tokens.get(p.from() - 2);
        // ("said Dr. Hamza Kassab, an orthopaedic surgeon": a title before the first name too)
        boolean titled = Attributor.TITLES.contains(before) || Attributor.titleDot(tokens, p.from() - 2);
        // (a titled first name may be a word some list knows: "Dr. Hamza"; so may one right after "said", where only a
        // person's name stands: "said Mahmoud Jassem, a farmer", Mahmoud being a surname the list of speakers knows)
        boolean afterSaid = before.is("said") || before.is("says");
        return first.isWord() && first.capitalised() && (first.wordId() < 0 || titled || afterSaid && !NO_FIRST_NAMES.contains(first))
                && first.hyphenAt() < 0 && (before.is(",") || afterSaid || before.kind() == Token.Kind.QUOTE || titled);
    }

    /**
     * "Syria's ambassador", "Turkey's Defence Ministry": a country that is also a party, with a
     * possessive and an organ of its state after it, names the state acting, not where anything
     * happened ("Syria's Mayadin", "Syria's civil war" still name Syria as a place); so does a capital
     * named as a party beside another party.
     */
    private boolean stateAsActor(PhraseIndex.Match<Place> p, List<PhraseIndex.Match<Mention>> allMentions,
            List<PhraseIndex.Match<Place>> allPlaces) {
        boolean organ = p.value().parent() == null && p.to() + 1 < tokens.size() && tokens.get(p.to()).is("'s")
                && STATE_ORGANS.contains(tokens.get(p.to() + 1));
        boolean same = false;
        boolean coordinated = false;
        for (int k = 0; k < allMentions.size(); k++) {
            PhraseIndex.Match<Mention> m = allMentions.get(k);
            same |= m.from() == p.from() && m.to() == p.to();
            // "as Washington, Moscow and Damascus traded accusations", "Damascus and Moscow rejected": a
            // capital that stands for its government beside another party is no place of the story
            // ("across Iraq and Syria" still names two places)
            coordinated |= m.value() instanceof Mention.OfParty && !isPlace(m, allPlaces)
                    && (m.to() == p.from() - 1 && tokens.get(m.to()).is("and") || m.from() == p.to() + 1 && tokens.get(p.to()).is("and"));
        }
        return same && (organ || coordinated) || appealedTo(p);
    }

    /** "the old quarter of Syria's Daraa, a war monitor said": a country's name that says where the place after it is, no party. */
    private boolean countryOfPlaceAfter(PhraseIndex.Match<Mention> m, List<PhraseIndex.Match<Place>> allPlaces) {
        if (m.to() + 1 >= tokens.size() || !tokens.get(m.to()).is("'s")) {
            return false;
        }
        boolean country = false;
        boolean placeAfter = false;
        for (int k = 0; k < allPlaces.size(); k++) {
            PhraseIndex.Match<Place> p = allPlaces.get(k);
            country |= p.from() == m.from() && p.to() == m.to() && p.value().parent() == null;
            placeAfter |= p.from() == m.to() + 1;
        }
        return country && placeAfter;
    }

    /** "urging Baghdad to bring the militias under control", "called on Damascus to": a capital asked to act is its government. */
    private boolean appealedTo(PhraseIndex.Match<Place> p) {
        if (p.from() < 2 || p.to() >= tokens.size() || !tokens.get(p.to()).is("to")) {
            return false;
        }
        Token before = tokens.get(p.from() - 1);
        return APPEALS.contains(before) || before.is("on") && (tokens.get(p.from() - 2).is("called") || tokens.get(p.from() - 2).is("calling"));
    }

    private static final WordSet APPEALS = WordSet.of("urging", "urged", "urge", "urges", "pressing", "pressed", "asking", "asked");

    private static boolean isPlace(PhraseIndex.Match<Mention> m, List<PhraseIndex.Match<Place>> places) {
        for (int k = 0; k < places.size(); k++) {
            if (places.get(k).from() == m.from() && places.get(k).to() == m.to()) {
                return true;
            }
        }
        return false;
    }

    /** What acts for a state after its name and a possessive; "Syria's civil war" still names a place. */
    private static final WordSet STATE_ORGANS = WordSet.of("ambassador", "envoy", "ministry", "minister", "army", "government",
            "military", "foreign", "defence", "defense", "president", "regime", "forces", "officials", "authorities", "troops",
            "air", "state", "embassy", "mission", "representative", "delegation");

    private static boolean insideLonger(PhraseIndex.Match<Place> p, List<PhraseIndex.Match<Mention>> mentions,
            List<PhraseIndex.Match<String>> perpetrators) {
        for (int k = 0; k < mentions.size(); k++) {
            PhraseIndex.Match<Mention> m = mentions.get(k);
            if (m.from() <= p.from() && m.to() >= p.to() && m.to() - m.from() > p.to() - p.from()) {
                return true;
            }
        }
        for (int k = 0; k < perpetrators.size(); k++) {
            PhraseIndex.Match<String> m = perpetrators.get(k);
            if (m.from() <= p.from() && m.to() >= p.to() && m.to() - m.from() > p.to() - p.from()) {
                return true;
            }
        }
        return false;
    }

    /** Absolute character offset of a token range's start in the article field, or -1 for the title. */
    int charStart(int tokenIndex) {
        return tokens.get(tokenIndex).start();
    }

    int charEnd(int tokenIndexExclusive) {
        return tokens.get(tokenIndexExclusive - 1).end();
    }
}

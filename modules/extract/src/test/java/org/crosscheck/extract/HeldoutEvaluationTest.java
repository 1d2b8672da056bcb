package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores the extractor on each held-out corpus (corpus/heldoutN.jsonl) and writes its table and every
 * miss to target/eval/heldoutN.txt. Each set was written and labelled before the extractor was run on
 * it; its floor is the whole-claim F1 of that first run, before any change made in view of its errors,
 * so it guards against regressions only. Never raise a floor to a later figure: once a set has been
 * used to find errors, its figures are no longer held out. The README tells what each set holds.
 */
class HeldoutEvaluationTest {

    static Stream<Arguments> heldOutSets() {
        return Stream.of(
                // written after the extractor was tuned on gold.jsonl; 27 right of 34 predicted and 38 gold,
                // P 0.794, R 0.711, F1 0.750 (computed as 0.7499999999999999, hence the fourth decimal)
                Arguments.of("heldout.jsonl", 40, 8, 0.7499),
                // multi-claimant wire paragraphs, long appositives, Iraqi settings, updated tolls;
                // 35 right of 60 predicted and 74 gold, P 0.583, R 0.473, F1 70/134 = 0.52238...
                Arguments.of("heldout2.jsonl", 50, 12, 0.5223),
                // dense wire and NGO prose, place lists, two-sentence quotes, hedged claims;
                // 45 right of 73 predicted and 91 gold, P 0.616, R 0.495, F1 90/164 = 0.54878...
                Arguments.of("heldout3.jsonl", 50, 12, 0.5487),
                // agency flashes, headlines with a one-line body, press-release language;
                // 31 right of 37 predicted and 47 gold, P 0.838, R 0.660, F1 62/84 = 0.73809...
                Arguments.of("heldout4.jsonl", 40, 10, 0.7380),
                // long wire stories with the attribution and place set before the figures, by a helper
                // who had not read the code; commit a7e5cda, scored before the pairing put whole matches
                // first: 47 right of 74 predicted and 85 gold, P 0.635, R 0.553, F1 94/159 = 0.59119...
                Arguments.of("heldout5.jsonl", 45, 9, 0.5911),
                // round-ups, bullet-like press releases, statements answering allegations; commit c434cfb:
                // 58 right of 87 predicted and 90 gold, P 0.667, R 0.644, F1 116/177 = 0.65536...
                Arguments.of("heldout6.jsonl", 45, 10, 0.6553),
                // a week of wire copy and NGO output, several parties per event; commit 03d11ff:
                // 53 right of 77 predicted and 83 gold, P 0.688, R 0.639, F1 106/160 = 0.6625
                Arguments.of("heldout7.jsonl", 40, 10, 0.6625),
                // local features in translation, monitors against coalition and Russian statements, UN
                // situation reports, revised tolls; commit 75da2fd, after the review's narrowing:
                // 51 right of 75 predicted and 85 gold, P 0.680, R 0.600, F1 102/160 = 0.6375
                Arguments.of("heldout8.jsonl", 40, 10, 0.6375),
                // wire items, round-ups of several incidents, NGO and UN statements, answers to allegations,
                // follow-ups that revise figures; commit d75a70a, after the period and heldout8 changes:
                // 76 right of 99 predicted and 102 gold, P 0.768, R 0.745, F1 152/201 = 0.75621...
                Arguments.of("heldout9.jsonl", 40, 8, 0.7562),
                // twelve full-length articles (2.5-4 KB, headline and 6-14 paragraphs): wire stories, NGO
                // write-ups, local features, press-release stories; commit d98f4ab:
                // 89 right of 128 predicted and 142 gold, P 0.695, R 0.627, F1 178/270 = 0.65925...
                Arguments.of("heldout10.jsonl", 12, 0, 0.6592),
                // twelve more: reconstructions of single strikes, UN briefings, daily round-ups of several
                // fronts, Iraqi-front stories; commit 5c2a298: 101 right of 142 predicted and 160 gold,
                // P 0.711, R 0.631, F1 202/302 = 0.66887...
                Arguments.of("heldout11.jsonl", 12, 0, 0.6688),
                // twelve more, in voices the others lack: camp features, one incident told by several
                // parties over days, annual and monthly reviews, mass graves, state-media stories, the
                // 2019 Turkish offensive; commit f1fc943, after the fixes heldout10 and heldout11 led to:
                // 61 right of 116 predicted and 127 gold, P 0.526, R 0.480, F1 122/243 = 0.50205...
                Arguments.of("heldout12.jsonl", 12, 0, 0.5020),
                // ten more, scored once on what was then the round's final extractor (two rules came from it
                // afterwards): a newsletter's weekly round-up, a rescuer's profile, a mass-grave inquiry, a
                // hospital strike, a besieged town, mines in Raqqa, drone strikes, a militia-abuse report, a
                // press conference, two monitors' monthly tolls; commit 101ae29: 33 right of 78 predicted and 87 gold,
                // P 0.423, R 0.379, F1 66/165 = 0.4
                Arguments.of("heldout13.jsonl", 10, 0, 0.4000),
                // ten full-length articles in ten voices (wire, NGO report, rewritten press release, local
                // dispatch, UN update, rescuer's profile, state statements, monitor's assessment, newsletter,
                // explainer); commit c3a88cb: 72 right of 101 predicted and 113 gold, P 0.713, R 0.637,
                // F1 144/214 = 0.67289...
                Arguments.of("heldout14.jsonl", 10, 0, 0.6728),
                // ten more, set in places and months the corpus had not used (Fallujah, Hasakah, Tikrit, Afrin,
                // Sinjar, al-Waer, Aleppo, Manbij, Hama, Kirkuk); commit 89a13d0: 75 right of 110 predicted and
                // 120 gold, P 0.682, R 0.625, F1 150/230 = 0.65217...
                Arguments.of("heldout15.jsonl", 10, 0, 0.6521),
                // ten more, written during the session that used heldout15 and scored once on its final extractor
                // (commit 56b73e0): 76 right of 110 predicted and 125 gold, P 0.691, R 0.608, F1 152/235 = 0.64680...
                Arguments.of("heldout16.jsonl", 10, 0, 0.6468),
                // ten more (Mosul, Raqqa and Deir ez-Zor, Aleppo, Eastern Ghouta, Fallujah, Idlib, al-Quriyah, Sinjar's
                // graves, Afrin, Hajin); commit 932095f: 88 right of 120 predicted and 129 gold, P 0.733, R 0.682,
                // F1 176/249 = 0.70682...
                Arguments.of("heldout17.jsonl", 10, 0, 0.7068),
                // ten more (Raqqa, Baghuz, a coalition monthly report, Tokhar, a monthly national toll, Hama, Daraa,
                // Ramadi, Saraqib, the 2016 truce); commit 932095f: 81 right of 117 predicted and 140 gold,
                // P 0.692, R 0.579, F1 162/257 = 0.63035...
                Arguments.of("heldout18.jsonl", 10, 0, 0.6303),
                // ten more, never read, scored once on the final extractor of the round that wrote them (commit
                // 101a314): Kobani, Aleppo, Mosul's Old City, Deir ez-Zor's siege, Khan Sheikhoun, Tal Afar, Raqqa
                // after the battle, Hajin, Manbij, a monthly trend; 71 right of 111 predicted and 132 gold,
                // P 0.640, R 0.538, F1 142/243 = 0.58436...
                Arguments.of("heldout19.jsonl", 10, 0, 0.5843),
                // and ten more, likewise (commit 101a314): Douma, Sinjar, Fallujah, Tokhar, Yarmouk, al-Waer, Eastern
                // Ghouta, Hama and Latakia, Camp Speicher, a Raqqa dispute; 63 right of 101 predicted and 125 gold,
                // P 0.624, R 0.504, F1 126/226 = 0.55752...
                Arguments.of("heldout20.jsonl", 10, 0, 0.5575),
                // ten more, written while the next round began and scored once, unread, on its commit d83d9e7 (the
                // round's starting commit 1f1bb75 scored 0.523): Madaya, al-Rashideen, Sweida, Jableh and Tartus,
                // Tabqa, Amerli, Ras al-Ain, Maarat al-Numan, a coalition weekly release, Qamishli; 74 right of 116
                // predicted and 125 gold, P 0.638, R 0.592, F1 148/241 = 0.61410...
                Arguments.of("heldout21.jsonl", 10, 0, 0.6141),
                // and ten more, likewise (1f1bb75 scored 0.542): Palmyra, al-Bab, Rukban, al-Qaim and Rawa, Darayya,
                // eastern Aleppo's evacuation, Baiji, Kirkuk, a monthly Deir ez-Zor report, southern Idlib's
                // displacement; 70 right of 108 predicted and 129 gold, P 0.648, R 0.543, F1 140/237 = 0.59071...
                Arguments.of("heldout22.jsonl", 10, 0, 0.5907),
                // ten more, written while the eighth round began and scored once, unread, on commit 4c01a0a (the
                // round's starting commit 0a5deee scored 0.682): Manbij, Douma, Sinjar's graves, Karrada, Ariha and
                // Jisr al-Shughur, Tikrit, Yarmouk, Mayadin, al-Shaddadi, a rights network's Daraa month; 94 right
                // of 125 predicted and 139 gold, P 0.752, R 0.676, F1 188/264 = 0.71212...
                Arguments.of("heldout23.jsonl", 10, 0, 0.7121),
                // and ten more, likewise, on the commit that added them (0a5deee scored 0.716 too): Latamneh and Kafr
                // Zita, Mount Sinjar, Rastan and Talbiseh, Sadr City, Bustan al-Qasr, Abu Kamal, Hasakah, Heet,
                // Salamiyah, a year-end review; 96 right of 123 predicted and 145 gold, P 0.780, R 0.662,
                // F1 192/268 = 0.71642...
                Arguments.of("heldout24.jsonl", 10, 0, 0.7164),
                // and ten more, written while the round's rules were made and scored once, unread, on its commit
                // 8975564 (0a5deee scored 0.540): Khan Sheikhoun and Maaret Hurmah, a Hasakah prison break, Baghuz,
                // Azaz, Kafr Nubl and Hass, Hawija's displaced, the Shaer gas field, Foua and Kafraya, Sarmada, a UN
                // commission's half-year; 74 right of 126 predicted and 136 gold, P 0.587, R 0.544, F1 148/262 = 0.56488...
                Arguments.of("heldout25.jsonl", 10, 0, 0.5648),
                // ten more, written by helpers who never ran the extractor while the ninth round began, and scored
                // once, unread, on 81604cb (the round's starting commit 723ad73 scored 0.653): west Mosul's old city, a
                // Baghdad market bombing, Afrin, Daraa's displaced, the Kobani massacre, Ramadi's ruins, al-Mansoura's
                // school, Aleppo's barrel bombs, Sinjar's graves, a monitor's year; 94 right of 139 predicted and 150
                // gold, P 0.676, R 0.627, F1 188/289 = 0.65051...
                Arguments.of("heldout26.jsonl", 10, 0, 0.6505),
                // and ten more, likewise (723ad73 scored 0.627 too): Douma's chemical attack, Tabqa and its dam,
                // Madaya's hunger, Ariha and Saraqeb, Palmyra's fall, Tal Afar, Damascus shelled from Ghouta, the
                // al-Jinah mosque, the Manbij restaurant bombing, a coalition quarter against Airwars; 78 right of
                // 119 predicted and 130 gold, P 0.655, R 0.600, F1 156/249 = 0.62650...
                Arguments.of("heldout27.jsonl", 10, 0, 0.6265),
                // and ten more, likewise (723ad73 scored 0.580 too): eastern Aleppo's fall, Fallujah's missing men,
                // Hajin and al-Susah, Jableh and Tartus, Idlib's camps, Sweida's villages, Tikrit and Speicher,
                // Hamouriyeh and Saqba, Raqqa's last weeks, a rights network's month; 76 right of 128 predicted and
                // 134 gold, P 0.594, R 0.567, F1 152/262 = 0.58015...
                Arguments.of("heldout28.jsonl", 10, 0, 0.5801),
                // ten more, written by helpers who never ran the extractor while the tenth round began, and scored
                // once, unread, on 87ac8d1 (the round's starting commit 62167a1 scores the same: between them came a
                // word-set test that changes no output and single quotation marks, which none of the three sets uses):
                // Fallujah's siege, Hawija's displaced, Douma's
                // gas attack, Tokhar, Tal Afar, the Maarat al-Numan market, Deir ez-Zor's siege, Speicher, Baghuz and
                // al-Hol, a UN month in Iraq; 78 right of 126 predicted and 130 gold, F1 156/256 = 0.60937...
                Arguments.of("heldout29.jsonl", 10, 0, 0.6093),
                // and ten more, likewise: Kobani, Palmyra's fall, eastern Aleppo's evacuation, east Mosul, chlorine in
                // Idlib, Khan Sheikhoun, a rights group's Raqqa review, Tikrit, Yarmouk, Ras al-Ain and Tal Abyad; 92
                // right of 127 predicted and 138 gold, F1 184/265 = 0.69433...
                Arguments.of("heldout30.jsonl", 10, 0, 0.6943),
                // and ten more, likewise: the al-Jinah mosque, al-Jadida, Eastern Ghouta, Mount Sinjar, Ramadi's fall,
                // al-Bab, the Old City of Homs, Tabqa and its dam, a monitor's month against the coalition's, a bombing
                // in the north-east; 73 right of 122 predicted and 131 gold, F1 146/253 = 0.57707...
                Arguments.of("heldout31.jsonl", 10, 0, 0.5770),
                // three more, written by helpers in the eleventh round and scored once, unread, on 2f278b6, after the
                // round's first rules: al-Jadida, Kobani's siege, Ramadi's fall, Khan Sheikhoun, Daraa's offensive,
                // Tikrit retaken, Qayyarah's fires, a year of the air war, al-Qaryatayn, Hama's hospitals; 68 right of
                // 108 predicted and 124 gold, F1 136/232 = 0.58620...
                Arguments.of("heldout32.jsonl", 10, 0, 0.5862),
                // Aleppo's hospitals, Hit, a massacre near Hama, a school near Mayadin, Kirkuk,
                // coastal car bombs, Manbij, Mosul's old city, Palmyra, the north-west; 89 right of 125 predicted
                // and 130 gold, F1 178/255 = 0.69803...
                Arguments.of("heldout33.jsonl", 10, 0, 0.6980),
                // Kobani remembered, Madaya, Saqlawiya, Jisr al-Shughour, al-Bab, Karrada, Raqqa's start, Yarmouk,
                // deaths under torture, al-Hol; 77 right of 120 predicted and 126 gold, F1 154/246 = 0.62601...
                Arguments.of("heldout34.jsonl", 10, 0, 0.6260),
                // three more, written by helpers in the twelfth round and scored once, unread, on 77d60da, after the
                // round's first rules: Madaya's hunger, Afrin, Karrada, Fallujah and Saqlawiyah, Douma, the strike on
                // Jabal Thardah, Baghouz and al-Hol, the envoy's 400,000, Maarat al-Numan's markets, eastern Aleppo's
                // evacuation; 75 right of 115 predicted and 130 gold, F1 150/245 = 0.61224...
                Arguments.of("heldout35.jsonl", 10, 0, 0.6122),
                // Ras al-Ain and Tal Abyad, Eastern Ghouta, Yarmouk, Tal Afar, the Mansoura school, Aleppo's barrel
                // bombs, Suwayda, Iraq's protests, Deir ez-Zor's siege lifted, the Qah camp; 82 right of 128 predicted
                // and 142 gold, F1 164/270 = 0.60740...
                Arguments.of("heldout36.jsonl", 10, 0, 0.6074),
                // Speicher, Jisr al-Shughour and Idlib, Russia's first months, Hawija, Daraya, Kobani's second attack,
                // a Raqqa report, west Mosul's routes out, al-Bab, a UN month in Iraq; 74 right of 121 predicted and
                // 134 gold, F1 148/255 = 0.58039...
                Arguments.of("heldout37.jsonl", 10, 0, 0.5803),
                // three more, written by helpers in the thirteenth round and scored once, unread, on 3dc515b, the
                // round's starting commit: west Mosul's snipers, a UN month in Iraq, a coalition month against Airwars,
                // a strike in al-Qaim, Hawija's offensive, an Erbil hospital, the Qayyarah camps, a grave near Hawija,
                // a tribal militia, Mosul's tolls compared; 75 right of 114 predicted and 131 gold, F1 150/245 = 0.61224...
                Arguments.of("heldout38.jsonl", 10, 0, 0.6122),
                // Maarat al-Numan's market, Ariha denied, a rescue service's year, the M5 highway, southern Idlib's
                // displaced, Khan Sheikhoun remembered, Turkey's soldiers at Balyun, Aleppo's rockets and Idlib city, a
                // report on hospitals and schools, a week's round-up; 84 right of 143 predicted and 146 gold,
                // F1 168/289 = 0.58131...
                Arguments.of("heldout39.jsonl", 10, 0, 0.5813),
                // Hajin's fall, Raqqa's bodies and mines, a coalition month against Airwars, Baghouz, a report on the
                // Raqqa campaign, Raqqa's missing, Tabqa and its dam, the Manbij restaurant bombing, al-Hol, Turkey's
                // 2019 offensive; 91 right of 126 predicted and 137 gold, F1 182/263 = 0.69201...
                Arguments.of("heldout40.jsonl", 10, 0, 0.6920),
                // three more, written by helpers in the fourteenth round and scored once, unread, on a58b3be, the
                // round's starting commit: east Aleppo, Ghouta, Douma, Madaya, Daraa; 97 right of 142 predicted and
                // 160 gold, F1 194/302 = 0.64238...
                Arguments.of("heldout41.jsonl", 10, 0, 0.6423),
                // Sinjar, Amerli, Jurf al-Sakhar, Tikrit, Baiji, Ramadi's fall, 2014-2015; 50 right of 107 predicted
                // and 128 gold, F1 100/235 = 0.42553...
                Arguments.of("heldout42.jsonl", 10, 0, 0.4255),
                // a live blog, an interview, a fact-check, a strike release, a digest, a press review, statements and a
                // briefing on northern Syria; 99 right of 144 predicted and 157 gold, F1 198/301 = 0.65780...
                Arguments.of("heldout43.jsonl", 10, 0, 0.6578),
                // three more, written by helpers in the fifteenth round and scored once, unread, on f4ebc67, the
                // round's starting commit: the Euphrates crossings, Raqqa, Deir ez-Zor, 2017-2018; 83 right of 127
                // predicted and 137 gold, F1 166/264 = 0.62878...
                Arguments.of("heldout44.jsonl", 10, 0, 0.6287),
                // Iraq 2016-2019: Qayyarah, Kirkuk, Tayaran Square, mass graves, Basra, Diyala, Kocho; 51 right of 114
                // predicted and 130 gold, F1 102/244 = 0.41803...
                Arguments.of("heldout45.jsonl", 10, 0, 0.4180),
                // Sweida, Nassib, the Golan line, Arsal, Rastan, a six-province round-up, al-Lataminah; 60 right of 131
                // predicted and 143 gold, F1 120/274 = 0.43795...
                Arguments.of("heldout46.jsonl", 10, 0, 0.4379),
                // three more, written by helpers in the sixteenth round and scored once, unread, on 6c3df22, the
                // round's starting commit: Syria 2014-2015, the Shueitat and Tabqa killings, Kafr Deryan, Douma's
                // market, Sarmin, Idlib city and Jisr al-Shughour; 82 right of 137 predicted and 152 gold, F1
                // 164/289 = 0.56747...
                Arguments.of("heldout47.jsonl", 10, 0, 0.5674),
                // northern Iraq and the Kurdistan Region, 2014-2019: Makhmour, Taza, Kirkuk, Bashiqa, Turkish strikes
                // on Qandil, Sinjar and the Makhmour camp; 42 right of 118 predicted and 138 gold, F1 84/256 = 0.32812...
                Arguments.of("heldout48.jsonl", 10, 0, 0.3281),
                // Syria's slower tolls, 2016-2020: deaths in detention, al-Hol, mines in Raqqa, the flight from Idlib,
                // Rukban; 75 right of 114 predicted and 138 gold, F1 150/252 = 0.59523...
                Arguments.of("heldout49.jsonl", 10, 0, 0.5952),
                // written by helpers in the seventeenth round and scored once, unread, on d76efd5, the round's starting
                // commit: Iraq 2014-2015, Mosul's fall, Camp Speicher, Sinjar and Kocho, Amerli, Tikrit, Ramadi and the
                // Bzebiz bridge; 52 right of 104 predicted and 124 gold, F1 104/228 = 0.45614...
                Arguments.of("heldout50.jsonl", 10, 0, 0.4561),
                // northern Syria 2016-2019: Tokhar, al-Bab, Afrin, Peace Spring, Hevrin Khalaf, Washokani and
                // Bardarash; 91 right of 150 predicted and 171 gold, F1 182/321 = 0.56697...
                Arguments.of("heldout51.jsonl", 10, 0, 0.5669),
                // Damascus and its countryside 2013-2018: the Ghouta sarin tolls, Madaya, Yarmouk, mortar fire on the
                // capital, Eastern Ghouta's fall and the Douma chlorine attack; 79 right of 116 predicted and 138 gold,
                // F1 158/254 = 0.62204...
                Arguments.of("heldout52.jsonl", 10, 0, 0.6220),
                // written by helpers in the eighteenth round and scored once, unread, on b33e486, the round's starting
                // commit: Baghdad and southern Iraq 2016-2019, the Karrada and Tayaran Square bombings, the Basra
                // protests, the October 2019 uprising and Nasiriyah's bridges; 62 right of 126 predicted and 139 gold,
                // F1 124/265 = 0.46792...
                Arguments.of("heldout53.jsonl", 10, 0, 0.4679),
                // Homs, Hama and the coast 2014-2018: the Akrama school, Zahraa, Jableh and Tartus, Khan Sheikhoun and
                // Shayrat, al-Waer and Rastan; 64 right of 116 predicted and 139 gold, F1 128/255 = 0.50196...
                Arguments.of("heldout54.jsonl", 10, 0, 0.5019),
                // Aleppo 2016-2017 in unusual formats (a live blog, a charity's release, a briefing's questions and
                // answers, a correction notice, a weekly round-up): al-Quds hospital, the Urum al-Kubra convoy, the fall
                // of the east and the al-Rashidin buses; 109 right of 142 predicted and 156 gold, F1 218/298 = 0.73154...
                Arguments.of("heldout55.jsonl", 10, 0, 0.7315),
                // written by helpers in the nineteenth round and scored once, unread, on 38f731e, the round's starting
                // commit: Deir ez-Zor province 2014-2019, the Shaitat killings, the siege of the city and al-Baghaliyeh,
                // Jabal Tharda, al-Mayadin, al-Bukamal and Khasham; 53 right of 117 predicted and 130 gold, F1 106/247
                // = 0.42914...
                Arguments.of("heldout56.jsonl", 10, 0, 0.4291),
                // Idlib and southern Aleppo 2019-2020: the Maarat al-Numan market, Ariha, Idlib city's schools, the flight
                // to the Turkish border, Balyun and the children who froze in the camps; 87 right of 127 predicted and
                // 138 gold, F1 174/265 = 0.65660...
                Arguments.of("heldout57.jsonl", 10, 0, 0.6566),
                // northern and central Iraq, summer 2014: Camp Speicher, Badush, Sinjar and the mountain, Kocho, Amerli
                // and Qaraqosh; 43 right of 99 predicted and 122 gold, F1 86/221 = 0.38914...
                Arguments.of("heldout58.jsonl", 10, 0, 0.3891),
                // written by helpers in the twentieth round and scored once, unread, on 0fe0eac, the round's starting
                // commit: Anbar 2014-2016, the Albu Nimr killings, Haditha and al-Baghdadi, the fall and recapture of
                // Ramadi, Fallujah's hunger and the river crossings; 57 right of 107 predicted and 125 gold, F1 114/232
                // = 0.49137...
                Arguments.of("heldout59.jsonl", 10, 0, 0.4913),
                // Daraa and Quneitra 2014-2018: barrel bombs on Nawa and Daraa al-Balad, Sheikh Maskin, the 2018
                // offensive and the flight to the Jordanian border and the Golan fence, the buses north and the Yarmouk
                // basin; 63 right of 127 predicted and 147 gold, F1 126/274 = 0.45985...
                Arguments.of("heldout60.jsonl", 10, 0, 0.4598),
                // Kirkuk, Diyala and Salahuddin 2015-2018: Muqdadiya, the raid on Kirkuk, Tuz Khurmatu, Hawija and the
                // flight to Dibis, October 2017 in Kirkuk and the Hamrin attacks; 58 right of 113 predicted and 125
                // gold, F1 116/238 = 0.48739...
                Arguments.of("heldout61.jsonl", 10, 0, 0.4873),
                // written by helpers in the twenty-first round and scored once, unread, on 2a35051, the round's starting
                // commit: Baghdad and southern Iraq 2016-2017, Karrada and its morgues, the Sadr City and Jamila markets,
                // Hilla, Nasiriyah and UNAMI's monthly toll; 77 right of 130 predicted and 140 gold, F1 154/270 = 0.57037...
                Arguments.of("heldout62.jsonl", 10, 0, 0.5703),
                // the coast, Homs and Sweida 2016-2018: the Jableh and Tartus bombings, al-Zahraa, Islamic State's raid on
                // Sweida and its hostages, the desert campaign after it; 31 right of 104 predicted and 120 gold, F1 62/224
                // = 0.27678...
                Arguments.of("heldout63.jsonl", 10, 0, 0.2767),
                // the coalition's own civilian-casualty reports and the monitors who check them, 2017-2019: a monthly
                // report, Mosul's and Raqqa's counts against Airwars's and Amnesty's, al-Jadida, Hajin and Baghuz; 76 right
                // of 124 predicted and 130 gold, F1 152/254 = 0.59842...
                Arguments.of("heldout64.jsonl", 10, 0, 0.5984),
                // written by helpers in the twenty-second round and scored once, unread, on a7e3ad1, the round's starting
                // commit: Russia's air war as its Defence Ministry tells it and as monitors count it, 2015-2019, Atarib,
                // Maarat al-Numan, Idlib's and Aleppo's hospitals; 102 right of 155 predicted and 159 gold, F1 204/314
                // = 0.64968...
                Arguments.of("heldout65.jsonl", 10, 0, 0.6496),
                // Anbar 2014-2016: Ramadi's fall and recapture, Fallujah's hunger and river crossings, Saqlawiyah's missing
                // men, Hit, Rutba and al-Qaim; 57 right of 112 predicted and 129 gold, F1 114/241 = 0.47302...
                Arguments.of("heldout66.jsonl", 10, 0, 0.4730),
                // Afrin 2018: Operation Olive Branch, the hospital, the flight to Tal Rifaat, the city's fall and the missing,
                // Manbij; 65 right of 130 predicted and 151 gold, F1 130/281 = 0.46263...
                Arguments.of("heldout67.jsonl", 10, 0, 0.4626),
                // written by helpers in the twenty-third round and scored once, unread, on 8a26f30, the round's starting
                // commit: foreign forces and contractors killed in Syria, 2015-2019, Khasham, the T4 and May 2018 strikes,
                // the Il-20; 49 right of 81 predicted and 119 gold, F1 98/200 = 0.49
                Arguments.of("heldout68.jsonl", 10, 0, 0.4900),
                // Operation Euphrates Shield, 2016-2017: Jarablus, al-Bab, Qabasin, the General Staff's counts, shootings at
                // the border; 83 right of 133 predicted and 144 gold, F1 166/277 = 0.59927...
                Arguments.of("heldout69.jsonl", 10, 0, 0.5992),
                // Hasakah and the Khabur valley, 2015-2016: the Assyrian villages' abducted, the Qamishli and Hasakah
                // bombings, the battles for Hasakah city; 73 right of 122 predicted and 133 gold, F1 146/255 = 0.57254...
                Arguments.of("heldout70.jsonl", 10, 0, 0.5725),
                // written by helpers in the twenty-fourth round and scored once, unread, on d33c395, the round's starting
                // commit: Turkey's strikes on the PKK in Iraqi Kurdistan and Sinjar, 2015-2020, Zergele, Shiladze, the
                // Makhmour camp; 46 right of 111 predicted and 126 gold, F1 92/237 = 0.38818...
                Arguments.of("heldout71.jsonl", 10, 0, 0.3881),
                // mines and explosive remnants after the Islamic State, 2016-2020: Raqqa's returnees, the truffle hunters,
                // Mosul's old city, Sinjar; 63 right of 110 predicted and 123 gold, F1 126/233 = 0.54077...
                Arguments.of("heldout72.jsonl", 10, 0, 0.5407),
                // attacks on medics, hospitals and aid workers in Syria, 2015-2019: the Urum al-Kubra convoy, al-Quds
                // hospital, Saraqib, Eastern Ghouta; 88 right of 120 predicted and 129 gold, F1 176/249 = 0.70682...
                Arguments.of("heldout73.jsonl", 10, 0, 0.7068),
                // written by helpers in the twenty-fifth round and scored once, unread, on d43157e, the round's starting
                // commit: Iraq in 2019-2020, the strikes on Kataib Hezbollah at al-Qaim, rockets on K1 and Camp Taji, the
                // brain injuries at Ain al-Asad, the protests in Baghdad, Nasiriyah and Karbala; 45 right of 78 predicted
                // and 110 gold, F1 90/188 = 0.47872...
                Arguments.of("heldout74.jsonl", 10, 0, 0.4787),
                // Syria's detention system, 2014-2019: Saydnaya, the smuggled photographs, death notices at the registry
                // offices, the disappeared, Raqqa's mass graves; 47 right of 72 predicted and 103 gold, F1 94/175 = 0.53714...
                Arguments.of("heldout75.jsonl", 10, 0, 0.5371),
                // Syria's border with Turkey, 2015-2019: refugees shot by border guards, drownings in the Orontes, the
                // stranded at closed crossings, the camps at Atmeh and Qah; 33 right of 89 predicted and 109 gold, F1
                // 66/198 = 0.33333...
                Arguments.of("heldout76.jsonl", 10, 0, 0.3333),
                // written by helpers in the twenty-sixth round and scored once, unread, on d837787, the round's starting
                // commit: Syria's border with Lebanon, 2013-2017, Qusayr, Qalamoun, Arsal and the 2017 evacuation deals;
                // 22 right of 73 predicted and 87 gold, F1 44/160 = 0.275 (computed a hair below, hence the fourth decimal)
                Arguments.of("heldout77.jsonl", 10, 0, 0.2749),
                // Iraq's north-western front, 2014-2016: Zumar, Rabia and the Mosul Dam, the Peshmerga's counter-offensives,
                // suicide truck bombs; 43 right of 75 predicted and 76 gold, F1 86/151 = 0.56953...
                Arguments.of("heldout78.jsonl", 10, 0, 0.5695),
                // the Islamic State's massacres of the Shaitat and the Albu Nimr, 2014-2015, and the graves found later;
                // 32 right of 62 predicted and 91 gold, F1 64/153 = 0.41830...
                Arguments.of("heldout79.jsonl", 10, 0, 0.4183),
                // written by helpers in the twenty-seventh round and scored once, unread, on e89bff4, the round's starting
                // commit: the battle for Wadi Barada and Damascus's water, 2016-2017. Its labeller wrote 65 exact and
                // approximate counts as n..null, against the corpus rules (n..n); GoldCorpus now refuses such a count, and
                // the set's counts were put right without reading it. Scored again on e89bff4: 32 right of 84 predicted
                // and 92 gold, F1 64/176 = 0.36363... (0.170 with the counts as written)
                Arguments.of("heldout80.jsonl", 10, 0, 0.3636),
                // Israel's strikes in Syria, 2017-2019: T-4, Kiswah, the Damascus airports; 48 right of 76 predicted and 94
                // gold, F1 96/170 = 0.56470...
                Arguments.of("heldout81.jsonl", 10, 0, 0.5647),
                // Iraq's Salahuddin province, 2014-2016: Amerli, Samarra, Balad, Dujail, al-Dour; 50 right of 91 predicted
                // and 102 gold, F1 100/193 = 0.51813...
                Arguments.of("heldout82.jsonl", 10, 0, 0.5181),
                // written by helpers in the twenty-eighth round and scored once, unread, on d26dd15, the round's starting
                // commit: the Homs desert 2014-2017, the Shaer gas field and Qaryatayn; 49 right of 90 predicted and 99
                // gold, F1 98/189 = 0.51851...
                Arguments.of("heldout83.jsonl", 10, 0, 0.5185),
                // western Anbar 2014-2017: Haditha, Rutba, Anah, Rawa, al-Qaim; 71 right of 100 predicted and 105 gold,
                // F1 142/205 = 0.69268...
                Arguments.of("heldout84.jsonl", 10, 0, 0.6926),
                // northern Latakia 2015-2016: Jabal al-Akrad, Jabal Turkman, the Su-24; 34 right of 77 predicted and 95
                // gold, F1 68/172 = 0.39534...
                Arguments.of("heldout85.jsonl", 10, 0, 0.3953),
                // written by helpers in the twenty-ninth round and scored once, unread, on b595b0f, the round's starting
                // commit: the siege of Deir ez-Zor city 2014-2017, al-Baghaliyeh, Jabal Tharda; 64 right of 83 predicted
                // and 92 gold, F1 128/175 = 0.73142...
                Arguments.of("heldout86.jsonl", 10, 0, 0.7314),
                // Iraq's 2017 offensives on Tal Afar and Hawija; 40 right of 76 predicted and 86 gold, F1 80/162 = 0.49382...
                Arguments.of("heldout87.jsonl", 10, 0, 0.4938),
                // Iraq's protests of 2019-2020: Baghdad, Nasiriyah, Karbala, Najaf; 57 right of 85 predicted and 102 gold,
                // F1 114/187 = 0.60962...
                Arguments.of("heldout88.jsonl", 10, 0, 0.6096),
                // written by helpers in the thirtieth round and scored once, unread, on eb87d51, the round's starting
                // commit: the sarin attack on Khan Sheikhoun in 2017 and the Shayrat strike; 44 right of 87 predicted and
                // 100 gold, F1 88/187 = 0.47058...
                Arguments.of("heldout89.jsonl", 10, 0, 0.4705),
                // Manbij 2017-2019 and the restaurant bombing of January 2019; 68 right of 109 predicted and 122 gold,
                // F1 136/231 = 0.58874...
                Arguments.of("heldout90.jsonl", 10, 0, 0.5887),
                // the Islamic State's assault on Hasakah's Ghwayran prison in January 2022; 45 right of 77 predicted and 89
                // gold, F1 90/166 = 0.54216...
                Arguments.of("heldout91.jsonl", 10, 0, 0.5421),
                // written by helpers in the thirty-first round and scored once, unread, on 76c070e, the round's starting
                // commit: the siege of Daraa al-Balad in 2021; 59 right of 96 predicted and 110 gold, F1 118/206 = 0.57281...
                Arguments.of("heldout92.jsonl", 10, 0, 0.5728),
                // the rocket attacks on Camp Liberty and the raid on Camp Ashraf in Iraq, 2013-2015 (camps the gazetteer does
                // not hold, so nearly every place is wrong); 5 right of 101 predicted and 105 gold, F1 10/206 = 0.04854...
                Arguments.of("heldout93.jsonl", 10, 0, 0.0485),
                // the army's 2017 offensive east of Aleppo: Deir Hafer, Maskanah, Jirah; 58 right of 86 predicted and 95 gold,
                // F1 116/181 = 0.64088...
                Arguments.of("heldout94.jsonl", 10, 0, 0.6408),
                // written by helpers in the thirty-second round and scored once, unread, on 652d37f, the round's starting
                // commit: the Rukban camp and al-Tanf on the Jordanian border, 2016-2019; 51 right of 81 predicted and 84
                // gold, F1 102/165 = 0.61818...
                Arguments.of("heldout95.jsonl", 10, 0, 0.6181),
                // the killings on Syria's coast in March 2025; 32 right of 78 predicted and 99 gold, F1 64/177 = 0.36158...
                Arguments.of("heldout96.jsonl", 10, 0, 0.3615),
                // the fighting in Sweida province in July 2025; 37 right of 87 predicted and 106 gold, F1 74/193 = 0.38341...
                Arguments.of("heldout97.jsonl", 10, 0, 0.3834),
                // written by helpers in the thirty-third round and scored once, unread, on a4df31f, the round's starting
                // commit: the rebel offensive of late 2024 that ended Assad's rule; 57 right of 101 predicted and 117 gold,
                // F1 114/218 = 0.52293...
                Arguments.of("heldout98.jsonl", 10, 0, 0.5229),
                // Turkey's drone and air campaign in north-east Syria, 2022-2024; 53 right of 104 predicted and 121 gold,
                // F1 106/225 = 0.47111...
                Arguments.of("heldout99.jsonl", 10, 0, 0.4711),
                // US strikes on Iran-aligned militias in Iraq and eastern Syria, 2023-2024; 34 right of 90 predicted and 110
                // gold, F1 68/200 = 0.34 exactly, its floor set a hair below so that rounding cannot fail it
                Arguments.of("heldout100.jsonl", 10, 0, 0.3399),
                // written by helpers in the thirty-fourth round and scored once, unread, on 73d40d1, the round's starting
                // commit: Kirkuk in October 2017 after the referendum; 38 right of 80 predicted and 91 gold, F1 76/171 = 0.44444...
                Arguments.of("heldout101.jsonl", 10, 0, 0.4444),
                // the Yarmouk camp and southern Damascus, 2014-2018 (its labeller places claims at "Yarmouk", which the
                // gazetteer holds as a quarter of Damascus and so reports as Damascus); 14 right of 89 predicted and 105 gold,
                // F1 28/194 = 0.14432...
                Arguments.of("heldout102.jsonl", 10, 0, 0.1443),
                // Palmyra in 2015-2017: its fall, the army's recapture with Russian air support, the militants' return and
                // the final recapture; 58 right of 93 predicted and 101 gold, F1 116/194 = 0.59793...
                Arguments.of("heldout103.jsonl", 10, 0, 0.5979),
                // written by helpers in the thirty-fifth round and scored once, unread, on d4831fa, the round's starting
                // commit: the fall of Mosul in June 2014 and the Badush prison killings; 40 right of 78 predicted and 100 gold,
                // F1 80/178 = 0.44943...
                Arguments.of("heldout104.jsonl", 10, 0, 0.4494),
                // the Khabur valley's Assyrian villages in 2015 and Tal Tamr in 2019; 37 right of 88 predicted and 99 gold,
                // F1 74/187 = 0.39572...
                Arguments.of("heldout105.jsonl", 10, 0, 0.3957),
                // the February 2016 offensive north of Aleppo: Nubl and Zahraa, Azaz and the closed border; 71 right of 110
                // predicted and 126 gold, F1 142/236 = 0.60169...
                Arguments.of("heldout106.jsonl", 10, 0, 0.6016),
                // written by helpers in the thirty-sixth round and scored once, unread, on e6dc2e9, the round's starting
                // commit: the siege of Amerli in 2014; 45 right of 75 predicted and 84 gold, F1 90/159 = 0.56603...
                Arguments.of("heldout107.jsonl", 10, 0, 0.5660),
                // Qamishli and Hasakah in 2016; 71 right of 99 predicted and 105 gold, F1 142/204 = 0.69607...
                Arguments.of("heldout108.jsonl", 10, 0, 0.6960),
                // the Basra protests and the contaminated water of summer 2018; 44 right of 63 predicted and 92 gold,
                // F1 88/155 = 0.56774...
                Arguments.of("heldout109.jsonl", 10, 0, 0.5677),
                // written by helpers in the thirty-seventh round and scored once, unread, on 48172f3, the round's starting
                // commit: the siege of Darayya, 2012-2016; 59 right of 95 predicted and 109 gold, F1 118/204 = 0.57843...
                Arguments.of("heldout110.jsonl", 10, 0, 0.5784),
                // Jurf al-Sakhar and northern Babil in 2014; 58 right of 91 predicted and 102 gold, F1 116/193 = 0.60103...
                Arguments.of("heldout111.jsonl", 10, 0, 0.6010),
                // Samarra and Salahuddin, 2014-2016; 67 right of 89 predicted and 99 gold, F1 134/188 = 0.71276...
                Arguments.of("heldout112.jsonl", 10, 0, 0.7127),
                // written by helpers in the thirty-eighth round and scored once, unread, on d55a465, the round's starting
                // commit: Diyala province, 2014-2016; 59 right of 84 predicted and 95 gold, F1 118/179 = 0.65921...
                Arguments.of("heldout113.jsonl", 10, 0, 0.6592),
                // Jarablus and the first months of Turkey's Euphrates Shield, 2016; 55 right of 98 predicted and 107 gold,
                // F1 110/205 = 0.53658...
                Arguments.of("heldout114.jsonl", 10, 0, 0.5365),
                // Quneitra and the Golan frontier, 2014-2018; 35 right of 86 predicted and 96 gold, F1 70/182 = 0.38461...
                Arguments.of("heldout115.jsonl", 10, 0, 0.3846),
                // written by helpers in the thirty-ninth round and scored once, unread, on 4770e69, the round's starting
                // code (3c1caa7 added only documents): Aleppo's Sheikh Maqsoud, 2015-2016; 78 right of 99 predicted and 107
                // gold, F1 156/206 = 0.75728...
                Arguments.of("heldout116.jsonl", 10, 0, 0.7572),
                // al-Shirqat, Qayyarah and the Tigris south of Mosul, 2016; 39 right of 70 predicted and 82 gold, F1 78/152 =
                // 0.51315...
                Arguments.of("heldout117.jsonl", 10, 0, 0.5131),
                // the chemical attack on the Ghouta in August 2013; 36 right of 97 predicted and 111 gold, F1 72/208 = 0.34615...
                Arguments.of("heldout118.jsonl", 10, 0, 0.3461),
                // written by helpers in the fortieth round and scored once, unread, on 03bac57 (the code of 730a2f7), the
                // round's start: Tal Abyad in 2015; 47 right of 61 predicted and 78 gold, F1 94/139 = 0.67625...
                Arguments.of("heldout119.jsonl", 10, 0, 0.6762),
                // Anah, Rawa and al-Qaim in western Anbar, 2017; 64 right of 87 predicted and 103 gold, F1 128/190 = 0.67368...
                Arguments.of("heldout120.jsonl", 10, 0, 0.6736),
                // the northern Hama countryside, 2017-2019; 53 right of 106 predicted and 118 gold, F1 106/224 = 0.47321...
                Arguments.of("heldout121.jsonl", 10, 0, 0.4732),
                // written by helpers in the forty-first round and scored once, unread, on 1afd025, the round's start:
                // al-Qusayr, the Qalamoun and Lebanon's Arsal, 2013-2017; 73 right of 104 predicted and 113 gold, F1 146/217 =
                // 0.67281...
                Arguments.of("heldout122.jsonl", 10, 0, 0.6728),
                // Turkish and Iranian strikes in Iraqi Kurdistan, 2018-2024; 45 right of 83 predicted and 92 gold, F1 90/175 =
                // 0.51428...
                Arguments.of("heldout123.jsonl", 10, 0, 0.5142),
                // the 2012 massacres of Houla, al-Qubeir and Tremseh; 63 right of 113 predicted and 120 gold, F1 126/233 =
                // 0.54077...
                Arguments.of("heldout124.jsonl", 10, 0, 0.5407),
                // written by helpers in the forty-second round and scored once, unread, on ae21d66, the round's starting
                // code (6ec6024 added only documents): the Tishreen Dam and the Manbij countryside, December 2024-February
                // 2025; 46 right of 99 predicted and 112 gold, F1 92/211 = 0.43601...
                Arguments.of("heldout125.jsonl", 10, 0, 0.4360),
                // the prisons and mass graves found after the fall of Assad, 2024-2025; 39 right of 68 predicted and 81 gold,
                // F1 78/149 = 0.52348...
                Arguments.of("heldout126.jsonl", 10, 0, 0.5234),
                // Islamic State's attacks on Shia pilgrims and Iraq's south, 2016-2017; 57 right of 101 predicted and 106
                // gold, F1 114/207 = 0.55072...
                Arguments.of("heldout127.jsonl", 10, 0, 0.5507),
                // written by helpers in the forty-third round and scored once, unread, on bd7a5d3, the round's starting
                // code (14a4531 added only documents): the tribal uprising against the SDF in Deir ez-Zor, 2023; 58 right of
                // 91 predicted and 99 gold, F1 116/190 = 0.61052...
                Arguments.of("heldout128.jsonl", 10, 0, 0.6105),
                // Islamic State's attacks on truffle hunters and travellers in the Syrian desert, 2019-2024; 34 right of 87
                // predicted and 98 gold, F1 68/185 = 0.36756...
                Arguments.of("heldout129.jsonl", 10, 0, 0.3675),
                // the Islamic State attack on al-Sinaa prison in Hasakah, January 2022; 72 right of 86 predicted and 87 gold,
                // F1 144/173 = 0.83236...
                Arguments.of("heldout130.jsonl", 10, 0, 0.8323),
                // written by helpers in the forty-fourth round and scored once, unread, on 306b7cd, the round's starting
                // code: Syria's uprising in its first year, March 2011 to early 2012; 67 right of 99 predicted and 115 gold,
                // F1 134/214 = 0.62616...
                Arguments.of("heldout131.jsonl", 10, 0, 0.6261),
                // the Islamic State's attacks in Syria in 2025 after Assad's fall, the Mar Elias church bombing among them; 65
                // right of 101 predicted and 116 gold, F1 130/217 = 0.59907...
                Arguments.of("heldout132.jsonl", 10, 0, 0.5990),
                // Diyala province 2016-2021: Muqdadiyah's cafe bombing and the reprisals, al-Rashad and Nahr al-Imam; 50 right
                // of 90 predicted and 93 gold, F1 100/183 = 0.54644...
                Arguments.of("heldout133.jsonl", 10, 0, 0.5464),
                // written by helpers in the forty-fifth round and scored once, unread, on d0fd7b0, the round's starting
                // code (round 44's last): the bombings around the Sayyida Zeinab shrine, 2016-2023; 43 right of 101 predicted
                // and 104 gold, F1 86/205 = 0.41951...
                Arguments.of("heldout134.jsonl", 10, 0, 0.4195),
                // the Islamic State raid on Kirkuk, October 2016, and the expulsions after it; 53 right of 91 predicted and
                // 109 gold, F1 106/200 = 0.53
                Arguments.of("heldout135.jsonl", 10, 0, 0.5300),
                // the battle for Wadi Barada and the Ain al-Fijeh spring, December 2016-January 2017; 41 right of 70
                // predicted and 85 gold, F1 82/155 = 0.52903...
                Arguments.of("heldout136.jsonl", 10, 0, 0.5290),
                // written by helpers in the forty-sixth round and scored once, unread, on 91a3a2d, the round's starting code
                // (f28f677 added only documents): the killings in al-Bayda and Baniyas, May 2013; 35 right of 88 predicted
                // and 99 gold, F1 70/187 = 0.37433...
                Arguments.of("heldout137.jsonl", 10, 0, 0.3743),
                // the Islamic State's capture of Division 17, Brigade 93 and the Tabqa air base, summer 2014; 36 right of 86
                // predicted and 94 gold, F1 72/180 = 0.4 (the floor a hair under it, for the sum's rounding)
                Arguments.of("heldout138.jsonl", 10, 0, 0.3999),
                // Aleppo in early 2013: the university blasts, the bodies in the Queiq river, the shelling of the east; 64
                // right of 82 predicted and 88 gold, F1 128/170 = 0.75294...
                Arguments.of("heldout139.jsonl", 10, 0, 0.7529),
                // written by helpers in the forty-seventh round and scored once, unread, on 4c90578, the round's starting
                // code: the Hama massacre of 1982 as later reporting tells it; 46 right of 82 predicted and 94 gold, F1
                // 92/176 = 0.52272...
                Arguments.of("heldout140.jsonl", 10, 0, 0.5227),
                // the bombings in Afrin, al-Bab, Azaz and Ras al-Ain under Turkish-backed control, 2020-2021; 76 right of 108
                // predicted and 110 gold, F1 152/218 = 0.69724...
                Arguments.of("heldout141.jsonl", 10, 0, 0.6972),
                // the killings in Homs in early 2012 beyond Baba Amr (Karm al-Zeitoun, Adawiya); 57 right of 90 predicted and
                // 110 gold, F1 114/200 = 0.57 (the floor a hair under it, for the sum's rounding)
                Arguments.of("heldout142.jsonl", 10, 0, 0.5699));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heldOutSets")
    void scoresNoWorseThanOnItsFirstRun(String resource, int passages, int negatives, double firstRunF1) throws IOException {
        ScoredCorpus corpus = ScoredCorpus.of(resource, resource.replace(".jsonl", ".txt"));
        assertThat(corpus.items).hasSize(passages);
        assertThat(corpus.negatives()).isGreaterThanOrEqualTo(negatives);
        assertThat(corpus.report.whole().f1()).as(corpus.report.table()).isGreaterThanOrEqualTo(firstRunF1);
    }
}

package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.crosscheck.avro.Period;
import org.crosscheck.extract.text.Token;
import org.crosscheck.extract.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Time words resolved against a publication date, Thursday 24 August 2017. */
class PeriodResolverTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2017, 8, 24);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "strikes on Wednesday killed 4|2017-08-23|2017-08-23",
        "on Thursday|2017-08-24|2017-08-24",
        "yesterday|2017-08-23|2017-08-23",
        "Over the better part of two months, the group says|2017-06-24|2017-08-24",
        "in the past three days|2017-08-21|2017-08-24",
        "in mid-July|2017-07-11|2017-07-20",
        "in early July|2017-07-01|2017-07-10",
        "on March 3|2017-03-03|2017-03-03",
        "on 3 March|2017-03-03|2017-03-03",
        "last week|2017-08-14|2017-08-20",
        "since the start of the offensive|null|2017-08-24",
        "in 2016|2016-01-01|2016-12-31",
        // a year's count
        "gave a civilian toll of 10,204 for 2016|2016-01-01|2016-12-31",
        "near Mayadin on Oct. 4|2016-10-04|2016-10-04",
        "on Aug. 12|2017-08-12|2017-08-12",
        "since Sept. 3|2016-09-03|2017-08-24",
        "between Jan. 5 and Feb. 2|2017-01-05|2017-02-02",
        // a week of a month named after it, and the start of something in a month, to another month
        "In one week in July we buried 23 people|2017-07-01|2017-07-31",
        "from the start of the offensive in October 2016 to July|2016-10-01|2017-07-31",
        // a day written before the date that names its month
        "Between 15 and 22 August, some 35,000 people fled|2017-08-15|2017-08-22",
        "from 3 to 9 May|2017-05-03|2017-05-09",
        "between September 30, 2015 and August 31, 2016|2015-09-30|2016-08-31",
        // a weekday with its date: the date says which one (the Monday before publication is 2017-08-21)
        "on the evening of Monday, August 14|2017-08-14|2017-08-14",
        "on Monday, 14 August|2017-08-14|2017-08-14",
        "on Monday, killing four|2017-08-21|2017-08-21",
        "since Iraqi forces launched their assault on that side of the city on February 19|2017-02-19|2017-08-24",
        "since the offensive began, and on March 3 the town fell|null|2017-08-24",
        // a date with its year is that year's, not the last such day before publication
        "shot by the militants on August 15, 2014, after they refused|2014-08-15|2014-08-15",
        "on 15 August 2014|2014-08-15|2014-08-15",
        "on Aug. 15, 2014|2014-08-15|2014-08-15",
        "on the night of March 16-17, 2015|2015-03-16|2015-03-17",
        "since June 6, 2016|2016-06-06|2017-08-24",
        // "last" and a month: the last such month before the month of publication
        "its strikes around Manbij killed 23 civilians last June|2017-06-01|2017-06-30",
        "last August|2016-08-01|2016-08-31",
        // a month after "during" or "throughout" is that month, as after "in"
        "killed in and around the city during July|2017-07-01|2017-07-31",
        "shelled throughout June|2017-06-01|2017-06-30",
        // half of a month is half of that month, not of the year
        "52 of them in the first half of March|2017-03-01|2017-03-15",
        "in the second half of July|2017-07-16|2017-07-31",
        // both months of "in March and April", and a number of days at either end of a month
        "fled in March and April|2017-03-01|2017-04-30",
        "in the first ten days of May|2017-05-01|2017-05-10",
        "over the last 10 days of June|2017-06-21|2017-06-30",
        "in the first two weeks of August 2014|2014-08-01|2014-08-14",
        "shot 1,500 men in Sinjar in August last year|2016-08-01|2016-08-31",
        "in March last year|2016-03-01|2016-03-31",
        // a day of last year, not the same day of this one
        "the attack on June 25 last year|2016-06-25|2016-06-25",
        "the raid of 3 May last year|2016-05-03|2016-05-03",
        "in the first six months of the year|2017-01-01|2017-06-30",
        "in the first three months of 2016|2016-01-01|2016-03-31",
        "over the last four months of 2016|2016-09-01|2016-12-31",
        // a fight's days, up to publication (PUBLISHED is a Thursday)
        "as the two sides clash for sixth day|2017-08-19|2017-08-24",
        "raged for a third straight day|2017-08-22|2017-08-24",
        // the day named wins
        "fell on Kafranbel for a third day on Tuesday|2017-08-22|2017-08-22",
        "newly displaced during the year|2017-01-01|2017-08-24",
        "for a third day in a row on Tuesday|2017-08-22|2017-08-22",
        "for the fourth consecutive day on August 21|2017-08-21|2017-08-21",
        // months of this year not yet over end at publication
        "in the first 10 months of the year|2017-01-01|2017-08-24",
        // a span that an event closes, dated after it, or whose first date a clause tells of
        "between February 18 and the surrender of Douma on April 12|2017-02-18|2017-04-12",
        "between December 2015 and the town's evacuation in April 2017|2015-12-01|2017-04-30",
        "between June 19, when the offensive began, and July 3|2017-06-19|2017-07-03",
        // a span closed by the end or start of a month; days of fighting dated by the span after them
        "fled between March 3 and the end of June|2017-03-03|2017-06-30",
        "between June 2014, when the militants took Mosul, and the end of May this year|2014-06-01|2017-05-31",
        "in four days of fighting for the town between August 18 and Monday|2017-08-18|2017-08-21",
        // months counted, and a month that dates a count
        "for the first seven months of the year, the count stands at 900|2017-01-01|2017-07-31",
        "the monitor put the July death toll at 300|2017-07-01|2017-07-31",
        "since daybreak|2017-08-24|2017-08-24",
        "since the morning|2017-08-24|2017-08-24",
    })
    void resolves(String text, String start, String end) {
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        Period p = new PeriodResolver().resolve(tokens, 0, tokens.size(), PUBLISHED);
        assertThat(p).isNotNull();
        assertThat(p.getStart()).isEqualTo(start == null ? null : LocalDate.parse(start));
        assertThat(p.getEnd()).isEqualTo(LocalDate.parse(end));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"in recent weeks and months", "in and around the city", "killed 12 civilians in 2 strikes",
        // when a count was made, not when the harm was
        "By Wednesday morning its toll had risen to 38", "had recovered 42 bodies from the rubble by Saturday",
        // a sentence cut short after the word that opens a span
        "found no credible reports of civilian casualties from", "the fighting went on between",
        // months of a year not yet begun, and the talks' day
        "killed in the last three months of the year", "met for the second day of talks"})
    void vagueTimesGiveNoPeriod(String text) {
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        assertThat(new PeriodResolver().resolve(tokens, 0, tokens.size(), PUBLISHED)).isNull();
    }
}

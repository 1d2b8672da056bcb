package org.crosscheck.schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.crosscheck.avro.AlertKind;
import org.crosscheck.avro.AlertStatus;
import org.crosscheck.avro.Article;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.Category;
import org.crosscheck.avro.Claimant;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.avro.Count;
import org.crosscheck.avro.Event;
import org.crosscheck.avro.Evidence;
import org.crosscheck.avro.Location;
import org.crosscheck.avro.Outcome;
import org.crosscheck.avro.Period;
import org.crosscheck.avro.Polarity;
import org.crosscheck.avro.Qualifier;
import org.crosscheck.avro.Trend;
import org.crosscheck.avro.BelligerentPosition;
import org.crosscheck.avro.ClaimantFigure;
import org.crosscheck.avro.EventRecord;
import org.crosscheck.avro.EventScope;
import org.crosscheck.avro.EvidenceGrade;
import org.crosscheck.avro.internal.ArticleClaims;
import org.crosscheck.avro.internal.EventState;
import org.crosscheck.avro.internal.RoutedClaim;

/** One sample of every record type, with optional fields both set and null. */
public final class Samples {

  private Samples() {}

  public static Article article() {
    return Article.newBuilder()
        .setId("a")
        .setUrl("https://seedwire.example/raqqa")
        .setOutlet("Seed Wire")
        .setPublishedAt(Instant.parse("2017-08-24T12:00:00Z"))
        .setTitle("Raqqa: at least 146 civilians killed")
        .setBody("Line one.\nAmnesty International said \"at least 146\" civilians were killed. Ünïcode ✓")
        .setLanguage("en")
        .build();
  }

  /** No url, a non-default language, a published_at with milliseconds. */
  public static Article sparseArticle() {
    return Article.newBuilder(article())
        .setId("b")
        .setUrl(null)
        .setPublishedAt(Instant.parse("2017-08-25T06:30:00.123Z"))
        .setLanguage("ar")
        .build();
  }

  /** The claim of the JSON-lines contract example. */
  public static CasualtyClaim claim() {
    return CasualtyClaim.newBuilder()
        .setClaimId("a#1")
        .setArticleId("a")
        .setOutlet("Seed Wire")
        .setClaimant(new Claimant("amnesty", "Amnesty International", null))
        .setPolarity(Polarity.ASSERTS)
        .setCount(new Count(146L, null, Qualifier.AT_LEAST))
        .setCategory(Category.CIVILIANS)
        .setOutcome(Outcome.KILLED)
        .setLocation(new Location("sy-raqqa-city", "Raqqa"))
        .setPeriod(new Period(LocalDate.parse("2017-06-24"), LocalDate.parse("2017-08-24")))
        .setTrend(null)
        .setSubsetOf(null)
        .setPerpetrator("coalition")
        .setEvidence(new Evidence("...", 1329, 1445))
        .build();
  }

  /** Every optional field set, except the open end of the period; evidence in the title. */
  public static CasualtyClaim fullClaim() {
    return CasualtyClaim.newBuilder(claim())
        .setClaimId("a#2")
        .setClaimant(new Claimant("coalition", "US-led coalition", "Col. Ryan Dillon"))
        .setPolarity(Polarity.DISPUTES)
        .setCount(new Count(20L, 30L, Qualifier.RANGE))
        .setCategory(Category.CHILDREN)
        .setPeriod(new Period(LocalDate.parse("2017-06-24"), null))
        .setTrend(Trend.RISING)
        .setSubsetOf("a#1")
        .setPerpetrator(null)
        .setEvidence(new Evidence("20 to 30 children", -1, 17))
        .build();
  }

  /** A claim without a period. */
  public static CasualtyClaim timelessClaim() {
    return CasualtyClaim.newBuilder(claim()).setClaimId("a#3").setPeriod(null).build();
  }

  public static Event event() {
    return Event.newBuilder()
        .setId("sy/sy-raqqa-city/2017-06-24..2017-08-24/KILLED")
        .setRegion("sy")
        .setLocation(new Location("sy-raqqa-city", "Raqqa"))
        .setPeriod(new Period(LocalDate.parse("2017-06-24"), LocalDate.parse("2017-08-24")))
        .setOutcome(Outcome.KILLED)
        .build();
  }

  public static ContradictionAlert alert() {
    return ContradictionAlert.newBuilder()
        .setAlertId("sy/sy-raqqa-city/amnesty~coalition/NUMERIC")
        .setKind(AlertKind.NUMERIC)
        .setStatus(AlertStatus.OPEN)
        .setSeverity(0.75)
        .setEvent(event())
        .setClaims(List.of(claim(), fullClaim()))
        .setSummary("Amnesty International: at least 146 killed. US-led coalition: 20 to 30.")
        .build();
  }

  public static EventState eventState() {
    return EventState.newBuilder()
        .setEvent(Event.newBuilder(event()).setPeriod(null).build())
        .setClaims(List.of(claim(), fullClaim(), timelessClaim()))
        .setAlerts(List.of(alert()))
        .setLastUpdated(Instant.parse("2017-08-24T12:00:01.500Z"))
        .build();
  }

  /** A retraction: the claim as it was, flagged. */
  public static CasualtyClaim retraction() {
    return CasualtyClaim.newBuilder(claim()).setRetracted(true).build();
  }

  public static EventRecord eventRecord() {
    CasualtyClaim c = claim();
    return EventRecord.newBuilder()
        .setEventId(event().getId())
        .setRegion("sy-raqqa")
        .setLocation(c.getLocation())
        .setPeriod(c.getPeriod())
        .setOutcome(Outcome.KILLED)
        .setScope(EventScope.CUMULATIVE)
        .setFigures(List.of(ClaimantFigure.newBuilder()
            .setClaimant(c.getClaimant()).setClaimId(c.getClaimId()).setPolarity(c.getPolarity())
            .setCount(c.getCount()).setCategory(c.getCategory()).setTrend(null).setLocation(c.getLocation())
            .setPeriod(c.getPeriod()).setPerpetrator("coalition").setOutlets(List.of("Seed Wire", "Gulf Ledger"))
            .setFirstPublished(Instant.parse("2017-08-24T12:00:00Z"))
            .setLastPublished(Instant.parse("2017-08-25T08:00:00Z"))
            .build()))
        .setEstimateCategory(Category.CIVILIANS)
        .setConservativeEstimate(146L)
        .setHighEstimate(146L)
        .setBelligerent("coalition")
        .setBelligerentPosition(BelligerentPosition.SILENT)
        .setGrade(EvidenceGrade.SINGLE_SOURCE)
        .setIndependentSources(1)
        .setOpenAlerts(List.of(alert().getAlertId()))
        .setUpdatedAt(Instant.parse("2017-08-25T08:00:00Z"))
        .build();
  }

  public static ArticleClaims articleClaims() {
    return ArticleClaims.newBuilder()
        .setArticleId("a")
        .setClaims(List.of(new RoutedClaim(claim(), List.of("sy-raqqa")), new RoutedClaim(fullClaim(), List.of("sy-raqqa", "sy-aleppo"))))
        .setLastSeen(Instant.parse("2017-08-24T12:00:00Z"))
        .build();
  }

  /** Every sample, for parameterized tests. */
  public static List<SpecificRecord> all() {
    return List.of(article(), sparseArticle(), claim(), fullClaim(), timelessClaim(), retraction(), alert(),
        eventState(), eventRecord(), articleClaims());
  }
}

package dev.signoff.search;

import dev.signoff.search.terms.TermField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollector;

/**
 * One pass over the documents of the base query (text, kind, readers and term ranges) that applies
 * the facet selection, counts the facets with drill-sideways semantics, finds the lowest and
 * highest value of each numeric term and the histogram, and hands the documents that pass every
 * selected facet to the collector of the page.
 *
 * <p>A document that passes every selected facet is a hit: it counts for every facet. A document
 * that misses exactly one selected facet counts for that facet only, since that facet's counts
 * ignore its own selection. Documents that miss two or more count nowhere.
 */
final class PrecedentCollector implements Collector {

  private static final int FACET_COUNT = PrecedentFacet.values().length;
  private static final int FIELD_COUNT = TermField.values().length;

  private final TopFieldCollector page;
  private final Map<PrecedentFacet, Set<String>> selection;
  private final boolean[] counted = new boolean[FACET_COUNT];
  private final int histogramField;

  private final List<SegmentCounts> segments = new ArrayList<>();
  private final long[] min = new long[FIELD_COUNT];
  private final long[] max = new long[FIELD_COUNT];
  private final ValueCounts histogramValues;
  private long withoutHistogramValue;
  private long total;

  /**
   * @param selection the selected values of the facets the granularity has; empty sets are absent
   * @param countedFacets the facets whose values are counted
   * @param histogram the numeric field to make a histogram of, or null
   */
  PrecedentCollector(
      TopFieldCollector page,
      Map<PrecedentFacet, Set<String>> selection,
      Set<PrecedentFacet> countedFacets,
      TermField histogram) {
    this.page = page;
    this.selection = selection;
    for (PrecedentFacet facet : countedFacets) {
      counted[facet.ordinal()] = true;
    }
    this.histogramField = histogram == null ? -1 : histogram.ordinal();
    this.histogramValues = histogram == null ? null : new ValueCounts();
    Arrays.fill(min, Long.MAX_VALUE);
    Arrays.fill(max, Long.MIN_VALUE);
  }

  @Override
  public ScoreMode scoreMode() {
    // Every matching document must be seen for the counts, so no scorer may skip any.
    return page.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    SegmentFacets facets = SegmentFacets.of(context.reader());
    SortedSetDocValues facetValues =
        DocValues.getSortedSet(context.reader(), PrecedentMapping.FACETS);
    SortedNumericDocValues termValues =
        DocValues.getSortedNumeric(context.reader(), PrecedentMapping.TERM_VALUES);
    // For each selected facet (by bit), the ordinals of its selected values in this segment.
    int requiredMask = 0;
    long[] selectedOrdinals = new long[0];
    int[] selectedFacetBits = new int[0];
    int selected = 0;
    for (Map.Entry<PrecedentFacet, Set<String>> entry : selection.entrySet()) {
      int bit = 1 << entry.getKey().ordinal();
      requiredMask |= bit;
      for (String value : entry.getValue()) {
        long ordinal = facetValues.lookupTerm(PrecedentMapping.facetValue(entry.getKey(), value));
        if (ordinal >= 0) {
          if (selected == selectedOrdinals.length) {
            selectedOrdinals = Arrays.copyOf(selectedOrdinals, selected * 2 + 4);
            selectedFacetBits = Arrays.copyOf(selectedFacetBits, selected * 2 + 4);
          }
          selectedOrdinals[selected] = ordinal;
          selectedFacetBits[selected] = bit;
          selected++;
        }
      }
    }
    SegmentCounts counts = new SegmentCounts(facets, new int[facets.size()]);
    segments.add(counts);
    return new Leaf(
        page.getLeafCollector(context),
        facets.facetOfOrdinal,
        counts.counts,
        facetValues,
        termValues,
        requiredMask,
        Arrays.copyOf(selectedOrdinals, selected),
        Arrays.copyOf(selectedFacetBits, selected));
  }

  /** How many documents passed every selected facet. */
  long total() {
    return total;
  }

  /** The counted facets' values among the hits, most frequent first, then by value. */
  Map<PrecedentFacet, List<FacetCount>> facets(int maxValues) {
    Map<PrecedentFacet, Map<String, long[]>> byFacet = new EnumMap<>(PrecedentFacet.class);
    for (SegmentCounts segment : segments) {
      int[] counts = segment.counts;
      for (int ordinal = 0; ordinal < counts.length; ordinal++) {
        if (counts[ordinal] > 0) {
          byFacet.computeIfAbsent(segment.facets.facet(ordinal), facet -> new HashMap<>())
                  .computeIfAbsent(segment.facets.valueOfOrdinal[ordinal], value -> new long[1])[
                  0] +=
              counts[ordinal];
        }
      }
    }
    Map<PrecedentFacet, List<FacetCount>> result = new EnumMap<>(PrecedentFacet.class);
    for (PrecedentFacet facet : PrecedentFacet.values()) {
      if (!counted[facet.ordinal()]) {
        continue;
      }
      Map<String, long[]> values = byFacet.getOrDefault(facet, Map.of());
      List<FacetCount> counts = new ArrayList<>(values.size());
      values.forEach((value, count) -> counts.add(new FacetCount(value, count[0])));
      counts.sort(
          Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
      Set<String> chosen = selection.getOrDefault(facet, Set.of());
      List<FacetCount> shown = new ArrayList<>(Math.min(counts.size(), maxValues));
      for (int i = 0; i < counts.size(); i++) {
        if (i < maxValues || chosen.contains(counts.get(i).value())) {
          shown.add(counts.get(i));
        }
      }
      result.put(facet, shown);
    }
    return result;
  }

  /** The lowest and highest value of each numeric term among the hits. */
  Map<TermField, PrecedentResults.ValueRange> ranges() {
    Map<TermField, PrecedentResults.ValueRange> ranges = new EnumMap<>(TermField.class);
    for (int field = 0; field < FIELD_COUNT; field++) {
      if (min[field] <= max[field]) {
        ranges.put(
            NumericTerms.field(field),
            new PrecedentResults.ValueRange(
                NumericTerms.unscale(min[field]), NumericTerms.unscale(max[field])));
      }
    }
    return ranges;
  }

  /** The histogram asked for, or null. */
  Histogram histogram() {
    if (histogramField < 0) {
      return null;
    }
    return Histograms.of(
        NumericTerms.field(histogramField), histogramValues, withoutHistogramValue);
  }

  private record SegmentCounts(SegmentFacets facets, int[] counts) {}

  private final class Leaf implements LeafCollector {

    private final LeafCollector pageLeaf;
    private final byte[] facetOfOrdinal;
    private final int[] counts;
    private final SortedSetDocValues facetValues;
    private final SortedNumericDocValues termValues;
    private final int requiredMask;
    private final long[] selectedOrdinals;
    private final int[] selectedFacetBits;
    private long[] ordinals = new long[32];

    Leaf(
        LeafCollector pageLeaf,
        byte[] facetOfOrdinal,
        int[] counts,
        SortedSetDocValues facetValues,
        SortedNumericDocValues termValues,
        int requiredMask,
        long[] selectedOrdinals,
        int[] selectedFacetBits) {
      this.pageLeaf = pageLeaf;
      this.facetOfOrdinal = facetOfOrdinal;
      this.counts = counts;
      this.facetValues = facetValues;
      this.termValues = termValues;
      this.requiredMask = requiredMask;
      this.selectedOrdinals = selectedOrdinals;
      this.selectedFacetBits = selectedFacetBits;
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
      pageLeaf.setScorer(scorer);
    }

    @Override
    public void collect(int doc) throws IOException {
      int valueCount = 0;
      if (facetValues.advanceExact(doc)) {
        valueCount = facetValues.docValueCount();
        if (valueCount > ordinals.length) {
          ordinals = new long[Math.max(valueCount, ordinals.length * 2)];
        }
        for (int i = 0; i < valueCount; i++) {
          ordinals[i] = facetValues.nextOrd();
        }
      }
      int missed = requiredMask;
      if (requiredMask != 0) {
        for (int i = 0; i < valueCount; i++) {
          long ordinal = ordinals[i];
          for (int s = 0; s < selectedOrdinals.length; s++) {
            if (selectedOrdinals[s] == ordinal) {
              missed &= ~selectedFacetBits[s];
            }
          }
        }
      }
      if (missed == 0) {
        for (int i = 0; i < valueCount; i++) {
          counts[(int) ordinals[i]]++;
        }
        total++;
        pageLeaf.collect(doc);
        collectTermValues(doc);
      } else if (Integer.bitCount(missed) == 1) {
        int missedFacet = Integer.numberOfTrailingZeros(missed);
        for (int i = 0; i < valueCount; i++) {
          int ordinal = (int) ordinals[i];
          if (facetOfOrdinal[ordinal] == missedFacet) {
            counts[ordinal]++;
          }
        }
      }
    }

    private void collectTermValues(int doc) throws IOException {
      boolean histogramValue = false;
      if (termValues.advanceExact(doc)) {
        long previous = -1;
        for (int i = 0, count = termValues.docValueCount(); i < count; i++) {
          long tagged = termValues.nextValue();
          int field = NumericTerms.fieldOrdinal(tagged);
          long value = NumericTerms.scaledValue(tagged);
          if (value < min[field]) {
            min[field] = value;
          }
          if (value > max[field]) {
            max[field] = value;
          }
          if (field == histogramField && tagged != previous) {
            histogramValues.add(value);
            histogramValue = true;
          }
          previous = tagged;
        }
      }
      if (histogramField >= 0 && !histogramValue) {
        withoutHistogramValue++;
      }
    }
  }
}

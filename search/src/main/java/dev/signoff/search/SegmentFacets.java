package dev.signoff.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The facet values of one segment, decoded once: for each ordinal of the {@link
 * PrecedentMapping#FACETS} doc values, its facet and its value. Segments never change, so the
 * decoding is cached per segment core and dropped when the segment is closed; a query then counts
 * ordinals in a plain array and turns only the non-zero ones into values.
 */
final class SegmentFacets {

  private static final PrecedentFacet[] FACETS = PrecedentFacet.values();

  private static final Map<IndexReader.CacheKey, SegmentFacets> CACHE = new ConcurrentHashMap<>();

  private static final SegmentFacets EMPTY = new SegmentFacets(new byte[0], new String[0]);

  /** The facet of each ordinal, as its enum ordinal. */
  final byte[] facetOfOrdinal;

  /** The value of each ordinal without its facet prefix. */
  final String[] valueOfOrdinal;

  private SegmentFacets(byte[] facetOfOrdinal, String[] valueOfOrdinal) {
    this.facetOfOrdinal = facetOfOrdinal;
    this.valueOfOrdinal = valueOfOrdinal;
  }

  static SegmentFacets of(LeafReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return decode(reader);
    }
    IndexReader.CacheKey key = helper.getKey();
    SegmentFacets cached = CACHE.get(key);
    if (cached == null) {
      cached = decode(reader);
      if (CACHE.putIfAbsent(key, cached) == null) {
        helper.addClosedListener(CACHE::remove);
      }
    }
    return cached;
  }

  int size() {
    return facetOfOrdinal.length;
  }

  PrecedentFacet facet(int ordinal) {
    return FACETS[facetOfOrdinal[ordinal]];
  }

  private static SegmentFacets decode(LeafReader reader) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(reader, PrecedentMapping.FACETS);
    long count = values.getValueCount();
    if (count == 0) {
      return EMPTY;
    }
    byte[] facets = new byte[(int) count];
    String[] labels = new String[(int) count];
    TermsEnum terms = values.termsEnum();
    int ordinal = 0;
    for (BytesRef term = terms.next(); term != null; term = terms.next()) {
      String full = term.utf8ToString();
      int separator = full.indexOf(PrecedentMapping.SEPARATOR);
      facets[ordinal] = (byte) PrecedentFacet.valueOf(full.substring(0, separator)).ordinal();
      labels[ordinal] = full.substring(separator + 1);
      ordinal++;
    }
    return new SegmentFacets(facets, labels);
  }
}

package dev.signoff.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON that the session benchmark reads and writes in Vaadin's client protocol, as plain maps,
 * lists, strings, numbers and booleans (Jackson's untyped binding), with lenient accessors for
 * walking UIDL responses.
 */
final class SessionJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private SessionJson() {}

  /** The value in {@code text}; fails on anything that is not one JSON value. */
  static Object parse(String text) {
    try {
      return JSON.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** {@code value} written as JSON: maps, lists, strings, numbers, booleans and null. */
  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> array(Object value) {
    return value instanceof List<?> list ? (List<Object>) list : List.of();
  }

  static long number(Object value, long otherwise) {
    return value instanceof Number number ? number.longValue() : otherwise;
  }
}

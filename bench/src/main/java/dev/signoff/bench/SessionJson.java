package dev.signoff.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON that the session benchmark reads and writes in Vaadin's client protocol: objects become
 * {@link LinkedHashMap}s, arrays {@link ArrayList}s, numbers {@link Double}s. Small on purpose: the
 * benchmark module has no JSON library, and Spring Boot's basic parser is too slow for UIDL
 * responses of some hundred kilobytes.
 */
final class SessionJson {

  private final String text;
  private int position;

  private SessionJson(String text) {
    this.text = text;
  }

  /** The value in {@code text}; fails on anything that is not one JSON value. */
  static Object parse(String text) {
    SessionJson parser = new SessionJson(text);
    parser.skipSpace();
    Object value = parser.value();
    parser.skipSpace();
    if (parser.position != text.length()) {
      throw parser.error("Unexpected text after the JSON value");
    }
    return value;
  }

  /** {@code value} written as JSON: maps, lists, strings, numbers, booleans and null. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
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

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String string) {
      quote(string, out);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        quote(entry.getKey().toString(), out);
        out.append(':');
        write(entry.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("Not a JSON value: " + value.getClass());
    }
  }

  private static void quote(String string, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < string.length(); i++) {
      char c = string.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private Object value() {
    if (position >= text.length()) {
      throw error("Unexpected end of JSON");
    }
    char c = text.charAt(position);
    return switch (c) {
      case '{' -> objectValue();
      case '[' -> arrayValue();
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> numberValue();
    };
  }

  private Map<String, Object> objectValue() {
    Map<String, Object> map = new LinkedHashMap<>();
    position++;
    skipSpace();
    if (peek() == '}') {
      position++;
      return map;
    }
    while (true) {
      skipSpace();
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      map.put(key, value());
      skipSpace();
      if (peek() == ',') {
        position++;
        continue;
      }
      expect('}');
      return map;
    }
  }

  private List<Object> arrayValue() {
    List<Object> list = new ArrayList<>();
    position++;
    skipSpace();
    if (peek() == ']') {
      position++;
      return list;
    }
    while (true) {
      skipSpace();
      list.add(value());
      skipSpace();
      if (peek() == ',') {
        position++;
        continue;
      }
      expect(']');
      return list;
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      if (position >= text.length()) {
        throw error("Unterminated string");
      }
      char c = text.charAt(position++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char escaped = text.charAt(position++);
      switch (escaped) {
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
          position += 4;
        }
        default -> out.append(escaped);
      }
    }
  }

  private Double numberValue() {
    int start = position;
    while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
    if (start == position) {
      throw error("Unexpected character");
    }
    return Double.valueOf(text.substring(start, position));
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, position)) {
      throw error("Unexpected word");
    }
    position += word.length();
    return value;
  }

  private char peek() {
    if (position >= text.length()) {
      throw error("Unexpected end of JSON");
    }
    return text.charAt(position);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("Expected '" + c + "'");
    }
    position++;
  }

  private void skipSpace() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private IllegalArgumentException error(String message) {
    int from = Math.max(0, position - 40);
    int to = Math.min(text.length(), position + 40);
    return new IllegalArgumentException(
        message + " at " + position + ": ..." + text.substring(from, to) + "...");
  }
}

package dev.signoff.audit;

import java.util.Map;

/**
 * Writes an entry's details as the JSON text that is stored and hashed: one object, keys in the
 * order the event gives them, no whitespace, strings escaped the one way RFC 8259 requires (quote,
 * backslash and control characters; everything else as is). Entries whose value is null are left
 * out. The same details always give the same text.
 */
final class CanonicalJson {

  private CanonicalJson() {}

  static String write(Map<String, String> details) {
    StringBuilder json = new StringBuilder("{");
    if (details != null) {
      details.forEach(
          (key, value) -> {
            if (key != null && value != null) {
              if (json.length() > 1) {
                json.append(',');
              }
              string(json, key);
              json.append(':');
              string(json, value);
            }
          });
    }
    return json.append('}').toString();
  }

  private static void string(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        case '\b' -> json.append("\\b");
        case '\f' -> json.append("\\f");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}

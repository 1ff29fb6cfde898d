package dev.signoff.idempotency;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes two requests the same request: method, path with query, media type and the SHA-256 of
 * the body. A multipart body is hashed part by part (name, file name, media type, content), so the
 * boundary a client picks anew for each attempt does not matter.
 *
 * @param method the HTTP method
 * @param path the path and query string
 * @param hash the SHA-256 (hex) of media type and body
 * @param request the request to pass on: its body can still be read
 */
record RequestFingerprint(String method, String path, String hash, HttpServletRequest request) {

  /** The body of a non-multipart request is larger than the limit. */
  static final class BodyTooLarge extends Exception {
    BodyTooLarge() {
      super(null, null, false, false);
    }
  }

  /** The multipart body could not be parsed; the request runs unchanged and fails on its own. */
  static final class Unreadable extends Exception {
    Unreadable(Throwable cause) {
      super(cause);
    }
  }

  static RequestFingerprint of(HttpServletRequest request, long maxBodySize)
      throws BodyTooLarge, Unreadable, IOException {
    String query = request.getQueryString();
    String path = request.getRequestURI() + (query == null ? "" : "?" + query);
    MessageDigest digest = sha256();
    String contentType = request.getContentType();
    String mediaType =
        contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    update(digest, mediaType);
    HttpServletRequest passedOn = request;
    if (mediaType.startsWith("multipart/")) {
      try {
        for (Part part : request.getParts()) {
          update(digest, part.getName());
          update(digest, String.valueOf(part.getSubmittedFileName()));
          update(digest, String.valueOf(part.getContentType()));
          update(digest, hashOf(part));
        }
      } catch (ServletException | IllegalStateException | IOException unreadable) {
        throw new Unreadable(unreadable);
      }
    } else {
      byte[] body = request.getInputStream().readNBytes((int) Math.min(maxBodySize + 1, 1 << 30));
      if (body.length > maxBodySize) {
        throw new BodyTooLarge();
      }
      digest.update(body);
      passedOn = new CachedBody(request, body);
    }
    return new RequestFingerprint(
        request.getMethod(), path, HexFormat.of().formatHex(digest.digest()), passedOn);
  }

  private static String hashOf(Part part) throws IOException {
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(part.getInputStream(), digest)) {
      in.transferTo(OutputStreamSink.INSTANCE);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** A length-prefixed field, so that no two different field lists hash alike. */
  private static void update(MessageDigest digest, String field) {
    byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
    digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Discards what is written. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] bytes, int offset, int length) {}
  }

  /** A request whose body was read for hashing and is served again from memory. */
  private static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          // The whole body is in memory: it is available at once, then read to its end.
          try {
            if (!isFinished()) {
              listener.onDataAvailable();
            }
            listener.onAllDataRead();
          } catch (java.io.IOException e) {
            listener.onError(e);
          }
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = StandardCharsets.UTF_8;
      try {
        charset = encoding == null ? charset : Charset.forName(encoding);
      } catch (IllegalArgumentException unknownEncoding) {
        // read as UTF-8, as the JSON the API takes is
      }
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}

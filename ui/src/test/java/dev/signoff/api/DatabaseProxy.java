package dev.signoff.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP proxy between Signoff and PostgreSQL that can take the database away the way a
 * restart or a network failure does: cut every open connection (reset), refuse new ones (closed at
 * once) or blackhole them (accepted, never answered), and later let connections through again.
 */
final class DatabaseProxy implements AutoCloseable {

  /** What happens to a new connection. */
  enum Mode {
    FORWARD,
    REFUSE,
    BLACKHOLE
  }

  private final ServerSocket listener;
  private final String upstreamHost;
  private final int upstreamPort;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile Mode mode = Mode.FORWARD;
  private volatile boolean closed;

  DatabaseProxy(String upstreamHostAndPort) throws IOException {
    int colon = upstreamHostAndPort.lastIndexOf(':');
    this.upstreamHost = upstreamHostAndPort.substring(0, colon);
    this.upstreamPort = Integer.parseInt(upstreamHostAndPort.substring(colon + 1));
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "database-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** host:port where the proxy listens. */
  String hostAndPort() {
    return "127.0.0.1:" + listener.getLocalPort();
  }

  void mode(Mode mode) {
    this.mode = mode;
  }

  /** Resets every open connection, forwarded or blackholed, as a server that went away does. */
  void cutAll() {
    for (Socket socket : open) {
      reset(socket);
    }
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = listener.accept();
        switch (mode) {
          case REFUSE -> reset(client);
          case BLACKHOLE -> open.add(client);
          case FORWARD -> forward(client);
        }
      } catch (IOException e) {
        if (!closed) {
          System.err.println("database-proxy: " + e);
        }
      }
    }
  }

  private void forward(Socket client) {
    Socket upstream;
    try {
      upstream = new Socket();
      upstream.connect(new InetSocketAddress(upstreamHost, upstreamPort), 5_000);
    } catch (IOException e) {
      reset(client);
      return;
    }
    open.add(client);
    open.add(upstream);
    pump(client, upstream);
    pump(upstream, client);
  }

  private void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (IOException ended) {
                // one side closed or was cut
              } finally {
                reset(from);
                reset(to);
              }
            },
            "database-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private void reset(Socket socket) {
    open.remove(socket);
    try {
      if (!socket.isClosed()) {
        socket.setSoLinger(true, 0);
        socket.close();
      }
    } catch (IOException ignored) {
      // already gone
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    listener.close();
    cutAll();
  }
}

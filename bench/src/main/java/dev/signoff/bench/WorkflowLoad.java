package dev.signoff.bench;

import dev.signoff.bench.WorkflowTarget.Kind;
import dev.signoff.bench.WorkflowTarget.OpenTask;
import dev.signoff.bench.WorkflowUsers.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays the users of one run against a target, one thread each, with the same steps on every
 * target: owners keep a backlog of deals in review; reviewers read their inbox, claim a task of
 * their group (several may reach for the same one: one wins, the others get a conflict), work
 * through it and decide; managers give the final approval. Every loop ends at the end of the run.
 */
final class WorkflowLoad {

  /**
   * How the users behave.
   *
   * @param backlog deals in review at most: owners submit while fewer are open
   * @param idle how long a user waits before looking again when there is nothing to do (varied by
   *     half either way, so that users do not move in step)
   * @param think a pause between a user's steps (zero: a user acts as soon as the last answer came)
   * @param searchEvery a reviewer searches precedents after every this many tasks; owners after
   *     every this many submissions
   * @param commentEvery every this many reviews starts a comment thread
   */
  record Behaviour(int backlog, Duration idle, Duration think, int searchEvery, int commentEvery) {}

  /** Queries the reviewers and owners search for, as a reviewer would look for precedents. */
  private static final List<String> QUERIES =
      List.of(
          "liability cap",
          "breach notification",
          "data retention",
          "uptime service credits",
          "training on customer data",
          "sub-processors",
          "termination for convenience",
          "indemnification");

  private final WorkflowTarget target;
  private final WorkflowUsers users;
  private final WorkflowRecorder recorder;
  private final Behaviour behaviour;
  private final AtomicInteger openDeals = new AtomicInteger();
  private final AtomicInteger submissions = new AtomicInteger();
  private volatile long end;

  WorkflowLoad(
      WorkflowTarget target, WorkflowUsers users, WorkflowRecorder recorder, Behaviour behaviour) {
    this.target = target;
    this.users = users;
    this.recorder = recorder;
    this.behaviour = behaviour;
  }

  /** Runs the users for the warm-up and the measured time, and waits for every one of them. */
  void run(Duration warmUp, Duration measured) throws Exception {
    long start = System.nanoTime();
    recorder.window(start + warmUp.toNanos(), start + warmUp.plus(measured).toNanos());
    end = start + warmUp.plus(measured).toNanos();
    List<User> all = users.all();
    ExecutorService threads = Executors.newFixedThreadPool(all.size());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        User user = all.get(i);
        SplittableRandom random = new SplittableRandom(31L * i + 7);
        running.add(threads.submit(() -> play(user, random)));
      }
      for (Future<?> user : running) {
        // Bounded: a user stops starting steps at the end; a step ends within its timeouts.
        user.get(warmUp.plus(measured).toSeconds() + 180, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private Void play(User user, SplittableRandom random) throws InterruptedException {
    int done = 0;
    while (System.nanoTime() < end) {
      boolean worked =
          switch (user.role()) {
            case OWNER -> submit(user, random);
            case REVIEWER -> review(user, random, done);
            case MANAGER -> approve(user, random);
          };
      if (worked) {
        done++;
        pause(behaviour.think(), random);
      } else {
        pause(behaviour.idle(), random);
      }
    }
    return null;
  }

  private boolean submit(User owner, SplittableRandom random) {
    if (openDeals.incrementAndGet() > behaviour.backlog()) {
      openDeals.decrementAndGet();
      return false;
    }
    int sequence = submissions.incrementAndGet();
    if (target.submit(owner, sequence) == null) {
      openDeals.decrementAndGet();
    }
    if (sequence % behaviour.searchEvery() == 0) {
      target.searchPrecedents(owner, QUERIES.get(random.nextInt(QUERIES.size())));
    }
    return true;
  }

  private boolean review(User reviewer, SplittableRandom random, int done) {
    OpenTask task = claimOne(reviewer, random, Kind.REVIEW, Kind.PRE_SIGNOFF);
    if (task == null) {
      return false;
    }
    if (task.kind() == Kind.REVIEW) {
      target.review(reviewer, task, (done + 1) % behaviour.commentEvery() == 0);
    } else {
      target.confirmPreSignoff(reviewer, task);
    }
    if ((done + 1) % behaviour.searchEvery() == 0) {
      target.searchPrecedents(reviewer, QUERIES.get(random.nextInt(QUERIES.size())));
    }
    return true;
  }

  private boolean approve(User manager, SplittableRandom random) {
    OpenTask task = claimOne(manager, random, Kind.FINAL_APPROVAL);
    if (task == null) {
      return false;
    }
    if (target.approveFinally(manager, task)) {
      openDeals.decrementAndGet();
    }
    return true;
  }

  /**
   * Reads the inbox and claims one of the first few unclaimed tasks of the user's group: users of
   * one group reach for the same tasks, as people working down one list do.
   */
  private OpenTask claimOne(User user, SplittableRandom random, Kind... kinds) {
    List<OpenTask> inbox = target.inbox(user);
    if (inbox == null) {
      return null;
    }
    List<OpenTask> claimable = new ArrayList<>();
    for (OpenTask task : inbox) {
      if (task.assignee() == null
          && user.group().equals(task.group())
          && List.of(kinds).contains(task.kind())) {
        claimable.add(task);
        if (claimable.size() == 3) {
          break;
        }
      }
    }
    if (claimable.isEmpty()) {
      return null;
    }
    pause(behaviour.think(), random);
    OpenTask task = claimable.get(random.nextInt(claimable.size()));
    return target.claim(user, task) ? task : null;
  }

  private static void pause(Duration typical, SplittableRandom random) {
    long millis = typical.toMillis();
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis / 2 + random.nextLong(millis + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

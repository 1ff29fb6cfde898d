package dev.signoff.operations;

import java.time.Instant;
import java.util.List;

/**
 * One process instance of a deal and where it stands.
 *
 * @param id the instance's id
 * @param definitionId the model version it runs
 * @param started when it started
 * @param ended when it ended, or null while it runs
 * @param activeActivities the model elements it waits in now (empty once ended)
 * @param incidentActivities the model elements with an open incident
 */
public record ProcessInstanceState(
    String id,
    String definitionId,
    Instant started,
    Instant ended,
    List<String> activeActivities,
    List<String> incidentActivities) {

  public boolean running() {
    return ended == null;
  }
}

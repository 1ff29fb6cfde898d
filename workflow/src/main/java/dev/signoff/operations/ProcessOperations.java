package dev.signoff.operations;

import dev.signoff.problem.SignoffProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What operators need from the engine, for admins only: incidents and failed jobs with retry, the
 * process instances of a deal with where they wait, and the model drawn with that position. The
 * only user of the engine's {@link ManagementService}; it reads the runtime and never starts, moves
 * or ends an instance.
 */
@Service
@PreAuthorize("hasRole('admin')")
public class ProcessOperations {

  private static final Logger log = LoggerFactory.getLogger(ProcessOperations.class);
  private static final int MOST_LISTED = 500;
  private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

  private final RuntimeService runtime;
  private final ManagementService management;
  private final RepositoryService repository;
  private final HistoryService history;

  ProcessOperations(
      RuntimeService runtime,
      ManagementService management,
      RepositoryService repository,
      HistoryService history) {
    this.runtime = runtime;
    this.management = management;
    this.repository = repository;
    this.history = history;
  }

  /** Open incidents, newest first (at most 500). */
  public List<ProcessIncident> incidents() {
    List<Incident> incidents =
        runtime.createIncidentQuery().orderByIncidentTimestamp().desc().listPage(0, MOST_LISTED);
    Map<String, String> deals =
        dealsOf(incidents.stream().map(Incident::getProcessInstanceId).collect(Collectors.toSet()));
    return incidents.stream()
        .map(
            incident ->
                new ProcessIncident(
                    incident.getId(),
                    incident.getIncidentType(),
                    incident.getIncidentMessage(),
                    incident.getActivityId(),
                    incident.getProcessInstanceId(),
                    deals.get(incident.getProcessInstanceId()),
                    Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())
                        ? incident.getConfiguration()
                        : null,
                    incident.getIncidentTimestamp().toInstant()))
        .toList();
  }

  /** Jobs without retries left or whose last attempt threw, soonest due first (at most 500). */
  public List<FailedJob> failedJobs() {
    Map<String, Job> failed = new LinkedHashMap<>();
    management
        .createJobQuery()
        .noRetriesLeft()
        .orderByJobDuedate()
        .asc()
        .listPage(0, MOST_LISTED)
        .forEach(job -> failed.put(job.getId(), job));
    management
        .createJobQuery()
        .withException()
        .orderByJobDuedate()
        .asc()
        .listPage(0, MOST_LISTED)
        .forEach(job -> failed.putIfAbsent(job.getId(), job));
    Map<String, String> deals =
        dealsOf(
            failed.values().stream().map(Job::getProcessInstanceId).collect(Collectors.toSet()));
    return failed.values().stream()
        .limit(MOST_LISTED)
        .map(
            job ->
                new FailedJob(
                    job.getId(),
                    activityOf(job),
                    job.getProcessInstanceId(),
                    deals.get(job.getProcessInstanceId()),
                    job.getRetries(),
                    job.getExceptionMessage(),
                    job.getDuedate() == null ? null : job.getDuedate().toInstant()))
        .toList();
  }

  /**
   * Gives a failed job one more attempt; the engine's job executor runs it and resolves its
   * incident.
   *
   * @throws SignoffProblem 404 when there is no such job (it ran or its instance ended meanwhile)
   */
  public void retry(String jobId) {
    if (jobId == null || management.createJobQuery().jobId(jobId).count() == 0) {
      throw new SignoffProblem(
          HttpStatus.NOT_FOUND, "Job not found", "There is no job " + jobId + " any more.");
    }
    management.setJobRetries(jobId, 1);
    log.info("Operations: job {} gets another attempt", jobId);
  }

  /** The deal's process instances, oldest first, with where each waits and its incidents. */
  public List<ProcessInstanceState> instancesOf(UUID dealId) {
    List<ProcessInstanceState> states = new ArrayList<>();
    for (HistoricProcessInstance instance :
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(dealId.toString())
            .orderByProcessInstanceStartTime()
            .asc()
            .list()) {
      boolean running = instance.getEndTime() == null;
      List<String> active =
          running
              ? runtime.getActiveActivityIds(instance.getId()).stream()
                  .map(id -> id.replace(MULTI_INSTANCE_BODY, ""))
                  .distinct()
                  .sorted()
                  .toList()
              : List.of();
      List<String> incidents =
          runtime.createIncidentQuery().processInstanceId(instance.getId()).list().stream()
              .map(Incident::getActivityId)
              .distinct()
              .sorted()
              .toList();
      states.add(
          new ProcessInstanceState(
              instance.getId(),
              instance.getProcessDefinitionId(),
              instance.getStartTime().toInstant(),
              running ? null : instance.getEndTime().toInstant(),
              active,
              incidents));
    }
    return states;
  }

  /**
   * The instance's model as SVG, drawn from its diagram's coordinates, with the elements it waits
   * in and those with an incident highlighted.
   */
  public String diagramOf(ProcessInstanceState instance) {
    return diagram(
        instance.definitionId(), instance.activeActivities(), instance.incidentActivities());
  }

  /** A deployed model as SVG with the given elements highlighted as active or failed. */
  public String diagram(
      String definitionId, Collection<String> active, Collection<String> incidents) {
    return ProcessDiagramSvg.render(
        repository.getBpmnModelInstance(definitionId), Set.copyOf(active), Set.copyOf(incidents));
  }

  /** The model element of the job, from its job definition. */
  private String activityOf(Job job) {
    if (job.getJobDefinitionId() == null) {
      return null;
    }
    var definition =
        management
            .createJobDefinitionQuery()
            .jobDefinitionId(job.getJobDefinitionId())
            .singleResult();
    return definition == null ? null : definition.getActivityId();
  }

  private Map<String, String> dealsOf(Set<String> processInstanceIds) {
    Set<String> ids =
        processInstanceIds.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return Map.of();
    }
    return runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
        .filter(instance -> instance.getBusinessKey() != null)
        .collect(
            Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey, (a, b) -> a));
  }
}

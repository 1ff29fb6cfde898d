package dev.signoff.inbox;

/**
 * The three statements each involved stakeholder confirms in the pre-signoff review.
 *
 * @param contractMatchesDeployment the contract reflects the deployment we actually plan
 * @param riskAcceptable the risk is acceptable for the business and the domain
 * @param monitoringInPlace monitoring and governance are in place from day one
 */
public record Confirmations(
    boolean contractMatchesDeployment, boolean riskAcceptable, boolean monitoringInPlace) {

  public boolean all() {
    return contractMatchesDeployment && riskAcceptable && monitoringInPlace;
  }
}

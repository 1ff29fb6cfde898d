package dev.signoff.review;

import org.camunda.bpm.dmn.engine.impl.type.DefaultDataTypeTransformerRegistry;
import org.camunda.bpm.dmn.engine.impl.type.IdentityDataTypeTransformer;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Teaches the decision engine the {@code StringList} type of the routing tables (the deal's use
 * case domains and data categories), so lists pass to FEEL unchanged instead of as an unknown type.
 */
@Component
class RoutingDataTypes extends AbstractProcessEnginePlugin {

  static final String STRING_LIST = "stringlist";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    new DefaultDataTypeTransformerRegistry()
        .addTransformer(STRING_LIST, new IdentityDataTypeTransformer());
  }
}

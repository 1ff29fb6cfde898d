package dev.signoff.checklist;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where checklist definitions come from besides those packaged with the server.
 *
 * @param overrideDirectory optional directory, e.g. {@code ./data/checklists}; each {@code
 *     checklist-v<N>.yaml} in it adds version N or replaces the packaged version N
 */
@ConfigurationProperties("signoff.checklist")
public record ChecklistProperties(Path overrideDirectory) {}

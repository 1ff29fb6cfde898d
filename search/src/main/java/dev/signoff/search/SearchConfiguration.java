package dev.signoff.search;

import java.io.IOException;
import java.nio.file.Files;
import org.apache.lucene.store.FSDirectory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

  @Bean(destroyMethod = "close")
  PrecedentIndex precedentIndex(SearchProperties properties) throws IOException {
    Files.createDirectories(properties.directory());
    return new PrecedentIndex(FSDirectory.open(properties.directory()), properties);
  }
}

package dev.signoff;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Signoff server: review workflow for contracts with AI / small language model vendors. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SignoffApplication {

  public static void main(String[] args) {
    SpringApplication.run(SignoffApplication.class, args);
  }
}

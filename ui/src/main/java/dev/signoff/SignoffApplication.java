package dev.signoff;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Signoff server: review workflow for contracts with AI / small language model vendors. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SignoffApplication {

  /**
   * The JDK's own XML parser factories, named. Without the name every new parser (Apache POI opens
   * several for each DOCX upload) searches the whole class path for another implementation first,
   * and the class path provides none.
   */
  private static final String[][] XML_FACTORIES = {
    {
      "javax.xml.parsers.SAXParserFactory",
      "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl"
    },
    {
      "javax.xml.parsers.DocumentBuilderFactory",
      "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl"
    }
  };

  public static void main(String[] args) {
    for (String[] factory : XML_FACTORIES) {
      if (System.getProperty(factory[0]) == null) {
        System.setProperty(factory[0], factory[1]);
      }
    }
    SpringApplication.run(SignoffApplication.class, args);
  }
}

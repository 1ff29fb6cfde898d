package dev.signoff.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Input the API refuses before any feature sees it: JSON of the wrong type (a number or a boolean
 * where text is expected, text where a number or boolean is), and text that is not text (see {@link
 * SafeText}) in a JSON string, a query parameter, a path variable, a multipart text part or an
 * uploaded file's name. Each is answered 400 with a problem.
 */
@Configuration(proxyBeanMethods = false)
class StrictInput implements WebMvcConfigurer {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJsonTypes() {
    return builder ->
        builder
            .modulesToInstall(modules -> modules.add(safeStrings()))
            .postConfigurer(
                mapper -> {
                  mapper
                      .coercionConfigFor(LogicalType.Textual)
                      .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                  for (LogicalType type :
                      new LogicalType[] {
                        LogicalType.Integer, LogicalType.Float, LogicalType.Boolean
                      }) {
                    mapper
                        .coercionConfigFor(type)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
                  }
                  mapper
                      .coercionConfigFor(LogicalType.Boolean)
                      .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                  mapper
                      .coercionConfigFor(LogicalType.Integer)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                });
  }

  /** JSON strings that are not text are refused while the request body is read. */
  static SimpleModule safeStrings() {
    SimpleModule module = new SimpleModule("signoff-safe-strings");
    module.addDeserializer(
        String.class,
        new StringDeserializer() {
          @Override
          public String deserialize(JsonParser parser, DeserializationContext context)
              throws IOException {
            String value = super.deserialize(parser, context);
            if (!SafeText.isSafe(value)) {
              return (String)
                  context.handleWeirdStringValue(
                      String.class,
                      value,
                      "a string with a control character, NUL, unpaired surrogate or"
                          + " non-character");
            }
            return value;
          }
        });
    return module;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new SafeParameters()).addPathPatterns("/api/**");
  }

  /** Checks query parameters, path variables, multipart text parts and file names. */
  static class SafeParameters implements HandlerInterceptor {
    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler)
        throws IOException, ServletException {
      request
          .getParameterMap()
          .forEach(
              (name, values) -> {
                SafeText.require(name, "A parameter name");
                for (String value : values) {
                  SafeText.require(value, "The parameter '" + name + "'");
                }
              });
      if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
          instanceof Map<?, ?> variables) {
        variables.forEach(
            (name, value) ->
                SafeText.require(String.valueOf(value), "The path variable '" + name + "'"));
      }
      if (request instanceof MultipartHttpServletRequest multipart) {
        for (MultipartFile file : multipart.getFileMap().values()) {
          SafeText.require(file.getOriginalFilename(), "The file name");
        }
        for (Part part : request.getParts()) {
          if (part.getSubmittedFileName() == null) {
            SafeText.require(strictUtf8(part), "The part '" + part.getName() + "'");
          }
        }
      }
      return true;
    }

    /** A text part's content, refused unless it is well-formed UTF-8. */
    private static String strictUtf8(Part part) throws IOException {
      try (InputStream in = part.getInputStream()) {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(in.readAllBytes()))
            .toString();
      } catch (CharacterCodingException malformed) {
        throw new IllegalArgumentException(
            "The part '" + part.getName() + "' is not well-formed UTF-8 text.");
      }
    }
  }
}

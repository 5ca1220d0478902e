package org.casebook.server.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import org.casebook.kernel.TextRule;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How request bodies are read: strictly, so that what is recorded is what the client meant. One JSON value and
 * nothing after it, no key twice, no coercion between kinds (a number or a boolean where text is expected, a
 * fraction where a whole number is, an epoch number or an empty string where a time is), and every text held to
 * {@link TextRule}. Each refusal names the field (400, {@link RequestProblems}).
 */
@Configuration
public class StrictJson {

    /** What a value of each kind may not be read from: a coercion between kinds, refused. */
    private static final Map<LogicalType, List<CoercionInputShape>> REFUSED_COERCIONS = Map.of(
            LogicalType.Textual, List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                                         CoercionInputShape.Boolean),
            LogicalType.Integer, List.of(CoercionInputShape.Float, CoercionInputShape.String,
                                         CoercionInputShape.EmptyString),
            LogicalType.Boolean, List.of(CoercionInputShape.Integer, CoercionInputShape.String,
                                         CoercionInputShape.EmptyString),
            LogicalType.DateTime, List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                                          CoercionInputShape.EmptyString),
            LogicalType.Enum, List.of(CoercionInputShape.EmptyString),
            LogicalType.Float, List.of(CoercionInputShape.EmptyString, CoercionInputShape.Boolean));

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                                  DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                                  DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                                  DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                                  StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature())
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .modulesToInstall(new SimpleModule("casebook-strict")
                                          .addDeserializer(String.class, new Texts())
                                          .addDeserializer(Instant.class, new WrittenOut<>(Instant.class,
                                                  InstantDeserializer.INSTANT))
                                          .addDeserializer(LocalDate.class, new WrittenOut<>(LocalDate.class,
                                                  LocalDateDeserializer.INSTANCE)))
                .postConfigurer(mapper -> REFUSED_COERCIONS.forEach((type, shapes) -> shapes.forEach(
                        shape -> mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail))));
    }

    /** Every JSON text of a request, held to the one rule for texts. */
    static final class Texts extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            String problem = TextRule.problemWith(text);
            if (problem != null) {
                throw new RefusedText(parser, problem);
            }
            return text;
        }
    }

    /** A time or date only as ISO-8601 text: never an epoch number, an array of fields or an empty string. */
    static final class WrittenOut<T> extends StdDeserializer<T> {

        private final JsonDeserializer<? extends T> iso;

        WrittenOut(Class<T> type, JsonDeserializer<? extends T> iso) {
            super(type);
            this.iso = iso;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING) || parser.getText().isBlank()) {
                throw MismatchedInputException.from(parser, handledType(), "not ISO-8601 text");
            }
            return iso.deserialize(parser, context);
        }
    }

    /** A text the rule refuses; the path Jackson adds on the way out names its field. */
    public static final class RefusedText extends MismatchedInputException {

        RefusedText(JsonParser parser, String problem) {
            super(parser, problem, String.class);
        }
    }
}

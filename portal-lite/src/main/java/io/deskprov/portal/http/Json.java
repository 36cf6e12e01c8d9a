package io.deskprov.portal.http;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** JSON in and out. Unknown members are refused so that a misspelt field never passes silently. */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private Json() {
    }

    /**
     * Reads a request body.
     *
     * @throws ApiException 400 {@code INVALID_JSON} naming what is wrong, never echoing the body
     */
    public static <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw ApiException.badRequest("INVALID_JSON", "a JSON body is required");
        }
        try {
            final T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw ApiException.badRequest("INVALID_JSON", "a JSON object is required");
            }
            return value;
        } catch (ValueInstantiationException e) {
            // Our records check their values as they are made; their messages name field and rule.
            final Throwable cause = e.getCause();
            final String detail = cause instanceof NullPointerException ? "missing value: " + cause.getMessage()
                                  : cause != null ? cause.getMessage() : "invalid value";
            throw ApiException.badRequest("INVALID_INPUT", String.valueOf(detail));
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("INVALID_JSON", "unknown property '" + e.getPropertyName() + "'");
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("INVALID_JSON", "malformed JSON or wrong type at "
                    + e.getLocation().offsetDescription());
        } catch (IOException e) {
            throw ApiException.badRequest("INVALID_JSON", "unreadable body");
        }
    }

    /** Reads a value stored by the portal itself, such as a cart line's payload. */
    public static <T> T readStored(String text, Class<T> type) {
        try {
            return MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not read as " + type.getSimpleName(), e);
        }
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static String writeString(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}

package nl.kring.privacy;

import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The download as JSON (machine-readable, to take elsewhere: GDPR article 20). */
final class PersonalDataJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private PersonalDataJson() {
    }

    static byte[] render(PersonalDataExport export) {
        try {
            return JSON.writeValueAsBytes(export);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package nl.kring.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.streams.UploadHandler;
import nl.kring.base.ui.LimitedUpload;
import org.junit.jupiter.api.Test;

/**
 * Uploads are limited by the server (ASVS V12.1.1): Vaadin's multipart parser (TransferUtil) stops reading a file at
 * the handler's {@code getFileSizeMax} and a request at {@code getRequestSizeMax}, whatever the browser was told.
 */
class LimitedUploadTest {

    @Test
    void theHandlerCarriesTheLimitForTheServer() {
        UploadHandler handler = LimitedUpload.inMemory(25L * 1024 * 1024, (metadata, bytes) -> { });

        assertThat(handler.getFileSizeMax()).isEqualTo(25L * 1024 * 1024);
        assertThat(handler.getRequestSizeMax()).isEqualTo(25L * 1024 * 1024 + 64 * 1024);
        assertThat(handler.getFileCountMax()).isEqualTo(1);
        assertThat(UploadHandler.inMemory((metadata, bytes) -> { }).getFileSizeMax()).as("Vaadin's default: no limit").isEqualTo(-1);
    }
}

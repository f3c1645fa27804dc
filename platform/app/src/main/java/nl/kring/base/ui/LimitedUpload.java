package nl.kring.base.ui;

import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * An upload kept in memory, with its size limit enforced by the server (Vaadin's multipart parser stops reading at
 * {@code maxBytes}), not only by the browser's {@code Upload.setMaxFileSize}: a client that ignores the browser check
 * cannot make Kring read more (ASVS V12.1.1).
 */
public final class LimitedUpload {

    private LimitedUpload() {
    }

    public static UploadHandler inMemory(long maxBytes, InMemoryUploadCallback callback) {
        return new InMemoryUploadHandler(callback) {
            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }

            @Override
            public long getRequestSizeMax() {
                return maxBytes + 64 * 1024;
            }

            @Override
            public long getFileCountMax() {
                return 1;
            }
        };
    }
}

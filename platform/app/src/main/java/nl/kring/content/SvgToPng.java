package nl.kring.content;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;

import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.transcoder.ErrorHandler;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.batik.util.ParsedURL;
import org.w3c.dom.Document;
import org.xml.sax.SAXParseException;

/**
 * Rasterises a diagram's SVG document to PNG on the server, for downloads: at twice the drawing's size so it prints
 * crisply, at most {@value #MAX_SIDE} pixels a side (keeping its proportions), on white. The SVG comes from a plugin,
 * so it is not trusted: nothing outside the document is loaded (images, style sheets, other documents, scripts) and
 * no script runs. A document that needs something from outside itself is refused, as a malformed one is. Batik draws
 * SVG 1.1; the one SVG 2 feature diagrams rely on, labels with a halo ({@code paint-order}), is made SVG 1.1 first
 * ({@link StrokeFirst}).
 */
public final class SvgToPng {

    /** The largest width or height of a PNG, in pixels. */
    public static final int MAX_SIDE = 4000;
    private static final float SCALE = 2f;
    /** Where the document says it is (Batik's style sheets need an address): nowhere, so nothing resolves against it. */
    private static final String DOCUMENT_URI = "about:blank";

    private SvgToPng() {
    }

    /**
     * The PNG of an SVG document.
     *
     * @throws IllegalArgumentException when the document is not SVG that can be drawn on its own; the message says why
     */
    public static byte[] convert(String svg) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        SafeTranscoder transcoder = new SafeTranscoder();
        try {
            TranscoderInput input = new TranscoderInput(new StringReader(svg));
            input.setURI(DOCUMENT_URI);
            transcoder.transcode(input, new TranscoderOutput(png));
        } catch (TranscoderException | RuntimeException e) {
            String reason = transcoder.refused == null ? reason(e)
                    : "it refers to " + transcoder.refused + ", outside the document, and nothing outside it is loaded";
            throw new IllegalArgumentException("This SVG cannot be drawn as a PNG: " + reason, e);
        }
        return png.toByteArray();
    }

    /** The first cause's own words (a parser's, with its line), not the wrappers' that Batik puts around them. */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (next(cause) != null && next(cause) != cause) {
            cause = next(cause);
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
        return cause instanceof SAXParseException parse && parse.getLineNumber() > 0
                ? reason + " (line " + parse.getLineNumber() + ")" : reason;
    }

    private static Throwable next(Throwable e) {
        return e instanceof TranscoderException t && t.getException() != null ? t.getException() : e.getCause();
    }

    /** Batik's PNG transcoder with the limits above; one per conversion (a transcoder keeps state). */
    private static final class SafeTranscoder extends PNGTranscoder {

        /** The first reference outside the document that was refused, if any. */
        private ParsedURL refused;

        SafeTranscoder() {
            addTranscodingHint(KEY_BACKGROUND_COLOR, Color.WHITE);
            addTranscodingHint(KEY_MAX_WIDTH, (float) MAX_SIDE);
            addTranscodingHint(KEY_MAX_HEIGHT, (float) MAX_SIDE);
            addTranscodingHint(KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
            addTranscodingHint(KEY_EXECUTE_ONLOAD, Boolean.FALSE);
            setErrorHandler(STRICT);
        }

        @Override
        protected void transcode(Document document, String uri, TranscoderOutput output) throws TranscoderException {
            StrokeFirst.apply(document);
            super.transcode(document, uri, output);
        }

        /** The drawing's own size, scaled; the maximum-size hints then cap it. */
        @Override
        protected void setImageSize(float docWidth, float docHeight) {
            super.setImageSize(docWidth * SCALE, docHeight * SCALE);
        }

        @Override
        protected UserAgent createUserAgent() {
            return new SVGAbstractTranscoderUserAgent() {
                @Override
                public ScriptSecurity getScriptSecurity(String scriptType, ParsedURL scriptUrl, ParsedURL documentUrl) {
                    return new NoLoadScriptSecurity(scriptType);
                }

                @Override
                public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resourceUrl, ParsedURL documentUrl) {
                    return () -> {
                        if (refused == null) {
                            refused = resourceUrl;
                        }
                        throw new SecurityException(resourceUrl + " is outside the document and is not loaded");
                    };
                }

                /** As Batik's, but without printing the stack trace to the console, and keeping the cause. */
                @Override
                public void displayError(Exception e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            };
        }
    }

    /** Every error stops the conversion; warnings (such as an unknown attribute) do not. */
    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void error(TranscoderException e) throws TranscoderException {
            throw e;
        }

        @Override
        public void fatalError(TranscoderException e) throws TranscoderException {
            throw e;
        }

        @Override
        public void warning(TranscoderException e) {
            // Batik draws what it can; a warning does not change what the PNG shows.
        }
    };
}

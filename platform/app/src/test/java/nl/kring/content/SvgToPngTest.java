package nl.kring.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SvgToPngTest {

    private static final String SVG = "xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"";
    private static final int WHITE = 0xFFFFFFFF;
    private static final int GREEN = 0xFF00AA00;
    private static final int WHITE_OPAQUE_STROKE = 0xFFEEEEEE;

    /** Stands in for anything outside the document: it records every request it gets. */
    private HttpServer outside;
    private final List<String> requested = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startOutsideServer() throws IOException {
        outside = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        outside.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        outside.start();
    }

    @AfterEach
    void stopOutsideServer() {
        outside.stop(0);
    }

    @Test
    void drawsAtTwiceTheDrawingsSizeOnWhite() throws IOException {
        byte[] png = SvgToPng.convert("""
                <svg %s width="100" height="50">
                  <rect x="50" y="0" width="50" height="50" fill="#00aa00"/>
                </svg>""".formatted(SVG));

        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
        BufferedImage image = read(png);
        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getHeight()).isEqualTo(100);
        assertThat(image.getRGB(10, 50)).as("the transparent part is white").isEqualTo(WHITE);
        assertThat(image.getRGB(150, 50)).isEqualTo(GREEN);
    }

    @Test
    void aViewBoxIsScaledIntoTheDoubledSize() throws IOException {
        BufferedImage image = read(SvgToPng.convert("""
                <svg %s width="300" height="150" viewBox="0 0 600 300">
                  <rect x="300" y="0" width="300" height="300" fill="#00aa00"/>
                </svg>""".formatted(SVG)));

        assertThat(image.getWidth()).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(300);
        assertThat(image.getRGB(150, 150)).isEqualTo(WHITE);
        assertThat(image.getRGB(450, 150)).isEqualTo(GREEN);
    }

    @Test
    void aLargeDrawingIsCappedAtTheMaximumSideKeepingItsProportions() throws IOException {
        BufferedImage image = read(SvgToPng.convert("<svg %s width=\"5000\" height=\"1000\"/>".formatted(SVG)));

        assertThat(image.getWidth()).isEqualTo(SvgToPng.MAX_SIDE);
        assertThat(image.getHeight()).isEqualTo(800);
    }

    @ParameterizedTest
    @ValueSource(strings = {"paint-order=\"stroke\"", "style=\"paint-order: stroke markers\""})
    void aShapePaintedStrokeFirstKeepsItsFillOverTheInnerHalfOfItsStroke(String strokeFirst) throws IOException {
        BufferedImage image = read(SvgToPng.convert(haloedSquare(strokeFirst)));

        assertThat(image.getRGB(14, 40)).as("inside the edge: the fill, painted after the stroke").isEqualTo(GREEN);
        assertThat(image.getRGB(6, 40)).as("outside the edge: the stroke").isEqualTo(WHITE_OPAQUE_STROKE);
    }

    @Test
    void aShapePaintedInTheNormalOrderHasItsStrokeOverItsFill() throws IOException {
        BufferedImage image = read(SvgToPng.convert(haloedSquare("paint-order=\"normal\"")));

        assertThat(image.getRGB(14, 40)).isEqualTo(WHITE_OPAQUE_STROKE);
    }

    /** A green square with a thick light stroke in a group with the given paint order, at (5,5)–(35,35). */
    private static String haloedSquare(String paintOrder) {
        return """
                <svg %s width="40" height="40">
                  <rect width="40" height="40" fill="#000000"/>
                  <g %s stroke="#eeeeee" stroke-width="10">
                    <rect id="square" x="5" y="5" width="30" height="30" fill="#00aa00"/>
                  </g>
                </svg>""".formatted(SVG, paintOrder);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<image x=\"0\" y=\"0\" width=\"10\" height=\"10\" xlink:href=\"%s/picture.png\"/>",
            "<use xlink:href=\"%s/other.svg#shape\"/>",
            "<rect width=\"10\" height=\"10\" fill=\"url(%s/other.svg#gradient)\"/>",
            "<style type=\"text/css\">@import url(%s/style.css);</style>"})
    void aReferenceToSomethingOutsideTheDocumentIsRefusedWithoutFetchingIt(String reference) {
        String svg = "<svg %s width=\"20\" height=\"20\">%s</svg>".formatted(SVG, reference.formatted(outsideUrl()));

        Throwable refused = catchThrowable(() -> SvgToPng.convert(svg));

        assertThat(requested).isEmpty();
        assertThat(refused).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("This SVG cannot be drawn as a PNG: it refers to " + outsideUrl() + "/")
                .hasMessageEndingWith(", outside the document, and nothing outside it is loaded");
    }

    @Test
    void anExternalEntityIsNotFetched() throws IOException {
        String svg = """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY secret SYSTEM "%s/secret.txt">]>
                <svg %s width="20" height="20"><text y="10">&secret;</text></svg>""".formatted(outsideUrl(), SVG);

        BufferedImage image = read(SvgToPng.convert(svg));

        assertThat(requested).isEmpty();
        assertThat(image.getWidth()).isEqualTo(40);
    }

    @Test
    void scriptsAreNeitherFetchedNorRun() throws IOException {
        BufferedImage image = read(SvgToPng.convert("""
                <svg %s width="20" height="20" onload="document.getElementById('box').setAttribute('fill', 'red')">
                  <script type="application/java-archive" xlink:href="%s/payload.jar"/>
                  <script type="text/ecmascript">document.getElementById('box').setAttribute('fill', 'red');</script>
                  <rect id="box" width="20" height="20" fill="#00aa00"/>
                </svg>""".formatted(SVG, outsideUrl())));

        assertThat(requested).isEmpty();
        assertThat(image.getRGB(20, 20)).as("the rectangle keeps its own colour").isEqualTo(GREEN);
    }

    @Test
    void malformedSvgIsRefusedWithTheParsersReason() {
        assertThatThrownBy(() -> SvgToPng.convert("<svg %s width=\"20\" height=\"20\"><rect></svg>".formatted(SVG)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("This SVG cannot be drawn as a PNG: ")
                .hasMessageContaining("\"rect\"").hasMessageEndingWith("(line 1)");
    }

    @Test
    void aDocumentThatIsNotSvgIsRefused() {
        assertThatThrownBy(() -> SvgToPng.convert("<html><body>not a drawing</body></html>"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("This SVG cannot be drawn as a PNG: ");
    }

    private String outsideUrl() {
        return "http://127.0.0.1:" + outside.getAddress().getPort();
    }

    private static BufferedImage read(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG that ImageIO can read").isNotNull();
        return image;
    }
}

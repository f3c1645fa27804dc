package nl.kring.certification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.google.zxing.BinaryBitmap;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import nl.kring.account.CurrentUser;
import nl.kring.assessment.QuizAttemptGraded;
import nl.kring.assessment.QuizSession;
import nl.kring.assessment.RefresherService;
import nl.kring.learning.ActivityCompleted;
import nl.kring.support.KaribuSpringTest;
import nl.kring.support.MutableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Certificates over simulated time: issued when met, due for renewal, renewed with new evidence, expired, verified. */
class CertificationIT extends KaribuSpringTest {

    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
    private static final MutableClock CLOCK = new MutableClock(START);

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return CLOCK;
        }
    }

    @Autowired
    CertificationService certification;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RenewalReminders reminders;

    @Autowired
    AccreditationLedger ledger;

    @Autowired
    nl.kring.assessment.QuizService quizzes;

    @Autowired
    nl.kring.learning.LearningService learning;

    @Autowired
    nl.kring.catalog.CatalogService catalog;

    private static final GreenMail MAIL = nl.kring.support.TestMail.start();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        nl.kring.support.TestMail.use(MAIL, registry);
    }

    @AfterAll
    static void stopMailServer() {
        MAIL.stop();
    }

    private long attempts = 7000;

    @BeforeEach
    void aLearnerWithoutEvidenceOrCertificates() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        jdbc.update("delete from certificate");
        jdbc.update("delete from accreditation_entry");
        jdbc.update("delete from competence_evidence");
        CLOCK.advance(Duration.between(CLOCK.instant(), START));
        signIn("learner", Locale.ENGLISH);
    }

    @Test
    void meetingAProgrammeIssuesACertificateWhosePdfAndCodeCanBeVerified() throws Exception {
        assertThat(basis().latest()).isEmpty();
        assertThat(basis().met()).isFalse();

        meetTheFoundationsProgramme();

        ProgrammeStatus basis = basis();
        assertThat(basis.met()).isTrue();
        IssuedCertificate certificate = basis.latest().orElseThrow();
        assertThat(certificate.status()).isEqualTo(IssuedCertificate.Status.VALID);
        assertThat(certificate.holderName()).isEqualTo("Sanne de Vries");
        assertThat(certificate.issuedAt()).isEqualTo(START);
        assertThat(certificate.validUntil()).isEqualTo(START.atOffset(ZoneOffset.UTC).plusMonths(24).toInstant());
        assertThat(certificate.code()).matches("KR-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        assertThat(certificate.points()).isEqualTo(4.0);
        assertThat(certification.myCertificates()).hasSize(1);
        assertThat(other().latest()).isEmpty();

        byte[] pdf = certification.pdf(certificate.id(), Locale.ENGLISH).orElseThrow();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Certificate", "Sanne de Vries", "Foundations of network-oriented care",
                    "Issued on:", "November 22, 2026", "Valid until:", "November 22, 2028",
                    "4 (Register Verslavingskunde Nederland)", certificate.code(),
                    "http://localhost:8080/verify/" + certificate.code());
            assertThat(qrCodeOf(document.getPage(0))).isEqualTo("http://localhost:8080/verify/" + certificate.code());
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 60),
                    "png", java.nio.file.Path.of("target/screenshots/52-certificate-pdf-en.png").toFile());
        }

        SecurityContextHolder.clearContext();
        assertThat(certification.verify(certificate.code())).hasValueSatisfying(found -> {
            assertThat(found.holderName()).isEqualTo("Sanne de Vries");
            assertThat(found.valid()).isTrue();
        });
        assertThat(certification.verify(certificate.code().toLowerCase(Locale.ROOT).replace("-", " "))).isPresent();
        assertThat(certification.verify("KR-2222-2222-2222")).isEmpty();
    }

    @Test
    void aCertificateComesDueForRenewalIsRenewedWithNewEvidenceAndLaterExpires() {
        meetTheFoundationsProgramme();
        IssuedCertificate first = basis().latest().orElseThrow();

        CLOCK.advance(days(600));
        meetTheFoundationsProgramme();
        assertThat(basis().latest().orElseThrow().status()).as("20 months: not yet in the 90-day window")
                .isEqualTo(IssuedCertificate.Status.VALID);
        assertThat(certification.myCertificates()).hasSize(1);

        CLOCK.advance(days(100));
        ProgrammeStatus due = basis();
        assertThat(due.latest().orElseThrow().status()).isEqualTo(IssuedCertificate.Status.RENEWAL_DUE);
        assertThat(due.renewable()).isTrue();

        meetTheFoundationsProgramme();
        IssuedCertificate renewed = basis().latest().orElseThrow();
        assertThat(renewed.code()).isNotEqualTo(first.code());
        assertThat(renewed.status()).isEqualTo(IssuedCertificate.Status.VALID);
        assertThat(renewed.validUntil()).as("continues from the old expiry date")
                .isEqualTo(first.validUntil().atOffset(ZoneOffset.UTC).plusMonths(24).toInstant());
        assertThat(certification.myCertificates()).hasSize(2);

        CLOCK.advance(Duration.between(CLOCK.instant(), renewed.validUntil()).plus(days(1)));
        assertThat(basis().latest().orElseThrow().status()).isEqualTo(IssuedCertificate.Status.EXPIRED);
        SecurityContextHolder.clearContext();
        assertThat(certification.verify(renewed.code())).hasValueSatisfying(found -> assertThat(found.valid()).isFalse());
    }

    @Test
    void theVerificationPageConfirmsACertificateWithoutSigningInAndShowsNoMoreThanNeeded() {
        meetTheFoundationsProgramme();
        String code = basis().latest().orElseThrow().code();
        SecurityContextHolder.clearContext();

        UI.getCurrent().navigate("verify/" + code);

        String shown = _get(Div.class, spec -> spec.withId("verify-result")).getElement().getTextRecursively();
        assertThat(shown).contains("This certificate is genuine and valid.", "Holder: Sanne de Vries",
                "Foundations of network-oriented care", code).doesNotContain("learner", "@");
        UI.getCurrent().navigate("verify/KR-2222-2222-2222");
        assertThat(_get(Div.class, spec -> spec.withId("verify-result")).getElement().getTextRecursively())
                .contains("No certificate has this code");
    }

    @Test
    void whenTheRenewalWindowOpensTheLearnerIsRemindedOnceByEmailAndInTheApp() throws Exception {
        meetTheFoundationsProgramme();
        assertThat(reminders.remind()).as("24 months to go").isZero();

        CLOCK.advance(days(700));
        assertThat(reminders.remind()).isEqualTo(1);
        assertThat(reminders.remind()).as("once").isZero();

        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("learner@demo.kring.example");
        assertThat(received[0].getSubject()).isEqualTo("Je certificaat 'Basis naastengericht werken' verloopt op 22 november 2028");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Beste Sanne de Vries", "korte opfrisser",
                "http://localhost:8080/my-certificates");

        assertThat(certification.dueForRenewal()).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(IssuedCertificate.Status.RENEWAL_DUE));
        UI.getCurrent().navigate("my-learning");
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getTextRecursively()).contains("expires on November 22, 2028"));
        UI.getCurrent().navigate("my-certificates");
        assertThat(NotificationsKt.getNotifications()).as("once per session").hasSize(1);
    }

    @Test
    void completingACourseEntersItsPointsInTheLedgerOnceWithCertificatesPerYearAndAsCsv() {
        long me = currentUser.require().id();
        jdbc.update("delete from quiz_attempt where user_id = ?", me);
        List<String> lessonIds = catalog.outline("naasten-betrekken", Locale.ENGLISH).orElseThrow().lessons().stream()
                .map(nl.kring.catalog.LessonRef::id).toList();
        lessonIds.forEach(id -> learning.markDone("naasten-betrekken", id, "1.0.0"));
        assertThat(ledger.mine()).as("lessons done, quizzes not passed yet").isEmpty();

        List<String> quizIds = catalog.outline("naasten-betrekken", Locale.ENGLISH).orElseThrow().modules().stream()
                .flatMap(m -> m.quizzes().stream()).map(nl.kring.catalog.QuizRef::id).toList();
        for (String quiz : quizIds) {
            jdbc.update("insert into quiz_attempt (user_id, course_id, quiz_id, course_version, attempt_number, started_at,"
                    + " submitted_at, score, passed) values (?, 'naasten-betrekken', ?, '1.0.0', 1, ?, ?, 0.9, true)",
                    me, quiz, java.sql.Timestamp.from(START), java.sql.Timestamp.from(START));
            publish(new QuizAttemptGraded(me, "naasten-betrekken", quiz, "1.0.0", attempts++, 0.9, true, List.of(), START));
        }
        meetTheFoundationsProgramme();

        List<LedgerLine> lines = ledger.mine();
        assertThat(lines).extracting(LedgerLine::kind).containsExactlyInAnyOrder(LedgerLine.Kind.COURSE, LedgerLine.Kind.CERTIFICATE);
        assertThat(lines).extracting(LedgerLine::points).containsExactlyInAnyOrder(1.0, 4.0);
        String csv = ledger.csv();
        assertThat(csv).startsWith("date,year,kind,title,points,register,reference\r\n")
                .containsPattern("2026-11-22,2026,course,Naasten betrekken: de basis,1,,naasten-betrekken [0-9.]+\r\n")
                .contains(",2026,certificate,Basis naastengericht werken / Foundations of network-oriented care,4,"
                        + "Register Verslavingskunde Nederland,KR-");

        publish(new QuizAttemptGraded(me, "naasten-betrekken", "toets-basis", "1.0.0", attempts++, 1.0, true, List.of(), START));
        assertThat(ledger.mine()).as("a course earns its points once").hasSize(2);
        assertThat(nl.kring.base.Csv.field("=SUM(A1)")).isEqualTo("\"'=SUM(A1)\"");
        assertThat(nl.kring.base.Csv.field("a \"b\", c")).isEqualTo("\"a \"\"b\"\", c\"");
    }

    @Test
    void aRefresherAsksTheQuestionsThatWentWorstAndOnlyPassingItRenewsTheCertificate() {
        long me = currentUser.require().id();
        jdbc.update("delete from quiz_attempt where user_id = ?", me);
        meetTheFoundationsProgramme();
        QuizSession quiz = quizzes.startOrResume("naasten-betrekken", "toets-basis", Locale.ENGLISH);
        List<String> wrong = quiz.questions().stream().filter(q -> q.leaf().item().competences().containsKey("network-involvement"))
                .filter(q -> !q.leaf().inCase().isPresent()).limit(2).map(q -> q.leaf().id()).toList();
        wrong.forEach(id -> quizzes.saveAnswer(quiz.attemptId(), id, List.of("not-an-option")));
        quizzes.submit(quiz.attemptId(), Locale.ENGLISH);

        CLOCK.advance(days(700));
        List<RefresherService.RefresherRef> made = certification.startRefresher("naasten-basis", Locale.ENGLISH);
        assertThat(made).as("one refresher per course with questions on the programme's competences")
                .extracting(RefresherService.RefresherRef::courseId).contains("naasten-betrekken").doesNotHaveDuplicates();
        RefresherService.RefresherRef foundations = made.stream().filter(r -> r.courseId().equals("naasten-betrekken"))
                .findFirst().orElseThrow();
        assertThat(foundations.questions()).isBetween(3, 10);
        QuizSession refresher = quizzes.startOrResume("naasten-betrekken", foundations.quizId(), Locale.ENGLISH);
        assertThat(refresher.quiz().quiz().title().in("en", "en")).isEqualTo("Refresher: Foundations of network-oriented care");
        assertThat(refresher.questions().subList(0, 2)).extracting(q -> q.leaf().id()).as("the questions answered wrongly come first")
                .containsExactlyInAnyOrder("toets-basis~" + wrong.get(0), "toets-basis~" + wrong.get(1));
        assertThat(refresher.questions()).allSatisfy(q -> assertThat(q.leaf().item().competences().keySet())
                .containsAnyOf("network-involvement", "family-wellbeing", "genogram"));

        quizzes.submit(refresher.attemptId(), Locale.ENGLISH);
        assertThat(certification.myCertificates()).as("a failed refresher renews nothing").hasSize(1);

        publish(new QuizAttemptGraded(me, "naasten-betrekken", foundations.quizId(), "1.0.0", attempts++, 1.0, true, List.of(
                new QuizAttemptGraded.ItemScore("toets-basis~a", 1.0, Map.of("network-involvement", 1)),
                new QuizAttemptGraded.ItemScore("toets-basis~b", 1.0, Map.of("family-wellbeing", 1)),
                new QuizAttemptGraded.ItemScore("toets-basis~c", 1.0, Map.of("genogram", 1))), CLOCK.instant()));
        assertThat(certification.myCertificates()).as("a passed refresher renews").hasSize(2);
        assertThat(basis().latest().orElseThrow().status()).isEqualTo(IssuedCertificate.Status.VALID);
    }

    /** Network involvement 2 (a passed quiz with case questions), family wellbeing 1, genogram 2 (the build exercise). */
    private void meetTheFoundationsProgramme() {
        long me = currentUser.require().id();
        Instant now = CLOCK.instant();
        publish(new QuizAttemptGraded(me, "naasten-betrekken", "toets-basis", "1.0.0", attempts++, 0.9, true, List.of(
                new QuizAttemptGraded.ItemScore("a", 1.0, Map.of("network-involvement", 2)),
                new QuizAttemptGraded.ItemScore("b", 1.0, Map.of("family-wellbeing", 1))), now));
        publish(new ActivityCompleted(me, "naasten-betrekken", "genogram-bouwen", "1.0.0", attempts++, 1.0,
                Map.of("genogram", 2), now));
    }

    private ProgrammeStatus basis() {
        return certification.mine(Locale.ENGLISH).stream().filter(p -> p.programme().id().equals("naasten-basis")).findFirst()
                .orElseThrow();
    }

    private ProgrammeStatus other() {
        return certification.mine(Locale.ENGLISH).stream().filter(p -> p.programme().id().equals("naasten-gespreksvoering"))
                .findFirst().orElseThrow();
    }

    private void publish(Object event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }

    /** Reads the QR code drawn on the page back, as a phone would. */
    private static String qrCodeOf(PDPage page) throws Exception {
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                BufferedImage picture = image.getImage();
                int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
                return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels)))).getText();
            }
        }
        throw new IOException("no image on the page");
    }
}

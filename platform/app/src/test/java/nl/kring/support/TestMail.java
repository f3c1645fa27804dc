package nl.kring.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A real SMTP server in the test JVM (GreenMail) for tests that check the e-mails Kring sends. */
public final class TestMail {

    private TestMail() {
    }

    /** Starts a server on a free port; stop it when the test class is done. */
    public static GreenMail start() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    /** Points Kring's mail settings at the server. */
    public static void use(GreenMail mail, DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
    }
}

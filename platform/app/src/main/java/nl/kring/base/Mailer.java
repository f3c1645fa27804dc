package nl.kring.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Plain-text e-mail from Kring through the SMTP server configured with {@code spring.mail.*}, from
 * {@code kring.mail.from}; Kring runs without one, and callers decide what to do when nothing could be sent.
 */
@Component
public class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    /** What became of a message. */
    public enum Outcome {
        SENT,
        /** No mail server is configured. */
        NO_SERVER,
        /** The mail server refused it or could not be reached. */
        FAILED
    }

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> mail, @Value("${kring.mail.from:Kring <noreply@kring.example>}") String from) {
        this.mail = mail;
        this.from = from;
    }

    public Outcome send(String to, String subject, String text) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return Outcome.NO_SERVER;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
            return Outcome.SENT;
        } catch (MailException e) {
            LOG.warn("E-mail '{}' could not be sent: {}", subject, e.getMessage());
            return Outcome.FAILED;
        }
    }
}

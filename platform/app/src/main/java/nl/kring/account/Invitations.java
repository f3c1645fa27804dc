package nl.kring.account;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import nl.kring.base.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites people: an account with a one-time password (a new one must be chosen at the first sign-in), sent by
 * e-mail through {@code spring.mail.*}. Without a mail server, or when the mail server refuses, the administrator is
 * given the one-time password once, to hand over in person.
 */
@Service
public class Invitations {

    private static final Logger LOG = LoggerFactory.getLogger(Invitations.class);

    private final AccountService accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final String publicUrl;

    Invitations(AccountService accounts, ObjectProvider<JavaMailSender> mail,
                @Value("${kring.mail.from:Kring <noreply@kring.example>}") String from,
                @Value("${kring.public-url:http://localhost:8080}") String publicUrl) {
        this.accounts = accounts;
        this.mail = mail;
        this.from = from;
        this.publicUrl = publicUrl.replaceAll("/$", "");
    }

    /**
     * What became of an invitation.
     *
     * @param oneTimePassword present only when it could not be e-mailed: show it to the administrator once
     */
    public record Invited(UserSummary user, boolean emailed, Optional<String> oneTimePassword) {
    }

    /**
     * Creates the account and sends the invitation.
     *
     * @throws IllegalArgumentException for a taken user name or an e-mail address that is not one
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Invited invite(String username, String displayName, String email, Set<Role> roles, String language) {
        String password = FirstAdministrator.randomPassword();
        UserSummary user = accounts.createAccount(username, displayName, password, roles, true);
        accounts.changeEmail(user.id(), email);
        boolean emailed = send(user, email, password, language);
        return new Invited(user, emailed, emailed ? Optional.empty() : Optional.of(password));
    }

    private boolean send(UserSummary user, String email, String password, String language) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || email == null || email.isBlank()) {
            return false;
        }
        boolean dutch = !"en".equals(language);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(dutch ? "Je account voor Kring" : "Your Kring account");
        message.setText(dutch
                ? "Beste " + user.displayName() + ",\n\nEr is een account voor je gemaakt in Kring, het trainingsplatform voor"
                + " naastengerichte verslavingszorg.\n\nAanmelden: " + publicUrl + "/login\nGebruikersnaam: " + user.username()
                + "\nEenmalig wachtwoord: " + password + "\n\nBij de eerste keer aanmelden kies je een eigen wachtwoord.\n\nKring\n"
                : "Dear " + user.displayName() + ",\n\nAn account was made for you in Kring, the training platform for"
                + " network-oriented addiction care.\n\nSign in: " + publicUrl + "/login\nUser name: " + user.username()
                + "\nOne-time password: " + password + "\n\nYou choose your own password the first time you sign in.\n\nKring\n");
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            LOG.warn("The invitation for {} could not be sent: {}", user.username(), e.getMessage());
            return false;
        }
    }
}

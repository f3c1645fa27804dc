package nl.kring.account;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import nl.kring.base.Mailer;
import nl.kring.base.PublicAddress;
import nl.kring.base.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites people: an account with a one-time password (a new one must be chosen at the first sign-in), sent by
 * e-mail through {@code spring.mail.*}. Without a mail server, or when the mail server refuses, the administrator is
 * given the one-time password once, to hand over in person.
 */
@Service
public class Invitations {

    private final AccountService accounts;
    private final Mailer mailer;
    private final PublicAddress address;

    Invitations(AccountService accounts, Mailer mailer, PublicAddress address) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.address = address;
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
        if (email == null || email.isBlank()) {
            return false;
        }
        boolean dutch = !"en".equals(language);
        return mailer.send(email, dutch ? "Je account voor Kring" : "Your Kring account", dutch
                ? "Beste " + user.displayName() + ",\n\nEr is een account voor je gemaakt in Kring, het trainingsplatform voor"
                + " naastengerichte verslavingszorg.\n\nAanmelden: " + address.of("login") + "\nGebruikersnaam: " + user.username()
                + "\nEenmalig wachtwoord: " + password + "\n\nBij de eerste keer aanmelden kies je een eigen wachtwoord.\n\nKring\n"
                : "Dear " + user.displayName() + ",\n\nAn account was made for you in Kring, the training platform for"
                + " network-oriented addiction care.\n\nSign in: " + address.of("login") + "\nUser name: " + user.username()
                + "\nOne-time password: " + password + "\n\nYou choose your own password the first time you sign in.\n\nKring\n")
                == Mailer.Outcome.SENT;
    }
}

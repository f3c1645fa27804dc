package nl.kring.account;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import nl.kring.base.Mailer;
import nl.kring.base.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites people: an account without a password and a single-use link (valid a week) to choose one, sent by e-mail
 * through {@code spring.mail.*}. Without a mail server, or when the mail server refuses, the administrator is given
 * the link once, to hand over in person. Nobody ever sees or sends a password.
 */
@Service
public class Invitations {

    private final AccountService accounts;
    private final PasswordReset links;
    private final Mailer mailer;

    Invitations(AccountService accounts, PasswordReset links, Mailer mailer) {
        this.accounts = accounts;
        this.links = links;
        this.mailer = mailer;
    }

    /**
     * What became of an invitation.
     *
     * @param link present only when it could not be e-mailed: show it to the administrator once
     */
    public record Invited(UserSummary user, boolean emailed, Optional<String> link) {
    }

    /**
     * Creates the account and sends the invitation.
     *
     * @throws IllegalArgumentException for a taken user name or an e-mail address that is not one
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Invited invite(String username, String displayName, String email, Set<Role> roles, String language) {
        AccountService.AccountWithLink created = accounts.createWithLink(username, displayName, roles, TokenPurpose.INVITATION);
        UserSummary user = created.user();
        accounts.changeEmail(user.id(), email);
        String link = links.link(created.token());
        boolean emailed = send(user, email, link, language);
        return new Invited(user, emailed, emailed ? Optional.empty() : Optional.of(link));
    }

    private boolean send(UserSummary user, String email, String link, String language) {
        if (email == null || email.isBlank()) {
            return false;
        }
        boolean dutch = !"en".equals(language);
        return mailer.send(email, dutch ? "Je account voor Kring" : "Your Kring account", dutch
                ? "Beste " + user.displayName() + ",\n\nEr is een account voor je gemaakt in Kring, het trainingsplatform voor"
                + " naastengerichte verslavingszorg. Je gebruikersnaam is " + user.username() + ".\n\nKies binnen een week je"
                + " wachtwoord via deze link (hij werkt één keer):\n\n" + link + "\n\nKring\n"
                : "Dear " + user.displayName() + ",\n\nAn account was made for you in Kring, the training platform for"
                + " network-oriented addiction care. Your user name is " + user.username() + ".\n\nChoose your password within a"
                + " week through this link (it works once):\n\n" + link + "\n\nKring\n")
                == Mailer.Outcome.SENT;
    }
}

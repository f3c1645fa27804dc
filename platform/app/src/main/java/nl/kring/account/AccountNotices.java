package nl.kring.account;

import nl.kring.base.Mailer;
import nl.kring.base.PublicAddress;
import org.springframework.stereotype.Component;

/**
 * Tells people by e-mail when their password or e-mail address changed (ASVS V2.2.3, V2.5.5), so that a change they did
 * not make does not go unnoticed. Never includes the password or a link that signs in; only where to go if it was not
 * them. Without an address or a mail server nothing is sent.
 */
@Component
class AccountNotices {

    private final Mailer mailer;
    private final PublicAddress address;

    AccountNotices(Mailer mailer, PublicAddress address) {
        this.mailer = mailer;
        this.address = address;
    }

    void passwordChanged(UserAccount account) {
        account.getEmail().ifPresent(to -> send(to, account, dutch(account)
                ? "Je Kring-wachtwoord is gewijzigd" : "Your Kring password was changed", dutch(account)
                ? "Het wachtwoord van je Kring-account '" + account.getUsername() + "' is zojuist gewijzigd, en je bent overal elders"
                + " afgemeld.\n\nWas jij dit niet? Kies dan meteen een nieuw wachtwoord via " + address.of("forgot-password")
                + " en laat het je beheerder weten."
                : "The password of your Kring account '" + account.getUsername() + "' was just changed, and you were signed out"
                + " everywhere else.\n\nWas this not you? Choose a new password straight away at " + address.of("forgot-password")
                + " and tell your administrator."));
    }

    void emailChanged(UserAccount account, String oldAddress) {
        if (oldAddress == null || oldAddress.isBlank()) {
            return;
        }
        send(oldAddress, account, dutch(account) ? "Je e-mailadres in Kring is gewijzigd" : "Your e-mail address in Kring was changed",
                dutch(account)
                ? "Het e-mailadres van je Kring-account '" + account.getUsername() + "' is gewijzigd; berichten gaan voortaan naar het"
                + " nieuwe adres.\n\nWist je hier niet van? Laat het je beheerder weten."
                : "The e-mail address of your Kring account '" + account.getUsername() + "' was changed; messages now go to the new"
                + " address.\n\nDid you not know about this? Tell your administrator.");
    }

    private void send(String to, UserAccount account, String subject, String body) {
        mailer.send(to, subject, (dutch(account) ? "Beste " : "Dear ") + account.getDisplayName() + ",\n\n" + body + "\n\nKring\n");
    }

    private static boolean dutch(UserAccount account) {
        return !"en".equals(account.getPreferredLanguage());
    }
}

package nl.kring.account;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a user is, for processes that act on the system's behalf without anyone signed in (issuing a certificate,
 * sending a reminder). Screens use {@link AccountService}, whose methods check the signed-in user's role.
 */
@Component
public class AccountDirectory {

    private final UserAccountRepository accounts;

    AccountDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> find(long userId) {
        return accounts.findById(userId).map(UserAccount::summary);
    }

    /** Display names of these users, in one query. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> names(java.util.Collection<Long> userIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        accounts.findAllById(userIds).forEach(a -> names.put(a.summary().id(), a.summary().displayName()));
        return names;
    }

    /** Where to send a user reminders, with the language they chose (Dutch when none); empty without an address. */
    @Transactional(readOnly = true)
    public Optional<MailAddress> mailAddress(long userId) {
        return accounts.findById(userId).flatMap(account -> account.getEmail().map(email -> new MailAddress(email,
                account.summary().displayName(), account.getPreferredLanguage() == null ? "nl" : account.getPreferredLanguage())));
    }

    /** An e-mail address with the person's name and language. */
    public record MailAddress(String email, String name, String language) {
    }
}

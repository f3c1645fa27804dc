package nl.kring.account;

import java.util.Locale;
import java.util.Optional;

import nl.kring.base.UserPreferences;
import org.springframework.stereotype.Component;

/** Gives the shared layout the signed-in user's name and language without it depending on accounts. */
@Component
class AccountUserPreferences implements UserPreferences {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    AccountUserPreferences(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public Optional<String> displayName() {
        return currentUser.get().map(UserSummary::displayName);
    }

    @Override
    public Optional<Locale> preferredLocale() {
        return currentUser.get().isPresent() ? accounts.preferredLanguage() : Optional.empty();
    }

    @Override
    public void savePreferredLocale(Locale locale) {
        accounts.savePreferredLanguage(locale);
    }
}

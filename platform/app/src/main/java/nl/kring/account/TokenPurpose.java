package nl.kring.account;

import java.time.Duration;

/** Why a single-use link to choose a password was made, and how long it stays valid. */
enum TokenPurpose {
    /** "Forgot your password?": valid one hour. */
    RESET(Duration.ofHours(1)),
    /** An invitation to a new account: valid a week. */
    INVITATION(Duration.ofDays(7)),
    /** The first administrator's account, printed to the log at the first start: valid a day. */
    FIRST_ADMINISTRATOR(Duration.ofHours(24));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    Duration validity() {
        return validity;
    }
}

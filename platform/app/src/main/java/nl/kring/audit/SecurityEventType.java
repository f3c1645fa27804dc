package nl.kring.audit;

/** The kinds of security event Kring records. */
public enum SecurityEventType {
    SIGN_IN,
    SIGN_IN_FAILED,
    /** Too many failed sign-ins for one account: it is locked for a while. */
    ACCOUNT_LOCKED,
    /** Too many failed sign-ins from one network address: it is blocked for a while. */
    ADDRESS_BLOCKED,
    SIGN_OUT,
    /** A user ended all their sessions, on every device. */
    SIGNED_OUT_EVERYWHERE,
    /** A session was ended by Kring: its absolute time limit passed or the user's sessions were revoked. */
    SESSION_ENDED,
    PASSWORD_CHANGED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    ACCOUNT_CREATED,
    ROLES_CHANGED,
    EMAIL_CHANGED,
    PLUGIN_CHANGED,
    /** A signed-in user was refused a page or a service call their roles do not allow. */
    ACCESS_DENIED,
    PERSONAL_DATA_EXPORTED,
    ACCOUNT_ERASED
}

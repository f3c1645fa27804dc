package nl.kring.base;

import java.time.ZoneId;

/**
 * Kring's calendar: dates shown to people, written on certificates and in exports, and the days and years of
 * deadlines and ledgers are those of the Netherlands.
 */
public final class KringTime {

    /** The zone id, for annotations that need a constant. */
    public static final String ZONE_ID = "Europe/Amsterdam";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private KringTime() {
    }
}

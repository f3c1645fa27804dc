package nl.kring.certification;

/** Accreditation points as people write them: {@code 4}, {@code 1.5}. */
public final class Points {

    private Points() {
    }

    public static String format(double points) {
        return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
    }
}

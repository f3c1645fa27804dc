package nl.kring.genogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.kring.genogram.Genogram.ChildKind;
import nl.kring.genogram.Genogram.CoupleStatus;
import nl.kring.genogram.Genogram.Marker;
import nl.kring.genogram.Genogram.RelationType;
import nl.kring.genogram.Genogram.Sex;
import nl.kring.genogram.NetworkMap.LinkType;

/**
 * The drawing of symbols and lines after McGoldrick, Gerson &amp; Petry, shared by the genogram, the network map
 * and their legends.
 *
 * <ul>
 *   <li>male: square; female: circle; other gender: diamond; unknown: diamond with a question mark; pregnancy:
 *   triangle; miscarriage: small filled circle; an organisation (network map): rounded rectangle;</li>
 *   <li>index person: a second outline around the symbol; deceased: a cross through the symbol;</li>
 *   <li>substance misuse: the lower half filled; mental illness: the left half filled (both: three quarters);
 *   in recovery: the lower half hatched (instead of filled);</li>
 *   <li>emotional relationships: close a double line, fused a triple line, distant a dotted line, conflict a zigzag,
 *   cut-off a line broken by two bars, abuse a zigzag with an arrow towards the one abused, hostile-close a double
 *   line with a zigzag; each also has its own colour, but never only a colour.</li>
 * </ul>
 */
final class Symbols {

    static final String INK = "#222222";
    static final String PAPER = "#ffffff";
    static final String HOUSEHOLD = "#1565c0";

    private Symbols() {
    }

    /** The pattern for "in recovery", once per drawing. */
    /**
     * A new drawing: the {@code <svg>} element with its size, its accessible name and description, the shared
     * definitions and a white sheet; the caller draws on it and closes it.
     */
    static Svg document(double width, double height, String prefix, String title, String desc) {
        Svg svg = new Svg();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "role", "img", "aria-labelledby",
                prefix + "title " + prefix + "desc", "width", width, "height", height, "viewBox",
                Svg.d(0, 0, width, height));
        svg.text("title", title, "id", prefix + "title");
        svg.text("desc", desc, "id", prefix + "desc");
        defs(svg, prefix);
        svg.empty("rect", "x", 0, "y", 0, "width", width, "height", height, "fill", PAPER);
        return svg;
    }

    static void defs(Svg svg, String prefix) {
        svg.open("defs");
        svg.open("pattern", "id", prefix + "hatch", "width", 6, "height", 6, "patternUnits", "userSpaceOnUse",
                "patternTransform", "rotate(45)");
        svg.empty("line", "x1", 0, "y1", 0, "x2", 0, "y2", 6, "stroke", INK, "stroke-width", 2.5);
        svg.close();
        svg.close();
    }

    /** The half-size of the symbol of {@code sex} drawn at half-size {@code h}, as far as it reaches up. */
    static double top(Sex sex, double h) {
        return switch (sex) {
            case OTHER, UNKNOWN -> h * 1.2;
            case PREGNANCY -> h * 0.8;
            case MISCARRIAGE -> h * 0.35;
            default -> h;
        };
    }

    /**
     * Draws a person's symbol centred at {@code (x, y)} with half-size {@code h}.
     *
     * @param prefix the id prefix of the drawing's pattern
     */
    static void person(Svg svg, String prefix, Sex sex, boolean organisation, double x, double y, double h,
                       Set<Marker> markers, boolean index, boolean deceased) {
        svg.open("g");
        if (sex == Sex.MISCARRIAGE) {
            svg.empty("circle", "cx", x, "cy", y, "r", h * 0.35, "fill", INK, "stroke", INK, "stroke-width", 1.5);
            if (deceased) {
                cross(svg, x, y, h * 0.6);
            }
            svg.close();
            return;
        }
        shape(svg, sex, organisation, x, y, h, PAPER, "none", 0);
        boolean recovery = markers.contains(Marker.RECOVERY);
        if (markers.contains(Marker.SUBSTANCE) && !recovery) {
            half(svg, sex, organisation, x, y, h, true, INK);
        }
        if (recovery) {
            half(svg, sex, organisation, x, y, h, true, "url(#" + prefix + "hatch)");
        }
        if (markers.contains(Marker.MENTAL_ILLNESS)) {
            half(svg, sex, organisation, x, y, h, false, INK);
        }
        shape(svg, sex, organisation, x, y, h, "none", INK, 2);
        if (sex == Sex.UNKNOWN && !organisation) {
            svg.text("text", "?", "x", x, "y", y + 5, "text-anchor", "middle", "font-size", 14, "font-weight", "bold",
                    "fill", INK, "stroke", PAPER, "stroke-width", 3, "paint-order", "stroke");
        }
        if (index) {
            shape(svg, sex, organisation, x, y, h + 5, "none", INK, 2);
        }
        if (deceased) {
            cross(svg, x, y, top(sex, h) + 3);
        }
        svg.close();
    }

    private static void cross(Svg svg, double x, double y, double r) {
        svg.empty("path", "d", Svg.d("M", x - r, y - r, "L", x + r, y + r, "M", x + r, y - r, "L", x - r, y + r),
                "stroke", INK, "stroke-width", 2);
    }

    private static void shape(Svg svg, Sex sex, boolean organisation, double x, double y, double h, String fill,
                              String stroke, double width) {
        Object w = width == 0 ? null : width;
        Object s = width == 0 ? null : stroke;
        if (organisation) {
            svg.empty("rect", "x", x - h * 1.3, "y", y - h * 0.8, "width", h * 2.6, "height", h * 1.6, "rx", 8,
                    "fill", fill, "stroke", s, "stroke-width", w);
            return;
        }
        switch (sex) {
            case MALE -> svg.empty("rect", "x", x - h, "y", y - h, "width", 2 * h, "height", 2 * h, "fill", fill,
                    "stroke", s, "stroke-width", w);
            case FEMALE -> svg.empty("circle", "cx", x, "cy", y, "r", h, "fill", fill, "stroke", s, "stroke-width", w);
            case PREGNANCY -> {
                double t = h * 0.8;
                svg.empty("polygon", "points", Svg.points(x, y - t, x + t, y + t * 0.8, x - t, y + t * 0.8),
                        "fill", fill, "stroke", s, "stroke-width", w);
            }
            default -> {
                double t = h * 1.2;
                svg.empty("polygon", "points", Svg.points(x, y - t, x + t, y, x, y + t, x - t, y), "fill", fill,
                        "stroke", s, "stroke-width", w);
            }
        }
    }

    /** Fills the lower ({@code lower}) or left half of a symbol. */
    private static void half(Svg svg, Sex sex, boolean organisation, double x, double y, double h, boolean lower,
                             String fill) {
        if (organisation) {
            double w = h * 1.3;
            double v = h * 0.8;
            svg.empty("rect", "x", x - w, "y", lower ? y : y - v, "width", lower ? 2 * w : w, "height",
                    lower ? v : 2 * v, "fill", fill);
            return;
        }
        switch (sex) {
            case MALE -> svg.empty("rect", "x", x - h, "y", lower ? y : y - h, "width", lower ? 2 * h : h, "height",
                    lower ? h : 2 * h, "fill", fill);
            case FEMALE -> svg.empty("path", "d", lower
                    ? Svg.d("M", x - h, y, "A", h, h, 0, 0, 0, x + h, y, "Z")
                    : Svg.d("M", x, y - h, "A", h, h, 0, 0, 0, x, y + h, "Z"), "fill", fill);
            case PREGNANCY -> {
                double t = h * 0.8;
                double w = t * 0.5556;
                svg.empty("polygon", "points", lower
                        ? Svg.points(x - w, y, x + w, y, x + t, y + t * 0.8, x - t, y + t * 0.8)
                        : Svg.points(x, y - t, x, y + t * 0.8, x - t, y + t * 0.8), "fill", fill);
            }
            default -> {
                double t = h * 1.2;
                svg.empty("polygon", "points", lower ? Svg.points(x - t, y, x + t, y, x, y + t)
                        : Svg.points(x, y - t, x, y + t, x - t, y), "fill", fill);
            }
        }
    }

    /** A couple line (without slashes) from {@code (x1, top)} down to {@code y}, across and up to {@code (x2, top)}. */
    static void coupleLine(Svg svg, double x1, double top1, double x2, double top2, double y, boolean everMarried,
                           boolean known) {
        String dash = known && !everMarried ? "7 4" : null;
        svg.empty("path", "d", Svg.d("M", x1, top1, "V", y, "H", x2, "V", top2), "fill", "none", "stroke",
                known ? INK : "#777777", "stroke-width", known ? 2 : 1.2, "stroke-dasharray", dash);
    }

    /** One slash (separated) or two (divorced) across a couple line at {@code (x, y)}. */
    static void slashes(Svg svg, double x, double y, CoupleStatus status) {
        if (status == CoupleStatus.SEPARATED) {
            slash(svg, x, y);
        } else if (status == CoupleStatus.DIVORCED) {
            slash(svg, x - 4, y);
            slash(svg, x + 4, y);
        }
    }

    private static void slash(Svg svg, double x, double y) {
        svg.empty("line", "x1", x - 5, "y1", y + 8, "x2", x + 5, "y2", y - 8, "stroke", INK, "stroke-width", 2);
    }

    /** The dash pattern of a child line: solid for a biological child, dashed adopted, dotted foster. */
    static String childDash(ChildKind kind) {
        return switch (kind) {
            case ADOPTED -> "6 4";
            case FOSTER -> "2 3";
            default -> null;
        };
    }

    static String colour(RelationType type) {
        return switch (type) {
            case CLOSE -> "#2e7d32";
            case FUSED -> "#1b5e20";
            case DISTANT -> "#616161";
            case CONFLICT -> "#c62828";
            case CUT_OFF -> "#37474f";
            case ABUSE -> "#6a1b9a";
            case HOSTILE_CLOSE -> "#e65100";
        };
    }

    static String colour(LinkType type) {
        return switch (type) {
            case SUPPORT -> "#2e7d32";
            case STRESS -> "#ef6c00";
            case CONFLICT -> "#c62828";
        };
    }

    /** An emotional relationship along a straight line from {@code (x1, y1)} to {@code (x2, y2)}. */
    static void relation(Svg svg, RelationType type, double x1, double y1, double x2, double y2) {
        relation(svg, type, new double[] {x1, y1, x2, y2});
    }

    /** An emotional relationship along the polyline {@code pts} (x, y, x, y …), from the first person to the second. */
    static void relation(Svg svg, RelationType type, double[] pts) {
        double len = length(pts);
        if (len < 1) {
            return;
        }
        svg.open("g", "stroke", colour(type), "fill", "none", "stroke-width", 2, "stroke-linejoin", "round");
        switch (type) {
            case CLOSE -> {
                line(svg, offset(pts, -3));
                line(svg, offset(pts, 3));
            }
            case FUSED -> {
                line(svg, offset(pts, -5));
                line(svg, pts);
                line(svg, offset(pts, 5));
            }
            case DISTANT -> svg.empty("polyline", "points", Svg.points(pts), "stroke-dasharray", "2 6",
                    "stroke-linecap", "round", "stroke-width", 2.5);
            case CONFLICT -> line(svg, zigzag(pts, 0, len));
            case CUT_OFF -> {
                line(svg, part(pts, 0, len / 2 - 5));
                line(svg, part(pts, len / 2 + 5, len));
                for (double at : new double[] {len / 2 - 5, len / 2 + 5}) {
                    double[] p = pointAt(pts, at);
                    double[] n = normalAt(pts, at);
                    svg.empty("line", "x1", p[0] - n[0] * 9, "y1", p[1] - n[1] * 9, "x2", p[0] + n[0] * 9, "y2",
                            p[1] + n[1] * 9, "stroke-width", 2.5);
                }
            }
            case ABUSE -> {
                line(svg, zigzag(pts, 0, len - 11));
                double[] tip = pointAt(pts, len);
                double[] n = normalAt(pts, len);
                double ux = n[1];
                double uy = -n[0];
                svg.empty("polygon", "points", Svg.points(tip[0], tip[1], tip[0] - ux * 12 + n[0] * 6,
                        tip[1] - uy * 12 + n[1] * 6, tip[0] - ux * 12 - n[0] * 6, tip[1] - uy * 12 - n[1] * 6),
                        "fill", colour(type), "stroke", "none");
            }
            case HOSTILE_CLOSE -> {
                line(svg, offset(pts, -7));
                line(svg, offset(pts, 7));
                line(svg, zigzag(pts, 0, len));
            }
        }
        svg.close();
    }

    private static void line(Svg svg, double[] pts) {
        svg.empty("polyline", "points", Svg.points(pts));
    }

    /** A quadratic curve from {@code (x1, y1)} to {@code (x2, y2)} bulging {@code bulge} to the right, as points. */
    static double[] curve(double x1, double y1, double x2, double y2, double bulge) {
        if (bulge == 0) {
            return new double[] {x1, y1, x2, y2};
        }
        double len = Math.hypot(x2 - x1, y2 - y1);
        double nx = -(y2 - y1) / len;
        double ny = (x2 - x1) / len;
        double cx = (x1 + x2) / 2 + nx * bulge * 2;
        double cy = (y1 + y2) / 2 + ny * bulge * 2;
        int n = 32;
        double[] pts = new double[(n + 1) * 2];
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            double a = (1 - t) * (1 - t);
            double b = 2 * (1 - t) * t;
            double c = t * t;
            pts[2 * i] = a * x1 + b * cx + c * x2;
            pts[2 * i + 1] = a * y1 + b * cy + c * y2;
        }
        return pts;
    }

    static double length(double[] pts) {
        double len = 0;
        for (int i = 2; i + 1 < pts.length; i += 2) {
            len += Math.hypot(pts[i] - pts[i - 2], pts[i + 1] - pts[i - 1]);
        }
        return len;
    }

    /** The part of the polyline from arc length {@code from} to {@code to}. */
    static double[] part(double[] pts, double from, double to) {
        List<Double> out = new ArrayList<>();
        double[] start = pointAt(pts, from);
        out.add(start[0]);
        out.add(start[1]);
        double at = 0;
        for (int i = 2; i + 1 < pts.length; i += 2) {
            at += Math.hypot(pts[i] - pts[i - 2], pts[i + 1] - pts[i - 1]);
            if (at > from && at < to) {
                out.add(pts[i]);
                out.add(pts[i + 1]);
            }
        }
        double[] end = pointAt(pts, to);
        out.add(end[0]);
        out.add(end[1]);
        double[] result = new double[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i);
        }
        return result;
    }

    static double[] pointAt(double[] pts, double s) {
        double at = 0;
        for (int i = 2; i + 1 < pts.length; i += 2) {
            double seg = Math.hypot(pts[i] - pts[i - 2], pts[i + 1] - pts[i - 1]);
            if (at + seg >= s && seg > 0) {
                double t = Math.max(0, (s - at) / seg);
                return new double[] {pts[i - 2] + (pts[i] - pts[i - 2]) * t, pts[i - 1] + (pts[i + 1] - pts[i - 1]) * t};
            }
            at += seg;
        }
        return new double[] {pts[pts.length - 2], pts[pts.length - 1]};
    }

    /** The unit normal (to the right of the direction of travel) at arc length {@code s}. */
    static double[] normalAt(double[] pts, double s) {
        double at = 0;
        int segment = 2;
        for (int i = 2; i + 1 < pts.length; i += 2) {
            double seg = Math.hypot(pts[i] - pts[i - 2], pts[i + 1] - pts[i - 1]);
            segment = i;
            if (at + seg >= s) {
                break;
            }
            at += seg;
        }
        double dx = pts[segment] - pts[segment - 2];
        double dy = pts[segment + 1] - pts[segment - 1];
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        return new double[] {-dy / len, dx / len};
    }

    private static double[] offset(double[] pts, double o) {
        double[] out = new double[pts.length];
        int n = pts.length / 2;
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - 1);
            int b = Math.min(n - 1, i + 1);
            double dx = pts[2 * b] - pts[2 * a];
            double dy = pts[2 * b + 1] - pts[2 * a + 1];
            double len = Math.max(1e-9, Math.hypot(dx, dy));
            out[2 * i] = pts[2 * i] - dy / len * o;
            out[2 * i + 1] = pts[2 * i + 1] + dx / len * o;
        }
        return out;
    }

    /** A zigzag along the polyline from arc length 0 to {@code to}, teeth about 9 long and 5 high. */
    private static double[] zigzag(double[] pts, double from, double to) {
        int teeth = Math.max(2, (int) Math.round((to - from) / 9));
        double step = (to - from) / teeth;
        double[] out = new double[(teeth + 1) * 2];
        for (int i = 0; i <= teeth; i++) {
            double s = from + step * i;
            double a = i == 0 || i == teeth ? 0 : (i % 2 == 0 ? -5 : 5);
            double[] p = pointAt(pts, s);
            double[] n = normalAt(pts, s);
            out[2 * i] = p[0] + n[0] * a;
            out[2 * i + 1] = p[1] + n[1] * a;
        }
        return out;
    }

    /** A network-map link: support solid, stress dashed, conflict a zigzag. */
    static void link(Svg svg, LinkType type, double x1, double y1, double x2, double y2) {
        String c = colour(type);
        switch (type) {
            case SUPPORT -> svg.empty("line", "x1", x1, "y1", y1, "x2", x2, "y2", y2, "stroke", c, "stroke-width", 3);
            case STRESS -> svg.empty("line", "x1", x1, "y1", y1, "x2", x2, "y2", y2, "stroke", c, "stroke-width", 2.5,
                    "stroke-dasharray", "8 5");
            case CONFLICT -> {
                double[] pts = {x1, y1, x2, y2};
                svg.open("g", "stroke", c, "fill", "none", "stroke-width", 2, "stroke-linejoin", "round");
                line(svg, zigzag(pts, 0, length(pts)));
                svg.close();
            }
        }
    }
}

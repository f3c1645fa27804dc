package nl.kring.genogram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.kring.genogram.Diagram.Kind;
import nl.kring.genogram.Genogram.Birth;
import nl.kring.genogram.Genogram.Child;
import nl.kring.genogram.Genogram.ChildKind;
import nl.kring.genogram.Genogram.Couple;
import nl.kring.genogram.Genogram.CoupleEvent;
import nl.kring.genogram.Genogram.CoupleStatus;
import nl.kring.genogram.Genogram.Family;
import nl.kring.genogram.Genogram.Household;
import nl.kring.genogram.Genogram.Marker;
import nl.kring.genogram.Genogram.Person;
import nl.kring.genogram.Genogram.Relation;
import nl.kring.genogram.Genogram.RelationType;
import nl.kring.genogram.Genogram.Sex;
import nl.kring.genogram.Genogram.Twins;
import nl.kring.genogram.NetworkMap.Link;
import nl.kring.genogram.NetworkMap.LinkType;
import nl.kring.genogram.NetworkMap.Node;
import nl.kring.genogram.NetworkMap.Sector;
import nl.kring.genogram.Problem.Severity;

/**
 * Reads the genogram and network-map notation (see {@code docs/authoring.md}), reporting every problem with its
 * line. Statements may refer to people declared further down. What is wrong is reported and left out, so the
 * result is always consistent; where leaving out would cause a cascade of further problems (a person without a sex,
 * a couple without a status, a node without a sector) the item is kept with a neutral default and the error
 * still reported.
 */
final class NotationReader {

    static final List<String> GENOGRAM_KEYWORDS = List.of("person", "couple", "children", "household", "relation",
            "title");
    static final List<String> MAP_KEYWORDS = List.of("map", "node", "link", "title");
    private static final Map<String, Kind> HEADERS = Map.of("genogram", Kind.GENOGRAM, "network-map",
            Kind.NETWORK_MAP, "netwerkkaart", Kind.NETWORK_MAP, "ecogram", Kind.NETWORK_MAP);
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Map<String, Sex> SEXES = new LinkedHashMap<>();
    private static final Map<String, Marker> MARKERS = new LinkedHashMap<>();
    private static final Map<String, RelationType> RELATIONS = new LinkedHashMap<>();
    private static final Map<String, CoupleStatus> STATUSES = new LinkedHashMap<>();
    private static final Map<String, Sector> SECTORS = new LinkedHashMap<>();
    private static final Map<String, LinkType> LINKS = new LinkedHashMap<>();

    static {
        for (Sex sex : Sex.values()) {
            SEXES.put(sex.word(), sex);
        }
        for (Marker marker : Marker.values()) {
            MARKERS.put(marker.word(), marker);
        }
        for (RelationType type : RelationType.values()) {
            RELATIONS.put(type.word(), type);
        }
        for (CoupleStatus status : CoupleStatus.values()) {
            STATUSES.put(status.word(), status);
        }
        for (Sector sector : Sector.values()) {
            SECTORS.put(sector.word(), sector);
        }
        for (LinkType type : LinkType.values()) {
            LINKS.put(type.word(), type);
        }
    }

    private final List<Problem> problems = new ArrayList<>();

    /** A token: a word, a quoted text or one of {@code ( ) , :}. */
    record Token(Type type, String text) {

        enum Type {
            WORD, TEXT, OPEN, CLOSE, COMMA, COLON
        }

        boolean is(Type t) {
            return type == t;
        }

        boolean isWord(String word) {
            return type == Type.WORD && text.equals(word);
        }

        String show() {
            return switch (type) {
                case TEXT -> '"' + text + '"';
                default -> text;
            };
        }
    }

    /** One statement: its line and tokens (comments and blank lines are not statements). */
    private record Statement(int line, List<Token> tokens) {

        String keyword() {
            return tokens.get(0).type() == Token.Type.WORD ? tokens.get(0).text().toLowerCase(Locale.ROOT)
                    : tokens.get(0).show();
        }
    }

    /**
     * @param blockLanguage the language of the Markdown code block the notation came from ({@code genogram},
     *                      {@code network-map}), or null; a header line in the text takes precedence
     */
    Parsed read(String text, String blockLanguage) {
        List<Statement> statements = statements(text == null ? "" : text);
        Kind kind = null;
        Kind fromBlock = blockLanguage == null ? null : HEADERS.get(blockLanguage.trim().toLowerCase(Locale.ROOT));
        if (!statements.isEmpty() && statements.get(0).tokens().size() >= 1
                && HEADERS.containsKey(statements.get(0).keyword())) {
            Statement header = statements.remove(0);
            kind = HEADERS.get(header.keyword());
            extra(header, 1, "after '" + header.keyword() + "'");
            if (fromBlock != null && fromBlock != kind) {
                warn(header.line(), "the text says " + kind.word() + " but the block is " + fromBlock.word(),
                        "the first line wins; make them the same");
            }
        }
        if (kind == null) {
            kind = fromBlock;
        }
        if (kind == null) {
            kind = !statements.isEmpty() && MAP_KEYWORDS.contains(statements.get(0).keyword())
                    && !statements.get(0).keyword().equals("title") ? Kind.NETWORK_MAP : Kind.GENOGRAM;
        }
        for (Statement s : statements) {
            if (HEADERS.containsKey(s.keyword())) {
                error(s.line(), "'" + s.keyword() + "' must be the first line", "start the text with it, once");
            }
        }
        statements.removeIf(s -> HEADERS.containsKey(s.keyword()));
        Diagram diagram = kind == Kind.GENOGRAM ? new GenogramReader().read(statements)
                : new MapReader().read(statements);
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(Problem::line));
        return new Parsed(diagram, sorted);
    }

    // ---------------------------------------------------------------------------------------------- tokens

    private List<Statement> statements(String text) {
        List<Statement> statements = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            List<Token> tokens = tokens(lines[i], i + 1);
            if (!tokens.isEmpty()) {
                statements.add(new Statement(i + 1, tokens));
            }
        }
        return statements;
    }

    private List<Token> tokens(String line, int number) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                break;
            } else if (c == '"' || c == '\u201C' || c == '\u201E') {
                StringBuilder quoted = new StringBuilder();
                int j = i + 1;
                boolean closed = false;
                while (j < n) {
                    char d = line.charAt(j);
                    if (d == '\\' && j + 1 < n && (line.charAt(j + 1) == '"' || line.charAt(j + 1) == '\\')) {
                        quoted.append(line.charAt(j + 1));
                        j += 2;
                    } else if (d == '"' || d == '\u201D') {
                        closed = true;
                        j++;
                        break;
                    } else {
                        quoted.append(d);
                        j++;
                    }
                }
                if (!closed) {
                    error(number, "a quote is not closed", "end the text with \"");
                }
                tokens.add(new Token(Token.Type.TEXT, quoted.toString().strip()));
                i = j;
            } else if (c == '(' || c == ')' || c == ',' || c == ':') {
                tokens.add(new Token(switch (c) {
                    case '(' -> Token.Type.OPEN;
                    case ')' -> Token.Type.CLOSE;
                    case ',' -> Token.Type.COMMA;
                    default -> Token.Type.COLON;
                }, String.valueOf(c)));
                i++;
            } else {
                int j = i;
                while (j < n && !Character.isWhitespace(line.charAt(j)) && "#\"(),:\u201C\u201E".indexOf(line.charAt(j)) < 0) {
                    j++;
                }
                tokens.add(new Token(Token.Type.WORD, line.substring(i, j)));
                i = j;
            }
        }
        return tokens;
    }

    // ---------------------------------------------------------------------------------------------- problems

    private void error(int line, String message, String hint) {
        problems.add(new Problem(line, Severity.ERROR, message, hint));
    }

    private void warn(int line, String message, String hint) {
        problems.add(new Problem(line, Severity.WARNING, message, hint));
    }

    /** Reports the tokens of {@code s} from {@code from} on as unexpected. */
    private void extra(Statement s, int from, String where) {
        if (s.tokens().size() > from) {
            error(s.line(), "unexpected '" + s.tokens().get(from).show() + "' " + where,
                    "remove it, or put a # before a comment");
        }
    }

    /** {@code did you mean 'x'? } when a known word is close to {@code word}, else empty. */
    static String didYouMean(String word, java.util.Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(word.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= (word.length() <= 3 ? 1 : 2)
                ? "did you mean '" + best + "'? " : "";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    /** {@code a, b, c, …}: at most six. */
    static String list(java.util.Collection<String> items) {
        List<String> all = List.copyOf(items);
        if (all.isEmpty()) {
            return "none yet";
        }
        String shown = String.join(", ", all.subList(0, Math.min(6, all.size())));
        return all.size() > 6 ? shown + ", …" : shown;
    }

    private void unknownKeyword(Statement s, List<String> keywords, Kind kind) {
        String other = kind == Kind.GENOGRAM ? (MAP_KEYWORDS.contains(s.keyword()) ? "; '" + s.keyword()
                + "' belongs to a network map" : "")
                : (GENOGRAM_KEYWORDS.contains(s.keyword()) ? "; '" + s.keyword() + "' belongs to a genogram" : "");
        error(s.line(), "unknown keyword '" + s.tokens().get(0).show() + "'" + (kind == Kind.NETWORK_MAP
                        ? " in a network map" : ""),
                didYouMean(s.keyword(), keywords) + "keywords are " + String.join(", ", keywords) + other);
    }

    private Optional<String> id(Statement s, int at, String what) {
        if (s.tokens().size() <= at) {
            error(s.line(), "'" + s.keyword() + "' needs " + what, hintFor(s.keyword()));
            return Optional.empty();
        }
        Token t = s.tokens().get(at);
        if (!t.is(Token.Type.WORD) || !ID.matcher(t.text()).matches()) {
            error(s.line(), "'" + t.show() + "' is not an id", "an id is one word of letters, digits, - and _,"
                    + " e.g. ernst or oma-jo");
            return Optional.empty();
        }
        return Optional.of(t.text().toLowerCase(Locale.ROOT));
    }

    private static String hintFor(String keyword) {
        return switch (keyword) {
            case "person" -> "e.g. person ernst male \"Ernst\" born 1968 index";
            case "couple" -> "e.g. couple henk gerda married 1965";
            case "children" -> "e.g. children ernst laura: tim, (sanne, lotte) twins, bas adopted";
            case "household" -> "e.g. household ernst laura tim";
            case "relation" -> "e.g. relation ernst henk cut-off";
            case "map" -> "e.g. map kees male \"Kees\"";
            case "node" -> "e.g. node mieke female \"Mieke (dochter)\" family 1";
            case "link" -> "e.g. link mieke support";
            default -> "";
        };
    }

    private Optional<Integer> year(Statement s, int at, String after) {
        if (!isYear(s.tokens(), at)) {
            error(s.line(), "'" + after + "' needs a year", "a year has four digits, e.g. " + after + " 1968");
            return Optional.empty();
        }
        String text = s.tokens().get(at).text();
        if (!YEAR.matcher(text).matches()) {
            error(s.line(), "'" + text + "' is not a year", "a year has four digits, e.g. 1968");
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }

    /** Whether the token at {@code at} is meant as a year (it starts with a digit; {@link #year} checks it). */
    private static boolean isYear(List<Token> tokens, int at) {
        return at < tokens.size() && tokens.get(at).is(Token.Type.WORD) && tokens.get(at).text().matches("[0-9].*");
    }

    private String title(Statement s) {
        if (s.tokens().size() < 2 || !s.tokens().get(1).is(Token.Type.TEXT)) {
            error(s.line(), "'title' needs a text in quotes", "e.g. title \"Ernst and Laura\"");
            return "";
        }
        extra(s, 2, "after the title");
        return s.tokens().get(1).text();
    }

    // ---------------------------------------------------------------------------------------------- genogram

    /** Reads the statements of a genogram. */
    private final class GenogramReader {

        private final Map<String, Person> people = new LinkedHashMap<>();
        private final Map<String, Integer> declaredAt = new HashMap<>();
        private final List<Couple> couples = new ArrayList<>();
        private final List<Integer> coupleLines = new ArrayList<>();
        private final Map<String, List<String>> parentsOf = new HashMap<>();
        private final Map<String, Integer> childAt = new HashMap<>();
        /** Families by their parents (sorted), in the order first written; births appended. */
        private final Map<List<String>, List<Birth>> families = new LinkedHashMap<>();
        private final Map<List<String>, List<String>> familyParents = new HashMap<>();
        private final Map<List<String>, Integer> familyLines = new HashMap<>();
        private final List<Household> households = new ArrayList<>();
        private final List<Relation> relations = new ArrayList<>();
        private final List<Integer> relationLines = new ArrayList<>();
        private String title = "";

        Genogram read(List<Statement> statements) {
            for (Statement s : statements) {
                if (s.keyword().equals("person")) {
                    person(s);
                }
            }
            for (Statement s : statements) {
                switch (s.keyword()) {
                    case "person" -> {
                    }
                    case "title" -> title = title(s);
                    case "couple" -> couple(s);
                    case "children" -> children(s);
                    case "household" -> household(s);
                    case "relation" -> relation(s);
                    default -> unknownKeyword(s, GENOGRAM_KEYWORDS, Kind.GENOGRAM);
                }
            }
            indexCheck();
            List<Family> familyList = new ArrayList<>();
            families.forEach((key, births) -> familyList.add(new Family(familyParents.get(key), births)));
            for (Family family : familyList) {
                if (family.parents().size() == 2 && couples.stream()
                        .noneMatch(c -> c.is(family.parents().get(0), family.parents().get(1)))) {
                    String a = family.parents().get(0);
                    String b = family.parents().get(1);
                    warn(familyLines.get(key(family.parents())), a + " and " + b + " have children but are not a"
                                    + " couple: they are joined by a plain line",
                            "add e.g. 'couple " + a + " " + b + " cohabiting' to say what they were");
                }
            }
            return new Genogram(title, List.copyOf(people.values()), couples, familyList, households, relations);
        }

        private List<String> key(List<String> parents) {
            return parents.stream().sorted().toList();
        }

        private void person(Statement s) {
            Optional<String> maybeId = id(s, 1, "an id");
            if (maybeId.isEmpty()) {
                return;
            }
            String id = maybeId.get();
            if (people.containsKey(id)) {
                error(s.line(), "person '" + id + "' is declared twice", "first on line " + declaredAt.get(id)
                        + "; give each person their own id");
                return;
            }
            Sex sex = null;
            String label = null;
            Integer born = null;
            Integer died = null;
            boolean deceased = false;
            boolean index = false;
            String note = "";
            Set<Marker> markers = EnumSet.noneOf(Marker.class);
            List<Token> tokens = s.tokens();
            for (int i = 2; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String word = t.text().toLowerCase(Locale.ROOT);
                if (t.is(Token.Type.TEXT)) {
                    if (label != null) {
                        error(s.line(), "person '" + id + "' has two names (\"" + label + "\" and " + t.show() + ")",
                                "give one name or role label; use note \"…\" for more");
                    } else {
                        label = t.text();
                    }
                } else if (!t.is(Token.Type.WORD)) {
                    error(s.line(), "unexpected '" + t.show() + "' in a person", hintFor("person"));
                } else if (SEXES.containsKey(word)) {
                    if (sex != null) {
                        error(s.line(), "person '" + id + "' is both " + sex.word() + " and " + word,
                                "give one of " + String.join(", ", SEXES.keySet()));
                    } else {
                        sex = SEXES.get(word);
                    }
                } else if (word.equals("born")) {
                    Optional<Integer> y = year(s, i + 1, "born");
                    if (y.isPresent()) {
                        born = y.get();
                    }
                    if (isYear(tokens, i + 1)) {
                        i++;
                    }
                } else if (word.equals("died")) {
                    deceased = true;
                    if (isYear(tokens, i + 1)) {
                        died = year(s, i + 1, "died").orElse(null);
                        i++;
                    }
                } else if (word.equals("index")) {
                    index = true;
                } else if (MARKERS.containsKey(word)) {
                    markers.add(MARKERS.get(word));
                } else if (word.equals("note")) {
                    if (i + 1 < tokens.size() && tokens.get(i + 1).is(Token.Type.TEXT)) {
                        note = tokens.get(i + 1).text();
                        i++;
                    } else {
                        error(s.line(), "'note' needs a text in quotes", "e.g. note \"alcohol\"");
                    }
                } else {
                    List<String> known = new ArrayList<>(SEXES.keySet());
                    known.addAll(List.of("born", "died", "index", "note"));
                    known.addAll(MARKERS.keySet());
                    error(s.line(), "unknown word '" + t.text() + "' for person '" + id + "'",
                            didYouMean(word, known) + "a person has a sex (" + String.join(", ", SEXES.keySet())
                                    + "), a name in quotes, born YEAR, died [YEAR], index, markers ("
                                    + String.join(", ", MARKERS.keySet()) + ") and note \"…\"");
                }
            }
            if (sex == null) {
                error(s.line(), "person '" + id + "' has no sex or gender",
                        "add one of " + String.join(", ", SEXES.keySet()) + "; drawn as unknown for now");
                sex = Sex.UNKNOWN;
            }
            if (born != null && died != null && died < born) {
                error(s.line(), "person '" + id + "' died (" + died + ") before being born (" + born + ")",
                        "check the years");
            }
            people.put(id, new Person(id, sex, label == null ? id : label, born, died, deceased, index, markers,
                    note));
            declaredAt.put(id, s.line());
        }

        private Optional<String> known(Statement s, int at, String what) {
            Optional<String> id = id(s, at, what);
            if (id.isPresent() && !people.containsKey(id.get())) {
                unknownPerson(s.line(), id.get());
                return Optional.empty();
            }
            return id;
        }

        private void unknownPerson(int line, String id) {
            error(line, "unknown person '" + id + "'", didYouMean(id, people.keySet()) + "people are "
                    + list(people.keySet()));
        }

        private void couple(Statement s) {
            Optional<String> a = known(s, 1, "two people");
            Optional<String> b = known(s, 2, "two people");
            if (a.isEmpty() || b.isEmpty()) {
                return;
            }
            if (a.get().equals(b.get())) {
                error(s.line(), "a couple of '" + a.get() + "' with themselves", "name two different people");
                return;
            }
            for (int i = 0; i < couples.size(); i++) {
                if (couples.get(i).is(a.get(), b.get())) {
                    error(s.line(), "the couple " + a.get() + " and " + b.get() + " is listed twice",
                            "first on line " + coupleLines.get(i) + "; write all events on one line, e.g. married"
                                    + " 1990 divorced 2004");
                    return;
                }
            }
            List<CoupleEvent> events = new ArrayList<>();
            List<Token> tokens = s.tokens();
            Integer lastYear = null;
            for (int i = 3; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String word = t.text().toLowerCase(Locale.ROOT);
                if (t.is(Token.Type.WORD) && STATUSES.containsKey(word)) {
                    Integer year = null;
                    if (isYear(tokens, i + 1)) {
                        year = year(s, i + 1, word).orElse(null);
                        i++;
                    }
                    if (year != null && lastYear != null && year < lastYear) {
                        error(s.line(), "the years of couple " + a.get() + " and " + b.get() + " go back in time ("
                                + lastYear + ", then " + year + ")", "write the events in the order they happened");
                    }
                    if (year != null) {
                        lastYear = year;
                        for (String partner : List.of(a.get(), b.get())) {
                            Integer born = people.get(partner).born();
                            if (born != null && year < born) {
                                error(s.line(), "couple " + a.get() + " and " + b.get() + ": " + word + " in " + year
                                        + ", before " + partner + " was born (" + born + ")", "check the years");
                            }
                        }
                    }
                    events.add(new CoupleEvent(STATUSES.get(word), year));
                } else {
                    error(s.line(), "unknown couple status '" + t.show() + "'", didYouMean(word, STATUSES.keySet())
                            + "statuses are " + String.join(", ", STATUSES.keySet()) + ", each with an optional year");
                    if (isYear(tokens, i + 1)) {
                        i++;
                    }
                }
            }
            if (events.isEmpty()) {
                error(s.line(), "couple " + a.get() + " and " + b.get() + " has no status",
                        "add one of " + String.join(", ", STATUSES.keySet()) + "; drawn as married for now");
                events.add(new CoupleEvent(CoupleStatus.MARRIED, null));
            }
            couples.add(new Couple(a.get(), b.get(), events));
            coupleLines.add(s.line());
        }

        private void children(Statement s) {
            List<Token> tokens = s.tokens();
            int colon = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).is(Token.Type.COLON)) {
                    colon = i;
                    break;
                }
            }
            if (colon < 0) {
                error(s.line(), "'children' needs a ':' between the parents and the children", hintFor("children"));
                return;
            }
            if (colon < 2 || colon > 3) {
                error(s.line(), "'children' needs one or two parents before the ':'", hintFor("children"));
                return;
            }
            List<String> parents = new ArrayList<>();
            for (int i = 1; i < colon; i++) {
                Optional<String> p = known(s, i, "parents");
                if (p.isEmpty()) {
                    return;
                }
                parents.add(p.get());
            }
            if (parents.size() == 2 && parents.get(0).equals(parents.get(1))) {
                error(s.line(), "'" + parents.get(0) + "' is named twice as a parent", "name two parents, or one");
                return;
            }
            List<Birth> births = new ArrayList<>();
            Set<String> inThisLine = new HashSet<>();
            int i = colon + 1;
            if (i >= tokens.size()) {
                error(s.line(), "no children after the ':'", hintFor("children"));
                return;
            }
            while (i < tokens.size()) {
                Token t = tokens.get(i);
                if (t.is(Token.Type.OPEN)) {
                    List<Child> group = new ArrayList<>();
                    int written = 0;
                    i++;
                    while (i < tokens.size() && !tokens.get(i).is(Token.Type.CLOSE)) {
                        if (tokens.get(i).is(Token.Type.COMMA)) {
                            i++;
                            continue;
                        }
                        written++;
                        i = child(s, i, parents, inThisLine, group);
                    }
                    if (i >= tokens.size()) {
                        error(s.line(), "a '(' is not closed", "write twins as (sanne, lotte) twins");
                        births.addAll(group.stream().map(c -> new Birth(List.of(c), Twins.NONE)).toList());
                        break;
                    }
                    i++;
                    Twins twins = Twins.TWINS;
                    if (i < tokens.size() && tokens.get(i).is(Token.Type.WORD)) {
                        String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
                        switch (word) {
                            case "twins", "triplets" -> twins = Twins.TWINS;
                            case "identical" -> twins = Twins.IDENTICAL;
                            case "fraternal" -> twins = Twins.FRATERNAL;
                            default -> error(s.line(), "unknown word '" + tokens.get(i).text() + "' after twins",
                                    didYouMean(word, List.of("twins", "identical", "fraternal"))
                                            + "write (a, b) twins, (a, b) identical or (a, b) fraternal");
                        }
                        i++;
                    }
                    if (group.size() >= 2) {
                        births.add(new Birth(group, twins));
                        twinYears(s, group);
                    } else {
                        if (written < 2) {
                            error(s.line(), "twins need at least two children in ( )", "e.g. (sanne, lotte) twins");
                        }
                        group.forEach(c -> births.add(new Birth(List.of(c), Twins.NONE)));
                    }
                } else if (t.is(Token.Type.COMMA)) {
                    i++;
                } else if (t.is(Token.Type.WORD)) {
                    List<Child> one = new ArrayList<>();
                    i = child(s, i, parents, inThisLine, one);
                    one.forEach(c -> births.add(new Birth(List.of(c), Twins.NONE)));
                } else {
                    error(s.line(), "unexpected '" + t.show() + "' among the children", hintFor("children"));
                    i++;
                }
            }
            List<String> key = key(parents);
            families.computeIfAbsent(key, k -> new ArrayList<>()).addAll(births);
            familyParents.putIfAbsent(key, parents);
            familyLines.putIfAbsent(key, s.line());
            if (families.get(key).isEmpty()) {
                families.remove(key);
                familyParents.remove(key);
                familyLines.remove(key);
            }
        }

        /** Reads one child (an id and optional adopted/foster) at {@code i}; returns the next position. */
        private int child(Statement s, int i, List<String> parents, Set<String> inThisLine, List<Child> into) {
            List<Token> tokens = s.tokens();
            Token t = tokens.get(i);
            if (!t.is(Token.Type.WORD) || !ID.matcher(t.text()).matches()) {
                error(s.line(), "'" + t.show() + "' is not an id", hintFor("children"));
                return i + 1;
            }
            String id = t.text().toLowerCase(Locale.ROOT);
            ChildKind kind = ChildKind.BIOLOGICAL;
            int next = i + 1;
            while (next < tokens.size() && tokens.get(next).is(Token.Type.WORD)) {
                String word = tokens.get(next).text().toLowerCase(Locale.ROOT);
                if (word.equals("adopted")) {
                    kind = ChildKind.ADOPTED;
                } else if (word.equals("foster")) {
                    kind = ChildKind.FOSTER;
                } else if (!List.of("twins", "triplets", "identical", "fraternal").contains(word)
                        && ID.matcher(word).matches()) {
                    error(s.line(), "a ',' is missing between '" + id + "' and '" + word + "'",
                            "separate the children with commas");
                    break;
                } else {
                    error(s.line(), "unknown word '" + tokens.get(next).text() + "' after child '" + id + "'",
                            didYouMean(word, List.of("adopted", "foster"))
                                    + "a child may be followed by adopted or foster");
                }
                next++;
            }
            if (!people.containsKey(id)) {
                unknownPerson(s.line(), id);
                return next;
            }
            if (!inThisLine.add(id)) {
                error(s.line(), "'" + id + "' is listed twice among these children", "list each child once");
                return next;
            }
            if (parentsOf.containsKey(id)) {
                error(s.line(), "'" + id + "' already has parents (" + String.join(" and ", parentsOf.get(id))
                        + ", line " + childAt.get(id) + ")", "a person is a child in one family only;"
                        + " write a step-parent as the partner of a parent");
                return next;
            }
            for (String parent : parents) {
                if (parent.equals(id) || ancestors(parent).contains(id)) {
                    error(s.line(), "'" + id + "' cannot be a child of " + parent + ": " + id + " is "
                            + (parent.equals(id) ? "that parent" : "an ancestor of " + parent),
                            "check the parents and children lines");
                    return next;
                }
            }
            Person child = people.get(id);
            for (String parent : parents) {
                Person p = people.get(parent);
                if (child.born() != null && p.born() != null && child.born() < p.born()) {
                    error(s.line(), "'" + id + "' (born " + child.born() + ") is born before parent " + parent
                            + " (born " + p.born() + ")", "check the years");
                } else if (kind == ChildKind.BIOLOGICAL && child.born() != null && p.died() != null
                        && child.born() > p.died() + 1) {
                    warn(s.line(), "'" + id + "' (born " + child.born() + ") is born after parent " + parent
                            + " died (" + p.died() + ")", "check the years, or mark the child adopted or foster");
                }
            }
            parentsOf.put(id, List.copyOf(parents));
            childAt.put(id, s.line());
            into.add(new Child(id, kind));
            return next;
        }

        private Set<String> ancestors(String id) {
            Set<String> seen = new HashSet<>();
            List<String> todo = new ArrayList<>(parentsOf.getOrDefault(id, List.of()));
            while (!todo.isEmpty()) {
                String p = todo.remove(todo.size() - 1);
                if (seen.add(p)) {
                    todo.addAll(parentsOf.getOrDefault(p, List.of()));
                }
            }
            return seen;
        }

        private void twinYears(Statement s, List<Child> group) {
            Set<Integer> years = group.stream().map(c -> people.get(c.id()).born()).filter(y -> y != null)
                    .collect(Collectors.toSet());
            if (years.size() > 1) {
                warn(s.line(), "twins " + group.stream().map(Child::id).collect(Collectors.joining(" and "))
                        + " have different birth years", "twins are born in the same year");
            }
        }

        private void household(Statement s) {
            List<String> members = new ArrayList<>();
            for (int i = 1; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                if (t.is(Token.Type.COMMA)) {
                    continue;
                }
                Optional<String> id = known(s, i, "people");
                if (id.isPresent()) {
                    if (members.contains(id.get())) {
                        error(s.line(), "'" + id.get() + "' is listed twice in this household", "list each once");
                    } else {
                        members.add(id.get());
                    }
                }
            }
            if (s.tokens().size() == 1) {
                error(s.line(), "'household' needs the people who live together", hintFor("household"));
            }
            if (!members.isEmpty()) {
                households.add(new Household(members));
            }
        }

        private void relation(Statement s) {
            Optional<String> a = known(s, 1, "two people and a type");
            Optional<String> b = known(s, 2, "two people and a type");
            if (a.isEmpty() || b.isEmpty()) {
                return;
            }
            if (s.tokens().size() < 4) {
                error(s.line(), "relation " + a.get() + " " + b.get() + " has no type",
                        "types are " + String.join(", ", RELATIONS.keySet()));
                return;
            }
            String word = s.tokens().get(3).text().toLowerCase(Locale.ROOT);
            RelationType type = RELATIONS.get(word.equals("close-hostile") ? "hostile-close" : word);
            if (type == null) {
                error(s.line(), "unknown relation type '" + s.tokens().get(3).show() + "'",
                        didYouMean(word, RELATIONS.keySet()) + "types are " + String.join(", ", RELATIONS.keySet()));
                return;
            }
            extra(s, 4, "after the relation type");
            if (a.get().equals(b.get())) {
                error(s.line(), "a relation of '" + a.get() + "' with themselves", "name two different people");
                return;
            }
            for (int i = 0; i < relations.size(); i++) {
                if (relations.get(i).is(a.get(), b.get())) {
                    error(s.line(), "the relation between " + a.get() + " and " + b.get() + " is given twice",
                            "first on line " + relationLines.get(i) + "; give one type per pair");
                    return;
                }
            }
            relations.add(new Relation(a.get(), b.get(), type));
            relationLines.add(s.line());
        }

        private void indexCheck() {
            List<Person> index = people.values().stream().filter(Person::index).toList();
            if (index.isEmpty() && !people.isEmpty()) {
                warn(0, "no index person", "mark the client with 'index', e.g. person ernst male \"Ernst\" index");
            }
            for (int i = 1; i < index.size(); i++) {
                Person extra = index.get(i);
                error(declaredAt.get(extra.id()), "a second index person '" + extra.id() + "'",
                        "the index person is already '" + index.get(0).id() + "' (line "
                                + declaredAt.get(index.get(0).id()) + "); a genogram has one");
                people.put(extra.id(), new Person(extra.id(), extra.sex(), extra.label(), extra.born(),
                        extra.died(), extra.deceased(), false, extra.markers(), extra.note()));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- network map

    /** Reads the statements of a network map. */
    private final class MapReader {

        private Node client;
        private int clientLine;
        private final Map<String, Node> nodes = new LinkedHashMap<>();
        private final Map<String, Integer> declaredAt = new HashMap<>();
        private final List<Link> links = new ArrayList<>();
        private final List<Integer> linkLines = new ArrayList<>();
        private String title = "";

        NetworkMap read(List<Statement> statements) {
            for (Statement s : statements) {
                if (s.keyword().equals("map")) {
                    map(s);
                } else if (s.keyword().equals("node")) {
                    node(s);
                }
            }
            for (Statement s : statements) {
                switch (s.keyword()) {
                    case "map", "node" -> {
                    }
                    case "title" -> title = title(s);
                    case "link" -> link(s);
                    default -> unknownKeyword(s, MAP_KEYWORDS, Kind.NETWORK_MAP);
                }
            }
            if (client == null) {
                error(0, "a network map needs its client in the centre", hintFor("map"));
            }
            return new NetworkMap(title, client, List.copyOf(nodes.values()), links);
        }

        private Set<String> ids() {
            Set<String> ids = new java.util.LinkedHashSet<>();
            if (client != null) {
                ids.add(client.id());
            }
            ids.addAll(nodes.keySet());
            return ids;
        }

        private boolean declared(Statement s, String id) {
            if (ids().contains(id)) {
                int first = client != null && client.id().equals(id) ? clientLine : declaredAt.get(id);
                error(s.line(), "'" + id + "' is declared twice", "first on line " + first
                        + "; give each their own id");
                return true;
            }
            return false;
        }

        private void map(Statement s) {
            if (client != null) {
                error(s.line(), "a second 'map'", "the client is already '" + client.id() + "' (line " + clientLine
                        + "); a network map has one client");
                return;
            }
            Optional<String> id = id(s, 1, "the client's id");
            if (id.isEmpty() || declared(s, id.get())) {
                return;
            }
            Attributes a = attributes(s, id.get(), false);
            client = new Node(id.get(), a.sex, a.organisation, a.label == null ? id.get() : a.label, null, 0,
                    a.markers);
            clientLine = s.line();
        }

        private void node(Statement s) {
            Optional<String> id = id(s, 1, "an id");
            if (id.isEmpty() || declared(s, id.get())) {
                return;
            }
            Attributes a = attributes(s, id.get(), true);
            if (a.sector == null) {
                error(s.line(), "'" + id.get() + "' has no sector", "add one of " + String.join(", ",
                        SECTORS.keySet()) + "; drawn in other for now");
                a.sector = Sector.OTHER;
            }
            if (a.distance == 0) {
                error(s.line(), "'" + id.get() + "' has no distance", "add 1 (close), 2 or 3 (far); drawn at 3 for now");
                a.distance = 3;
            }
            nodes.put(id.get(), new Node(id.get(), a.sex, a.organisation, a.label == null ? id.get() : a.label,
                    a.sector, a.distance, a.markers));
            declaredAt.put(id.get(), s.line());
        }

        private static final class Attributes {
            Sex sex;
            boolean organisation;
            String label;
            Sector sector;
            int distance;
            Set<Marker> markers = EnumSet.noneOf(Marker.class);
        }

        private Attributes attributes(Statement s, String id, boolean inRing) {
            Attributes a = new Attributes();
            List<String> known = new ArrayList<>(SEXES.keySet());
            known.add("org");
            known.addAll(MARKERS.keySet());
            if (inRing) {
                known.addAll(SECTORS.keySet());
            }
            for (int i = 2; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                String word = t.text().toLowerCase(Locale.ROOT);
                if (t.is(Token.Type.TEXT)) {
                    if (a.label != null) {
                        error(s.line(), "'" + id + "' has two names", "give one name in quotes");
                    } else {
                        a.label = t.text();
                    }
                } else if (!t.is(Token.Type.WORD)) {
                    error(s.line(), "unexpected '" + t.show() + "'", hintFor(s.keyword()));
                } else if (SEXES.containsKey(word) || word.equals("org")) {
                    if (a.sex != null || a.organisation) {
                        error(s.line(), "'" + id + "' has two kinds (" + (a.organisation ? "org" : a.sex.word())
                                + " and " + word + ")", "give one of " + String.join(", ", SEXES.keySet())
                                + " or org");
                    } else if (word.equals("org")) {
                        a.organisation = true;
                    } else {
                        a.sex = SEXES.get(word);
                    }
                } else if (MARKERS.containsKey(word)) {
                    a.markers.add(MARKERS.get(word));
                } else if (inRing && SECTORS.containsKey(word)) {
                    if (a.sector != null) {
                        error(s.line(), "'" + id + "' is in two sectors", "choose one");
                    } else {
                        a.sector = SECTORS.get(word);
                    }
                } else if (inRing && word.matches("[0-9]+")) {
                    int d = Integer.parseInt(word.length() > 3 ? "99" : word);
                    if (d < 1 || d > 3) {
                        error(s.line(), "distance " + word + " is not 1, 2 or 3", "1 is close to the client, 3 far");
                    } else if (a.distance != 0) {
                        error(s.line(), "'" + id + "' has two distances", "give one: 1, 2 or 3");
                    } else {
                        a.distance = d;
                    }
                } else {
                    error(s.line(), inRing ? "unknown sector or word '" + t.text() + "' for '" + id + "'"
                                    : "unknown word '" + t.text() + "' for the client",
                            didYouMean(word, known) + (inRing ? "sectors are " + String.join(", ", SECTORS.keySet())
                                    + "; also a distance 1-3, a kind (" + String.join(", ", SEXES.keySet())
                                    + ", org), a name in quotes and markers (" + String.join(", ", MARKERS.keySet())
                                    + ")" : "the client has a kind, a name in quotes and markers"));
                }
            }
            if (a.sex == null) {
                a.sex = Sex.UNKNOWN;
            }
            return a;
        }

        private void link(Statement s) {
            List<Token> tokens = s.tokens();
            if (tokens.size() < 3) {
                error(s.line(), "'link' needs one or two people and a type", hintFor("link")
                        + "; types are " + String.join(", ", LINKS.keySet()));
                return;
            }
            int typeAt = tokens.size() >= 4 ? 3 : 2;
            List<String> ends = new ArrayList<>();
            for (int i = 1; i < typeAt; i++) {
                Optional<String> id = id(s, i, "people");
                if (id.isEmpty()) {
                    return;
                }
                if (!ids().contains(id.get())) {
                    error(s.line(), "unknown person '" + id.get() + "'", didYouMean(id.get(), ids())
                            + "people are " + list(ids()));
                    return;
                }
                ends.add(id.get());
            }
            String word = tokens.get(typeAt).text().toLowerCase(Locale.ROOT);
            LinkType type = LINKS.get(word);
            if (type == null) {
                error(s.line(), "unknown link type '" + tokens.get(typeAt).show() + "'", didYouMean(word,
                        LINKS.keySet()) + "types are " + String.join(", ", LINKS.keySet()));
                return;
            }
            extra(s, typeAt + 1, "after the link type");
            if (ends.size() == 1) {
                if (client == null) {
                    return;
                }
                ends.add(0, client.id());
            }
            if (ends.get(0).equals(ends.get(1))) {
                error(s.line(), "a link of '" + ends.get(0) + "' with themselves", "name two different people");
                return;
            }
            for (int i = 0; i < links.size(); i++) {
                if (links.get(i).is(ends.get(0), ends.get(1)) && links.get(i).type() == type) {
                    error(s.line(), "the " + type.word() + " link between " + ends.get(0) + " and " + ends.get(1)
                            + " is given twice", "first on line " + linkLines.get(i)
                            + "; two different types (support and stress) show a mixed tie");
                    return;
                }
            }
            links.add(new Link(ends.get(0), ends.get(1), type));
            linkLines.add(s.line());
        }
    }
}

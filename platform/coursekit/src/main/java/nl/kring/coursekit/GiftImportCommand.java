package nl.kring.coursekit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.kring.coursekit.gift.GiftImport;
import nl.kring.coursekit.gift.GiftImporter;
import nl.kring.coursekit.gift.ImportNote;
import nl.kring.coursekit.gift.ItemIds;
import nl.kring.coursekit.gift.QuizYamlWriter;

/**
 * {@code import-gift <file.gift> --out <course>/quizzes/<name>.yaml [--language nl] [--id quiz-id] [--module module-id]
 * [--title "…"] [--force]}: writes the questions of a Moodle GIFT file as a Kring quiz and reports what was skipped or
 * approximated, by GIFT line. Exits 0 when the quiz was written, 1 when the file cannot be read or holds nothing
 * importable, 2 on wrong usage (an existing quiz is only overwritten with {@code --force}).
 */
final class GiftImportCommand {

    static final String USAGE = "import-gift <file.gift> --out <course>/quizzes/<name>.yaml [--language nl] [--id quiz-id]"
            + " [--module module-id] [--title \"...\"] [--force]";
    private static final Set<String> VALUE_OPTIONS = Set.of("--out", "--language", "--id", "--module", "--title");
    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[a-z]{2,3}");

    private final PrintStream out;
    private final PrintStream err;

    private GiftImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    static int run(List<String> arguments, PrintStream out, PrintStream err) throws IOException {
        return new GiftImportCommand(out, err).run(arguments);
    }

    private int run(List<String> arguments) throws IOException {
        Map<String, String> options = new HashMap<>();
        String input = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (VALUE_OPTIONS.contains(argument)) {
                if (i + 1 >= arguments.size()) {
                    return usage(argument + " needs a value");
                }
                options.put(argument, arguments.get(++i));
            } else if (argument.startsWith("--") && !argument.equals("--force")) {
                return usage("unknown option " + argument);
            } else if (!argument.startsWith("--")) {
                if (input != null) {
                    return usage("one GIFT file at a time, not also " + argument);
                }
                input = argument;
            }
        }
        if (input == null || !options.containsKey("--out")) {
            return usage(input == null ? "which GIFT file?" : "--out is required");
        }
        Path target = Path.of(options.get("--out"));
        String name = target.getFileName().toString();
        String language = options.getOrDefault("--language", "nl");
        String id = options.getOrDefault("--id", ItemIds.slug(name.replaceFirst("\\.yaml$", "")));
        String module = options.getOrDefault("--module", "");
        if (!name.endsWith(".yaml")) {
            return usage("--out names the quiz file, ending in .yaml, e.g. quizzes/toets.yaml");
        }
        if (!LANGUAGE.matcher(language).matches()) {
            return usage("--language takes a language code such as nl or en, not '" + language + "'");
        }
        if (!Ids.SLUG.matcher(id).matches() || !module.isEmpty() && !Ids.SLUG.matcher(module).matches()) {
            return usage("--id and --module take slugs: lowercase letters, digits and '-'");
        }
        if (Files.exists(target) && !arguments.contains("--force")) {
            err.println(target + " exists; add --force to overwrite it");
            return 2;
        }
        Optional<String> gift = read(Path.of(input));
        if (gift.isEmpty()) {
            return 1;
        }
        GiftImport imported = new GiftImporter().read(gift.get());
        String source = Path.of(input).getFileName().toString();
        out.println(input + ": " + imported.summary());
        for (ImportNote note : imported.notes()) {
            if (note.kind() != ImportNote.Kind.SKIPPED) {
                out.println(input + ":" + note.line() + ": " + note.kind().label() + ": " + note.message());
            }
        }
        if (imported.items().isEmpty()) {
            out.println(input + ": no question could be imported; nothing written");
            return 1;
        }
        String title = options.getOrDefault("--title", titleFrom(name));
        write(target, QuizYamlWriter.write(new QuizYamlWriter.Header(id, title, module, language, source), imported),
                arguments.contains("--force"));
        out.println("wrote " + target);
        new GiftImportHints(out).print(target, language, module);
        return 0;
    }

    private Optional<String> read(Path input) {
        if (!Files.isRegularFile(input)) {
            err.println(input + ": no such file");
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(input);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            err.println(input + ": not UTF-8 text; save the file as UTF-8 (Moodle exports are) and try again");
        } catch (IOException e) {
            err.println(input + ": cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static void write(Path target, String yaml, boolean overwrite) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try {
            Files.writeString(target, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    overwrite ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(target + " was created while importing; run again with --force to overwrite it", e);
        }
    }

    /** {@code toets-week-1.yaml} gives the title {@code Toets week 1}. */
    static String titleFrom(String fileName) {
        String words = fileName.replaceFirst("\\.yaml$", "").replaceAll("[-_]+", " ").trim();
        return words.isEmpty() ? fileName : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private int usage(String problem) {
        err.println(problem);
        err.println("usage: " + USAGE);
        return 2;
    }
}

package nl.kring.genogram;

import java.util.List;
import java.util.Optional;

import nl.kring.api.content.Diagram;
import nl.kring.api.content.DiagramElement;
import nl.kring.api.content.DiagramElements;
import nl.kring.api.content.DiagramForm;
import nl.kring.api.content.DiagramProblem;
import nl.kring.api.content.DiagramType;
import org.pf4j.Extension;

/**
 * Genograms in lessons: a {@code ```genogram} code block becomes a drawing after McGoldrick, Gerson & Petry with a
 * text alternative. See {@link Genograms} for the notation.
 */
@Extension
public class GenogramDiagramType implements DiagramType {

    @Override
    public String language() {
        return "genogram";
    }

    @Override
    public List<DiagramProblem> check(String source) {
        return problems(source, language());
    }

    @Override
    public Diagram render(String source, String language) {
        return diagram(source, language(), language);
    }

    @Override
    public Optional<DiagramForm> form(String language) {
        return Optional.of(GenogramForm.of(language));
    }

    @Override
    public DiagramElements elements(String source, String language) {
        return GenogramElements.read(source, language);
    }

    @Override
    public String source(List<DiagramElement> elements) {
        return GenogramWriter.write(elements);
    }

    static List<DiagramProblem> problems(String source, String blockLanguage) {
        return Genograms.check(source, blockLanguage).stream()
                .map(p -> new DiagramProblem(p.line(), p.message(), p.hint(), !p.isError())).toList();
    }

    static Diagram diagram(String source, String blockLanguage, String language) {
        Rendered rendered = Genograms.render(source, blockLanguage, language);
        Words words = Words.of(language);
        String title = rendered.diagram() instanceof NetworkMap map ? TextAlternative.title(map, words)
                : TextAlternative.title((Genogram) rendered.diagram(), words);
        return new Diagram(rendered.svg(), title, rendered.text());
    }
}

package nl.kring.plugin;

import nl.kring.api.question.QuestionType;
import org.pf4j.PluginManager;
import org.springframework.stereotype.Component;

/** The quiz item types the started plugins add to the built-in ones, each with the plugin it comes from. */
@Component
class PluginQuestionTypes extends ContributedTypes<QuestionType> {

    PluginQuestionTypes(PluginManager plugins, PluginGuard guard) {
        super(plugins, guard, QuestionType.class, QuestionType::type);
    }
}

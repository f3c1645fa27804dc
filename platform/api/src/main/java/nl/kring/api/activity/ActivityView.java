package nl.kring.api.activity;

import java.util.List;

/**
 * What an activity shows: an introduction and a list of blocks, rendered by the platform.
 *
 * @since 1.0.0
 */
public record ActivityView(String introMarkdown, List<ActivityBlock> blocks) {

    public ActivityView {
        blocks = List.copyOf(blocks);
    }
}

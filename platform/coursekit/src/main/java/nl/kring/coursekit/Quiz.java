package nl.kring.coursekit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A quiz from {@code quizzes/<name>.yaml}: placed in a module like a lesson, with a pass mark in percent and the
 * settings for attempts, shuffling, time and feedback.
 */
public record Quiz(String id, String path, LocalizedText title, String module, int order, int passMark,
                   QuizSettings settings, List<QuizItem> items) {

    public Quiz {
        items = List.copyOf(items);
    }

    /** Every question of the quiz in the order written, cases and pools unfolded. */
    public List<QuizLeaf> leaves() {
        List<QuizLeaf> leaves = new ArrayList<>();
        for (QuizItem item : items) {
            if (item.isGroup() && item.group().isPool()) {
                item.group().items().forEach(drawn -> leaves.addAll(block(drawn)));
            } else {
                leaves.addAll(block(item));
            }
        }
        return leaves;
    }

    /**
     * The questions of one attempt, in the order shown: {@code draw} items from every pool, and in an order of the
     * attempt's own when the quiz shuffles items (the items of a case stay together, in their order).
     */
    public List<QuizLeaf> draw(Random random) {
        List<List<QuizLeaf>> blocks = new ArrayList<>();
        for (QuizItem item : items) {
            if (item.isGroup() && item.group().isPool()) {
                List<QuizItem> pool = new ArrayList<>(item.group().items());
                Collections.shuffle(pool, random);
                List<QuizItem> drawn = pool.subList(0, Math.min(item.group().draw(), pool.size()));
                item.group().items().stream().filter(drawn::contains).forEach(d -> blocks.add(block(d)));
            } else {
                blocks.add(block(item));
            }
        }
        if (settings.shuffleItems()) {
            Collections.shuffle(blocks, random);
        }
        return blocks.stream().flatMap(List::stream).toList();
    }

    /** The number of questions one attempt asks. */
    public int questionsPerAttempt() {
        return draw(new Random(0)).size();
    }

    private static List<QuizLeaf> block(QuizItem item) {
        if (!item.isGroup()) {
            return List.of(new QuizLeaf(item.id(), item, Optional.empty()));
        }
        return item.group().items().stream()
                .map(sub -> new QuizLeaf(item.id() + "/" + sub.id(), sub, Optional.of(item))).toList();
    }
}

package org.baogao.cleaning.edit;

/**
 * One kind of noise, one stage: it reads {@link EditableText#text()}, queues its edits (and flags) in text
 * order, and leaves the commit to the pipeline. A stage never sees another stage's pending edits.
 */
public interface CleaningStage {

    /** Short name used in logs and benchmarks. */
    String name();

    void apply(EditableText text);

    /** Runs the stage alone on a fresh text and commits: what stage tests use. */
    static EditableText runAlone(CleaningStage stage, String input) {
        EditableText text = new EditableText(input);
        stage.apply(text);
        text.commit();
        return text;
    }
}

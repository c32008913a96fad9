package org.baogao.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Enables a {@link RequiresShared} test when every file it names is in {@code ../shared}; otherwise disables
 * it and says so in one line, because a skipped test that says nothing reads like a passed one.
 */
public class SharedDataCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<RequiresShared> annotation = AnnotationSupport.findAnnotation(context.getElement(), RequiresShared.class);
        if (annotation.isEmpty()) {
            return ConditionEvaluationResult.enabled("no shared data needed");
        }
        List<String> missing = Arrays.stream(annotation.get().value())
                .filter(relative -> ProjectFiles.shared(relative).isEmpty())
                .toList();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("shared data present");
        }
        String test = context.getTestClass().map(Class::getSimpleName).orElse(context.getDisplayName())
                + context.getTestMethod().map(m -> "." + m.getName()).orElse("");
        String reason = "skipped " + test + ": needs " + String.join(", ", missing)
                + " in " + ProjectFiles.sharedFolder() + " (not in this clone; CI has it)";
        System.err.println(reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}

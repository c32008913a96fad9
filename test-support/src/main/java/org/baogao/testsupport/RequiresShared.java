package org.baogao.testsupport;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test (class or method) that reads data from {@code ../shared}: it runs where those files are (CI, the
 * developers' machines) and is skipped with one line on standard error where they are not (a fresh clone of
 * the public repository), so the default test command passes anywhere.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SharedDataCondition.class)
public @interface RequiresShared {
    /** Paths inside {@code ../shared} the test reads, e.g. {@code spec/seed-gold.json}. */
    String[] value();
}

package org.crosscheck.extract;

import org.crosscheck.avro.Category;

/**
 * How victim categories nest: children and women are civilians; civilians and combatants are
 * people. The extractor links a part to its whole with it, the reconciler compares figures with it.
 */
public final class Categories {

    private Categories() {
    }

    /** {@code part} is a strict subset of {@code whole}: children of civilians, civilians of people. */
    public static boolean strictlyContains(Category whole, Category part) {
        return switch (whole) {
            case PEOPLE -> part != Category.PEOPLE;
            case CIVILIANS -> part == Category.CHILDREN || part == Category.WOMEN;
            default -> false;
        };
    }

    /** The same category, or one inside it. */
    public static boolean includes(Category whole, Category part) {
        return whole == part || strictlyContains(whole, part);
    }
}

package org.crosscheck.extract.text;

import java.util.List;

/**
 * One sentence of a segment. {@code paragraph} counts paragraphs from 0 so that later steps can
 * tell "the next sentence" from "the next paragraph" (subsets and quotes do not cross paragraphs).
 */
public record Sentence(int start, int end, int paragraph, List<Token> tokens) {

    public String text(String segment) {
        return segment.substring(start, end);
    }
}

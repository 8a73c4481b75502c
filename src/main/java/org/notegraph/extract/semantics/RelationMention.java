package org.notegraph.extract.semantics;

import org.notegraph.extract.text.SourceSpan;
import org.notegraph.model.Relation;

/**
 * A typed relation a note states (proposes, extends, disputes, supports, outperforms, uses,
 * studies), with the sentence that states it, where, how sure, the rule that read it, and how the
 * note writes each end when it is a concept (null otherwise).
 */
public record RelationMention(Endpoint subject, Relation relation, Endpoint object, String evidence,
                              SourceSpan span, double confidence, String rule, String subjectText, String objectText) implements java.io.Serializable {
    /** The ends as written are labels: a name the note wrapped across lines is kept on one line. */
    public RelationMention {
        subjectText = oneLine(subjectText);
        objectText = oneLine(objectText);
    }

    private static String oneLine(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").strip();
    }
}

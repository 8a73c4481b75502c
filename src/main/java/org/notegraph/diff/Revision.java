package org.notegraph.diff;

/**
 * One side of a diff: a commit of the notes' repository (as the user named it, its abbreviated id
 * and the first line of its message), or the working tree, the notes folder as it is on disk.
 */
public record Revision(String name, String commit, String subject) {
    private static final String WORKING_TREE = "working tree";

    public static Revision workingTree() { return new Revision(WORKING_TREE, null, null); }

    public boolean isWorkingTree() { return commit == null; }

    /** "HEAD~1 (1a2b3c4 Add a paper)", "1a2b3c4 Add a paper" when named by its id, or "working tree". */
    public String describe() {
        if (isWorkingTree()) return WORKING_TREE;
        String commitLine = subject == null || subject.isBlank() ? commit : commit + " " + subject;
        return name.equals(commit) ? commitLine : name + " (" + commitLine + ")";
    }
}

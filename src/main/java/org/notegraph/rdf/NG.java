package org.notegraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.notegraph.model.Namespaces;
import org.notegraph.model.Relation;

/** The notegraph ontology's terms ({@code ontology/notegraph.ttl}), declared once as nodes. */
public final class NG {
    public static final String NS = Namespaces.NOTEGRAPH;

    public static String getURI() { return NS; }

    private static Node term(String local) { return NodeFactory.createURI(NS + local); }

    // Classes
    public static final Node Note = term("Note");
    public static final Node Mention = term("Mention");
    public static final Node PaperMention = term("PaperMention");
    public static final Node Paper = term("Paper");
    public static final Node Venue = term("Venue");
    public static final Node Method = term("Method");
    public static final Node Phenomenon = term("Phenomenon");
    public static final Node Claim = term("Claim");
    public static final Node CitedWork = term("CitedWork");
    public static final Node Dataset = term("Dataset");
    public static final Node Task = term("Task");
    public static final Node ConceptMention = term("ConceptMention");
    public static final Node RelationStatement = term("RelationStatement");

    // Note properties
    public static final Node path = term("path");
    public static final Node tag = term("tag");
    public static final Node contentHash = term("contentHash");
    public static final Node lineCount = term("lineCount");
    public static final Node extractionFingerprint = term("extractionFingerprint");
    public static final Node quadCount = term("quadCount");

    // Mention properties
    public static final Node inNote = term("inNote");
    public static final Node line = term("line");
    public static final Node endLine = term("endLine");
    public static final Node rule = term("rule");
    public static final Node titleAsWritten = term("titleAsWritten");
    public static final Node linkText = term("linkText");
    public static final Node url = term("url");
    public static final Node authorsAsWritten = term("authorsAsWritten");
    public static final Node venue = term("venue");
    public static final Node venueAsWritten = term("venueAsWritten");
    public static final Node topic = term("topic");
    public static final Node body = term("body");
    public static final Node identityKey = term("identityKey");

    // Identifiers and links (mentions and papers)
    public static final Node openreviewId = term("openreviewId");
    public static final Node arxivId = term("arxivId");
    public static final Node aclId = term("aclId");
    public static final Node codeLink = term("codeLink");
    public static final Node datasetLink = term("datasetLink");
    public static final Node year = term("year");

    // Venues and papers
    public static final Node venueSeries = term("venueSeries");
    public static final Node mentionCount = term("mentionCount");
    public static final Node mentionedIn = term("mentionedIn");

    // The semantic layer's relations are the Relation constants (relation(Relation)); their statements:
    public static final Node confidence = term("confidence");
    public static final Node evidence = term("evidence");

    // The semantic layer's statements
    public static final Node textAsWritten = term("textAsWritten");
    public static final Node inPaperMention = term("inPaperMention");
    public static final Node occurrences = term("occurrences");
    public static final Node stance = term("stance");
    public static final Node about = term("about");
    public static final Node attributedTo = term("attributedTo");
    public static final Node relation = term("relation");
    public static final Node subject = term("subject");
    public static final Node object = term("object");
    public static final Node subjectMention = term("subjectMention");
    public static final Node subjectText = term("subjectText");
    public static final Node objectText = term("objectText");
    public static final Node objectMention = term("objectMention");

    // Markup: wikilinks and fields a note writes (issue 13: nothing silently dropped)
    public static final Node WikiLink = term("WikiLink");
    public static final Node NoteField = term("NoteField");
    public static final Node linkTarget = term("linkTarget");
    public static final Node linkHeading = term("linkHeading");
    public static final Node linkAlias = term("linkAlias");
    public static final Node embed = term("embed");
    public static final Node linksTo = term("linksTo");
    public static final Node targetKind = term("targetKind");
    public static final Node fieldKey = term("fieldKey");
    public static final Node fieldValue = term("fieldValue");

    // Enrichment: what scholarly services say about a paper (graph/enrichment, written by notegraph enrich)
    public static final Node Enrichment = term("Enrichment");
    public static final Node enrichedBy = term("enrichedBy");
    public static final Node enrichmentSource = term("enrichmentSource");
    public static final Node venueName = term("venueName");

    /** The ontology's property for a relation ({@code ng:extends}). */
    public static Node relation(Relation relation) {
        return NodeFactory.createURI(relation.iri());
    }

    private NG() {}
}

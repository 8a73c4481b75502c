package org.notegraph.publish;

/** What a publish did: graphs sent, deleted and left alone, triples sent, requests made, time taken. */
public record PublishReport(int sent, int deleted, int unchanged, long triples, long requests, double seconds) {
    /** The summary line the command prints. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d graphs sent (%,d triples), %d deleted, %d unchanged; %d requests, %.1f s",
                sent, triples, deleted, unchanged, requests, seconds);
    }
}

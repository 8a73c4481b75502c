package org.notegraph.serve.pages;

import java.time.Duration;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.fuseki.FusekiConfigException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.notegraph.model.Namespaces;

/**
 * The notegraph pages as a Fuseki module: {@code /home}, {@code /page?iri=}, {@code /search},
 * {@code /evidence?iri=} (the statements behind a paper's evidence counts), {@code /map} and
 * {@code /map.json} (the literature map), {@code /assets/} (its scripts), IRIs
 * under the instance base resolved by path, and a link from the Fuseki UI to the home page.
 */
public final class PagesModule implements FusekiModule {
    private final String dataset;
    private final String baseOption;
    private final Duration timeout;
    private final Supplier<String> notice;
    private volatile String base;

    /**
     * @param dataset the dataset the pages read (its name, without the slash)
     * @param base    the instance IRI base, or null to find it in the dataset
     */
    public PagesModule(String dataset, String base) {
        this(dataset, base, PageQueries.DEFAULT_TIMEOUT);
    }

    /**
     * @param timeout the time limit of every query a page runs (the server's {@code --timeout});
     *                a page that runs longer answers 503
     */
    public PagesModule(String dataset, String base, Duration timeout) {
        this(dataset, base, timeout, null);
    }

    /**
     * @param notice what the home page says about where the data comes from (asked on every view,
     *               e.g. when a copy of a remote store was fetched), or null to say nothing
     */
    public PagesModule(String dataset, String base, Duration timeout, Supplier<String> notice) {
        this.dataset = dataset;
        this.baseOption = base;
        this.timeout = timeout;
        this.notice = notice;
    }

    @Override
    public String name() { return "notegraph pages"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        DatasetGraph dsg = builder.getDataset("/" + dataset);
        if (dsg == null) throw new FusekiConfigException("no dataset /" + dataset + " for the notegraph pages");
        base = baseOption != null ? baseOption : detectBase(dsg);
        Pages pages = new Pages(new PageData(dsg, new Site(base, dataset), timeout, notice));
        builder.addServlet(Site.HOME, pages.new HomeServlet())
                .addServlet(Site.PAGE, pages.new PageServlet())
                .addServlet(Site.SEARCH, pages.new SearchServlet())
                .addServlet(Site.GAPS, pages.new GapsServlet())
                .addServlet(Site.EVIDENCE, pages.new EvidenceServlet())
                .addServlet(Site.MAP, pages.new MapServlet())
                .addServlet(Site.MAP_JSON, pages.new MapJsonServlet())
                .addServlet(Site.ASSETS + "/*", new Assets())
                .addFilter("/*", new ResourcePathFilter(pages))
                .addFilter("/*", new UiLinkFilter());
    }

    /** The base in use (known once the server is built). */
    public String base() { return base; }

    /**
     * The instance base a build used: the entities graph is always {@code <base>graph/entities}.
     * Falls back to the default base for a dataset without one.
     */
    static String detectBase(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Iterator<Node> names = dsg.listGraphNodes();
            while (names.hasNext()) {
                Node g = names.next();
                if (g.isURI() && g.getURI().endsWith("/graph/entities")) {
                    return g.getURI().substring(0, g.getURI().length() - "graph/entities".length());
                }
            }
            return Namespaces.DEFAULT_BASE;
        });
    }
}

package org.notegraph.serve;

import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.FusekiConfigException;
import org.apache.jena.fuseki.build.FusekiConfig;
import org.apache.jena.fuseki.ctl.ActionCtl;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mgt.ActionBackup;
import org.apache.jena.fuseki.mgt.ActionBackupList;
import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.rdf.model.Model;

/**
 * Fuseki's server control, which the UI needs: the server and dataset descriptions, statistics,
 * tasks, and the admin operations (create, delete and back up datasets, compact). It is Fuseki's
 * own {@code FMod_Admin} with one difference: its work area is a folder we choose (never
 * {@code ./run}), and nothing here is open by itself; {@link WriteGuard} and the server's
 * security handler keep the operations that change the server behind a login.
 */
final class AdminModule implements FusekiModule {
    private final Path area;

    AdminModule(Path area) { this.area = area; }

    @Override
    public String name() { return "notegraph admin"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        FusekiServerCtl serverCtl = new FusekiServerCtl(area.toAbsolutePath());
        serverCtl.setup();
        builder.addServletAttribute(Fuseki.attrFusekiServerCtl, serverCtl);

        // Datasets an admin created on an earlier run.
        for (DataAccessPoint dap : FusekiConfig.readConfigurationDirectory(FusekiServerCtl.dirConfiguration.toString())) {
            if (datasetNames.contains(dap.getName())) {
                throw new FusekiConfigException("dataset " + dap.getName() + " is defined twice (here and in " + FusekiServerCtl.dirConfiguration + ")");
            }
            builder.add(dap.getName(), dap.getDataService());
        }

        ActionCtl backup = new ActionBackup();
        builder.addServlet("/$/datasets/*", new ActionDatasets())
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/backup/*", backup)
                .addServlet("/$/backups/*", backup)
                .addServlet("/$/backups-list", new ActionBackupList())
                .enableTasks(true)
                .enableStats(true)
                .enablePing(true)
                .enableCompact(true);
    }

    @Override
    public void serverReload(FusekiServer server) {}
}

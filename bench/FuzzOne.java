import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * bench/fuzz's runner: runs one fuzz test class through the JUnit Platform launcher, without Maven,
 * with the given JUnit configuration parameters ({@code key=value}; Jazzer reads its libFuzzer
 * arguments from them). Fuzzing mode is the caller's {@code JAZZER_FUZZ}. Exits 1 on a finding.
 */
public final class FuzzOne {
    public static void main(String[] args) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            parameters.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(args[0]))
                .configurationParameters(parameters)
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        PrintWriter out = new PrintWriter(System.out, true);
        summary.printFailuresTo(out, 12);
        out.printf("fuzz-one: %d tests, %d failed%n", summary.getTestsFoundCount(), summary.getTotalFailureCount());
        System.exit(summary.getTotalFailureCount() == 0 && summary.getTestsFoundCount() > 0 ? 0 : 1);
    }
}

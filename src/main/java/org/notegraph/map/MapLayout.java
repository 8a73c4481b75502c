package org.notegraph.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Positions for drawing a subgraph without a browser: the nodes start on a circle in the
 * subgraph's order (the focus in the centre) and a fixed number of force-layout steps
 * (Fruchterman–Reingold: edges pull, all pairs push, the step shrinking each round) spread them.
 * No randomness, so the same subgraph always gives the same picture.
 */
public final class MapLayout {
    /** A position in the drawing, {@code 0..size} on both axes. */
    public record Point(double x, double y) {}

    static final int ITERATIONS = 150;

    private MapLayout() {}

    public static Map<String, Point> of(Subgraph g, double size) {
        List<MapNode> nodes = g.nodes();
        int n = nodes.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) index.put(nodes.get(i).id(), i);
        double[] x = new double[n];
        double[] y = new double[n];
        double c = size / 2;
        int start = g.focus() != null && n > 0 && nodes.get(0).id().equals(g.focus()) ? 1 : 0;
        if (start == 1) {
            x[0] = c;
            y[0] = c;
        }
        int ring = n - start;
        for (int i = start; i < n; i++) {
            double a = 2 * Math.PI * (i - start) / Math.max(1, ring);
            x[i] = c + size * 0.4 * Math.cos(a);
            y[i] = c + size * 0.4 * Math.sin(a);
        }
        if (n > 1) {
            double k = Math.sqrt(size * size / n) * 0.8;
            double t = size / 10;
            for (int it = 0; it < ITERATIONS; it++) {
                double[] dx = new double[n];
                double[] dy = new double[n];
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        double ex = x[i] - x[j];
                        double ey = y[i] - y[j];
                        double d = Math.max(0.01, Math.hypot(ex, ey));
                        double f = k * k / d;
                        dx[i] += ex / d * f;
                        dy[i] += ey / d * f;
                        dx[j] -= ex / d * f;
                        dy[j] -= ey / d * f;
                    }
                }
                for (MapEdge e : g.edges()) {
                    Integer a = index.get(e.source());
                    Integer b = index.get(e.target());
                    if (a == null || b == null || a.equals(b)) continue;
                    double ex = x[a] - x[b];
                    double ey = y[a] - y[b];
                    double d = Math.max(0.01, Math.hypot(ex, ey));
                    double f = d * d / k;
                    dx[a] -= ex / d * f;
                    dy[a] -= ey / d * f;
                    dx[b] += ex / d * f;
                    dy[b] += ey / d * f;
                }
                for (int i = 0; i < n; i++) {
                    // gravity towards the centre keeps components that share no edge in the picture
                    dx[i] += (c - x[i]) * 0.05;
                    dy[i] += (c - y[i]) * 0.05;
                    double d = Math.max(0.01, Math.hypot(dx[i], dy[i]));
                    double step = Math.min(d, t);
                    // labels run about 100 px either side of a node: keep nodes further from the sides than from top and bottom
                    x[i] = clamp(x[i] + dx[i] / d * step, size, 0.1);
                    y[i] = clamp(y[i] + dy[i] / d * step, size, 0.04);
                }
                t = Math.max(size / 500, t * 0.97);
            }
        }
        Map<String, Point> out = new HashMap<>();
        for (int i = 0; i < n; i++) out.put(nodes.get(i).id(), new Point(x[i], y[i]));
        return out;
    }

    private static double clamp(double v, double size, double margin) {
        return Math.max(size * margin, Math.min(size * (1 - margin), v));
    }
}

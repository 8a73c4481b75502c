package org.notegraph.query;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Every variable a parsed query mentions, wherever: its patterns, filters, binds, values, sub-queries,
 * projection expressions, grouping, ordering and template. These are the names {@code --param} may bind.
 */
public final class QueryVariables {
    private QueryVariables() {}

    public static SortedSet<String> of(Query query) {
        SortedSet<String> names = new TreeSet<>();
        collect(query, names);
        return names;
    }

    private static void collect(Query q, SortedSet<String> names) {
        if (q.isQueryResultStar() || q.getProject() != null) q.getProjectVars().forEach(v -> names.add(v.getVarName()));
        if (q.getProject() != null) exprs(q.getProject().getExprs().values(), names);
        if (q.hasGroupBy()) {
            q.getGroupBy().getVars().forEach(v -> names.add(v.getVarName()));
            exprs(q.getGroupBy().getExprs().values(), names);
        }
        if (q.hasHaving()) exprs(q.getHavingExprs(), names);
        for (var agg : q.getAggregators()) {
            if (agg.getAggregator().getExprList() != null) exprs(agg.getAggregator().getExprList().getList(), names);
        }
        if (q.hasOrderBy()) for (SortCondition c : q.getOrderBy()) expr(c.getExpression(), names);
        if (q.getConstructTemplate() != null) for (Triple t : q.getConstructTemplate().getTriples()) triple(t, names);
        if (q.getQueryPattern() == null) return;
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override public void visit(ElementTriplesBlock el) { el.getPattern().forEach(t -> triple(t, names)); }
            @Override public void visit(ElementPathBlock el) {
                for (TriplePath tp : el.getPattern()) {
                    node(tp.getSubject(), names);
                    if (tp.getPredicate() != null) node(tp.getPredicate(), names);
                    node(tp.getObject(), names);
                }
            }
            @Override public void visit(ElementFilter el) { expr(el.getExpr(), names); }
            @Override public void visit(ElementBind el) { names.add(el.getVar().getVarName()); expr(el.getExpr(), names); }
            @Override public void visit(ElementAssign el) { names.add(el.getVar().getVarName()); expr(el.getExpr(), names); }
            @Override public void visit(ElementData el) { el.getVars().forEach(v -> names.add(v.getVarName())); }
            @Override public void visit(ElementNamedGraph el) { node(el.getGraphNameNode(), names); }
            @Override public void visit(ElementSubQuery el) { collect(el.getQuery(), names); }
        });
    }

    private static void triple(Triple t, SortedSet<String> names) {
        node(t.getSubject(), names);
        node(t.getPredicate(), names);
        node(t.getObject(), names);
    }

    private static void node(Node n, SortedSet<String> names) {
        if (n != null && Var.isVar(n) && !Var.isBlankNodeVar(n)) names.add(n.getName());
    }

    private static void exprs(Collection<Expr> exprs, SortedSet<String> names) {
        for (Expr e : exprs) expr(e, names);
    }

    private static void expr(Expr e, SortedSet<String> names) {
        if (e != null) e.getVarsMentioned().forEach(v -> { if (!Var.isAllocVar(v)) names.add(v.getVarName()); });
    }
}

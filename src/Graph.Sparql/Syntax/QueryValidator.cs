using Graph.Sparql.Algebra;

namespace Graph.Sparql.Syntax;

/// <summary>
/// The rules of SPARQL 1.1 that the grammar cannot express (sections 18.2.1, 18.2.4.1, 19.8 notes):
/// variable scope of BIND and SELECT expressions, and projection in aggregate queries.
/// </summary>
internal static class QueryValidator
{
    public static void Validate(SparqlQuery query)
    {
        if (query.Where is not null)
        {
            ValidateGroup(query.Where);
        }

        ValidateProjection(query);
    }

    /// <summary>The variables a group graph pattern may bind (its in-scope variables, section 18.2.1).</summary>
    public static HashSet<string> InScope(GroupGraphPattern group)
    {
        var scope = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in group.Elements)
        {
            AddInScope(element, scope);
        }

        return scope;
    }

    private static void AddInScope(PatternElement element, HashSet<string> scope)
    {
        switch (element)
        {
            case TriplesElement triples:
                foreach (var t in triples.Triples)
                {
                    if (t is TriplePattern tp)
                    {
                        scope.UnionWith(tp.Variables);
                    }
                    else if (t is PathPattern pp)
                    {
                        if (pp.Subject.IsVariable)
                        {
                            scope.Add(pp.Subject.Variable!);
                        }

                        if (pp.Object.IsVariable)
                        {
                            scope.Add(pp.Object.Variable!);
                        }
                    }
                }

                break;
            case OptionalElement optional:
                scope.UnionWith(InScope(optional.Pattern));
                break;
            case UnionElement union:
                foreach (var alternative in union.Alternatives)
                {
                    scope.UnionWith(InScope(alternative));
                }

                break;
            case GraphElement graph:
                if (graph.Graph.IsVariable)
                {
                    scope.Add(graph.Graph.Variable!);
                }

                scope.UnionWith(InScope(graph.Pattern));
                break;
            case ServiceElement service:
                if (service.Endpoint.IsVariable)
                {
                    scope.Add(service.Endpoint.Variable!);
                }

                scope.UnionWith(InScope(service.Pattern));
                break;
            case BindElement bind:
                scope.Add(bind.Variable);
                break;
            case ValuesElement values:
                scope.UnionWith(values.Data.Variables);
                break;
            case SubSelectElement sub:
                scope.UnionWith(ProjectedVariables(sub.Query));
                break;
        }
    }

    /// <summary>The variables a SELECT query (or sub-query) projects.</summary>
    public static IEnumerable<string> ProjectedVariables(SparqlQuery query)
    {
        if (!query.SelectAll)
        {
            return query.Projection.Select(p => p.Variable);
        }

        var scope = query.Where is null ? [] : InScope(query.Where);
        if (query.Values is not null)
        {
            scope.UnionWith(query.Values.Variables);
        }

        return scope.Where(v => !PatternNode.IsHiddenVariable(v));
    }

    private static void ValidateGroup(GroupGraphPattern group)
    {
        var scope = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in group.Elements)
        {
            switch (element)
            {
                case BindElement bind when scope.Contains(bind.Variable):
                    throw new SparqlSyntaxException($"BIND assigns ?{bind.Variable}, which is already in scope in this group", 0, 0);
                case OptionalElement optional:
                    ValidateGroup(optional.Pattern);
                    break;
                case MinusElement minus:
                    ValidateGroup(minus.Pattern);
                    break;
                case UnionElement union:
                    foreach (var alternative in union.Alternatives)
                    {
                        ValidateGroup(alternative);
                    }

                    break;
                case GraphElement graph:
                    ValidateGroup(graph.Pattern);
                    break;
                case ServiceElement service:
                    ValidateGroup(service.Pattern);
                    break;
                case SubSelectElement sub:
                    Validate(sub.Query);
                    break;
            }

            foreach (var exists in ExistsOf(element))
            {
                ValidateGroup(exists.Pattern);
            }

            AddInScope(element, scope);
        }
    }

    private static IEnumerable<ExistsExpression> ExistsOf(PatternElement element)
    {
        var expression = element switch
        {
            FilterElement f => f.Condition,
            BindElement b => b.Value,
            _ => null,
        };
        if (expression is null)
        {
            return [];
        }

        var found = new List<ExistsExpression>();
        expression.Any(e =>
        {
            if (e is ExistsExpression x)
            {
                found.Add(x);
            }

            return false;
        });
        return found;
    }

    private static void ValidateProjection(SparqlQuery query)
    {
        var hasAggregates = query.Projection.Any(p => p.Value is not null && p.Value.Any(e => e is AggregateExpression))
            || query.Having.Count > 0 || query.OrderBy.Any(o => o.Value.Any(e => e is AggregateExpression));
        var grouped = query.GroupBy.Count > 0 || hasAggregates;
        var whereScope = query.Where is null ? [] : InScope(query.Where);
        var projected = new HashSet<string>(StringComparer.Ordinal);
        if (grouped && query.SelectAll && query.Form == QueryForm.Select)
        {
            throw new SparqlSyntaxException("SELECT * is not allowed with GROUP BY or aggregates", 0, 0);
        }

        var groupVariables = new HashSet<string>(StringComparer.Ordinal);
        foreach (var condition in query.GroupBy)
        {
            if (condition.Variable is not null)
            {
                groupVariables.Add(condition.Variable);
            }
            else if (condition.Value is VariableExpression v)
            {
                groupVariables.Add(v.Name);
            }
        }

        foreach (var item in query.Projection)
        {
            if (item.Value is not null)
            {
                if (whereScope.Contains(item.Variable) || projected.Contains(item.Variable))
                {
                    throw new SparqlSyntaxException($"SELECT assigns ?{item.Variable}, which is already in scope", 0, 0);
                }

                if (grouped)
                {
                    foreach (var name in VariablesOutsideAggregates(item.Value))
                    {
                        if (!groupVariables.Contains(name) && !projected.Contains(name))
                        {
                            throw new SparqlSyntaxException($"?{name} is used in SELECT but neither grouped nor aggregated", 0, 0);
                        }
                    }
                }
            }
            else if (grouped && !groupVariables.Contains(item.Variable))
            {
                throw new SparqlSyntaxException($"?{item.Variable} is selected but neither grouped nor aggregated", 0, 0);
            }

            projected.Add(item.Variable);
        }
    }

    private static IEnumerable<string> VariablesOutsideAggregates(Expression expression)
    {
        if (expression is AggregateExpression)
        {
            yield break;
        }

        if (expression is VariableExpression v)
        {
            yield return v.Name;
        }

        foreach (var child in expression.Children)
        {
            foreach (var name in VariablesOutsideAggregates(child))
            {
                yield return name;
            }
        }
    }
}

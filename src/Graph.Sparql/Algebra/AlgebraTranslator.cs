using Graph.Sparql.Syntax;

namespace Graph.Sparql.Algebra;

/// <summary>
/// Translates a parsed query into the SPARQL algebra (section 18.2): group patterns, property paths,
/// grouping and aggregates, and the solution modifiers.
/// </summary>
public sealed class AlgebraTranslator
{
    private int _fresh;
    private int _aggregates;

    /// <summary>Translates a query (SELECT, CONSTRUCT, ASK or DESCRIBE) to its algebra expression.</summary>
    public static AlgebraOperator Translate(SparqlQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new AlgebraTranslator().TranslateQuery(query);
    }

    private AlgebraOperator TranslateQuery(SparqlQuery query)
    {
        var pattern = query.Where is null ? Table.Unit : TranslateGroup(query.Where);
        if (query.Values is not null)
        {
            pattern = MakeJoin(pattern, new Table(query.Values.Variables, query.Values.Rows));
        }

        var aggregations = new List<Aggregation>();
        var isGrouped = query.GroupBy.Count > 0
            || query.Projection.Any(p => p.Value is not null && p.Value.Any(e => e is AggregateExpression))
            || query.Having.Count > 0 || query.OrderBy.Any(o => o.Value.Any(e => e is AggregateExpression));
        Expression ReplaceAggregates(Expression e) => TranslateExpression(ExpressionRewriter.Rewrite(e, node =>
        {
            if (node is not AggregateExpression aggregate)
            {
                return null;
            }

            var variable = "_:agg" + (++_aggregates).ToString(System.Globalization.CultureInfo.InvariantCulture);
            aggregations.Add(new Aggregation(aggregate with { Argument = aggregate.Argument is null ? null : TranslateExpression(aggregate.Argument) }, variable));
            return new VariableExpression(variable);
        }));

        var projection = query.Projection.Select(p => p with { Value = p.Value is null ? null : ReplaceAggregates(p.Value) }).ToList();
        var having = query.Having.Select(ReplaceAggregates).ToList();
        var order = query.OrderBy.Select(o => o with { Value = ReplaceAggregates(o.Value) }).ToList();
        if (isGrouped)
        {
            var keys = new List<Expression>();
            foreach (var condition in query.GroupBy)
            {
                var value = TranslateExpression(condition.Value);
                if (condition.Variable is not null)
                {
                    pattern = new Extend(pattern, condition.Variable, value);
                    keys.Add(new VariableExpression(condition.Variable));
                }
                else
                {
                    keys.Add(value);
                }
            }

            pattern = new AggregateJoin(new Group(keys, pattern), aggregations);
        }

        if (having.Count > 0)
        {
            pattern = new Filter(having, pattern);
        }

        foreach (var item in projection)
        {
            if (item.Value is not null)
            {
                pattern = new Extend(pattern, item.Variable, item.Value);
            }
        }

        if (order.Count > 0)
        {
            pattern = new OrderBy(pattern, order);
        }

        if (query.Form == QueryForm.Select)
        {
            pattern = new Project(pattern, QueryValidator.ProjectedVariables(query).ToList());
        }

        if (query.Distinct)
        {
            pattern = new Distinct(pattern);
        }
        else if (query.Reduced)
        {
            pattern = new Reduced(pattern);
        }

        if (query.Limit is not null || query.Offset is not null)
        {
            pattern = new Slice(pattern, query.Offset ?? 0, query.Limit);
        }

        return pattern;
    }

    private AlgebraOperator TranslateGroup(GroupGraphPattern group)
    {
        var (result, filters) = TranslateGroupParts(group);
        return filters.Count > 0 ? new Filter(filters, result) : result;
    }

    private (AlgebraOperator Pattern, List<Expression> Filters) TranslateGroupParts(GroupGraphPattern group)
    {
        AlgebraOperator result = Table.Unit;
        var filters = new List<Expression>();
        foreach (var element in group.Elements)
        {
            switch (element)
            {
                case TriplesElement triples:
                    result = MakeJoin(result, TranslateTriples(triples.Triples));
                    break;
                case FilterElement filter:
                    filters.Add(TranslateExpression(filter.Condition));
                    break;
                case OptionalElement optional:
                    // The OPTIONAL group's own filters become the condition of the left join.
                    var (right, rightFilters) = TranslateGroupParts(optional.Pattern);
                    result = new LeftJoin(result, right, rightFilters.Count > 0 ? Conjunction(rightFilters) : null);
                    break;
                case MinusElement minus:
                    result = new Minus(result, TranslateGroup(minus.Pattern));
                    break;
                case BindElement bind:
                    result = new Extend(result, bind.Variable, TranslateExpression(bind.Value));
                    break;
                case UnionElement union:
                    var alternatives = union.Alternatives.Select(TranslateGroup).ToList();
                    var combined = alternatives[0];
                    for (var i = 1; i < alternatives.Count; i++)
                    {
                        combined = new Union(combined, alternatives[i]);
                    }

                    result = MakeJoin(result, combined);
                    break;
                case GraphElement graph:
                    result = MakeJoin(result, new NamedGraph(graph.Graph, TranslateGroup(graph.Pattern)));
                    break;
                case ServiceElement service:
                    result = MakeJoin(result, new Service(service.Endpoint, service.Silent, TranslateGroup(service.Pattern)));
                    break;
                case ValuesElement values:
                    result = MakeJoin(result, new Table(values.Data.Variables, values.Data.Rows));
                    break;
                case SubSelectElement sub:
                    result = MakeJoin(result, new ToMultiSet(TranslateQuery(sub.Query)));
                    break;
            }
        }

        return (result, filters);
    }

    private static Expression Conjunction(IReadOnlyList<Expression> conditions)
    {
        var result = conditions[0];
        for (var i = 1; i < conditions.Count; i++)
        {
            result = new BinaryExpression(BinaryOperator.And, result, conditions[i]);
        }

        return result;
    }

    private static AlgebraOperator MakeJoin(AlgebraOperator left, AlgebraOperator right)
    {
        if (left is Table { IsUnit: true })
        {
            return right;
        }

        if (right is Table { IsUnit: true })
        {
            return left;
        }

        if (left is Bgp a && right is Bgp b)
        {
            return new Bgp([.. a.Patterns, .. b.Patterns]);
        }

        return new Join(left, right);
    }

    private AlgebraOperator TranslateTriples(IReadOnlyList<object> items)
    {
        var triples = new List<TriplePattern>();
        var paths = new List<PathPattern>();
        foreach (var item in items)
        {
            if (item is TriplePattern t)
            {
                triples.Add(t);
            }
            else
            {
                AddPath((PathPattern)item, triples, paths);
            }
        }

        AlgebraOperator result = new Bgp(triples);
        foreach (var path in paths)
        {
            result = new Join(result, new PathMatch(path));
        }

        return result;
    }

    // Section 18.2.2.4: links, inverses and sequences become triple patterns; the rest stay paths.
    private void AddPath(PathPattern pattern, List<TriplePattern> triples, List<PathPattern> paths)
    {
        switch (pattern.Path)
        {
            case LinkPath link:
                triples.Add(new TriplePattern(pattern.Subject, PatternNode.Const(link.Predicate), pattern.Object));
                break;
            case InversePath inverse:
                AddPath(new PathPattern(pattern.Object, inverse.Inner, pattern.Subject), triples, paths);
                break;
            case SequencePath sequence:
                var middle = PatternNode.Var("_:path" + (++_fresh).ToString(System.Globalization.CultureInfo.InvariantCulture));
                AddPath(new PathPattern(pattern.Subject, sequence.First, middle), triples, paths);
                AddPath(new PathPattern(middle, sequence.Second, pattern.Object), triples, paths);
                break;
            default:
                paths.Add(pattern);
                break;
        }
    }

    private Expression TranslateExpression(Expression expression) => ExpressionRewriter.Rewrite(expression, node =>
        node is ExistsExpression exists ? exists with { Algebra = TranslateGroup(exists.Pattern) } : null);
}

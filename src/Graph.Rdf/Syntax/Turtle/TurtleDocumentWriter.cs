using System.Runtime.InteropServices;
using Graph.Rdf.Syntax.NTriples;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Syntax.Turtle;

/// <summary>
/// Lays out a buffered graph or dataset as Turtle or TriG: statements sorted (graph, subject,
/// predicate with <c>rdf:type</c> first, object) so the same graph always gives the same bytes;
/// subjects grouped with <c>;</c> and <c>,</c>; a blank node referenced once written in place as
/// <c>[ … ]</c>, and a well-formed RDF list as <c>( … )</c>. Every term is checked before the first
/// character is written, so a graph that cannot be written leaves no partial document.
/// </summary>
internal sealed class TurtleDocumentWriter
{
    private const int Pinned = int.MaxValue / 2;
    private const int NoGraph = -1;
    private const int ManyGraphs = -2;
    private const int MaxInlineDepth = 48;

    private readonly TurtleStatementBuffer _buffer;
    private readonly List<Term> _terms;
    private readonly TurtleTermWriter _termWriter;
    private readonly RdfTextOutput _output;
    private readonly Dictionary<BlankNode, string> _labels = [];
    private readonly Func<BlankNode, string> _labelOf;
    private int[] _statements = [];
    private int[] _order = [];
    private int _count;
    private int[] _prefix = [];
    private readonly BlankState?[] _blanks;

    public TurtleDocumentWriter(TurtleStatementBuffer buffer, TurtleTermWriter termWriter, RdfTextOutput output)
    {
        _buffer = buffer;
        _terms = buffer.Terms;
        _termWriter = termWriter;
        _output = output;
        _labelOf = LabelOf;
        _blanks = new BlankState?[_terms.Count];
    }

    public void Write()
    {
        Sort();
        Analyse();
        WritePrefixes();
        var start = 0;
        var first = true;
        while (start < _count)
        {
            var graph = Cell(start * 4);
            var end = start;
            while (end < _count && Cell(end * 4) == graph)
            {
                end++;
            }

            WriteGraph(graph, start, end, ref first);
            start = end;
        }

        _output.Commit();
    }

    /// <summary>
    /// Sorts the statements by graph, subject, predicate (<c>rdf:type</c> first) and object, and drops
    /// duplicates. Only graph names, subjects and predicates are ranked by a full sort of their terms;
    /// objects are put in order within each (graph, subject, predicate) group, which is small.
    /// </summary>
    private void Sort()
    {
        var terms = _terms;
        var statements = _buffer.StatementArray;
        var statementCount = _buffer.StatementCount;
        var ranked = new bool[terms.Count];
        for (var i = 0; i < statementCount * 4; i += 4)
        {
            ranked[statements[i]] = true;
            ranked[statements[i + 1]] = true;
            ranked[statements[i + 2]] = true;
        }

        ranked[0] = false;
        var order = RankedOrder(terms, ranked);
        var rank = new int[terms.Count];
        for (var i = 0; i < order.Count; i++)
        {
            rank[order[i]] = i + 1;
        }

        // Counting sort by subject, then a stable one by graph; then each subject's statements
        // (a handful) by predicate, and objects by their terms.
        var anyNamedGraph = false;
        for (var i = 0; i < statementCount && !anyNamedGraph; i++)
        {
            anyNamedGraph = statements[i * 4] != 0;
        }

        var identity = new int[statementCount];
        for (var i = 0; i < identity.Length; i++)
        {
            identity[i] = i;
        }

        var sortedIndexes = CountingSort(identity, i => rank[statements[(i * 4) + 1]], order.Count + 1);
        if (anyNamedGraph)
        {
            sortedIndexes = CountingSort(sortedIndexes, i => rank[statements[i * 4]], order.Count + 1);
        }

        _statements = statements;
        _order = identity;
        _count = 0;
        var comparer = new StatementComparer(terms, rank, statements);
        for (var start = 0; start < sortedIndexes.Length;)
        {
            var first = sortedIndexes[start] * 4;
            var end = start + 1;
            while (end < sortedIndexes.Length && statements[sortedIndexes[end] * 4] == statements[first] && statements[(sortedIndexes[end] * 4) + 1] == statements[first + 1])
            {
                end++;
            }

            var group = sortedIndexes.AsSpan(start, end - start);
            if (group.Length > 1)
            {
                group.Sort(comparer);
            }

            for (var i = 0; i < group.Length; i++)
            {
                if (i > 0 && comparer.Compare(group[i - 1], group[i]) == 0)
                {
                    continue;
                }

                _order[_count++] = group[i];
            }

            start = end;
        }
    }

    /// <summary>
    /// The ranked terms in <see cref="ComparePositions"/> order. IRIs and blank nodes (nearly all of
    /// them) are sorted by their text with an ordinal string sort, which is much cheaper than the
    /// general comparison; the rare other terms go through <see cref="TermOrder"/>.
    /// </summary>
    private static List<int> RankedOrder(List<Term> terms, bool[] ranked)
    {
        var iriIds = new List<int>();
        var iriKeys = new List<string>();
        var blankIds = new List<int>();
        var blankKeys = new List<string>();
        var others = new List<int>();
        var typeId = -1;
        for (var id = 1; id < ranked.Length; id++)
        {
            if (!ranked[id])
            {
                continue;
            }

            switch (terms[id])
            {
                case Iri { Value: Vocab.Rdf.Namespace + "type" }:
                    typeId = id;
                    break;
                case Iri iri:
                    iriIds.Add(id);
                    iriKeys.Add(iri.Value);
                    break;
                case BlankNode blank:
                    blankIds.Add(id);
                    blankKeys.Add(blank.Label);
                    break;
                default:
                    others.Add(id);
                    break;
            }
        }

        CollectionsMarshal.AsSpan(iriKeys).Sort(CollectionsMarshal.AsSpan(iriIds), StringComparer.Ordinal);
        CollectionsMarshal.AsSpan(blankKeys).Sort(CollectionsMarshal.AsSpan(blankIds), StringComparer.Ordinal);
        CollectionsMarshal.AsSpan(others).Sort((a, b) => TermOrder.Compare(terms[a], terms[b]));
        var order = new List<int>(iriIds.Count + blankIds.Count + others.Count + 1);
        if (typeId > 0)
        {
            order.Add(typeId);
        }

        // TermOrder ranks kinds IRI, blank node, literal, triple term, so the others come last.
        order.AddRange(iriIds);
        order.AddRange(blankIds);
        order.AddRange(others);
        return order;
    }

    private static int[] CountingSort(int[] items, Func<int, int> key, int keyCount)
    {
        var counts = new int[keyCount + 1];
        foreach (var item in items)
        {
            counts[key(item) + 1]++;
        }

        for (var k = 1; k < counts.Length; k++)
        {
            counts[k] += counts[k - 1];
        }

        var result = new int[items.Length];
        foreach (var item in items)
        {
            result[counts[key(item)]++] = item;
        }

        return result;
    }

    /// <summary>Orders the statements of one subject: predicate rank, then object term.</summary>
    private sealed class StatementComparer(List<Term> terms, int[] rank, int[] statements) : IComparer<int>
    {
        public int Compare(int a, int b)
        {
            var s = statements;
            var c = rank[s[(a * 4) + 2]].CompareTo(rank[s[(b * 4) + 2]]);
            if (c != 0)
            {
                return c;
            }

            var oa = s[(a * 4) + 3];
            var ob = s[(b * 4) + 3];
            return oa == ob ? 0 : TermOrder.Compare(terms[oa], terms[ob]);
        }
    }

    /// <summary>The order of graph names, subjects and predicates: <c>rdf:type</c> first, then <see cref="TermOrder"/>.</summary>
    private static int ComparePositions(Term a, Term b)
    {
        var aType = a is Iri { Value: Vocab.Rdf.Namespace + "type" };
        var bType = b is Iri { Value: Vocab.Rdf.Namespace + "type" };
        return aType == bType ? TermOrder.Compare(a, b) : aType ? -1 : 1;
    }

    /// <summary>Checks every term, chooses prefixes, counts blank-node references and finds subject runs.</summary>
    private void Analyse()
    {
        var n = _terms.Count;
        _prefix = new int[n];
        for (var id = 1; id < n; id++)
        {
            var term = _terms[id];
            _prefix[id] = -1;
            switch (term)
            {
                case Iri iri:
                    _prefix[id] = _termWriter.PrefixOf(iri.Value);
                    _termWriter.MarkUsed(_prefix[id]);
                    if (_prefix[id] < 0)
                    {
                        NTriplesTermFormatter.CheckIri(iri.Value);
                    }

                    break;
                case Literal literal:
                    _termWriter.Prepare(literal);
                    _termWriter.Check(literal);
                    break;
                case TripleTerm tripleTerm:
                    _termWriter.Prepare(tripleTerm);
                    _termWriter.CheckTripleTerm(tripleTerm.Triple);
                    PinBlankNodes(tripleTerm.Triple);
                    break;
            }

        }

        for (var i = 0; i < _count; i++)
        {
            var at = i * 4;
            var g = Cell(at);
            var s = Cell(at + 1);
            var o = Cell(at + 3);
            if (_terms[s] is Literal or TripleTerm)
            {
                throw new RdfWriteException($"a subject must be an IRI or a blank node, not {NTriplesTermFormatter.Display(_terms[s].ToString())}");
            }

            if (g != 0)
            {
                if (_terms[g] is not (Iri or BlankNode))
                {
                    throw new RdfWriteException($"a graph name must be an IRI or a blank node, not {NTriplesTermFormatter.Display(_terms[g].ToString())}");
                }

                if (_terms[g] is BlankNode)
                {
                    B(g).References = Pinned;
                }
            }

            if (_terms[o] is BlankNode)
            {
                B(o).References++;
                B(o).ReferenceGraph = g;
            }

            if (_terms[s] is BlankNode)
            {
                if (B(s).SubjectGraph == NoGraph)
                {
                    B(s).SubjectGraph = g;
                    B(s).RunStart = i;
                    B(s).RunEnd = i + 1;
                }
                else if (B(s).SubjectGraph == g && B(s).RunEnd == i)
                {
                    B(s).RunEnd = i + 1;
                }
                else
                {
                    B(s).SubjectGraph = ManyGraphs;
                }
            }
        }
    }

    private void PinBlankNodes(in Triple triple)
    {
        foreach (var term in (ReadOnlySpan<Term>)[triple.Subject, triple.Object])
        {
            if (term is BlankNode blank)
            {
                if (_buffer.TryGetId(blank, out var id))
                {
                    B(id).References = Pinned;
                }
            }
            else if (term is TripleTerm nested)
            {
                PinBlankNodes(nested.Triple);
            }
        }
    }

    private void WritePrefixes()
    {
        var any = false;
        for (var i = 0; i < _termWriter.Prefixes.Count; i++)
        {
            if (_termWriter.Used[i])
            {
                var (prefix, ns) = _termWriter.Prefixes[i];
                _output.Append("@prefix ");
                _output.Append(prefix);
                _output.Append(": <");
                _output.Append(ns);
                _output.Append("> .\n");
                any = true;
            }
        }

        if (any)
        {
            _output.Append('\n');
        }
    }

    private void WriteGraph(int graph, int start, int end, ref bool first)
    {
        var indent = 0;
        if (graph != 0)
        {
            if (!first)
            {
                _output.Append('\n');
            }

            WriteSubjectTerm(graph);
            _output.Append(" {\n");
            indent = 4;
            first = true;
        }

        // Subjects written in place where they are referenced are skipped here; what is left of them
        // afterwards (blank nodes referenced from a cycle of other such nodes) gets a label.
        for (var pass = 0; pass < 2; pass++)
        {
            var run = start;
            while (run < end)
            {
                var s = Cell((run * 4) + 1);
                var runEnd = run + 1;
                while (runEnd < end && Cell((runEnd * 4) + 1) == s)
                {
                    runEnd++;
                }

                var deferred = IsInlinable(s);
                if ((pass == 0 && !deferred) || (pass == 1 && deferred && !B(s).Written))
                {
                    if (!first)
                    {
                        _output.Append('\n');
                    }

                    first = false;
                    WriteTopLevel(s, run, runEnd, indent);

                    // Every term was checked before the first character, so what is written can go.
                    _output.Commit();
                }

                run = runEnd;
            }
        }

        if (graph != 0)
        {
            _output.Append("}\n");
            first = false;
        }
    }

    private void WriteTopLevel(int subject, int start, int end, int indent)
    {
        var isBlank = _terms[subject] is BlankNode;
        if (isBlank)
        {
            B(subject).Written = true;
        }

        Indent(indent);
        if (isBlank && B(subject).References == 0 && B(subject).SubjectGraph != ManyGraphs)
        {
            _output.Append("[]");
        }
        else if (_terms[subject] is BlankNode labelled)
        {
            _output.Append('_', ':');
            _output.Append(LabelOf(labelled));
        }
        else
        {
            WriteSubjectTerm(subject);
        }

        _output.Append(' ');
        WritePredicateObjects(start, end, indent + 4, 0);
        _output.Append(" .\n");
    }

    private void WritePredicateObjects(int start, int end, int indent, int depth)
    {
        var previous = -1;
        for (var i = start; i < end; i++)
        {
            var p = Cell((i * 4) + 2);
            var o = Cell((i * 4) + 3);
            if (p != previous)
            {
                if (previous != -1)
                {
                    _output.Append(" ;\n");
                    Indent(indent);
                }

                var predicate = (Iri)_terms[p];
                if (predicate.Value == Vocab.Rdf.Namespace + "type")
                {
                    _output.Append('a');
                }
                else
                {
                    _termWriter.WriteIri(_output, predicate, _prefix[p]);
                }

                _output.Append(' ');
            }
            else
            {
                _output.Append(", ");
            }

            WriteObject(o, indent, depth);
            previous = p;
        }
    }

    private void WriteObject(int id, int indent, int depth)
    {
        switch (_terms[id])
        {
            case Iri iri:
                _termWriter.WriteIri(_output, iri, _prefix[id]);
                break;
            case Literal literal:
                _termWriter.WriteLiteral(_output, literal);
                break;
            case TripleTerm tripleTerm:
                _termWriter.WriteTripleTerm(_output, tripleTerm.Triple, _labelOf, 0);
                break;
            case BlankNode blank:
                if (!IsInlinable(id) || B(id).Written || depth >= MaxInlineDepth || _labels.ContainsKey(blank))
                {
                    _output.Append('_', ':');
                    _output.Append(LabelOf(blank));
                }
                else if (IsListHead(id))
                {
                    WriteList(id, indent, depth);
                }
                else if (B(id).SubjectGraph == NoGraph)
                {
                    B(id).Written = true;
                    _output.Append("[]");
                }
                else
                {
                    B(id).Written = true;
                    _output.Append("[\n");
                    Indent(indent + 4);
                    WritePredicateObjects(B(id).RunStart, B(id).RunEnd, indent + 4, depth + 1);
                    _output.Append('\n');
                    Indent(indent);
                    _output.Append(']');
                }

                break;
        }
    }

    private void WriteList(int head, int indent, int depth)
    {
        _output.Append('(');
        var node = head;
        while (_terms[node] is BlankNode)
        {
            B(node).Written = true;
            var start = B(node).RunStart;
            _output.Append(' ');
            WriteObject(Cell((start * 4) + 3), indent, depth + 1);
            node = Cell(((start + 1) * 4) + 3);
        }

        _output.Append(" )");
    }

    /// <summary>A chain of blank nodes, each with exactly one rdf:first and one rdf:rest, each referenced once, ending at rdf:nil.</summary>
    private bool IsListHead(int head)
    {
        var node = head;
        for (var steps = 0; steps <= _count; steps++)
        {
            switch (_terms[node])
            {
                case Iri { Value: Vocab.Rdf.Namespace + "nil" }:
                    return steps > 0;
                case BlankNode:
                    if (!IsInlinable(node) || B(node).Written || B(node).SubjectGraph == NoGraph || B(node).RunEnd - B(node).RunStart != 2)
                    {
                        return false;
                    }

                    var start = B(node).RunStart;
                    if (_terms[Cell((start * 4) + 2)] is not Iri { Value: Vocab.Rdf.Namespace + "first" }
                        || _terms[Cell(((start + 1) * 4) + 2)] is not Iri { Value: Vocab.Rdf.Namespace + "rest" })
                    {
                        return false;
                    }

                    node = Cell(((start + 1) * 4) + 3);
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>A blank node referenced exactly once, from the graph it is described in.</summary>
    private bool IsInlinable(int id) =>
        _terms[id] is BlankNode && B(id) is { References: 1 } state
        && (state.SubjectGraph == NoGraph || state.SubjectGraph == state.ReferenceGraph);

    private void WriteSubjectTerm(int id)
    {
        switch (_terms[id])
        {
            case Iri iri:
                _termWriter.WriteIri(_output, iri, _prefix[id]);
                break;
            case BlankNode blank:
                _output.Append('_', ':');
                _output.Append(LabelOf(blank));
                break;
        }
    }

    /// <summary>The statement cell <paramref name="k"/> (statement k / 4, position k % 4) in sorted order.</summary>
    private int Cell(int k) => _statements[(_order[k >> 2] * 4) + (k & 3)];

    /// <summary>What is known of a blank node (created on first use).</summary>
    private BlankState B(int id) => _blanks[id] ??= new BlankState();

    private string LabelOf(BlankNode blank)
    {
        if (!_labels.TryGetValue(blank, out var label))
        {
            label = "b" + _labels.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _labels.Add(blank, label);
        }

        return label;
    }

    private void Indent(int count)
    {
        while (count > 0)
        {
            var n = Math.Min(count, Spaces.Length);
            _output.Append(Spaces.AsSpan(0, n));
            count -= n;
        }
    }

    private sealed class BlankState
    {
        public int References { get; set; }

        public int ReferenceGraph { get; set; }

        public int SubjectGraph { get; set; } = NoGraph;

        public int RunStart { get; set; }

        public int RunEnd { get; set; }

        public bool Written { get; set; }
    }

    private const string Spaces = "                                                                ";
}

/// <summary>The total order of terms the writers sort by: IRIs, blank nodes, literals, triple terms; then by their text.</summary>
internal static class TermOrder
{
    public static int Compare(Term a, Term b)
    {
        if (a.Kind != b.Kind)
        {
            return a.Kind.CompareTo(b.Kind);
        }

        switch (a)
        {
            case Iri x:
                return string.CompareOrdinal(x.Value, ((Iri)b).Value);
            case BlankNode x:
                return string.CompareOrdinal(x.Label, ((BlankNode)b).Label);
            case Literal x:
                {
                    var y = (Literal)b;
                    var c = string.CompareOrdinal(x.LexicalForm, y.LexicalForm);
                    if (c == 0)
                    {
                        c = string.CompareOrdinal(x.Datatype.Value, y.Datatype.Value);
                    }

                    if (c == 0)
                    {
                        c = string.Compare(x.Language, y.Language, StringComparison.OrdinalIgnoreCase);
                    }

                    return c != 0 ? c : string.CompareOrdinal(x.Direction, y.Direction);
                }

            default:
                {
                    var x = ((TripleTerm)a).Triple;
                    var y = ((TripleTerm)b).Triple;
                    var c = Compare(x.Subject, y.Subject);
                    if (c == 0)
                    {
                        c = Compare(x.Predicate, y.Predicate);
                    }

                    return c != 0 ? c : Compare(x.Object, y.Object);
                }
        }
    }
}

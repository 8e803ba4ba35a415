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
        _count = TurtleStatementOrder.Sort(_buffer, out _order);
        _statements = _buffer.StatementArray;
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
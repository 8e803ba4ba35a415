using System.Globalization;
using System.Xml;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Syntax.RdfXml;

/// <summary>
/// Decides the shape of an RDF/XML document before it is written: the namespaces to declare, the
/// order of subjects and properties (deterministic, so the same graph gives the same file), which
/// blank nodes nest in place, and the <c>rdf:nodeID</c> of the others.
/// </summary>
internal sealed class RdfXmlDocumentPlan
{
    private readonly Dictionary<Term, List<Triple>> _bySubject = [];
    private readonly Dictionary<string, string> _prefixByNamespace = new(StringComparer.Ordinal);
    private readonly HashSet<BlankNode> _nested = [];
    private readonly Dictionary<BlankNode, string> _nodeIds = [];
    private readonly HashSet<string> _usedNodeIds = new(StringComparer.Ordinal);

    public RdfXmlDocumentPlan(IReadOnlyList<Triple> triples, PrefixMap? prefixes)
    {
        var objectUses = new Dictionary<BlankNode, int>();
        foreach (var triple in triples)
        {
            if (!_bySubject.TryGetValue(triple.Subject, out var list))
            {
                _bySubject[triple.Subject] = list = [];
            }

            list.Add(triple);
            CountBlankUses(triple.Object, objectUses, insideTripleTerm: false);
            UsesRdf12 |= triple.Object is TripleTerm;
            UsesDirection |= triple.Object is Literal { Direction: not null };
        }

        foreach (var list in _bySubject.Values)
        {
            list.Sort(CompareProperties);
        }

        DeclareNamespaces(triples, prefixes);
        ChooseNestedBlankNodes(objectUses);
        UsesRdf12 |= UsesDirection;
    }

    /// <summary>The namespaces to declare on <c>rdf:RDF</c>, <c>rdf</c> first.</summary>
    public IEnumerable<(string Prefix, string Namespace)> Namespaces =>
        _prefixByNamespace.Select(p => (p.Value, p.Key)).OrderBy(p => p.Value == "rdf" ? 0 : 1).ThenBy(p => p.Value, StringComparer.Ordinal);

    /// <summary>True when a literal has a base direction (written with <c>its:dir</c>).</summary>
    public bool UsesDirection { get; }

    /// <summary>True when the document needs RDF 1.2 (<c>rdf:version="1.2"</c>).</summary>
    public bool UsesRdf12 { get; }

    /// <summary>The subjects written at the top level, in a stable order.</summary>
    public IEnumerable<Term> TopLevelSubjects =>
        _bySubject.Keys.Where(s => s is not BlankNode b || !_nested.Contains(b)).OrderBy(SubjectKey, StringComparer.Ordinal);

    /// <summary>The triples of a subject, <c>rdf:type</c> first, then by predicate and object.</summary>
    public IReadOnlyList<Triple> PropertiesOf(Term subject) => _bySubject.TryGetValue(subject, out var list) ? list : [];

    /// <summary>True when the blank node is written in place, inside the one property element that refers to it.</summary>
    public bool IsNestedBlankNode(BlankNode node) => _nested.Contains(node);

    /// <summary>The <c>rdf:nodeID</c> of a blank node: its label when that is an XML name, else a fresh one.</summary>
    public string NodeIdOf(BlankNode node)
    {
        if (_nodeIds.TryGetValue(node, out var id))
        {
            return id;
        }

        id = IsNcName(node.Label) && !_usedNodeIds.Contains(node.Label) ? node.Label : Fresh();
        _usedNodeIds.Add(id);
        _nodeIds[node] = id;
        return id;

        string Fresh()
        {
            var n = _nodeIds.Count;
            string candidate;
            do
            {
                candidate = "b" + (++n).ToString(CultureInfo.InvariantCulture);
            }
            while (_usedNodeIds.Contains(candidate) || _bySubject.Keys.OfType<BlankNode>().Any(b => b.Label == candidate && b != node));

            return candidate;
        }
    }

    /// <summary>The qualified name (<c>prefix:local</c>) of an IRI, when it ends in an XML name.</summary>
    public bool TryQualify(Iri iri, out string qualifiedName)
    {
        if (Split(iri.Value, out var ns, out var local) && _prefixByNamespace.TryGetValue(ns, out var prefix))
        {
            qualifiedName = prefix + ":" + local;
            return true;
        }

        qualifiedName = string.Empty;
        return false;
    }

    /// <summary>Splits an IRI into a namespace and the longest XML name (NCName) it ends with.</summary>
    public static bool Split(string iri, out string ns, out string local)
    {
        var start = iri.Length;
        while (start > 0 && XmlConvert.IsNCNameChar(iri[start - 1]))
        {
            start--;
        }

        while (start < iri.Length && !XmlConvert.IsStartNCNameChar(iri[start]))
        {
            start++;
        }

        ns = iri[..start];
        local = iri[start..];
        return local.Length > 0 && ns.Length > 0;
    }

    private void DeclareNamespaces(IReadOnlyList<Triple> triples, PrefixMap? prefixes)
    {
        _prefixByNamespace[RdfXmlNames.RdfNamespace] = "rdf";
        var taken = new HashSet<string>(StringComparer.Ordinal) { "rdf", "its" };
        foreach (var ns in UsedNamespaces(triples).Order(StringComparer.Ordinal))
        {
            if (_prefixByNamespace.ContainsKey(ns))
            {
                continue;
            }

            var preferred = prefixes?.Entries.FirstOrDefault(e => e.Namespace == ns).Prefix;
            var prefix = preferred is { Length: > 0 } && IsNcName(preferred) && !preferred.StartsWith("xml", StringComparison.OrdinalIgnoreCase) && !taken.Contains(preferred)
                ? preferred
                : Enumerable.Range(0, int.MaxValue).Select(i => "ns" + i.ToString(CultureInfo.InvariantCulture)).First(p => !taken.Contains(p));
            taken.Add(prefix);
            _prefixByNamespace[ns] = prefix;
        }
    }

    private static IEnumerable<string> UsedNamespaces(IReadOnlyList<Triple> triples)
    {
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var triple in triples)
        {
            Collect(triple);
        }

        return namespaces;

        void Collect(Triple triple)
        {
            if (Split(triple.Predicate.Value, out var ns, out _))
            {
                namespaces.Add(ns);
            }

            if (triple.Predicate == Vocab.Rdf.Type && triple.Object is Iri type && Split(type.Value, out var typeNs, out _))
            {
                namespaces.Add(typeNs);
            }

            if (triple.Object is TripleTerm inner)
            {
                Collect(inner.Triple);
            }
        }
    }

    private static void CountBlankUses(Term term, Dictionary<BlankNode, int> uses, bool insideTripleTerm)
    {
        switch (term)
        {
            case BlankNode blank:
                // A blank node inside a triple term must keep a name: it cannot be nested there.
                uses[blank] = uses.GetValueOrDefault(blank) + (insideTripleTerm ? 2 : 1);
                break;
            case TripleTerm tripleTerm:
                CountBlankUses(tripleTerm.Triple.Subject, uses, insideTripleTerm: true);
                CountBlankUses(tripleTerm.Triple.Object, uses, insideTripleTerm: true);
                break;
            default:
                break;
        }
    }

    private void ChooseNestedBlankNodes(Dictionary<BlankNode, int> objectUses)
    {
        foreach (var (node, count) in objectUses)
        {
            if (count == 1)
            {
                _nested.Add(node);
            }
        }

        // A cycle of blank nodes nested in one another would never be written: un-nest one of each cycle.
        while (true)
        {
            var reached = new HashSet<BlankNode>();
            foreach (var subject in TopLevelSubjects)
            {
                Reach(subject, reached);
            }

            var lost = _nested.Where(n => !reached.Contains(n) && _bySubject.ContainsKey(n)).OrderBy(n => n.Label, StringComparer.Ordinal).FirstOrDefault();
            if (lost is null)
            {
                return;
            }

            _nested.Remove(lost);
        }
    }

    private void Reach(Term subject, HashSet<BlankNode> reached)
    {
        foreach (var triple in PropertiesOf(subject))
        {
            if (triple.Object is BlankNode blank && _nested.Contains(blank) && reached.Add(blank))
            {
                Reach(blank, reached);
            }
        }
    }

    private static string SubjectKey(Term subject) => subject switch
    {
        Iri iri => "0" + iri.Value,
        BlankNode blank => "1" + blank.Label,
        _ => "2" + subject,
    };

    private static int CompareProperties(Triple a, Triple b)
    {
        var aType = a.Predicate == Vocab.Rdf.Type;
        var bType = b.Predicate == Vocab.Rdf.Type;
        if (aType != bType)
        {
            return aType ? -1 : 1;
        }

        var byPredicate = string.CompareOrdinal(a.Predicate.Value, b.Predicate.Value);
        return byPredicate != 0 ? byPredicate : string.CompareOrdinal(a.Object.ToString(), b.Object.ToString());
    }

    private static bool IsNcName(string name)
    {
        try
        {
            XmlConvert.VerifyNCName(name);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}

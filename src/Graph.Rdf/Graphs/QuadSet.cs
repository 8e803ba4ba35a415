namespace Graph.Rdf;

/// <summary>
/// One side of an isomorphism check: its quads without duplicates, split into ground quads (no blank
/// node anywhere, triple terms included) and the rest, with the blank nodes numbered and, for each,
/// the quads it occurs in.
/// </summary>
internal sealed class QuadSet
{
    private const ulong SelfMarker = 0x5E1F_5E1F_5E1F_5E1FUL;
    private const ulong DefaultGraphMarker = 0xD3FA_017D_3FA0_17D3UL;
    private readonly Dictionary<BlankNode, int> _blankIndex = [];
    private readonly List<List<Quad>> _occurrences = [];
    private readonly Dictionary<Term, ulong> _groundHashes = [];

    public QuadSet(IEnumerable<Quad> quads)
    {
        foreach (var quad in quads)
        {
            if (IsGround(quad))
            {
                Ground.Add(quad);
            }
            else if (NonGround.Add(quad))
            {
                var seen = new HashSet<int>();
                Collect(quad.Subject, seen);
                Collect(quad.Object, seen);
                if (quad.Graph is not null)
                {
                    Collect(quad.Graph, seen);
                }

                foreach (var index in seen)
                {
                    _occurrences[index].Add(quad);
                }
            }
        }
    }

    public HashSet<Quad> Ground { get; } = [];

    public HashSet<Quad> NonGround { get; } = [];

    public List<BlankNode> Blanks { get; } = [];

    public int IndexOf(BlankNode blank) => _blankIndex[blank];

    /// <summary>One round of refinement: each blank node's new colour sums the hashes of the quads around it.</summary>
    public ulong[] RefineOnce(ulong[] colours)
    {
        var next = new ulong[colours.Length];
        for (var i = 0; i < colours.Length; i++)
        {
            var sum = GraphIsomorphism.Mix(colours[i]);
            foreach (var quad in _occurrences[i])
            {
                sum += GraphIsomorphism.Mix(HashQuad(quad, colours, i));
            }

            next[i] = sum;
        }

        return next;
    }

    /// <summary>The hash of a quad, with blank nodes by colour and <paramref name="self"/> by a marker (-1 for none).</summary>
    public ulong HashQuad(in Quad quad, ulong[] colours, int self)
    {
        var h = HashTerm(quad.Subject, colours, self);
        h = GraphIsomorphism.Mix(h ^ HashTerm(quad.Predicate, colours, self));
        h = GraphIsomorphism.Mix(h ^ (HashTerm(quad.Object, colours, self) * 31));
        return GraphIsomorphism.Mix(h ^ (quad.Graph is null ? DefaultGraphMarker : HashTerm(quad.Graph, colours, self) * 17));
    }

    private ulong HashTerm(Term term, ulong[] colours, int self)
    {
        switch (term)
        {
            case BlankNode blank:
                var index = _blankIndex[blank];
                return index == self ? SelfMarker : GraphIsomorphism.Mix(colours[index] ^ 0xB1A4_0000UL);
            case TripleTerm t:
                var h = GraphIsomorphism.Mix(0x7E_1234UL ^ HashTerm(t.Triple.Subject, colours, self));
                h = GraphIsomorphism.Mix(h ^ HashTerm(t.Triple.Predicate, colours, self));
                return GraphIsomorphism.Mix(h ^ (HashTerm(t.Triple.Object, colours, self) * 31));
            default:
                if (!_groundHashes.TryGetValue(term, out var hash))
                {
                    hash = GraphIsomorphism.Mix((ulong)(uint)term.GetHashCode() | ((ulong)term.Kind << 40));
                    _groundHashes[term] = hash;
                }

                return hash;
        }
    }

    private void Collect(Term term, HashSet<int> seen)
    {
        switch (term)
        {
            case BlankNode blank:
                if (!_blankIndex.TryGetValue(blank, out var index))
                {
                    index = Blanks.Count;
                    _blankIndex[blank] = index;
                    Blanks.Add(blank);
                    _occurrences.Add([]);
                }

                seen.Add(index);
                break;
            case TripleTerm t:
                Collect(t.Triple.Subject, seen);
                Collect(t.Triple.Object, seen);
                break;
        }
    }

    private static bool IsGround(in Quad quad) =>
        IsGround(quad.Subject) && IsGround(quad.Object) && (quad.Graph is null || IsGround(quad.Graph));

    private static bool IsGround(Term term) => term switch
    {
        BlankNode => false,
        TripleTerm t => IsGround(t.Triple.Subject) && IsGround(t.Triple.Object),
        _ => true,
    };
}

namespace Graph.Rdf;

/// <summary>
/// Decides whether two sets of quads are the same RDF dataset up to the renaming of blank nodes
/// (RDF 1.1 Concepts section 3.6, extended to named graphs and RDF 1.2 triple terms). Blank nodes are
/// first told apart by iterated hashing of their surroundings; where hashing leaves ties (symmetric
/// graphs), candidate pairs are tried by backtracking, so the answer is exact.
/// </summary>
public static class GraphIsomorphism
{
    /// <summary>True when the two sets of triples are isomorphic. Duplicates are ignored.</summary>
    public static bool AreIsomorphic(IEnumerable<Triple> expected, IEnumerable<Triple> actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        return AreIsomorphic(expected.Select(t => new Quad(t, null)), actual.Select(t => new Quad(t, null)));
    }

    /// <summary>True when the two sets of quads are isomorphic. Duplicates are ignored.</summary>
    public static bool AreIsomorphic(IEnumerable<Quad> expected, IEnumerable<Quad> actual) =>
        FindBlankNodeMapping(expected, actual) is not null;

    /// <summary>
    /// Finds a bijection from the blank nodes of <paramref name="expected"/> to those of
    /// <paramref name="actual"/> that makes the two sets equal, or returns null when there is none.
    /// </summary>
    public static IReadOnlyDictionary<BlankNode, BlankNode>? FindBlankNodeMapping(IEnumerable<Quad> expected, IEnumerable<Quad> actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var a = new QuadSet(expected);
        var b = new QuadSet(actual);
        if (a.Ground.Count != b.Ground.Count || a.NonGround.Count != b.NonGround.Count
            || a.Blanks.Count != b.Blanks.Count || !a.Ground.SetEquals(b.Ground))
        {
            return null;
        }

        return new Matcher(a, b).Run();
    }

    /// <summary>
    /// A readable account of how <paramref name="actual"/> differs from <paramref name="expected"/>
    /// (the quads only in one of them, with blank nodes shown by their role), or null when they are isomorphic.
    /// </summary>
    public static string? Difference(IEnumerable<Triple> expected, IEnumerable<Triple> actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        return Difference(expected.Select(t => new Quad(t, null)), actual.Select(t => new Quad(t, null)));
    }

    /// <summary>
    /// A readable account of how <paramref name="actual"/> differs from <paramref name="expected"/>
    /// (the quads only in one of them, with blank nodes shown by their role), or null when they are isomorphic.
    /// </summary>
    public static string? Difference(IEnumerable<Quad> expected, IEnumerable<Quad> actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var expectedList = expected.ToList();
        var actualList = actual.ToList();
        return FindBlankNodeMapping(expectedList, actualList) is not null
            ? null
            : IsomorphismReport.Describe(new QuadSet(expectedList), new QuadSet(actualList));
    }

    /// <summary>Throws with <see cref="Difference(IEnumerable{Quad}, IEnumerable{Quad})"/> as message when not isomorphic; for tests.</summary>
    /// <exception cref="InvalidOperationException">The two sets are not isomorphic.</exception>
    public static void AssertIsomorphic(IEnumerable<Quad> expected, IEnumerable<Quad> actual)
    {
        var difference = Difference(expected, actual);
        if (difference is not null)
        {
            throw new InvalidOperationException("The graphs are not isomorphic.\n" + difference);
        }
    }

    /// <summary>The backtracking search over hash-refined colourings of the blank nodes.</summary>
    private sealed class Matcher(QuadSet a, QuadSet b)
    {
        private const int MaxRefinementRounds = 1 << 16;
        private long _freshColours;

        public IReadOnlyDictionary<BlankNode, BlankNode>? Run()
        {
            var colourA = new ulong[a.Blanks.Count];
            var colourB = new ulong[b.Blanks.Count];
            return Search(colourA, colourB);
        }

        private Dictionary<BlankNode, BlankNode>? Search(ulong[] colourA, ulong[] colourB)
        {
            if (!Refine(ref colourA, ref colourB))
            {
                return null;
            }

            // The smallest class of blank nodes that hashing could not tell apart.
            var classes = colourA.Select((c, i) => (Colour: c, Index: i)).GroupBy(x => x.Colour).ToList();
            var tie = classes.Where(g => g.Count() > 1).OrderBy(g => g.Count()).FirstOrDefault();
            if (tie is null)
            {
                return VerifiedMapping(colourA, colourB);
            }

            var pick = tie.First().Index;
            var fresh = Mix(0xA5A5_5A5A_0F0F_F0F0UL + (ulong)Interlocked.Increment(ref _freshColours));
            for (var j = 0; j < colourB.Length; j++)
            {
                if (colourB[j] != tie.Key)
                {
                    continue;
                }

                var nextA = (ulong[])colourA.Clone();
                var nextB = (ulong[])colourB.Clone();
                nextA[pick] = fresh;
                nextB[j] = fresh;
                var found = Search(nextA, nextB);
                if (found is not null)
                {
                    return found;
                }
            }

            return null;
        }

        /// <summary>Refines both colourings together until the partition stops splitting; false when they cannot match.</summary>
        private bool Refine(ref ulong[] colourA, ref ulong[] colourB)
        {
            var classes = CountDistinct(colourA);
            for (var round = 0; round < MaxRefinementRounds; round++)
            {
                var nextA = a.RefineOnce(colourA);
                var nextB = b.RefineOnce(colourB);
                if (!SameMultiset(nextA, nextB))
                {
                    return false;
                }

                colourA = nextA;
                colourB = nextB;
                var nextClasses = CountDistinct(colourA);
                if (nextClasses == classes)
                {
                    break;
                }

                classes = nextClasses;
            }

            return SameMultiset(colourA, colourB);
        }

        private Dictionary<BlankNode, BlankNode>? VerifiedMapping(ulong[] colourA, ulong[] colourB)
        {
            var byColour = new Dictionary<ulong, int>(colourB.Length);
            for (var j = 0; j < colourB.Length; j++)
            {
                byColour[colourB[j]] = j;
            }

            var mapping = new Dictionary<BlankNode, BlankNode>(colourA.Length);
            for (var i = 0; i < colourA.Length; i++)
            {
                if (!byColour.TryGetValue(colourA[i], out var j))
                {
                    return null;
                }

                mapping[a.Blanks[i]] = b.Blanks[j];
            }

            foreach (var quad in a.NonGround)
            {
                if (!b.NonGround.Contains(Rename(quad, mapping)))
                {
                    return null;
                }
            }

            return mapping;
        }

        private static int CountDistinct(ulong[] colours) => colours.Distinct().Count();

        private static bool SameMultiset(ulong[] x, ulong[] y)
        {
            var sortedX = (ulong[])x.Clone();
            var sortedY = (ulong[])y.Clone();
            Array.Sort(sortedX);
            Array.Sort(sortedY);
            return sortedX.AsSpan().SequenceEqual(sortedY);
        }
    }

    internal static Quad Rename(Quad quad, IReadOnlyDictionary<BlankNode, BlankNode> mapping) =>
        new(Rename(quad.Subject, mapping), quad.Predicate, Rename(quad.Object, mapping), quad.Graph is null ? null : Rename(quad.Graph, mapping));

    private static Term Rename(Term term, IReadOnlyDictionary<BlankNode, BlankNode> mapping) => term switch
    {
        BlankNode blank => mapping.TryGetValue(blank, out var renamed) ? renamed : blank,
        TripleTerm t => new TripleTerm(new Triple(Rename(t.Triple.Subject, mapping), t.Triple.Predicate, Rename(t.Triple.Object, mapping))),
        _ => term,
    };

    /// <summary>A 64-bit finaliser (SplitMix64), so that sums of hashes stay well spread.</summary>
    internal static ulong Mix(ulong x)
    {
        x += 0x9E37_79B9_7F4A_7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return x ^ (x >> 31);
    }
}

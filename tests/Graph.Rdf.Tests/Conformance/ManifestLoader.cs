using System.Text;
using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.Turtle;
using Graph.Rdf.Vocabularies;
using Graph.Testing;

namespace Graph.Rdf.Tests.Conformance;

/// <summary>
/// Reads a W3C manifest (Turtle, the <c>mf:</c> and <c>rdft:</c> vocabularies) with our own Turtle reader
/// and lists its tests. Every document of the suite gets the IRI the suite assumes for it
/// (<c>https://w3c.github.io/rdf-tests/</c> followed by its path in the suite), which is also its base.
/// </summary>
internal static class ManifestLoader
{
    public const string SuiteIriRoot = "https://w3c.github.io/rdf-tests/";
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static readonly Iri MfManifest = Iri.FromTrusted(Mf + "Manifest");
    private static readonly Iri MfEntries = Iri.FromTrusted(Mf + "entries");
    private static readonly Iri MfInclude = Iri.FromTrusted(Mf + "include");
    private static readonly Iri MfAction = Iri.FromTrusted(Mf + "action");
    private static readonly Iri MfResult = Iri.FromTrusted(Mf + "result");
    private static readonly Iri MfName = Iri.FromTrusted(Mf + "name");

    private static readonly Dictionary<string, IReadOnlyList<ConformanceTest>> s_loaded = [];

    /// <summary>The tests of a suite, loaded once.</summary>
    public static IReadOnlyList<ConformanceTest> Tests(ConformanceSuite suite)
    {
        lock (s_loaded)
        {
            if (!s_loaded.TryGetValue(suite.Name, out var tests))
            {
                var manifest = SharedData.PathOf("conformance/" + suite.ManifestPath);
                tests = Load(suite, manifest);
                s_loaded[suite.Name] = tests;
            }

            return tests;
        }
    }

    /// <summary>The local root of the W3C RDF tests (the folder that holds <c>rdf/</c>).</summary>
    public static string SuiteRoot => SharedData.PathOf("conformance/w3c-rdf-tests");

    /// <summary>The IRI the suite assumes for a local file.</summary>
    public static string IriOf(string path) =>
        SuiteIriRoot + Path.GetRelativePath(SuiteRoot, path).Replace(Path.DirectorySeparatorChar, '/');

    private static string PathOf(Term iri)
    {
        var value = ((Iri)iri).Value;
        if (!value.StartsWith(SuiteIriRoot, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the manifest refers to {value}, outside the suite");
        }

        return Path.Combine(SuiteRoot, value[SuiteIriRoot.Length..].Replace('/', Path.DirectorySeparatorChar));
    }

    private static List<ConformanceTest> Load(ConformanceSuite suite, string manifestPath)
    {
        var tests = new List<ConformanceTest>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        LoadInto(suite, manifestPath, Path.GetDirectoryName(manifestPath)!, tests, ids);
        return tests;
    }

    private static void LoadInto(ConformanceSuite suite, string manifestPath, string suiteFolder, List<ConformanceTest> tests, HashSet<string> ids)
    {
        var collector = new QuadCollector();
        using (var reader = new StreamReader(manifestPath, new UTF8Encoding(false, true)))
        {
            new TurtleReader().Read(reader, collector, new RdfReaderOptions { BaseIri = Iri.Parse(IriOf(manifestPath)), SourceName = manifestPath });
        }

        var graph = collector.Quads.Select(q => q.Triple).ToList();
        var bySubject = graph.ToLookup(t => t.Subject);
        Term? Object(Term subject, Iri predicate) => bySubject[subject].Where(t => t.Predicate == predicate).Select(t => t.Object).FirstOrDefault();

        var manifest = graph.Single(t => t.Predicate == Vocab.Rdf.Type && t.Object == MfManifest).Subject;
        foreach (var included in List(bySubject, Object(manifest, MfInclude)))
        {
            var includedPath = PathOf(included);
            if (Path.GetFullPath(includedPath).StartsWith(Path.GetFullPath(suiteFolder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                LoadInto(suite, includedPath, suiteFolder, tests, ids);
            }
        }

        foreach (var entry in List(bySubject, Object(manifest, MfEntries)))
        {
            var type = ((Iri)Object(entry, Vocab.Rdf.Type)!).Value;
            ConformanceTestKind? kind =
                type.EndsWith("PositiveSyntax", StringComparison.Ordinal) ? ConformanceTestKind.PositiveSyntax
                : type.EndsWith("NegativeSyntax", StringComparison.Ordinal) ? ConformanceTestKind.NegativeSyntax
                : type.EndsWith("NegativeEval", StringComparison.Ordinal) ? ConformanceTestKind.NegativeEval
                : type.EndsWith("Eval", StringComparison.Ordinal) || type.EndsWith("PositiveC14N", StringComparison.Ordinal) ? ConformanceTestKind.Eval
                : null;
            if (kind is null)
            {
                throw new InvalidOperationException($"{manifestPath}: the test {entry} has the unknown type <{type}>");
            }

            var action = PathOf(Object(entry, MfAction)!);
            var result = Object(entry, MfResult) is { } r ? PathOf(r) : null;
            var iri = entry is Iri e ? e.Value : entry.ToString();
            var id = iri.Contains('#', StringComparison.Ordinal) ? iri[(iri.LastIndexOf('#') + 1)..] : ((Literal?)Object(entry, MfName))?.LexicalForm ?? iri;
            var unique = id;
            for (var n = 2; !ids.Add(unique); n++)
            {
                unique = id + "~" + n;
            }

            tests.Add(new ConformanceTest(suite, unique, kind.Value, action, IriOf(action), result));
        }
    }

    private static IEnumerable<Term> List(ILookup<Term, Triple> bySubject, Term? head)
    {
        for (var node = head; node is not null && node != Vocab.Rdf.Nil;)
        {
            var first = bySubject[node].FirstOrDefault(t => t.Predicate == Vocab.Rdf.First);
            if (first.Predicate is null)
            {
                yield break;
            }

            yield return first.Object;
            node = bySubject[node].FirstOrDefault(t => t.Predicate == Vocab.Rdf.Rest).Object;
        }
    }
}

using Graph.Rdf.Syntax;

namespace Graph.Rdf.Tests.Conformance;

/// <summary>
/// Every evaluation test's expected graph, written by each writer registered in <see cref="RdfFormats"/>
/// and read back by the reader of the same syntax, is isomorphic to the original. Writers and readers
/// not registered yet are left out; triple-only syntaxes are not given graphs with named graphs. A writer may refuse, with <see cref="RdfWriteException"/>, a term its
/// syntax cannot carry (a control character in XML 1.0); it may never write something that reads back differently,
/// unless the pair is listed in <c>known-failures.txt</c> as <c>roundtrip/syntax/suite/test-id</c> with its reason.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string, string> EvalCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var suite in ConformanceSuites.All.Where(ConformanceTests.IsPresent))
        {
            foreach (var test in ManifestLoader.Tests(suite).Where(t => t.Kind == ConformanceTestKind.Eval))
            {
                data.Add(suite.Name, test.Id);
            }
        }

        if (data.Count == 0)
        {
            data.Add("(none)", "(absent)");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EvalCases))]
    public void The_expected_graph_survives_every_writer_and_its_reader(string suite, string id)
    {
        Assert.SkipWhen(suite == "(none)", "the conformance suites are absent from the shared data folder");
        var test = ConformanceTests.Find(suite, id);
        var expected = ConformanceRunner.ReadExpected(test);
        Assert.SkipWhen(expected is null, $"no reader is registered yet for {Path.GetFileName(test.ResultPath)}");
        var hasNamedGraphs = expected.Any(q => q.Graph is not null);

        var tried = new List<string>();
        var failures = new List<string>();
        var refusals = new List<string>();
        foreach (var info in RdfFormats.All)
        {
            if (hasNamedGraphs && !info.IsQuadFormat)
            {
                continue;
            }

            var reader = ConformanceSuites.Registered(info.Format);
            var text = new StringWriter();
            IRdfWriter writer;
            try
            {
                writer = RdfFormats.CreateWriter(info.Format, text);
            }
            catch (NotSupportedException)
            {
                continue;
            }

            if (reader is null)
            {
                continue;
            }

            tried.Add(info.Name);
            try
            {
                writer.StartRdf();
                foreach (var quad in expected)
                {
                    writer.HandleQuad(quad);
                }

                writer.EndRdf();
            }
            catch (RdfWriteException e)
            {
                // A syntax that cannot carry a term (XML 1.0 and control characters, say) must refuse it, not write it.
                refusals.Add($"{info.Name}: {e.Message}");
                continue;
            }

            var collector = new QuadCollector();
            try
            {
                reader.Read(new StringReader(text.ToString()), collector, new RdfReaderOptions { SourceName = "written " + info.Name });
            }
            catch (RdfSyntaxException e)
            {
                failures.Add($"{info.Name}: our reader rejects what our writer wrote: {e.Message}\n{text}");
                continue;
            }

            var difference = GraphIsomorphism.Difference(expected, collector.Quads);
            var known = KnownFailures.Entries.GetValueOrDefault($"roundtrip/{info.Name}/{test}");
            if (difference is not null && known is null)
            {
                failures.Add($"{info.Name}: the graph read back differs:\n{difference}\n{text}");
            }
            else if (difference is null && known is not null)
            {
                failures.Add($"{info.Name}: listed in known-failures.txt as roundtrip/{info.Name}/{test} ({known}) but passes: remove it from the list");
            }
        }

        Assert.SkipWhen(tried.Count == 0, "no writer with a matching reader is registered yet");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.SkipWhen(refusals.Count == tried.Count, "every writer refused a term its syntax cannot carry: " + string.Join("; ", refusals));
    }
}

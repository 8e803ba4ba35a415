using System.Globalization;
using Graph.Testing;

namespace Graph.Rdf.Tests.Conformance;

/// <summary>Every entry of every W3C RDF syntax manifest in <see cref="ConformanceSuites"/>, one test each.</summary>
public sealed class ConformanceTests
{
    private const string Absent = "(absent)";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var suite in ConformanceSuites.All)
        {
            if (!IsPresent(suite))
            {
                data.Add(suite.Name, Absent);
                continue;
            }

            foreach (var test in ManifestLoader.Tests(suite))
            {
                data.Add(suite.Name, test.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_manifest_entry_is_read_as_its_suite_requires(string suite, string id)
    {
        var test = Find(suite, id);
        var outcome = ConformanceRunner.Run(test);
        var known = KnownFailures.Reason(test);
        Assert.SkipWhen(outcome.Result == ConformanceResult.Unavailable, outcome.Message);
        if (known is not null)
        {
            Assert.False(outcome.Result == ConformanceResult.Passed, $"{test} is listed in known-failures.txt ({known}) but passes: remove it from the list");
            Assert.Skip($"known failure: {known}");
        }

        Assert.True(outcome.Result == ConformanceResult.Passed, $"{test} ({test.Kind}, {test.ActionPath}): {outcome.Message}");
    }

    [Fact]
    public void Every_suite_passes_all_its_entries_but_the_listed_known_failures()
    {
        Assert.SkipWhen(SharedData.Root is null, SharedData.SkipReason);
        var failures = new List<string>();
        foreach (var suite in ConformanceSuites.All.Where(IsPresent))
        {
            var tests = ManifestLoader.Tests(suite);
            if (suite.CreateReader() is null)
            {
                TestContext.Current.TestOutputHelper?.WriteLine($"{suite.Name}: {tests.Count} tests, reader not registered yet");
                continue;
            }

            int passed = 0, known = 0, unavailable = 0;
            foreach (var test in tests)
            {
                var outcome = ConformanceRunner.Run(test);
                if (outcome.Result == ConformanceResult.Passed)
                {
                    passed++;
                }
                else if (outcome.Result == ConformanceResult.Unavailable)
                {
                    unavailable++;
                }
                else if (KnownFailures.Reason(test) is not null)
                {
                    known++;
                }
                else
                {
                    failures.Add($"{test}: {outcome.Message.Split('\n')[0]}");
                }
            }

            TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{suite.Name}: {passed}/{tests.Count} passed, {known} known failures, {unavailable} without a reader for the expected result"));
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    internal static bool IsPresent(ConformanceSuite suite) =>
        SharedData.Root is { } root && File.Exists(Path.Combine(root, "conformance", suite.ManifestPath));

    internal static ConformanceTest Find(string suite, string id)
    {
        Assert.SkipWhen(id == Absent, $"the suite {suite} is absent from the shared data folder");
        return ManifestLoader.Tests(ConformanceSuites.Named(suite)).Single(t => t.Id == id);
    }
}

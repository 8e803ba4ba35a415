using Graph.Rdf.Datasets;

namespace Graph.Rdf.Tests.Datasets;

/// <summary>
/// Batches merged into a non-empty index, with ids small enough to sort as one packed integer and
/// large enough (over 2^16 in every position) to need the two-word comparison, checked against a
/// plain set of quads on every pattern shape.
/// </summary>
public sealed class DatasetBulkMergeTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1 << 16)]
    public void Batches_merged_after_reads_answer_like_a_set(int idOffset)
    {
        var dataset = new Dataset();
        var termCount = idOffset + 40;
        for (var i = 1; i <= termCount; i++)
        {
            Assert.Equal(i, dataset.Terms.GetOrAdd(Iri.Parse($"http://example/t{i}")));
        }

        var random = new Random(7);
        var expected = new HashSet<IdQuad>();
        int Id() => idOffset + 1 + random.Next(40);

        for (var batch = 0; batch < 4; batch++)
        {
            for (var i = 0; i < 300; i++)
            {
                var quad = new IdQuad(Id(), Id(), Id(), random.Next(3) == 0 ? Dataset.DefaultGraphId : Id());
                Assert.Equal(expected.Add(quad), dataset.AddIds(quad));
            }

            Assert.Equal(expected.Count, dataset.Count);
            AssertSameAnswers(dataset, expected, random);
        }
    }

    private static void AssertSameAnswers(Dataset dataset, HashSet<IdQuad> expected, Random random)
    {
        Assert.Equal(expected.Count, dataset.CountIds(Dataset.Any, Dataset.Any, Dataset.Any, Dataset.Any));
        var probe = expected.ElementAt(random.Next(expected.Count));
        for (var mask = 0; mask < 16; mask++)
        {
            var s = (mask & 1) != 0 ? probe.Subject : Dataset.Any;
            var p = (mask & 2) != 0 ? probe.Predicate : Dataset.Any;
            var o = (mask & 4) != 0 ? probe.Object : Dataset.Any;
            var g = (mask & 8) != 0 ? probe.Graph : Dataset.Any;
            var want = expected
                .Where(q => (s == Dataset.Any || q.Subject == s) && (p == Dataset.Any || q.Predicate == p) && (o == Dataset.Any || q.Object == o) && (g == Dataset.Any || q.Graph == g))
                .ToHashSet();
            var got = dataset.MatchIds(s, p, o, g).ToList();
            Assert.Equal(want.Count, got.Count);
            Assert.True(want.SetEquals(got), $"pattern {mask}");
            Assert.Equal(want.Count, dataset.CountIds(s, p, o, g));
        }
    }
}

using RoleScope.Web.Market;

namespace RoleScope.Web.Tests;

/// <summary>Facet counts of many-valued facets: counting by postings and counting by value sets agree with a plain count.</summary>
public sealed class ValueSetsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(30)]
    [InlineData(500)]
    [InlineData(5000)]
    public void Counts_equal_a_plain_count_for_narrow_and_broad_matches(int matchEvery)
    {
        var random = new Random(20261205);
        var skills = Enumerable.Range(0, 400).Select(i => $"skill-{i}").ToArray();
        // Skewed like real postings: a few common skills, a long tail; some postings name none.
        var postings = Enumerable.Range(0, 10_000)
            .Select(_ => (IReadOnlyList<string>)[.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => skills[(int)(skills.Length * Math.Pow(random.NextDouble(), 3))]).Distinct()])
            .ToList();
        var sets = new ValueSets(postings);
        var match = new Bits(postings.Count);
        var members = new List<int>();
        for (var i = 0; i < postings.Count; i++)
        {
            if (random.Next(matchEvery) == 0)
            {
                match.Set(i);
                members.Add(i);
            }
        }

        var counted = sets.Counts(match, members.Count).ToDictionary(c => c.Value, c => c.Count);

        var expected = members.SelectMany(i => postings[i]).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(e => e.Key), counted.OrderBy(c => c.Key));
        Assert.All(sets.ByName, kv => Assert.Equal(postings.Count(p => p.Contains(kv.Key)), kv.Value.Cardinality()));
    }
}

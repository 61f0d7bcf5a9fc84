using RoleScope.Core.Analytics;
using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Domain;
using static RoleScope.Core.Tests.Analytics.MarketPostings;

namespace RoleScope.Core.Tests.Analytics;

/// <summary>Seeded random markets: whatever the data, every printed figure lies inside its own 95% interval.</summary>
public sealed class IntervalContainmentTests
{
    private static readonly string[] SkillNames = [.. Enumerable.Range(0, 45).Select(i => $"Skill{i:00}")];

    private static List<MarketPosting> RandomMarket(int seed)
    {
        var random = new Random(seed);
        var postings = new List<MarketPosting>();
        var size = 300 + random.Next(200);
        for (var i = 0; i < size; i++)
        {
            var family = random.Next(3) switch { 0 => RoleFamily.Backend, 1 => RoleFamily.Fullstack, _ => RoleFamily.Frontend };
            var backendLean = family == RoleFamily.Backend ? 0.004 : -0.004;
            var skills = SkillNames.Where((_, j) => random.NextDouble() < 0.3 + backendLean * j).ToArray();
            var seniority = (Seniority)random.Next(7);
            var mode = (WorkMode)random.Next(4);
            string[] countries = random.Next(4) switch { 0 => [], 1 => ["DE"], _ => ["US"] };
            SalaryRange[] salaries = random.Next(3) == 0
                ? []
                : [UsdYear(60_000 + random.Next(100) * 1_000, 60_000 + random.Next(100, 200) * 1_000 * (1 + random.Next(2)))];
            postings.Add(One(family, seniority, countries, salaries, skills, mode));
        }
        return postings;
    }

    private static void Inside(Estimate? estimate, string figure)
    {
        if (estimate is { } e)
        {
            Assert.True(e.Low <= e.Value && e.Value <= e.High, $"{figure}: {e.Value} outside [{e.Low}, {e.High}]");
        }
    }

    private static void Inside(FamilyProfile p)
    {
        var name = p.Family.Name();
        Inside(p.Salary.Median, $"{name} median");
        foreach (var (band, s) in p.SalaryByBand)
        {
            Inside(s.Median, $"{name} {band} median");
        }
        foreach (var (figure, share) in p.SeniorityMix.Select(kv => (kv.Key.Name(), kv.Value))
            .Concat(p.WorkModeMix.Select(kv => (kv.Key.Name(), kv.Value)))
            .Concat(p.Countries.Select(c => (c.Country, c.Share)))
            .Concat(p.TopSkills.Select(s => (s.Skill, s.Share)))
            .Append(("senior+staff", p.SeniorStaffShare)).Append(("entry", p.EntryShare)).Append(("unknown seniority", p.SeniorityUnknown)))
        {
            Inside(share.Estimate, $"{name} {figure}");
        }
        foreach (var premium in p.Premiums)
        {
            Inside(premium.Median, $"{name} {premium.Skill} median");
            Inside(premium.Absolute, $"{name} {premium.Skill} premium");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Every_figure_lies_inside_its_interval(int seed)
    {
        var options = new AnalysisOptions { MinN = 10, TopK = 10 };

        var c = Analyzer(RandomMarket(seed), options).Compare(RoleFamily.Backend, RoleFamily.Fullstack);

        Inside(c.A);
        Inside(c.B);
        Inside(c.SalaryGap, "salary gap");
        Inside(c.SkillOverlap, "skill overlap");
        Assert.NotNull(c.A.Salary.Median);
        Assert.NotEmpty(c.A.Premiums);
    }
}

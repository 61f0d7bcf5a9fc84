using RoleScope.Core.Analytics;
using RoleScope.Core.Analytics.Index;
using RoleScope.Core.Domain;
using RoleScope.Core.Knowledge;
using static RoleScope.Core.Tests.Analytics.MarketPostings;

namespace RoleScope.Core.Tests.Analytics;

public sealed class MarketIndexTests
{
    private static List<MarketPosting> Market()
    {
        var postings = new List<MarketPosting>();
        for (var i = 0; i < 120; i++)
        {
            var family = i % 3 == 0 ? RoleFamily.Fullstack : RoleFamily.Backend;
            var seniority = (Seniority)(1 + i % 6);
            var mode = (WorkMode)(i % 4);
            string[] skills = i % 5 == 0 ? ["Go", "Kafka"] : i % 2 == 0 ? ["Python", "SQL"] : ["Go", "SQL", "LLM"];
            postings.Add(One(family, seniority, countries: i % 4 == 0 ? ["DE"] : ["US"], salaries: [UsdYear(90_000 + i * 1_000, 110_000 + i * 1_000)],
                skills: skills, mode: mode, postedAt: new DateOnly(2023, 1 + i % 6, 1 + i % 28), source: i % 2 == 0 ? "hn" : "csv"));
        }
        return postings;
    }

    private static string Fingerprint(FamilyProfile p) => string.Join("|",
        p.Postings, p.Salary, string.Join(",", p.TopSkills.Select(s => $"{s.Skill}:{s.Share}")),
        string.Join(",", p.Premiums.Select(x => x.ToString())), string.Join(",", p.CategoryPremiums.Select(x => x.ToString())),
        string.Join(",", p.Trend), string.Join(",", p.SalaryByBand.Select(kv => kv.ToString())), p.Window);

    [Fact]
    public void Appending_gives_the_same_figures_as_a_build_from_scratch()
    {
        var postings = Market();
        var built = MarketIndex.Build(postings);
        var appended = MarketIndex.Build(postings.Take(50));
        appended.Append(postings.Skip(50));

        var options = MinN(5);
        var a = new MarketAnalyzer(built, KnowledgeBase.Default.Skills, options).Profile(RoleFamily.Backend);
        var b = new MarketAnalyzer(appended, KnowledgeBase.Default.Skills, options).Profile(RoleFamily.Backend);

        Assert.Equal(120, appended.Count);
        Assert.Equal(Fingerprint(a), Fingerprint(b));
    }

    [Fact]
    public void The_same_input_gives_the_same_figures_byte_for_byte()
    {
        var options = MinN(5);
        var first = Analyzer(Market(), options).Compare(RoleFamily.Backend, RoleFamily.Fullstack);
        var second = Analyzer(Market(), options).Compare(RoleFamily.Backend, RoleFamily.Fullstack);

        Assert.Equal(Fingerprint(first.A), Fingerprint(second.A));
        Assert.Equal(first.SalaryGap, second.SalaryGap);
        Assert.Equal(first.SkillOverlap, second.SkillOverlap);
        Assert.Equal(first.KeyFindings, second.KeyFindings);
    }

    [Fact]
    public void Each_slice_filter_keeps_exactly_the_postings_a_scan_would()
    {
        var postings = Market();
        var slices = new (MarketSlice Slice, Func<MarketPosting, bool> Keep)[]
        {
            (new MarketSlice { WorkModes = new HashSet<WorkMode> { WorkMode.Remote, WorkMode.Hybrid } }, p => p.Posting.WorkMode is WorkMode.Remote or WorkMode.Hybrid),
            (new MarketSlice { Skills = new HashSet<string> { "Go", "SQL" } }, p => p.Posting.Skills.Contains("Go") && p.Posting.Skills.Contains("SQL")),
            (new MarketSlice { Sources = new HashSet<string> { "csv" } }, p => p.Source == "csv"),
            (new MarketSlice { Countries = new HashSet<string> { "DE" } }, p => p.Posting.Countries.Contains("DE")),
            (new MarketSlice { From = new DateOnly(2023, 2, 1), To = new DateOnly(2023, 3, 31) }, p => p.PostedAt >= new DateOnly(2023, 2, 1) && p.PostedAt <= new DateOnly(2023, 3, 31)),
            (new MarketSlice { Families = new HashSet<RoleFamily> { RoleFamily.Fullstack } }, p => p.Posting.Family == RoleFamily.Fullstack),
            (new MarketSlice { Seniorities = new HashSet<Seniority> { Seniority.Senior } }, p => p.Posting.Seniority == Seniority.Senior),
            (new MarketSlice { Skills = new HashSet<string> { "Rust" } }, _ => false),
            (new MarketSlice
            {
                WorkModes = new HashSet<WorkMode> { WorkMode.Onsite },
                Countries = new HashSet<string> { "US" },
                Skills = new HashSet<string> { "Go" },
            }, p => p.Posting.WorkMode == WorkMode.Onsite && p.Posting.Countries.Contains("US") && p.Posting.Skills.Contains("Go")),
        };

        foreach (var (slice, keep) in slices)
        {
            var analyzer = Analyzer(postings, MinN(1), slice);
            Assert.Equal(postings.Count(keep), analyzer.SlicePostings);
            Assert.Equal(postings.Count(p => keep(p) && p.Posting.Family == RoleFamily.Backend), analyzer.Profile(RoleFamily.Backend).Postings);
        }
    }

    [Fact]
    public void A_seniority_filter_applies_to_the_role_of_the_profiled_family()
    {
        // One posting, a senior backend role and a mid full-stack role: senior slices keep it for backend only.
        var postings = new[] { Posting([Role(RoleFamily.Backend, Seniority.Senior), Role(RoleFamily.Fullstack, Seniority.Mid)]) };
        var analyzer = Analyzer(postings, MinN(1), new MarketSlice { Seniorities = new HashSet<Seniority> { Seniority.Senior } });

        Assert.Equal(1, analyzer.Profile(RoleFamily.Backend).Postings);
        Assert.Equal(0, analyzer.Profile(RoleFamily.Fullstack).Postings);
    }

    [Fact]
    public void An_empty_index_and_an_empty_slice_give_no_numbers()
    {
        var empty = new MarketAnalyzer(MarketIndex.Empty(), KnowledgeBase.Default.Skills);
        var profile = empty.Profile(RoleFamily.Backend);

        Assert.Equal(0, empty.SlicePostings);
        Assert.Equal(0, profile.Postings);
        Assert.Null(profile.Salary.Median);
        Assert.Empty(profile.TopSkills);
        Assert.Null(profile.Window);

        var none = Analyzer(Market(), MinN(1), new MarketSlice { From = new DateOnly(2030, 1, 1) });
        Assert.Equal(0, none.Profile(RoleFamily.Backend).Postings);
        Assert.Null(none.Compare(RoleFamily.Backend, RoleFamily.Fullstack).SalaryGap);
    }

    [Fact]
    public void Bytes_per_posting_count_every_column_and_set()
    {
        var index = MarketIndex.Build(Market());

        // 8 (families) + 1 (work mode) + 2 (day) + 1 (source) + 8 (salary) bytes of columns per posting, plus the sets.
        Assert.True(index.Bytes >= 20 * index.Count);
        Assert.Equal(["hn", "csv"], index.SourceNames);
    }
}

using RoleScope.Core.Analytics;
using RoleScope.Core.Analytics.Index;
using RoleScope.Core.Domain;
using RoleScope.Core.Knowledge;
using static RoleScope.Core.Tests.Analytics.MarketPostings;

namespace RoleScope.Core.Tests.Analytics;

/// <summary>
/// A family that is a small part of the index has its members' skill lists copied out (sparse path); one that is most of it is
/// read in place (dense path). Both must give the same figures: the same backend postings, alone or among thousands of others.
/// </summary>
public sealed class SparseFamilyTests
{
    private static readonly string[] SkillPool = ["Go", "Kafka", "Python", "SQL", "LLM", "Rust", "Java", "Docker", "Kubernetes", "PostgreSQL", "TypeScript", "AWS"];
    private static readonly string[] CountryPool = ["US", "US", "DE", "GB", "PL"];

    private static List<MarketPosting> Backend(int count, int seed)
    {
        var random = new Random(seed);
        var postings = new List<MarketPosting>();
        for (var i = 0; i < count; i++)
        {
            var skills = SkillPool.Where(_ => random.Next(3) == 0).ToArray();
            var mid = 100_000 + random.Next(60) * 1_000;
            postings.Add(One(RoleFamily.Backend, (Seniority)random.Next(7),
                countries: [CountryPool[random.Next(CountryPool.Length)]],
                salaries: random.Next(2) == 0 ? [UsdYear(mid - 10_000, mid + 10_000)] : null,
                skills: skills, mode: (WorkMode)random.Next(4),
                postedAt: random.Next(10) == 0 ? null : new DateOnly(2026, 1 + random.Next(6), 1 + random.Next(28)),
                source: random.Next(2) == 0 ? "hn" : "csv"));
        }
        return postings;
    }

    /// <summary>The backend postings with <paramref name="others"/> front-end postings (salaried, US, same skills) between each two.</summary>
    private static List<MarketPosting> Padded(List<MarketPosting> backend, int others)
    {
        var postings = new List<MarketPosting>();
        var k = 0;
        foreach (var p in backend)
        {
            for (var j = 0; j < others; j++, k++)
            {
                var mid = 90_000 + (k % 97) * 1_000;
                postings.Add(One(RoleFamily.Frontend, Seniority.Mid, countries: ["US"], salaries: [UsdYear(mid - 5_000, mid + 5_000)],
                    skills: [SkillPool[k % SkillPool.Length], "React"], mode: WorkMode.Remote, postedAt: new DateOnly(2026, 1 + k % 6, 1)));
            }
            postings.Add(p);
        }
        return postings;
    }

    private static string Fingerprint(FamilyProfile p) => string.Join("\n",
        p.Postings, p.Salary, string.Join(",", p.SalaryByBand.Select(kv => kv.ToString())),
        string.Join(",", p.SeniorityMix.Select(kv => kv.ToString())), p.SeniorStaffShare, p.EntryShare, p.SeniorityUnknown,
        string.Join(",", p.WorkModeMix.Select(kv => kv.ToString())), p.WorkModeUnknown,
        string.Join(",", p.Countries), p.CountryUnknown,
        string.Join(",", p.TopSkills), string.Join(",", p.Premiums), string.Join(",", p.CategoryPremiums),
        string.Join(",", p.Trend), string.Join(",", p.SkillTrends.Select(t => t.Skill + ":" + string.Join(",", t.Months))), p.Window);

    [Fact]
    public void A_family_among_many_other_postings_gets_the_figures_it_gets_alone()
    {
        var backend = Backend(300, 11);
        var alone = MarketIndex.Build(backend);
        var padded = MarketIndex.Build(Padded(backend, 80));
        var options = MinN(5);

        var dense = new MarketAnalyzer(alone, KnowledgeBase.Default.Skills, options).Profile(RoleFamily.Backend);
        var sparse = new MarketAnalyzer(padded, KnowledgeBase.Default.Skills, options).Profile(RoleFamily.Backend);

        Assert.Equal(300, dense.Postings);
        Assert.NotEmpty(dense.Premiums);
        Assert.Equal(Fingerprint(dense), Fingerprint(sparse));
    }

    [Fact]
    public void A_filtered_slice_of_a_sparse_family_matches_the_dense_one()
    {
        var backend = Backend(400, 12);
        var slice = new MarketSlice
        {
            Countries = new HashSet<string> { "US", "DE" },
            WorkModes = new HashSet<WorkMode> { WorkMode.Remote, WorkMode.Hybrid },
            From = new DateOnly(2026, 2, 1),
            Sources = new HashSet<string> { "hn" },
        };
        var options = MinN(3);

        var dense = new MarketAnalyzer(MarketIndex.Build(backend), KnowledgeBase.Default.Skills, options, slice).Profile(RoleFamily.Backend);
        var sparse = new MarketAnalyzer(MarketIndex.Build(Padded(backend, 70)), KnowledgeBase.Default.Skills, options, slice).Profile(RoleFamily.Backend);
        var expected = backend.Count(p => p.Posting.Countries.Any(c => c is "US" or "DE")
            && p.Posting.WorkMode is WorkMode.Remote or WorkMode.Hybrid && p.PostedAt >= new DateOnly(2026, 2, 1) && p.Source == "hn");

        Assert.Equal(expected, dense.Postings);
        Assert.Equal(Fingerprint(dense), Fingerprint(sparse));
    }

    [Fact]
    public void Five_members_among_four_hundred_postings_give_hand_counted_figures()
    {
        // Five backend postings (US salaries 100k..140k midpoints; Go in all, Kafka in two) among 400 front-end ones.
        var backend = new List<MarketPosting>();
        for (var i = 0; i < 5; i++)
        {
            backend.Add(UsSalaried(RoleFamily.Backend, 100_000 + i * 10_000, Seniority.Senior, i < 2 ? ["Go", "Kafka"] : ["Go"]));
        }
        var analyzer = new MarketAnalyzer(MarketIndex.Build(Padded(backend, 80)), KnowledgeBase.Default.Skills, MinN(1));
        var profile = analyzer.Profile(RoleFamily.Backend);

        Assert.Equal(405, analyzer.SlicePostings);
        Assert.Equal(5, profile.Postings);
        Assert.Equal(["Go:5", "Kafka:2"], profile.TopSkills.Select(s => $"{s.Skill}:{s.Share.Count}"));
        Assert.Equal(5, profile.Salary.N);
        Assert.Equal(120_000, profile.Salary.Median!.Value.Value);
        Assert.Equal(5, profile.SalaryByBand[SeniorityBand.Senior].N);
        Assert.Equal(2, profile.Premiums.Single(p => p.Skill == "Kafka").N);
        // Kafka's two salaries are 100k and 110k: median 105k against the family's 120k.
        Assert.Equal(105_000, profile.Premiums.Single(p => p.Skill == "Kafka").Median.Value);
    }

    [Fact]
    public void Date_windows_drop_undated_postings_and_an_inverted_window_keeps_none()
    {
        var postings = new List<MarketPosting>
        {
            One(RoleFamily.Backend, postedAt: new DateOnly(2026, 1, 10)),
            One(RoleFamily.Backend, postedAt: new DateOnly(2026, 3, 10)),
            One(RoleFamily.Backend, postedAt: null),
        };
        int Count(MarketSlice slice) => Analyzer(postings, MinN(1), slice).SlicePostings;

        Assert.Equal(3, Count(MarketSlice.All));
        Assert.Equal(1, Count(new MarketSlice { To = new DateOnly(2026, 2, 1) }));
        Assert.Equal(1, Count(new MarketSlice { From = new DateOnly(2026, 2, 1) }));
        Assert.Equal(2, Count(new MarketSlice { From = new DateOnly(2026, 1, 10), To = new DateOnly(2026, 3, 10) }));
        Assert.Equal(0, Count(new MarketSlice { From = new DateOnly(2026, 3, 1), To = new DateOnly(2026, 2, 1) }));
    }

    [Fact]
    public void A_seniority_slice_outside_a_family_matches_any_role()
    {
        var postings = new List<MarketPosting>
        {
            Posting([Role(RoleFamily.Backend, Seniority.Mid), Role(RoleFamily.Data, Seniority.Staff)]),
            Posting([Role(RoleFamily.Backend, Seniority.Mid)]),
            Posting([Role(RoleFamily.Frontend, Seniority.Unknown)]),
        };
        var staff = Analyzer(postings, MinN(1), new MarketSlice { Seniorities = new HashSet<Seniority> { Seniority.Staff } });
        var unknown = Analyzer(postings, MinN(1), new MarketSlice { Seniorities = new HashSet<Seniority> { Seniority.Unknown } });

        Assert.Equal(1, staff.SlicePostings);
        Assert.Equal(0, staff.Profile(RoleFamily.Backend).Postings);
        Assert.Equal(1, unknown.SlicePostings);
    }
}

using RoleScope.Core.Analytics;
using RoleScope.Core.Analytics.Index;
using RoleScope.Core.Analytics.Planning;
using RoleScope.Core.Domain;
using RoleScope.Core.Knowledge;
using static RoleScope.Core.Tests.Analytics.MarketPostings;

namespace RoleScope.Core.Tests.Analytics;

public sealed class PlanningTests
{
    private static MarketIndex Index(IEnumerable<MarketPosting> postings) => MarketIndex.Build(postings);

    /// <summary>Senior backend US salaries 101k..140k (40 postings, every one dated in March 2023), 10 mid ones at 90k.</summary>
    private static List<MarketPosting> Salaries()
    {
        var postings = new List<MarketPosting>();
        for (var i = 1; i <= 40; i++)
        {
            postings.Add(One(RoleFamily.Backend, Seniority.Senior, countries: ["US"], salaries: [UsdYear(100_000 + i * 1_000, 100_000 + i * 1_000)],
                skills: i % 2 == 0 ? ["Go", "Kafka"] : ["Go"], postedAt: new DateOnly(2023, 3, i % 28 + 1)));
        }
        postings.AddRange(Repeat(10, () => One(RoleFamily.Backend, Seniority.Mid, countries: ["US"], salaries: [UsdYear(90_000, 90_000)])));
        return postings;
    }

    [Fact]
    public void A_benchmark_gives_percentiles_rank_n_window_and_an_email_citing_them()
    {
        var request = new SalaryBenchmarkRequest(RoleFamily.Backend, SeniorityBand.Senior, "US", [], 110_500);

        var b = SalaryBenchmarks.For(Index(Salaries()), KnowledgeBase.Default.Skills, request);

        Assert.Equal(40, b.Salary.N);
        // 101k..140k: median (120k + 121k) / 2; P25 at position 9.75 -> 110k + 0.75k.
        Assert.Equal(120_500, b.Salary.Median!.Value.Value);
        Assert.Equal(110_750, b.Salary.P25);
        // 10 of 40 salaries (101k..110k) lie below 110.5k.
        Assert.Equal(0.25, b.OfferRank!.Value.Value);
        Assert.Equal(130_250, b.Salary.P75);
        Assert.Equal(131_000, b.Ask);
        Assert.Equal(new DateWindow(new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 28)), b.Window);
        Assert.Contains("Market data puts this role at $111,000 to $130,000", b.Email, StringComparison.Ordinal);
        Assert.Contains("40 senior-level Backend postings in US", b.Email, StringComparison.Ordinal);
        Assert.Contains("posted 2023-03-01 to 2023-03-28", b.Email, StringComparison.Ordinal);
        Assert.Contains("25th percentile", b.Email, StringComparison.Ordinal);
        Assert.Contains("ask for a base salary of $131,000", b.Email, StringComparison.Ordinal);
    }

    [Fact]
    public void A_benchmark_below_min_n_gives_no_range_and_says_so()
    {
        // Kafka narrows the senior population to 20 salaries.
        var request = new SalaryBenchmarkRequest(RoleFamily.Backend, SeniorityBand.Senior, "US", ["Kafka"], 120_000);

        var b = SalaryBenchmarks.For(Index(Salaries()), KnowledgeBase.Default.Skills, request);

        Assert.Equal(20, b.Salary.N);
        Assert.Null(b.Salary.Median);
        Assert.Null(b.OfferRank);
        Assert.StartsWith("(No email drafted: only 20 ", b.Email, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_from_skills_ranks_missing_skills_and_scores_fit_by_target_frequency()
    {
        // Target backend (40): Go 40, Kafka 20, Docker 10. Held: Go. Fit = 40 / (40 + 20 + 10).
        var postings = new List<MarketPosting>();
        for (var i = 0; i < 40; i++)
        {
            postings.Add(One(RoleFamily.Backend, skills: i < 10 ? ["Go", "Kafka", "Docker"] : i < 20 ? ["Go", "Kafka"] : ["Go"]));
        }

        var plan = TransitionPlans.For(Index(postings), KnowledgeBase.Default.Skills, new TransitionRequest(null, ["Go", "Haskell"], RoleFamily.Backend));

        Assert.Equal(["Go"], plan.Transferable.Select(s => s.Skill));
        Assert.Equal(["Kafka", "Docker"], plan.MissingByFrequency.Select(s => s.Skill));
        Assert.Equal(40.0 / 70, plan.Fit!.Value.Value, 12);
        Assert.InRange(plan.Fit.Value.Value, plan.Fit.Value.Low, plan.Fit.Value.High);
        Assert.Null(plan.Choice);
    }

    [Fact]
    public void A_plan_between_seed_families_carries_the_choice_table_with_todays_figures()
    {
        var postings = Salaries().Concat(Repeat(40, () => One(RoleFamily.Fullstack, Seniority.Mid, skills: ["React"]))).ToList();

        var plan = TransitionPlans.For(Index(postings), KnowledgeBase.Default.Skills, new TransitionRequest(RoleFamily.Fullstack, [], RoleFamily.Backend));

        var choice = Assert.IsType<RoleChoiceView>(plan.Choice);
        Assert.Equal(RoleFamily.Fullstack, choice.A);
        var senior = Assert.Single(choice.ForB, l => l.Figure == "senior_staff_share");
        Assert.Equal("54% of Backend postings are senior or staff", senior.Claim);
        // Backend: 40 senior of 50 with known seniority; full-stack: none of 40.
        Assert.StartsWith("80% (n=50;", senior.InB, StringComparison.Ordinal);
        Assert.StartsWith("0% (n=40;", senior.InA, StringComparison.Ordinal);
        Assert.Equal(["React"], plan.Held);
    }
}

using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;
using static RoleScope.Core.Tests.Analytics.MarketPostings;

namespace RoleScope.Core.Tests.Analytics;

public sealed class ComparisonTests
{
    /// <summary>
    /// Backend (10): Go 8, PostgreSQL 6, Kubernetes 5, Docker 4, TypeScript 2, Python 2.
    /// Full-stack (10): TypeScript 8, React 7, PostgreSQL 5, Docker 2, Go 1, Node.js 1.
    /// Top-4: {Go, PostgreSQL, Kubernetes, Docker} and {TypeScript, React, PostgreSQL, Docker}.
    /// </summary>
    internal static List<MarketPosting> SkillMarket()
    {
        string[][] backend =
        [
            ["Go", "PostgreSQL", "Kubernetes", "Docker", "TypeScript"],
            ["Go", "PostgreSQL", "Kubernetes", "Docker", "TypeScript"],
            ["Go", "PostgreSQL", "Kubernetes", "Docker"],
            ["Go", "PostgreSQL", "Kubernetes", "Docker"],
            ["Go", "PostgreSQL", "Kubernetes"],
            ["Go", "PostgreSQL"],
            ["Go"],
            ["Go"],
            ["Python"],
            ["Python"],
        ];
        string[][] fullstack =
        [
            ["TypeScript", "React", "PostgreSQL", "Docker"],
            ["TypeScript", "React", "PostgreSQL", "Docker"],
            ["TypeScript", "React", "PostgreSQL"],
            ["TypeScript", "React", "PostgreSQL"],
            ["TypeScript", "React", "PostgreSQL"],
            ["TypeScript", "React"],
            ["TypeScript", "React", "Go"],
            ["TypeScript"],
            ["Node.js"],
            [],
        ];
        return
        [
            .. backend.Select(s => One(RoleFamily.Backend, skills: s)),
            .. fullstack.Select(s => One(RoleFamily.Fullstack, skills: s)),
        ];
    }

    private static string[] Named(string skill, bool named) => named ? [skill] : [];

    private static FamilyComparison Compare(IEnumerable<MarketPosting> postings, AnalysisOptions options) =>
        Analyzer(postings, options).Compare(RoleFamily.Backend, RoleFamily.Fullstack);

    [Fact]
    public void Skill_overlap_is_the_jaccard_of_the_top_k_sets()
    {
        var c = Compare(SkillMarket(), MinN(10, topK: 4));

        // |{PostgreSQL, Docker}| / |{Go, PostgreSQL, Kubernetes, Docker, TypeScript, React}| = 2 / 6.
        Assert.Equal(4, c.TopK);
        Assert.Equal(2.0 / 6, Assert.NotNull(c.SkillOverlap).Value, 1e-12);
    }

    [Fact]
    public void Skill_overlap_of_identical_top_sets_is_one_and_of_disjoint_sets_zero()
    {
        var same = new[]
        {
            One(RoleFamily.Backend, skills: ["Go", "Rust"]),
            One(RoleFamily.Fullstack, skills: ["Go", "Rust"]),
        };
        var disjoint = new[]
        {
            One(RoleFamily.Backend, skills: ["Go", "Rust"]),
            One(RoleFamily.Fullstack, skills: ["React", "TypeScript"]),
        };

        Assert.Equal(1.0, Assert.NotNull(Compare(same, MinN(1)).SkillOverlap).Value);
        Assert.Equal(0.0, Assert.NotNull(Compare(disjoint, MinN(1)).SkillOverlap).Value);
    }

    [Fact]
    public void Skill_overlap_interval_contains_the_value_and_is_a_share()
    {
        var overlap = Assert.NotNull(Compare(SkillMarket(), MinN(10, topK: 4)).SkillOverlap);

        Assert.InRange(overlap.Value, overlap.Low, overlap.High);
        Assert.InRange(overlap.Low, 0, 1);
        Assert.InRange(overlap.High, 0, 1);
    }

    [Fact]
    public void Skill_overlap_interval_contains_the_value_when_tied_skills_make_resampled_top_sets_unstable()
    {
        // Forty skills named once each in both families: name order makes the top-2 sets equal (Jaccard 1), but a resample's
        // top 2 are whichever skills it happened to draw twice, so most replicates overlap far less.
        var postings = new List<MarketPosting>();
        foreach (var family in new[] { RoleFamily.Backend, RoleFamily.Fullstack })
        {
            postings.AddRange(Enumerable.Range(0, 40).Select(i => One(family, skills: [$"Skill{i:00}"])));
        }

        var overlap = Assert.NotNull(Compare(postings, MinN(1, topK: 2)).SkillOverlap);

        Assert.Equal(1.0, overlap.Value);
        Assert.InRange(overlap.Value, overlap.Low, overlap.High);
        Assert.True(overlap.Low < 0.5, $"the interval should show the figure is unsure, low {overlap.Low}");
    }

    [Theory]
    [InlineData(29, 30, false)]
    [InlineData(30, 29, false)]
    [InlineData(30, 30, true)]
    public void Skill_overlap_is_too_few_postings_when_either_family_is_below_min_n(int backend, int fullstack, bool shown)
    {
        var postings = new List<MarketPosting>();
        postings.AddRange(Repeat(backend, () => One(RoleFamily.Backend, skills: ["Go", "SQL"])));
        postings.AddRange(Repeat(fullstack, () => One(RoleFamily.Fullstack, skills: ["React", "SQL"])));

        var c = Analyzer(postings).Compare(RoleFamily.Backend, RoleFamily.Fullstack);

        if (shown)
        {
            Assert.Equal(1.0 / 3, Assert.NotNull(c.SkillOverlap).Value, 1e-12);
        }
        else
        {
            Assert.Null(c.SkillOverlap);
            Assert.DoesNotContain(c.KeyFindings, f => f.Contains("Jaccard", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Shared_skills_carry_both_frequencies_sorted_by_combined_frequency()
    {
        var c = Compare(SkillMarket(), MinN(10, topK: 4));

        Assert.Equal(["PostgreSQL", "Docker"], c.Shared.Select(p => p.Skill));
        var postgres = c.Shared[0];
        Assert.Equal((6, 10), (postgres.InA.Count, postgres.InA.N));
        Assert.Equal((5, 10), (postgres.InB.Count, postgres.InB.N));
        Assert.Equal(1.1, postgres.Combined, 1e-12);
        Assert.Equal((4, 2), (c.Shared[1].InA.Count, c.Shared[1].InB.Count));
    }

    [Fact]
    public void Exclusive_skills_are_in_one_top_set_only_with_their_frequency_in_both()
    {
        var c = Compare(SkillMarket(), MinN(10, topK: 4));

        Assert.Equal(["Go", "Kubernetes"], c.ExclusiveToA.Select(p => p.Skill));
        Assert.Equal(["TypeScript", "React"], c.ExclusiveToB.Select(p => p.Skill));
        // Go is outside full-stack's top 4 but one full-stack posting names it; TypeScript likewise in backend.
        Assert.Equal((8, 1), (c.ExclusiveToA[0].InA.Count, c.ExclusiveToA[0].InB.Count));
        Assert.Equal((5, 0), (c.ExclusiveToA[1].InA.Count, c.ExclusiveToA[1].InB.Count));
        Assert.Equal((2, 8), (c.ExclusiveToB[0].InA.Count, c.ExclusiveToB[0].InB.Count));
        Assert.Equal((0, 7), (c.ExclusiveToB[1].InA.Count, c.ExclusiveToB[1].InB.Count));
        Assert.Equal(0.8, Assert.NotNull(c.ExclusiveToB[0].InB.Estimate).Value, 1e-12);
    }

    [Fact]
    public void Asymmetric_skills_are_shared_skills_differing_by_a_factor_of_two_or_more()
    {
        var c = Compare(SkillMarket(), MinN(10, topK: 4));

        // Docker 40% vs 20% is exactly the factor 2; PostgreSQL 60% vs 50% is not.
        Assert.Equal(["Docker"], c.Asymmetric.Select(p => p.Skill));
        Assert.All(c.Asymmetric, p => Assert.Contains(p, c.Shared));
    }

    [Fact]
    public void Asymmetry_applies_in_either_direction_and_honours_the_configured_factor()
    {
        var postings = new List<MarketPosting>();
        // SQL: backend 3/10, full-stack 9/10 (factor 3, full-stack heavier); Java: 5/10 vs 4/10.
        for (var i = 0; i < 10; i++)
        {
            postings.Add(One(RoleFamily.Backend, skills: [.. Named("SQL", i < 3), .. Named("Java", i < 5)]));
            postings.Add(One(RoleFamily.Fullstack, skills: [.. Named("SQL", i < 9), .. Named("Java", i < 4)]));
        }

        var byTwo = Compare(postings, MinN(1));
        var byFour = Compare(postings, MinN(1) with { AsymmetryFactor = 4 });

        Assert.Equal(["SQL"], byTwo.Asymmetric.Select(p => p.Skill));
        Assert.Empty(byFour.Asymmetric);
    }

    [Fact]
    public void Volume_ratio_is_postings_of_a_over_postings_of_b()
    {
        var postings = new List<MarketPosting>
        {
            // Counted once in each family.
            Posting([Role(RoleFamily.Backend), Role(RoleFamily.Fullstack)]),
        };
        postings.AddRange(Repeat(5, () => One(RoleFamily.Backend)));
        postings.AddRange(Repeat(3, () => One(RoleFamily.Fullstack)));

        var c = Compare(postings, MinN(1));

        Assert.Equal(6, c.A.Postings);
        Assert.Equal(4, c.B.Postings);
        Assert.Equal(1.5, Assert.NotNull(c.VolumeRatio), 1e-12);
    }

    [Fact]
    public void Volume_ratio_is_absent_when_b_has_no_postings()
    {
        var c = Compare([One(RoleFamily.Backend, skills: ["Go"])], MinN(1));

        Assert.Null(c.VolumeRatio);
        Assert.Null(c.SkillOverlap);
        Assert.Empty(c.Shared);
        Assert.Equal(["Go"], c.ExclusiveToA.Select(p => p.Skill));
    }

    [Fact]
    public void Salary_gap_is_the_difference_of_medians_absolute_and_relative_to_b()
    {
        var postings = new[]
        {
            UsSalaried(RoleFamily.Backend, 100_000), UsSalaried(RoleFamily.Backend, 120_000), UsSalaried(RoleFamily.Backend, 140_000),
            UsSalaried(RoleFamily.Fullstack, 90_000), UsSalaried(RoleFamily.Fullstack, 100_000), UsSalaried(RoleFamily.Fullstack, 110_000),
        };

        var c = Compare(postings, MinN(3));

        var gap = Assert.NotNull(c.SalaryGap);
        Assert.Equal(20_000, gap.Value, 1e-6);
        Assert.Equal(0.2, Assert.NotNull(c.SalaryGapRelative), 1e-12);
        Assert.InRange(gap.Value, gap.Low, gap.High);
        // Every resampled median lies within each side's range, so the gap's bounds do too.
        Assert.InRange(gap.Low, 100_000 - 110_000, 140_000 - 90_000);
        Assert.InRange(gap.High, 100_000 - 110_000, 140_000 - 90_000);
    }

    [Fact]
    public void Salary_gap_is_too_few_postings_when_either_median_is()
    {
        var postings = new[]
        {
            UsSalaried(RoleFamily.Backend, 100_000), UsSalaried(RoleFamily.Backend, 120_000), UsSalaried(RoleFamily.Backend, 140_000),
            UsSalaried(RoleFamily.Fullstack, 90_000), UsSalaried(RoleFamily.Fullstack, 100_000),
        };

        var c = Compare(postings, MinN(3));

        Assert.NotNull(c.A.Salary.Median);
        Assert.Null(c.B.Salary.Median);
        Assert.Null(c.SalaryGap);
        Assert.Null(c.SalaryGapRelative);
    }

    [Fact]
    public void A_comparison_is_reproducible()
    {
        var postings = SkillMarket();

        var first = Compare(postings, MinN(10, topK: 4));
        var second = Compare(postings, MinN(10, topK: 4));

        Assert.Equal(first.SkillOverlap, second.SkillOverlap);
        Assert.Equal(first.KeyFindings, second.KeyFindings);
    }
}

using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;
using static RoleScope.Core.Tests.Analytics.MarketPostings;

namespace RoleScope.Core.Tests.Analytics;

public sealed class TopSkillsTests
{
    /// <summary>Python 4; AWS, Go and SQL 3 each; Docker 1; over 5 postings.</summary>
    private static MarketPosting[] Postings() =>
    [
        One(RoleFamily.Backend, skills: ["Python", "Go", "SQL", "AWS"]),
        One(RoleFamily.Backend, skills: ["Python", "Go", "SQL", "AWS"]),
        One(RoleFamily.Backend, skills: ["Python", "SQL", "AWS", "Docker"]),
        One(RoleFamily.Backend, skills: ["Python", "Go"]),
        One(RoleFamily.Backend),
        // Another family's skills do not count.
        One(RoleFamily.Frontend, skills: ["Docker", "Docker2"]),
    ];

    [Fact]
    public void Top_k_takes_the_most_frequent_with_ties_broken_by_name()
    {
        var top = Analyzer(Postings(), MinN(1, topK: 3)).Profile(RoleFamily.Backend).TopSkills;

        Assert.Equal(["Python", "AWS", "Go"], top.Select(s => s.Skill));
    }

    [Fact]
    public void Frequency_is_the_share_of_the_family_postings_naming_the_skill()
    {
        var top = Analyzer(Postings(), MinN(1)).Profile(RoleFamily.Backend).TopSkills;

        Assert.Equal(["Python", "AWS", "Go", "SQL", "Docker"], top.Select(s => s.Skill));
        Assert.Equal(4, top[0].Share.Count);
        Assert.Equal(5, top[0].Share.N);
        Assert.Equal(0.8, Assert.NotNull(top[0].Share.Estimate).Value, 1e-12);
        Assert.Equal(0.2, Assert.NotNull(top[4].Share.Estimate).Value, 1e-12);
    }

    [Fact]
    public void Skills_carry_their_taxonomy_category()
    {
        var postings = new[] { One(RoleFamily.Backend, skills: ["Python", "AWS", "NotASkillAnywhere"]) };

        var top = Analyzer(postings, MinN(1)).Profile(RoleFamily.Backend).TopSkills.ToDictionary(s => s.Skill, s => s.Category);

        Assert.Equal("language", top["Python"]);
        Assert.Equal("cloud", top["AWS"]);
        Assert.Equal("unknown", top["NotASkillAnywhere"]);
    }

    [Fact]
    public void Default_k_is_thirty()
    {
        var skills = Enumerable.Range(0, 40).Select(i => $"Skill{i:00}").ToArray();

        var top = Analyzer([One(RoleFamily.Backend, skills: skills)], MinN(1) with { TopK = 30 }).Profile(RoleFamily.Backend).TopSkills;
        var byDefault = Analyzer([One(RoleFamily.Backend, skills: skills)]).Profile(RoleFamily.Backend).TopSkills;

        Assert.Equal(30, top.Count);
        Assert.Equal(30, byDefault.Count);
        Assert.Equal("Skill29", top[^1].Skill);
    }
}

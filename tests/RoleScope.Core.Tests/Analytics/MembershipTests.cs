using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;
using static RoleScope.Core.Tests.Analytics.MarketPostings;

namespace RoleScope.Core.Tests.Analytics;

public sealed class MembershipTests
{
    [Fact]
    public void A_posting_with_a_backend_and_a_fullstack_role_counts_once_in_each()
    {
        var postings = new[]
        {
            Posting([Role(RoleFamily.Backend, Seniority.Senior), Role(RoleFamily.Fullstack, Seniority.Mid)]),
            One(RoleFamily.Backend),
            One(RoleFamily.Fullstack),
            One(RoleFamily.Frontend),
        };
        var analyzer = Analyzer(postings, MinN(1));

        Assert.Equal(4, analyzer.SlicePostings);
        Assert.Equal(2, analyzer.Profile(RoleFamily.Backend).Postings);
        Assert.Equal(2, analyzer.Profile(RoleFamily.Fullstack).Postings);
        Assert.Equal(1, analyzer.Profile(RoleFamily.Frontend).Postings);
        Assert.Equal(0, analyzer.Profile(RoleFamily.Mobile).Postings);
        Assert.Equal(4, analyzer.Profile(RoleFamily.Backend).SlicePostings);
    }

    [Fact]
    public void Two_roles_of_one_family_count_as_one_posting()
    {
        var analyzer = Analyzer([Posting([Role(RoleFamily.Backend, Seniority.Entry), Role(RoleFamily.Backend, Seniority.Staff)])], MinN(1));

        var profile = analyzer.Profile(RoleFamily.Backend);

        Assert.Equal(1, profile.Postings);
        Assert.Equal(1, profile.SeniorityMix[Seniority.Entry].N);
    }

    [Fact]
    public void Seniority_is_that_of_the_first_role_of_the_family()
    {
        var postings = new[]
        {
            // Backend sees Entry (its first backend role), not the later Staff.
            Posting([Role(RoleFamily.Backend, Seniority.Entry), Role(RoleFamily.Backend, Seniority.Staff)]),
            // Full-stack's first role is Senior; backend's first is Unknown, which is not replaced by the later Staff.
            Posting([Role(RoleFamily.Fullstack, Seniority.Senior), Role(RoleFamily.Backend), Role(RoleFamily.Backend, Seniority.Staff)]),
        };
        var analyzer = Analyzer(postings, MinN(1));

        var backend = analyzer.Profile(RoleFamily.Backend);
        Assert.Equal(2, backend.Postings);
        Assert.Equal(1, backend.SeniorityMix[Seniority.Entry].Count);
        Assert.Equal(0, backend.SeniorityMix[Seniority.Staff].Count);
        Assert.Equal(1, backend.SeniorityMix[Seniority.Entry].N);
        Assert.Equal(1, backend.SeniorityUnknown.Count);
        Assert.Equal(2, backend.SeniorityUnknown.N);

        var fullstack = analyzer.Profile(RoleFamily.Fullstack);
        Assert.Equal(1, fullstack.SeniorityMix[Seniority.Senior].Count);
        Assert.Equal(1, fullstack.SeniorStaffShare.Count);
        Assert.Equal(1, fullstack.SeniorStaffShare.N);
    }

    [Fact]
    public void Families_lists_postings_per_family_largest_first()
    {
        var postings = new List<MarketPosting>
        {
            Posting([Role(RoleFamily.Backend), Role(RoleFamily.Fullstack)]),
            One(RoleFamily.Backend),
            One(RoleFamily.Backend),
            One(RoleFamily.Data),
        };

        var families = Analyzer(postings).Families();

        Assert.Equal(3, families.Count);
        Assert.Equal((RoleFamily.Backend, 3), families[0]);
        Assert.Contains((RoleFamily.Fullstack, 1), families);
        Assert.Contains((RoleFamily.Data, 1), families);
        Assert.DoesNotContain(families, f => f.Family == RoleFamily.Mobile);
    }
}

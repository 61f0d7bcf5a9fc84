using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;
using static RoleScope.Core.Tests.Analytics.MarketPostings;

namespace RoleScope.Core.Tests.Analytics;

public sealed class ShareFigureTests
{
    private const double Tolerance = 1e-12;

    /// <summary>Intern 1, entry 2, mid 3, senior 4, staff 2, principal 1 (13 known) and 7 unknown: 20 postings.</summary>
    private static List<MarketPosting> SeniorityPostings()
    {
        var list = new List<MarketPosting>();
        foreach (var (seniority, count) in new[]
        {
            (Seniority.Intern, 1), (Seniority.Entry, 2), (Seniority.Mid, 3), (Seniority.Senior, 4),
            (Seniority.Staff, 2), (Seniority.Principal, 1), (Seniority.Unknown, 7),
        })
        {
            list.AddRange(Repeat(count, () => One(RoleFamily.Backend, seniority)));
        }
        return list;
    }

    [Fact]
    public void Senior_staff_share_is_over_postings_with_known_seniority()
    {
        var profile = Analyzer(SeniorityPostings(), MinN(13)).Profile(RoleFamily.Backend);

        Assert.Equal(20, profile.Postings);
        Assert.Equal(7, profile.SeniorStaffShare.Count);
        Assert.Equal(13, profile.SeniorStaffShare.N);
        Assert.Equal(7.0 / 13, Assert.NotNull(profile.SeniorStaffShare.Estimate).Value, Tolerance);
    }

    [Fact]
    public void Entry_share_counts_interns_and_entry_over_known()
    {
        var profile = Analyzer(SeniorityPostings(), MinN(13)).Profile(RoleFamily.Backend);

        Assert.Equal(3, profile.EntryShare.Count);
        Assert.Equal(13, profile.EntryShare.N);
        Assert.Equal(3.0 / 13, Assert.NotNull(profile.EntryShare.Estimate).Value, Tolerance);
    }

    [Fact]
    public void The_unknown_share_is_reported_beside_over_all_postings()
    {
        var profile = Analyzer(SeniorityPostings(), MinN(13)).Profile(RoleFamily.Backend);

        Assert.Equal(7, profile.SeniorityUnknown.Count);
        Assert.Equal(20, profile.SeniorityUnknown.N);
        Assert.Equal(7.0 / 20, Assert.NotNull(profile.SeniorityUnknown.Estimate).Value, Tolerance);
    }

    [Fact]
    public void Seniority_mix_has_every_known_level_and_sums_to_one()
    {
        var mix = Analyzer(SeniorityPostings(), MinN(13)).Profile(RoleFamily.Backend).SeniorityMix;

        Assert.DoesNotContain(Seniority.Unknown, mix.Keys);
        Assert.Equal(6, mix.Count);
        Assert.Equal(3, mix[Seniority.Mid].Count);
        Assert.Equal(3.0 / 13, Assert.NotNull(mix[Seniority.Mid].Estimate).Value, Tolerance);
        Assert.Equal(1.0, mix.Values.Sum(s => Assert.NotNull(s.Estimate).Value), 1e-9);
    }

    [Fact]
    public void Shares_carry_the_wilson_interval_around_their_value()
    {
        var share = Analyzer(SeniorityPostings(), MinN(13)).Profile(RoleFamily.Backend).SeniorStaffShare;

        var estimate = Assert.NotNull(share.Estimate);
        var (low, high) = ReferenceStatistics.Wilson(7, 13);
        Assert.Equal(low, estimate.Low, 1e-9);
        Assert.Equal(high, estimate.High, 1e-9);
        Assert.InRange(estimate.Value, estimate.Low, estimate.High);
    }

    [Fact]
    public void A_share_whose_known_n_is_below_min_n_is_too_few_postings()
    {
        // 13 known seniorities, 20 postings: min_n 14 hides the shares over known but not the unknown share over all.
        var profile = Analyzer(SeniorityPostings(), MinN(14)).Profile(RoleFamily.Backend);

        Assert.Null(profile.SeniorStaffShare.Estimate);
        Assert.Null(profile.EntryShare.Estimate);
        Assert.All(profile.SeniorityMix.Values, s => Assert.Null(s.Estimate));
        Assert.Equal(13, profile.SeniorStaffShare.N);
        Assert.NotNull(profile.SeniorityUnknown.Estimate);
    }

    [Fact]
    public void Work_mode_mix_is_over_postings_with_a_known_mode()
    {
        var postings = new List<MarketPosting>();
        postings.AddRange(Repeat(3, () => One(RoleFamily.Backend, mode: WorkMode.Remote)));
        postings.AddRange(Repeat(2, () => One(RoleFamily.Backend, mode: WorkMode.Hybrid)));
        postings.AddRange(Repeat(1, () => One(RoleFamily.Backend, mode: WorkMode.Onsite)));
        postings.AddRange(Repeat(4, () => One(RoleFamily.Backend)));

        var profile = Analyzer(postings, MinN(6)).Profile(RoleFamily.Backend);

        Assert.Equal(3, profile.WorkModeMix.Count);
        Assert.Equal(0.5, Assert.NotNull(profile.WorkModeMix[WorkMode.Remote].Estimate).Value, Tolerance);
        Assert.Equal(2.0 / 6, Assert.NotNull(profile.WorkModeMix[WorkMode.Hybrid].Estimate).Value, Tolerance);
        Assert.Equal(1.0 / 6, Assert.NotNull(profile.WorkModeMix[WorkMode.Onsite].Estimate).Value, Tolerance);
        Assert.All(profile.WorkModeMix.Values, s => Assert.Equal(6, s.N));
        Assert.Equal(4, profile.WorkModeUnknown.Count);
        Assert.Equal(10, profile.WorkModeUnknown.N);
        Assert.Equal(0.4, Assert.NotNull(profile.WorkModeUnknown.Estimate).Value, Tolerance);
    }

    [Fact]
    public void Country_mix_is_the_top_ten_countries_ties_broken_by_code()
    {
        var postings = new List<MarketPosting>();
        postings.AddRange(Repeat(5, () => One(RoleFamily.Backend, countries: ["US"])));
        postings.AddRange(Repeat(3, () => One(RoleFamily.Backend, countries: ["GB"])));
        postings.AddRange(Repeat(3, () => One(RoleFamily.Backend, countries: ["DE"])));
        foreach (var country in new[] { "IE", "FR", "FI", "ES", "DK", "CH", "CA", "BE", "AT" })
        {
            postings.Add(One(RoleFamily.Backend, countries: [country]));
        }
        postings.Add(One(RoleFamily.Backend, countries: ["US", "PL"]));
        postings.AddRange(Repeat(2, () => One(RoleFamily.Backend)));

        var profile = Analyzer(postings, MinN(1)).Profile(RoleFamily.Backend);

        // 21 postings name a country; PL and IE (one posting each) fall behind the ten listed.
        Assert.Equal(["US", "DE", "GB", "AT", "BE", "CA", "CH", "DK", "ES", "FI"], profile.Countries.Select(c => c.Country));
        Assert.Equal(6, profile.Countries[0].Share.Count);
        Assert.Equal(21, profile.Countries[0].Share.N);
        Assert.Equal(6.0 / 21, Assert.NotNull(profile.Countries[0].Share.Estimate).Value, Tolerance);
        Assert.Equal(3.0 / 21, Assert.NotNull(profile.Countries[1].Share.Estimate).Value, Tolerance);
        Assert.Equal(2, profile.CountryUnknown.Count);
        Assert.Equal(23, profile.CountryUnknown.N);
    }
}

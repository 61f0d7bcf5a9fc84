using System.Globalization;
using RoleScope.Core.Domain;

namespace RoleScope.Synthetic;

/// <summary>
/// Makes posting number <c>index</c> of a seeded run. Each posting draws from its own <see cref="Random"/>, seeded from
/// (seed, index), so posting i is the same whatever the count and whichever postings came before it. An instance holds
/// only scratch buffers, so each enumeration of <see cref="SyntheticPostings.Generate"/> owns one.
/// </summary>
internal sealed class PostingComposer(int seed)
{
    /// <summary>About 5% of postings advertise two or three roles.</summary>
    private const double MultiRoleShare = 0.05;
    private const double MultiRoleHeaderShare = 0.6;
    private const double SingleRoleHeaderShare = 0.08;
    private const double HackerNewsMarkupShare = 0.55;
    private const double HtmlShare = 0.22;

    /// <summary>Titles with no seniority word: this share states years of experience instead.</summary>
    private const double YearsWithoutWordShare = 0.55;
    private const double YearsWithWordShare = 0.35;

    private static readonly DateOnly FirstDay = new(2026, 1, 1);
    private static readonly int DayCount = new DateOnly(2026, 6, 30).DayNumber - FirstDay.DayNumber + 1;

    private readonly List<PlannedRole> roles = [];
    private readonly List<string> skills = [];
    private readonly SlotValues slots = new();
    private readonly DescriptionWriter writer = new();

    // Companies recur across postings; the pool bounds this cache at PoolSize entries.
    private readonly Dictionary<int, CompanyProfile> companies = [];

    public RawPosting Compose(int index)
    {
        var rng = new Random(SeedMixer.Mix(seed, SeedMixer.PostingStream, index));
        var number = index + 1L;
        var company = Company(CompanyProfile.PickIndex(rng));

        var team = TitleWriter.PickTeam(rng);
        PlanRoles(rng, team);
        var layout = roles.Count > 1
            ? (rng.Chance(MultiRoleHeaderShare) ? Layout.Header : Layout.Plural)
            : (rng.Chance(SingleRoleHeaderShare) ? Layout.Header : Layout.Standard);
        var years = PlanYears(rng);
        var place = PlacePlan.Pick(rng, company.HomeCountry, company.HomeCity);
        SkillPicker.Pick(rng, roles, skills);
        var pay = SalaryWriter.Plan(rng, roles[0], place, skills);
        var style = layout == Layout.Header
            ? (rng.Chance(HackerNewsMarkupShare) ? TextStyle.HackerNews : TextStyle.Plain)
            : (rng.Chance(HtmlShare) ? TextStyle.Html : TextStyle.Plain);

        var title = layout switch
        {
            Layout.Standard => roles[0].Title,
            Layout.Plural => TitleWriter.Plural(roles),
            _ => null,
        };
        FillSlots(rng, company, place, pay, title ?? roles[0].Title, team);
        var plan = new PostingPlan(company, roles, layout, years, place, skills, pay, style);
        var description = writer.Write(rng, plan, slots);
        var location = layout == Layout.Header ? null : place.LocationField(rng);
        var postedAt = FirstDay.AddDays(rng.Next(DayCount));

        return new RawPosting
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"syn-{seed}-{number:D7}"),
            Source = SyntheticPostings.Source,
            Url = string.Create(CultureInfo.InvariantCulture, $"https://{company.Slug}.example/jobs/{number}"),
            Title = title,
            // A Hacker News comment has no company or location fields: its header line carries them.
            Company = layout == Layout.Header ? null : company.Name,
            Location = location,
            Description = description,
            PostedAt = postedAt,
            Labels = Labels(place, pay, style),
        };
    }

    private CompanyProfile Company(int companyIndex)
    {
        if (!companies.TryGetValue(companyIndex, out var company))
        {
            company = CompanyProfile.Create(seed, companyIndex);
            companies.Add(companyIndex, company);
        }
        return company;
    }

    private void PlanRoles(Random rng, string team)
    {
        roles.Clear();
        var first = FamilyProfiles.Table.Pick(rng);
        roles.Add(TitleWriter.Plan(rng, first, team));
        if (!rng.Chance(MultiRoleShare))
        {
            return;
        }
        var wanted = rng.Chance(0.7) ? 2 : 3;
        // Bounded retries: a draw may repeat a family already listed.
        for (var attempt = 0; attempt < 12 && roles.Count < wanted; attempt++)
        {
            var family = FamilyProfiles.Table.Pick(rng);
            if (!roles.Exists(r => r.Profile == family))
            {
                roles.Add(TitleWriter.Plan(rng, family, team));
            }
        }
    }

    /// <summary>Years of experience in the text, for single-role postings; they tell the seniority when the title does not.</summary>
    private YearsOfExperience? PlanYears(Random rng)
    {
        if (roles.Count != 1)
        {
            return null;
        }
        var role = roles[0];
        if (role.Told == Seniority.Unknown)
        {
            if (!rng.Chance(YearsWithoutWordShare))
            {
                return null;
            }
            var years = SeniorityWords.PickYears(rng, role.Actual);
            roles[0] = role with { Told = years.Tells };
            return years;
        }
        return rng.Chance(YearsWithWordShare) ? SeniorityWords.PickYears(rng, role.Actual) : null;
    }

    private void FillSlots(Random rng, CompanyProfile company, PlacePlan place, StatedPay? pay, string title, string team)
    {
        slots.Company = company.Name;
        slots.Title = title;
        slots.Team = team;
        slots.Product = company.Industry.Product;
        slots.Customers = company.Industry.Customers;
        slots.Things = company.Industry.Things;
        slots.City = place.City.Name;
        slots.CityFull = place.Country.CityLabel(place.City, longForm: false);
        slots.InCountry = place.InPhrase;
        slots.ScopeShort = place.ScopeShort;
        slots.Days = rng.Chance(0.5) ? (rng.Chance(0.6) ? "3" : "2") : (rng.Chance(0.6) ? "three" : "two");
        slots.Area = roles[0].Profile.ExperienceArea;
        slots.Url = "https://" + company.Slug + ".example/careers";
        slots.Email = (rng.Chance(0.5) ? "jobs@" : "hiring@") + company.Slug + ".example";
        slots.Pay = pay?.Text ?? "";
        slots.Size = company.Size.ToString(CultureInfo.InvariantCulture);
        slots.Founded = company.Founded.ToString(CultureInfo.InvariantCulture);
    }

    private Dictionary<string, string> Labels(PlacePlan place, StatedPay? pay, TextStyle style)
    {
        var sorted = skills.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var roleLabels = new string[roles.Count];
        for (var i = 0; i < roles.Count; i++)
        {
            roleLabels[i] = VocabularyNames.Of(roles[i].Profile.Family) + ":" + VocabularyNames.Of(roles[i].Told);
        }
        return new Dictionary<string, string>(8, StringComparer.Ordinal)
        {
            [SyntheticLabels.Family] = VocabularyNames.Of(roles[0].Profile.Family),
            [SyntheticLabels.Seniority] = VocabularyNames.Of(roles[0].Told),
            [SyntheticLabels.Roles] = roleLabels.Length == 1 ? roleLabels[0] : string.Join('|', roleLabels),
            [SyntheticLabels.WorkMode] = VocabularyNames.Of(place.Mode),
            [SyntheticLabels.Countries] = place.CountriesLabel,
            [SyntheticLabels.Skills] = string.Join('|', sorted),
            [SyntheticLabels.Salary] = pay?.Label ?? "",
            [SyntheticLabels.Markup] = VocabularyNames.Of(style),
        };
    }
}

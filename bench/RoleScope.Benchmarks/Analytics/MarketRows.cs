using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;
using RoleScope.Core.Knowledge;

namespace RoleScope.Benchmarks.Analytics;

/// <summary>
/// Seeded synthetic extracted postings for the analytics benchmark: about 15 skills each (Zipf over the taxonomy, with a
/// per-family bias), 1-2 roles, seniority, work mode, 1-2 countries, a day in 2025-07..2026-06, one of four sources, and for
/// about 40% of postings a salary range in whole dollars (so both engines' medians are exact in binary floating point).
/// </summary>
internal sealed class MarketRows(SkillTaxonomy taxonomy, int seed)
{
    private static readonly string[] Countries = ["US", "US", "US", "US", "DE", "GB", "PL", "PT", "IN", "CA", "NL", "FR", "ES", "BR"];
    private static readonly string[] Sources = ["hn", "csv", "jsonl", "synthetic"];
    private static readonly RoleFamily[] Families = [RoleFamily.Backend, RoleFamily.Backend, RoleFamily.Fullstack, RoleFamily.Fullstack, RoleFamily.Frontend, RoleFamily.Devops, RoleFamily.Data, RoleFamily.Ml, RoleFamily.Mobile, RoleFamily.Qa, RoleFamily.Security];
    private readonly string[] _skills = [.. taxonomy.Skills.Select(s => s.Name).Order(StringComparer.Ordinal)];

    public IEnumerable<MarketPosting> Generate(int count)
    {
        var random = new Random(seed);
        var start = new DateOnly(2025, 7, 1).DayNumber;
        var chosen = new HashSet<int>();
        for (var i = 0; i < count; i++)
        {
            var family = Families[random.Next(Families.Length)];
            var roles = new List<ExtractedRole> { new("role", family, (Seniority)random.Next(0, 7)) };
            if (random.Next(10) == 0)
            {
                roles.Add(new ExtractedRole("role", Families[random.Next(Families.Length)], (Seniority)random.Next(0, 7)));
            }
            chosen.Clear();
            var skillCount = 10 + random.Next(11);
            var offset = (int)family * 37;
            while (chosen.Count < skillCount)
            {
                // Zipf-like rank: most postings name the same few hundred skills, shifted per family.
                var rank = (int)(Math.Pow(random.NextDouble(), 3) * _skills.Length);
                chosen.Add((rank + offset) % _skills.Length);
            }
            var countries = new SortedSet<string>(StringComparer.Ordinal) { Countries[random.Next(Countries.Length)] };
            if (random.Next(8) == 0)
            {
                countries.Add(Countries[random.Next(Countries.Length)]);
            }
            var salaries = new List<SalaryRange>();
            if (random.Next(5) < 2)
            {
                var mid = 60_000 + random.Next(200) * 1_000 + (int)family * 2_000;
                var half = random.Next(0, 30) * 500;
                salaries.Add(new SalaryRange(mid - half, mid + half, "USD", PayPeriod.Year, mid - half, mid + half));
            }
            yield return new MarketPosting(Sources[random.Next(Sources.Length)], DateOnly.FromDayNumber(start + random.Next(365)), new ExtractedPosting
            {
                Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Roles = roles,
                WorkMode = (WorkMode)random.Next(0, 4),
                Countries = [.. countries],
                Salaries = salaries,
                Skills = [.. chosen.Select(s => _skills[s]).Order(StringComparer.Ordinal)],
                Evidence = [],
            });
        }
    }
}

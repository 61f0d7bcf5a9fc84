using RoleScope.Core.Domain;

namespace RoleScope.Storage.Tests;

/// <summary>Postings to store: one with every field set, one with every optional field empty, and many generated ones.</summary>
internal static class SamplePostings
{
    public const string ExtractorVersion = "test-extractor 1.4.2";

    /// <summary>Every raw and extracted field set, with non-ASCII text, HTML and an unconvertible currency.</summary>
    public static StoredPosting Full() => new(
        new RawPosting
        {
            Id = "gh-123",
            Source = "greenhouse",
            Url = "https://boards.example.com/acme/jobs/123",
            Title = "Senior Backend Engineer",
            Company = "Acme Kraków",
            Location = "Kraków, Poland (hybrid)",
            Description = "<p>Build payment services in <b>Go</b> on Kubernetes.</p><p>Salary: 120k–150k USD.</p>",
            PostedAt = new DateOnly(2023, 3, 1),
            Salary = new StatedSalary(120_000m, 150_000.50m, "USD", PayPeriod.Year),
            Labels = new Dictionary<string, string> { ["seniority"] = "senior", ["category"] = "backend", ["city"] = "Kraków" },
        },
        new ExtractedPosting
        {
            Id = "gh-123",
            Title = "Senior Backend Engineer",
            Company = "Acme Kraków",
            Roles = [new("Senior Backend Engineer", RoleFamily.Backend, Seniority.Senior), new("Site Reliability Engineer", RoleFamily.Devops, Seniority.Mid)],
            WorkMode = WorkMode.Hybrid,
            Countries = ["PL", "US"],
            Salaries =
            [
                new(120_000m, 150_000m, "USD", PayPeriod.Year, 120_000m, 150_000m),
                new(25_000.5m, 30_000m, "PLN", PayPeriod.Month, 75_001.25m, 90_000.75m),
                new(40m, 60m, "XYZ", PayPeriod.Hour, null, null),
            ],
            Skills = ["Go", "Kubernetes", "PostgreSQL"],
            Evidence = [new("skills", "Go", 34, 36), new("work_mode", "hybrid", 0, 6)],
        },
        ExtractorVersion);

    /// <summary>Only what a posting must have: no url, title, company, location, date, stated salary, labels or findings.</summary>
    public static StoredPosting Minimal(string id = "min-1", string source = "file") => new(
        new RawPosting { Id = id, Source = source, Description = "Looking for someone." },
        new ExtractedPosting
        {
            Id = id,
            Roles = [],
            Countries = [],
            Salaries = [],
            Skills = [],
            Evidence = [],
        },
        ExtractorVersion);

    /// <summary>A posting whose content is the same for the same arguments, so that tests can tell versions apart.</summary>
    public static StoredPosting Titled(string id, string title, string source = "hn") => new(
        new RawPosting { Id = id, Source = source, Title = title, Description = $"{title}. Apply within." },
        new ExtractedPosting
        {
            Id = id,
            Title = title,
            Roles = [new(title, RoleFamily.Frontend, Seniority.Entry)],
            Countries = ["DE"],
            Salaries = [],
            Skills = ["React"],
            Evidence = [],
        },
        ExtractorVersion);

    /// <summary>A posting with a company and a long description: the kind near-duplicate detection looks at.</summary>
    public static StoredPosting Described(string id, string source, string company, string title, string description) => new(
        new RawPosting { Id = id, Source = source, Company = company, Title = title, Description = description },
        new ExtractedPosting
        {
            Id = id,
            Title = title,
            Company = company,
            Roles = [new(title, RoleFamily.Backend, Seniority.Senior)],
            Countries = ["US"],
            Salaries = [],
            Skills = ["Go"],
            Evidence = [],
        },
        ExtractorVersion);

    /// <summary>A job description of <paramref name="words"/> words drawn from a fixed vocabulary with a seed.</summary>
    public static string Prose(int seed, int words = 250)
    {
        string[] vocabulary = ["we", "build", "payment", "services", "team", "engineers", "scale", "customers", "data", "platform",
            "design", "review", "deploy", "observe", "latency", "reliability", "mentor", "ship", "product", "roadmap", "api",
            "distributed", "systems", "cloud", "benefits", "remote", "office", "equity", "growth", "learning", "ownership",
            "testing", "quality", "security", "compliance", "analytics", "pipelines", "streaming", "batch", "storage"];
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
    }

    private static readonly string[] SkillPool = ["C#", "Docker", "Go", "Kubernetes", "PostgreSQL", "Python", "React", "Rust", "SQL", "TypeScript"];
    private static readonly string[] CountryPool = ["CA", "DE", "GB", "PL", "US"];
    private static readonly string[] SourcePool = ["csv", "greenhouse", "hn"];

    /// <summary>
    /// <paramref name="count"/> varied postings from a fixed seed. Ids are a shuffle of 0..count-1, so insertion order
    /// differs from both id order and source order.
    /// </summary>
    public static List<StoredPosting> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var ids = Enumerable.Range(0, count).ToArray();
        random.Shuffle(ids);
        var postings = new List<StoredPosting>(count);
        foreach (var n in ids)
        {
            var id = $"g-{n}";
            var family = (RoleFamily)random.Next(Enum.GetValues<RoleFamily>().Length);
            var seniority = (Seniority)random.Next(Enum.GetValues<Seniority>().Length);
            var roles = random.Next(3) switch
            {
                0 => Array.Empty<ExtractedRole>(),
                1 => [new ExtractedRole($"Engineer {n}", family, seniority)],
                _ => [new ExtractedRole($"Engineer {n}", family, seniority), new ExtractedRole($"Lead {n}", RoleFamily.Management, Seniority.Staff)],
            };
            var skills = SkillPool.Where(_ => random.Next(3) == 0).ToArray();
            var countries = CountryPool.Where(_ => random.Next(4) == 0).ToArray();
            var low = random.Next(40, 200) * 1000m;
            SalaryRange[] salaries = random.Next(2) == 0 ? [] : [new(low, low + 20_000m, "USD", PayPeriod.Year, low, low + 20_000m)];
            postings.Add(new StoredPosting(
                new RawPosting
                {
                    Id = id,
                    Source = SourcePool[n % SourcePool.Length],
                    Title = $"Engineer {n}",
                    Description = $"Posting {n}: {string.Join(", ", skills)}",
                    PostedAt = random.Next(5) == 0 ? null : new DateOnly(2023, 1, 1).AddDays(random.Next(180)),
                },
                new ExtractedPosting
                {
                    Id = id,
                    Title = $"Engineer {n}",
                    Roles = roles,
                    WorkMode = (WorkMode)random.Next(Enum.GetValues<WorkMode>().Length),
                    Countries = countries,
                    Salaries = salaries,
                    Skills = skills,
                    Evidence = [],
                },
                ExtractorVersion));
        }
        return postings;
    }
}

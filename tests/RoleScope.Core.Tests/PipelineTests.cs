using System.Globalization;
using System.Text.RegularExpressions;
using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Core.Knowledge;
using RoleScope.Core.Text;

namespace RoleScope.Core.Tests;

/// <summary>The output record as extraction.md fixes it, and evidence spans that point at the text behind each value.</summary>
public sealed partial class PipelineTests
{
    private const string HnPost =
        "<p>Acme Health (YC W21) | Senior Backend Engineer, Full-Stack Engineer | Remote (US) | $150k-$190k + equity</p>" +
        "<p>We build scheduling software for clinics. Our backend is Golang and Postgres on k8s; the web client is React.js " +
        "with TypeScript. You have 5+ years of experience with distributed systems and care about code review.</p>" +
        "<p>We raised a $20M Series A in 2023. Customers in Japan and Canada use the product.</p>";

    [Fact]
    public void An_HN_post_yields_every_field_of_the_contract()
    {
        var posting = TestPostings.Extract(TestPostings.Hn(HnPost, id: "46467697"));

        Assert.Equal("46467697", posting.Id);
        Assert.Equal("Acme Health", posting.Company);
        Assert.Equal(
            [("Senior Backend Engineer", RoleFamily.Backend, Seniority.Senior), ("Full-Stack Engineer", RoleFamily.Fullstack, Seniority.Unknown)],
            posting.Roles.Select(r => (r.Title, r.Family, r.Seniority)));
        Assert.Equal((RoleFamily.Backend, Seniority.Senior), (posting.Family, posting.Seniority));
        Assert.Equal("Senior Backend Engineer", posting.Title);
        Assert.Equal(WorkMode.Remote, posting.WorkMode);
        Assert.Equal(["US"], posting.Countries);
        Assert.Equal([new SalaryRange(150_000, 190_000, "USD", PayPeriod.Year, 150_000, 190_000)], posting.Salaries);
        foreach (var skill in new[] { "Code Review", "Distributed Systems", "Go", "Kubernetes", "PostgreSQL", "React", "TypeScript" })
        {
            Assert.Contains(skill, posting.Skills);
        }
    }

    [Fact]
    public void Skills_are_canonical_sorted_and_distinct()
    {
        var posting = TestPostings.Extract(TestPostings.Titled("Backend Engineer",
            "Postgres and PostgreSQL, k8s and Kubernetes, C# and .NET, golang and Go developers, CI/CD and continuous integration."));

        Assert.Equal(posting.Skills.Order(StringComparer.Ordinal), posting.Skills);
        Assert.Equal(posting.Skills.Distinct(StringComparer.Ordinal), posting.Skills);
        foreach (var skill in new[] { ".NET", "C#", "CI/CD", "Go", "Kubernetes", "PostgreSQL" })
        {
            Assert.Single(posting.Skills, s => s == skill);
        }
    }

    [Fact]
    public void Countries_are_sorted_and_distinct()
    {
        var posting = TestPostings.Extract(TestPostings.Hn("Acme | Engineer | Zurich, Berlin, NYC, Munich, Austin, TX\nWe build tools."));

        Assert.Equal(["CH", "DE", "US"], posting.Countries);
    }

    [Fact]
    public void Salaries_keep_their_order_and_a_repeated_range_appears_once()
    {
        var posting = TestPostings.Extract(TestPostings.Hn(
            "Acme | Backend Engineer, Frontend Engineer | Remote (US)\nBackend: $150k - $180k. Frontend: $130k - $160k.\nAgain, backend pays $150k - $180k."));

        Assert.Equal([(150_000m, 180_000m), (130_000m, 160_000m)], posting.Salaries.Select(s => (s.Min, s.Max)));
    }

    [Fact]
    public void A_posting_without_roles_has_family_other_and_seniority_unknown()
    {
        var posting = TestPostings.Extract(TestPostings.Hn("Thanks for reading.\nWe will be back next month with more news."));

        Assert.Empty(posting.Roles);
        Assert.Equal((RoleFamily.Other, Seniority.Unknown), (posting.Family, posting.Seniority));
        Assert.Equal(WorkMode.Unknown, posting.WorkMode);
        Assert.Empty(posting.Countries);
        Assert.Empty(posting.Salaries);
    }

    [Fact]
    public void The_source_title_is_kept_as_the_title()
    {
        var posting = TestPostings.Extract(TestPostings.Titled("Senior Data Engineer (m/f/d)", "You build data pipelines in Python."));

        Assert.Equal("Senior Data Engineer (m/f/d)", posting.Title);
        Assert.Equal((RoleFamily.Data, Seniority.Senior), (posting.Family, posting.Seniority));
    }

    public static TheoryData<string, RawPosting> EvidencePostings => new()
    {
        { "hn", TestPostings.Hn(HnPost) },
        { "hn-hybrid", TestPostings.Hn("Acme | Staff SRE | Hybrid, 3 days in office | Berlin, Germany | €90k-€110k\nWe run Kubernetes on AWS with Terraform.") },
        { "hn-list", TestPostings.Hn("Acme | Remote (EU)\nWe're hiring frontend, backend and full-stack engineers. Salary: 60-80k EUR. Stack: Node.js, Express, MongoDB, gRPC.") },
        { "board", TestPostings.Titled("Sr. iOS Engineer", "<p>You have 6+ years of experience with Swift.</p><ul><li>Onsite in Austin, TX</li><li>$85/hour contract</li></ul>", location: "Austin, TX") },
        { "board-generic", TestPostings.Titled("Software Engineer", "You have 2+ years of experience building APIs and microservices in Java and Spring. No remote. Office in Toronto, ON.") },
        { "board-cambridge", TestPostings.Titled("Data Scientist", "We are based in Cambridge, UK. You know Python, SQL and LLMs.") },
    };

    [Theory]
    [MemberData(nameof(EvidencePostings))]
    public void Every_evidence_span_points_at_text_that_produced_its_value(string name, RawPosting raw)
    {
        var posting = TestPostings.Extract(raw, out var normalised);
        var text = normalised.Text;

        Assert.NotEmpty(posting.Evidence);
        foreach (var e in posting.Evidence)
        {
            Assert.InRange(e.Start, 0, text.Length);
            Assert.InRange(e.End, e.Start + 1, text.Length);
            var span = text[e.Start..e.End];
            Assert.True(Relates(e.Field, e.Value, span), $"{name}: evidence {e.Field}='{e.Value}' points at '{span}'");
        }
        // Every extracted value has evidence.
        Assert.All(posting.Skills, s => Assert.Contains(posting.Evidence, e => e.Field == "skills" && e.Value == s));
        Assert.All(posting.Countries, c => Assert.Contains(posting.Evidence, e => e.Field == "countries" && e.Value == c));
        Assert.Equal(posting.Salaries.Count, posting.Evidence.Count(e => e.Field == "salaries"));
        Assert.Equal(posting.Roles.Count, posting.Evidence.Count(e => e.Field == "roles"));
        Assert.Equal(posting.WorkMode != WorkMode.Unknown, posting.Evidence.Any(e => e.Field == "work_mode"));
    }

    [Fact]
    public void One_shared_pipeline_gives_the_same_records_on_many_threads()
    {
        var inputs = EvidencePostings.Select(row => row.Data.Item2).ToList();
        var expected = inputs.Select(r => Domain.ExtractionJson.Serialize(TestPostings.Extract(r))).ToList();

        var parallel = new string[inputs.Count * 8];
        Parallel.For(0, parallel.Length, i => parallel[i] = Domain.ExtractionJson.Serialize(TestPostings.Extract(inputs[i % inputs.Count])));

        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(expected[i % inputs.Count], parallel[i]);
        }
    }

    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Default;
    private static readonly ExperienceYears Years = new(Knowledge.Roles);

    private static bool Relates(string field, string value, string span) => field switch
    {
        "skills" => Knowledge.Skills.ByName[value].Forms.Contains(span, StringComparer.OrdinalIgnoreCase),
        "salaries" => SalaryMinMatches(value, span),
        "work_mode" => WorkModeWord(value).IsMatch(span),
        "countries" => PlaceNames(value).Contains(span),
        "roles" => Stem(value).Contains(Stem(span), StringComparison.Ordinal) || Stem(span).Contains(Stem(value), StringComparison.Ordinal),
        "family" => FamilyCues(value).Contains(span),
        "seniority" => SeniorityCue(value, span),
        "company" => span == value,
        _ => false,
    };

    private static string Stem(string s) => s.ToLowerInvariant().TrimEnd('s');

    /// <summary>The first amount written in the span ("$150k", "60", "18 000") is the range's minimum.</summary>
    private static bool SalaryMinMatches(string value, string span)
    {
        var min = decimal.Parse(value[..value.IndexOf('-', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
        var first = FirstAmount().Match(span);
        if (!first.Success)
        {
            return false;
        }
        var number = decimal.Parse(Regex.Replace(first.Groups["n"].Value, @"[,.\s'’](?=\d{3}\b)", ""), CultureInfo.InvariantCulture);
        var k = span.Contains('k', StringComparison.OrdinalIgnoreCase) && number < 1_000 && min >= 1_000 ? 1_000 : 1;
        return number * k == min;
    }

    [GeneratedRegex(@"(?<n>\d{1,3}(?:[,.\s'’]\d{3})+|\d+(?:\.\d{1,2})?)")]
    private static partial Regex FirstAmount();

    private static Regex WorkModeWord(string mode) => mode switch
    {
        "remote" => new Regex(@"remote|home|anywhere|distributed|wfh", RegexOptions.IgnoreCase),
        "hybrid" => new Regex(@"hybrid|days?|office", RegexOptions.IgnoreCase),
        "onsite" => new Regex(@"site|office|person|premises|remote", RegexOptions.IgnoreCase),
        _ => new Regex("(?!)"),
    };

    private static HashSet<string> PlaceNames(string code)
    {
        var places = Knowledge.Places;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in places.Countries.Where(c => c.Code == code))
        {
            names.Add(c.Name);
            names.UnionWith(c.Aliases ?? []);
        }
        foreach (var city in places.Cities.Where(c => c.Country == code))
        {
            names.Add(city.Name);
            names.UnionWith(city.Aliases ?? []);
        }
        var subdivisions = code switch { "US" => places.UsStates, "CA" => places.CaProvinces, _ => [] };
        foreach (var s in subdivisions)
        {
            names.Add(s.Name);
            names.Add(s.Code);
        }
        return names;
    }

    /// <summary>Phrases and skills that name a family; a full-stack decision may rest on a backend or frontend cue.</summary>
    private static HashSet<string> FamilyCues(string value)
    {
        Assert.True(Vocabulary.TryParseFamily(value, out var family));
        var families = family == RoleFamily.Fullstack ? new[] { family, RoleFamily.Backend, RoleFamily.Frontend } : [family];
        var cues = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var patterns in Knowledge.Roles.Families.Where(f => families.Contains(f.Family)))
        {
            cues.UnionWith(patterns.Title);
            cues.UnionWith(patterns.TitleTech);
            cues.UnionWith(patterns.Text);
        }
        foreach (var skill in Knowledge.Skills.Skills)
        {
            if (Knowledge.Roles.SkillCategoryFamilies.TryGetValue(skill.Category, out var f) && families.Contains(f))
            {
                cues.UnionWith(skill.Forms);
            }
        }
        return cues;
    }

    private static bool SeniorityCue(string value, string span)
    {
        Assert.True(Vocabulary.TryParseSeniority(value, out var seniority));
        return Knowledge.Roles.Seniorities.Any(s => s.Seniority == seniority && s.Title.Contains(span, StringComparer.OrdinalIgnoreCase)) ||
            Years.Detect(span).Seniority == seniority;
    }
}

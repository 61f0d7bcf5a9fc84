using RoleScope.Core.Domain;
using RoleScope.Evaluation.NoFluffJobs;

namespace RoleScope.Evaluation.Tests;

public sealed class NoFluffJobsEvaluationTests
{
    private static readonly CategoryMap Map = new([
        new CategoryMapping("Backend", RoleFamily.Backend, "r"),
        new CategoryMapping("Testing", RoleFamily.Qa, "r"),
        new CategoryMapping("Support", null, "r"),
    ]);

    [Fact]
    public void Family_accuracy_counts_mapped_categories_only_and_lists_confusions()
    {
        // id -> (category, seniority label, extracted family, extracted seniority)
        var rows = new Dictionary<string, (string Category, string Level, RoleFamily Family, Seniority Seniority)>
        {
            ["1"] = ("Backend", "Senior", RoleFamily.Backend, Seniority.Senior),
            ["2"] = ("Backend", "Mid", RoleFamily.Fullstack, Seniority.Unknown),
            ["3"] = ("Testing", "Junior", RoleFamily.Qa, Seniority.Intern),
            ["4"] = ("Support", "Expert", RoleFamily.Other, Seniority.Principal),
            ["5"] = ("Gaming", "Trainee", RoleFamily.Backend, Seniority.Intern),
        };
        var report = NoFluffJobsEvaluation.Evaluate(rows.Select(r => Posting(r.Key, r.Value.Category, r.Value.Level)),
            p => Extracted(p.Id, rows[p.Id].Family, rows[p.Id].Seniority), Map);

        var family = report.Score(NoFluffJobsEvaluation.FamilyField);
        Assert.Equal(3, family.N);
        Assert.Equal(2.0 / 3, family.Accuracy!.Value, 9);
        var backend = report.Score(NoFluffJobsEvaluation.FamilyRow(RoleFamily.Backend));
        Assert.Equal(2, backend.N);
        Assert.Equal(1.0, backend.Precision); // the Gaming posting is not mapped, so its backend answer is not counted
        Assert.Equal(0.5, backend.Recall);
        Assert.Contains(new Confusion(NoFluffJobsEvaluation.FamilyField, "backend", "fullstack", 1), report.Confusions);
        Assert.Contains(report.Notes, n => n.Contains("Gaming 1", StringComparison.Ordinal) && n.Contains("Support 1", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.Contains("missing from the map", StringComparison.Ordinal) && n.Contains("Gaming", StringComparison.Ordinal));
    }

    [Fact]
    public void Seniority_agreement_is_over_named_postings_with_coverage_and_bands_beside_it()
    {
        var rows = new Dictionary<string, (string Level, Seniority Seniority)>
        {
            ["1"] = ("Senior", Seniority.Senior),    // agrees
            ["2"] = ("Mid", Seniority.Unknown),      // not named: coverage only
            ["3"] = ("Junior", Seniority.Intern),    // disagrees, same band (early)
            ["4"] = ("Expert", Seniority.Principal), // Expert is staff: disagrees, same band (senior)
            ["5"] = ("Trainee", Seniority.Mid),      // disagrees in both
            ["6"] = ("Unheard", Seniority.Senior),   // label the board does not use: not counted
        };
        var report = NoFluffJobsEvaluation.Evaluate(rows.Select(r => Posting(r.Key, "Backend", r.Value.Level)),
            p => Extracted(p.Id, RoleFamily.Backend, rows[p.Id].Seniority), Map);

        var seniority = report.Score(NoFluffJobsEvaluation.SeniorityField);
        Assert.Equal(4, seniority.N);
        Assert.Equal(0.25, seniority.Accuracy);
        Assert.Equal(0.8, seniority.Coverage);
        var band = report.Score(NoFluffJobsEvaluation.SeniorityBandField);
        Assert.Equal(0.75, band.Accuracy);
        Assert.Contains(new Confusion(NoFluffJobsEvaluation.SeniorityField, "staff", "principal", 1), report.Confusions);
    }

    [Fact]
    public void The_shipped_map_lists_every_category_of_the_real_data_with_a_reason()
    {
        var categories = Sources.PostingReaders.ReadFile(RepositoryFolders.NoFluffJobsCsv)
            .OfType<Sources.ReadPosting>()
            .Select(r => r.Posting.Labels?.GetValueOrDefault(NoFluffJobsEvaluation.CategoryLabel))
            .Distinct()
            .ToList();
        Assert.NotEmpty(categories);
        Assert.All(categories, c => Assert.True(CategoryMap.Default.IsListed(c), $"category '{c}' is not in nofluffjobs-categories.json"));
        Assert.All(CategoryMap.Default.Mappings, m => Assert.False(string.IsNullOrWhiteSpace(m.Reason)));
        Assert.True(CategoryMap.Default.TryGetFamily("Big Data", out var bigData) && bigData == RoleFamily.Data);
        Assert.True(CategoryMap.Default.TryGetFamily("AI", out var ai) && ai == RoleFamily.Ml);
        Assert.False(CategoryMap.Default.TryGetFamily("Business Analysis", out _));
    }

    [Fact]
    public void Postings_whose_own_title_contradicts_the_label_are_set_apart_in_the_diagnostic_rows()
    {
        RawPosting[] postings =
        [
            Posting("1", "Backend", "Mid") with { Title = "Senior Java Developer", Description = "You will build APIs." },       // title says senior
            Posting("2", "Backend", "Senior") with { Title = "Senior Java Developer", Description = "You will build APIs." },    // agrees
            Posting("3", "Testing", "Mid") with { Title = "Backend Developer", Description = "2+ years of experience in Java." }, // title says backend
            Posting("4", "Backend", "Junior") with { Title = "Software Engineer", Description = "5+ years of experience with Java and Spring building APIs." },
        ];
        var report = NoFluffJobsEvaluation.Evaluate(postings, Core.Extraction.ExtractionPipeline.Default.Extract, Map);

        var seniority = report.Score(NoFluffJobsEvaluation.SeniorityUncontradictedField);
        Assert.Equal(3, seniority.N);               // posting 1 left out: its title names another level than the label
        Assert.Equal(2.0 / 3, seniority.Accuracy!.Value, 9); // 2 agrees; 3 (2+ years: mid) agrees; 4 (5+ years: senior vs entry) does not
        Assert.Equal(2.0 / 4, report.Score(NoFluffJobsEvaluation.SeniorityField).Accuracy!.Value, 9);
        var family = report.Score(NoFluffJobsEvaluation.FamilyUncontradictedField);
        Assert.Equal(3, family.N);                  // posting 3 left out: "Backend Developer" filed under Testing
        Assert.Contains(report.Notes, n => n.Contains("another family (1)", StringComparison.Ordinal) && n.Contains("another seniority (1 of the named)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_map_with_a_family_outside_the_vocabulary_is_refused()
    {
        using var stream = new MemoryStream("""{"categories": [{"category": "DevOps", "family": "sre", "reason": "r"}]}"""u8.ToArray());
        Assert.Throws<InvalidDataException>(() => CategoryMap.Parse(stream));
    }

    private static RawPosting Posting(string id, string category, string level) => new()
    {
        Id = id,
        Title = "t",
        Labels = new Dictionary<string, string> { [NoFluffJobsEvaluation.CategoryLabel] = category, [NoFluffJobsEvaluation.SeniorityLabel] = level },
    };

    private static ExtractedPosting Extracted(string id, RoleFamily family, Seniority seniority) => new()
    {
        Id = id,
        Roles = [new ExtractedRole("t", family, seniority)],
        Countries = [],
        Salaries = [],
        Skills = [],
        Evidence = [],
    };
}

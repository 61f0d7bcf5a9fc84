using System.Globalization;
using RoleScope.Core.Domain;

namespace RoleScope.Evaluation.Golden;

/// <summary>
/// Compares extraction with the expected records of tests/golden, field by field, and lists every disagreement.
/// </summary>
public static class GoldenEvaluation
{
    public const string DatasetName = "golden";

    public const string SalaryField = "salary (exact)";
    public const string SalaryAnnualField = "salary (annual USD)";
    public const string SalaryInventedField = "salary invented";
    public const string WorkModeField = "work mode";
    public const string SkillsField = "skills";
    public const string FamilyField = "family (first role)";
    public const string SeniorityField = "seniority (first role)";
    public const string RolesField = "roles (count)";
    public const string CountriesField = "countries (exact set)";
    public const string CompanyField = "company (header line)";

    /// <summary>Annual USD figures are written to cents; a difference below a cent is rounding, not an error.</summary>
    private const decimal AnnualTolerance = 0.01m;

    public static EvaluationReport Run(string directory, Func<RawPosting, ExtractedPosting> extract) =>
        Evaluate(GoldenFile.Load(directory), extract);

    public static EvaluationReport Evaluate(IReadOnlyList<GoldenCase> cases, Func<RawPosting, ExtractedPosting> extract)
    {
        Tally salary = default, salaryPrecision = default, annual = default, invented = default, workMode = default;
        Tally skillPrecision = default, skillRecall = default, family = default, seniority = default, roles = default, countries = default, company = default;
        var mismatches = new List<Mismatch>();
        foreach (var c in cases)
        {
            var expected = c.Expected;
            var actual = extract(c.Input);
            void Check(string field, bool right, string want, string got)
            {
                if (!right)
                {
                    mismatches.Add(new Mismatch(expected.Id, field, want, got, Snippets.For(c.Input, field)));
                }
            }

            var pairs = SalaryAlignment.Align(expected.Salaries, actual.Salaries);
            salary = salary.Add(pairs.Count, expected.Salaries.Count);
            salaryPrecision = salaryPrecision.Add(pairs.Count, actual.Salaries.Count);
            Check(SalaryField, pairs.Count == expected.Salaries.Count && pairs.Count == actual.Salaries.Count, Salaries(expected.Salaries), Salaries(actual.Salaries));
            foreach (var (e, a) in pairs)
            {
                var same = SameAnnual(expected.Salaries[e].AnnualMinUsd, actual.Salaries[a].AnnualMinUsd)
                    && SameAnnual(expected.Salaries[e].AnnualMaxUsd, actual.Salaries[a].AnnualMaxUsd);
                annual = annual.Add(same);
                Check(SalaryAnnualField, same, Annual(expected.Salaries[e]), Annual(actual.Salaries[a]));
            }
            if (expected.Salaries.Count == 0)
            {
                invented = invented.Add(actual.Salaries.Count > 0);
            }

            workMode = workMode.Add(expected.WorkMode == actual.WorkMode);
            Check(WorkModeField, expected.WorkMode == actual.WorkMode, expected.WorkMode.Name(), actual.WorkMode.Name());

            var wantSkills = expected.Skills.ToHashSet(StringComparer.Ordinal);
            var gotSkills = actual.Skills.ToHashSet(StringComparer.Ordinal);
            var common = wantSkills.Count(gotSkills.Contains);
            skillPrecision = skillPrecision.Add(common, gotSkills.Count);
            skillRecall = skillRecall.Add(common, wantSkills.Count);
            Check(SkillsField, common == wantSkills.Count && common == gotSkills.Count,
                "missing: " + List(wantSkills.Where(s => !gotSkills.Contains(s))), "extra: " + List(gotSkills.Where(s => !wantSkills.Contains(s))));

            family = family.Add(expected.Family == actual.Family);
            Check(FamilyField, expected.Family == actual.Family, expected.Family.Name(), actual.Family.Name());
            seniority = seniority.Add(expected.Seniority == actual.Seniority);
            Check(SeniorityField, expected.Seniority == actual.Seniority, expected.Seniority.Name(), actual.Seniority.Name());
            roles = roles.Add(expected.Roles.Count == actual.Roles.Count);
            Check(RolesField, expected.Roles.Count == actual.Roles.Count, Roles(expected.Roles), Roles(actual.Roles));
            var sameCountries = expected.Countries.Order(StringComparer.Ordinal).SequenceEqual(actual.Countries.Order(StringComparer.Ordinal), StringComparer.Ordinal);
            countries = countries.Add(sameCountries);
            Check(CountriesField, sameCountries, "[" + List(expected.Countries) + "]", "[" + List(actual.Countries) + "]");
            if (c.Input.Company is null && expected.Company is not null)
            {
                var sameCompany = CompanyKey(expected.Company) == CompanyKey(actual.Company);
                company = company.Add(sameCompany);
                Check(CompanyField, sameCompany, expected.Company, actual.Company ?? "(none)");
            }
        }
        var scores = new List<FieldScore>
        {
            new(SalaryField, salary.Total) { Accuracy = salary.Rate, Precision = salaryPrecision.Rate },
            new(SalaryAnnualField, annual.Total) { Accuracy = annual.Rate },
            new(SalaryInventedField, invented.Total) { Rate = invented.Rate },
            new(WorkModeField, workMode.Total) { Accuracy = workMode.Rate },
            new(SkillsField, skillRecall.Total) { Precision = skillPrecision.Rate, Recall = skillRecall.Rate },
            new(FamilyField, family.Total) { Accuracy = family.Rate },
            new(SeniorityField, seniority.Total) { Accuracy = seniority.Rate },
            new(RolesField, roles.Total) { Accuracy = roles.Rate },
            new(CountriesField, countries.Total) { Accuracy = countries.Rate },
            new(CompanyField, company.Total) { Accuracy = company.Rate },
        };
        var notes = new List<string>
        {
            Invariant($"{cases.Count:N0} hand-written postings (tests/golden/README.md). Salary: n = stated salaries; exact = min, max, currency and period equal, paired in order of appearance; precision = paired / all extracted salaries."),
            Invariant($"salary (annual USD): of the paired salaries, both annual USD figures within {AnnualTolerance} of the expected ones. salary invented: share of the {invented.Total:N0} postings that state no salary where one was extracted (lower is better)."),
            "skills: micro precision and recall over canonical names. family, seniority: the first role. roles: number of roles. company: only postings with no company field (from the header line), trailing parenthesis ignored.",
        };
        return new EvaluationReport(DatasetName, scores, notes) { Mismatches = mismatches };
    }

    private static bool SameAnnual(decimal? expected, decimal? actual) =>
        expected is null || actual is null ? expected is null && actual is null : Math.Abs(expected.Value - actual.Value) < AnnualTolerance;

    /// <summary>Company names compare case-insensitively without a trailing parenthesis ("Hatchling (YC W24)" is Hatchling).</summary>
    private static string? CompanyKey(string? company)
    {
        if (company is null)
        {
            return null;
        }
        var text = company.Trim();
        if (text.EndsWith(')') && text.LastIndexOf('(') is > 0 and var open)
        {
            text = text[..open].TrimEnd();
        }
        return text.ToUpperInvariant();
    }

    private static string Salaries(IReadOnlyList<SalaryRange> salaries) =>
        salaries.Count == 0 ? "none" : string.Join("; ", salaries.Select(s => Invariant($"{s.Min}-{s.Max} {s.Currency}/{s.Period.Name()}")));

    private static string Annual(SalaryRange s) => Invariant($"{s.AnnualMinUsd?.ToString("0.##", CultureInfo.InvariantCulture) ?? "null"}-{s.AnnualMaxUsd?.ToString("0.##", CultureInfo.InvariantCulture) ?? "null"} USD/year");

    private static string Roles(IReadOnlyList<ExtractedRole> roles) =>
        roles.Count == 0 ? "none" : string.Join("; ", roles.Select(r => $"{r.Title} ({r.Family.Name()}, {r.Seniority.Name()})"));

    private static string List(IEnumerable<string> items) => string.Join(", ", items.Order(StringComparer.Ordinal));

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;
using static RoleScope.Reports.ReportText;

namespace RoleScope.Reports;

/// <summary>
/// The comparison article, laid out like seed 001: title, lead, key findings, side-by-side table, shared / exclusive / asymmetric
/// skills, pay (premiums, salary by level), seniority / work mode / country mix, which to choose, methodology.
/// </summary>
public static class ComparisonArticle
{
    public static (string Title, IReadOnlyList<ReportBlock> Blocks) Build(ReportInput input)
    {
        var c = input.Comparison;
        var m = input.Methodology;
        var a = Name(c.A.Family);
        var b = Name(c.B.Family);
        var blocks = new List<ReportBlock>();
        if (m.Notice is not null)
        {
            blocks.Add(new Paragraph("Note: " + m.Notice));
        }
        blocks.Add(new Paragraph(Lead(c, m)));

        blocks.Add(new Heading(2, "Key Findings"));
        blocks.Add(new Bullets(c.KeyFindings));

        blocks.Add(new TableBlock(["", a, b],
        [
            [$"Median {c.A.SalaryCountry} base salary", Salary(c.A.Salary), Salary(c.B.Salary)],
            ["Postings", $"{c.A.Postings:N0}", $"{c.B.Postings:N0}"],
            ["Senior + staff share", Share(c.A.SeniorStaffShare), Share(c.B.SeniorStaffShare)],
            ["Remote share", Share(c.A.WorkModeMix[WorkMode.Remote]), Share(c.B.WorkModeMix[WorkMode.Remote])],
            ["Entry-level share", Share(c.A.EntryShare, true), Share(c.B.EntryShare, true)],
            [$"Skill overlap (Jaccard of top {c.TopK})", c.SkillOverlap is { } o ? string.Format(En, "{0:0%} shared (95% CI {1:0%}-{2:0%})", o.Value, o.Low, o.High) : "too few postings", "(same figure)"],
        ]));

        blocks.Add(new Heading(2, "What Skills Do Both Roles Share?"));
        blocks.Add(new Paragraph(string.Format(En, "{0} skills are in both top-{1} lists. Share of each family's postings naming them (n={2:N0} and n={3:N0}):", c.Shared.Count, c.TopK, c.A.Postings, c.B.Postings)));
        blocks.Add(SkillTable(c.Shared, a, b));
        blocks.Add(new Chart($"Top skills for {a} and {b}, sorted by combined frequency.", ReportCharts.TopSkills(c)));
        if (c.SkillOverlap is { } overlap)
        {
            blocks.Add(new Paragraph(string.Format(En, "With a {0:0%} overlap of the top-{1} skill sets, about {2} in {3} of the skills each role asks for most transfer directly between them.",
                overlap.Value, c.TopK, Math.Max(1, (int)Math.Round(overlap.Value * 5)), 5)));
        }
        if (c.Asymmetric.Count > 0)
        {
            blocks.Add(new Paragraph(string.Format(En, "Shared but asymmetric (one role names it {0:0.#}x as often or more):", 2.0)));
            blocks.Add(SkillTable(c.Asymmetric, a, b));
        }

        blocks.Add(new Heading(2, "Where the Two Roles Diverge"));
        blocks.Add(new Paragraph($"In {a}'s top {c.TopK} but not {b}'s:"));
        blocks.Add(SkillTable(c.ExclusiveToA, a, b));
        blocks.Add(new Paragraph($"In {b}'s top {c.TopK} but not {a}'s:"));
        blocks.Add(SkillTable(c.ExclusiveToB, a, b));

        blocks.Add(new Heading(2, $"Which Pays More: {a} or {b}?"));
        blocks.Add(new Paragraph(string.Format(En,
            "All figures are annual base pay in {0}, from the midpoint of the range a posting states, converted to USD; equity and bonuses are not in postings. Medians: {1} {2}, {3} {4}.",
            c.A.SalaryCountry, a, Salary(c.A.Salary), b, Salary(c.B.Salary))));
        blocks.Add(new TableBlock(["Level", a, b],
            [.. new[] { SeniorityBand.Early, SeniorityBand.Mid, SeniorityBand.Senior }.Select(band =>
                (IReadOnlyList<string>)[BandName(band), Salary(c.A.SalaryByBand[band]), Salary(c.B.SalaryByBand[band])])]));
        var premiumRows = new List<IReadOnlyList<string>>();
        foreach (var (profile, name) in new[] { (c.A, a), (c.B, b) })
        {
            foreach (var p in profile.Premiums.Take(4))
            {
                premiumRows.Add([p.Skill, name, Money(p.Median.Value), Premium(p), p.N.ToString(En)]);
            }
        }
        if (premiumRows.Count > 0)
        {
            blocks.Add(new Paragraph($"Skills with the highest premium over their family's median (n >= {c.A.MinN} salaried postings naming the skill):"));
            blocks.Add(new TableBlock(["Skill", "Role", $"Median {c.A.SalaryCountry} salary", "Premium over baseline", "n"], premiumRows));
        }
        else
        {
            blocks.Add(new Paragraph($"No skill reaches {c.A.MinN} salaried postings in either family, so no skill premium is shown."));
        }
        var categoryRows = new List<IReadOnlyList<string>>();
        foreach (var (profile, name) in new[] { (c.A, a), (c.B, b) })
        {
            foreach (var p in profile.CategoryPremiums.Take(5))
            {
                categoryRows.Add([p.Skill, name, Money(p.Median.Value), Premium(p), p.N.ToString(En)]);
            }
        }
        if (categoryRows.Count > 0)
        {
            blocks.Add(new Paragraph("By skill category (a posting counts when it names any skill of the category):"));
            blocks.Add(new TableBlock(["Category", "Role", $"Median {c.A.SalaryCountry} salary", "Premium over baseline", "n"], categoryRows));
        }
        blocks.Add(new Chart($"Median {c.A.SalaryCountry} base salary for each role overall and for selected shared skills.", ReportCharts.Salaries(c)));

        blocks.Add(new Heading(2, "Which Has More Jobs, and How Hard Is It to Break In?"));
        blocks.Add(new TableBlock(["Seniority", a, b],
            [.. Enum.GetValues<Seniority>().Where(s => s != Seniority.Unknown).Select(s => (IReadOnlyList<string>)[s.Name(), Share(c.A.SeniorityMix[s]), Share(c.B.SeniorityMix[s])]),
             ["unknown (share of all postings)", Share(c.A.SeniorityUnknown), Share(c.B.SeniorityUnknown)]]));
        blocks.Add(new Chart("Seniority mix of both roles.", ReportCharts.SeniorityMix(c)));
        blocks.Add(new TableBlock(["Work mode", a, b],
            [.. new[] { WorkMode.Remote, WorkMode.Hybrid, WorkMode.Onsite }.Select(w => (IReadOnlyList<string>)[w.Name(), Share(c.A.WorkModeMix[w]), Share(c.B.WorkModeMix[w])]),
             ["unknown (share of all postings)", Share(c.A.WorkModeUnknown), Share(c.B.WorkModeUnknown)]]));
        var countries = c.A.Countries.Select(x => x.Country).Concat(c.B.Countries.Select(x => x.Country)).Distinct(StringComparer.Ordinal).ToList();
        blocks.Add(new TableBlock(["Country (share of postings naming a country)", a, b],
            [.. countries.Select(code => (IReadOnlyList<string>)[code, CountryShare(c.A, code), CountryShare(c.B, code)])]));

        if (input.Choice is { } choice)
        {
            blocks.Add(new Heading(2, "Which Should You Choose?"));
            foreach (var (family, lines) in new[] { (choice.A, choice.ForA), (choice.B, choice.ForB) })
            {
                blocks.Add(new Paragraph($"Choose {Name(family)} if you:"));
                blocks.Add(new TableBlock(["Reason", "Published claim", Name(choice.A), Name(choice.B)],
                    [.. lines.Select(l => (IReadOnlyList<string>)[l.Text, l.Claim ?? "-", l.InA ?? "-", l.InB ?? "-"])]));
            }
            blocks.Add(new Paragraph($"Reasons and published claims from {choice.Source} ({choice.Date}); the figures beside them are this report's."));
        }

        blocks.Add(new Heading(2, "Methodology"));
        blocks.Add(new Bullets(MethodologyLines(c, m)));
        return (Headline(c), blocks);
    }

    private static IReadOnlyList<string> MethodologyLines(FamilyComparison c, Methodology m)
    {
        var lines = new List<string>
        {
            string.Format(En, "Postings: {0:N0} in the slice ({1}); {2} n={3:N0}, {4} n={5:N0}. A posting advertising roles of both families counts in each.",
                m.SlicePostings, m.Slice, Name(c.A.Family), c.A.Postings, Name(c.B.Family), c.B.Postings),
            "Window: " + (m.Window is { } w ? w.ToString() : "posting dates not known for these postings") + ".",
            "Sources: " + string.Join(", ", m.Sources.Select(s => string.Format(En, "{0} ({1:N0})", s.Source, s.Postings))) + ".",
            string.Format(En, "Salaries: annual base-pay midpoints of postings in {0} that state a salary (hour x2,080, day x260, week x52, month x12), converted to USD with the exchange rates of {1}.",
                c.A.SalaryCountry, m.ExchangeRatesDate),
            string.Format(En, "Skills, seniority, work mode, countries and salaries extracted from the posting text by RoleScope extractor {0}.", m.ExtractorVersion),
        };
        lines.AddRange(m.ExtractionAccuracy.Select(x => "Extraction accuracy: " + x));
        lines.Add(string.Format(En,
            "Intervals (95%): Wilson for shares; binomial order statistics for medians; a seeded bootstrap ({0:N0} resamples, seed {1}) for the salary gap and premiums (medians redrawn through their order statistics) and for the skill overlap (skill counts redrawn from their binomials). A figure on fewer than {2} postings is shown as \"too few postings\".",
            m.Resamples, m.Seed, m.MinN));
        return lines;
    }

    private static TableBlock SkillTable(IReadOnlyList<SkillPair> pairs, string a, string b) =>
        new(["Skill", a, b], [.. pairs.Select(p => (IReadOnlyList<string>)[p.Skill, Share(p.InA), Share(p.InB)])]);

    private static string CountryShare(FamilyProfile p, string code) =>
        p.Countries.FirstOrDefault(x => x.Country == code) is { } s ? Share(s.Share, true) : "not in top 10";

    private static string BandName(SeniorityBand band) => band switch
    {
        SeniorityBand.Early => "Early career (intern, entry)",
        SeniorityBand.Mid => "Mid-level",
        _ => "Senior (senior, staff, principal)",
    };
}

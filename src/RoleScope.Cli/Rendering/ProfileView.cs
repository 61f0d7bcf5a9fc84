using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;
using Spectre.Console;

namespace RoleScope.Cli.Rendering;

/// <summary>The readable table of one family's profile.</summary>
internal static class ProfileView
{
    public static void Write(IAnsiConsole console, FamilyProfile p, string provenance)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(p.Family.DisplayName())}[/] profile").LeftJustified());
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Figure").AddColumn("Value");
        table.AddRow("Postings", $"{Figures.Count(p.Postings)} of {Figures.Count(p.SlicePostings)} in the slice");
        table.AddRow($"Median {p.SalaryCountry} base salary", Markup.Escape(Figures.Salary(p.Salary)));
        if (p.Salary.P10 is { } p10)
        {
            table.AddRow("P10 / P25 / P75 / P90", $"{Figures.Money(p10)} / {Figures.Money(p.Salary.P25!.Value)} / {Figures.Money(p.Salary.P75!.Value)} / {Figures.Money(p.Salary.P90!.Value)}");
        }
        foreach (var (band, figure) in p.SalaryByBand)
        {
            table.AddRow($"Median salary, {band.ToString().ToLowerInvariant()} band", Markup.Escape(Figures.Salary(figure)));
        }
        table.AddRow("Senior + staff share", Markup.Escape(Figures.Share(p.SeniorStaffShare)));
        table.AddRow("Entry-level share", Markup.Escape(Figures.Share(p.EntryShare, decimals: true)));
        foreach (var (s, figure) in p.SeniorityMix)
        {
            table.AddRow($"  {s.Name()}", Markup.Escape(Figures.Share(figure)));
        }
        table.AddRow("  seniority unknown", Markup.Escape(Figures.Share(p.SeniorityUnknown)));
        foreach (var (mode, figure) in p.WorkModeMix)
        {
            table.AddRow($"{mode} share", Markup.Escape(Figures.Share(figure)));
        }
        table.AddRow("  work mode unknown", Markup.Escape(Figures.Share(p.WorkModeUnknown)));
        table.AddRow("Countries (top 10)", Markup.Escape(string.Join(", ", p.Countries.Select(c => $"{c.Country} {Figures.Rate(c.Share)}"))));
        console.Write(table);

        var skills = new Table().Border(TableBorder.Simple).Title($"Top {p.TopSkills.Count} skills").AddColumn("#").AddColumn("Skill").AddColumn("Category").AddColumn("Share of postings");
        var rank = 1;
        foreach (var s in p.TopSkills)
        {
            skills.AddRow((rank++).ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(s.Skill), s.Category, $"{Figures.Rate(s.Share)} ({s.Share.Count:N0} of {s.Share.N:N0})");
        }
        console.Write(skills);

        if (p.Premiums.Count > 0)
        {
            var premiums = new Table().Border(TableBorder.Simple).Title($"Skill premiums (n >= {p.MinN})").AddColumn("Skill").AddColumn("Median").AddColumn("Premium").AddColumn("95% CI").AddColumn("n");
            foreach (var s in p.Premiums.Take(15))
            {
                premiums.AddRow(Markup.Escape(s.Skill), Figures.Money(s.Median.Value), $"{Figures.SignedMoney(s.Absolute.Value)} ({s.Relative:+0%;-0%})",
                    $"{Figures.SignedMoney(s.Absolute.Low)} to {Figures.SignedMoney(s.Absolute.High)}", s.N.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            console.Write(premiums);
        }
        else
        {
            console.MarkupLine($"[grey]Skill premiums: too few salaried postings (n={p.Salary.N}; a premium needs n >= {p.MinN} postings naming the skill).[/]");
        }
        if (p.CategoryPremiums.Count > 0)
        {
            var categories = new Table().Border(TableBorder.Simple).Title($"Skill-category premiums (n >= {p.MinN})").AddColumn("Category").AddColumn("Median").AddColumn("Premium").AddColumn("95% CI").AddColumn("n");
            foreach (var s in p.CategoryPremiums)
            {
                categories.AddRow(Markup.Escape(s.Skill), Figures.Money(s.Median.Value), $"{Figures.SignedMoney(s.Absolute.Value)} ({s.Relative:+0%;-0%})",
                    $"{Figures.SignedMoney(s.Absolute.Low)} to {Figures.SignedMoney(s.Absolute.High)}", s.N.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            console.Write(categories);
        }
        if (p.SkillTrends.Count > 0 && p.Trend.Count > 1)
        {
            var trend = new Table().Border(TableBorder.Simple).Title("Monthly share of the top skills").AddColumn("Skill");
            foreach (var m in p.Trend)
            {
                trend.AddColumn($"{m.Month} (n={m.Postings})");
            }
            foreach (var t in p.SkillTrends.Take(10))
            {
                trend.AddRow([Markup.Escape(t.Skill), .. t.Months.Select(m => Figures.Rate(m.Share))]);
            }
            console.Write(trend);
        }
        console.MarkupLine($"[grey]{Markup.Escape(provenance)}[/]");
    }
}

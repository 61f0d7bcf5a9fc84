using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;
using Spectre.Console;

namespace RoleScope.Cli.Rendering;

/// <summary>The readable tables of a two-family comparison, laid out like the seed articles.</summary>
internal static class ComparisonView
{
    public static void Write(IAnsiConsole console, FamilyComparison c, string provenance)
    {
        var a = c.A.Family.DisplayName();
        var b = c.B.Family.DisplayName();
        console.Write(new Rule($"[bold]{Markup.Escape(a)}[/] vs [bold]{Markup.Escape(b)}[/]").LeftJustified());
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Figure").AddColumn(Markup.Escape(a)).AddColumn(Markup.Escape(b));
        table.AddRow("Postings", Figures.Count(c.A.Postings), Figures.Count(c.B.Postings));
        table.AddRow($"Median {c.A.SalaryCountry} base salary", Markup.Escape(Figures.Salary(c.A.Salary)), Markup.Escape(Figures.Salary(c.B.Salary)));
        table.AddRow("Senior + staff share", Markup.Escape(Figures.Share(c.A.SeniorStaffShare)), Markup.Escape(Figures.Share(c.B.SeniorStaffShare)));
        table.AddRow("Entry-level share", Markup.Escape(Figures.Share(c.A.EntryShare, true)), Markup.Escape(Figures.Share(c.B.EntryShare, true)));
        foreach (var mode in new[] { WorkMode.Remote, WorkMode.Hybrid, WorkMode.Onsite })
        {
            table.AddRow($"{mode} share", Markup.Escape(Figures.Share(c.A.WorkModeMix[mode])), Markup.Escape(Figures.Share(c.B.WorkModeMix[mode])));
        }
        console.Write(table);

        var summary = new Table().Border(TableBorder.Rounded).AddColumn("Pair figure").AddColumn("Value");
        summary.AddRow("Volume ratio", c.VolumeRatio is { } ratio ? $"{ratio:0.00}x ({Figures.Count(c.A.Postings)} / {Figures.Count(c.B.Postings)})" : "-");
        summary.AddRow("Salary gap (A - B)", c.SalaryGap is { } gap
            ? Markup.Escape($"{Figures.SignedMoney(gap.Value)} ({c.SalaryGapRelative:+0%;-0%} of {b}; 95% CI {Figures.SignedMoney(gap.Low)} to {Figures.SignedMoney(gap.High)}; n={c.A.Salary.N:N0} and {c.B.Salary.N:N0})")
            : Markup.Escape($"too few salaried postings (n={c.A.Salary.N:N0} and {c.B.Salary.N:N0}; min {c.A.MinN})"));
        summary.AddRow($"Skill overlap (Jaccard of top {c.TopK})", c.SkillOverlap is { } o
            ? $"{o.Value:0%} (95% CI {o.Low:0%}-{o.High:0%}; {c.Shared.Count} shared of {c.Shared.Count + c.ExclusiveToA.Count + c.ExclusiveToB.Count})"
            : "-");
        console.Write(summary);

        WriteSkills(console, $"Shared skills ({c.Shared.Count})", a, b, c.Shared);
        WriteSkills(console, $"Only in {a}'s top {c.TopK}", a, b, c.ExclusiveToA);
        WriteSkills(console, $"Only in {b}'s top {c.TopK}", a, b, c.ExclusiveToB);
        if (c.Asymmetric.Count > 0)
        {
            WriteSkills(console, "Asymmetric shared skills (2x or more)", a, b, c.Asymmetric);
        }

        console.Write(new Rule("Key findings").LeftJustified());
        foreach (var finding in c.KeyFindings)
        {
            console.MarkupLine("- " + Markup.Escape(finding));
        }
        console.MarkupLine($"[grey]{Markup.Escape(provenance)}[/]");
    }

    private static void WriteSkills(IAnsiConsole console, string title, string a, string b, IReadOnlyList<SkillPair> skills)
    {
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(title)).AddColumn("Skill").AddColumn(Markup.Escape(a)).AddColumn(Markup.Escape(b));
        foreach (var s in skills)
        {
            table.AddRow(Markup.Escape(s.Skill), $"{Figures.Rate(s.InA)} ({s.InA.Count:N0})", $"{Figures.Rate(s.InB)} ({s.InB.Count:N0})");
        }
        console.Write(table);
    }
}

using System.Globalization;
using RoleScope.Core.Analytics;
using RoleScope.Core.Analytics.Planning;
using RoleScope.Core.Domain;
using Spectre.Console;

namespace RoleScope.Cli.Rendering;

/// <summary>The readable output of benchmark-salary and plan.</summary>
internal static class PlanningView
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public static void Write(IAnsiConsole console, SalaryBenchmark b)
    {
        console.Write(new Rule($"Salary benchmark: [bold]{Markup.Escape(SalaryBenchmarks.RoleName(b.Request))}[/] in {Markup.Escape(b.Request.Country)}").LeftJustified());
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Figure").AddColumn("Value");
        table.AddRow("Postings (family, band, skills, country)", Figures.Count(b.Postings));
        table.AddRow("With a disclosed salary (n)", string.Format(En, "{0:N0} ({1:0%} coverage)", b.Salary.N, b.Coverage));
        table.AddRow("Window", b.Window?.ToString() ?? "-");
        table.AddRow("Median (95% CI)", Markup.Escape(Figures.Salary(b.Salary)));
        if (b.Salary.P10 is { } p10)
        {
            table.AddRow("P10 / P25 / P75 / P90", $"{Figures.Money(p10)} / {Figures.Money(b.Salary.P25!.Value)} / {Figures.Money(b.Salary.P75!.Value)} / {Figures.Money(b.Salary.P90!.Value)}");
        }
        if (b.OfferRank is { } rank)
        {
            table.AddRow($"Offer {Figures.Money(b.Request.Offer!.Value)}", string.Format(En, "percentile rank {0:0%} (95% CI {1:0%}-{2:0%})", rank.Value, rank.Low, rank.High));
        }
        console.Write(table);
        console.Write(new Rule("Draft email").LeftJustified());
        console.WriteLine(b.Email);
    }

    public static void Write(IAnsiConsole console, TransitionPlan p)
    {
        var from = p.Request.From is { } f ? f.DisplayName() : "your skills";
        console.Write(new Rule($"Plan: [bold]{Markup.Escape(from)}[/] to [bold]{Markup.Escape(p.Request.To.DisplayName())}[/]").LeftJustified());
        console.MarkupLine(Markup.Escape(p.Fit is { } fit
            ? string.Format(En, "Fit: {0:0%} of the target's top-{1} skill demand is covered (95% CI {2:0%}-{3:0%}; target n={4:N0}).", fit.Value, p.TopK, fit.Low, fit.High, p.TargetPostings)
            : string.Format(En, "Fit: too few target postings (n={0:N0}).", p.TargetPostings)));
        Skills(console, "Transferable skills", p.Transferable, showSource: p.Request.From is not null);
        Skills(console, "Missing skills, most asked-for first", p.MissingByFrequency, showSource: p.Request.From is not null);
        Skills(console, "Missing skills with a premium in the target, highest first", p.MissingByPremium, showSource: p.Request.From is not null);
        if (p.Choice is { } c)
        {
            console.Write(new Rule("Which should you choose?").LeftJustified());
            foreach (var (family, lines) in new[] { (c.A, c.ForA), (c.B, c.ForB) })
            {
                var table = new Table().Border(TableBorder.Simple).Title($"Choose {Markup.Escape(family.DisplayName())} if you:")
                    .AddColumn("Reason").AddColumn("Seed claim").AddColumn(Markup.Escape(c.A.DisplayName())).AddColumn(Markup.Escape(c.B.DisplayName()));
                foreach (var l in lines)
                {
                    table.AddRow(Markup.Escape(l.Text), Markup.Escape(l.Claim ?? "-"), Markup.Escape(l.InA ?? "-"), Markup.Escape(l.InB ?? "-"));
                }
                console.Write(table);
            }
            console.MarkupLine($"[grey]Reasons from {Markup.Escape(c.Source)} ({Markup.Escape(c.Date)}); figures from this database.[/]");
        }
    }

    private static void Skills(IAnsiConsole console, string title, IReadOnlyList<PlanSkill> skills, bool showSource)
    {
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(title)).AddColumn("Skill").AddColumn("In target").AddColumn("Premium in target");
        if (showSource)
        {
            table.AddColumn("In source");
        }
        foreach (var s in skills)
        {
            var premium = s.Premium is { } x ? string.Format(En, "{0} ({1:+0%;-0%}; n={2})", Figures.SignedMoney(x.Absolute.Value), x.Relative, x.N) : "-";
            var cells = new List<string> { Markup.Escape(s.Skill), $"{Figures.Rate(s.InTarget)} ({s.InTarget.Count:N0} of {s.InTarget.N:N0})", Markup.Escape(premium) };
            if (showSource)
            {
                cells.Add(s.InSource is { } src ? Figures.Rate(src) : "-");
            }
            table.AddRow([.. cells]);
        }
        console.Write(table);
    }
}

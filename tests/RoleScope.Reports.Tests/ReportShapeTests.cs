namespace RoleScope.Reports.Tests;

public sealed class ReportShapeTests
{
    [Fact]
    public void Html_is_one_self_contained_file_readable_on_a_phone()
    {
        var html = HtmlReport.Render(SyntheticReport.Input());

        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        // Three charts, inline, scaling to the screen.
        Assert.Equal(3, html.Split("<svg ").Length - 1);
        Assert.Contains("width=\"100%\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_has_the_seed_articles_sections_and_cites_n_everywhere()
    {
        var md = MarkdownReport.Render(SyntheticReport.Input());

        foreach (var section in new[] { "## Key Findings", "## What Skills Do Both Roles Share?", "## Where the Two Roles Diverge", "## Which Pays More", "## Which Has More Jobs", "## Which Should You Choose?", "## Methodology" })
        {
            Assert.Contains(section, md, StringComparison.Ordinal);
        }
        var findings = md.Split('\n').SkipWhile(l => l != "## Key Findings").Skip(2).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.True(findings.Count >= 8);
        // The volume sentence's n are the counts themselves; every other finding names its n.
        Assert.All(findings.Skip(1), f => Assert.Contains("n=", f, StringComparison.Ordinal));
        Assert.Contains("exchange rates of", md, StringComparison.Ordinal);
        Assert.Contains("Synthetic postings", md, StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_claims_a_pay_gap_only_when_its_interval_excludes_zero()
    {
        var input = SyntheticReport.Input();
        Assert.NotNull(input.Comparison.A.Salary.Median);
        Assert.NotNull(input.Comparison.B.Salary.Median);
        string Title(double low, double high) => MarkdownReport.Render(input with
        {
            Comparison = input.Comparison with { SalaryGap = new Core.Analytics.Statistics.Estimate(12_000, low, high) },
        }).Split('\n')[0];

        Assert.EndsWith("earns more at the median", Title(4_000, 20_000), StringComparison.Ordinal);
        Assert.Equal("# Backend vs Full-Stack: no clear pay gap at the median", Title(-3_000, 20_000));
    }

    [Fact]
    public void Paired_bars_are_sorted_by_combined_frequency_in_two_colours()
    {
        var c = SyntheticReport.Input().Comparison;
        var rows = ReportCharts.TopSkillRows(c).ToList();
        var svg = ReportCharts.TopSkills(c);

        Assert.Equal(rows.OrderByDescending(r => r.Combined).Select(r => r.Combined), rows.Select(r => r.Combined));
        Assert.Contains(ReportCharts.ColourA, svg, StringComparison.Ordinal);
        Assert.Contains(ReportCharts.ColourB, svg, StringComparison.Ordinal);
        var first = svg.IndexOf(">" + rows[0].Skill + "<", StringComparison.Ordinal);
        var second = svg.IndexOf(">" + rows[1].Skill + "<", StringComparison.Ordinal);
        Assert.True(first > 0 && second > first);
    }

    [Fact]
    public void A_missing_figure_is_drawn_as_too_few_postings_and_labels_are_escaped()
    {
        var svg = SvgBarChart.Render("A <b> & c", [new("X", "#000"), new("Y", "#fff")],
            [new BarRow("C# & <F#>", [new BarValue(0.5, 0.4, 0.6), null])], v => $"{v:0%}");

        Assert.Contains("C# &amp; &lt;F#&gt;", svg, StringComparison.Ordinal);
        Assert.Contains("too few postings", svg, StringComparison.Ordinal);
        Assert.Contains("<title>A &lt;b&gt; &amp; c</title>", svg, StringComparison.Ordinal);
    }
}

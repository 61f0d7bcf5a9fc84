using System.Runtime.CompilerServices;

namespace RoleScope.Reports.Tests;

/// <summary>
/// The whole report on the fixed synthetic corpus, byte for byte, against Snapshots/*.verified.*. A difference writes
/// *.received.* beside it and fails; accept a deliberate change by replacing the verified file with the received one.
/// </summary>
public sealed class ReportSnapshotTests
{
    [Fact]
    public void The_markdown_report_matches_its_snapshot() => Verify("backend-fullstack.md", MarkdownReport.Render(SyntheticReport.Input()));

    [Fact]
    public void The_html_report_matches_its_snapshot() => Verify("backend-fullstack.html", HtmlReport.Render(SyntheticReport.Input()));

    [Fact]
    public void Rendering_twice_gives_the_same_bytes()
    {
        Assert.Equal(HtmlReport.Render(SyntheticReport.Input()), HtmlReport.Render(SyntheticReport.Input()));
    }

    private static void Verify(string name, string actual, [CallerFilePath] string source = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(source)!, "Snapshots");
        var verified = Path.Combine(folder, name.Insert(name.LastIndexOf('.'), ".verified"));
        var received = Path.Combine(folder, name.Insert(name.LastIndexOf('.'), ".received"));
        var expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected != actual)
        {
            File.WriteAllText(received, actual);
            Assert.Fail(expected is null
                ? $"No snapshot {verified}; wrote {received}. Read it, then rename it to accept it."
                : $"The report differs from {verified}; wrote {received}. Diff them; replace the verified file if the change is intended.");
        }
        File.Delete(received);
    }
}

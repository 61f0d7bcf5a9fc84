using RoleScope.Core.Domain;
using RoleScope.Fetch.Mapping;
using RoleScope.Fetch.Output;

namespace RoleScope.Fetch.Tests;

public sealed class CanonicalPostingWriterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void A_written_posting_reads_back_whole_with_its_salary_and_labels()
    {
        var posting = new RawPosting
        {
            Id = "4012002",
            Source = "greenhouse",
            Url = "https://job-boards.greenhouse.io/acme/jobs/4012002",
            Title = "Staff Data Engineer",
            Company = "Acme €",
            Location = "Remote - United States",
            Description = "<p>Spark &amp; Airflow\nsecond line</p>",
            PostedAt = new DateOnly(2026, 5, 30),
            Salary = new StatedSalary(185000.5m, 225000m, "USD", PayPeriod.Year),
            Labels = new Dictionary<string, string> { [PostingLabels.WorkMode] = "remote", [PostingLabels.By] = "someone", [PostingLabels.PayText] = "Zone A: USD 185,000" },
        };
        var path = _temp.File("one.jsonl");
        File.WriteAllText(path, CanonicalPostingWriter.Line(posting) + "\n");

        var read = Assert.Single(Canonical.Read(path));

        Assert.Equal(posting with { Labels = null }, read with { Labels = null });
        Assert.Equal(posting.Labels.OrderBy(l => l.Key), read.Labels!.OrderBy(l => l.Key));
    }

    [Fact]
    public void A_label_named_like_a_canonical_or_HN_field_is_left_out()
    {
        var posting = new RawPosting { Id = "1", Description = "x", Labels = new Dictionary<string, string> { ["type"] = "comment", ["title"] = "t", ["team"] = "Data" } };
        var path = _temp.File("one.jsonl");
        File.WriteAllText(path, CanonicalPostingWriter.Line(posting) + "\n");

        var read = Assert.Single(Canonical.Read(path));

        Assert.Null(read.Title);
        Assert.Equal(new Dictionary<string, string> { ["team"] = "Data" }, read.Labels);
    }

    public void Dispose() => _temp.Dispose();
}

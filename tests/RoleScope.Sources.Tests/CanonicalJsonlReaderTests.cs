using RoleScope.Core.Domain;

namespace RoleScope.Sources.Tests;

public sealed class CanonicalJsonlReaderTests
{
    [Fact]
    public void Reads_every_field_of_the_canonical_posting()
    {
        const string line = """
            {"id": "gh-123", "source": "greenhouse", "url": "https://example.com/jobs/123", "title": " Senior Backend Engineer ", "company": "Acme", "location": "Berlin, Germany", "description": "<p>Go &amp; Postgres</p>", "posted_at": "2026-06-01", "salary": {"min": 150000, "max": 180000.5, "currency": "usd", "period": "year"}}
            """;

        var read = TestReading.Read(line, InputFormat.Jsonl).SinglePosting();
        var p = read.Posting;

        Assert.Equal(1, read.Line);
        Assert.Equal("input", read.File);
        Assert.Equal("gh-123", p.Id);
        Assert.Equal("greenhouse", p.Source);
        Assert.Equal("https://example.com/jobs/123", p.Url);
        Assert.Equal("Senior Backend Engineer", p.Title);
        Assert.Equal("Acme", p.Company);
        Assert.Equal("Berlin, Germany", p.Location);
        Assert.Equal("<p>Go &amp; Postgres</p>", p.Description);
        Assert.Equal(new DateOnly(2026, 6, 1), p.PostedAt);
        Assert.Equal(new StatedSalary(150000m, 180000.5m, "USD", PayPeriod.Year), p.Salary);
        Assert.Null(p.Labels);
    }

    [Fact]
    public void Numeric_id_title_only_and_default_source()
    {
        var p = TestReading.Read("""{"id": 42, "title": "Data Engineer"}""", InputFormat.Jsonl).SinglePosting().Posting;

        Assert.Equal("42", p.Id);
        Assert.Equal("jsonl", p.Source);
        Assert.Equal("", p.Description);
        Assert.Null(p.Salary);
        Assert.Null(p.PostedAt);
    }

    [Theory]
    [InlineData("2026-06-01T23:30:00Z", 2026, 6, 1)]
    [InlineData("2026-06-01T01:30:00+02:00", 2026, 5, 31)]
    [InlineData("2026-06-01T10:00:00", 2026, 6, 1)]
    [InlineData("2026-06-01 10:00:00", 2026, 6, 1)]
    public void Date_times_become_dates(string postedAt, int year, int month, int day)
    {
        var p = TestReading.Read($$"""{"id": "a", "description": "x", "posted_at": "{{postedAt}}"}""", InputFormat.Jsonl).SinglePosting().Posting;

        Assert.Equal(new DateOnly(year, month, day), p.PostedAt);
    }

    [Fact]
    public void Extra_string_fields_become_labels_and_other_unknown_fields_are_ignored()
    {
        var p = TestReading.Read("""{"id": "a", "description": "x", "seniority": "senior", "tags": ["go"], "views": 3}""", InputFormat.Jsonl)
            .SinglePosting().Posting;

        var labels = Assert.IsAssignableFrom<IReadOnlyDictionary<string, string>>(p.Labels);
        Assert.Equal("senior", Assert.Single(labels).Value);
        Assert.Equal("seniority", labels.Keys.Single());
    }

    [Theory]
    [InlineData("""{"description": "x"}""", "missing id")]
    [InlineData("""{"id": "  ", "description": "x"}""", "missing id")]
    [InlineData("""{"id": true, "description": "x"}""", "id is not a string or number")]
    [InlineData("""{"id": "a", "company": "Acme"}""", "missing description and title")]
    [InlineData("""{"id": "a", "description": "  ", "title": null}""", "missing description and title")]
    [InlineData("""{"id": "a", "title": 7}""", "title is not a string")]
    [InlineData("""{"id": "a", "title": "t", "salary": {"min": "lots"}}""", "salary.min is not a number")]
    [InlineData("""{"id": "a", "title": "t", "salary": {"max": [1]}}""", "salary.max is not a number")]
    [InlineData("""{"id": "a", "title": "t", "salary": {"min": 1, "period": "fortnight"}}""", "salary.period is not one of hour, day, week, month, year")]
    [InlineData("""{"id": "a", "title": "t", "salary": 100000}""", "salary is not an object")]
    [InlineData("""{"id": "a", "title": "t", "posted_at": "06/01/2026"}""", "posted_at is not an ISO date or date-time")]
    [InlineData("""{"id": "a", "title": "t", "posted_at": "2026-13-01"}""", "posted_at is not an ISO date or date-time")]
    [InlineData("\"just a string\"", "not a JSON object")]
    [InlineData("""{"@context": "https://schema.org", "@type": "JobPosting", "title": "Backend Engineer", "description": "Go"}""",
        "a schema.org JSON-LD object, not a canonical posting: read it with `rolescope fetch schemaorg FILE -o OUT.jsonl`")]
    public void A_bad_record_is_rejected_with_a_specific_reason(string line, string reason)
    {
        var reject = TestReading.Read(line, InputFormat.Jsonl).SingleReject();

        Assert.Equal(reason, reject.Reason);
        Assert.Equal(1, reject.Line);
        Assert.Equal(line, reject.Text);
        Assert.Equal("input:1", reject.Position);
    }

    [Fact]
    public void A_json_array_of_postings_is_read_item_by_item()
    {
        var records = TestReading.Read("[\n{\"id\": \"a\", \"title\": \"Dev\"},\n42\n]", InputFormat.Jsonl);

        Assert.Equal(("a", 2), (records.Postings().Single().Posting.Id, records.Postings().Single().Line));
        Assert.Equal(("not a JSON object", 3, "42"), (records.SingleReject().Reason, records.SingleReject().Line, records.SingleReject().Text));
    }

    [Fact]
    public void A_malformed_line_in_the_middle_is_rejected_with_its_line_and_the_lines_around_it_are_read()
    {
        const string text = "{\"id\": \"1\", \"title\": \"First\"}\n"
            + "\n"
            + "{\"id\": \"2\", \"title\": \"Second\"}\r\n"
            + "{\"id\": \"3\", \"title\": \"Third\"\n"
            + "{\"id\": \"4\", \"title\": \"Fourth\"}\n"
            + "   \n"
            + "{\"id\": \"5\", \"title\": \"Fifth\"}";

        var records = TestReading.Read(text, InputFormat.Jsonl, name: "postings.jsonl");

        var reject = records.SingleReject();
        Assert.Equal(4, reject.Line);
        Assert.Equal("postings.jsonl:4", reject.Position);
        Assert.StartsWith("invalid JSON: ", reject.Reason, StringComparison.Ordinal);
        Assert.EndsWith("at byte 28", reject.Reason, StringComparison.Ordinal);
        Assert.Equal("{\"id\": \"3\", \"title\": \"Third\"", reject.Text);
        Assert.Equal(
            [("1", 1), ("2", 3), ("4", 5), ("5", 7)],
            records.Postings().Select(r => (r.Posting.Id, r.Line)));
        Assert.Equal([1, 3, 4, 5, 7], records.Select(r => r.Line));
    }
}

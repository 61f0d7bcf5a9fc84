using RoleScope.Core.Domain;

namespace RoleScope.Sources.Tests;

public sealed class HnReaderTests
{
    // 1767378068 is 2026-01-02T18:21:08Z.
    private const string Comment = """{"by": "acme_hiring", "id": 46467697, "parent": 46466074, "text": "Acme | Senior Rust Engineer | Remote (EU)<p>We build &#x2F; ship.", "time": 1767378068, "type": "comment"}""";

    [Fact]
    public void Reads_an_api_item()
    {
        var read = TestReading.Read(Comment, InputFormat.Hn).SinglePosting();
        var p = read.Posting;

        Assert.Equal("46467697", p.Id);
        Assert.Equal("hn", p.Source);
        Assert.Equal("https://news.ycombinator.com/item?id=46467697", p.Url);
        Assert.Null(p.Title);
        Assert.Null(p.Company);
        Assert.Equal("Acme | Senior Rust Engineer | Remote (EU)<p>We build &#x2F; ship.", p.Description);
        Assert.Equal(new DateOnly(2026, 1, 2), p.PostedAt);
        Assert.Equal("acme_hiring", Assert.IsAssignableFrom<IReadOnlyDictionary<string, string>>(p.Labels)["by"]);
    }

    [Fact]
    public void Reads_an_archive_row_and_never_its_model_output()
    {
        const string row = """{"hn_id": 34220983, "hn_text": "Shortwave | Sr. Software Engineer | Onsite", "model_output": {"company": "Shortwave", "roles": [{"seniority": "senior"}]}, "status": "ok"}""";

        var p = TestReading.Read(row, InputFormat.Hn).SinglePosting().Posting;

        Assert.Equal("34220983", p.Id);
        Assert.Equal("hn", p.Source);
        Assert.Equal("https://news.ycombinator.com/item?id=34220983", p.Url);
        Assert.Equal("Shortwave | Sr. Software Engineer | Onsite", p.Description);
        Assert.Null(p.Title);
        Assert.Null(p.Company);
        Assert.Null(p.PostedAt);
        Assert.Null(p.Labels);
    }

    [Theory]
    [InlineData("""{"id": 5, "deleted": true, "type": "comment", "time": 1767378068}""", "HN item 5 is deleted")]
    [InlineData("""{"id": 6, "dead": true, "by": "x", "text": "spam"}""", "HN item 6 is dead")]
    [InlineData("""{"id": 7, "by": "x", "type": "comment"}""", "HN item 7 has no text")]
    [InlineData("""{"hn_id": 8, "hn_text": ""}""", "HN item 8 has no text")]
    [InlineData("""{"by": "x", "text": "hi"}""", "missing id")]
    [InlineData("""{"id": "abc", "by": "x", "text": "hi"}""", "id is not an item id (a positive whole number)")]
    [InlineData("""{"id": 9, "by": "x", "text": "hi", "time": "yesterday"}""", "time is not a number of Unix seconds")]
    [InlineData("""{"id": 10, "by": "x", "text": "SEEKING WORK | Remote | PHP/JS Full Stack Dev<p>$40/hr"}""",
        "HN item 10 offers work (\"SEEKING WORK\"): a freelancer's or agency's offer, not a job posting")]
    [InlineData("""{"hn_id": 11, "hn_text": "  Seeking work - React contractor, EU time zones"}""",
        "HN item 11 offers work (\"SEEKING WORK\"): a freelancer's or agency's offer, not a job posting")]
    public void Unusable_items_are_rejected(string line, string reason)
    {
        Assert.Equal(reason, TestReading.Read(line, InputFormat.Hn).SingleReject().Reason);
    }

    [Fact]
    public void An_employer_seeking_freelancers_is_a_posting()
    {
        var line = """{"id": 12, "by": "x", "text": "SEEKING FREELANCER | Europe | Remote<p>Acme needs a Rust contractor."}""";
        Assert.Equal("12", TestReading.Read(line, InputFormat.Hn).SinglePosting().Posting.Id);
    }

    [Fact]
    public void An_id_given_as_a_string_and_a_job_story_with_a_title_but_no_text()
    {
        var p = TestReading.Read("""{"id": "39000001", "type": "job", "title": "Acme (YC S20) is hiring a staff engineer", "url": "https://acme.example/jobs"}""", InputFormat.Hn)
            .SinglePosting().Posting;

        Assert.Equal("39000001", p.Id);
        Assert.Equal("Acme (YC S20) is hiring a staff engineer", p.Title);
        Assert.Equal("", p.Description);
    }

    [Fact]
    public void Reads_a_json_array_with_the_line_where_each_item_starts()
    {
        const string text = """
            [
              {"id": 1, "by": "a", "text": "First | Remote", "time": 1767378068},
              {
                "id": 2,
                "by": "b",
                "text": "Second | Berlin"
              },
              {"id": 3, "by": "c", "deleted": true}
            ]
            """;

        var records = TestReading.Read(text, InputFormat.Hn);

        Assert.Equal([("1", 2), ("2", 3)], records.Postings().Select(r => (r.Posting.Id, r.Line)));
        var reject = records.SingleReject();
        Assert.Equal(("HN item 3 is deleted", 8), (reject.Reason, reject.Line));
        Assert.Equal("""{"id": 3, "by": "c", "deleted": true}""", reject.Text);
    }

    [Theory]
    [InlineData("jobs")]
    [InlineData("items")]
    [InlineData("hits")]
    public void Reads_items_wrapped_in_an_object(string wrapper)
    {
        var text = $$"""
            {
              "page": 0,
              "{{wrapper}}": [
                {"id": 11, "by": "a", "text": "One"},
                {"id": 12, "by": "b", "text": "Two", "kids": [13, 14]}
              ],
              "nbHits": 2
            }
            """;

        var records = TestReading.Read(text, InputFormat.Hn);

        Assert.Empty(records.Rejects());
        Assert.Equal([("11", 4), ("12", 5)], records.Postings().Select(r => (r.Posting.Id, r.Line)));
    }

    [Fact]
    public void A_syntax_error_in_an_array_keeps_the_items_before_it_and_rejects_at_its_line()
    {
        const string text = "[\n{\"id\": 1, \"by\": \"a\", \"text\": \"ok\"},\n{\"id\": 2, \"by\": \"b\" \"text\": \"broken\"},\n{\"id\": 3, \"by\": \"c\", \"text\": \"never reached\"}\n]";

        var records = TestReading.Read(text, InputFormat.Hn);

        Assert.Equal("1", Assert.Single(records.Postings()).Posting.Id);
        var reject = records.SingleReject();
        Assert.Equal(3, reject.Line);
        Assert.StartsWith("invalid JSON: ", reject.Reason, StringComparison.Ordinal);
        Assert.Equal("{\"id\": 2, \"by\": \"b\" \"text\": \"broken\"},", reject.Text);
    }

    [Fact]
    public void Items_one_a_line_keep_their_line_numbers()
    {
        var text = Comment + "\n" + """{"id": 2, "deleted": true}""" + "\n" + """{"hn_id": 3, "hn_text": "Row | Remote"}""";

        var records = TestReading.Read(text);

        Assert.Equal([1, 2, 3], records.Select(r => r.Line));
        Assert.Equal(["46467697", "3"], records.Postings().Select(r => r.Posting.Id));
        Assert.All(records.Postings(), r => Assert.Equal("hn", r.Posting.Source));
    }
}
